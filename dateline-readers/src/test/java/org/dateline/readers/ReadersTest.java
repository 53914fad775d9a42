package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadersTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is read by {1}")
    @CsvSource({
        "news.jsonl,      JsonlReader",
        "news.NDJSON,     JsonlReader",
        "page.html,       HtmlReader",
        "page.htm,        HtmlReader",
        "crawl.warc,      WarcReader",
        "crawl.warc.gz,   WarcReader",
        "reut2-000.sgm,   ReutersSgmlReader",
        "notes.md,        UnknownFormatReader",
        "README,          UnknownFormatReader",
    })
    void picksTheReaderByTheFileName(String name, String reader) {
        assertEquals(reader, Readers.forFile(dir.resolve(name)).getClass().getSimpleName());
        assertEquals(!reader.equals("UnknownFormatReader"), Readers.hasReader(name));
    }

    @Test
    void readsATextFileThatStartsWithADateAsASeedText() throws IOException {
        Path seed = Files.writeString(dir.resolve("a.txt"), " date 2022-09-20 IZIUM, Ukraine - Text.");
        Path plain = Files.writeString(dir.resolve("b.txt"), "IZIUM, Ukraine - Text.");
        Path dated = Files.writeString(dir.resolve("c.txt"), "dated 2022-09-20 text");

        assertInstanceOf(SeedTextReader.class, Readers.forFile(seed));
        assertInstanceOf(PlainTextReader.class, Readers.forFile(plain));
        assertInstanceOf(PlainTextReader.class, Readers.forFile(dated));
        assertInstanceOf(PlainTextReader.class, Readers.forFile(dir.resolve("missing.txt")));
    }

    @Test
    void reportsAFileOfUnknownFormat() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.md"), "# notes");

        Collected read = new Collected();
        Readers.read(file, ReadOptions.defaults(), read);

        assertEquals(file + ": unknown format: expected a name ending in .txt, .jsonl, .ndjson, .html, .htm, .warc,"
                + " .warc.gz or .sgm", read.onlyProblem().toString());
    }

    @Test
    void expandsFoldersRecursivelyInOrderKeepingOnlyReadableFormatsAndNoHiddenFiles() throws IOException {
        Path b = touch("news/b.jsonl");
        Path a = touch("news/a.txt");
        Path deep = touch("news/2022/09/page.html");
        touch("news/notes.md");
        touch("news/.hidden.txt");
        touch("news/.cache/x.txt");

        assertEquals(List.of(deep, a, b), Readers.expand(List.of(dir.resolve("news").toString())));
    }

    @Test
    void expandsGlobs() throws IOException {
        Path one = touch("data/one.jsonl");
        Path two = touch("data/two.jsonl");
        touch("data/three.txt");
        Path deep = touch("data/sub/four.jsonl");

        assertEquals(List.of(one, two), Readers.expand(List.of(dir + "/data/*.jsonl")));
        assertEquals(List.of(one, deep, two), Readers.expand(List.of(dir + "/data/**.jsonl")));
    }

    @Test
    void keepsNamedFilesEvenWhenMissingSoThatReadingReportsThem() throws IOException {
        Path there = touch("x.txt");
        Path missing = dir.resolve("missing.txt");
        Path nothingMatched = dir.resolve("*.warc");

        assertEquals(List.of(nothingMatched, missing, there),
                Readers.expand(List.of(there.toString(), missing.toString(), nothingMatched.toString())));
    }

    @Test
    void listsEachFileOnceInSortedOrder() throws IOException {
        Path a = touch("a.txt");
        Path b = touch("b.txt");

        assertEquals(List.of(a, b), Readers.expand(List.of(b.toString(), a.toString(), dir.toString(), a.toString())));
    }

    private Path touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
