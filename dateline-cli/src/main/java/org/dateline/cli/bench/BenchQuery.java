package org.dateline.cli.bench;

import java.util.Objects;
import java.util.function.ToIntFunction;
import org.dateline.store.CorpusStore;

/**
 * One named read of the store, timed by {@link QueryBenchmark}.
 *
 * @param run reads and returns how many results it got
 */
public record BenchQuery(String name, Group group, ToIntFunction<CorpusStore> run) {
    /** The kinds of read, each with the 95th-percentile time it should stay within. */
    public enum Group {
        EVENTS("filtered event queries", 50),
        FULL_TEXT("full-text searches", 100),
        OTHER("quotes by speaker and entity profiles", 0);

        private final String label;
        private final double targetMs;

        Group(String label, double targetMs) {
            this.label = label;
            this.targetMs = targetMs;
        }

        public String label() {
            return label;
        }

        /** The p95 target in milliseconds, or 0 when none is set. */
        public double targetMs() {
            return targetMs;
        }
    }

    public BenchQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(run, "run");
    }
}
