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

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {

    @TempDir
    Path dir;

    private final JsonlReader reader = new JsonlReader();

    @Test
    void readsOneArticlePerLineWithAllItsFields() throws IOException {
        Path file = write("""
                {"date": "2022-09-20", "title": "Troops advance", "source": "Reuters", "url": "https://example.com/a", "text": "IZIUM, Ukraine - Troops advanced."}
                {"published": "2022-09-21T23:30:00-04:00", "text": "Markets fell."}
                """);

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(List.of(), read.problems);
        Article first = read.articles.get(0);
        assertEquals(Article.of(LocalDate.of(2022, 9, 20), first.dateline(), "Troops advance", "Reuters",
                "https://example.com/a", "IZIUM, Ukraine - Troops advanced."), first);
        assertEquals("Izium", first.dateline().place());
        assertEquals(LocalDate.of(2022, 9, 21), read.articles.get(1).date(), "the publisher's local date is kept");
    }

    @Test
    void reportsALineThatIsNotJsonAndReadsTheOthers() throws IOException {
        Path file = write("""
                {"date": "2022-09-20", "text": "One."}
                this is not json
                {"date": "2022-09-20", "text": "Three."}
                """);

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(List.of("One.", "Three."), read.articles.stream().map(Article::text).toList());
        assertEquals(1, read.problems.size());
        assertTrue(read.problemLines().get(0).startsWith(file + " line 2: not JSON (Unrecognized token 'this'"),
                read.problemLines().get(0));
    }

    @Test
    void reportsEachLineThatLacksTextOrDateWithItsNumber() throws IOException {
        Path file = write("""
                {"date": "2022-09-20"}
                {"text": "No date."}
                {"date": "20 September 2022", "text": "Odd date."}
                {"date": "2022-09-20", "text": 42}
                [1, 2]
                {"date": "2022-09-20", "text": "Fine."} trailing
                """);

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(List.of(), read.articles);
        List<String> lines = read.problemLines();
        assertEquals(file + " line 1: no \"text\"", lines.get(0));
        assertEquals(file + " line 2: no publication date: give --date YYYY-MM-DD", lines.get(1));
        assertEquals(file + " line 3: \"date\" \"20 September 2022\" is not an ISO date or date-time", lines.get(2));
        assertEquals(file + " line 4: \"text\" is not a string", lines.get(3));
        assertEquals(file + " line 5: not a JSON object (a array)", lines.get(4));
        assertTrue(lines.get(5).startsWith(file + " line 6: not JSON ("), lines.get(5));
        assertEquals(6, lines.size());
    }

    @Test
    void takesTheDateFromTheOptionsWhenALineHasNone() throws IOException {
        Path file = write("{\"text\": \"No date.\"}\n");

        Article article = Collected.read(reader, file, ReadOptions.defaults().withDate(LocalDate.of(2020, 1, 2)))
                .onlyArticle();

        assertEquals(LocalDate.of(2020, 1, 2), article.date());
    }

    @Test
    void skipsBlankLinesAndAcceptsWindowsLineEnds() throws IOException {
        Path file = write("\n{\"date\": \"2022-09-20\", \"text\": \"One.\"}\r\n\r\n");

        assertEquals("One.", Collected.read(reader, file, ReadOptions.defaults()).onlyArticle().text());
    }

    @Test
    void reportsInvalidUtf8WithTheLineAndTheByteOffsetInTheFile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"date\": \"2022-09-20\", \"text\": \"One.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"date\": \"2022-09-20\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("news.jsonl"), bytes.toByteArray());

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(1, read.articles.size());
        assertEquals(List.of(file + " line 2: invalid UTF-8 at byte offset 74 (save the file as UTF-8)"),
                read.problemLines());
    }

    @Test
    void reportsATextOverTheLimit() throws IOException {
        Path file = write("{\"date\": \"2022-09-20\", \"text\": \"" + "x".repeat(50) + "\"}\n");

        ReadProblem problem = Collected.read(reader, file, ReadOptions.defaults().withMaxChars(20)).onlyProblem();

        assertEquals(file + " line 1: too long: 50 characters, over the limit of 20 (ReadOptions.maxChars)",
                problem.toString());
    }

    private Path write(String jsonl) throws IOException {
        return Files.writeString(dir.resolve("news.jsonl"), jsonl);
    }
}
