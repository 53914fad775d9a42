package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dateline} command. Entry points only parse arguments and call the library. */
@Command(name = "dateline", mixinStandardHelpOptions = true, version = "dateline 0.1.0",
        description = "Dated news reports in, a structured and verifiable record out.",
        footer = {"", "Run through the ./dateline launcher, on Spark's own classpath (dateline-spark):",
                "  spark run|bench ...   the analysis as an Apache Spark job (README: Scale out)",
                "  import-parquet DIR    load the job's Parquet tables into a corpus database"},
        subcommands = {AnalyzeCommand.class, IngestCommand.class, EventsCommand.class, QuotesCommand.class, SearchCommand.class, EntityCommand.class, ExportCommand.class, ServeCommand.class, WatchCommand.class, GazetteerCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
