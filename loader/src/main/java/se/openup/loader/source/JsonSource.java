package se.openup.loader.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON row store (EntryScape style): an array of flat objects, at the root or under one member. Streams the
 * array; the first record's keys are the header, later records are aligned to them by key.
 */
final class JsonSource implements RowSource {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final String recordsMember;

    JsonSource(String recordsMember) { this.recordsMember = recordsMember; }

    @Override
    public void read(Path file, RowHandler out) {
        if (file.toFile().length() == 0) throw new SourceException("the file is empty (0 bytes)");
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            seekArray(p);
            List<String> header = null;
            Map<String, Integer> index = new HashMap<>();
            long position = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                position++;
                Map<String, String> record = readRecord(p);
                if (header == null) {
                    header = new ArrayList<>(record.keySet());
                    for (int i = 0; i < header.size(); i++) index.put(header.get(i), i);
                    out.header(List.copyOf(header));
                }
                String[] cells = new String[header.size()];
                for (var e : record.entrySet()) {
                    Integer i = index.get(e.getKey());
                    if (i != null) cells[i] = e.getValue();
                }
                out.row(new RawRow(position, cells));
            }
            if (p.currentToken() != JsonToken.END_ARRAY)
                throw new SourceException("record " + (position + 1) + ": expected an object, found " + p.currentToken());
            if (header == null) throw new SourceException("the JSON holds no records");
            out.end();
        } catch (JsonProcessingException e) {
            throw new SourceException("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SourceException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private void seekArray(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY && recordsMember == null) return;
        if (t != JsonToken.START_OBJECT)
            throw new SourceException("expected a JSON " + (recordsMember == null ? "array" : "object") + " at the top");
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = stripBom(p.currentName());
            JsonToken value = p.nextToken();
            if (name.equals(recordsMember) && value == JsonToken.START_ARRAY) return;
            p.skipChildren();
        }
        throw new SourceException("no array member '" + recordsMember + "' in the JSON object");
    }

    private static Map<String, String> readRecord(JsonParser p) throws IOException {
        Map<String, String> record = new java.util.LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = stripBom(p.currentName());
            JsonToken v = p.nextToken();
            if (v.isStructStart()) {
                p.skipChildren();
                record.put(key, null);
            } else {
                record.put(key, v == JsonToken.VALUE_NULL ? null : p.getText());
            }
        }
        return record;
    }

    /** Some exports put the UTF-8 byte-order mark inside the first key. */
    static String stripBom(String s) {
        return s != null && !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
