package org.dateline.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.parse.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The parse with SUTime only on the sentences {@link TimeCues} lets through equals the parse with SUTime on every
 * sentence: tokens and their classes, sentences, dependencies, mentions, time expressions and quotations, on text
 * written for the test and on real news (the seed, the real-news dev set and Reuters stories). Slow: CoreNLP twice.
 */
@Tag("corenlp")
class SelectiveParseTest {

    private static CoreNlpParser selective;
    private static CoreNlpParser everywhere;

    @BeforeAll
    static void load() {
        CoreNlpConfig d = CoreNlpConfig.defaults();
        selective = new CoreNlpParser(d);
        everywhere = new CoreNlpParser(new CoreNlpConfig(d.nerModels(), d.fineGrained(), d.quotes(),
                d.maxSentenceTokens(), CoreNlpConfig.TimeTagging.EVERY_SENTENCE));
    }

    @Test
    void sameParseOnTextWrittenForTheTest() {
        String text = "No one was hurt, the third said. Forces shelled the town at the time of the vote. "
                + "The current mayor fled in the mid-1990s and returned on 3/4. Troops left Kharkiv. "
                + "Talks resumed at 1030 GMT, a day after 150 mln dlrs were pledged. Officials met in Geneva.";
        ParsedText s = selective.parse(text, LocalDate.of(2024, 5, 26));
        assertSame("written", everywhere.parse(text, LocalDate.of(2024, 5, 26)), s);
        assertTrue(s.sentences().size() == 6 && !s.timexes().isEmpty(), s.toString());
    }

    @Test
    void sameParseOnRealNews() {
        String missing = NewsSamples.missing();
        assumeTrue(missing == null, missing);
        List<Article> articles = NewsSamples.load(60);
        for (Article a : articles) {
            assertSame(a.id(), everywhere.parse(a.text(), a.date()), selective.parse(a.text(), a.date()));
        }
    }

    private static void assertSame(String name, ParsedText expected, ParsedText actual) {
        assertSameList(name + ": tokens", expected.tokens(), actual.tokens());
        assertSameList(name + ": sentences", expected.sentences(), actual.sentences());
        assertSameList(name + ": mentions", expected.mentions(), actual.mentions());
        assertSameList(name + ": time expressions", expected.timexes(), actual.timexes());
        assertSameList(name + ": dependencies", expected.dependencies(), actual.dependencies());
        assertSameList(name + ": quotations", expected.quotes(), actual.quotes());
    }

    /** Fails at the first element that differs (whole lists are too long to read in a message). */
    private static void assertSameList(String what, List<?> expected, List<?> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + " #" + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": count");
    }
}
