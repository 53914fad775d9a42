package org.dateline.web;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dateline.store.CorpusStore;

/**
 * {@code GET /api/stream}: server-sent events that tell open pages when the corpus changed, so that new events
 * appear without a reload. Each client gets a {@code corpus} event when it connects and after every change
 * ({@link Change}: the data version and the counts), whether this server stored an article or another process
 * ingested into the file (the data version is checked every {@code poll}); a comment every {@code heartbeat} keeps
 * idle connections open. Connections hold no request thread. Thread-safe.
 */
final class LiveFeed implements AutoCloseable {
    /** The event name of a change. */
    static final String EVENT = "corpus";
    private final CorpusStore store;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private long version = Long.MIN_VALUE;
    private byte[] last;

    /**
     * What changed: the corpus's data version (equal versions, equal data) and its counts.
     *
     * @param version      SQLite's data version of the corpus file
     * @param articles     stored articles
     * @param mergedEvents merged events
     */
    record Change(long version, long articles, long mergedEvents) {
    }

    LiveFeed(CorpusStore store, Duration poll, Duration heartbeat) {
        this.store = store;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dateline-live-feed");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The route's handler: an event stream for clients that ask for one, else a 406 that says what to ask. */
    void handle(Context ctx) throws Exception {
        QueryParams.of(ctx, Set.of());
        if (!"text/event-stream".equals(ctx.header("Accept"))) {
            throw new ApiException(406, "this route streams server-sent events: ask with the header Accept:"
                    + " text/event-stream (a browser's EventSource does)");
        }
        new SseHandler(this::connect).handle(ctx);
    }

    private void connect(SseClient client) {
        client.keepAlive();
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        byte[] current;
        synchronized (this) {
            current = last;
        }
        if (current != null) {
            client.sendEvent(EVENT, new String(current, StandardCharsets.UTF_8));
        }
    }

    /** Checks the corpus now (after this server stored an article), on the feed's thread. */
    void changed() {
        timer.execute(this::check);
    }

    /** How many pages listen. */
    int clients() {
        return clients.size();
    }

    private void check() {
        try {
            long now = store.dataVersion();
            byte[] message;
            synchronized (this) {
                if (now == version) {
                    return;
                }
                version = now;
                message = JsonResponses.bytes(new Change(now, store.articleCount(), store.mergedEventCount()));
                last = message;
            }
            String text = new String(message, StandardCharsets.UTF_8);
            for (SseClient c : clients) {
                c.sendEvent(EVENT, text);
            }
        } catch (RuntimeException e) {
            // a closed store (the server stopping) or a busy file: the next check tries again
        }
    }

    private void beat() {
        for (SseClient c : clients) {
            c.sendComment("still here");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        for (SseClient c : clients) {
            c.close();
        }
        clients.clear();
    }
}
