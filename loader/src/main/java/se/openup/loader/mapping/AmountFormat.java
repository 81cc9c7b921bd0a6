package se.openup.loader.mapping;

import java.util.List;
import java.util.Map;

/** CSVW-style numeric format of the amount column: decimal character and thousands separators. */
record AmountFormat(char decimalChar, String groupChars) {

    static AmountFormat of(Object format) {
        if (format == null) return new AmountFormat('.', "");
        if (!(format instanceof Map<?, ?> m))
            throw new MappingException("columns.amount.format must be a map with decimalChar and groupChar");
        Object d = m.get("decimalChar");
        Object g = m.get("groupChar");
        String decimal = d == null ? "." : d.toString();
        if (decimal.length() != 1) throw new MappingException("columns.amount.format.decimalChar must be one character");
        StringBuilder groups = new StringBuilder();
        if (g instanceof List<?> list) list.forEach(x -> groups.append(x));
        else if (g != null) groups.append(g);
        return new AmountFormat(decimal.charAt(0), groups.toString());
    }
}
