package org.dateline.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The Spark side of Dateline: {@code run} (the job, for spark-submit), {@code import-parquet} (its tables into a corpus
 * database) and {@code bench} (local scaling and overhead). Kept apart from the {@code dateline} CLI, so that Spark's
 * libraries never load in the embedded product.
 */
@Command(name = "dateline-spark", mixinStandardHelpOptions = true, version = "dateline-spark 0.1.0",
        description = "Dateline's analysis as an Apache Spark job, and its way back to the desk.",
        subcommands = {RunCommand.class, ImportParquetCommand.class, SparkBenchCommand.class})
public final class SparkMain {

    private SparkMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns the exit code (tests call this). */
    public static int execute(String... args) {
        return new CommandLine(new SparkMain()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
