package org.dateline.readers;

import java.util.Objects;
import java.util.function.Consumer;

import org.dateline.model.Article;

/** Where a reader puts what it read: the articles, and one {@link ReadProblem} for each record it could not read. */
public interface ArticleSink {

    /** Receives one article read. */
    void article(Article article);

    /** Receives one problem; the reader goes on with the next record. */
    void problem(ReadProblem problem);

    /** A sink that hands articles and problems to two consumers. */
    static ArticleSink of(Consumer<? super Article> articles, Consumer<? super ReadProblem> problems) {
        Objects.requireNonNull(articles, "articles");
        Objects.requireNonNull(problems, "problems");
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.accept(problem);
            }
        };
    }
}
