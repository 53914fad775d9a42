package org.dateline.cli.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;
import org.dateline.dedup.EventCluster;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.MergedEvent;

/**
 * Times the store's reads: filtered event queries (a page of {@value #PAGE}), full-text searches and quote and entity
 * reads, with values from {@link QueryChoices} so that every query finds something in the corpus at hand. Each query
 * runs a few times unmeasured, then {@code runs} times measured, one after another on one thread.
 */
public final class QueryBenchmark {
    /** The page size of the event queries and the limit of the searches, as the CLI asks. */
    public static final int PAGE = EventFilter.DEFAULT_LIMIT;
    public static final int WARMUP_RUNS = 3;

    private QueryBenchmark() {
    }

    /**
     * One query's times over its measured runs, in milliseconds (nearest-rank percentiles).
     *
     * @param matches how many results the last run returned
     */
    public record Timing(String name, BenchQuery.Group group, int matches, double p50Ms, double p95Ms, double maxMs) {
    }

    /** The worst 95th percentile of a group of queries, and the query it belongs to. */
    public record Worst(BenchQuery.Group group, String name, double p95Ms) {
        public boolean withinTarget() {
            return group.targetMs() == 0 || p95Ms <= group.targetMs();
        }
    }

    /** The queries the choices allow: a query whose value the corpus lacks is left out. */
    public static List<BenchQuery> queries(QueryChoices c) {
        List<BenchQuery> q = new ArrayList<>();
        EventFilter all = EventFilter.all().withPage(PAGE, 0);
        if (c.merged() > 0) {
            events(q, "no filter", all);
            events(q, "type " + c.topCode() + " (most frequent code)", all.withTypes(List.of(c.topCode())));
            events(q, "type " + c.topType() + " (ACLED type)", all.withTypes(List.of(c.topType())));
            events(q, "type " + c.rareCode() + " (rarest code)", all.withTypes(List.of(c.rareCode())));
            events(q, "types " + c.topCode() + " or " + c.rareCode(),
                    all.withTypes(List.of(c.topCode(), c.rareCode())));
            events(q, "page 100 of type " + c.topCode(), all.withTypes(List.of(c.topCode())).withPage(PAGE, 99 * PAGE));
            if (c.topActor() != null) {
                events(q, "actor '" + c.topActor() + "' (most frequent)", all.withActor(c.topActor()));
                events(q, "actor '" + c.rareActor() + "' (rare)", all.withActor(c.rareActor()));
            }
            QueryChoices.Words w = c.eventWords();
            if (w.middling() != null) {
                events(q, "text '" + w.common() + "' (" + w.commonRows() + " rows)", all.withText(w.common()));
                events(q, "text '" + w.common() + " " + w.middling() + "'",
                        all.withText(w.common() + " " + w.middling()));
                events(q, "text '" + w.middling() + "' (" + w.middlingRows() + " rows)", all.withText(w.middling()));
            }
            if (w.rare() != null) {
                events(q, "text '" + w.rare() + "' (" + w.rareRows() + " rows)", all.withText(w.rare()));
            }
            if (c.place() != null) {
                QueryChoices.Place p = c.place();
                for (int km : new int[] {1, 5, 50, 300}) {
                    events(q, "near " + p.name() + " " + km + " km", all.withNear(near(p, km)));
                }
                events(q, "near " + p.name() + " 50 km + type " + c.topCode(),
                        all.withNear(near(p, 50)).withTypes(List.of(c.topCode())));
                events(q, "near " + p.name() + " 50 km + CONTRADICTED",
                        all.withNear(near(p, 50)).withStatus(EventCluster.Status.CONTRADICTED));
                if (c.topActor() != null) {
                    events(q, "near " + p.name() + " 1 km + actor (most frequent)",
                            all.withNear(near(p, 1)).withActor(c.topActor()));
                }
                if (c.busiestMonth() != null && c.topActor() != null) {
                    events(q, "actor (most frequent) + near " + p.name() + " 100 km + month",
                            all.withActor(c.topActor()).withNear(near(p, 100)).withDates(c.busiestMonth(),
                                    endOfMonth(c.busiestMonth())));
                }
            }
            if (c.busiestMonth() != null) {
                events(q, "dates " + c.busiestMonth().toString().substring(0, 7) + " (busiest month)",
                        all.withDates(c.busiestMonth(), endOfMonth(c.busiestMonth())));
                events(q, "dates from " + c.busiestYear() + "-01-01 (open end)",
                        all.withDates(LocalDate.of(c.busiestYear(), 1, 1), null));
                events(q, "CORROBORATED + type " + c.topCode() + " + year " + c.busiestYear(),
                        all.withStatus(EventCluster.Status.CORROBORATED).withTypes(List.of(c.topCode()))
                                .withDates(LocalDate.of(c.busiestYear(), 1, 1),
                                        LocalDate.of(c.busiestYear(), 12, 31)));
            }
            events(q, "min sources 2", all.withMinSources(2));
            events(q, "min sources 3", all.withMinSources(3));
            events(q, "min sources " + Math.max(1, c.maxSources()) + " (most)",
                    all.withMinSources(Math.max(1, c.maxSources())));
            if (w.common() != null) {
                events(q, "min sources 3 + text '" + w.common() + "'", all.withMinSources(3).withText(w.common()));
            }
            events(q, "status CORROBORATED", all.withStatus(EventCluster.Status.CORROBORATED));
            events(q, "status CONTRADICTED", all.withStatus(EventCluster.Status.CONTRADICTED));
            events(q, "verification CLAIMED", all.withVerification(MergedEvent.Verification.CLAIMED));
            events(q, "verification NOT_VERIFIED", all.withVerification(MergedEvent.Verification.NOT_VERIFIED));
            if (c.topActor() != null) {
                events(q, "type " + c.rareCode() + " (rarest) + actor (most frequent)",
                        all.withTypes(List.of(c.rareCode())).withActor(c.topActor()));
                events(q, "actor (most frequent) + CONTRADICTED",
                        all.withActor(c.topActor()).withStatus(EventCluster.Status.CONTRADICTED));
            }
        }
        QueryChoices.Words a = c.articleWords();
        if (a.middling() != null) {
            search(q, "search '" + a.common() + "' (" + a.commonRows() + " articles)", a.common());
            search(q, "search '" + a.middling() + "' (" + a.middlingRows() + " articles)", a.middling());
            search(q, "search '" + a.common() + " " + a.middling() + "'", a.common() + " " + a.middling());
        }
        if (a.rare() != null && a.middling() != null) {
            search(q, "search '" + a.rare() + "' (" + a.rareRows() + " articles)", a.rare());
            search(q, "search '" + a.common() + " " + a.rare() + "'", a.common() + " " + a.rare());
        }
        if (c.phrase() != null) {
            String quoted = "\"" + c.phrase() + "\"";
            q.add(new BenchQuery("phrase " + quoted, BenchQuery.Group.FULL_TEXT,
                    s -> s.search(quoted, PAGE).size()));
        }
        if (c.topSpeaker() != null) {
            other(q, "quotes by '" + c.topSpeaker() + "' (most quoted)", s -> s.quotesBy(c.topSpeaker(), PAGE).size());
            other(q, "quotes by '" + c.rareSpeaker() + "' (rare)", s -> s.quotesBy(c.rareSpeaker(), PAGE).size());
        }
        if (c.topPerson() != null) {
            other(q, "entity '" + c.topPerson() + "' (most named)", s -> profileSize(s, c.topPerson()));
            String last = c.topPerson().substring(c.topPerson().lastIndexOf(' ') + 1);
            other(q, "entity '" + last + "' (part of a name)", s -> profileSize(s, last));
        }
        return List.copyOf(q);
    }

    /** Runs each query {@value #WARMUP_RUNS} times unmeasured, then {@code runs} times measured. */
    public static List<Timing> run(CorpusStore store, List<BenchQuery> queries, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        List<Timing> timings = new ArrayList<>();
        for (BenchQuery query : queries) {
            int matches = 0;
            for (int i = 0; i < WARMUP_RUNS; i++) {
                matches = query.run().applyAsInt(store);
            }
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                matches = query.run().applyAsInt(store);
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            timings.add(new Timing(query.name(), query.group(), matches, percentile(nanos, 0.50) / 1e6,
                    percentile(nanos, 0.95) / 1e6, nanos[runs - 1] / 1e6));
        }
        return List.copyOf(timings);
    }

    /** The query of each group with the worst 95th percentile, in group order; groups without queries left out. */
    public static List<Worst> worst(List<Timing> timings) {
        List<Worst> worst = new ArrayList<>();
        for (BenchQuery.Group group : BenchQuery.Group.values()) {
            timings.stream().filter(t -> t.group() == group)
                    .max((x, y) -> Double.compare(x.p95Ms(), y.p95Ms()))
                    .ifPresent(t -> worst.add(new Worst(group, t.name(), t.p95Ms())));
        }
        return worst;
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void events(List<BenchQuery> q, String name, EventFilter filter) {
        q.add(new BenchQuery(name, BenchQuery.Group.EVENTS, s -> s.events(filter).size()));
    }

    private static void search(List<BenchQuery> q, String name, String words) {
        q.add(new BenchQuery(name, BenchQuery.Group.FULL_TEXT, s -> s.search(words, PAGE).size()));
    }

    private static void other(List<BenchQuery> q, String name, ToIntFunction<CorpusStore> run) {
        q.add(new BenchQuery(name, BenchQuery.Group.OTHER, run));
    }

    /** Quotes plus events of the profile, or 0 when no entity matches. */
    private static int profileSize(CorpusStore store, String name) {
        return store.entity(name, PAGE).map(p -> p.quotes().size() + p.events().size()).orElse(0);
    }

    private static EventFilter.Near near(QueryChoices.Place p, double km) {
        return new EventFilter.Near(p.lat(), p.lon(), km);
    }

    private static LocalDate endOfMonth(LocalDate first) {
        return first.plusMonths(1).minusDays(1);
    }
}
