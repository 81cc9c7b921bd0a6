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
 * @param columns   the pages' heading of each result column by language (column → "sv"/"en" → text): from
 *                  queries/columns.yaml and the file's own {@code columns:}; the API keeps the column names
 */
public record SavedQuery(String id, Map<String, String> title, Map<String, String> description, String category,
                         List<String> keywords, List<String> questions, List<Parameter> params,
                         Map<String, String> caveat, Map<String, String> chart,
                         Map<String, Map<String, String>> columns, Query query) {
    public static final String ENUMERATION = "enumeration";

    public SavedQuery {
        title = Map.copyOf(title);
        description = Map.copyOf(description);
        keywords = List.copyOf(keywords);
        questions = List.copyOf(questions);
        params = List.copyOf(params);
        caveat = Map.copyOf(caveat);
        chart = Map.copyOf(chart);
        columns = Map.copyOf(columns);
    }

    public Optional<Parameter> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The heading of a result column in a language, or the column's name if it has none. */
    public String heading(String column, String lang) {
        return columns.getOrDefault(column, Map.of()).getOrDefault(lang, column);
    }

    /** The same query with other column headings. */
    SavedQuery withColumns(Map<String, Map<String, String>> headings) {
        return new SavedQuery(id, title, description, category, keywords, questions, params, caveat, chart, headings, query);
    }

    /** The query text as Jena serialises the parsed query (prefixes and all), for the catalogue and the editor. */
    public String sparql() { return query.serialize(); }
}
