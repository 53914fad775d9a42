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
import java.util.SplittableRandom;

/**
 * Requests of analysts panning and zooming the map, each to a view nobody asked for before, so that the server's
 * response cache never has the answer: a view is centred near a place of the corpus's events (within
 * {@value #JITTER_DEGREES} degrees), at a zoom from {@value #MIN_ZOOM} to {@value #MAX_ZOOM}, {@value #WIDTH} by
 * {@value #HEIGHT} pixels. Each view asks the given {@code /api/events} URL with the view's {@code bbox} and, with
 * tiles, then the place names of every 256-pixel tile the view covers ({@code /api/places/z/x/y}), as the page does.
 * Each client draws its views from its own seeded random sequence, so a run can be repeated.
 */
public final class MapViews implements HttpLoad.Requests {
    static final int MIN_ZOOM = 4;
    static final int MAX_ZOOM = 12;
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final double JITTER_DEGREES = 2;
    private static final int TILE = 256;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI events;
    private final List<double[]> places;
    private final boolean tiles;
    private final long seed;
    private final ThreadLocal<Client> clients = new ThreadLocal<>();

    MapViews(URI events, List<double[]> places, boolean tiles, long seed) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("no event of the corpus has a place to centre a map view on");
        }
        this.events = events;
        this.places = List.copyOf(places);
        this.tiles = tiles;
        this.seed = seed;
    }

    /**
     * Views around the places of the corpus's first 1,000 events, read from the server of {@code events} (an
     * {@code /api/events} URL, which may carry filters; its {@code bbox} is the view's).
     */
    public static MapViews of(URI events, boolean tiles, long seed) throws IOException, InterruptedException {
        if (!events.getPath().endsWith("/api/events")) {
            throw new IllegalArgumentException("map views vary an /api/events URL, got " + events);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI first = events.resolve("/api/events?limit=1000");
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(first).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + first + " answered " + r.statusCode() + ": " + r.body());
        }
        List<double[]> places = new ArrayList<>();
        for (JsonNode e : JSON.readTree(r.body()).path("items")) {
            JsonNode place = e.path("place");
            if (place.has("lat") && place.has("lon")) {
                places.add(new double[] {place.get("lat").asDouble(), place.get("lon").asDouble()});
            }
        }
        return new MapViews(events, places, tiles, seed);
    }

    /** A description for people: what one view asks. */
    public String describe() {
        return String.format(Locale.ROOT, "a new map view every %s (zoom %d-%d, %dx%d px, within %.0f degrees of one"
                        + " of %d event places): %s&bbox=VIEW%s", tiles ? "step" : "request", MIN_ZOOM, MAX_ZOOM,
                WIDTH, HEIGHT, JITTER_DEGREES, places.size(), events, tiles ? ", then /api/places/Z/X/Y of each"
                        + " tile of the view" : "");
    }

    @Override
    public URI next(int client, long n) {
        Client c = clients.get();
        if (c == null || c.index != client) {
            c = new Client(client, new SplittableRandom(seed * 1_000_003L + client));
            clients.set(c);
        }
        return c.next();
    }

    /** The pixel x of a longitude at a zoom (Web Mercator, 256-pixel tiles). */
    static double x(double lon, int zoom) {
        return (lon + 180) / 360 * TILE * (1L << zoom);
    }

    /** The pixel y of a latitude at a zoom. */
    static double y(double lat, int zoom) {
        double s = Math.sin(Math.toRadians(Math.max(-85, Math.min(85, lat))));
        return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * TILE * (1L << zoom);
    }

    static double lon(double x, int zoom) {
        return x / (TILE * (1L << zoom)) * 360 - 180;
    }

    static double lat(double y, int zoom) {
        double n = Math.PI - 2 * Math.PI * y / (TILE * (1L << zoom));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** One client's walk: a view, then (with tiles) its tiles, then the next view. */
    private final class Client {
        final int index;
        final SplittableRandom random;
        final List<URI> queue = new ArrayList<>();
        int at;

        Client(int index, SplittableRandom random) {
            this.index = index;
            this.random = random;
        }

        URI next() {
            if (at == queue.size()) {
                queue.clear();
                at = 0;
                view();
            }
            return queue.get(at++);
        }

        private void view() {
            double[] p = places.get(random.nextInt(places.size()));
            int zoom = random.nextInt(MIN_ZOOM, MAX_ZOOM + 1);
            double lat = Math.max(-80, Math.min(80, p[0] + random.nextDouble(-JITTER_DEGREES, JITTER_DEGREES)));
            double lon = Math.max(-179, Math.min(179, p[1] + random.nextDouble(-JITTER_DEGREES, JITTER_DEGREES)));
            double cx = x(lon, zoom);
            double cy = y(lat, zoom);
            double world = TILE * (double) (1L << zoom);
            double left = Math.max(0, cx - WIDTH / 2.0);
            double right = Math.min(world - 1, cx + WIDTH / 2.0);
            double top = Math.max(0, cy - HEIGHT / 2.0);
            double bottom = Math.min(world - 1, cy + HEIGHT / 2.0);
            String bbox = String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%.5f", lon(left, zoom), lat(bottom, zoom),
                    lon(right, zoom), lat(top, zoom));
            String s = events.toString();
            queue.add(URI.create(s + (events.getRawQuery() == null ? "?" : "&") + "bbox="
                    + URLEncoder.encode(bbox, StandardCharsets.UTF_8)));
            if (tiles) {
                for (int ty = (int) (top / TILE); ty <= (int) (bottom / TILE); ty++) {
                    for (int tx = (int) (left / TILE); tx <= (int) (right / TILE); tx++) {
                        queue.add(events.resolve("/api/places/" + zoom + "/" + tx + "/" + ty));
                    }
                }
            }
        }
    }
}
