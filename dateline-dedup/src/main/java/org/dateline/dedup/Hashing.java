package org.dateline.dedup;

import java.nio.charset.StandardCharsets;

/**
 * The fixed 64-bit hash functions behind fingerprints. They must never change: fingerprints and band keys are stored,
 * and a stored key computed with another function would never match again.
 */
final class Hashing {
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private Hashing() {
    }

    /** FNV-1a, 64-bit, over the UTF-8 bytes of {@code s} (Fowler, Noll, Vo; IETF draft-eastlake-fnv). */
    static long fnv1a64(String s) {
        long h = FNV_OFFSET_BASIS;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }

    /**
     * The SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijection on 64-bit values whose every output bit depends
     * on every input bit. FNV-1a alone mixes its high bits poorly on short strings, which SimHash needs.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** The {@code i}-th MinHash permutation of a shingle hash: {@code mix(x xor mix(GOLDEN_GAMMA * (i + 1)))}. */
    static long permute(long shingle, int i) {
        return mix(shingle ^ mix(GOLDEN_GAMMA * (i + 1)));
    }
}
