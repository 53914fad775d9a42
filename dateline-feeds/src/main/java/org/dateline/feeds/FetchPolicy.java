package org.dateline.feeds;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently the {@link Fetcher} fetches.
 *
 * @param userAgent       the User-Agent header, naming Dateline (robots.txt rules are looked up by its first word)
 * @param perHost         the least time between two requests to one host (robots.txt's Crawl-delay may ask for more)
 * @param connectTimeout  the longest a connection may take to open
 * @param requestTimeout  the longest a response may take to arrive, headers and body
 * @param retries         how many times a request that failed in a way that may pass (a timeout, a 5xx or 429) is
 *                        made again
 * @param backoff         the wait before the first retry; it doubles with each one
 * @param maxRedirects    redirects followed at most
 * @param maxBytes        the largest body read, after decompression
 * @param robotsTtl       how long a host's robots.txt is kept before it is fetched again
 */
public record FetchPolicy(String userAgent, Duration perHost, Duration connectTimeout, Duration requestTimeout,
                          int retries, Duration backoff, int maxRedirects, long maxBytes, Duration robotsTtl) {
    /** The User-Agent's product name: the name robots.txt groups are matched against. */
    public static final String ROBOT_NAME = "Dateline";
    /** The User-Agent unless the user gives one (with a contact address, as sites ask of crawlers). */
    public static final String DEFAULT_USER_AGENT = ROBOT_NAME + "/0.1 (news event extraction)";
    /** The longest wait robots.txt's Crawl-delay is allowed to impose between two requests to a host. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);

    public FetchPolicy {
        Objects.requireNonNull(userAgent, "userAgent");
        for (Duration d : new Duration[] {perHost, connectTimeout, requestTimeout, backoff, robotsTtl}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must be given and not negative");
            }
        }
        if (retries < 0 || maxRedirects < 0 || maxBytes < 1) {
            throw new IllegalArgumentException("retries and redirects must be 0 or more, maxBytes positive");
        }
    }

    /**
     * One request a second per host, 10 s to connect, 30 s for a response, 2 retries from 2 s, 5 redirects, 10 MB,
     * robots.txt kept an hour.
     */
    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_USER_AGENT,
                Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 2, Duration.ofSeconds(2), 5,
                10L << 20, Duration.ofHours(1));
    }

    /** This policy with another least time between two requests to one host. */
    public FetchPolicy withPerHost(Duration perHost) {
        return new FetchPolicy(userAgent, perHost, connectTimeout, requestTimeout, retries, backoff, maxRedirects,
                maxBytes, robotsTtl);
    }

    /** This policy with another User-Agent; it must start with {@link #ROBOT_NAME} (robots.txt groups match it). */
    public FetchPolicy withUserAgent(String userAgent) {
        if (!userAgent.startsWith(ROBOT_NAME)) {
            throw new IllegalArgumentException("the User-Agent must start with " + ROBOT_NAME + ", got " + userAgent);
        }
        return new FetchPolicy(userAgent, perHost, connectTimeout, requestTimeout, retries, backoff, maxRedirects,
                maxBytes, robotsTtl);
    }

    /** This policy with other timeouts. */
    public FetchPolicy withTimeouts(Duration connect, Duration request) {
        return new FetchPolicy(userAgent, perHost, connect, request, retries, backoff, maxRedirects, maxBytes,
                robotsTtl);
    }

    /** This policy with another retry schedule. */
    public FetchPolicy withRetries(int retries, Duration backoff) {
        return new FetchPolicy(userAgent, perHost, connectTimeout, requestTimeout, retries, backoff, maxRedirects,
                maxBytes, robotsTtl);
    }

    /** This policy with another size limit. */
    public FetchPolicy withMaxBytes(long maxBytes) {
        return new FetchPolicy(userAgent, perHost, connectTimeout, requestTimeout, retries, backoff, maxRedirects,
                maxBytes, robotsTtl);
    }
}
