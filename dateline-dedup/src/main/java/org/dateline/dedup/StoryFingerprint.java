package org.dateline.dedup;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What identifies the wording of a story: a 64-bit SimHash and a MinHash signature, both over the text's 3-word
 * shingles (see {@link Shingles}), hashed with FNV-1a 64 and the SplitMix64 finaliser (see {@link Hashing}).
 *
 * <p>Two texts are near-duplicates - copies of one wire story, retitled, trimmed or with a paragraph added - when the
 * MinHash estimate of their shingle Jaccard similarity is at least {@value #MIN_JACCARD}, or their SimHashes differ
 * in at most {@value #MAX_HAMMING} bits. Measured on the synthetic wire stories of {@code StoryFingerprintTest}
 * (exact Jaccard / SimHash bits against the original): retitled with a paragraph rewritten 0.75 / 6, retitled with a
 * paragraph added 0.83 / 8, retitled and cut to five of eight paragraphs 0.62 / 11; a follow-up story from the same
 * wire sharing one background paragraph 0.12 / 24, another outlet's story of the same event 0.00 / 28. The Jaccard
 * threshold sits midway, about 2.5 standard errors of the estimate from either side. SimHash bits separate the cases
 * too (at most 11 against at least 24) but a threshold that wide could not be banded; at {@value #MAX_HAMMING} bits
 * it only catches near-verbatim copies, and keeps a SimHash-backed store able to find them by slice.
 *
 * @param simHash  the SimHash: bit {@code b} is set when more shingle hashes have bit {@code b} set than not
 * @param minHash  the MinHash signature: for each of {@value #PERMUTATIONS} permutations, the least permuted shingle
 *                 hash (all {@code Long.MAX_VALUE} for a text without words)
 * @param shingles how many distinct shingles the text has
 */
public record StoryFingerprint(long simHash, long[] minHash, int shingles) implements Serializable {
    /** MinHash permutations: the standard error of the Jaccard estimate is {@code sqrt(J(1-J)/120)}, 0.046 at 0.5. */
    public static final int PERMUTATIONS = 120;
    /** Least Jaccard estimate of near-duplicates. */
    public static final double MIN_JACCARD = 0.5;
    /** Most SimHash bits near-duplicates may differ in. */
    public static final int MAX_HAMMING = 3;
    /** MinHash rows per LSH band. */
    public static final int ROWS_PER_BAND = 3;
    /**
     * MinHash LSH bands: with 40 bands of 3 rows a pair becomes a candidate with probability {@code 1 - (1 - J^3)^40}:
     * 0.995 at Jaccard 0.5, 0.07 at 0.12.
     */
    public static final int MINHASH_BANDS = PERMUTATIONS / ROWS_PER_BAND;
    /**
     * SimHash bands: 4 slices of 16 bits. Two SimHashes at most 3 bits apart agree on at least one slice, so every
     * pair within {@link #MAX_HAMMING} becomes a candidate.
     */
    public static final int SIMHASH_BANDS = MAX_HAMMING + 1;
    /** All bands. */
    public static final int BANDS = MINHASH_BANDS + SIMHASH_BANDS;

    public StoryFingerprint {
        if (minHash.length != PERMUTATIONS) {
            throw new IllegalArgumentException("minHash has " + minHash.length + " values, not " + PERMUTATIONS);
        }
        if (shingles < 0) {
            throw new IllegalArgumentException("negative shingle count " + shingles);
        }
        minHash = minHash.clone();
    }

    /** The fingerprint of a story's text (its headline and body, as the caller chooses; the same way for all). */
    public static StoryFingerprint of(String text) {
        long[] shingles = Shingles.of(text);
        int[] votes = new int[Long.SIZE];
        long[] minHash = new long[PERMUTATIONS];
        Arrays.fill(minHash, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += (shingle >>> bit & 1L) == 1L ? 1 : -1;
            }
            for (int i = 0; i < PERMUTATIONS; i++) {
                minHash[i] = Math.min(minHash[i], Hashing.permute(shingle, i));
            }
        }
        long simHash = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                simHash |= 1L << bit;
            }
        }
        return new StoryFingerprint(simHash, minHash, shingles.length);
    }

    /** Whether two texts are copies of one story; never for a text without words. */
    public static boolean nearDuplicate(StoryFingerprint a, StoryFingerprint b) {
        if (a.shingles == 0 || b.shingles == 0) {
            return false;
        }
        return a.jaccard(b) >= MIN_JACCARD || a.hamming(b) <= MAX_HAMMING;
    }

    /** The MinHash estimate of the Jaccard similarity of the two texts' shingle sets. */
    public double jaccard(StoryFingerprint other) {
        int same = 0;
        for (int i = 0; i < PERMUTATIONS; i++) {
            if (minHash[i] == other.minHash[i]) {
                same++;
            }
        }
        return (double) same / PERMUTATIONS;
    }

    /** How many bits the two SimHashes differ in. */
    public int hamming(StoryFingerprint other) {
        return Long.bitCount(simHash ^ other.simHash);
    }

    /** The LSH bands, in index order; none for a text without words, which is nobody's near-duplicate. */
    public List<Band> bands() {
        if (shingles == 0) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>(BANDS);
        for (int band = 0; band < MINHASH_BANDS; band++) {
            long key = Hashing.mix(band);
            for (int row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
                key = Hashing.mix(key ^ minHash[row]);
            }
            bands.add(new Band(band, key));
        }
        int width = Long.SIZE / SIMHASH_BANDS;
        for (int slice = 0; slice < SIMHASH_BANDS; slice++) {
            bands.add(new Band(MINHASH_BANDS + slice, simHash >>> (slice * width) & ((1L << width) - 1)));
        }
        return List.copyOf(bands);
    }

    @Override
    public long[] minHash() {
        return minHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoryFingerprint f && simHash == f.simHash && shingles == f.shingles
                && Arrays.equals(minHash, f.minHash);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(simHash) * 31 + Arrays.hashCode(minHash);
    }

    @Override
    public String toString() {
        return "StoryFingerprint[simHash=" + Long.toHexString(simHash) + ", shingles=" + shingles + "]";
    }
}
