package se.openup.endpoint.queries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.NodeTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import se.openup.loader.rdf.Iris;

/**
 * The saved queries: every {@code .rq} file of the folder {@code queries/} (in the jar: {@code openup/queries/}),
 * parsed once. A new query is a new file; the API, the OpenAPI document and the catalogue graph follow from it.
 */
public final class QueryLibrary {
    public static final String RESOURCE_DIR = "openup/queries";
    /** The shared column headings, beside the queries. */
    static final String HEADINGS = "columns.yaml";
    private final Map<String, SavedQuery> queries;

    private QueryLibrary(Map<String, SavedQuery> queries) { this.queries = queries; }

    /** The shipped library, its IRIs moved to {@code base} if the data was minted under another base. */
    public static QueryLibrary load(String base) { return of(shippedFiles(""), base); }

    /**
     * The shipped library with the rewritten queries in their payment versions ({@code queries/payments/}: the plain
     * SPARQL over payments, the raw baseline that benchmarks ask).
     */
    public static QueryLibrary loadPaymentVersions(String base) {
        Map<String, String> files = new TreeMap<>(shippedFiles(""));
        files.putAll(shippedFiles("payments"));
        return of(files, base);
    }

    /**
     * A library from file name → text (tests; the shipped one comes from {@link #load}). With a {@code columns.yaml}
     * among the files every result column of every query must have a heading in Swedish and English.
     */
    public static QueryLibrary of(Map<String, String> files, String base) {
        Map<String, SavedQuery> parsed = new TreeMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".rq")) {
                SavedQuery q = rebase(QueryFile.parse(name, text), base);
                parsed.put(q.id(), q);
            }
        });
        if (files.containsKey(HEADINGS)) {
            Map<String, Map<String, String>> shared = QueryFile.headings(files.get(HEADINGS));
            parsed.replaceAll((id, q) -> headed(q, shared));
        }
        for (SavedQuery q : parsed.values()) {
            for (Parameter p : q.params()) {
                if (p.type() == ParamType.MUNICIPALITY && p.enumeration() == null)
                    throw new LibraryException(q.id() + ".rq: parameter " + p.name() + ": a municipality needs an enumeration");
                if (p.enumeration() == null) continue;
                SavedQuery e = parsed.get(p.enumeration());
                if (e == null || !SavedQuery.ENUMERATION.equals(e.category()) || !e.params().isEmpty()
                        || !e.query().getResultVars().contains("value"))
                    throw new LibraryException(q.id() + ".rq: parameter " + p.name() + ": '" + p.enumeration()
                            + "' is not an enumeration query (category enumeration, no parameters, a ?value column)");
            }
            Binder check = new Binder(base, id -> java.util.List.of());
            for (Parameter p : q.params()) {
                if (p.defaultValue() == null || p.enumeration() != null) continue;
                try {
                    check.term(p, p.defaultValue());
                } catch (Binder.BadParameter e) {
                    throw new LibraryException(q.id() + ".rq: the default of " + e.getMessage());
                }
            }
        }
        return new QueryLibrary(Map.copyOf(parsed));
    }

    /** The shared headings with the query's own over them; every result column must have one. */
    private static SavedQuery headed(SavedQuery q, Map<String, Map<String, String>> shared) {
        Map<String, Map<String, String>> headings = new TreeMap<>();
        for (String column : q.query().getResultVars()) {
            Map<String, String> h = q.columns().getOrDefault(column, shared.get(column));
            if (h == null) throw new LibraryException(q.id() + ".rq: column ?" + column + " has no heading (add it to "
                    + HEADINGS + " or to the file's columns:)");
            headings.put(column, h);
        }
        return q.withColumns(headings);
    }

    public SavedQuery get(String id) { return queries.get(id); }

    /** In id order. */
    public Collection<SavedQuery> all() { return new TreeMap<>(queries).values(); }

    /** Queries are written against the default base; a server for data minted elsewhere rewrites the IRIs (syntax, not text). */
    private static SavedQuery rebase(SavedQuery q, String base) {
        if (base.equals(Iris.DEFAULT_BASE)) return q;
        NodeTransform move = n -> n.isURI() && n.getURI().startsWith(Iris.DEFAULT_BASE)
                ? NodeFactory.createURI(base + n.getURI().substring(Iris.DEFAULT_BASE.length())) : n;
        return new SavedQuery(q.id(), q.title(), q.description(), q.category(), q.keywords(), q.questions(), q.params(),
                q.caveat(), q.chart(), q.columns(), QueryTransformOps.transform(q.query(), move));
    }

    /**
     * File name → text of the shipped {@code .rq} files in {@code folder} below the library ("" = the library itself,
     * "payments" = the payment versions of rewritten queries, the benchmarks' baseline); empty if the folder is absent.
     */
    public static Map<String, String> shippedFiles(String folder) {
        String path = folder.isEmpty() ? RESOURCE_DIR : RESOURCE_DIR + "/" + folder;
        URL dir = QueryLibrary.class.getClassLoader().getResource(path);
        if (dir == null && !folder.isEmpty()) return Map.of();
        if (dir == null) throw new LibraryException(RESOURCE_DIR + " is missing from the classpath");
        try {
            URI uri = dir.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(jar.getPath(path));
                } catch (java.nio.file.FileSystemAlreadyExistsException e) {
                    return read(FileSystems.getFileSystem(uri).getPath(path));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new LibraryException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> read(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".rq")
                    || p.getFileName().toString().equals(HEADINGS)).toList())
                files.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
        return files;
    }
}
