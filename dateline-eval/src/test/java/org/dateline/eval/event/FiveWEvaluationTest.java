package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.dateline.eval.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiveWEvaluationTest {

    @TempDir
    Path dir;

    /** Answers from the title; never sees the gold phrases; fails on an article titled "Crash". */
    private static final Function<GoldArticle, FiveWAnswer> FROM_TITLE = article -> {
        assertEquals(List.of(), article.phrases(Question.WHO));
        if (article.title().equals("Crash")) {
            throw new IllegalStateException("cannot parse");
        }
        return new FiveWAnswer("people", "tram", "yesterday", null);
    };

    @Test
    void scoresEachQuestionOverTheArticlesAnnotatedForIt() throws IOException {
        Files.writeString(dir.resolve("a.json"), FiveWGoldTest.GOOD);
        Files.writeString(dir.resolve("b.json"), FiveWGoldTest.GOOD.replace("Tram overturns", "Crash"));
        Files.writeString(dir.resolve("c.json"), "[]");

        Report report = FiveWEvaluation.evaluate(dir, FROM_TITLE, 2);

        assertEquals(2, report.value("articles"));
        assertEquals(0.5, report.value("who"));
        assertEquals(0.5, report.value("what"));
        assertEquals(0.0, report.value("when"));
        assertEquals(0.0, report.value("where")); // annotated by no article
        assertEquals(0.25, report.value("mean"));
        assertEquals(2, report.value("when-annotated"));
        assertEquals(1, report.value("when-answered"));
        assertEquals(0, report.value("where-annotated"));
        assertEquals(List.of(
                "skipped c.json: not a JSON object",
                "system failed on article b: java.lang.IllegalStateException: cannot parse",
                "a when: system='yesterday' gold=['at around 6am']",
                "b who: system=none gold=['Several people']",
                "b what: system=none gold=['tram derailment']",
                "b when: system=none gold=['at around 6am']"), report.details());
        assertEquals(report, FiveWEvaluation.evaluate(dir, FROM_TITLE, 1));
    }

    @Test
    void aFolderWithoutReadableArticlesIsAnError() throws IOException {
        Files.writeString(dir.resolve("c.json"), "[]");

        IOException e = assertThrows(IOException.class, () -> FiveWEvaluation.evaluate(dir, FROM_TITLE, 1));
        assertEquals("no readable article in " + dir + " (1 files skipped)", e.getMessage());
    }
}
