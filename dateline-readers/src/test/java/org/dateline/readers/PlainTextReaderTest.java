package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextReaderTest {

    private static final LocalDate DAY = LocalDate.of(2023, 3, 1);

    @TempDir
    Path dir;

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void readsTheWholeFileAsOneArticleDatedByTheOptions() throws IOException {
        String text = "BRUSSELS (Reuters) - European Union ministers agreed on Wednesday to ban new petrol cars.\n";
        Path file = Files.writeString(dir.resolve("story.txt"), text);

        Article article = Collected.read(reader, file, ReadOptions.defaults().withDate(DAY)).onlyArticle();

        assertEquals(DAY, article.date());
        assertEquals(text, article.text());
        assertEquals("Brussels", article.dateline().place());
    }

    @Test
    void findsNoDatelineWhereTheStoryHasNone() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "Ministers agreed on Wednesday to ban new cars.");

        assertNull(Collected.read(reader, file, ReadOptions.defaults().withDate(DAY)).onlyArticle().dateline());
    }

    @Test
    void dropsAByteOrderMark() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "\uFEFFLONDON - Rain.");

        assertEquals("LONDON - Rain.", Collected.read(reader, file, ReadOptions.defaults().withDate(DAY))
                .onlyArticle().text());
    }

    @Test
    void needsADate() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "LONDON - Rain.");

        ReadProblem problem = Collected.read(reader, file, ReadOptions.defaults()).onlyProblem();

        assertEquals(file + ": no publication date: give --date YYYY-MM-DD", problem.toString());
    }
}
