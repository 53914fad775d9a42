package org.dateline.readers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.dateline.model.Article;

/**
 * Holds what one record produced until the reader has left the code that may fail on bad input, so that an
 * exception thrown by the caller's sink is never mistaken for bad input.
 */
final class SinkBuffer implements ArticleSink {

    private final List<Consumer<ArticleSink>> held = new ArrayList<>();

    @Override
    public void article(Article article) {
        held.add(sink -> sink.article(article));
    }

    @Override
    public void problem(ReadProblem problem) {
        held.add(sink -> sink.problem(problem));
    }

    /** Passes everything held to {@code sink}, in order, and forgets it. */
    void drainTo(ArticleSink sink) {
        held.forEach(action -> action.accept(sink));
        held.clear();
    }
}
