package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.dateline.model.Article;
import org.dateline.model.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedTextReaderTest {

    private static final String STORY = "KHARKIV, Ukraine - Ukrainian forces retook a village on Monday, the governor"
            + " said.\n\n\"We will not stop,\" he wrote on Telegram.\n";

    @TempDir
    Path dir;

    private final SeedTextReader reader = new SeedTextReader();

    @Test
    void takesTheDateFromTheFirstLineAndKeepsTheTextAfterItUnchanged() throws IOException {
        Path file = write("seed.txt", "date 2022-09-12 " + STORY);

        Article article = Collected.read(reader, file, ReadOptions.defaults()).onlyArticle();

        assertEquals(LocalDate.of(2022, 9, 12), article.date());
        assertEquals(STORY, article.text());
        assertEquals(Article.contentId(STORY), article.id());
        assertNull(article.title());
        assertNull(article.url());
    }

    @Test
    void recognisesTheDatelineAsThePlaceOfReportingInsideTheText() throws IOException {
        Path file = write("seed.txt", "date 2022-09-12 " + STORY);

        Dateline dateline = Collected.read(reader, file, ReadOptions.defaults()).onlyArticle().dateline();

        assertEquals(new Dateline("KHARKIV, Ukraine", "Kharkiv", 0, 16), dateline);
    }

    @Test
    void allowsWhiteSpaceBeforeTheDateAndTheTextOnTheNextLine() throws IOException {
        Path file = write("seed.txt", " date 2022-09-12\n" + STORY);

        Article article = Collected.read(reader, file, ReadOptions.defaults()).onlyArticle();

        assertEquals(LocalDate.of(2022, 9, 12), article.date());
        assertEquals(STORY, article.text());
    }

    @Test
    void takesTheSourceFromTheOptions() throws IOException {
        Path file = write("seed.txt", "date 2022-09-12 " + STORY);

        Article article = Collected.read(reader, file, ReadOptions.defaults().withSource("BBC")).onlyArticle();

        assertEquals("BBC", article.source());
    }

    @Test
    void reportsADateThatIsNoDate() throws IOException {
        Path file = write("seed.txt", "date 2022-13-45 " + STORY);

        ReadProblem problem = Collected.read(reader, file, ReadOptions.defaults()).onlyProblem();

        assertEquals(file + " line 1: bad date \"2022-13-45\" (expected date YYYY-MM-DD)", problem.toString());
    }

    @Test
    void reportsAFileWithoutTheDateLine() throws IOException {
        Path file = write("seed.txt", STORY);

        ReadProblem problem = Collected.read(reader, file, ReadOptions.defaults()).onlyProblem();

        assertEquals(file + " line 1: expected \"date YYYY-MM-DD\" at the start of the file", problem.toString());
    }

    @Test
    void reportsADateLineWithoutText() throws IOException {
        Path file = write("seed.txt", "date 2022-09-12 \n\n");

        assertEquals(file + ": no text", Collected.read(reader, file, ReadOptions.defaults()).onlyProblem().toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
