package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.dateline.analysis.Analyzer;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/** Dateline as the system under the event evaluations, over the real parser (no gazetteer). */
class DatelineEventSystemTest {
    private static final DatelineEventSystem SYSTEM =
            new DatelineEventSystem(Analyzer.standard(new CoreNlpParser(CoreNlpConfig.defaults())));

    @Test
    void aSnippetTakesItsMainEventsCaseLabel() {
        assertEquals("SUIC_BOMB", SYSTEM.classify("A suicide bomber blew himself up at a checkpoint on Sunday, "
                + "killing 12 soldiers."));
        assertEquals("PEACE_PROTEST", SYSTEM.classify("Thousands of teachers marched peacefully through the capital "
                + "to demand higher pay."));
    }

    @Test
    void aSnippetWithoutAnEventIsOther() {
        assertEquals("OTHER", SYSTEM.classify("The weather in the valley was pleasant all week."));
    }

    @Test
    void theLeadGivesWhoWhatWhenAndWhere() {
        GoldArticle article = new GoldArticle("t1", "Rebels seize army base in Dravo", null,
                "Rebels seized an army base in the town of Dravo on Tuesday, officials said. The army has not "
                        + "commented.", LocalDate.of(2020, 5, 7), Map.of());
        FiveWAnswer answer = SYSTEM.answer(article);
        assertEquals("Rebels", answer.who());
        assertTrue(answer.what().startsWith("seize"), answer.what());
        assertEquals("Tuesday", answer.when());
        assertEquals("Dravo", answer.where());
    }
}
