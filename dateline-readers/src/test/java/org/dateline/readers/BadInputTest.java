package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad input gives one clear problem naming the file (and line or record), never an exception. */
class BadInputTest {

    private static final ReadOptions DATED = ReadOptions.defaults().withDate(LocalDate.of(2022, 9, 20));

    @TempDir
    Path dir;

    /** Every reader, with a file name in its format. */
    static Stream<Arguments> everyReader() {
        return Stream.of(
                Arguments.of(new SeedTextReader(), "seed.txt"),
                Arguments.of(new PlainTextReader(), "story.txt"),
                Arguments.of(new JsonlReader(), "news.jsonl"),
                Arguments.of(new HtmlReader(), "page.html"),
                Arguments.of(new WarcReader(), "crawl.warc.gz"),
                Arguments.of(new ReutersSgmlReader(), "reut2-000.sgm"));
    }

    /** Every reader of a text format: all but the WARC reader, whose files are binary. */
    static Stream<Arguments> everyTextReader() {
        return everyReader().filter(arguments -> !(arguments.get()[0] instanceof WarcReader));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyReader")
    void anEmptyFile(ArticleReader reader, String name) throws IOException {
        Path file = Files.createFile(dir.resolve(name));

        assertEquals(file + ": empty file", Collected.read(reader, file, DATED).onlyProblem().toString());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyReader")
    void aMissingFile(ArticleReader reader, String name) {
        Path file = dir.resolve(name);

        assertEquals(file + ": cannot read: no such file", Collected.read(reader, file, DATED).onlyProblem().toString());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyReader")
    void aFolderInsteadOfAFile(ArticleReader reader, String name) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));

        assertEquals(folder + ": cannot read: a folder, not a file",
                Collected.read(reader, folder, DATED).onlyProblem().toString());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyReader")
    void aFileWithoutReadPermission(ArticleReader reader, String name) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "LONDON - Text.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: file permissions do not stop reading");

        assertEquals(file + ": cannot read: permission denied",
                Collected.read(reader, file, DATED).onlyProblem().toString());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("everyTextReader")
    void aBinaryFile(ArticleReader reader, String name) throws IOException {
        byte[] bytes = "date 2022-09-20 LONDON - Text".getBytes(StandardCharsets.US_ASCII);
        bytes = Arrays.copyOf(bytes, bytes.length + 100);
        Path file = Files.write(dir.resolve(name), bytes);

        assertEquals(file + ": binary data, not text (NUL byte at byte offset 29)",
                Collected.read(reader, file, DATED).onlyProblem().toString());
    }

    @Test
    void aUtf16File() throws IOException {
        Path file = Files.write(dir.resolve("story.txt"), "LONDON - Text.".getBytes(StandardCharsets.UTF_16));

        assertEquals(file + ": UTF-16 text (byte order mark): save the file as UTF-8",
                Collected.read(new PlainTextReader(), file, DATED).onlyProblem().toString());
    }

    @Test
    void invalidUtf8InAPlainTextGivesTheByteOffset() throws IOException {
        byte[] bytes = "LONDON - Caf\u00E9 prices rose.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("story.txt"), bytes);

        assertEquals(file + ": invalid UTF-8 at byte offset 12 (save the file as UTF-8)",
                Collected.read(new PlainTextReader(), file, DATED).onlyProblem().toString());
    }

    @Test
    void invalidUtf8InASeedTextGivesTheByteOffset() throws IOException {
        byte[] bytes = "date 2022-09-20 LONDON - Caf\u00E9.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("seed.txt"), bytes);

        assertEquals(file + ": invalid UTF-8 at byte offset 28 (save the file as UTF-8)",
                Collected.read(new SeedTextReader(), file, DATED).onlyProblem().toString());
    }

    @Test
    void invalidUtf8InAnHtmlPageWithoutDeclaredCharacterSet() throws IOException {
        String html = HtmlReaderTest.page("", HtmlReaderTest.FIRST).replace("<meta charset=\"utf-8\">", "")
                .replace("Turkey's", "T\u00FCrkiye's");
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("page.html"), bytes);

        ReadProblem problem = Collected.read(new HtmlReader(), file, DATED).onlyProblem();

        assertEquals(file + ": invalid UTF-8 at byte offset " + html.indexOf('\u00FC')
                + " (the page declares no other character set)", problem.toString());
    }

    @Test
    void aFiftyMegabyteTextOverTheLimit() throws IOException {
        Path file = dir.resolve("huge.txt");
        byte[] line = "LONDON - The same sentence again and again, for fifty megabytes of text.\n"
                .getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        ReadProblem problem = Collected.read(new PlainTextReader(), file, DATED).onlyProblem();

        assertEquals(file + ": too long: " + Files.size(file) + " bytes, more than the limit of 2000000 characters"
                + " allows (ReadOptions.maxChars)", problem.toString());
    }

    @Test
    void aTextJustOverTheLimitInCharacters() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "x".repeat(101));

        assertEquals(file + ": too long: 101 characters, over the limit of 100 (ReadOptions.maxChars)",
                Collected.read(new PlainTextReader(), file, DATED.withMaxChars(100)).onlyProblem().toString());
    }

    @Test
    void aJsonlLineThatIsNotJson() throws IOException {
        Path file = Files.writeString(dir.resolve("news.jsonl"), "{\"date\": \"2022-09-20\", \"text\": \"One.\"}\n"
                + "{\"date\": \"2022-09-20\", \"text\": \"unterminated\n"
                + "{\"date\": \"2022-09-20\", \"text\": \"Three.\"}\n");

        Collected read = Collected.read(new JsonlReader(), file, DATED);

        assertEquals(2, read.articles.size());
        assertEquals(1, read.problems.size());
        assertTrue(read.problemLines().get(0).startsWith(file + " line 2: not JSON (Unexpected end-of-input"),
                read.problemLines().get(0));
    }

    @Test
    void aTruncatedWarc() throws IOException {
        byte[] whole = new WarcFixture().info()
                .response("https://example.com/a", "2022-09-20T10:00:00Z", 200, "text/html",
                        HtmlReaderTest.page(HtmlReaderTest.HEAD, HtmlReaderTest.FIRST))
                .response("https://example.com/b", "2022-09-20T10:00:00Z", 200, "text/html",
                        HtmlReaderTest.page(HtmlReaderTest.HEAD, HtmlReaderTest.FIRST))
                .warc();
        Path file = Files.write(dir.resolve("crawl.warc"), Arrays.copyOf(whole, whole.length - 100));

        Collected read = Collected.read(new WarcReader(), file, DATED);

        assertEquals(1, read.articles.size());
        assertEquals(1, read.problems.size());
        assertTrue(read.problemLines().get(0).startsWith(file + " record 3: truncated or corrupt WARC"),
                read.problemLines().get(0));
    }

    @Test
    void anArticleWithoutADate() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), "LONDON - Text.");

        assertEquals(file + ": no publication date: give --date YYYY-MM-DD",
                Collected.read(new PlainTextReader(), file, ReadOptions.defaults()).onlyProblem().toString());
    }
}
