package se.openup.loader.store;

import java.time.Instant;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import se.openup.loader.mapping.FilePeriod;
import se.openup.loader.mapping.MappingProfile;
import se.openup.loader.mapping.Rejection;
import se.openup.loader.rdf.Iris;
import se.openup.loader.rdf.PaymentTriples;
import se.openup.loader.rdf.Vocab;

/**
 * The file's own description, written into its graph after its rows: the dcat:Distribution (sha256, size,
 * mapping), the publisher-year dcat:Datasets it belongs to, the prov:Activity of the load with its counts and
 * sums, and each rejected row (line, column, reason — never the raw cells).
 */
final class ProvenanceTriples {
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "csv", "https://www.iana.org/assignments/media-types/text/csv",
            "xlsx", "https://www.iana.org/assignments/media-types/application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "json", "https://www.iana.org/assignments/media-types/application/json");

    private final StreamRDF out;

    ProvenanceTriples(StreamRDF out) { this.out = out; }

    void write(Iris iris, String sourceKey, SourceFile file, MappingProfile profile, FilePeriod period,
               LoadReport report) {
        Node source = iris.source(sourceKey);
        Node load = iris.load(sourceKey);
        Node graph = iris.graph(sourceKey);
        Node checksum = NodeFactory.createURI(source.getURI() + "/checksum");

        emit(source, Vocab.TYPE, Vocab.DISTRIBUTION);
        emit(source, Vocab.TITLE, NodeFactory.createLiteralString(file.name()));
        emit(source, Vocab.BYTE_SIZE, typed(Long.toString(file.bytes()), XSDDatatype.XSDnonNegativeInteger));
        emit(source, Vocab.MEDIA_TYPE, Vocab.uri(MEDIA_TYPES.get(profile.format())));
        emit(source, Vocab.CHECKSUM, checksum);
        emit(checksum, Vocab.TYPE, Vocab.CHECKSUM_CLASS);
        emit(checksum, Vocab.ALGORITHM, Vocab.SHA256);
        emit(checksum, Vocab.CHECKSUM_VALUE, typed(file.sha256(), XSDDatatype.XSDhexBinary));
        emit(source, Vocab.MAPPING, NodeFactory.createLiteralString(profile.id()));
        // what the rows are, so that checks meant for ledger rows (shapes.ttl) can skip other kinds
        emit(source, Vocab.openup("rowKind"), NodeFactory.createLiteralString(profile.kind() == null ? "ledger" : profile.kind()));
        emit(source, Vocab.MAPPING_CHECKSUM, NodeFactory.createLiteralString(profile.checksum()));
        if (period != null)
            emit(source, Vocab.PERIOD, typed(period.lexical(),
                    period.month() == null ? XSDDatatype.XSDgYear : XSDDatatype.XSDgYearMonth));

        report.datasets().forEach((publisherYear, title) -> {
            String[] py = publisherYear.split(" ");
            Node dataset = iris.dataset(py[0], Integer.parseInt(py[1]));
            emit(dataset, Vocab.TYPE, Vocab.DATASET);
            emit(dataset, Vocab.HAS_DISTRIBUTION, source);
            emit(dataset, Vocab.PUBLISHER, iris.org(py[0]));
            emit(dataset, Vocab.TITLE, NodeFactory.createLiteralLang(title, "sv"));
        });

        emit(load, Vocab.TYPE, Vocab.ACTIVITY);
        emit(load, Vocab.USED, source);
        emit(load, Vocab.STARTED, time(report.started()));
        emit(load, Vocab.ENDED, time(Instant.now()));
        count(load, Vocab.ROWS_READ, report.rowsRead());
        count(load, Vocab.ROWS_LOADED, report.getRowsLoaded());
        count(load, Vocab.ROWS_REJECTED, report.getRowsRejected());
        count(load, Vocab.ROWS_REDACTED, report.getRowsRedacted());
        count(load, Vocab.ROWS_SKIPPED, report.getRowsSkipped());
        emit(load, Vocab.AMOUNT_READ, PaymentTriples.decimal(report.getAmountRead()));
        emit(load, Vocab.AMOUNT_LOADED, PaymentTriples.decimal(report.getAmountLoaded()));
        emit(load, Vocab.AMOUNT_REJECTED, PaymentTriples.decimal(report.getAmountRejected()));
        emit(graph, Vocab.WAS_DERIVED_FROM, source);
        emit(graph, Vocab.WAS_GENERATED_BY, load);

        for (Rejection r : report.getRejected()) {
            Node row = iris.rejectedRow(sourceKey, r.line());
            emit(row, Vocab.TYPE, Vocab.REJECTED_ROW);
            emit(row, Vocab.REJECTED_IN, load);
            emit(row, Vocab.SOURCE_LINE, typed(Long.toString(r.line()), XSDDatatype.XSDinteger));
            if (r.column() != null) emit(row, Vocab.COLUMN, NodeFactory.createLiteralString(r.column()));
            emit(row, Vocab.REASON, NodeFactory.createLiteralString(r.reason()));
        }
    }

    private void count(Node s, Node p, long n) { emit(s, p, typed(Long.toString(n), XSDDatatype.XSDinteger)); }

    private static Node time(Instant t) { return typed(t.toString(), XSDDatatype.XSDdateTime); }

    private static Node typed(String lexical, XSDDatatype type) { return NodeFactory.createLiteralDT(lexical, type); }

    private void emit(Node s, Node p, Node o) { out.triple(Triple.create(s, p, o)); }
}
