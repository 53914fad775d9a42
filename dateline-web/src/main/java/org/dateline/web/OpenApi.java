package org.dateline.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the OpenAPI 3.0 description of the API, a resource beside this class. */
final class OpenApi {
    static final String RESOURCE = "openapi.json";
    private static final byte[] DOCUMENT = load();

    private OpenApi() {
    }

    static void serve(Context ctx) {
        QueryParams.of(ctx, java.util.Set.of());
        ctx.contentType(JsonResponses.CONTENT_TYPE).result(DOCUMENT);
    }

    static byte[] load() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing beside " + OpenApi.class);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
