package org.dateline.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.http.Context;

/**
 * Writes responses as JSON in UTF-8: the store's records as {@code JsonLines} writes them (absent fields left out),
 * and the analysis record embedded as dateline/1 JSON ({@link ArticleView}). The characters {@code < > & '} in
 * strings are written as JSON's backslash-u escapes: the same data, but no response can ever read as HTML.
 */
final class JsonResponses {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    private static final ObjectWriter WRITER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL).writer().with(new HtmlEscapes());

    private JsonResponses() {
    }

    static void write(Context ctx, int status, Object body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(bytes(body));
    }

    /** Escapes for {@code < > & '} on top of JSON's own. */
    private static final class HtmlEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlEscapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    static byte[] bytes(Object body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a response record always serialises", e);
        }
    }
}
