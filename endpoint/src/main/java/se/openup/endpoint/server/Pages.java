package se.openup.endpoint.server;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * HTML pages from Pebble templates under openup/templates. Pebble escapes every printed value for HTML by default,
 * so a supplier called {@code <script>} stays text; templates must never use the {@code raw} filter on data.
 */
public final class Pages {
    private static final PebbleEngine ENGINE;

    static {
        ClasspathLoader loader = new ClasspathLoader(Pages.class.getClassLoader());
        loader.setPrefix("openup/templates");
        loader.setSuffix(".peb");
        ENGINE = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false).build();
    }

    private Pages() { }

    /** Renders template {@code name} (e.g. "home" = openup/templates/home.peb) with {@code model}. */
    public static String render(String name, Map<String, Object> model) {
        PebbleTemplate template = ENGINE.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            template.evaluate(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static void html(Context ctx, String name, Map<String, Object> model) {
        ctx.contentType("text/html; charset=utf-8").result(render(name, model));
    }
}
