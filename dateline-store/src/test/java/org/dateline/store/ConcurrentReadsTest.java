package org.dateline.store;

import static org.dateline.store.ClusterRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dateline.dedup.EventCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads run on read-only connections in parallel, never wait for a writer, and see only committed state. */
class ConcurrentReadsTest {
    @TempDir
    Path dir;

    private Path corpus() throws SQLException {
        Path file = dir.resolve("c.db");
        List<ClusterRows.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row("e" + i).on(String.format("2024-03-%02d", 1 + i % 28)).at("Kyiv", 50.45 + i * 0.01, 30.52,
                    "UA", "Ukraine").text("Shelling hit district " + i + "."));
        }
        ClusterRows.write(file, rows);
        return file;
    }

    @Test
    void manyThreadsReadWhatOneThreadReads() throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus())) {
            List<EventFilter> filters = List.of(EventFilter.all(), EventFilter.all().withPage(7, 3),
                    EventFilter.all().withText("district"),
                    EventFilter.all().withBox(new EventFilter.Box(50.5, 50.7, 30, 31)),
                    EventFilter.all().withNear(new EventFilter.Near(50.6, 30.52, 5)));
            List<List<MergedEvent>> expected = filters.stream().map(store::events).toList();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            try {
                List<Future<Boolean>> checks = new ArrayList<>();
                for (int t = 0; t < 64; t++) {
                    int i = t % filters.size();
                    checks.add(pool.submit(() -> store.events(filters.get(i)).equals(expected.get(i))
                            && store.timeline(filters.get(i)).bins().size() > 0));
                }
                for (Future<Boolean> check : checks) {
                    assertTrue(check.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aReadNeverWaitsForAWriterAndSeesOnlyWhatIsCommitted() throws SQLException {
        Path file = corpus();
        try (CorpusStore store = CorpusStore.open(file);
             Connection writer = CorpusStore.connect(file)) {
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("UPDATE event_clusters SET status = 'CONTRADICTED' WHERE id = 'e1'");
            }
            // the writer holds the file's write lock; a read goes on with the last commit
            EventFilter contradicted = EventFilter.all().withStatus(EventCluster.Status.CONTRADICTED);
            assertEquals(List.of(), store.events(contradicted));
            writer.commit();
            assertEquals(List.of("e1"), store.events(contradicted).stream().map(MergedEvent::id).toList());
        }
    }

    @Test
    void theDataVersionChangesWithEveryCommitWhoeverMakesIt() throws SQLException {
        Path file = corpus();
        try (CorpusStore store = CorpusStore.open(file)) {
            long first = store.dataVersion();
            store.events(EventFilter.all());
            assertEquals(first, store.dataVersion(), "reads change nothing");
            store.put(List.of(Records.shelling("Kharkiv", 49.99, 36.23, "We will rebuild", 4)));
            long afterPut = store.dataVersion();
            assertTrue(afterPut != first);
            try (Connection other = CorpusStore.connect(file); Statement s = other.createStatement()) {
                s.executeUpdate("UPDATE event_clusters SET status = 'CONTRADICTED' WHERE id = 'e2'");
            }
            assertTrue(store.dataVersion() != afterPut, "another process's commit counts too");
        }
    }

    @Test
    void aClosedStoreRefusesReads() throws SQLException {
        CorpusStore store = CorpusStore.open(corpus());
        assertEquals(40, store.mergedEventCount());
        store.close();
        StoreException e = assertThrows(StoreException.class, () -> store.events(EventFilter.all()));
        assertTrue(e.getMessage().endsWith("is closed"), e.getMessage());
    }
}
