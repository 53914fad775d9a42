package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.ingest.IngestProgress;
import org.dateline.ingest.IngestResult;
import org.dateline.ingest.Ingester;
import org.dateline.readers.ReadProblem;
import org.dateline.readers.Readers;
import org.dateline.store.CorpusStore;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline ingest PATH...}: analyse articles and store them in the corpus database. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = {
        "Analyse articles and store them in a corpus database (one SQLite file), on all cores.",
        "Resumable: articles already stored (same text) are skipped, and each batch is committed on its own, so a",
        "killed run loses nothing committed and a re-run completes the rest. At the end, reports of the same event",
        "across articles are merged. Problems go to standard error; the exit code is 1 when any input failed."})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs, in any reader format.")
    List<String> paths;

    @Option(names = "--db", paramLabel = "FILE", description = "Corpus database (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dateline.db");

    @Option(names = "--batch", description = "Articles committed per transaction (default: ${DEFAULT-VALUE}).")
    int batch = Ingester.DEFAULT_BATCH;

    @Mixin
    InputOptions input;

    @Mixin
    AnalyzerOptions analyzer;

    @Override
    public Integer call() {
        List<ReadProblem> unlisted = new ArrayList<>();
        List<Path> files = Readers.expand(paths, problem -> {
            unlisted.add(problem);
            Errors.print(problem);
        });
        if (files.isEmpty()) {
            System.err.println("dateline: no input files match " + paths);
            return 1;
        }
        ProgressDisplay display = new ProgressDisplay(System.err, System.console() != null);
        try (CorpusStore store = CorpusStore.open(db)) {
            IngestResult r = new Ingester(analyzer::create, analyzer.threads, store, batch)
                    .run(files, input.readOptions(), display::update, display::problem);
            IngestProgress p = r.progress();
            display.finish(p);
            System.err.printf(Locale.ROOT, "dateline: %,d articles stored, %,d already stored, %,d failed in %s;"
                            + " %s now holds %,d articles in %,d stories, %,d event reports merged into %,d events"
                            + " (merging took %.1f s)%n", p.stored(), p.skipped(), p.failed(),
                    ProgressDisplay.clock(p.elapsed()), db, r.articles(), r.stories(), r.events(), r.mergedEvents(),
                    r.mergeTime().toMillis() / 1000.0);
            return p.failed() > 0 || !unlisted.isEmpty() ? 1 : 0;
        } catch (StoreException e) {
            Errors.print(e.getMessage());
            return 1;
        }
    }
}
