package org.dateline.cli;

import java.time.LocalDate;
import org.dateline.readers.ReadOptions;
import picocli.CommandLine.Option;

/** Options of the commands that read articles from files. */
final class InputOptions {
    @Option(names = "--date", description = "Publication date (YYYY-MM-DD) for inputs that state none.")
    LocalDate date;

    @Option(names = "--source", description = "Outlet name for inputs that name none.")
    String source;

    @Option(names = "--max-chars", description = "Longest article text accepted (default ${DEFAULT-VALUE}).")
    int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

    ReadOptions readOptions() {
        return new ReadOptions(date, source, maxChars);
    }
}
