package org.dateline.dedup;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns a text into the set of hashes of its word shingles. */
final class Shingles {
    /** Words per shingle. */
    static final int SIZE = 3;

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Shingles() {
    }

    /**
     * The distinct, sorted {@link Hashing#mix mixed} FNV-1a hashes of the text's {@value #SIZE}-word shingles.
     * Words are lower-cased, apostrophes dropped ("Ukraine's" gives "ukraines") and every other run of characters that
     * are neither letters nor digits splits words. A text of fewer words than a shingle gives one shingle of them all;
     * a text without words gives none.
     */
    static long[] of(String text) {
        String cleaned = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        String[] words = NON_WORD.matcher(cleaned).replaceAll(" ").trim().split(" ");
        if (words.length == 1 && words[0].isEmpty()) {
            return new long[0];
        }
        int n = Math.max(1, words.length - SIZE + 1);
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            String shingle = String.join(" ", Arrays.asList(words).subList(i, Math.min(words.length, i + SIZE)));
            hashes[i] = Hashing.mix(Hashing.fnv1a64(shingle));
        }
        return Arrays.stream(hashes).sorted().distinct().toArray();
    }
}
