package org.dateline.store.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** The one JSON form of the store's records (absent fields left out), one object per line. */
public final class JsonLines {
    private static final ObjectWriter WRITER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL).writer();

    private JsonLines() {
    }

    /** {@code record} as one line of JSON, without the line break. */
    public static String of(Object record) {
        try {
            return WRITER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a store record always serialises", e);
        }
    }
}
