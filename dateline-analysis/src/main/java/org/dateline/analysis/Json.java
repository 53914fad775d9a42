package org.dateline.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.dateline.model.AnalyzedArticle;

/** The JSON form of the record ({@code "schema": "dateline/1"}): one object per article, absent fields left out. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    public static String write(AnalyzedArticle record, boolean pretty) {
        try {
            return (pretty ? PRETTY : COMPACT).writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a record always serialises", e);
        }
    }

    /** The compact JSON form of any part of a record (an event, an article), in the record's conventions. */
    public static String writePart(Object part) {
        try {
            return COMPACT.writeValueAsString(part);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a part of a record: " + part.getClass().getName(), e);
        }
    }

    /** Reads a part of a record written by {@link #writePart}. */
    public static <T> T readPart(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static AnalyzedArticle read(String json) {
        try {
            return MAPPER.readValue(json, AnalyzedArticle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a dateline/1 record: " + e.getOriginalMessage(), e);
        }
    }
}
