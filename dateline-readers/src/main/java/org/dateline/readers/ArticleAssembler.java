package org.dateline.readers;

import java.nio.file.Path;
import java.time.LocalDate;

import org.dateline.model.Article;

/**
 * Turns a {@link Draft} into an {@link Article}, or into the one {@link ReadProblem} that says why it cannot be one:
 * no text, a text over {@link ReadOptions#maxChars()}, no publication date. The caller's date and source fill in
 * what the input does not state.
 */
final class ArticleAssembler {

    /** The message for an article without a publication date. */
    static final String NO_DATE = "no publication date: give --date YYYY-MM-DD";

    private ArticleAssembler() {
    }

    /**
     * Sends the article made from {@code draft} to the sink, or the problem with it.
     *
     * @param location where the draft stands in the file, or null for the whole file
     */
    static void assemble(Path file, String location, Draft draft, ReadOptions options, ArticleSink sink) {
        String problem = problemOf(draft, options);
        if (problem != null) {
            sink.problem(new ReadProblem(file, location, problem));
            return;
        }
        sink.article(article(draft, options));
    }

    /** The article of a draft that has no {@link #problemOf problem}. */
    static Article article(Draft draft, ReadOptions options) {
        LocalDate date = draft.date() != null ? draft.date() : options.date();
        String source = blankToNull(draft.source()) != null ? draft.source().strip() : options.source();
        return Article.of(date, draft.dateline(), blankToNull(draft.title()), source, blankToNull(draft.url()),
                draft.text());
    }

    /** Why the draft cannot be an article, one line, or null when it can. */
    static String problemOf(Draft draft, ReadOptions options) {
        if (draft.text() == null || draft.text().isBlank()) {
            return "no text";
        }
        if (draft.text().length() > options.maxChars()) {
            return "too long: " + draft.text().length() + " characters, over the limit of " + options.maxChars()
                    + " (ReadOptions.maxChars)";
        }
        if (draft.date() == null && options.date() == null) {
            return NO_DATE;
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
