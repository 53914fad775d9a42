package org.dateline.feeds;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.dateline.model.text.Messages;

/**
 * A polite, robust HTTP fetcher (the JDK's {@link HttpClient}): robots.txt honoured (crawler-commons'
 * {@link SimpleRobotRulesParser}, cached per host for {@link FetchPolicy#robotsTtl()}), one request at a time per
 * host at most one per {@link FetchPolicy#perHost()} (or the Crawl-delay robots.txt asks, up to 30 s), conditional
 * GETs, timeouts, bounded retries with exponential backoff (honouring a short Retry-After), redirects followed up to a
 * limit (a loop is caught at once), a size limit on the decompressed body, gzip, an identifying User-Agent. Every
 * failure is a {@link Fetch} with a one-line problem, never an exception. Thread-safe.
 */
public final class Fetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final int CHUNK = 64 * 1024;
    /** Cuts off bodies that arrive too slowly: one daemon thread for all fetchers. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dateline-fetch-deadlines");
        t.setDaemon(true);
        return t;
    });
    private final FetchPolicy policy;
    private final HttpClient client;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final HostGate gate;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();

    /** A host's robots.txt rules and when they were fetched. */
    private record Robots(BaseRobotRules rules, long fetchedAt) {
    }

    public Fetcher(FetchPolicy policy) {
        this(policy, Sleeper.SYSTEM, System::nanoTime);
    }

    Fetcher(FetchPolicy policy, Sleeper sleeper, LongSupplier nanoTime) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
        this.gate = new HostGate(sleeper, nanoTime);
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        robotsParser.setMaxCrawlDelay(FetchPolicy.MAX_CRAWL_DELAY.toMillis());
    }

    /**
     * Fetches {@code address}, conditionally on {@code validators}, accepting a body whose media type {@code accept}
     * allows (a refused type is a failure naming it).
     */
    public Fetch get(URI address, Fetch.Validators validators, Predicate<String> accept) {
        Objects.requireNonNull(address, "address");
        URI current = address;
        Set<URI> seen = new HashSet<>();
        try {
            for (int hop = 0; ; hop++) {
                String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https") || current.getHost() == null) {
                    return Fetch.failed(current, 0, "not an http(s) address", false);
                }
                if (!seen.add(current)) {
                    return Fetch.failed(address, 0, "redirect loop at " + current, false);
                }
                BaseRobotRules rules = robots(current);
                if (!rules.isAllowed(current.toString())) {
                    return Fetch.failed(current, 0, "refused by robots.txt", false);
                }
                Response r = request(current, hop == 0 ? validators : Fetch.Validators.NONE, rules);
                if (r.failure() != null) {
                    return r.failure();
                }
                HttpResponse<InputStream> response = r.response();
                int status = response.statusCode();
                if (REDIRECTS.contains(status)) {
                    Optional<String> location = response.headers().firstValue("Location");
                    closeQuietly(response.body());
                    if (location.isEmpty()) {
                        return Fetch.failed(current, status, "HTTP " + status + " without a Location", false);
                    }
                    if (hop >= policy.maxRedirects()) {
                        return Fetch.failed(address, status, "more than " + policy.maxRedirects() + " redirects",
                                false);
                    }
                    current = current.resolve(location.get().strip());
                    continue;
                }
                return body(current, response, accept);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetch.failed(current, 0, "interrupted", true);
        } catch (IllegalArgumentException e) {
            return Fetch.failed(current, 0, "bad address (" + e.getMessage() + ")", false);
        }
    }

    /** A response to read, or the failure that ended the request. */
    private record Response(HttpResponse<InputStream> response, Fetch failure) {
    }

    /** Makes the request, retrying what may pass; a 5xx or 429 after the last try is a (retryable) failure. */
    private Response request(URI uri, Fetch.Validators validators, BaseRobotRules rules) throws InterruptedException {
        Duration interval = policy.perHost();
        if (rules.getCrawlDelay() > 0) {
            interval = interval.compareTo(Duration.ofMillis(rules.getCrawlDelay())) >= 0 ? interval
                    : Duration.ofMillis(rules.getCrawlDelay());
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(policy.requestTimeout())
                .header("User-Agent", policy.userAgent()).header("Accept-Encoding", "gzip");
        if (validators.etag() != null) {
            builder.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            builder.header("If-Modified-Since", validators.lastModified());
        }
        HttpRequest request = builder.build();
        Duration backoff = policy.backoff();
        String problem = null;
        int status = 0;
        for (int attempt = 0; attempt <= policy.retries(); attempt++) {
            if (attempt > 0) {
                sleeper.sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
            try {
                HttpResponse<InputStream> response = exchange(request, interval);
                status = response.statusCode();
                if (status < 500 && status != 429) {
                    return new Response(response, null);
                }
                closeQuietly(response.body());
                problem = "HTTP " + status;
                Optional<Duration> retryAfter = response.headers().firstValue("Retry-After")
                        .flatMap(Fetcher::seconds);
                if (retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0) {
                    if (retryAfter.get().compareTo(FetchPolicy.MAX_CRAWL_DELAY) > 0) {
                        break;
                    }
                    backoff = retryAfter.get();
                }
            } catch (HttpTimeoutException e) {
                problem = "timed out";
                status = 0;
            } catch (IOException e) {
                problem = "cannot connect (" + Messages.brief(e) + ")";
                status = 0;
            }
        }
        String tries = policy.retries() == 0 ? "" : " (" + (policy.retries() + 1) + " tries)";
        return new Response(null, Fetch.failed(uri, status, problem + tries, true));
    }

    /** Sends the request in the host's turn; a response's body must be read or closed. */
    private HttpResponse<InputStream> exchange(HttpRequest request, Duration interval)
            throws IOException, InterruptedException {
        URI uri = request.uri();
        try {
            return gate.enter(uri.getHost() + ":" + uri.getPort(), interval, () -> {
                try {
                    return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the body is not wanted
        }
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Reads the body of a final (not redirecting) response. */
    private Fetch body(URI uri, HttpResponse<InputStream> response, Predicate<String> accept) {
        int status = response.statusCode();
        Fetch.Validators validators = new Fetch.Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        try (InputStream raw = response.body()) {
            if (status == 304) {
                return new Fetch(Fetch.Outcome.NOT_MODIFIED, uri, status, null, null, null, validators, null, false);
            }
            if (status < 200 || status > 299) {
                return Fetch.failed(uri, status, "HTTP " + status, status == 408);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!accept.test(mediaType)) {
                return Fetch.failed(uri, status, "unexpected content type " + (mediaType.isEmpty() ? "(none)"
                        : mediaType), false);
            }
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean gzip = response.headers().allValues("Content-Encoding").stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("gzip"));
            if (declared > policy.maxBytes() && !gzip) {
                return Fetch.failed(uri, status, "too large: " + declared + " bytes, over the limit of "
                        + policy.maxBytes(), false);
            }
            byte[] body = readLimited(gzip ? new GZIPInputStream(raw) : raw);
            if (body == null) {
                return Fetch.failed(uri, status, "too large: over the limit of " + policy.maxBytes() + " bytes",
                        false);
            }
            return new Fetch(Fetch.Outcome.OK, uri, status, mediaType.isEmpty() ? null : mediaType,
                    charset(contentType), body, validators, null, false);
        } catch (HttpTimeoutException e) {
            return Fetch.failed(uri, status, "timed out while reading the body", true);
        } catch (IOException e) {
            return Fetch.failed(uri, status, "cannot read the body (" + Messages.brief(e) + ")", true);
        }
    }

    /**
     * The stream's bytes, or null when there are more than the limit. A body still arriving after the request
     * timeout is cut off (its stream closed), and the read fails with a timeout.
     */
    private byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        boolean[] cut = new boolean[1];
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            cut[0] = true;
            try {
                in.close();
            } catch (IOException e) {
                // closing is all that is wanted
            }
        }, policy.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                total += n;
                if (total > policy.maxBytes()) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (cut[0]) {
                throw new HttpTimeoutException("the body took longer than " + policy.requestTimeout().toSeconds()
                        + " s");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
        if (cut[0]) {
            throw new HttpTimeoutException("the body took longer than " + policy.requestTimeout().toSeconds() + " s");
        }
        return out.toByteArray();
    }

    private static String charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String value = p.substring("charset=".length()).replace("\"", "").strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /**
     * The rules of the host's robots.txt, fetched when missing or older than the policy's TTL: a missing file (4xx)
     * allows everything; a server error or no answer forbids everything for now (RFC 9309), and is asked again on the
     * next fetch after a minute.
     */
    private BaseRobotRules robots(URI uri) throws InterruptedException {
        String origin = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        Robots cached = robots.get(origin);
        long now = nanoTime.getAsLong();
        if (cached != null && now - cached.fetchedAt() < ttl(cached.rules()).toNanos()) {
            return cached.rules();
        }
        URI robotsUri = URI.create(origin + "/robots.txt");
        BaseRobotRules rules = fetchRobots(robotsUri);
        robots.put(origin, new Robots(rules, nanoTime.getAsLong()));
        return rules;
    }

    private Duration ttl(BaseRobotRules rules) {
        return rules.isAllowNone() ? Duration.ofMinutes(1) : policy.robotsTtl();
    }

    private BaseRobotRules fetchRobots(URI robotsUri) throws InterruptedException {
        URI current = robotsUri;
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            HttpRequest request = HttpRequest.newBuilder(current).GET().timeout(policy.requestTimeout())
                    .header("User-Agent", policy.userAgent()).build();
            try {
                HttpResponse<InputStream> response = exchange(request, policy.perHost());
                int status = response.statusCode();
                Optional<String> location = response.headers().firstValue("Location");
                try (InputStream in = response.body()) {
                    if (REDIRECTS.contains(status) && location.isPresent()) {
                        current = current.resolve(location.get().strip());
                        continue;
                    }
                    if (status < 200 || status > 299) {
                        return robotsParser.failedFetch(status);
                    }
                    byte[] body = readLimited(in);
                    if (body == null) {
                        return robotsParser.failedFetch(404);
                    }
                    return robotsParser.parseContent(robotsUri.toString(), body,
                            response.headers().firstValue("Content-Type").orElse("text/plain"),
                            List.of(FetchPolicy.ROBOT_NAME.toLowerCase(Locale.ROOT)));
                }
            } catch (IOException | IllegalArgumentException e) {
                return robotsParser.failedFetch(503);
            }
        }
        return robotsParser.failedFetch(404);
    }
}
