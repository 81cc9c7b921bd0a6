package se.openup.endpoint.sparql;

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query service (protocol, content negotiation, timeouts) with what a public endpoint adds: writes of
 * any kind are refused with a clear message, answers are capped, SERVICE is checked against the allowlist before the
 * query runs, and the bare endpoint URL sends a browser to the query editor and describes the service to others.
 *
 * <p>The cap: SELECT and DESCRIBE get {@code LIMIT cap} when they have no LIMIT or a larger one (rows stream, so
 * the server cannot know in advance whether more would have come), and the response carries the header
 * {@value #CAP_HEADER}; CONSTRUCT and DESCRIBE answers hold at most {@code cap} distinct triples, and carry the header
 * when triples were left out.
 */
public final class ReadOnlyQueryService extends SPARQL_QueryDataset {
    public static final String CAP_HEADER = "OpenUp-Result-Cap";
    private static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String READ_ONLY = "This SPARQL endpoint is read-only: SPARQL Update and Graph Store Protocol writes"
            + " are refused (data is loaded with the openup command line).";

    private final long cap;
    private final Duration timeout;
    private final ServiceAllowlist allowlist;
    private final String editorPath;

    ReadOnlyQueryService(long cap, Duration timeout, ServiceAllowlist allowlist, String editorPath) {
        this.cap = cap;
        this.timeout = timeout;
        this.allowlist = allowlist;
        this.editorPath = editorPath;
    }

    /** PUT, DELETE and PATCH are writes; other methods (HEAD, TRACE) get Fuseki's plain 405. */
    @Override
    public void execAny(String method, HttpAction action) {
        if (Set.of(HttpNames.METHOD_PUT, HttpNames.METHOD_DELETE, HttpNames.METHOD_PATCH).contains(method)) {
            action.setResponseHeader(HttpNames.hAllow, "GET, POST, OPTIONS");
            ServletOps.error(HttpSC.METHOD_NOT_ALLOWED_405, READ_ONLY);
        }
        super.execAny(method, action);
    }

    /** Without a query: a browser goes to the editor, any other client gets the service description. */
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() != null) {
            super.execGet(action);
        } else if (acceptsHtml(action)) {
            action.setResponseStatus(HttpSC.SEE_OTHER_303);
            action.setResponseHeader(HttpNames.hLocation, editorPath);
        } else {
            String endpoint = action.getRequest().getRequestURL().toString();
            Responses.doResponseGraph(action, ServiceDescription.of(endpoint, cap, timeout.toMillis(), allowlist));
        }
    }

    @Override
    public void execPost(HttpAction action) {
        if (isWrite(action)) ServletOps.error(HttpSC.FORBIDDEN_403, READ_ONLY);
        super.execPost(action);
    }

    /**
     * A POST that is an update or a Graph Store write: a SPARQL Update or RDF body, or update=, graph= or default
     * without query=. (Other bodies fall through to Fuseki's 415.)
     */
    private static boolean isWrite(HttpAction action) {
        String type = action.getRequestContentType();
        if (type != null) {
            String mediaType = type.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (mediaType.equals(WebContent.contentTypeSPARQLUpdate) || RDFLanguages.contentTypeToLang(mediaType) != null)
                return true;
        }
        if (action.getRequestParameter(HttpNames.paramQuery) != null) return false;
        return action.getRequestParameter(HttpNames.paramUpdate) != null
                || action.getRequestParameter(HttpNames.paramRequest) != null
                || action.getRequestParameter(HttpNames.paramGraph) != null
                || action.getRequestParameter(HttpNames.paramGraphDefault) != null;
    }

    private static boolean acceptsHtml(HttpAction action) {
        String accept = action.getRequestHeader(HttpNames.hAccept);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(WebContent.contentTypeHTML);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        ServiceGuard.checkBeforeRunning(query, allowlist);
        boolean rowsCapped = (query.isSelectType() || query.isJsonType() || query.isDescribeType())
                && (!query.hasLimit() || query.getLimit() > cap);
        if (!rowsCapped) return super.createQueryExec(action, query, dataset);
        Query capped = query.cloneQuery();
        capped.setLimit(cap);
        markCapped(action);
        return super.createQueryExec(action, capped, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (query.isConstructType()) return new QueryExecResult(firstQuads(action, exec.constructQuads(), query));
        if (query.isDescribeType()) return new QueryExecResult(firstTriples(action, exec.describe()));
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    /** Like Fuseki's CONSTRUCT (extended: GRAPH in the template makes quads), stopping after cap distinct quads. */
    private DatasetGraph firstQuads(HttpAction action, Iterator<Quad> quads, Query query) {
        DatasetGraph answer = DatasetGraphFactory.create();
        answer.prefixes().putAll(query.getPrefixMapping());
        long kept = 0;
        try {
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (answer.contains(quad)) continue;
                if (kept == cap) {
                    markCapped(action);
                    break;
                }
                answer.add(quad);
                kept++;
            }
        } finally {
            Iter.close(quads);
        }
        return answer;
    }

    private Graph firstTriples(HttpAction action, Graph described) {
        if (described.size() <= cap) return described;
        markCapped(action);
        Graph first = GraphFactory.createDefaultGraph();
        first.getPrefixMapping().setNsPrefixes(described.getPrefixMapping());
        Iterator<Triple> triples = described.find();
        for (long i = 0; i < cap && triples.hasNext(); i++) first.add(triples.next());
        Iter.close(triples);
        return first;
    }

    /** Sets the header, and lets browser scripts on other origins read it (CORS exposes only listed headers). */
    private void markCapped(HttpAction action) {
        action.setResponseHeader(CAP_HEADER, Long.toString(cap));
        String exposed = action.getResponse().getHeader(EXPOSE_HEADERS);
        if (exposed != null && !exposed.contains(CAP_HEADER))
            action.setResponseHeader(EXPOSE_HEADERS, exposed + ", " + CAP_HEADER);
    }
}
