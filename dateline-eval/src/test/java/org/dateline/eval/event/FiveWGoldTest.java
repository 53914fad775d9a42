package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiveWGoldTest {

    /** A news-please article as in the gold set: one annotation without text, an empty where, a why. */
    static final String GOOD = """
            {"title": "Tram overturns", "description": null, "text": "A tram overturned in Croydon.",
             "date_publish": "2016-11-09 00:00:00",
             "fiveWoneH": {
               "who": {"label": "who", "annotated": [{"coderPhraseCount": 2, "text": " Several people "},
                                                     {"coderPhraseCount": 1}]},
               "what": {"label": "what", "annotated": [{"coderPhraseCount": 3, "text": "tram derailment"}]},
               "when": {"label": "when", "annotated": [{"coderPhraseCount": 3, "parsed": "2016-11-09",
                                                        "text": "at around 6am"}]},
               "where": {"label": "where", "annotated": [{"coderPhraseCount": 1, "text": "  "}]},
               "why": {"label": "why", "annotated": [{"coderPhraseCount": 2, "text": "speeding"}]}}}
            """;

    @TempDir
    Path dir;

    @Test
    void readsGoodFilesAndSkipsBrokenOnesWithTheirReasons() throws IOException {
        Files.writeString(dir.resolve("b-good.json"), GOOD);
        Files.writeString(dir.resolve("a-broken.json"), "{\"title\": \"Cut off\", \"text\": ");
        Files.writeString(dir.resolve("c-no-text.json"), "{\"title\": \"No text\", \"fiveWoneH\": {}}");
        Files.writeString(dir.resolve("notes.txt"), "not an article");

        FiveWGold gold = FiveWGold.read(dir);

        assertEquals(List.of(new GoldArticle("b-good", "Tram overturns", null, "A tram overturned in Croydon.",
                LocalDate.of(2016, 11, 9), Map.of(
                        Question.WHO, List.of("Several people"),
                        Question.WHAT, List.of("tram derailment"),
                        Question.WHEN, List.of("at around 6am")))), gold.articles());
        assertEquals(List.of("a-broken.json", "c-no-text.json"),
                gold.skipped().stream().map(FiveWGold.Skipped::file).toList());
        assertTrue(gold.skipped().get(0).reason().startsWith("not JSON: "), gold.skipped().get(0).reason());
        assertEquals("no text (a non-blank string)", gold.skipped().get(1).reason());
        assertEquals(List.of(), gold.articles().get(0).phrases(Question.WHERE));
    }

    @Test
    void aDateOfNoneIsNoDateButAnyOtherNonDateSkipsTheArticle() throws IOException {
        Files.writeString(dir.resolve("none.json"), GOOD.replace("2016-11-09 00:00:00", "None"));
        Files.writeString(dir.resolve("wrong.json"), GOOD.replace("2016-11-09 00:00:00", "9 Nov 2016"));

        FiveWGold gold = FiveWGold.read(dir);

        assertNull(gold.articles().get(0).publishDate());
        assertEquals(List.of(new FiveWGold.Skipped("wrong.json",
                "date_publish '9 Nov 2016' does not start with a date yyyy-mm-dd")), gold.skipped());
    }

    @Test
    void aFolderThatIsNotThereIsAnError() {
        assertThrows(IOException.class, () -> FiveWGold.read(dir.resolve("missing")));
    }
}
