package org.dateline.eval.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSnippetsTest {

    @TempDir
    Path dir;

    @Test
    void readsSnippetsInFileOrderDespiteByteOrderMarkCrlfAndQuotes() throws IOException {
        Path file = write("\uFEFFid\tEventSnippet\tSubType\r\n"
                + "1\tJets struck the town.\tAIR_STRIKE\r\n"
                + "\r\n"
                + "3\t\"Police fired\" on \"marchers\tFORCE_AGAINST_PROTEST\r\n");

        assertEquals(List.of(
                new CaseSnippet("1", "Jets struck the town.", "AIR_STRIKE"),
                new CaseSnippet("3", "\"Police fired\" on \"marchers", "FORCE_AGAINST_PROTEST")),
                CaseSnippets.read(file));
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsNamedByFileAndLine() throws IOException {
        Path file = write("id\tEventSnippet\tSubType\n1\tJets struck.\tAIR_STRIKE\n2\tNo label here\n");

        IOException e = assertThrows(IOException.class, () -> CaseSnippets.read(file));
        assertEquals(file + ": line 3: 2 tab-separated fields, expected 3", e.getMessage());
    }

    @Test
    void anEmptyLabelIsAnError() throws IOException {
        Path file = write("id\tEventSnippet\tSubType\n1\tJets struck.\t \n");

        IOException e = assertThrows(IOException.class, () -> CaseSnippets.read(file));
        assertEquals(file + ": line 2: empty SubType", e.getMessage());
    }

    @Test
    void aMissingHeaderIsAnError() throws IOException {
        Path file = write("1\tJets struck.\tAIR_STRIKE\n");

        IOException e = assertThrows(IOException.class, () -> CaseSnippets.read(file));
        assertEquals(file + ": line 1: expected the header id\\tEventSnippet\\tSubType,"
                + " found '1\tJets struck.\tAIR_STRIKE'", e.getMessage());
    }

    @Test
    void anEmptyFileAndARepeatedIdAreErrors() throws IOException {
        Path empty = write("");
        assertEquals(empty + ": line 1: empty file, expected the header id\\tEventSnippet\\tSubType",
                assertThrows(IOException.class, () -> CaseSnippets.read(empty)).getMessage());

        Path twice = write("id\tEventSnippet\tSubType\n7\tA.\tARREST\n7\tB.\tDIPLO\n");
        assertEquals(twice + ": line 3: id 7 appears twice",
                assertThrows(IOException.class, () -> CaseSnippets.read(twice)).getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByFile() throws IOException {
        Path file = dir.resolve("latin1.tsv");
        String latin1 = "id\tEventSnippet\tSubType\n1\tCaf\u00e9 bombed.\tATTACK\n";
        Files.write(file, latin1.getBytes(StandardCharsets.ISO_8859_1));

        IOException e = assertThrows(IOException.class, () -> CaseSnippets.read(file));
        assertTrue(e.getMessage().startsWith(file + ": line 2: not UTF-8"), e.getMessage());
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("snippets-" + content.hashCode() + ".tsv");
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
