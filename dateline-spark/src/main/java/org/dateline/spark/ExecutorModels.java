package org.dateline.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkFiles;
import org.dateline.analysis.Analyzer;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
import org.dateline.geo.Gazetteer;

/**
 * The analyzer of this JVM: the CoreNLP models and the gazetteer are loaded once per executor, by the first task that
 * needs them, and shared by every task the executor runs (the analyzer is thread-safe).
 */
final class ExecutorModels {
    /** What the analyzer was made from: a task asking for other settings gets a new one. */
    private record Settings(CoreNlpConfig.NerModels ner, String gazetteer) {
    }

    private static Settings settings;
    private static Analyzer analyzer;

    private ExecutorModels() {
    }

    /** The analyzer for these options, created on first use in this JVM. */
    static synchronized Analyzer analyzer(JobOptions options) {
        Settings wanted = new Settings(options.ner(), options.gazetteer());
        if (analyzer == null || !wanted.equals(settings)) {
            CoreNlpParser parser = new CoreNlpParser(CoreNlpConfig.withNer(options.ner()));
            analyzer = Analyzer.standard(parser, options.gazetteer() == null ? null : gazetteer(options.gazetteer()));
            settings = wanted;
        }
        return analyzer;
    }

    /** Opens the gazetteer: the path itself when this machine has it, else a file of that name shipped with --files. */
    private static Gazetteer gazetteer(String name) {
        Path path = Path.of(name);
        if (!Files.isRegularFile(path)) {
            path = Path.of(SparkFiles.get(path.getFileName().toString()));
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("no gazetteer index at " + name + " on this executor, nor shipped with"
                    + " --files as " + Path.of(name).getFileName());
        }
        try {
            return Gazetteer.open(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gazetteer " + path, e);
        }
    }
}
