package org.dateline.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** The page: {@code /} is index.html, {@code /static/*} the other files beside it, all read from the classpath. */
final class PageFiles {
    private static final String ROOT = "/org/dateline/web/static/";

    private PageFiles() {
    }

    /** {@code GET /}. */
    static void index(Context ctx) {
        send(ctx, "index.html");
    }

    /** {@code GET /static/<path>}. */
    static void file(Context ctx) {
        send(ctx, ctx.pathParam("path"));
    }

    private static void send(Context ctx, String path) {
        String type = FileTypes.typeOf(path);
        byte[] bytes = type == null ? null : read(path);
        if (bytes == null) {
            throw ApiException.notFound("no file '" + path + "'");
        }
        ctx.header("Cache-Control", "no-cache").contentType(type).result(bytes);
    }

    private static byte[] read(String path) {
        try (InputStream in = PageFiles.class.getResourceAsStream(ROOT + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the page's file " + path, e);
        }
    }
}
