package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;

import org.dateline.eval.Report;
import org.junit.jupiter.api.Test;

class EventClassificationTest {

    private static final List<CaseSnippet> SNIPPETS = List.of(
            new CaseSnippet("1", "jets bombed the town", "AIR_STRIKE"),
            new CaseSnippet("2", "jets bombed the bridge", "AIR_STRIKE"),
            new CaseSnippet("3", "police arrested a man", "ARREST"),
            new CaseSnippet("4", "shells hit the market", "ART_MISS_ATTACK"),
            new CaseSnippet("5", "a crash", "AIR_STRIKE"));

    /** Bombing is an air strike, arresting an arrest, anything else an air strike; "crash" breaks it. */
    private static final Function<String, String> KEYWORDS = text -> {
        if (text.contains("crash")) {
            throw new IllegalStateException("no model for\ncrashes");
        }
        return text.contains("arrested") ? "ARREST" : "AIR_STRIKE";
    };

    @Test
    void aFailureCountsAsErrorAndIsNamedWithoutStoppingTheRun() {
        Report report = EventClassification.evaluate(SNIPPETS, KEYWORDS, 2);

        assertEquals(5, report.value("snippets"));
        assertEquals(0.6, report.value("accuracy"), 1e-12);
        assertEquals(0.6, report.value("micro-f1"), 1e-12);
        // AIR_STRIKE: 2 of 3 gold, 3 predicted -> 2/3; ARREST 1; ART_MISS_ATTACK 0; ERROR 0 (predicted, never gold)
        assertEquals((2.0 / 3 + 1 + 0 + 0) / 4, report.value("macro-f1"), 1e-12);
        assertEquals((3 * 2.0 / 3 + 1 * 1 + 1 * 0) / 5, report.value("weighted-f1"), 1e-12);
        assertEquals(List.of(
                "label precision recall f1 support correct",
                "AIR_STRIKE 0.667 0.667 0.667 3 2",
                "ARREST 1.000 1.000 1.000 1 1",
                "ART_MISS_ATTACK 0.000 0.000 0.000 1 0",
                "ERROR 0.000 0.000 0.000 0 0",
                "confusion AIR_STRIKE -> ERROR: 1",
                "confusion ART_MISS_ATTACK -> AIR_STRIKE: 1",
                "system failed on snippet 5: java.lang.IllegalStateException: no model for crashes"),
                report.details());
    }

    @Test
    void theFiguresComeInTheDocumentedOrder() {
        Report report = EventClassification.evaluate(SNIPPETS, KEYWORDS, 1);

        assertEquals(List.of("snippets", "micro-f1", "macro-f1", "weighted-f1", "accuracy"),
                report.figures().stream().map(Report.Figure::name).toList());
    }

    @Test
    void theReportIsTheSameOnAnyNumberOfThreads() {
        Function<String, String> slowFirst = text -> {
            if (text.contains("town")) {
                sleep(50);
            }
            return KEYWORDS.apply(text);
        };

        Report one = EventClassification.evaluate(SNIPPETS, slowFirst, 1);
        assertEquals(one, EventClassification.evaluate(SNIPPETS, slowFirst, 5));
        assertEquals(one, EventClassification.evaluate(SNIPPETS, slowFirst, 64));
    }

    @Test
    void aNullOrBlankLabelIsAFailure() {
        Report report = EventClassification.evaluate(SNIPPETS.subList(0, 2), text -> text.contains("town") ? null : " ",
                1);

        assertEquals(0, report.value("accuracy"));
        assertEquals(List.of("system failed on snippet 1: returned no label (null)",
                "system failed on snippet 2: returned no label ( )"),
                report.details().subList(report.details().size() - 2, report.details().size()));
    }

    @Test
    void nothingToEvaluateOrNoThreadIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> EventClassification.evaluate(List.of(), KEYWORDS, 1));
        assertThrows(IllegalArgumentException.class, () -> EventClassification.evaluate(SNIPPETS, KEYWORDS, 0));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
