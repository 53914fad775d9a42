package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dateline.model.Span;

/** Runs a quote attributor over a PolNeAR split and scores it with {@link AttributionScorer}. */
public final class QuoteEvaluation {

    private QuoteEvaluation() {
    }

    /**
     * @param dir    a PolNeAR split folder ({@code text/}, {@code attributions/}; metadata.tsv in it or its parent)
     * @param system given a text and its publication date, returns the attributions it finds, with offsets into
     *               that text; called once per annotated text, in file-name order, on the calling thread
     */
    public static Report run(Path dir, BiFunction<String, LocalDate, List<PredictedAttribution>> system)
            throws IOException {
        return run(dir, system, text -> cue -> false);
    }

    /**
     * As {@link #run(Path, BiFunction)}, with nominal cues told apart.
     *
     * @param nominalCues given a text, tells whether a cue in it (its spans) is nominal
     */
    public static Report run(Path dir, BiFunction<String, LocalDate, List<PredictedAttribution>> system,
                             Function<String, Predicate<List<Span>>> nominalCues) throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(dir);
        if (corpus.texts().isEmpty()) {
            throw new IOException("no annotated texts in " + dir);
        }
        AttributionScores total = AttributionScores.EMPTY;
        for (PolnearText text : corpus.texts()) {
            List<PredictedAttribution> predicted = system.apply(text.text(), text.published());
            if (predicted == null) {
                throw new IllegalStateException("the system returned null for " + text.name());
            }
            total = total.plus(AttributionScorer.score(text.text(), text.attributions(), predicted,
                    nominalCues.apply(text.text())));
        }
        long several = corpus.unusedAnnotations().stream()
                .map(file -> file.substring(0, file.lastIndexOf('_')))
                .distinct()
                .count();
        var details = new ArrayList<String>();
        details.add("gold: one annotation per text, the first annotator file in sorted order; " + several
                + " texts have several, " + corpus.unusedAnnotations().size() + " annotation files unused");
        if (!corpus.unannotatedTexts().isEmpty()) {
            details.add("texts without annotation, left out: " + corpus.unannotatedTexts());
        }
        details.add("direct quote: content whose first non-blank character, or the character just before it,"
                + " is an opening quotation mark (" + AttributionScorer.OPENING_MARKS + ")");
        return new Report(total.report().figures(), details);
    }
}
