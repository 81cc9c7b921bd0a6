package se.openup.endpoint.exports;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import se.openup.endpoint.server.WebContext;
import se.openup.loader.export.OcdsOptions;
import se.openup.loader.export.OcdsWriter;
import se.openup.loader.normalise.OrgNumber;
import se.openup.loader.rdf.Iris;

/**
 * {@code GET /api/ocds/buyer/{orgnr}} and {@code /api/ocds/supplier/{orgnr}}: an OCDS release package of one
 * organisation's contracting processes and payments, streamed as it is read (docs/ocds.md).
 */
public final class OcdsRoutes {
    private OcdsRoutes() { }

    public static void buyer(Context ctx, WebContext web) { serve(ctx, web, true); }

    public static void supplier(Context ctx, WebContext web) { serve(ctx, web, false); }

    private static void serve(Context ctx, WebContext web, boolean asBuyer) {
        String orgnr = ctx.pathParam("orgnr").replace("-", "");
        // a valid organisationsnummer only; the value is not echoed back (it could be a personnummer)
        if (!orgnr.matches("[0-9]{10}") || !OrgNumber.isValid(orgnr)) {
            ctx.status(400).json(Map.of("error", "not a valid organisationsnummer (10 digits, NNNNNN-NNNN)"));
            return;
        }
        OcdsOptions.Filter filter = asBuyer ? new OcdsOptions.Filter(orgnr, null, null, null)
                : new OcdsOptions.Filter(null, orgnr, null, null);
        OcdsOptions options = new OcdsOptions(OcdsOptions.UNREGISTERED_PREFIX, OcdsOptions.DEFAULT_PUBLISHER,
                ctx.fullUrl(), Instant.now(), new Iris(web.config().base()));
        if (!OcdsWriter.any(web.dataset(), filter, options)) {
            ctx.status(404).json(Map.of("error", "no contracting processes or payments for this "
                    + (asBuyer ? "buyer" : "supplier")));
            return;
        }
        ctx.contentType("application/json; charset=utf-8");
        OcdsWriter.write(web.dataset(), filter, options, ctx.outputStream());
    }
}
