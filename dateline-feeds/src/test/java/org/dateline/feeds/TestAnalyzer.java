package org.dateline.feeds;

import java.util.List;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Stage;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.parse.ParsedText;

/** An analyzer without CoreNLP: one armed clash per article, fought by the text's first word, on its date. */
final class TestAnalyzer {
    private TestAnalyzer() {
    }

    static Analyzer clashes() {
        return clashes(() -> { });
    }

    /** The analyzer, running {@code beforeEach} before each article's (empty) parse. */
    static Analyzer clashes(Runnable beforeEach) {
        return new Analyzer((text, date) -> {
            beforeEach.run();
            return new ParsedText(text, date, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }, List.of(new Clash()));
    }

    private static final class Clash implements Stage {
        @Override
        public Analysis apply(Analysis a) {
            String day = a.article().date().toString();
            String side = a.text().strip().split("\\s+")[0];
            return a.withEvents(List.of(new Event("ev1", "Battles", "Armed clash", "ARMED_CLASH", "clashed", null,
                    new EventActor(side, side, null, "STATE_FORCES", null, null), null, null,
                    new EventDate(day, day, day, 1, false, null, "TEXT"), List.of(),
                    new Assertion(a.article().source(), null, "OUTLET", null), "REPORTED", "ASSERTED", false, null,
                    0.5, 0, a.text().length(), 0, List.of())));
        }
    }
}
