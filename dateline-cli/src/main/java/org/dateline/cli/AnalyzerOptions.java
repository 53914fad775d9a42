package org.dateline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.analysis.Analyzer;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
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

    Analyzer create() {
        return create(openGazetteer());
    }

    /** The analyzer, resolving places with the given gazetteer (or not, when null). */
    @Option(names = "--parse-cache", paramLabel = "DIR", hidden = true, description = "Keep parses in this folder "
            + "and reuse them (development: the stages evaluated again without parsing again).")
    Path parseCache;

    Analyzer create(Gazetteer g) {
        return Analyzer.standard(parser(), g);
    }

    /** The parser these options name (through the parse cache when one is given). */
    TextParser parser() {
        return parseCache == null ? new CoreNlpParser(CoreNlpConfig.withNer(ner))
                : new ParseCache(() -> new CoreNlpParser(CoreNlpConfig.withNer(ner)), parseCache, "corenlp-" + ner);
    }

    /** The gazetteer, or null (with a warning) when the default index has not been built. */
    Gazetteer openGazetteer() {
        if (noGazetteer) {
            return null;
        }
        Path file = gazetteer != null ? gazetteer : GazetteerLocation.defaultIndex();
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
