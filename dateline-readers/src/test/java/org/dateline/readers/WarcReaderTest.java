package org.dateline.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.dateline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcReaderTest {

    private static final String DATED = HtmlReaderTest.page(HtmlReaderTest.HEAD, HtmlReaderTest.FIRST);
    private static final String UNDATED = HtmlReaderTest.page("<title>Talks</title>",
            "ANKARA, Nov 18 (Reuters) - Talks went on.");

    /** warcinfo, request, an HTML page, an image, a 404 page, an HTML page without a date: records 1 to 6. */
    private static WarcFixture crawl() {
        return new WarcFixture()
                .info()
                .request("https://news.example.com/world/grain-deal")
                .response("https://news.example.com/world/grain-deal?utm=x", "2022-11-20T10:00:00Z", 200,
                        "text/html; charset=utf-8", DATED)
                .response("https://news.example.com/logo.png", "2022-11-20T10:00:01Z", 200, "image/png", "PNG")
                .response("https://news.example.com/gone", "2022-11-20T10:00:02Z", 404, "text/html", "<p>Gone</p>")
                .response("https://news.example.com/talks", "2022-11-20T10:00:03Z", 200, "text/html", UNDATED);
    }

    @TempDir
    Path dir;

    private final WarcReader reader = new WarcReader();

    @Test
    void readsEachHtmlResponseWithStatus200AsAnArticle() throws IOException {
        Path file = Files.write(dir.resolve("crawl.warc"), crawl().warc());

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(List.of(), read.problems);
        assertEquals(2, read.articles.size());
        Article first = read.articles.get(0);
        assertEquals("https://news.example.com/world/grain-deal?utm=x", first.url(), "the url is the target URI");
        assertEquals(LocalDate.of(2022, 11, 17), first.date(), "the page's own date comes first");
        assertEquals("Grain deal extended by 120 days", first.title());
        assertEquals("Istanbul", first.dateline().place());
        assertTrue(first.text().startsWith(HtmlReaderTest.FIRST));
    }

    @Test
    void datesAPageWithoutADateByItsWarcDate() throws IOException {
        Path file = Files.write(dir.resolve("crawl.warc"), crawl().warc());

        Article second = Collected.read(reader, file, ReadOptions.defaults()).articles.get(1);

        assertEquals(LocalDate.of(2022, 11, 20), second.date());
        assertEquals("Ankara", second.dateline().place());
    }

    @Test
    void readsGzippedArchivesTheSameWay() throws IOException {
        Path plain = Files.write(dir.resolve("crawl.warc"), crawl().warc());
        Path gzipped = Files.write(dir.resolve("crawl.warc.gz"), crawl().warcGz());

        assertEquals(Collected.read(reader, plain, ReadOptions.defaults()).articles,
                Collected.read(reader, gzipped, ReadOptions.defaults()).articles);
    }

    @Test
    void reportsATruncatedArchiveWithTheRecordNumberAndKeepsTheArticlesBeforeIt() throws IOException {
        byte[] whole = crawl().warc();
        Path file = Files.write(dir.resolve("crawl.warc"), Arrays.copyOf(whole, whole.length - 500));

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(1, read.articles.size());
        assertEquals(1, read.problems.size());
        assertTrue(read.problemLines().get(0).startsWith(file + " record 6: truncated or corrupt WARC ("),
                read.problemLines().get(0));
    }

    @Test
    void reportsATruncatedGzippedArchiveTheSameWay() throws IOException {
        byte[] whole = crawl().warcGz();
        Path file = Files.write(dir.resolve("crawl.warc.gz"), Arrays.copyOf(whole, whole.length - 300));

        Collected read = Collected.read(reader, file, ReadOptions.defaults());

        assertEquals(1, read.articles.size());
        assertEquals(List.of(file + " record 6: truncated or corrupt WARC (unexpected end of gzip stream);"
                + " reading stopped here"), read.problemLines());
    }

    @Test
    void reportsAFileThatIsNoWarcAtAll() throws IOException {
        Path file = Files.writeString(dir.resolve("crawl.warc"), "this is not a web archive\n");

        ReadProblem problem = Collected.read(reader, file, ReadOptions.defaults()).onlyProblem();

        assertTrue(problem.toString().startsWith(file + " record 1: truncated or corrupt WARC ("), problem.toString());
    }
}
