package org.dateline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What lists show for an article, and search snippets whose text holds brackets. */
class HeadlinesTest {
    @Test
    void aTitleIsTheHeadline() {
        assertEquals("Shelling in Kharkiv", Headlines.of(" Shelling in Kharkiv ", "KHARKIV -", "KHARKIV - text"));
    }

    @Test
    void anUntitledArticleShowsItsDatelineAndFirstWords() {
        assertEquals("IZIUM, Ukraine (Reuters) - Ukrainian forces found a mass grave.",
                Headlines.of(null, "IZIUM, Ukraine (Reuters) -", "IZIUM, Ukraine (Reuters) - Ukrainian forces found"
                        + " a mass grave."));
        assertEquals("KYIV - Drones hit the capital overnight.",
                Headlines.of("  ", "KYIV -", "Drones hit the capital overnight."));
        String long1 = "word ".repeat(60);
        String h = Headlines.of(null, null, long1);
        assertTrue(h.endsWith(" …") && h.length() <= Headlines.MAX_CHARS + 2, h);
        assertEquals("(no text)", Headlines.of(null, null, "   "));
    }

    @Test
    void bracketsInTheTextStayTextAndOnlyTheMatchesAreMarked() {
        ArticleHit hit = ArticleHit.of("a", "2024-01-01", null, null,
                "an explosion [sic] \u0002shook\u0003 the [city]\u0001", "h");
        assertEquals("an explosion [sic] shook the [city]", hit.snippet());
        assertEquals(List.of(new ArticleHit.Mark(19, 24)), hit.marks());
        assertEquals("an explosion [sic] [shook] the [city]", hit.bracketed());
        assertEquals(List.of(new ArticleHit.Mark(0, 2)), ArticleHit.of("a", "d", null, null, "\u0002ab", "h")
                .marks(), "a mark left open runs to the end");
    }
}
