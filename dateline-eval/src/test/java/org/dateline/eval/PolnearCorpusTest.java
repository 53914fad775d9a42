package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.dateline.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {

    //                                   1         2         3         4         5         6         7
    //                         0123456789012345678901234567890123456789012345678901234567890123456789012345
    static final String TEXT = "“We will win,” Smith said, “and soon.” Rivals were weak, aides claimed.\n";

    static final String ANN = String.join("\n",
            "T1\tContent 0 14;27 38\t“We will win,” “and soon.”",
            "T2\tSource 15 20\tSmith",
            "T3\tCue 21 25\tsaid",
            "T4\tAttribution 21 25\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            "T5\tContent 39 55\tRivals were weak",
            "T6\tCue 63 70\tclaimed",
            "T7\tAttribution-no-source 63 70\tclaimed",
            "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
            "T8\tDiscuss 0 5\t“We w",
            "#1\tAnnotatorNotes T8\ta note",
            "");

    static final String METADATA = """
            compartment\tfilename\tpublication_date\ttitle
            dev\tnews_2016-09-12_smith\t2016-09-12\tSmith wins
            train\tother\t\tNo date
            """;

    static Path split(Path root) throws IOException {
        Path dev = root.resolve("dev");
        TimeMlReaderTest.write(root, "metadata.tsv", METADATA);
        TimeMlReaderTest.write(dev, "text/news_2016-09-12_smith.txt", TEXT);
        TimeMlReaderTest.write(dev, "attributions/news_2016-09-12_smith_ab12.ann", ANN);
        TimeMlReaderTest.write(dev, "attributions/news_2016-09-12_smith_zz99.ann", "");
        return dev;
    }

    @Test
    void readsOneAnnotationPerTextWithDatesFromTheMetadata(@TempDir Path root) throws IOException {
        PolnearCorpus corpus = PolnearCorpus.load(split(root));

        assertEquals(1, corpus.texts().size());
        PolnearText text = corpus.texts().get(0);
        assertEquals("news_2016-09-12_smith", text.name());
        assertEquals("ab12", text.annotator());
        assertEquals(LocalDate.of(2016, 9, 12), text.published());
        assertEquals(TEXT, text.text());
        assertEquals(List.of("news_2016-09-12_smith_zz99.ann"), corpus.unusedAnnotations());
    }

    @Test
    void eventsTieSourceCueAndDiscontinuousContent(@TempDir Path root) throws IOException {
        List<GoldAttribution> gold = PolnearCorpus.load(split(root)).texts().get(0).attributions();

        assertEquals(List.of(
                new GoldAttribution("E1", List.of(new Span(15, 20)), List.of(new Span(21, 25)),
                        List.of(new Span(0, 14), new Span(27, 38))),
                new GoldAttribution("E2", List.of(), List.of(new Span(63, 70)), List.of(new Span(39, 55)))), gold);
        assertTrue(gold.get(0).hasSource());
        assertEquals(false, gold.get(1).hasSource());
    }

    @Test
    void aSecondContentRoleAddsItsSpans() {
        String ann = "T1\tContent 0 14\t“We will win,”\nT2\tContent 27 38\t“and soon.”\nT3\tCue 21 25\tsaid\n"
                + "T4\tAttribution-no-source 21 25\tsaid\nE1\tAttribution-no-source:T4 Cue:T3 Content:T2 Content2:T1\n";
        assertEquals(List.of(new Span(0, 14), new Span(27, 38)),
                BratAnnotations.parse(ann, TEXT, "x.ann").get(0).content());
    }

    @Test
    void offsetsCountCodePointsAsBratDoes() {
        String text = "\uD83D\uDE00 Smith said so.";
        List<GoldAttribution> gold = BratAnnotations.parse("T1\tSource 2 7\tSmith\nT2\tCue 8 12\tsaid\n"
                + "T3\tContent 13 15\tso\nT4\tAttribution 8 12\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
                text, "emoji.ann");
        assertEquals("Smith", gold.get(0).source().get(0).of(text));
    }

    @Test
    void offsetsThatDoNotCoverTheQuotedTextAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BratAnnotations.parse("T1\tSource 16 21\tSmith\n", TEXT, "bad.ann"));
        assertTrue(e.getMessage().startsWith("bad.ann:1: T1 says 'Smith'"), e.getMessage());
    }

    @Test
    void unknownRolesAreRejected() {
        String ann = "T1\tSource 15 20\tSmith\nT4\tAttribution 21 25\tsaid\nE1\tAttribution:T4 Speaker:T1\n";
        var e = assertThrows(IllegalArgumentException.class, () -> BratAnnotations.parse(ann, TEXT, "r.ann"));
        assertTrue(e.getMessage().contains("unknown role 'Speaker:T1'"), e.getMessage());
    }

    @Test
    void aTextWithoutPublicationDateIsRejected(@TempDir Path root) throws IOException {
        Path dev = split(root);
        TimeMlReaderTest.write(root, "metadata.tsv", METADATA.replace("2016-09-12\tSmith", "\tSmith"));
        var e = assertThrows(IllegalArgumentException.class, () -> PolnearCorpus.load(dev));
        assertTrue(e.getMessage().contains("no publication_date for news_2016-09-12_smith"), e.getMessage());
    }
}
