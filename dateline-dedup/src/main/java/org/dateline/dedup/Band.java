package org.dateline.dedup;

import java.io.Serializable;

/**
 * One locality-sensitive hashing band of a {@link StoryFingerprint}: two fingerprints sharing a band are candidate
 * near-duplicates. Bands {@code 0 .. MINHASH_BANDS - 1} are MinHash bands, the next {@code SIMHASH_BANDS} are
 * 16-bit slices of the SimHash.
 *
 * @param index which band
 * @param key   the band's value: a hash of its MinHash rows, or the SimHash slice
 */
public record Band(int index, long key) implements Serializable {
    public Band {
        if (index < 0 || index >= StoryFingerprint.BANDS) {
            throw new IllegalArgumentException("band index " + index + " outside 0.." + (StoryFingerprint.BANDS - 1));
        }
    }
}
