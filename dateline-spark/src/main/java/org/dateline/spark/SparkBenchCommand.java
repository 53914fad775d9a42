package org.dateline.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench INPUT...}: local[1] against local[N], and the job against the single-JVM ingest. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = {
        "Time the job on 1 and N cores against the single-JVM ingest.",
        "",
        "Runs the job in Spark local mode on 1 and on N cores, and the single-JVM ingest on N threads, on the same",
        "articles (the first --articles of the inputs) with the models loaded once beforehand."})
final class SparkBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Local files in any reader format.")
    List<Path> inputs;

    @Option(names = "--articles", paramLabel = "N", description = "Articles in the sample (default: ${DEFAULT-VALUE}).")
    int articles = 200;

    @Option(names = "--cores", paramLabel = "N", description = "Cores of the parallel runs (default: all).")
    int cores = Runtime.getRuntime().availableProcessors();

    @ArgGroup(multiplicity = "1")
    RunCommand.Places places;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the sample and the outputs (default: a temporary one).")
    Path work;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || cores < 1) {
            throw new ParameterException(spec.commandLine(), "--articles and --cores must be at least 1, were "
                    + articles + " and " + cores);
        }
        Path dir = work != null ? work : Files.createTempDirectory("dateline-spark-bench");
        List<ScalingBench.Run> runs = ScalingBench.run(inputs, articles, cores, places.gazetteer, dir);
        System.out.printf(Locale.ROOT, "%-34s %9s %9s %11s%n", "run", "articles", "seconds", "articles/s");
        for (ScalingBench.Run r : runs) {
            System.out.printf(Locale.ROOT, "%-34s %9d %9.1f %11.2f%n", r.name(), r.articles(),
                    r.elapsed().toMillis() / 1000.0, r.perSecond());
        }
        ScalingBench.Run ingest = runs.get(0);
        ScalingBench.Run one = runs.get(1);
        ScalingBench.Run many = runs.get(2);
        System.out.printf(Locale.ROOT, "scaling local[1] -> local[%d]: %.2fx; Spark overhead over the ingest on %d"
                        + " threads: %+.1f%%%n", cores, many.perSecond() / one.perSecond(), cores,
                100.0 * (ingest.perSecond() / many.perSecond() - 1));
        return 0;
    }
}
