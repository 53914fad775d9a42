package org.dateline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the desk server runs, validated once at start-up.
 *
 * @param host         the address to listen on: 127.0.0.1 (the default) serves this machine only; any other
 *                     address refuses to take articles unless a token is set
 * @param port         the port, 0 for any free one
 * @param token        the bearer token every POST must carry, or null (then only a loopback server takes articles)
 * @param tiles        a map tile URL template ({@link TileSource}), or null for the page's own basemap
 * @param attribution  the tiles' attribution (HTML is not interpreted), or null
 * @param vendor       the folder holding the npm packages the page loads ({@code web/node_modules}), or null
 * @param maxBodyBytes the largest request body taken (413 beyond)
 */
public record DeskConfig(String host, int port, String token, TileSource tiles, String attribution, Path vendor,
                         int maxBodyBytes) {
    /** The address a desk listens on by default: this machine only. */
    public static final String LOCALHOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;
    /** The default limit of a request body: 2 MB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;
    /** A token shorter than this is too easy to guess. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public DeskConfig {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be in [0, 65535], got " + port);
        }
        if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new IllegalArgumentException("the token must be at least " + MIN_TOKEN_LENGTH
                    + " printable ASCII characters without spaces, got " + token.length() + " characters");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
        }
    }

    /** A server on 127.0.0.1:{@code port}, without token, tiles or vendor folder. */
    public static DeskConfig local(int port) {
        return new DeskConfig(LOCALHOST, port, null, null, null, null, DEFAULT_MAX_BODY_BYTES);
    }

    public DeskConfig withHost(String address) {
        return new DeskConfig(address, port, token, tiles, attribution, vendor, maxBodyBytes);
    }

    public DeskConfig withToken(String secret) {
        return new DeskConfig(host, port, secret, tiles, attribution, vendor, maxBodyBytes);
    }

    public DeskConfig withTiles(TileSource source, String credit) {
        return new DeskConfig(host, port, token, source, credit, vendor, maxBodyBytes);
    }

    public DeskConfig withVendor(Path folder) {
        return new DeskConfig(host, port, token, tiles, attribution, folder, maxBodyBytes);
    }

    /** Whether the server listens on a loopback address only (127.0.0.0/8, ::1, localhost). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether POST /api/articles may be taken at all: on a loopback server, or with a token. */
    public boolean takesArticles() {
        return token != null || loopback();
    }

    @Override
    public String toString() {
        // never print the token
        return "DeskConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "set")
                + ", tiles=" + tiles + ", vendor=" + vendor + ", maxBodyBytes=" + maxBodyBytes + "]";
    }
}
