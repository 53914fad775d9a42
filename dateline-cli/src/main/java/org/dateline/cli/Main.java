package org.dateline.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command. Entry points only parse arguments and call the library. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Dated news reports in, a structured and verifiable record out.",
        footer = {"", "Run through the ./dateline launcher, on Spark's own classpath (dateline-spark):",
                "  spark run|bench ...   the analysis as an Apache Spark job (README: Scale out)",
                "  import-parquet DIR    load the job's Parquet tables into a corpus database"},
        subcommands = {AnalyzeCommand.class, IngestCommand.class, CheckCommand.class, EventsCommand.class, QuotesCommand.class, SearchCommand.class, EntityCommand.class, ExportCommand.class, ServeCommand.class, WatchCommand.class, GazetteerCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setExecutionExceptionHandler(Main::failed).execute(args);
    }

    /**
     * A failure no command caught: one line saying what went wrong, never a stack trace (set DATELINE_DEBUG=1 to see
     * it); exit code 1.
     */
    private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        Throwable said = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = said.getMessage() == null || said.getMessage().isBlank() ? said.getClass().getSimpleName()
                : said.getMessage().strip().lines().findFirst().orElse("");
        Errors.print(message);
        if (System.getenv("DATELINE_DEBUG") != null) {
            e.printStackTrace(System.err);
        }
        return 1;
    }
}
