package se.openup.endpoint.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.server.OpenUpServer;
import se.openup.endpoint.server.ServerConfig;
import se.openup.loader.cube.YearCube;
import se.openup.loader.mapping.MappingProfiles;
import se.openup.loader.rdf.Iris;
import se.openup.loader.reference.Municipalities;
import se.openup.loader.store.GraphStore;

/**
 * The queries on the real shared data (slow on this 2-core machine, hence heavy: {@code ./mvnw test -Pheavy}):
 * the national procurement statistics and Örebro's ledger, checked against figures from outside the query — the
 * reference CSV's population, the load report's sums.
 */
@Tag("heavy")
class RealDataQueriesTest {
    static final Duration PATIENT = Duration.ofMinutes(10);

    static GraphStore.Options options(Path data) {
        Municipalities m = Municipalities.read(data);
        return new GraphStore.Options(Iris.defaults(), m::orgnr, n -> { }, false, m::orgnrByName);
    }

    @Test
    void procurementProfileOnTheNationalStatistics(@TempDir Path dir) throws Exception {
        Path data = GoldenStore.sharedData();
        try (GraphStore store = GraphStore.open(dir)) {
            GraphStore.Options o = options(data);
            GoldenStore.load(store, List.of(data.resolve("reference/municipalities.csv")), MappingProfiles.builtIn("reference-municipalities"), o);
            GoldenStore.load(store, List.of(data.resolve("procurement/uhm-2021/contracted_value.xlsx")), MappingProfiles.builtIn("uhm-2021-contracted-value"), o);
            GoldenStore.load(store, List.of(data.resolve("procurement/uhm-2021/number_of_contracted_tenders_with_suppliers.xlsx")),
                    MappingProfiles.builtIn("uhm-2021-contracted-suppliers"), o);
            try (OpenUpServer server = OpenUpServer.start(store.dataset(), ServerConfig.defaults(0).withTimeout(PATIENT))) {
                long start = System.nanoTime();
                JsonNode answer = new ApiClient(server.url()).json("/api/queries/procurement-profile");
                System.out.printf("procurement-profile on the national statistics: %d municipalities in %d ms%n",
                        answer.get("rows").size(), (System.nanoTime() - start) / 1_000_000);
                Map<String, Long> population = population2021(data);
                assertTrue(answer.get("rows").size() > 200 && answer.get("rows").size() <= 290, "rows: " + answer.get("rows").size());
                long procurements = 0;
                for (JsonNode row : answer.get("rows")) {
                    String orgnr = row.get(0).asText().replaceAll(".*/org/", "");
                    long pop = population.get(orgnr);
                    assertEquals(pop, row.get(9).asLong(), orgnr + " population as in municipalities.csv");
                    assertEquals("2021-12-31", row.get(10).asText());
                    BigDecimal value = row.get(7).decimalValue();
                    assertEquals(0, value.divide(BigDecimal.valueOf(pop), 2, RoundingMode.HALF_UP).compareTo(row.get(11).decimalValue()), orgnr);
                    BigDecimal shares = row.get(3).decimalValue().add(row.get(4).decimalValue()).add(row.get(5).decimalValue());
                    assertTrue(shares.subtract(BigDecimal.valueOf(100)).abs().compareTo(new BigDecimal("0.2")) <= 0, orgnr + " shares " + shares);
                    procurements += row.get(2).asLong();
                }
                assertTrue(procurements > 0 && procurements <= 10_190, "municipal share of the 10 190 procurements: " + procurements);
            }
        }
    }

    @Test
    void orebroLedger(@TempDir Path dir) throws Exception {
        Path data = GoldenStore.sharedData();
        try (GraphStore store = GraphStore.open(dir)) {
            GraphStore.Options o = options(data);
            GoldenStore.load(store, List.of(data.resolve("reference/municipalities.csv")), MappingProfiles.builtIn("reference-municipalities"), o);
            GoldenStore.load(store, List.of(data.resolve("ledgers/orebro-2016-03/Orebro.2016-03.xlsx")), MappingProfiles.builtIn("orebro-2016"), o);
            YearCube.run(store.dataset(), Iris.defaults());
            try (OpenUpServer server = OpenUpServer.start(store.dataset(), ServerConfig.defaults(0).withTimeout(PATIENT))) {
                ApiClient api = new ApiClient(server.url());
                // the load report: 68 021 rows, Σ 450 187 283.39 SEK, 266 redacted; SCB: 150 291 inhabitants on 2017-12-31
                GoldenQueriesTest.api = api;
                GoldenQueriesTest.expect("spend-per-inhabitant?year=2016",
                        List.of("municipality", "municipalityName", "spend", "payments", "population", "populationDate", "perInhabitant"),
                        GoldenQueriesTest.row("org/2120001967", "Örebro", "450187283.39", "68021", "150291", "2017-12-31", "2995.44"));
                JsonNode coverage = api.json("/api/queries/coverage-and-quality?year=2016");
                assertEquals(68021, coverage.at("/rows/0/3").asInt());
                assertEquals(0, new BigDecimal("0.4").compareTo(coverage.at("/rows/0/5").decimalValue()), "266 of 68 021 redacted");
                assertEquals(0, new BigDecimal("100.0").compareTo(coverage.at("/rows/0/6").decimalValue()), "the file gives months only");
                for (SavedQuery q : QueryLibrary.load(Iris.DEFAULT_BASE).all()) {
                    long start = System.nanoTime();
                    String qs = QueryApiTest.sampleQuery(q).replace("2023", "2016").replace("556100-0018", "232100-0164");
                    JsonNode answer = api.json("/api/queries/" + q.id() + "?" + qs);
                    System.out.printf("Örebro 2016-03, %s: %d rows in %d ms%n", q.id(), answer.get("rows").size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }

    static Map<String, Long> population2021(Path data) throws Exception {
        Map<String, Long> population = new HashMap<>();
        try (Reader in = Files.newBufferedReader(data.resolve("reference/municipalities.csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in))
                population.put(r.get("orgnr").replace("-", ""), Long.parseLong(r.get("folkmangd_2021_12_31")));
        }
        return population;
    }
}
