package org.dateline.cli.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.nodes.Entities;

/**
 * A local news site for the feeds benchmark, on the loopback interface only: feeds ({@code /feed/N.xml}, RSS 2.0,
 * newest item first) of pages ({@code /page/ID.html}) held in memory; items are added while it runs.
 */
public final class FeedSite implements AutoCloseable {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<Integer, List<String>> feeds = new ConcurrentHashMap<>();
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();

    public FeedSite(int feedCount) throws IOException {
        for (int i = 0; i < feedCount; i++) {
            feeds.put(i, new ArrayList<>());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** The address of feed {@code n}. */
    public String feed(int n) {
        return base() + "/feed/" + n + ".xml";
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Adds a page to feed {@code n}: its title, publication date and paragraphs. */
    public void add(int n, String id, String title, LocalDate date, String text) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(Entities.escape(title)).append("</title><meta property=\"article:published_time\" content=\"")
                .append(date).append("T08:00:00Z\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>")
                .append(Entities.escape(title)).append("</h1>");
        for (String p : text.split("\n\n")) {
            html.append("<p>").append(Entities.escape(p)).append("</p>");
        }
        html.append("</article><footer>Bench Wire</footer></body></html>");
        pages.put("/page/" + id + ".html", html.toString().getBytes(StandardCharsets.UTF_8));
        String item = "<item><title>" + Entities.escape(title) + "</title><link>" + base() + "/page/" + id
                + ".html</link><pubDate>" + RFC_1123.format(date.atStartOfDay(ZoneOffset.UTC)) + "</pubDate></item>";
        List<String> items = feeds.get(n);
        synchronized (items) {
            items.add(0, item);
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            byte[] body = pages.get(path);
            String type = "text/html; charset=utf-8";
            if (body == null && path.startsWith("/feed/") && path.endsWith(".xml")) {
                List<String> items = feeds.get(Integer.parseInt(path.substring(6, path.length() - 4)));
                if (items != null) {
                    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version="
                            + "\"2.0\"><channel><title>Bench Wire</title><link>" + base() + "/</link><description>"
                            + "bench</description>");
                    synchronized (items) {
                        items.forEach(rss::append);
                    }
                    body = rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
                    type = "application/rss+xml";
                }
            }
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            ex.sendResponseHeaders(500, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
