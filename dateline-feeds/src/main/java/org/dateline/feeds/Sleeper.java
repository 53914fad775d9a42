package org.dateline.feeds;

import java.time.Duration;

/** Waits: the fetcher's pauses between requests and before retries (tests count them instead). */
@FunctionalInterface
public interface Sleeper {
    /** The real wait. */
    Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

    void sleep(Duration duration) throws InterruptedException;
}
