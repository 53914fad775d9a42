package org.dateline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.dateline.store.StoreException;

/**
 * Turns every failure into a JSON error {@code {"error": ..., "status": N}}: refused requests with their message
 * (400 for input the library rejects as an IllegalArgumentException), unknown routes 404, and anything else 500 with
 * a generic message and a reference, the details (with the stack trace) going to standard error only.
 */
final class ErrorResponses {
    private ErrorResponses() {
    }

    static void register(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
        app.exception(StoreException.class, ErrorResponses::store);
        app.exception(Exception.class, ErrorResponses::internal);
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    static void write(Context ctx, int status, String message) {
        JsonResponses.write(ctx, status, new ErrorBody(message == null || message.isBlank()
                ? "request refused (HTTP " + status + ")" : message, status));
    }

    /**
     * The corpus cannot take a write (read-only, disk full, damaged) or is busy: 503 with the store's message, which
     * says which; any other store failure is internal.
     */
    private static void store(StoreException e, Context ctx) {
        switch (e.kind()) {
            case READ_ONLY, DISK_FULL, CORRUPT, BUSY -> write(ctx, 503, e.getMessage());
            default -> internal(e, ctx);
        }
    }

    private static void internal(Exception e, Context ctx) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        System.err.println("dateline: internal error " + reference + " on " + ctx.method() + " " + ctx.path() + ": "
                + e);
        e.printStackTrace(System.err);
        write(ctx, 500, "internal error (reference " + reference + "; the details are in the server's log)");
    }
}
