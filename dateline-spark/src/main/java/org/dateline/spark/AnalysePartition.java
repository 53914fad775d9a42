package org.dateline.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Json;
import org.dateline.model.Article;

/**
 * Analyses a partition's articles, one at a time, with the executor's {@link ExecutorModels analyzer}. An article
 * whose analysis fails becomes an error row; the partition goes on.
 */
final class AnalysePartition implements FlatMapFunction<Iterator<ReadItem>, Analysed> {
    private final JobOptions options;

    AnalysePartition(JobOptions options) {
        this.options = options;
    }

    @Override
    public Iterator<Analysed> call(Iterator<ReadItem> items) {
        return new Iterator<>() {
            private Analyzer analyzer;

            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Analysed next() {
                ReadItem item = items.next();
                Article article = Json.readPart(item.article(), Article.class);
                if (analyzer == null) {
                    analyzer = ExecutorModels.analyzer(options);
                }
                try {
                    String record = Json.write(analyzer.analyze(article), false);
                    return new Analysed(article.id(), article.date().toString(), record, null);
                } catch (RuntimeException | StackOverflowError e) {
                    return new Analysed(article.id(), article.date().toString(), null, new ErrorRow(item.file(),
                            "article " + article.id(), ErrorRow.ANALYSE, "analysis failed (" + e + ")"));
                }
            }
        };
    }
}
