package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersSgmlReaderTest {

    /** Five documents in the Reuters-21578 layout: a story, a brief, an unprocessed table, no date, a stray byte. */
    private static final String SAMPLE = """
            <!DOCTYPE lewis SYSTEM "lewis.dtd">
            <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
            <DATE>26-FEB-1987 15:01:01.79</DATE>
            <TOPICS><D>cocoa</D></TOPICS>
            <UNKNOWN>\s
            &#5;&#5;&#5;C T
            &#22;&#22;&#1;f0704&#31;reute
            u f BC-COCOA-REVIEW   02-26 0105</UNKNOWN>
            <TEXT>&#2;
            <TITLE>COCOA &lt;CCO> REVIEW</TITLE>
            <DATELINE>    NEW YORK, Feb 26 - </DATELINE><BODY>Cocoa prices rose this week on
            buying by &lt;Smith &amp; Co>, dealers said.
                Stocks fell.
             Reuter
            &#3;</BODY></TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="2">
            <DATE>26-FEB-1987 15:02:20.00</DATE>
            <TEXT TYPE="BRIEF">&#2;
            ******<TITLE>FED SETS RESERVES
            </TITLE>Blah blah blah.
            &#3;

            </TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="3">
            <DATE> 2-MAR-1987 09:00:00.00</DATE>
            <TEXT TYPE="UNPROC">&#2;
            WEEKLY RESERVES REPORT - MAR 2
             Free reserves.......644 vs.....1,337
             Reuter
            &#3;</TEXT>
            </REUTERS>
            <REUTERS TOPICS="NO" NEWID="4">
            <TEXT>&#2;
            <TITLE>NO DATE HERE</TITLE>
            <BODY>Text.
            &#3;</BODY></TEXT>
            </REUTERS>
            """;

    @TempDir
    Path dir;

    private final ReutersSgmlReader reader = new ReutersSgmlReader();

    @Test
    void readsTheBodyOpenedByItsDatelineWithEntitiesDecodedAndWithoutTheSignOff() throws IOException {
        Article story = read(SAMPLE).articles.get(0);

        assertEquals("NEW YORK, Feb 26 - Cocoa prices rose this week on\nbuying by <Smith & Co>, dealers said.\n"
                + "    Stocks fell.", story.text());
        assertEquals(new Dateline("NEW YORK, Feb 26", "New York", 0, 16), story.dateline());
        assertEquals("COCOA <CCO> REVIEW", story.title());
        assertEquals(LocalDate.of(1987, 2, 26), story.date());
        assertEquals("Reuters", story.source());
        assertNull(story.url());
        assertEquals(Article.contentId(story.text()), story.id());
    }

    @Test
    void readsAnUnprocessedDocumentFromItsText() throws IOException {
        Article table = read(SAMPLE).articles.get(1);

        assertEquals("WEEKLY RESERVES REPORT - MAR 2\n Free reserves.......644 vs.....1,337", table.text());
        assertNull(table.dateline());
        assertNull(table.title());
        assertEquals(LocalDate.of(1987, 3, 2), table.date());
    }

    @Test
    void reportsEveryOtherDocumentByItsNewId() throws IOException {
        Collected read = read(SAMPLE);

        assertEquals(2, read.articles.size());
        Path file = dir.resolve("reut2-000.sgm");
        assertEquals(List.of(
                file + " NEWID 2: no BODY, only a title: \"FED SETS RESERVES\"",
                file + " NEWID 4: no DATE"), read.problemLines());
    }

    @Test
    void readsBytesThatAreNotUtf8AsLatin1() throws IOException {
        ByteArrayOutputStream sgml = new ByteArrayOutputStream();
        sgml.writeBytes(("<REUTERS NEWID=\"9\"><DATE>2-JUN-1987 10:00:00.00</DATE><TEXT><TITLE>T</TITLE>"
                + "<DATELINE>    LONDON, June 2 - </DATELINE><BODY>growth.").getBytes(StandardCharsets.US_ASCII));
        sgml.write(0xFC);
        sgml.writeBytes("&#5;&#30;side measures.\n Reuter\n&#3;</BODY></TEXT></REUTERS>".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(dir.resolve("reut2-017.sgm"), sgml.toByteArray());

        Article article = Collected.read(reader, file, ReadOptions.defaults()).onlyArticle();

        assertEquals("LONDON, June 2 - growth.\u00FCside measures.", article.text());
    }

    @Test
    void reportsADocumentCutOffAtTheEndOfTheFile() throws IOException {
        Path file = dir.resolve("reut2-000.sgm");
        Collected read = read(SAMPLE + "<REUTERS NEWID=\"5\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>");

        assertEquals(file + " NEWID 5: no </REUTERS>: the document is cut off",
                read.problemLines().get(read.problems.size() - 1));
    }

    @Test
    void reportsAFileWithoutDocuments() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.sgm"), "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");

        assertEquals(file + ": no <REUTERS> document: not a Reuters-21578 SGML file",
                Collected.read(reader, file, ReadOptions.defaults()).onlyProblem().toString());
    }

    private Collected read(String sgml) throws IOException {
        Path file = Files.writeString(dir.resolve("reut2-000.sgm"), sgml);
        return Collected.read(reader, file, ReadOptions.defaults());
    }
}
