package org.dateline.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Event queries realistic for the corpus a desk serves, made from one {@code /api/events} URL: the URL itself, the two
 * most frequent kinds ({@code /api/stats}), map views ({@value #VIEW_DEGREES} degrees each way) around the first two
 * distinct places of the first page's events, and a kind within a view. A map's views are what the page asks most.
 * Any other URL is loaded as it is.
 */
public final class QueryVariants {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double VIEW_DEGREES = 5;

    private QueryVariants() {
    }

    public static List<URI> of(URI url) throws IOException, InterruptedException {
        if (!url.getPath().endsWith("/api/events")) {
            return List.of(url);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> kinds = new ArrayList<>();
        get(client, url.resolve("/api/stats")).path("kinds").forEach(k -> kinds.add(k.get("code").asText()));
        List<double[]> centres = new ArrayList<>();
        for (JsonNode e : get(client, url).path("items")) {
            JsonNode place = e.path("place");
            if (place.has("lat") && place.has("lon") && centres.size() < 2) {
                double lat = place.get("lat").asDouble();
                double lon = place.get("lon").asDouble();
                if (centres.stream().noneMatch(c -> Math.abs(c[0] - lat) < VIEW_DEGREES
                        && Math.abs(c[1] - lon) < VIEW_DEGREES)) {
                    centres.add(new double[] {lat, lon});
                }
            }
        }
        List<String> views = centres.stream().map(c -> String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f",
                Math.max(-180, c[1] - VIEW_DEGREES), Math.max(-90, c[0] - VIEW_DEGREES),
                Math.min(180, c[1] + VIEW_DEGREES), Math.min(90, c[0] + VIEW_DEGREES))).toList();
        List<URI> variants = new ArrayList<>(List.of(url));
        kinds.stream().limit(2).forEach(k -> variants.add(with(url, "type=" + enc(k))));
        views.forEach(v -> variants.add(with(url, "bbox=" + enc(v))));
        if (!kinds.isEmpty() && !views.isEmpty()) {
            variants.add(with(url, "type=" + enc(kinds.get(0)) + "&bbox=" + enc(views.get(0))));
        }
        return variants;
    }

    private static URI with(URI url, String parameters) {
        String s = url.toString();
        return URI.create(s + (url.getRawQuery() == null ? "?" : "&") + parameters);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
