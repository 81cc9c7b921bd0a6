package se.openup.loader.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import se.openup.loader.TestData;

/**
 * The official OCDS 1.1 release schema (draft-04) from the shared data, applied with networknt's validator, format
 * assertions on (date-time, uri). A package is read release by release, so a large one is never one tree.
 */
final class OcdsSchema {
    static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema release;

    private OcdsSchema() { }

    static synchronized JsonSchema release() throws IOException {
        if (release == null) {
            JsonNode schema = JSON.readTree(TestData.shared("schemas/ocds-1.1-release-schema.json").toFile());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            release = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema, config);
        }
        return release;
    }

    /** What a package held: its wrapper fields and how many releases validated (it fails on the first invalid one). */
    record Checked(ObjectNode wrapper, long releases, long transactions) {}

    /** Validates every release of the package in {@code in}; {@code each} sees every release too. */
    static Checked validatePackage(InputStream in, Consumer<JsonNode> each) throws IOException {
        JsonSchema schema = release();
        ObjectNode wrapper = JSON.createObjectNode();
        long releases = 0, transactions = 0;
        try (JsonParser p = JSON.getFactory().createParser(in)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("releases")) {
                    wrapper.set(field, p.readValueAsTree());
                    continue;
                }
                assertEquals(JsonToken.START_ARRAY, p.currentToken());
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode r = p.readValueAsTree();
                    Set<ValidationMessage> errors = schema.validate(r);
                    assertTrue(errors.isEmpty(), () -> "invalid release " + r.path("ocid") + ": " + errors);
                    for (JsonNode c : r.path("contracts")) transactions += c.path("implementation").path("transactions").size();
                    each.accept(r);
                    releases++;
                }
                wrapper.put("releases", "(checked)");
            }
        }
        // the release package wrapper (schemas/PROVENANCE.md): uri, publishedDate, publisher, version, releases
        for (String f : List.of("uri", "publishedDate", "publisher", "version", "releases"))
            assertNotNull(wrapper.get(f), "package field " + f);
        assertEquals("1.1", wrapper.get("version").asText());
        assertTrue(wrapper.get("publisher").path("name").isTextual());
        assertTrue(wrapper.get("publishedDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        return new Checked(wrapper, releases, transactions);
    }
}
