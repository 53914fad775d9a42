package org.dateline.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.dateline.analysis.lang.Countries;
import org.dateline.analysis.place.PlaceResolver;
import org.dateline.eval.DatelineSystems;
import org.dateline.eval.event.CaseSnippets;
import org.dateline.eval.event.DatelineEventSystem;
import org.dateline.eval.event.EventClassification;
import org.dateline.eval.event.FiveWEvaluation;
import org.dateline.eval.geo.Geoparser;
import org.dateline.eval.Report;
import org.dateline.eval.record.GoldReport;
import org.dateline.eval.record.RealNewsGold;
import org.dateline.eval.record.RecordSystems;
import org.dateline.eval.record.RecordsEvaluation;
import org.dateline.geo.Gazetteer;
import org.dateline.model.AnalyzedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline eval ...}: quality figures on public gold sets, as {@code name: value} lines. */
@Command(name = "eval", description = "Measure quality on a gold set; prints 'name: value' lines.",
        subcommands = {EvalCommand.Time.class, EvalCommand.Quotes.class, EvalCommand.Geoparse.class,
            EvalCommand.Events.class, EvalCommand.FiveW.class, EvalCommand.Records.class})
final class EvalCommand {

    /** Whether the gold folder exists; says so on standard error when it does not. */
    static boolean isFolder(Path dir) {
        if (Files.isDirectory(dir)) {
            return true;
        }
        Errors.print(dir + ": no such folder (the gold sets live in ../shared/data)");
        return false;
    }

    /** Whether the gold file exists; says so on standard error when it does not. */
    static boolean isFile(Path file) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        Errors.print(file + ": no such file (the gold sets live in ../shared/data)");
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
            + "source and content F1 (all, direct, indirect, mixed, nominal cues), Dateline's model, its former rules and plain "
            + "CoreNLP QuoteAnnotator side by side.")
    static final class Quotes implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--no-baseline", negatable = true, description = "Also run plain CoreNLP (with coref; slow). "
                + "Default: on.")
        boolean baseline = true;

        @Option(names = "--speakers", paramLabel = "DIR", description = "Also the speakers of the quotes of a real-news "
                + "gold folder (e.g. ../shared/data/realnews/dev): realnews-quote-recall and realnews-quote-speaker.")
        Path speakers;

        @Option(names = "--part", paramLabel = "PART", description = "With --speakers: ALL (default), DEV (the 1st, "
                + "3rd ... article) or ASIDE (the 2nd, 4th ...).")
        RecordsEvaluation.Part part = RecordsEvaluation.Part.ALL;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFolder(dir) || speakers != null && !isFolder(speakers)) {
                return 1;
            }
            DatelineSystems systems = new DatelineSystems(analyzer.create(), analyzer.threads);
            systems.evaluateQuotes(dir, System.out, baseline);
            if (speakers != null) {
                try {
                    systems.evaluateSpeakers(speakers, part, System.out);
                } catch (IOException e) {
                    Errors.print(e.getMessage());
                    return 1;
                }
            }
            return 0;
        }
    }

    @Command(name = "geoparse", description = "Geoparsing XML (e.g. ../shared/data/geoparse/lgl.xml or GWN.xml): "
            + "toponym recognition F1, then accuracy within 161 and 10 km, median error and AUC of the resolved ones.")
    static final class Geoparse implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.xml")
        Path file;

        @Option(names = "--gold-toponyms", description = "Give the geoparser the gold toponyms (spans only) to "
                + "resolve, instead of end to end.")
        boolean goldToponyms;

        @Option(names = "--limit", paramLabel = "N", description = "Only the first N documents (default: all).")
        int limit;

        @Option(names = "--errors", paramLabel = "FILE.tsv", description = "Write every resolution error (document, "
                + "phrase, gold and predicted coordinates, km, cause: right, ranking, refused, no-entry-near, "
                + "no-entry) and every problem of the gold file worked around (cause: time-free-form, time-unreadable, "
                + "time-missing, offset-realigned, offset-skipped, outside-text; with its line) to this file.")
        Path errors;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFile(file)) {
                return 1;
            }
            if (limit < 0) {
                System.err.println("dateline: --limit " + limit + ": must be 0 (all documents) or more");
                return 2;
            }
            Gazetteer gazetteer = analyzer.openGazetteer();
            if (gazetteer == null) {
                return 1;
            }
            Geoparser dateline = goldToponyms
                    ? DatelineSystems.spanGeoparser(new PlaceResolver(gazetteer, Countries.english()))
                    : new DatelineSystems(analyzer.create(gazetteer), analyzer.threads).endToEndGeoparser();
            try {
                DatelineSystems.evaluateGeoparse(file, dateline, System.out, System.err, goldToponyms, limit, errors,
                        analyzer.threads, gazetteer);
            } catch (IllegalArgumentException e) {
                Errors.print(e.getMessage()); // a gold file that cannot be read: file and line
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "events", description = "CASE 2021 Task 2 TSV (e.g. ../shared/data/events/case2021-task2-dev.tsv): "
            + "the main event's type per snippet; micro, macro and weighted F1, per label, and the confusions.")
    static final class Events implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.tsv")
        Path file;

        @Option(names = "--predictions", paramLabel = "FILE.tsv", description = "Write each snippet's id, gold label "
                + "and Dateline's label to this file.")
        Path predictions;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFile(file)) {
                return 1;
            }
            var snippets = CaseSnippets.read(file);
            var system = new DatelineEventSystem(analyzer.create(null));
            var labels = new java.util.concurrent.ConcurrentHashMap<String, String>();
            EventClassification.evaluate(snippets, text -> {
                String label = system.classify(text);
                labels.put(text, label);
                return label;
            }, analyzer.threads).print(System.out);
            if (predictions != null) {
                Files.write(predictions, snippets.stream().map(s -> s.id() + "\t" + s.label() + "\t"
                        + labels.getOrDefault(s.text(), EventClassification.ERROR)).toList(), StandardCharsets.UTF_8);
            }
            return 0;
        }
    }

    @Command(name = "5w1h", description = "Giveme5W1H gold folder (e.g. ../shared/data/5w1h/gold): whether the main "
            + "event's who, what, when and where overlap an annotated phrase.")
    static final class FiveW implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFolder(dir)) {
                return 1;
            }
            var system = new DatelineEventSystem(analyzer.create());
            FiveWEvaluation.evaluate(dir, system::answer, analyzer.threads).print(System.out);
            return 0;
        }
    }

    @Command(name = "records", description = "Real news with hand-made gold (e.g. ../shared/data/realnews/dev: "
            + "articles/*.txt and gold.jsonl): the event records' precision, recall, whole-record accuracy, place, "
            + "actor, fatalities, assertor, caveat and repeats; quotes and places.")
    static final class Records implements Callable<Integer> {
        @Parameters(paramLabel = "DIR")
        Path dir;

        @Option(names = "--details", paramLabel = "FILE", description = "Write each gold event with its match, each "
                + "record that matched none, and each quote and place not right to this file.")
        Path details;

        @Option(names = "--part", paramLabel = "PART", description = "ALL (default), DEV (the 1st, 3rd, 5th ... "
                + "article) or ASIDE (the 2nd, 4th ...): develop on one half, check on the other.")
        RecordsEvaluation.Part part = RecordsEvaluation.Part.ALL;

        @Option(names = "--records", paramLabel = "FILE.jsonl", description = "Score the records of an earlier "
                + "'dateline analyze' run instead of analysing the articles.")
        Path records;

        @Mixin
        AnalyzerOptions analyzer;

        @Override
        public Integer call() throws IOException {
            if (!isFolder(dir)) {
                return 1;
            }
            List<GoldReport> gold;
            Function<GoldReport, AnalyzedArticle> system;
            try {
                gold = part.of(RealNewsGold.read(dir));
                system = records != null ? RecordSystems.fromRecords(records)
                        : RecordSystems.analyzing(analyzer.create());
            } catch (java.nio.file.NoSuchFileException e) {
                Errors.print(e.getFile() + ": no such file");
                return 1;
            } catch (IOException e) {
                Errors.print(e.getMessage());
                return 1;
            }
            Report report = RecordsEvaluation.evaluate(gold, system, analyzer.threads, details != null);
            if (details != null) {
                Files.write(details, report.details(), StandardCharsets.UTF_8);
                report = new Report(report.figures(), List.of());
            }
            report.print(System.out);
            return 0;
        }
    }
}
