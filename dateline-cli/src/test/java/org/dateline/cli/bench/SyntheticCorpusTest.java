package org.dateline.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

/** The synthetic benchmark corpus: deterministic for a seed, of the size asked, with evidence where it says. */
class SyntheticCorpusTest {
    private static List<AnalyzedArticle> all(int events, long seed) {
        List<AnalyzedArticle> articles = new ArrayList<>();
        new SyntheticCorpus(events, seed).forEachRemaining(articles::add);
        return articles;
    }

    @Test
    void theSameSeedGivesTheSameArticles() {
        assertEquals(all(200, 7), all(200, 7));
    }

    @Test
    void anotherSeedGivesOtherArticles() {
        assertNotEquals(all(200, 7).get(0).article().text(), all(200, 8).get(0).article().text());
    }

    @Test
    void itHoldsTheEventsAskedForFourToAnArticle() {
        List<AnalyzedArticle> articles = all(200, 1);
        assertEquals(50, articles.size());
        assertEquals(200, articles.stream().mapToInt(a -> a.events().size()).sum());
        List<AnalyzedArticle> odd = all(203, 1);
        assertEquals(51, odd.size());
        assertEquals(3, odd.get(50).events().size());
        assertEquals(50, new HashSet<>(articles.stream().map(a -> a.article().id()).toList()).size());
    }

    @Test
    void articlesAreOneToTwoKilobytesInDateOrder() {
        List<AnalyzedArticle> articles = all(400, 3);
        for (int i = 0; i < articles.size(); i++) {
            int length = articles.get(i).article().text().length();
            assertTrue(length >= 1000 && length < 2600, "article " + i + " has " + length + " characters");
            if (i > 0) {
                assertTrue(!articles.get(i).article().date().isBefore(articles.get(i - 1).article().date()));
            }
        }
    }

    @Test
    void everyEvidenceSpanHoldsWhatItNames() {
        for (AnalyzedArticle a : all(400, 5)) {
            String text = a.article().text();
            for (Event e : a.events()) {
                assertTrue(0 <= e.start() && e.start() < e.end() && e.end() <= text.length(), e.toString());
                assertEquals(e.trigger(), e.triggerSpan().of(text));
                assertEquals(e.actor1().text(), e.actor1().span().of(text));
                assertTrue(text.substring(e.start(), e.end()).contains(e.place().name()), e.toString());
            }
            for (Quote q : a.quotes()) {
                assertEquals(q.text(), text.substring(q.start(), q.end()));
                assertEquals(q.speakerName(), q.speakerSpan().of(text));
            }
            for (Entity en : a.entities()) {
                for (Mention m : en.mentions()) {
                    assertEquals(m.text(), text.substring(m.start(), m.end()));
                }
            }
            for (Place p : a.places()) {
                assertEquals(p.text(), text.substring(p.start(), p.end()));
            }
        }
    }

    @Test
    void someEventsAreReportedAgainByAnotherArticle() {
        Set<String> seen = new HashSet<>();
        int again = 0;
        for (AnalyzedArticle a : all(200, 11)) {
            Set<String> here = new HashSet<>();
            for (Event e : a.events()) {
                String key = e.code() + "|" + e.actor1().name() + "|" + e.place().name() + "|" + e.date();
                if (seen.contains(key)) {
                    again++;
                }
                here.add(key);
            }
            seen.addAll(here);
        }
        assertTrue(again >= 10, again + " events reported again");
    }
}
