package org.dateline.ingest;

import java.nio.file.Path;
import java.util.List;
import org.dateline.readers.ReadOptions;
import org.dateline.store.CorpusStore;

/**
 * A separate JVM that ingests one file into one store, for the kill-and-resume test: {@code INPUT DB}. It prints
 * {@code stored N} whenever the count of committed articles grows, and at the end {@code STORED SKIPPED FAILED}.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        try (CorpusStore store = CorpusStore.open(Path.of(args[1]))) {
            IngestResult r = new Ingester(() -> TestAnalyzers.oneEventEach(25), 2, store, 8)
                    .run(List.of(Path.of(args[0])), ReadOptions.defaults(), IngestChild::report, System.err::println);
            System.out.println(r.progress().stored() + " " + r.progress().skipped() + " " + r.progress().failed());
        }
    }

    private static long reported;

    private static void report(IngestProgress p) {
        if (p.stored() > reported) {
            reported = p.stored();
            System.out.println("stored " + reported);
            System.out.flush();
        }
    }
}
