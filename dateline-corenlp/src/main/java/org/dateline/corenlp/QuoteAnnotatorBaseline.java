package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.model.Span;

/**
 * Plain CoreNLP for comparison: the default pipeline with coreference and the QuoteAnnotator's own attribution
 * (tokenize,ssplit,pos,lemma,ner,depparse,coref,quote). Used by the evaluation only; slow.
 */
public final class QuoteAnnotatorBaseline {

    /** A quote as CoreNLP attributes it: the quote span with its marks, and the speaker mention if any. */
    public record AttributedQuote(Span quote, Span speaker) {
    }

    private final StanfordCoreNLP pipeline;

    public QuoteAnnotatorBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        pipeline = new StanfordCoreNLP(p);
    }

    public List<AttributedQuote> quotes(String text, LocalDate date) {
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.DocDateAnnotation.class, date.toString());
        pipeline.annotate(doc);
        List<AttributedQuote> out = new ArrayList<>();
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        if (quotes == null) {
            return out;
        }
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        for (CoreMap q : quotes) {
            Span quote = new Span(q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            Span speaker = null;
            Integer begin = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer end = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            if (begin != null && end != null && begin >= 0 && end < tokens.size() && begin <= end) {
                speaker = new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
            }
            out.add(new AttributedQuote(quote, speaker));
        }
        return out;
    }
}
