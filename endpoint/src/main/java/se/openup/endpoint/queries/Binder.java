package se.openup.endpoint.queries;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Checks request values against a query's declared parameters and binds them into the parsed query as RDF terms
 * (Jena's syntax-level variable substitution): a value can only ever become one IRI or one literal in the place of
 * {@code ?_name}, whatever characters it holds. The query text is never edited.
 */
public final class Binder {
    private static final java.util.regex.Pattern ORGNR = java.util.regex.Pattern.compile("[0-9]{6}-?[0-9]{4}");
    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,9}");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,6})?");

    private final String base;
    private final Function<String, List<Map<String, Node>>> enumerations;

    /** {@code enumerations}: the rows of an enumeration query by its id (columns value, label, aliases…). */
    public Binder(String base, Function<String, List<Map<String, Node>>> enumerations) {
        this.base = base;
        this.enumerations = enumerations;
    }

    /** What a request asked for, checked: the bound terms and the values as the answer echoes them. */
    public record Bound(Map<Var, Node> terms, Map<String, String> echo) {
        public Query apply(Query query) {
            return terms.isEmpty() ? query.cloneQuery() : QueryTransformOps.replaceVars(query, terms);
        }
    }

    /** {@code request}: parameter name → the values sent (a query string may repeat a name). */
    public Bound bind(SavedQuery query, Map<String, List<String>> request) {
        for (String name : request.keySet())
            if (query.param(name).isEmpty())
                throw new BadParameter(name, "query '" + query.id() + "' has no parameter '"
                        + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "'"
                        + (query.params().isEmpty() ? "" : " (it has: " + String.join(", ",
                        query.params().stream().map(Parameter::name).toList()) + ")"));
        Map<Var, Node> terms = new LinkedHashMap<>();
        Map<String, String> echo = new LinkedHashMap<>();
        for (Parameter p : query.params()) {
            List<String> sent = request.getOrDefault(p.name(), List.of());
            if (sent.size() > 1) throw new BadParameter(p.name(), "parameter '" + p.name() + "' was given more than once");
            String value = sent.isEmpty() || sent.get(0).isEmpty() ? p.defaultValue() : sent.get(0);
            if (value == null) {
                if (p.required()) throw new BadParameter(p.name(), "parameter '" + p.name() + "' is required");
                continue;
            }
            terms.put(Var.alloc(p.variable()), term(p, value));
            echo.put(p.name(), value);
        }
        return new Bound(terms, echo);
    }

    /** One value as the RDF term it stands for, or {@link BadParameter} naming the parameter. */
    Node term(Parameter p, String value) {
        if (value.length() > p.lengthLimit())
            throw bad(p, "is longer than " + p.lengthLimit() + " characters");
        if (p.enumeration() != null) return enumerated(p, value.strip());
        String v = value.strip();
        return switch (p.type()) {
            case ORGANISATION -> {
                if (!ORGNR.matcher(v).matches()) throw bad(p, "must be an organisation number (NNNNNN-NNNN)");
                yield NodeFactory.createURI(base + "org/" + v.replace("-", ""));
            }
            case YEAR, INTEGER -> {
                if (!INTEGER.matcher(v).matches()) throw bad(p, "must be a whole number");
                BigInteger n = new BigInteger(v);
                inRange(p, new BigDecimal(n));
                yield NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger);
            }
            case AMOUNT -> {
                if (!DECIMAL.matcher(v).matches()) throw bad(p, "must be an amount in SEK with '.' decimals, e.g. 100000 or 99.50");
                BigDecimal d = new BigDecimal(v);
                inRange(p, d);
                yield NodeFactory.createLiteralDT(d.toPlainString(), XSDDatatype.XSDdecimal);
            }
            case BOOLEAN -> {
                if (!v.equals("true") && !v.equals("false")) throw bad(p, "must be true or false");
                yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDboolean);
            }
            case STRING -> NodeFactory.createLiteralString(value);
            case ENUM -> {
                if (!p.values().contains(v)) throw bad(p, "must be one of " + String.join(", ", p.values()));
                yield NodeFactory.createLiteralString(v);
            }
            case IRI -> iri(p, v);
            case MUNICIPALITY -> throw bad(p, "has no enumeration to check against");
        };
    }

    private Node iri(Parameter p, String v) {
        if (!v.startsWith(base)) throw bad(p, "must be an IRI under " + base);
        try {
            IRIx iri = IRIx.create(v);
            if (!iri.isAbsolute() || iri.hasViolations()) throw bad(p, "is not a valid IRI");
        } catch (IRIException e) {
            throw bad(p, "is not a valid IRI");
        }
        return NodeFactory.createURI(v);
    }

    /** The enumeration row whose value (or an alias column: orgnr, kommunkod, code…) equals the given value. */
    private Node enumerated(Parameter p, String v) {
        String key = comparable(p, v);
        for (Map<String, Node> row : enumerations.apply(p.enumeration())) {
            for (Map.Entry<String, Node> cell : row.entrySet()) {
                if (cell.getKey().equals("label") || cell.getValue() == null) continue;
                Node n = cell.getValue();
                String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null;
                if (text != null && comparable(p, text).equals(key)) return row.get("value");
            }
        }
        throw bad(p, "is not one of the allowed values (see /api/queries/" + p.enumeration() + ")");
    }

    private static String comparable(Parameter p, String text) {
        boolean orgnr = p.type() == ParamType.MUNICIPALITY || p.type() == ParamType.ORGANISATION;
        return orgnr && ORGNR.matcher(text).matches() ? text.replace("-", "") : text;
    }

    private static void inRange(Parameter p, BigDecimal d) {
        if (p.min() != null && d.compareTo(p.min()) < 0) throw bad(p, "must be at least " + p.min().toPlainString());
        if (p.max() != null && d.compareTo(p.max()) > 0) throw bad(p, "must be at most " + p.max().toPlainString());
    }

    private static BadParameter bad(Parameter p, String problem) {
        return new BadParameter(p.name(), "parameter '" + p.name() + "' " + problem);
    }

    /** A value the query cannot take: answered with 400 and this message, which names the parameter. */
    public static final class BadParameter extends RuntimeException {
        private final String parameter;

        public BadParameter(String parameter, String message) {
            super(message, null, false, false);
            this.parameter = parameter;
        }

        public String parameter() { return parameter; }
    }
}
