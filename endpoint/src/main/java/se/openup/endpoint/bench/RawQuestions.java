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
        public String label() { return id + "?" + params; }
    }

    private RawQuestions() {}

    /**
     * One question per payment version, asked for {@code year}; the by-class question also for {@code accountClass}
     * (an IRI or a code of the account-classes enumeration, e.g. "4").
     */
    public static List<Question> of(DatasetGraph dataset, String base, int year, String accountClass) {
        QueryLibrary saved = QueryLibrary.load(base);
        QueryLibrary payments = QueryLibrary.loadPaymentVersions(base);
        QueryRunner runner = new QueryRunner(dataset, Duration.ofMinutes(5), 100_000);
        Binder binder = new Binder(base, id -> runner.run(saved.get(id).query()).records());
        List<Question> questions = new ArrayList<>();
        for (SavedQuery q : payments.all()) {
            if (saved.get(q.id()).query().toString().equals(q.query().toString())) continue; // not rewritten: no payment version
            String params = "year=" + year + (q.param("accountClass").isPresent() ? "&accountClass=" + accountClass : "");
            Binder.Bound bound = binder.bind(q, request(params));
            questions.add(new Question(q.id(), params, bound.apply(q.query()).serialize()));
        }
        return questions;
    }

    static Map<String, List<String>> request(String params) {
        Map<String, List<String>> request = new HashMap<>();
        for (String pair : params.split("&")) {
            String[] kv = pair.split("=", 2);
            request.put(kv[0], List.of(kv[1]));
        }
        return request;
    }
}
