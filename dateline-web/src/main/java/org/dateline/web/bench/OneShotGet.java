package org.dateline.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A GET on a connection of its own, closed after the answer ({@code Connection: close}): what a client that never
 * keeps a connection alive costs the server (a TCP handshake and an accept per request). Plain HTTP only.
 */
final class OneShotGet {
    private OneShotGet() {
    }

    /** The status code of the answer, after reading it whole. */
    static int get(URI url, Duration timeout) throws IOException {
        if (!"http".equals(url.getScheme())) {
            throw new IOException("new connections per request need an http:// URL, got " + url);
        }
        int port = url.getPort() < 0 ? 80 : url.getPort();
        String target = url.getRawPath() + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + (target.isEmpty() ? "/" : target) + " HTTP/1.1\r\nHost: " + url.getRawAuthority()
                    + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            in.transferTo(OutputStream.nullOutputStream());
            String status = new String(head, StandardCharsets.US_ASCII);
            if (head.length < 12 || !status.startsWith("HTTP/1.")) {
                throw new IOException("no HTTP answer (" + head.length + " bytes)");
            }
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
