package se.openup.endpoint.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the web handlers share: the store (read in read transactions only), the operator's settings, and the
 * background work they start, which the server waits for when it closes (a read transaction still open would keep
 * the store from closing).
 */
public record WebContext(DatasetGraph dataset, ServerConfig config, List<Thread> background) {
    public WebContext(DatasetGraph dataset, ServerConfig config) {
        this(dataset, config, new CopyOnWriteArrayList<>());
    }
}
