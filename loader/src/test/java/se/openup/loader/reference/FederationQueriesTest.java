package se.openup.loader.reference;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

/**
 * The queries in docs/federation.md are valid SPARQL 1.1 and their SERVICE clauses point where the text says.
 * They cannot be run here (no internet); this keeps a typo from reaching a reader.
 */
class FederationQueriesTest {
    static List<String> queries() throws IOException {
        String md = Files.readString(Path.of("../docs/federation.md"));
        Matcher m = Pattern.compile("```sparql\\n(.*?)```", Pattern.DOTALL).matcher(md);
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void everyQueryParsesAndNamesTheDocumentedEndpoints() throws IOException {
        List<String> queries = queries();
        assertEquals(5, queries.size(), "federation.md: (a), (b), two for (c), and the local one");
        List<String> services = new ArrayList<>();
        for (String q : queries) {
            Query query = assertDoesNotThrow(() -> QueryFactory.create(q, Syntax.syntaxSPARQL_11), q);
            String algebra = Algebra.compile(query).toString();
            Matcher s = Pattern.compile("\\(service <([^>]+)>").matcher(algebra);
            while (s.find()) services.add(s.group(1));
        }
        assertTrue(services.stream().allMatch(s -> s.equals("https://query.wikidata.org/sparql")
                || s.equals("https://publications.europa.eu/webapi/rdf/sparql")), services::toString);
        assertEquals(4, services.size(), "one SERVICE in each federated query");
    }
}
