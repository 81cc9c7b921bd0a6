package se.openup.endpoint.linkeddata;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import se.openup.endpoint.server.Pages;
import se.openup.endpoint.server.WebContext;
import se.openup.loader.rdf.Vocab;
import se.openup.loader.store.Ontology;
import se.openup.loader.store.Prefixes;

/**
 * Every IRI we mint, resolved: {@code /id/{rest}} for the data under the configured base, {@code /def} for the
 * ontology. One description, several formats: by path extension ({@code .ttl}), by {@code ?format=ttl}, or by the
 * Accept header (docs/linked-data.md).
 */
public final class LinkedDataRoutes {
    private final IriSpace space;
    private final PrefixMapping prefixes;
    private final Describer describer;
    private final ResourcePages pages;

    private LinkedDataRoutes(WebContext web) {
        this.space = new IriSpace(web.config().base());
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.all())
                .setNsPrefix("id", space.base()).setNsPrefix("rdf", Vocab.RDF);
        StoreReader store = new StoreReader(web.dataset(), web.config().queryTimeout().toMillis());
        this.describer = new Describer(store);
        this.pages = new ResourcePages(store, space, prefixes);
    }

    public static void register(JavalinConfig cfg, WebContext web) {
        LinkedDataRoutes routes = new LinkedDataRoutes(web);
        cfg.routes.get(IriSpace.DATA_PATH + "<path>", ctx -> routes.withinTimeout(ctx, routes::resource));
        cfg.routes.get(IriSpace.ONTOLOGY_PATH, ctx -> routes.ontology(ctx, Optional.empty()));
        for (RdfFormat format : RdfFormat.values()) {
            cfg.routes.get(IriSpace.ONTOLOGY_PATH + "." + format.extension, ctx -> routes.ontology(ctx, Optional.of(format)));
        }
    }

    void resource(Context ctx) {
        String path = ctx.pathParam("path");
        Optional<RdfFormat> byExtension = RdfFormat.ofExtension(path);
        if (byExtension.isPresent()) path = path.substring(0, path.length() - byExtension.get().extension.length() - 1);
        Optional<RdfFormat> format = format(ctx, byExtension);
        if (format.isEmpty()) return;
        Node resource = NodeFactory.createURI(space.dataIri(path));
        Graph description = describer.describe(resource);
        if (description.isEmpty()) {
            notFound(ctx, resource.getURI());
        } else if (format.get() == RdfFormat.HTML) {
            Pages.html(ctx, "resource", pages.model(resource, description, IriSpace.DATA_PATH + path));
        } else {
            description.getPrefixMapping().setNsPrefixes(prefixes);
            write(ctx, description, format.get());
        }
    }

    /** A page whose queries ran past the server's --timeout is a 503, not a stack trace. */
    private void withinTimeout(Context ctx, Handler handler) throws Exception {
        try {
            handler.handle(ctx);
        } catch (QueryCancelledException e) {
            ctx.status(503).contentType("text/plain; charset=utf-8")
                    .result("This page took longer than the server's query timeout; try the SPARQL endpoint.\n");
        }
    }

    void ontology(Context ctx, Optional<RdfFormat> byExtension) {
        Optional<RdfFormat> format = format(ctx, byExtension);
        if (format.isEmpty()) return;
        if (format.get() == RdfFormat.HTML) {
            Pages.html(ctx, "ontology", OntologyDocs.model(Ontology.graph(), space, prefixes));
        } else {
            write(ctx, Ontology.graph(), format.get());
        }
    }

    /** The format asked for, or empty after answering 400 (unknown ?format=) or 406 (no acceptable type). */
    private static Optional<RdfFormat> format(Context ctx, Optional<RdfFormat> byExtension) {
        ctx.header("Vary", "Accept");
        if (byExtension.isPresent()) return byExtension;
        String named = ctx.queryParam("format");
        if (named != null) {
            Optional<RdfFormat> format = RdfFormat.named(named);
            if (format.isEmpty()) ctx.status(400).contentType("text/plain; charset=utf-8").result(
                    "Unknown format '" + named + "'. Known: html, ttl, jsonld, nt, rdf.\n");
            return format;
        }
        Optional<RdfFormat> format = Negotiation.choose(ctx.header("Accept"));
        if (format.isEmpty()) ctx.status(406).contentType("text/plain; charset=utf-8").result(
                "None of the accepted types is available. Available: text/html, text/turtle, application/ld+json,"
                        + " application/n-triples, application/rdf+xml.\n");
        return format;
    }

    private static void notFound(Context ctx, String iri) {
        ctx.status(404);
        if (Negotiation.prefersHtml(ctx.header("Accept"))) {
            Pages.html(ctx, "resource-notfound", Map.of("iri", iri));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result("Not found: nothing is said about <" + iri + "> here.\n");
        }
    }

    private static void write(Context ctx, Graph graph, RdfFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(format.jena).output(out);
        ctx.contentType(format.contentType()).result(out.toByteArray());
    }
}
