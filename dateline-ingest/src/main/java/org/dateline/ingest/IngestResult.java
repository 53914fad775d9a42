package org.dateline.ingest;

import java.time.Duration;

/**
 * What an ingest did.
 *
 * @param progress     the counts at the end
 * @param articles     articles in the store afterwards
 * @param stories      stories they form (copies of one story count once)
 * @param events       event reports stored
 * @param mergedEvents events after merging reports across articles
 * @param mergeTime    time spent merging events at the end
 */
public record IngestResult(IngestProgress progress, long articles, long stories, long events, long mergedEvents,
                           Duration mergeTime) {
}
