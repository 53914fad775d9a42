package org.dateline.cli;

import org.dateline.analysis.Analyzer;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
import picocli.CommandLine.Option;

/** Options shared by the commands that analyse text. */
final class AnalyzerOptions {
    @Option(names = "--threads", description = "Analysis threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--ner", description = "NER models: FAST (3-class CRF + rules, default) or FULL (CoreNLP's three CRFs).")
    CoreNlpConfig.NerModels ner = CoreNlpConfig.NerModels.FAST;

    Analyzer create() {
        CoreNlpConfig d = CoreNlpConfig.defaults();
        return Analyzer.standard(new CoreNlpParser(new CoreNlpConfig(ner, d.fineGrained(), d.quotes(),
                d.maxSentenceTokens())));
    }
}
