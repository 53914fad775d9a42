package org.dateline.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The JSON answers of read routes, kept while the corpus is unchanged: an answer is reused only for the same path and
 * query and the same {@code CorpusStore.dataVersion()} (which any commit changes, a posted article's or another
 * process's). The least recently used answers go first once there are more than {@code maxEntries} or they hold more
 * than {@code maxBytes}; an answer over {@link #MAX_ENTRY_BYTES} is not kept. Errors are never kept: only answers that
 * were computed. Thread-safe.
 */
final class ResponseCache {
    /** The largest answer kept (a page of 1,000 events is about 900 kB). */
    static final int MAX_ENTRY_BYTES = 2 * 1024 * 1024;
    private final LongSupplier version;
    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    private record Entry(long version, byte[] body) {
    }

    ResponseCache(LongSupplier version, int maxEntries, long maxBytes) {
        if (maxEntries < 0 || maxBytes < 0) {
            throw new IllegalArgumentException("cache limits must be 0 or more, got " + maxEntries + " entries, "
                    + maxBytes + " bytes");
        }
        this.version = version;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The answer kept for {@code key} at the current data version, else {@code compute}'s (then kept). */
    byte[] get(String key, Supplier<byte[]> compute) {
        long now = version.getAsLong();
        synchronized (this) {
            Entry e = entries.get(key);
            if (e != null && e.version() == now) {
                return e.body();
            }
        }
        // computed outside the lock; data committed meanwhile has a newer version, so this is never served for it
        byte[] body = compute.get();
        if (body.length <= MAX_ENTRY_BYTES) {
            keep(key, new Entry(now, body));
        }
        return body;
    }

    private synchronized void keep(String key, Entry entry) {
        Entry old = entries.put(key, entry);
        bytes += entry.body().length - (old == null ? 0 : old.body().length);
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().getValue().body().length;
            eldest.remove();
        }
    }
}
