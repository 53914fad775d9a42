package org.dateline.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** An answer is reused for the same key while the data version holds; a new version, or eviction, computes again. */
class ResponseCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger computed = new AtomicInteger();

    private byte[] answer(String text) {
        computed.incrementAndGet();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameKeyAtTheSameVersionIsComputedOnce() {
        ResponseCache cache = new ResponseCache(version::get, 10, 1_000);
        assertArrayEquals(answer("a"), cache.get("/api/stats?", () -> answer("a")));
        computed.set(0);
        cache.get("/api/stats?", () -> answer("a"));
        cache.get("/api/stats?", () -> answer("a"));
        assertEquals(0, computed.get());
        cache.get("/api/stats?x", () -> answer("b"));
        assertEquals(1, computed.get(), "another query is another answer");
    }

    @Test
    void aNewVersionComputesAgain() {
        ResponseCache cache = new ResponseCache(version::get, 10, 1_000);
        cache.get("k", () -> answer("old"));
        version.incrementAndGet();
        assertEquals("new", new String(cache.get("k", () -> answer("new")), StandardCharsets.UTF_8));
        assertEquals("new", new String(cache.get("k", () -> answer("newer")), StandardCharsets.UTF_8));
    }

    @Test
    void theLeastRecentlyUsedGoFirstByCountOrBytes() {
        ResponseCache byCount = new ResponseCache(version::get, 2, 1_000);
        byCount.get("a", () -> answer("a"));
        byCount.get("b", () -> answer("b"));
        byCount.get("a", () -> answer("a"));
        byCount.get("c", () -> answer("c"));
        computed.set(0);
        byCount.get("a", () -> answer("a"));
        assertEquals(0, computed.get(), "a was used last but one");
        byCount.get("b", () -> answer("b"));
        assertEquals(1, computed.get(), "b was evicted");
        ResponseCache byBytes = new ResponseCache(version::get, 100, 5);
        byBytes.get("a", () -> answer("aaa"));
        byBytes.get("b", () -> answer("bbb"));
        computed.set(0);
        byBytes.get("a", () -> answer("aaa"));
        assertEquals(1, computed.get(), "a was evicted when b took the bytes past 5");
    }

    @Test
    void failuresAreNotKept() {
        ResponseCache cache = new ResponseCache(version::get, 10, 1_000);
        assertThrows(ApiException.class, () -> cache.get("k", () -> {
            throw ApiException.badRequest("no");
        }));
        assertEquals("yes", new String(cache.get("k", () -> answer("yes")), StandardCharsets.UTF_8));
    }
}
