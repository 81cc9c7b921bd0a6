package se.openup.endpoint.sparql;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;
import se.openup.endpoint.server.ServerConfig;

/**
 * The public SPARQL endpoint as one Fuseki data service: a single unnamed query endpoint (so the path itself takes
 * queries, and no update or Graph Store endpoint exists) whose processor and context are its own. The limits live in
 * that endpoint's context, not in Jena's global context or the dataset's, so the web pages and other code that query
 * the same store are not bound by them.
 */
public final class SparqlEndpoint {
    private SparqlEndpoint() { }

    /** {@code editorPath}: where a browser opening the bare endpoint URL is sent. */
    public static DataService dataService(DatasetGraph dataset, ServerConfig config, String editorPath) {
        ServiceAllowlist allowlist = ServiceAllowlist.of(config.serviceAllowlist());
        long timeoutMillis = config.queryTimeout().toMillis();
        Context context = new Context();
        // Fuseki reads this as the upper bound of the overall time; a client's ?timeout= may only ask for less.
        context.set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        // An allowlisted remote endpoint gets no longer than a query does.
        context.set(ARQ.httpQueryTimeout, timeoutMillis);
        ServiceExecutorRegistry.set(context, ServiceGuard.registry(allowlist));
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName("")
                .context(context)
                .processor(new ReadOnlyQueryService(config.resultCap(), config.queryTimeout(), allowlist, editorPath))
                .build();
        return DataService.newBuilder(dataset).addEndpoint(query).build();
    }
}
