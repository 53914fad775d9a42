package org.dateline.web;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Who may change the corpus (every request but GET, HEAD and OPTIONS), checked before the body is read:
 * <ul>
 * <li>a server on another address than loopback takes no articles without a token (403);</li>
 * <li>with a token, every such request needs {@code Authorization: Bearer <token>} (401), compared in constant
 * time;</li>
 * <li>a browser's cross-origin request is refused (403): another site's page must not post to a local desk;</li>
 * <li>the body must be JSON (415; a form or text/plain post, which a browser sends cross-site without asking, is
 * never taken) and within the size limit (413).</li>
 * </ul>
 */
final class WriteGuard {
    private final DeskConfig config;
    private final byte[] tokenDigest;

    WriteGuard(DeskConfig config) {
        this.config = config;
        this.tokenDigest = config.token() == null ? null : sha256("Bearer " + config.token());
    }

    void check(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        if (!config.takesArticles()) {
            throw new ApiException(403, "this server listens on " + config.host() + " without a token, so it takes"
                    + " no articles; restart it with --token-file FILE (or DATELINE_TOKEN) to allow posting");
        }
        if (tokenDigest != null) {
            String given = ctx.header("Authorization");
            // digests have one length whatever was sent, and isEqual compares them in constant time
            if (given == null || !MessageDigest.isEqual(tokenDigest, sha256(given.strip()))) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"dateline\"");
                throw new ApiException(401, "posting needs the header Authorization: Bearer <token>");
            }
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin, ctx)) {
            throw new ApiException(403, "cross-origin requests may not change the corpus");
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
            throw new ApiException(415, "the body must be JSON, sent with Content-Type: application/json");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxBodyBytes()) {
            throw new ApiException(413, "the body is over the limit of " + config.maxBodyBytes() + " bytes");
        }
    }

    /** Whether the Origin header names the host the request was sent to (its Host header). */
    private static boolean sameOrigin(String origin, Context ctx) {
        try {
            URI uri = new URI(origin);
            String host = ctx.header("Host");
            String authority = uri.getRawAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
