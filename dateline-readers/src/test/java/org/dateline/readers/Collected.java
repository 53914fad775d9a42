package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dateline.model.Article;

/** A sink for tests: keeps what a reader produced, with assertions that say what was expected. */
final class Collected implements ArticleSink {

    final List<Article> articles = new ArrayList<>();
    final List<ReadProblem> problems = new ArrayList<>();

    static Collected read(ArticleReader reader, Path file, ReadOptions options) {
        Collected collected = new Collected();
        reader.read(file, options, collected);
        return collected;
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(ReadProblem problem) {
        problems.add(problem);
    }

    /** The one article read, failing when there were problems or another number of articles. */
    Article onlyArticle() {
        assertTrue(problems.isEmpty(), () -> "expected no problems, got " + problems);
        assertEquals(1, articles.size(), () -> "expected one article, got " + articles.size());
        return articles.get(0);
    }

    /** The one problem reported, failing when there were articles or another number of problems. */
    ReadProblem onlyProblem() {
        assertTrue(articles.isEmpty(), () -> "expected no articles, got " + articles.size());
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    /** The problems as the one-line texts a user would see. */
    List<String> problemLines() {
        return problems.stream().map(ReadProblem::toString).toList();
    }
}
