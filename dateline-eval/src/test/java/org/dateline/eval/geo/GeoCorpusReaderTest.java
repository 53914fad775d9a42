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
    void offsetsAFewCharactersOffAreRealignedAndFarOnesLeftOutEachWithANote(@TempDir Path dir) throws IOException {
        Path file = GeoFixtures.write(dir, "shifted.xml", GeoFixtures.LGL.replace("<start>8</start>",
                "<start>7</start>"));

        GeoCorpus corpus = GeoCorpusReader.read(file);

        List<GoldToponym> toponyms = corpus.documents().get(0).toponyms();
        assertEquals(new GoldToponym(8, 13, "Texas", 31.25044, -99.25061, "ADM1", 4736286L), toponyms.get(1),
                "' Texas' at 7..13 moved to the Texas at 8");
        assertEquals(1, corpus.count(ReaderNote.Cause.OFFSET_REALIGNED));
        ReaderNote note = corpus.notes().get(0);
        assertEquals(file + ": line 22: article 101: toponym 'Texas' at 7..13 reads ' Texas' in the text: moved to "
                + "8..13 [offset-realigned]", note.oneLine());

        Path far = GeoFixtures.write(dir, "far.xml", GeoFixtures.LGL.replace("<start>8</start>", "<start>30</start>")
                .replace("<end>13</end>", "<end>35</end>")
                .replace("Paris beat Lyon.", "Paris beat Lyon today, and again " + "x".repeat(40) + "."));
        GeoCorpus skipped = GeoCorpusReader.read(far);
        assertEquals(1, skipped.count(ReaderNote.Cause.OFFSET_SKIPPED));
        assertEquals(2, skipped.documents().get(0).toponyms().size(), "Texas left out, both Paris kept");
    }

    @Test
    void freeFormAndEmptyPublicationTimesKeepTheDocument(@TempDir Path dir) throws IOException {
        String trNews = GeoFixtures.LGL
                .replace("<dltime>2009-03-20 12:24:52.002364-05</dltime>",
                        "<dltime>Wed Nov 23, 2016 | 4:58pm EST</dltime>")
                .replace("<dltime>2009-03-23</dltime>", "<dltime>\n        </dltime>");
        GeoCorpus corpus = GeoCorpusReader.read(GeoFixtures.write(dir, "tr-news.xml", trNews));

        assertEquals(LocalDate.of(2016, 11, 23), corpus.documents().get(0).date());
        assertEquals(null, corpus.documents().get(1).date());
        assertEquals(List.of(ReaderNote.Cause.TIME_FREE_FORM, ReaderNote.Cause.TIME_MISSING),
                corpus.notes().stream().map(ReaderNote::cause).toList());

        GeoCorpus unreadable = GeoCorpusReader.read(GeoFixtures.write(dir, "odd.xml",
                GeoFixtures.LGL.replace("2009-03-23", "yesterday evening")));
        assertEquals(null, unreadable.documents().get(1).date());
        assertEquals(1, unreadable.count(ReaderNote.Cause.TIME_UNREADABLE));
        assertEquals(LocalDate.of(2016, 11, 3), GeoCorpusReader.read(GeoFixtures.write(dir, "dmy.xml",
                GeoFixtures.LGL.replace("2009-03-23", "3 November 2016, 10:00"))).documents().get(1).date());
    }

    @Test
    void readsGeoVirusArticlesWithoutIdsAndTheirLocations(@TempDir Path dir) throws IOException {
        GeoCorpus corpus = GeoCorpusReader.read(GeoFixtures.write(dir, "GeoVirus.xml", GeoFixtures.GEOVIRUS));

        assertEquals(GeoFormat.GEOVIRUS, corpus.format());
        assertEquals(List.of("1", "2"), corpus.documents().stream().map(GeoDocument::id).toList());
        assertEquals(List.of(
                new GoldToponym(11, 16, "Pandi", 14.87, 120.95, null, null),
                new GoldToponym(18, 25, "Bulacan", 15.0, 121.08, null, null)), corpus.documents().get(0).toponyms());
        assertEquals(new GoldToponym(0, 5, "Tonga", -21.2, -175.2, null, null),
                corpus.documents().get(1).toponyms().get(0), "one character off: realigned");
        assertEquals(1, corpus.count(ReaderNote.Cause.OFFSET_REALIGNED));
        assertTrue(GeoFormat.GEOVIRUS.counts(corpus.documents().get(0).toponyms().get(0)));
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
        assertError(dir, GeoFixtures.GEOVIRUS.replace("<lat>14.87</lat>", "<lat>14,87</lat>"),
                "line 10: <lat> '14,87' is not a number");
        assertError(dir, "<TimeML><TEXT>no</TEXT></TimeML>", "line 1: expected an <articles> root");
    }

    private static void assertError(Path dir, String content, String expected) throws IOException {
        Path file = GeoFixtures.write(dir, "bad.xml", content);
        var e = assertThrows(IllegalArgumentException.class, () -> GeoCorpusReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": " + expected), e.getMessage());
    }
}
