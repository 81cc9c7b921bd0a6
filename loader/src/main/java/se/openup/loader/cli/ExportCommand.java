package se.openup.loader.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.openup.loader.export.Dumps;
import se.openup.loader.export.OcdsOptions;
import se.openup.loader.export.OcdsWriter;
import se.openup.loader.export.SpecCsvWriter;
import se.openup.loader.rdf.Iris;
import se.openup.loader.store.Exporter;
import se.openup.loader.store.GraphStore;

@Command(name = "export", description = {"Stream the store out: as RDF (nt, ttl, trig, nq), as a compressed dump with its",
        "SHA-256 (nt.gz, ttl.gz, trig.gz), as an OCDS release package (ocds) or as national-spec v1.1 CSV (spec-csv).",
        "Details: docs/exports.md, docs/ocds.md."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "nt",
            description = "nt, ttl, trig, nq, nt.gz, ttl.gz, trig.gz, ocds or spec-csv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--graph", description = "RDF and dumps: only this named graph (IRI)")
    String graph;

    @Option(names = {"-o", "--output"}, description = "file (RDF, ocds; standard output if absent), dump file or"
            + " directory, directory (spec-csv)")
    Path output;

    @Option(names = "--buyer", paramLabel = "ORGNR", description = "ocds, spec-csv: only this buyer")
    String buyer;

    @Option(names = "--supplier", paramLabel = "ORGNR", description = "ocds: only this supplier")
    String supplier;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "ocds: payments and procurements from this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "ocds: … up to and including this day")
    LocalDate to;

    @Option(names = "--ocid-prefix", defaultValue = OcdsOptions.UNREGISTERED_PREFIX,
            description = "ocds: ocid prefix (default ${DEFAULT-VALUE}, NOT registered with OCP)")
    String ocidPrefix;

    @Option(names = "--publisher", defaultValue = OcdsOptions.DEFAULT_PUBLISHER, description = "ocds: package publisher name")
    String publisher;

    @Option(names = "--package-uri", description = "ocds: the package's uri (default: {base}ocds/package.json)")
    String packageUri;

    @Option(names = "--dump-url", description = "dumps: the URL the dump will be served at, for the VoID line printed")
    String dumpUrl;

    @Option(names = "--base", defaultValue = Iris.DEFAULT_BASE, description = "base IRI of the data (default: ${DEFAULT-VALUE})")
    String base;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() throws Exception {
        if (Dumps.isDumpFormat(format)) return dump();
        if (format.equals("spec-csv")) return specCsv();
        if (!format.equals("ocds")) Exporter.format(format);
        try (GraphStore store = GraphStore.open(storeOptions.store());
             OutputStream out = new BufferedOutputStream(
                     output == null ? System.out : Files.newOutputStream(output), 1 << 16)) {
            if (format.equals("ocds")) {
                OcdsOptions options = new OcdsOptions(ocidPrefix, publisher,
                        packageUri != null ? packageUri : base + "ocds/package.json", Instant.now(), new Iris(base));
                OcdsWriter.Counts c = OcdsWriter.write(store.dataset(),
                        new OcdsOptions.Filter(orgnr(buyer), orgnr(supplier), from, to), options, out);
                out.flush();
                System.err.printf("%,d releases (%,d contracting processes, %,d buyer–supplier pairs), %,d transactions%n",
                        c.releases(), c.processReleases(), c.ledgerReleases(), c.transactions());
            } else {
                long n = Exporter.export(store.dataset(), format, graph, out);
                out.flush();
                if (output != null) System.err.printf("%,d statements written to %s%n", n, output);
            }
        }
        return 0;
    }

    private int dump() throws Exception {
        if (output == null) {
            System.err.println("openup export --format " + format + ": give -o FILE or -o DIRECTORY (the .sha256 side file goes next to it)");
            return 2;
        }
        Path file = Files.isDirectory(output) ? output.resolve("openup-" + (graph == null ? "all" : "graph") + "." + format) : output;
        if (Dumps.mediaType(file.getFileName().toString()).isEmpty()) {
            System.err.println("openup export: a dump's name must end in ." + format + " and use only letters, digits, '.', '-', '_'");
            return 2;
        }
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            Dumps.Written w = Dumps.write(store.dataset(), format, graph, file);
            System.out.printf("%,d statements, %,d bytes: %s%n", w.statements(), w.bytes(), w.file());
            System.out.printf("sha256 %s  (also in %s)%n", w.sha256(), Dumps.sideFile(w.file()).getFileName());
            String url = dumpUrl != null ? dumpUrl : "/dumps/" + w.file().getFileName();
            System.out.printf("VoID: [] a void:Dataset ; void:dataDump <%s> .   (the served dataset's description lists it)%n", url);
        }
        return 0;
    }

    private int specCsv() throws Exception {
        if (output == null) {
            System.err.println("openup export --format spec-csv: give -o DIRECTORY (one file per buyer and month)");
            return 2;
        }
        try (GraphStore store = GraphStore.open(storeOptions.store())) {
            SpecCsvWriter.Result r = SpecCsvWriter.write(store.dataset(), orgnr(buyer), new Iris(base), output);
            System.out.printf("%,d rows in %,d files under %s%n", r.rows(), r.files().size(), output);
            if (r.notSek() > 0)
                System.err.printf("%,d payments not in SEK left out: spec v1.1 has no currency column%n", r.notSek());
        }
        return 0;
    }

    /** "212000-1967" or "2120001967" → "2120001967"; anything else is refused. */
    private static String orgnr(String value) {
        if (value == null) return null;
        String digits = value.replace("-", "");
        if (!digits.matches("[0-9]{10}")) throw new IllegalArgumentException("not an organisationsnummer: " + value);
        return digits;
    }
}
