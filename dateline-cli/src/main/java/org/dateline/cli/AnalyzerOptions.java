package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.event.Newness;
import org.dateline.analysis.event.NewnessModel;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
import org.dateline.embed.MiniLmEncoder;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GazetteerLocation;
import org.dateline.eval.ParseCache;
import org.dateline.model.parse.TextParser;
import picocli.CommandLine.Option;

/** Options shared by the commands that analyse text. */
final class AnalyzerOptions {
    @Option(names = "--threads", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ner", description = "NER models: FAST (3-class CRF + rules, default) or FULL (CoreNLP's three CRFs).")
    CoreNlpConfig.NerModels ner = CoreNlpConfig.NerModels.FAST;

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "Gazetteer index places are resolved with (default: data/gazetteer.db of the installation).")
    Path gazetteer;

    @Option(names = "--no-gazetteer", description = "Leave places unresolved.")
    boolean noGazetteer;

    /** The analyzer with the default gazetteer, its names read while the parser's models load. */
    Analyzer create() {
        CompletableFuture<Gazetteer> gazetteer = openGazetteerMeanwhile();
        TextParser parser = parser();
        return create(parser, await(gazetteer));
    }

    /** Opens the gazetteer on another thread (reading its names takes seconds, as loading the models does). */
    CompletableFuture<Gazetteer> openGazetteerMeanwhile() {
        return CompletableFuture.supplyAsync(this::openGazetteer);
    }

    /** The gazetteer opened by {@link #openGazetteerMeanwhile}, or its failure as thrown on this thread. */
    static Gazetteer await(CompletableFuture<Gazetteer> gazetteer) {
        try {
            return gazetteer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Option(names = "--parse-cache", paramLabel = "DIR", hidden = true, description = "Keep parses in this folder "
            + "and reuse them (development: the stages evaluated again without parsing again).")
    Path parseCache;

    @Option(names = "--newness", paramLabel = "HOW", description = "What decides whether a report is a new event: "
            + "RULES, MODEL (the learned sentence model) or COMBINED (default: ${DEFAULT-VALUE}).")
    Newness newness = Newness.RULES;

    /** The analyzer, resolving places with the given gazetteer (or not, when null). */
    Analyzer create(Gazetteer g) {
        return create(parser(), g);
    }

    /** The analyzer over a parser these options made, resolving places with the gazetteer (or not, when null). */
    Analyzer create(TextParser parser, Gazetteer g) {
        return newness == Newness.RULES ? Analyzer.standard(parser, g)
                : Analyzer.standard(parser, g, NewnessModel.english(new MiniLmEncoder()), newness);
    }

    /** The parser these options name (through the parse cache when one is given). */
    TextParser parser() {
        return parseCache == null ? new CoreNlpParser(CoreNlpConfig.withNer(ner))
                : new ParseCache(() -> new CoreNlpParser(CoreNlpConfig.withNer(ner)), parseCache, "corenlp-" + ner);
    }

    /** The gazetteer index to use, or null with --no-gazetteer (the file may not exist). */
    Path gazetteerFile() {
        return noGazetteer ? null : gazetteer != null ? gazetteer : GazetteerLocation.defaultIndex();
    }

    /** The gazetteer, or null (with a warning) when the default index has not been built. */
    Gazetteer openGazetteer() {
        if (noGazetteer) {
            return null;
        }
        Path file = gazetteerFile();
        if (gazetteer == null && !Files.exists(file)) {
            System.err.println("dateline: places are not resolved: no gazetteer index at " + file
                    + " (build it with: ./dateline gazetteer build)");
            return null;
        }
        try {
            return Gazetteer.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
