package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.model.text.ControlCharacters;
import org.dateline.store.CorpusStore;
import org.dateline.store.IntegrityReport;
import org.dateline.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dateline check --db FILE}: SQLite's full integrity check of a corpus, and how to recover a damaged one. */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Check a corpus database for damage (SQLite's full PRAGMA integrity_check, read-only; it may take a while on",
        "a large corpus). Exit code 0 when it is sound, 1 when it is damaged (the problems and how to recover are",
        "printed) or cannot be checked. Dateline refuses to write to a file that fails the quick check."})
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", description = "Corpus database (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dateline.db");

    @Override
    public Integer call() {
        IntegrityReport report;
        try {
            report = CorpusStore.check(db);
        } catch (StoreException e) {
            Errors.print(e.getMessage());
            return 1;
        }
        String file = ControlCharacters.escape(db.toString());
        if (report.ok()) {
            System.out.println(file + ": sound (schema version " + report.schemaVersion()
                    + "; SQLite's integrity check found nothing wrong)");
            return 0;
        }
        System.out.println(file + " is damaged: SQLite's integrity check found " + report.problems().size()
                + (report.problems().size() >= IntegrityReport.MAX_PROBLEMS ? " or more" : "") + " problems:");
        report.problems().forEach(p -> System.out.println("  " + ControlCharacters.escape(p)));
        System.out.println("To recover:");
        report.recovery().forEach(step -> System.out.println("  " + ControlCharacters.escape(step)));
        return 1;
    }
}
