package org.dateline.store;

import java.util.Objects;

/**
 * What became of one item a source listed.
 *
 * @param address   the item's normalised address (a URL, or a file's URI)
 * @param source    the source that listed it (its address as given)
 * @param state     where it stands
 * @param articleId the article stored from it, or the stored one it repeats; null when it failed
 * @param attempts  how many times it was fetched
 * @param lastError why it last failed, one line; null when it did not
 */
public record ItemRecord(String address, String source, ItemState state, String articleId, int attempts,
                         String lastError) {
    public ItemRecord {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be 0 or more, got " + attempts);
        }
    }
}
