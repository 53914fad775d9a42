package org.dateline.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.analysis.Json;
import org.dateline.ingest.BatchAnalyzer;
import org.dateline.readers.ReadProblem;
import org.dateline.readers.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline analyze FILE...}: one JSON record per article on standard output. */
@Command(name = "analyze", description = {
        "Analyse articles and print one JSON record (schema dateline/1) per article.",
        "Formats: seed text (first line 'date YYYY-MM-DD ...'), plain text (--date), JSONL, HTML, WARC, Reuters SGML.",
        "Problems go to standard error, one line each; the exit code is 1 when any input failed."})
final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
    List<String> paths;

    @Option(names = "--pretty", description = "Indented JSON for people.")
    boolean pretty;

    @Mixin
    InputOptions input;

    @Mixin
    AnalyzerOptions analyzer;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<ReadProblem> unlisted = new ArrayList<>();
        List<Path> files = Readers.expand(paths, problem -> {
            unlisted.add(problem);
            Errors.print(problem);
        });
        if (files.isEmpty()) {
            System.err.println("dateline: no input files match " + paths);
            return 1;
        }
        BatchAnalyzer.Summary s = new BatchAnalyzer(analyzer::create, analyzer.threads).run(files, input.readOptions(),
                r -> out.println(Json.write(r, pretty)), p -> Errors.print(p));
        out.flush();
        return s.problems() > 0 || !unlisted.isEmpty() ? 1 : 0;
    }
}
