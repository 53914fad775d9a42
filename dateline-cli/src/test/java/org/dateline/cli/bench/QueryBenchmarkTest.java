package org.dateline.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dateline.store.CorpusStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query benchmark over a small synthetic corpus written through the store. */
class QueryBenchmarkTest {
    @TempDir
    static Path dir;
    private static Path db;
    private static CorpusBuild.Result built;

    @BeforeAll
    static void build() {
        db = dir.resolve("synthetic.db");
        try (CorpusStore store = CorpusStore.open(db)) {
            built = CorpusBuild.write(new SyntheticCorpus(200, 42), store, 20, new CorpusBuild.Listener() {
                @Override
                public void stored(int articles, long events, double seconds) {
                }

                @Override
                public void refreshing() {
                }
            });
        }
    }

    @Test
    void theBuildStoresEveryEventAndMergesSome() {
        assertEquals(50, built.articles());
        assertEquals(200, built.events());
        try (CorpusStore store = CorpusStore.open(db)) {
            assertEquals(200, store.eventCount());
            long merged = store.mergedEventCount();
            assertEquals(merged, built.refresh().mergedEvents());
            assertTrue(merged > 0 && merged < 200, merged + " merged events");
        }
    }

    @Test
    void everyQueryGetsOneRowWithOrderedTimes() throws SQLException {
        QueryChoices choices = QueryChoices.pick(db);
        assertEquals(200, choices.events());
        List<BenchQuery> queries = QueryBenchmark.queries(choices);
        List<QueryBenchmark.Timing> timings;
        try (CorpusStore store = CorpusStore.open(db)) {
            timings = QueryBenchmark.run(store, queries, 5);
        }
        assertEquals(queries.stream().map(BenchQuery::name).toList(),
                timings.stream().map(QueryBenchmark.Timing::name).toList());
        for (QueryBenchmark.Timing t : timings) {
            assertTrue(0 <= t.p50Ms() && t.p50Ms() <= t.p95Ms() && t.p95Ms() <= t.maxMs(), t.toString());
            assertTrue(t.matches() >= 0, t.toString());
        }
        Set<BenchQuery.Group> groups = EnumSet.noneOf(BenchQuery.Group.class);
        timings.forEach(t -> groups.add(t.group()));
        assertEquals(EnumSet.allOf(BenchQuery.Group.class), groups);
        assertEquals(groups.size(), QueryBenchmark.worst(timings).size());
    }

    @Test
    void theValuesComeFromTheCorpus() throws SQLException {
        QueryChoices c = QueryChoices.pick(db);
        try (CorpusStore store = CorpusStore.open(db)) {
            assertTrue(!store.events(org.dateline.store.EventFilter.all().withTypes(List.of(c.topCode()))).isEmpty());
            assertTrue(!store.events(org.dateline.store.EventFilter.all().withActor(c.topActor())).isEmpty());
            assertTrue(!store.search(c.articleWords().common(), 5).isEmpty());
            assertTrue(!store.quotesBy(c.topSpeaker(), 5).isEmpty());
        }
    }

    @Test
    void percentilesAreNearestRank() {
        long[] sorted = new long[20];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertEquals(10, QueryBenchmark.percentile(sorted, 0.50));
        assertEquals(19, QueryBenchmark.percentile(sorted, 0.95));
        assertEquals(7, QueryBenchmark.percentile(new long[] {7}, 0.95));
    }
}
