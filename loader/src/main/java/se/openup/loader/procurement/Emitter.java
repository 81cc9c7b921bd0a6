package se.openup.loader.procurement;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Streams triples into the file's graph and remembers what was described already, so that a node shared by many
 * rows (a process, an organisation, a concept) is described once per file.
 */
class Emitter {
    private final StreamRDF out;
    private final Set<String> written;

    Emitter(StreamRDF out) { this(out, new HashSet<>()); }

    /** Shares the sink and the memory of another emitter. */
    Emitter(Emitter other) { this(other.out, other.written); }

    private Emitter(StreamRDF out, Set<String> written) {
        this.out = out;
        this.written = written;
    }

    /** True the first time a key is seen in this file. */
    final boolean first(String key) { return written.add(key); }

    final void emit(Node s, Node p, Node o) { out.triple(Triple.create(s, p, o)); }

    final void optional(Node s, Node p, String value) { if (value != null) emit(s, p, string(value)); }

    static Node string(String s) { return NodeFactory.createLiteralString(s); }

    static Node sv(String s) { return NodeFactory.createLiteralLang(s, "sv"); }

    static Node typed(String lexical, XSDDatatype type) { return NodeFactory.createLiteralDT(lexical, type); }
}
