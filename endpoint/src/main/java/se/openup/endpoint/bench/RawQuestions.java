package se.openup.endpoint.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import se.openup.endpoint.queries.Binder;
import se.openup.endpoint.queries.QueryLibrary;
import se.openup.endpoint.queries.QueryRunner;
import se.openup.endpoint.queries.SavedQuery;

/**
 * The raw questions: each saved query that reads precomputed sums, in its payment version (queries/payments/, the
 * plain SPARQL a researcher would write over payments), with the parameters bound as RDF terms by the library's
 * {@link Binder} and written out as standard SPARQL text — the same text for both systems.
 */
public final class RawQuestions {
    /** {@code params}: the request as the saved-query API takes it ({@code year=2023&…}). */
    public record Question(String id, String params, String sparql) {
        public String label() { return params.isEmpty() ? id : id + "?" + params; }
    }

    private RawQuestions() {}

    /**
     * One question per payment version, with the values the saved-query benchmark chooses from the data
     * ({@link BenchParams}: the latest year, the supplier with most buyers, the largest account class…).
     */
    static List<Question> of(DatasetGraph dataset, String base, BenchParams chosen) {
        QueryLibrary saved = QueryLibrary.load(base);
        QueryLibrary payments = QueryLibrary.loadPaymentVersions(base);
        QueryRunner runner = new QueryRunner(dataset, Duration.ofMinutes(5), 100_000);
        Binder binder = new Binder(base, id -> runner.run(saved.get(id).query()).records());
        List<Question> questions = new ArrayList<>();
        for (SavedQuery q : payments.all()) {
            if (saved.get(q.id()).query().toString().equals(q.query().toString())) continue; // not rewritten: no payment version
            Map<String, String> request = chosen.request(q, false);
            String params = String.join("&", request.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            Binder.Bound bound = binder.bind(q, request(params));
            questions.add(new Question(q.id(), params, bound.apply(q.query()).serialize()));
        }
        return questions;
    }

    static Map<String, List<String>> request(String params) {
        Map<String, List<String>> request = new HashMap<>();
        if (params.isEmpty()) return request;
        for (String pair : params.split("&")) {
            String[] kv = pair.split("=", 2);
            request.put(kv[0], List.of(kv[1]));
        }
        return request;
    }
}
