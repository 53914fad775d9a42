package org.dateline.ingest;

import java.util.List;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Analyzer;
import org.dateline.analysis.Stage;
import org.dateline.model.Assertion;
import org.dateline.model.Event;
import org.dateline.model.EventActor;
import org.dateline.model.EventDate;
import org.dateline.model.parse.ParsedText;

/**
 * Analyzers without CoreNLP for testing the ingest: no parse, and one stage that reports one event per article, whose
 * actor is the article's first word (so articles sharing it report the same event).
 */
final class TestAnalyzers {
    private TestAnalyzers() {
    }

    /** The analyzer; each article takes at least {@code millis} of (sleeping) work. */
    static Analyzer oneEventEach(long millis) {
        return new Analyzer((text, date) -> {
            pause(millis);
            return new ParsedText(text, date, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }, List.of(new OneEvent()));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class OneEvent implements Stage {
        @Override
        public Analysis apply(Analysis a) {
            String day = a.article().date().toString();
            String actor = a.text().strip().split("\\s+")[0];
            Event e = new Event("ev1", "Protests", "Peaceful protest", "PEACEFUL_PROTEST", "protest", null,
                    new EventActor(actor, actor, null, "PROTESTERS", null, null), null, null,
                    new EventDate(day, day, day, 1, false, null, "TEXT"), List.of(),
                    new Assertion(a.article().source(), null, "OUTLET", null), "REPORTED", "ASSERTED", false, null, 0.5,
                    0, a.text().length(), 0, List.of());
            return a.withEvents(List.of(e));
        }
    }
}
