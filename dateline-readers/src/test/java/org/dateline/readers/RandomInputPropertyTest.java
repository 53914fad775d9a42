package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Article;
import org.dateline.model.Dateline;

/**
 * Invariants that hold for any input: no reader throws, every problem names the file read, and every dateline found
 * lies inside its article's text and is what the text says there. jqwik prints the seed of a failing try.
 */
class RandomInputPropertyTest {

    private static final ReadOptions DATED = ReadOptions.defaults().withDate(LocalDate.of(2022, 9, 20));

    private static final List<ArticleReader> READERS = List.of(new SeedTextReader(), new PlainTextReader(),
            new JsonlReader(), new HtmlReader(), new WarcReader(), new ReutersSgmlReader());

    /**
     * Openings of every format (bytes, written as ISO-8859-1 characters), so that random tails reach past the first
     * checks of each reader: a gzip header, a dated text, JSON, HTML, a WARC record, a Reuters document.
     */
    private static final List<String> OPENINGS = List.of(
            "",
            "\u001f\u008b\u0008\u0000",
            "date 2022-09-20 ",
            "IZIUM, Ukraine - ",
            "{\"date\": \"2022-09-20\", \"text\": \"LONDON - ",
            "<html><head><meta property=\"article:published_time\" content=\"2022-09-20\"></head><body><p>LONDON - ",
            "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: http://x/\r\nWARC-Date: 2022-09-20T00:00:00Z\r\n"
                    + "Content-Type: application/http;msgtype=response\r\nContent-Length: 60\r\n\r\n"
                    + "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>",
            "<REUTERS NEWID=\"1\"><DATE>26-FEB-1987</DATE><TEXT><DATELINE>    NEW YORK, Feb 26 - </DATELINE><BODY>");

    @Property(tries = 300)
    void noReaderThrowsOnAnyInputAndEveryDatelineLiesInsideItsText(@ForAll("inputs") byte[] input,
                                                                     @ForAll boolean dated) throws IOException {
        Path file = Files.createTempFile("dateline-random-", ".input");
        try {
            Files.write(file, input);
            for (ArticleReader reader : READERS) {
                Collected read = Collected.read(reader, file, dated ? DATED : ReadOptions.defaults());

                read.articles.forEach(RandomInputPropertyTest::assertDatelineInsideText);
                read.problems.forEach(problem -> assertEquals(file, problem.file()));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 2000)
    void theParserOnlyFindsDatelinesThatStandInTheText(@ForAll("datelineLike") String text,
                                                         @ForAll("fractions") double markedShare) {
        DatelineParser parser = DatelineParser.english();
        int markedEnd = (int) Math.round(markedShare * text.length());

        Optional<Dateline> found = parser.find(text);
        Optional<Dateline> marked = parser.findMarked(text, markedEnd);

        found.ifPresent(dateline -> assertSpanShows(text, dateline, text.length()));
        marked.ifPresent(dateline -> assertSpanShows(text, dateline, markedEnd));
        assertEquals(found, parser.find(text), "the same text gives the same dateline");
    }

    @Provide
    Arbitrary<byte[]> inputs() {
        Arbitrary<byte[]> randomBytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> randomText = datelineLike().map(text -> text.getBytes(StandardCharsets.UTF_8));
        return Combinators.combine(Arbitraries.of(OPENINGS), Arbitraries.oneOf(randomBytes, randomText))
                .as((opening, tail) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(opening.getBytes(StandardCharsets.ISO_8859_1));
                    out.writeBytes(tail);
                    return out.toByteArray();
                });
    }

    /** Texts made of the pieces datelines are made of, in any order: "NEW , (Reuters)Sept - 9 YORK". */
    @Provide
    Arbitrary<String> datelineLike() {
        Arbitrary<String> pieces = Arbitraries.of("IZIUM", "NEW", "YORK", "ZÜRICH", "Ukraine", "Kyiv", "de", "said",
                "Sept", "March", "20", "9", "2022", "(Reuters)", "(AP)", "Reuter", ",", " ", " ", " - ", "-", "--",
                "—", "–", "*", "/", "'", ".", "\n", "\t", "<", "&", "x", "EXCLUSIVE");
        return pieces.list().ofMaxSize(25).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }

    private static void assertDatelineInsideText(Article article) {
        if (article.dateline() != null) {
            assertSpanShows(article.text(), article.dateline(), article.text().length());
        }
    }

    private static void assertSpanShows(String text, Dateline dateline, int limit) {
        assertTrue(0 <= dateline.start() && dateline.start() <= dateline.end() && dateline.end() <= limit,
                () -> "span " + dateline.start() + ".." + dateline.end() + " outside 0.." + limit);
        assertEquals(dateline.text(), text.substring(dateline.start(), dateline.end()));
        assertTrue(!dateline.place().isBlank(), "a dateline names a place");
    }
}
