package org.dateline.geo.npm;

/**
 * Ids for entries the packages give without a GeoNames id: negative, and a pure function of a key naming the entry
 * (its kind, country, codes, name, position), so the same inputs give the same ids in every build and an entry keeps
 * its id when others are added or removed. The magnitude stays below 2^53 so the id survives a JSON double. Two keys
 * share an id with a probability of about n²/2^54 (under one in a million for the ~10^5 synthetic entries).
 */
final class SyntheticIds {
    private SyntheticIds() {
    }

    static long of(String key) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the UTF-16 units
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L; // splitmix64 finaliser: spreads FNV's weak high bits
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return -1 - (h >>> 11);
    }
}
