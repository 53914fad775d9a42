package org.dateline.eval.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Json;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.Readers;

/** The systems a records evaluation scores: an analyzer run on each article, or records a run wrote before. */
public final class RecordSystems {

    private RecordSystems() {
    }

    /** Reads each gold article with Dateline's own readers and analyses it. */
    public static Function<GoldReport, AnalyzedArticle> analyzing(Analyzer analyzer) {
        return gold -> analyzer.analyze(article(gold.file()));
    }

    /**
     * The records of a {@code dateline analyze} run (one dateline/1 JSON object per line), found for each gold
     * article by its content id; an article the file lacks fails with a message naming it.
     *
     * @throws IOException naming the file and line when it cannot be read or a line is not a record
     */
    public static Function<GoldReport, AnalyzedArticle> fromRecords(Path jsonl) throws IOException {
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(jsonl)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    AnalyzedArticle r = Json.read(line);
                    byId.put(r.article().id(), r);
                } catch (IllegalArgumentException e) {
                    throw new IOException(jsonl + " line " + number + ": " + e.getMessage());
                }
            }
        }
        return gold -> {
            AnalyzedArticle r = byId.get(article(gold.file()).id());
            if (r == null) {
                throw new IllegalArgumentException(jsonl + " has no record of " + gold.name());
            }
            return r;
        };
    }

    /** The one article of a gold file, as Dateline's readers read it. */
    static Article article(Path file) {
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Readers.read(file, ReadOptions.defaults(), ArticleSink.of(articles::add, p -> problems.add(p.toString())));
        if (!problems.isEmpty() || articles.size() != 1) {
            throw new IllegalArgumentException(file + ": " + (problems.isEmpty()
                    ? articles.size() + " articles instead of one" : String.join("; ", problems)));
        }
        return articles.get(0);
    }
}
