package org.dateline.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {

    static final String WSJ = """
            <?xml version="1.0" ?>
            <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <DOCID>wsj_0001</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13T14:26:00" temporalFunction="false" \
            functionInDocument="CREATION_TIME">02/13/1998 14:26:00</TIMEX3></DCT>
            <TITLE>Not part of the text</TITLE>
            <TEXT>
            AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" \
            value="1998-02-12" temporalFunction="true" anchorTimeID="t0">yesterday</TIMEX3> after \
            <TIMEX3 tid="t2" type="DURATION" value="P3M">three months</TIMEX3> &lt;of gains&gt;.
            </TEXT>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
            </TimeML>
            """;

    @Test
    void readsIdCreationDateTextAndTimexes(@TempDir Path dir) throws IOException {
        TimeMlDocument doc = TimeMlReader.read(write(dir, "wsj_0001.tml", WSJ));

        assertEquals("wsj_0001", doc.id());
        assertEquals(LocalDate.of(1998, 2, 13), doc.creationDate());
        assertEquals("1998-02-13T14:26:00", doc.creationValue());
        assertEquals("\nAT&T fell yesterday after three months <of gains>.\n", doc.text());
        assertEquals(List.of(
                new GoldTimex("t1", "DATE", "1998-02-12", "yesterday", 11, 20),
                new GoldTimex("t2", "DURATION", "P3M", "three months", 27, 39)), doc.timexes());
    }

    @Test
    void fileNameIsTheIdWhenThereIsNoDocId(@TempDir Path dir) throws IOException {
        TimeMlDocument doc = TimeMlReader.read(write(dir, "APW19980213.1310.tml",
                WSJ.replace("<DOCID>wsj_0001</DOCID>", "")));
        assertEquals("APW19980213.1310", doc.id());
    }

    @Test
    void readAllTakesTheTmlFilesInNameOrder(@TempDir Path dir) throws IOException {
        write(dir, "b.tml", WSJ.replace("wsj_0001", "b"));
        write(dir, "a.tml", WSJ.replace("wsj_0001", "a"));
        write(dir, "notes.txt", "not TimeML");
        assertEquals(List.of("a", "b"), TimeMlReader.readAll(dir).stream().map(TimeMlDocument::id).toList());
    }

    @Test
    void aDocumentWithoutCreationTimeIsRejected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "x.tml", WSJ.replaceAll("<DCT>.*</DCT>", ""));
        var e = assertThrows(IllegalArgumentException.class, () -> TimeMlReader.read(file));
        assertTrue(e.getMessage().contains("x.tml") && e.getMessage().contains("creation time"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = write(dir, "secret.txt", "TOP-SECRET");
        Path file = write(dir, "xxe.tml", WSJ
                .replace("<?xml version=\"1.0\" ?>\n", "<?xml version=\"1.0\" ?>\n<!DOCTYPE TimeML [<!ENTITY xxe "
                        + "SYSTEM \"" + secret.toUri() + "\">]>\n")
                .replace("AT&amp;T", "&xxe;"));
        try {
            assertFalse(TimeMlReader.read(file).text().contains("TOP-SECRET"));
        } catch (IllegalArgumentException rejected) {
            assertTrue(rejected.getMessage().contains("xxe.tml"), rejected.getMessage());
        }
    }

    static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
