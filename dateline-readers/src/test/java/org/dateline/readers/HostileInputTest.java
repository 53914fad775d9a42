package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs from the hardening probes (issue 19): links that lead nowhere, a page without a body, names and ids holding
 * control characters. Unreadable folders need a user without root's rights: see the reliability suite.
 */
class HostileInputTest {
    private static final ReadOptions DATED = ReadOptions.defaults().withDate(LocalDate.of(2022, 9, 20));

    @TempDir
    Path dir;

    @Test
    void aLoopOfLinksIsNoMissingFile() throws IOException {
        Path loop = Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        String problem = Collected.read(new PlainTextReader(), loop, DATED).onlyProblem().message();
        assertFalse(problem.contains("no such file"), problem);
        assertTrue(problem.contains("symbolic links"), problem);
    }

    @Test
    void aFolderWalkReportsALinkToNothingAndGoesOn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news/sub"));
        Path ok = Files.writeString(folder.getParent().resolve("ok.txt"), "date 2024-01-01\nText.");
        Path deep = Files.writeString(folder.resolve("deep.txt"), "date 2024-01-01\nText.");
        Path dangling = Files.createSymbolicLink(folder.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        List<ReadProblem> problems = new ArrayList<>();
        List<Path> files = Readers.expand(List.of(folder.getParent().toString()), problems::add);
        assertEquals(List.of(ok, deep), files);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(dangling, problems.get(0).file());
    }

    @Test
    void anHtmlPageWithoutABodyIsNoArticleMadeOfItsTitle() throws IOException {
        Path page = Files.writeString(dir.resolve("title-only.html"),
                "<html><head><title>Troops withdraw from the city</title></head></html>");
        ReadProblem problem = Collected.read(new HtmlReader(), page, DATED).onlyProblem();
        assertEquals("no text", problem.message());
    }

    @Test
    void controlCharactersInANameOrANewIdArePrintedEscaped() throws IOException {
        Path named = dir.resolve("bad\u001b[31m\nname.txt");
        String line = ReadProblem.of(named, "empty file").toString();
        assertFalse(line.contains("\n") || line.contains("\u001b"), line);
        assertTrue(line.contains("bad\\x1b[31m\\nname.txt: empty file"), line);

        Path sgml = dir.resolve("reut2-001.sgm");
        Files.writeString(sgml, "<REUTERS NEWID=\"7\n\u001b[2J\">\n<TEXT><TITLE>ONLY A TITLE</TITLE></TEXT>\n"
                + "<DATE>26-FEB-1987 15:01:01.79</DATE>\n</REUTERS>\n", StandardCharsets.UTF_8);
        List<String> lines = Collected.read(new ReutersSgmlReader(), sgml, DATED).problems.stream()
                .map(ReadProblem::toString).toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().noneMatch(l -> l.contains("\n") || l.contains("\u001b")), lines::toString);
    }
}
