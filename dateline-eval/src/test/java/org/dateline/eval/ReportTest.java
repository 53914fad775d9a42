package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ReportTest {

    private final Report report = Report.builder()
            .count("documents", 183)
            .ratio("value-accuracy", 0.77321)
            .detail("value-mismatch doc \"Monday\" gold=1998-01-05 predicted=1998-01-12")
            .build();

    @Test
    void printsRatiosWithThreeDecimalsAndCountsAsIntegers() {
        assertEquals("""
                documents: 183
                value-accuracy: 0.773
                # value-mismatch doc "Monday" gold=1998-01-05 predicted=1998-01-12
                """, printed(report, null));
    }

    @Test
    void prefixNamesTheSystemInFrontOfEachFigure() {
        assertEquals("""
                corenlp-documents: 183
                corenlp-value-accuracy: 0.773
                # value-mismatch doc "Monday" gold=1998-01-05 predicted=1998-01-12
                """, printed(report, "corenlp"));
    }

    @Test
    void scoreAddsPrecisionRecallAndF1WithSuffix() {
        Report scores = Report.builder().score("extent", "-strict", new Score(4, 2, 1)).build();
        assertEquals(0.5, scores.value("extent-precision-strict"));
        assertEquals(0.25, scores.value("extent-recall-strict"));
        assertEquals(1.0 / 3, scores.value("extent-f1-strict"), 1e-9);
    }

    @Test
    void unknownFigureIsAnErrorNotADefault() {
        assertThrows(IllegalArgumentException.class, () -> report.value("value-acuracy"));
    }

    @Test
    void aNameMayAppearOnlyOnce() {
        assertThrows(IllegalArgumentException.class, () -> Report.builder().count("n", 1).count("n", 2).build());
    }

    @Test
    void ratiosOverNothingAreZero() {
        assertEquals(0.0, Score.EMPTY.precision());
        assertEquals(0.0, Score.EMPTY.recall());
        assertEquals(0.0, Score.EMPTY.f1());
        assertThrows(IllegalArgumentException.class, () -> new Score(1, 1, 2));
    }

    private static String printed(Report report, String prefix) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            if (prefix == null) {
                report.print(out);
            } else {
                report.print(out, prefix);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
