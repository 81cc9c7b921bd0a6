package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.generate.LedgerGenerator;
import se.openup.loader.store.GraphStore;

/**
 * The comparative queries on generated ledgers of twelve municipalities (openup generate): totals agree with what
 * the generator wrote, and every per-buyer figure keeps to its definition, whichever buyers happen to be loaded.
 */
class GeneratedDataQueriesTest {
    static final int BUYERS = 12;

    @Test
    void comparativeQueriesOnTwelveMunicipalities(@TempDir Path dir) throws Exception {
        GoldenStore.Generated fixture = GoldenStore.generated(dir, BUYERS, 1_200, 7);
        LedgerGenerator.Result generated = fixture.result();
        try (GraphStore store = fixture.store()) {
            try (OpenUpServer server = OpenUpServer.start(store.dataset(), ServerConfig.defaults(0))) {
                ApiClient api = new ApiClient(server.url());

                JsonNode spend = api.json("/api/queries/spend-per-inhabitant?year=2023");
                assertEquals(BUYERS, spend.get("rows").size());
                BigDecimal total = BigDecimal.ZERO;
                long payments = 0;
                for (JsonNode row : spend.get("rows")) {
                    total = total.add(row.get(2).decimalValue());
                    payments += row.get(3).asLong();
                }
                assertEquals(0, generated.amount().compareTo(total), "Σ spend = Σ generated amounts " + generated.amount());
                assertEquals(generated.rows(), payments);

                JsonNode coverage = api.json("/api/queries/coverage-and-quality?year=2023");
                assertEquals(BUYERS, coverage.get("rows").size());
                for (JsonNode row : coverage.get("rows")) assertEquals(100.0, row.get(4).asDouble() + row.get(5).asDouble(), 0.11,
                        "every payee has an orgnr or is redacted: " + row);

                JsonNode concentration = api.json("/api/queries/concentration?year=2023");
                assertEquals(BUYERS, concentration.get("rows").size());
                for (JsonNode row : concentration.get("rows")) {
                    double hhi = row.get(4).asDouble(), top1 = row.get(5).asDouble(), top5 = row.get(6).asDouble();
                    int suppliers = row.get(3).asInt();
                    assertTrue(hhi >= Math.floor(10_000.0 / suppliers) && hhi <= 10_000, row.toString());
                    assertTrue(top1 <= top5 && top5 <= 100.0 && top5 >= Math.min(100.0, 5 * 100.0 / suppliers) - 0.1, row.toString());
                    assertTrue(hhi / 100 <= top1 + 0.1, "HHI ≤ 100 × top-1 share: " + row);
                }

                JsonNode league = api.json("/api/queries/supplier-league?year=2023");
                assertTrue(league.get("rows").size() > 0);
                for (JsonNode row : league.get("rows")) assertTrue(row.get(4).asInt() >= 1 && row.get(4).asInt() <= BUYERS, row.toString());

                for (JsonNode row : api.json("/api/queries/above-threshold-pairs?year=2023").get("rows"))
                    assertTrue(row.get(5).decimalValue().compareTo(new BigDecimal("700000")) > 0, row.toString());

                JsonNode footprint = api.json("/api/queries/supplier-footprint?supplier=" + league.at("/rows/0/2").asText());
                assertEquals(league.at("/rows/0/4").asInt(), footprint.get("rows").size(), "the top supplier's buyers");
            }
        }
    }
}
