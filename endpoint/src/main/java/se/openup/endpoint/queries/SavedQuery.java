package se.openup.endpoint.queries;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * One file of the query library: a SPARQL SELECT parsed once, with the metadata its {@code #+} header declares
 * (docs/queries.md). Texts are keyed by language ("sv", "en").
 *
 * @param id        the file name without {@code .rq}; also the API path {@code /api/queries/{id}}
 * @param category  groups queries on the pages and in the catalogue ({@code enumeration} = lists a parameter's values)
 * @param questions the rows of journalist-queries.md the query answers (e.g. "L1", "Q4")
 * @param chart     the chart that suits the result: {@code type} (bar, line, table…) and the columns it uses
 */
public record SavedQuery(String id, Map<String, String> title, Map<String, String> description, String category,
                         List<String> keywords, List<String> questions, List<Parameter> params,
                         Map<String, String> caveat, Map<String, String> chart, Query query) {
    public static final String ENUMERATION = "enumeration";

    public SavedQuery {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        keywords = List.copyOf(keywords);
        questions = List.copyOf(questions);
        params = List.copyOf(params);
        caveat = Map.copyOf(caveat);
        chart = Map.copyOf(chart);
    }

    public Optional<Parameter> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The query text as Jena serialises the parsed query (prefixes and all), for the catalogue and the editor. */
    public String sparql() { return query.serialize(); }
}
