package se.openup.endpoint.queries;

import java.util.Locale;

/** The kinds of value a saved-query parameter takes, with the JSON Schema type the OpenAPI document gives them. */
public enum ParamType {
    /** a municipality: orgnr (dash optional) or kommunkod, bound as its organisation IRI; enumerated from the graph */
    MUNICIPALITY("string"),
    /** any organisation with a Swedish orgnr (10 digits, dash optional), bound as {@code id:org/{orgnr}} */
    ORGANISATION("string"),
    /** a calendar year, bound as xsd:integer */
    YEAR("integer"),
    /** a whole number, bound as xsd:integer */
    INTEGER("integer"),
    /** an amount in SEK, '.' decimals, bound as xsd:decimal */
    AMOUNT("number"),
    /** true or false, bound as xsd:boolean */
    BOOLEAN("boolean"),
    /** free text, length-limited, bound as a plain string literal */
    STRING("string"),
    /** an IRI under the data's base, bound as that IRI */
    IRI("string"),
    /** one of the declared values, bound as a plain string literal */
    ENUM("string");

    private final String jsonType;

    ParamType(String jsonType) { this.jsonType = jsonType; }

    public String jsonType() { return jsonType; }

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static ParamType of(String id) {
        for (ParamType t : values()) if (t.id().equals(id)) return t;
        throw new IllegalArgumentException("unknown parameter type '" + id + "'");
    }
}
