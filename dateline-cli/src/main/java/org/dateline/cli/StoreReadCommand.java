package org.dateline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.store.CorpusStore;
import org.dateline.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that reads a corpus database made by {@code dateline ingest}. A missing or empty file is an error, never
 * created or written; failures print one "dateline: ..." line on standard error and exit with 1, and input the library refuses
 * is a usage error (exit 2).
 */
abstract class StoreReadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "Corpus database (default: ${DEFAULT-VALUE}).")
    Path db = Path.of("dateline.db");

    @Override
    public final Integer call() throws Exception {
        try {
            if (!Files.isRegularFile(db)) {
                throw new CommandFailure("no database at " + db + "; create it with: dateline ingest PATH...");
            }
            try (CorpusStore store = open(db)) {
                return read(store);
            }
        } catch (CommandFailure | StoreException e) {
            Errors.print(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Opens the corpus for the command: for queries, never creating or writing into an empty file, and read-only
     * where the file, its folder or its disk cannot be written.
     */
    CorpusStore open(Path file) {
        return CorpusStore.openForQueries(file);
    }

    /** Reads what the command asks for and prints it; returns the exit code. */
    abstract int read(CorpusStore store) throws Exception;
}
