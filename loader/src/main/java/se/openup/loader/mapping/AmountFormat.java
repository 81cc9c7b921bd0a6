package se.openup.loader.mapping;

import java.util.List;
import java.util.Map;

/**
 * CSVW-style numeric format of the amount column: the decimal character (or several, for generic layouts that
 * meet both {@code 1234,50} and {@code 1234.50}) and the thousands separators.
 */
record AmountFormat(String decimalChars, String groupChars) {

    static AmountFormat of(Object format) {
        if (format == null) return new AmountFormat(".", "");
        if (!(format instanceof Map<?, ?> m))
            throw new MappingException("columns.amount.format must be a map with decimalChar and groupChar");
        String decimals = chars(m.get("decimalChar"), ".");
        String groups = chars(m.get("groupChar"), "");
        for (char c : decimals.toCharArray()) {
            if (c != '.' && c != ',') throw new MappingException("columns.amount.format.decimalChar must be '.' or ','");
            if (groups.indexOf(c) >= 0)
                throw new MappingException("columns.amount.format: '" + c + "' cannot be both decimalChar and groupChar");
        }
        return new AmountFormat(decimals, groups);
    }

    private static String chars(Object v, String dflt) {
        if (v == null) return dflt;
        StringBuilder s = new StringBuilder();
        if (v instanceof List<?> list) list.forEach(s::append);
        else s.append(v);
        return s.toString();
    }

    /** The decimal character this value uses: the first listed one it contains (else the first listed). */
    char decimalFor(String raw) {
        if (decimalChars.length() > 1)
            for (int i = 0; i < decimalChars.length(); i++)
                if (raw.indexOf(decimalChars.charAt(i)) >= 0) return decimalChars.charAt(i);
        return decimalChars.charAt(0);
    }
}
