package org.dateline.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One visit to a watched source, as the source's health counts it.
 *
 * @param address        the source as given
 * @param kind           what it turned out to be, or null when the visit failed before that was known
 * @param at             when the visit began
 * @param error          why the source itself could not be read, one line; null when it was read (or not modified)
 * @param etag           the validators to send next time (null: keep the stored ones; empty: forget them, so that the
 *                       next visit reads the source in full); stored only after a success
 * @param lastModified   see {@code etag}
 * @param itemsSeen      items it listed that were new to the corpus
 * @param articlesStored new articles stored from its items
 * @param itemErrors     its items that failed on this visit
 */
public record SourceFetch(String address, SourceKind kind, Instant at, String error, String etag, String lastModified,
                          int itemsSeen, int articlesStored, int itemErrors) {
    public SourceFetch {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the source itself was read. */
    public boolean succeeded() {
        return error == null;
    }
}
