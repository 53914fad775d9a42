package org.dateline.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.readers.ReadOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline-spark run INPUT... --output DIR}: the job. */
@Command(name = "run", mixinStandardHelpOptions = true, description = {
        "Analyse articles as a Spark job and write Parquet tables.",
        "",
        "Tables: articles, entities, quotes, claims, places, events, stories, merged_events (partitioned by",
        "publication date) and errors (bad records; they never fail the job). Inputs are Hadoop paths (file:, hdfs:,",
        "s3a: ...), folders or globs of JSONL, WARC, HTML, Reuters SGML or dated text. Run it with spark-submit, or on",
        "this machine through ./dateline spark run."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders or globs (Hadoop paths).")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder the tables go under.")
    String output;

    @Option(names = "--overwrite", description = "Replace the tables already under --output.")
    boolean overwrite;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Analysis tasks (default: 0, four per core of the cluster).")
    int partitions;

    /** Where places are resolved: exactly one of the two must be given. */
    static final class Places {
        @Option(names = "--gazetteer", paramLabel = "FILE", description = {
                "Gazetteer index (./dateline gazetteer build makes one): a path every executor can read, or the",
                "name of a file shipped with spark-submit --files."})
        String gazetteer;

        @Option(names = "--no-gazetteer", description = "Leave places unresolved.")
        boolean none;
    }

    @ArgGroup(multiplicity = "1")
    Places places;

    @Option(names = "--ner", description = "NER models: FAST (default) or FULL.")
    CoreNlpConfig.NerModels ner = CoreNlpConfig.NerModels.FAST;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of undated inputs.")
    LocalDate date;

    @Option(names = "--source", paramLabel = "NAME", description = "Outlet of inputs that name none.")
    String source;

    @Option(names = "--max-chars", paramLabel = "N", description = "Longest article text accepted (default: ${DEFAULT-VALUE}).")
    int maxChars = ReadOptions.DEFAULT_MAX_CHARS;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, when spark-submit does not give one (default: local[*]).")
    String master;

    @Override
    public Integer call() {
        JobOptions options;
        try {
            options = new JobOptions(inputs, output, partitions, places.gazetteer, ner, date, source, maxChars,
                    overwrite);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SparkSession spark = Sessions.forJob(master);
        try {
            DatelineJob.Summary s = DatelineJob.run(spark, options);
            System.err.printf(Locale.ROOT, "dateline-spark: %,d files, %,d articles analysed (%,d repeated texts left"
                            + " out), %,d bad records in %s, %,d stories, %,d event reports merged into %,d"
                            + " events, in %.1f s%n", s.files(), s.articles(), s.repeats(), s.errors(),
                    new Path(output, Tables.ERRORS),
                    s.stories(), s.events(), s.mergedEvents(), s.elapsed().toMillis() / 1000.0);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println("dateline-spark: " + e.getMessage());
            return 1;
        } finally {
            spark.stop();
        }
    }
}
