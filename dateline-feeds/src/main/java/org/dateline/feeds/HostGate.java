package org.dateline.feeds;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One request at a time per host, at most one per interval: {@link #enter} waits until the host's last request is
 * at least its interval old. Thread-safe; a host's requests are serialised, other hosts' go on.
 */
final class HostGate {
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;
    private final Map<String, Host> hosts = new HashMap<>();

    private static final class Host {
        long next = Long.MIN_VALUE;
    }

    HostGate(Sleeper sleeper, LongSupplier nanoTime) {
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /** What runs while a host's turn is held. */
    @FunctionalInterface
    interface Turn<T> {
        T run() throws InterruptedException;
    }

    /** Waits for the host's turn, runs {@code turn}, and keeps the host waiting {@code interval} after it. */
    <T> T enter(String host, Duration interval, Turn<T> turn) throws InterruptedException {
        Host h;
        synchronized (hosts) {
            h = hosts.computeIfAbsent(host, k -> new Host());
        }
        synchronized (h) {
            long wait = h.next == Long.MIN_VALUE ? 0 : h.next - nanoTime.getAsLong();
            if (wait > 0) {
                sleeper.sleep(Duration.ofNanos(wait));
            }
            try {
                return turn.run();
            } finally {
                h.next = nanoTime.getAsLong() + interval.toNanos();
            }
        }
    }
}
