package se.openup.endpoint.sparql;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Lets SERVICE reach only the allowlisted endpoints. It is the first link of a service-executor chain that is put in
 * this endpoint's own context (Jena's global registry is left alone), so every call — also one whose endpoint comes
 * from a variable, and also SERVICE SILENT — is checked just before the HTTP request would be made. Queries naming a
 * refused endpoint outright are also turned away before they run ({@link #checkBeforeRunning}), so the error never
 * arrives in the middle of a streamed answer.
 */
final class ServiceGuard implements ChainingServiceExecutor {
    private final ServiceAllowlist allowlist;

    private ServiceGuard(ServiceAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    /** A registry with only two links: this guard, then Jena's standard SPARQL-over-HTTP executor. */
    static ServiceExecutorRegistry registry(ServiceAllowlist allowlist) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        ServiceExecutorRegistry.initWithDefaults(registry);
        registry.addSingleLink(new ServiceGuard(allowlist)); // prepended: runs first
        return registry;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        check(opExecute.getService(), allowlist);
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }

    /** Refuses a query with a SERVICE to a fixed IRI that is not allowlisted (variables are checked as they bind). */
    static void checkBeforeRunning(Query query, ServiceAllowlist allowlist) {
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService service) {
                if (!service.getService().isVariable()) check(service.getService(), allowlist);
            }
        });
    }

    /** Fuseki answers QueryDeniedException with 422 and this message. */
    private static void check(Node service, ServiceAllowlist allowlist) {
        if (service.isURI() && allowlist.allows(service.getURI())) return;
        String target = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
        throw new QueryDeniedException(allowlist.isEmpty()
                ? "SERVICE " + target + " refused: this endpoint makes no federated calls (no endpoint is allowlisted)"
                : "SERVICE " + target + " refused: this endpoint calls only " + allowlist);
    }
}
