package se.openup.endpoint.server;

import java.time.Duration;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * How the server behaves under more requests than it has cores (docs/performance.md, "Throughput under load").
 * <ul>
 * <li>At most {@value #PER_CORE} requests per core run at once; the others wait in Jetty's QoSHandler (suspended,
 * holding no thread) for up to the query timeout, then get 503. Queries are CPU-bound: fifty running at once on two
 * cores each take 25 times as long and run into the timeout; and Fuseki's Jetty has only 20 threads, so without the
 * limit the other requests, /health among them, queue for a thread.</li>
 * <li>/health and the static assets are never held back, so a load balancer sees a busy server as alive.</li>
 * <li>A connection's idle timeout (Jetty's default 30 s) covers the wait and the query: a request waiting for its
 * turn has no I/O, and Jetty would otherwise close its connection without an answer.</li>
 * </ul>
 */
final class ServerLimits {
    static final int PER_CORE = 2;

    private ServerLimits() { }

    static int concurrentRequests() { return PER_CORE * Runtime.getRuntime().availableProcessors(); }

    /** Wraps the server's handler and sets its connectors' idle timeout; call before the server starts. */
    static void install(Server jetty, Duration queryTimeout) {
        QoSHandler qos = new QoSHandler(jetty.getHandler());
        qos.setMaxRequestCount(concurrentRequests());
        qos.setMaxSuspend(queryTimeout);
        qos.excludePath("/health", "/assets/*");
        jetty.setHandler(qos);
        long idle = queryTimeout.multipliedBy(2).plusSeconds(30).toMillis();
        for (Connector c : jetty.getConnectors())
            if (c instanceof ServerConnector s && s.getIdleTimeout() < idle) s.setIdleTimeout(idle);
    }
}
