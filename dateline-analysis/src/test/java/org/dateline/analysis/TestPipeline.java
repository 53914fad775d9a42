package org.dateline.analysis;

import java.time.LocalDate;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;

/** One analyzer per test JVM: the models load once. */
final class TestPipeline {
    private static final class Holder {
        static final CoreNlpParser PARSER = new CoreNlpParser(CoreNlpConfig.defaults());
        static final Analyzer ANALYZER = Analyzer.standard(PARSER);
    }

    private TestPipeline() {
    }

    /** The standard stages over the shared parser, resolving places with the gazetteer. */
    static Analyzer withGazetteer(org.dateline.geo.Gazetteer gazetteer) {
        return Analyzer.standard(Holder.PARSER, gazetteer);
    }

    static Analyzer analyzer() {
        return Holder.ANALYZER;
    }

    static AnalyzedArticle analyze(String date, String text) {
        return analyzer().analyze(Article.of(LocalDate.parse(date), null, null, null, null, text));
    }
}
