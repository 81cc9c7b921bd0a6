package se.openup.endpoint.meta;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** Writes a description in the RDF syntax the client asks for (Accept, or ?format=ttl|rdf|jsonld|nt); Turtle by default. */
final class RdfResponses {
    private static final Map<String, RDFFormat> BY_MEDIA_TYPE = Map.of(
            Lang.TURTLE.getHeaderString(), RDFFormat.TURTLE_PRETTY,
            Lang.RDFXML.getHeaderString(), RDFFormat.RDFXML,
            Lang.JSONLD.getHeaderString(), RDFFormat.JSONLD_PRETTY,
            Lang.NTRIPLES.getHeaderString(), RDFFormat.NTRIPLES);
    private static final Map<String, String> BY_FORMAT = Map.of("ttl", "text/turtle", "rdf", "application/rdf+xml",
            "jsonld", "application/ld+json", "nt", "application/n-triples");
    // the order is the preference when the client accepts several equally (a browser's */*): Turtle first
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/rdf+xml",
            "application/ld+json", "application/n-triples");

    private RdfResponses() { }

    static void send(Context ctx, Model model) {
        String mediaType = choose(ctx.queryParam("format"), ctx.header("Accept"));
        ctx.header("Vary", "Accept");
        if (mediaType == null) {
            ctx.status(406).result("Not acceptable: offered " + String.join(", ", BY_FORMAT.values()));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, BY_MEDIA_TYPE.get(mediaType));
        ctx.contentType(mediaType + "; charset=utf-8").result(out.toByteArray());
    }

    /** The media type to answer with, or null when the client accepts none of ours. */
    static String choose(String format, String accept) {
        if (format != null) return BY_FORMAT.get(format);
        if (accept == null || accept.isBlank()) return "text/turtle";
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        return chosen == null ? null : chosen.getContentTypeStr();
    }
}
