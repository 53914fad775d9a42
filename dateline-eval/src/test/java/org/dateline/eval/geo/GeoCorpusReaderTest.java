package org.dateline.eval.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCorpusReaderTest {

    @Test
    void readsLglArticlesWithDatesOffsetsAndGazetteerEntries(@TempDir Path dir) throws IOException {
        GeoCorpus corpus = GeoCorpusReader.read(GeoFixtures.write(dir, "lgl.xml", GeoFixtures.LGL));

        assertEquals(GeoFormat.LGL, corpus.format());
        assertEquals(0, corpus.outsideText());
        assertEquals(2, corpus.documents().size());
        GeoDocument first = corpus.documents().get(0);
        assertEquals("101", first.id());
        assertEquals("Paris & Texas: Paris beat Lyon.", first.text());
        assertEquals(LocalDate.of(2009, 3, 20), first.date());
        assertEquals(List.of(
                new GoldToponym(0, 5, "Paris", 33.66094, -95.55551, "PPL", 4717560L),
                new GoldToponym(8, 13, "Texas", 31.25044, -99.25061, "ADM1", 4736286L),
                new GoldToponym(15, 20, "Paris", null, null, null, null)), first.toponyms());
        GeoDocument second = corpus.documents().get(1);
        assertEquals(LocalDate.of(2009, 3, 23), second.date());
        assertEquals(List.of(), second.toponyms());
    }

    @Test
    void readsGeoWebNewsTypesAndCoordinatesAndLeavesOutSpansOutsideTheText(@TempDir Path dir) throws IOException {
        GeoCorpus corpus = GeoCorpusReader.read(GeoFixtures.write(dir, "GWN.xml", GeoFixtures.GWN));

        assertEquals(GeoFormat.GEOWEBNEWS, corpus.format());
        assertEquals(1, corpus.outsideText());
        GeoDocument doc = corpus.documents().get(0);
        assertEquals("7", doc.id());
        assertEquals(null, doc.date());
        assertEquals("Kenyan police said Nairobi \"calm\"; Kenya Airways flew.", doc.text());
        assertEquals(List.of(
                new GoldToponym(0, 6, "Kenyan", null, null, "Demonym", null),
                new GoldToponym(0, 13, "Kenyan police", null, null, "Non_Lit_Expression", null),
                new GoldToponym(19, 26, "Nairobi", -1.28333, 36.81667, "Literal", 184745L),
                new GoldToponym(35, 40, "Kenya", 1.0, 38.0, "Embedded_Non_Lit", null)), doc.toponyms());
    }

    @Test
    void geoWebNewsCountsTheElevenToponymTypesButNotExpressionsOrNonToponyms() {
        GeoFormat gwn = GeoFormat.GEOWEBNEWS;
        for (String type : List.of("Literal", "Literal_Modifier", "Mixed", "Coercion", "Embedded_Literal",
                "Metonymic", "Non_Literal_Modifier", "Embedded_Non_Lit", "Demonym", "Language", "Homonym")) {
            assertTrue(gwn.counts(new GoldToponym(0, 1, "x", null, null, type, null)), type);
        }
        for (String type : List.of("Non_Toponym", "Literal_Expression", "Non_Lit_Expression")) {
            assertFalse(gwn.counts(new GoldToponym(0, 1, "x", null, null, type, null)), type);
        }
        assertTrue(GeoFormat.LGL.counts(new GoldToponym(0, 1, "x", null, null, "ADM2", null)));
        assertTrue(gwn.goldTypes().startsWith("Literal Literal_Modifier"));
        assertTrue(gwn.goldTypes().endsWith("(not Non_Toponym Literal_Expression Non_Lit_Expression)"));
    }

    @Test
    void xmlThatIsNotWellFormedNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
        Path file = GeoFixtures.write(dir, "broken.xml", GeoFixtures.LGL.replace("</phrase>", "</phrse>"));

        var e = assertThrows(IllegalArgumentException.class, () -> GeoCorpusReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": not well-formed XML at line 13, column "), e.getMessage());
    }

    @Test
    void offsetsThatDoNotReadAsThePhraseNameTheFileArticleAndLine(@TempDir Path dir) throws IOException {
        Path file = GeoFixtures.write(dir, "shifted.xml", GeoFixtures.LGL.replace("<start>8</start>",
                "<start>7</start>"));

        var e = assertThrows(IllegalArgumentException.class, () -> GeoCorpusReader.read(file));
        assertEquals(file + ": line 22: article 101: toponym 'Texas' at 7..13 reads ' Texas' in the text",
                e.getMessage());
    }

    @Test
    void missingFieldsBadNumbersAndUnknownLayoutsAreErrors(@TempDir Path dir) throws IOException {
        assertError(dir, GeoFixtures.LGL.replace("<lat>33.66094</lat>", "<lat>north</lat>"),
                "line 18: <lat> 'north' is not a number");
        assertError(dir, GeoFixtures.LGL.replace("<phrase>Texas</phrase>", ""), "line 22: <toponym> without <phrase>");
        assertError(dir, GeoFixtures.LGL.replace("<lat>33.66094</lat>", "<lat>133.7</lat>"),
                "line 10: article 101: toponym 'Paris' at 0: coordinates out of range (lat 133.7, lon -95.55551)");
        assertError(dir, GeoFixtures.GWN.replace("<type>Literal</type>", "<type>Literally</type>"),
                "line 27: article 7: unknown GeoWebNews toponym type 'Literally'");
        assertError(dir, GeoFixtures.LGL.replace("docid=\"101\"", "id=\"101\""), "line 4: cannot tell the format");
        assertError(dir, "<TimeML><TEXT>no</TEXT></TimeML>", "line 1: expected an <articles> root");
    }

    private static void assertError(Path dir, String content, String expected) throws IOException {
        Path file = GeoFixtures.write(dir, "bad.xml", content);
        var e = assertThrows(IllegalArgumentException.class, () -> GeoCorpusReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
    }
}
