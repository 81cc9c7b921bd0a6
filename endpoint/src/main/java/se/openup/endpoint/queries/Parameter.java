package se.openup.endpoint.queries;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One parameter of a saved query, as its file declares it ({@code #+ params:}). The query text names it as the
 * variable {@code ?_name}; a value is bound to that variable as an RDF term, never spliced into text. A parameter
 * that is not required and has no default stays an unbound variable, so a pattern using it matches anything.
 *
 * @param enumeration id of the saved query that lists the allowed values (columns {@code value}, {@code label},
 *                    and any further columns as accepted aliases, e.g. an orgnr or kommunkod); null = none
 */
public record Parameter(String name, ParamType type, boolean required, String defaultValue, BigDecimal min,
                        BigDecimal max, Integer maxLength, List<String> values, String enumeration,
                        Map<String, String> label) {
    /** Longest value any parameter accepts: far above any orgnr, year, amount or IRI under the base. */
    public static final int HARD_MAX_LENGTH = 2_000;
    public static final int DEFAULT_STRING_LENGTH = 200;

    public Parameter {
        values = values == null ? List.of() : List.copyOf(values);
        label = label == null ? Map.of() : Map.copyOf(label);
        if (!name.matches("[A-Za-z][A-Za-z0-9]*"))
            throw new IllegalArgumentException("parameter name must be letters and digits: " + name);
        if (type == ParamType.ENUM && values.isEmpty())
            throw new IllegalArgumentException("parameter " + name + ": an enum needs values");
        if (required && defaultValue != null)
            throw new IllegalArgumentException("parameter " + name + ": required and a default exclude each other");
    }

    /** The variable the query text uses for this parameter. */
    public String variable() { return "_" + name; }

    public int lengthLimit() {
        return maxLength != null ? Math.min(maxLength, HARD_MAX_LENGTH)
                : type == ParamType.STRING ? DEFAULT_STRING_LENGTH : HARD_MAX_LENGTH;
    }
}
