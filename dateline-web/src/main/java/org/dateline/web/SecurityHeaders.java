package org.dateline.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The headers every response carries: a Content-Security-Policy that lets the page load only its own scripts, styles
 * and images (and the map tiles' host, if any), never be framed, and run no inline script; no MIME sniffing; no
 * referrer sent to the tile host.
 */
final class SecurityHeaders {
    private final Map<String, String> headers;

    SecurityHeaders(TileSource tiles) {
        String images = "'self' data:" + (tiles == null ? "" : " " + tiles.origin());
        this.headers = Map.of(
                "Content-Security-Policy", "default-src 'self'; img-src " + images + "; style-src 'self';"
                        + " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer",
                "X-Frame-Options", "DENY");
    }

    void apply(HttpServletResponse response) {
        headers.forEach(response::setHeader);
    }

    Map<String, String> headers() {
        return headers;
    }
}
