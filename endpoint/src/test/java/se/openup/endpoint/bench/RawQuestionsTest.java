package se.openup.endpoint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.openup.endpoint.bench.Endpoint.Table;
import se.openup.endpoint.queries.Binder;
import se.openup.endpoint.queries.GoldenStore;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.queries.QueryRunner;
import se.openup.endpoint.queries.SavedQuery;
import se.openup.loader.cube.YearCube;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.GraphStore;

/** The raw questions are the payment versions, bound, and their text (what both systems are sent) asks the same. */
class RawQuestionsTest {
    @Test
    void everyPaymentVersionIsAskedAndItsTextGivesTheBoundQuerysAnswer(@TempDir Path dir) throws Exception {
        try (GraphStore store = GoldenStore.golden(dir)) {
            YearCube.run(store.dataset(), Iris.defaults());
            store.dataset().getContext().set(TDB2.symUnionDefaultGraph, true);
            BenchParams chosen = BenchParams.choose(store.dataset(), Iris.defaults(), Duration.ofMinutes(1), System.out);
            List<RawQuestions.Question> questions = RawQuestions.of(store.dataset(), Iris.DEFAULT_BASE, chosen);
            List<String> files;
            try (Stream<Path> list = Files.list(Path.of("../queries/payments"))) {
                files = list.map(f -> f.getFileName().toString().replace(".rq", "")).sorted().toList();
            }
            assertEquals(files, questions.stream().map(RawQuestions.Question::id).toList());

            QueryLibrary payments = QueryLibrary.loadPaymentVersions(Iris.DEFAULT_BASE);
            QueryLibrary saved = QueryLibrary.load(Iris.DEFAULT_BASE);
            QueryRunner runner = new QueryRunner(store.dataset(), Duration.ofMinutes(2), 100_000);
            Binder binder = new Binder(Iris.DEFAULT_BASE, id -> runner.run(saved.get(id).query()).records());
            int rows = 0;
            for (RawQuestions.Question q : questions) {
                // the given parameters are bound; an optional one not given (municipality: all) stays a variable
                assertFalse(q.sparql().contains("?_year") || q.sparql().contains("?_accountClass"), q.id() + ": " + q.sparql());
                assertTrue(q.params().contains("year=2023") || payments.get(q.id()).param("year").isEmpty(), q.id() + ": " + q.params());
                SavedQuery version = payments.get(q.id());
                assertFalse(version.query().toString().equals(saved.get(q.id()).query().toString()), "the payment version, not the saved one");
                Table fromText = table(runner.run(QueryFactory.create(q.sparql())));
                Table bound = table(runner.run(binder.bind(version, RawQuestions.request(q.params())).apply(version.query())));
                var verdict = Agreement.compare(bound, fromText);
                assertTrue(verdict.same() && verdict.note().endsWith("same order"), q.id() + ": " + verdict.note());
                rows += bound.rows().size();
            }
            assertTrue(rows > 10, "the golden year gives rows to compare: " + rows);
        }
    }

    @Test
    void aQuestionAskedWithItsDefaultsHasAPlainUrlAndLabel() {
        var q = new RawQuestions.Question("bluffaktura", "", "SELECT * {}");
        assertEquals("bluffaktura", q.label());
        assertEquals("", PeerBenchmark.encode(q.params()));
        assertEquals("year=2023&supplier=https%3A%2F%2Fx%2Fa+b", PeerBenchmark.encode("year=2023&supplier=https://x/a b"));
    }

    static Table table(QueryRunner.Table t) { return new Table(t.columns(), t.rows()); }
}
