package org.dateline.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * On a loopback server, every request must name a loopback host in its Host header (localhost, 127.0.0.1, [::1]):
 * otherwise a web page whose domain is made to resolve to 127.0.0.1 (DNS rebinding) could read the corpus and post to
 * it as if it were this page. A server on another address serves any Host.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(?:\\.[0-9]{1,3}){3}");
    private final boolean active;
    private final String configured;

    HostCheck(DeskConfig config) {
        this.active = config.loopback();
        this.configured = config.host().toLowerCase(Locale.ROOT);
    }

    void check(Context ctx) {
        if (!active) {
            return;
        }
        String host = hostName(ctx.header("Host"));
        boolean local = host != null
                && (LOOPBACK.contains(host) || host.equals(configured) || LOOPBACK_V4.matcher(host).matches());
        if (!local) {
            throw new ApiException(403, "this server answers requests for localhost only (Host: "
                    + (host == null ? "none" : host) + ")");
        }
    }

    /** The host of a Host header, without the port, in lower case; null when there is none. */
    private static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
