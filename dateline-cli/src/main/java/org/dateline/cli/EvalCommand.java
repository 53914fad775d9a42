package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.DatelineSystems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval ...}: quality figures on public gold sets, as {@code name: value} lines. */
@Command(name = "eval", description = "Measure quality on a gold set; prints 'name: value' lines.",
        subcommands = {EvalCommand.Time.class, EvalCommand.Quotes.class})
final class EvalCommand {

    /** Whether the gold folder exists; says so on standard error when it does not. */
    static boolean isFolder(Path dir) {
        if (Files.isDirectory(dir)) {
            return true;
        }
        System.err.println("dateline: " + dir + ": no such folder (the gold sets live in ../shared/data)");
        return false;
    }

    @Command(name = "time", description = "TimeML folder (e.g. ../shared/data/time/TimeBank): TIMEX3 extents and values, "
            + "Dateline and plain SUTime side by side.")
    static final class Time implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--details", description = "Also print every value mismatch.")
        boolean details;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFolder(dir)) {
                return 1;
            }
            new DatelineSystems(analyzer.create(), analyzer.threads).evaluateTime(dir, System.out, details);
            return 0;
        }
    }

    @Command(name = "quotes", description = "PolNeAR brat folder (e.g. ../shared/data/quotes/polnear/dev): attribution "
            + "source and content F1, Dateline and plain CoreNLP QuoteAnnotator side by side.")
    static final class Quotes implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--no-baseline", negatable = true, description = "Also run plain CoreNLP (with coref; slow). "
                + "Default: on.")
        boolean baseline = true;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFolder(dir)) {
                return 1;
            }
            new DatelineSystems(analyzer.create(), analyzer.threads).evaluateQuotes(dir, System.out, baseline);
            return 0;
        }
    }
}
