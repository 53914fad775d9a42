package org.dateline.geo.npm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.dateline.geo.GazetteerFormatException;

/** Reads the packages' JSON files; malformed or truncated JSON is an error naming the file and line. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What is done with one object's values. */
    @FunctionalInterface
    interface Row {
        void accept(String[] values) throws IOException;
    }

    private Json() {
    }

    /** The whole file as a tree, for the small files. */
    static JsonNode tree(Path file) throws IOException {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        }
    }

    /**
     * Streams a JSON array of flat objects ({@code [{"name":"Lyon","lat":"45.74846",...}, ...]}) without holding it:
     * gives each object's values of the wanted fields, as text, in the order the fields are asked for. Other fields
     * are skipped; a missing wanted field or one whose value is an object or array is an error, and so is a
     * {@link NumberFormatException} of {@code row}, which is told with the element.
     */
    static void rows(Path file, List<String> fields, Row row) throws IOException {
        try (JsonParser p = MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new GazetteerFormatException(file, 0, "expected a JSON array");
            }
            long element = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                element++;
                if (t != JsonToken.START_OBJECT) {
                    throw problem(file, p, "element " + element + " is not an object");
                }
                String[] values = new String[fields.size()];
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    int i = fields.indexOf(p.currentName());
                    JsonToken value = p.nextToken();
                    if (i < 0) {
                        p.skipChildren();
                    } else if (value.isScalarValue()) {
                        values[i] = p.getValueAsString();
                    } else {
                        throw problem(file, p, "element " + element + ": \"" + fields.get(i) + "\" is not a value");
                    }
                }
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == null) {
                        throw problem(file, p, "element " + element + " has no \"" + fields.get(i) + "\"");
                    }
                }
                try {
                    row.accept(values);
                } catch (NumberFormatException e) {
                    throw problem(file, p, "element " + element + " has a bad number (" + e.getMessage() + ")");
                }
            }
        } catch (JsonProcessingException e) {
            throw malformed(file, e);
        }
    }

    private static GazetteerFormatException malformed(Path file, JsonProcessingException e) {
        return new GazetteerFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                "truncated or malformed JSON: " + e.getOriginalMessage());
    }

    private static GazetteerFormatException problem(Path file, JsonParser p, String what) {
        return new GazetteerFormatException(file, p.currentLocation().getLineNr(), what);
    }
}
