package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's named-entity step ({@code ner}) with SUTime only where it can find something: the sentences that
 * {@link TimeCues} lets through go to the step with SUTime, the others to the same step without it. SUTime costs
 * more than the rest of named-entity recognition; the sentences without a time word or a digit are most of a
 * conflict report. Registered as the custom step {@code timedner}; its settings are the {@code ner.*} ones.
 */
public final class TimedNerAnnotator implements Annotator {

    private final NERCombinerAnnotator withTime;
    private final NERCombinerAnnotator withoutTime;
    private final TimeCues cues;

    /** The constructor CoreNLP calls for a {@code customAnnotatorClass}. */
    public TimedNerAnnotator(String name, Properties properties) {
        Properties timed = new Properties();
        timed.putAll(properties);
        timed.setProperty("ner.useSUTime", "true");
        Properties plain = new Properties();
        plain.putAll(properties);
        plain.setProperty("ner.useSUTime", "false");
        try {
            this.withTime = new NERCombinerAnnotator(timed);
            this.withoutTime = new NERCombinerAnnotator(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CoreNLP's named-entity models", e);
        }
        this.cues = TimeCues.english();
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) {
            withTime.annotate(annotation);
            return;
        }
        List<CoreMap> timed = new ArrayList<>();
        List<CoreMap> plain = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<String> words = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                words.add(t.word());
            }
            (cues.mayHoldTime(words) ? timed : plain).add(s);
        }
        run(withTime, annotation, timed);
        run(withoutTime, annotation, plain);
    }

    /** Runs a step on a view of the document that holds only some of its sentences (the same token objects). */
    private static void run(NERCombinerAnnotator step, Annotation document, List<CoreMap> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation view = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
        view.set(CoreAnnotations.DocDateAnnotation.class, document.get(CoreAnnotations.DocDateAnnotation.class));
        view.set(CoreAnnotations.DocIDAnnotation.class, document.get(CoreAnnotations.DocIDAnnotation.class));
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        view.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        view.set(CoreAnnotations.TokensAnnotation.class, tokens);
        step.annotate(view);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return withTime.requires();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return withTime.requirementsSatisfied();
    }
}
