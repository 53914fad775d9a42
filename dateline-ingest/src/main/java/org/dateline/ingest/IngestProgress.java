package org.dateline.ingest;

import java.time.Duration;
import java.util.Optional;

/**
 * Where an ingest stands.
 *
 * @param total   articles in the inputs, plus inputs that cannot be read (counted by a first, reading-only pass)
 * @param stored  articles analysed and committed to the store in this run
 * @param skipped articles passed over because the store already had them
 * @param failed  inputs or articles that failed, each reported with its reason
 * @param pending articles analysed but not yet committed
 * @param elapsed time since the run started
 */
public record IngestProgress(long total, long stored, long skipped, long failed, long pending, Duration elapsed) {
    /** Articles dealt with: stored, skipped or failed. */
    public long done() {
        return stored + skipped + failed;
    }

    /** Articles analysed and stored per second in this run, or 0 before the first. */
    public double articlesPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : (stored + pending) / seconds;
    }

    /** The time left at the current rate, when there is a rate. */
    public Optional<Duration> eta() {
        double rate = articlesPerSecond();
        long left = Math.max(0, total - done() - pending);
        return rate <= 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.round(left / rate)));
    }
}
