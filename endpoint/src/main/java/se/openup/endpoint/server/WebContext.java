package se.openup.endpoint.server;

import org.apache.jena.sparql.core.DatasetGraph;

/** What the web handlers share: the store (read in read transactions only) and the operator's settings. */
public record WebContext(DatasetGraph dataset, ServerConfig config) { }
