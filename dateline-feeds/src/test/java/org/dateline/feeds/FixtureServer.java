package org.dateline.feeds;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local HTTP server (loopback only) serving fixture feeds, sitemaps and pages from routes the test sets and changes;
 * it counts the requests per path and keeps their headers. Paths without a route answer 404.
 */
final class FixtureServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final List<Headers> requests = new CopyOnWriteArrayList<>();

    /** What answers a path. */
    @FunctionalInterface
    interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    FixtureServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void route(String path, Route route) {
        routes.put(path, route);
    }

    /** Serves {@code body} with the content type at {@code path}. */
    void serve(String path, String contentType, String body) {
        route(path, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    int hits(String path) {
        return hits.getOrDefault(path, 0);
    }

    /** The request headers of every request to {@code path}, in order. */
    List<Headers> requestsTo(String path) {
        return requests.stream().filter(h -> path.equals(h.getFirst("X-Fixture-Path"))).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        Headers copy = new Headers();
        copy.putAll(ex.getRequestHeaders());
        copy.add("X-Fixture-Path", path);
        requests.add(copy);
        Route route = routes.get(path);
        try {
            if (route == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                route.answer(ex);
            }
        } finally {
            ex.close();
        }
    }

    static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** An RSS 2.0 feed of the items, each a (path, title, RFC 822 date) triple. */
    static String rss(FixtureServer server, String title, String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                + "<channel><title>" + title + "</title><link>" + server.uri("/") + "</link><description>fixture"
                + "</description>");
        for (int i = 0; i + 2 < items.length; i += 3) {
            xml.append("<item><title>").append(items[i + 1]).append("</title><link>").append(server.uri(items[i]))
                    .append("</link><pubDate>").append(items[i + 2]).append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** A news page whose main text is {@code text} (paragraphs split on blank lines). */
    static String page(String title, String text) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>" + title + "</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>" + title + "</h1>");
        for (String p : text.split("\n\n")) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>Fixture News</footer></body></html>").toString();
    }
}
