package org.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.io.ByteArrayInputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.analysis.Json;
import org.dateline.corenlp.CoreNlpConfig;
import org.dateline.model.Article;
import org.dateline.readers.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A file of another file system (HDFS, S3) is read through a local copy; what comes out names the original. */
class FileReadingTest {
    private static final String REMOTE = "hdfs://cluster/news/2024/crawl.warc.gz";
    private static final String PAGE = "<html><head><title>Floods in Maritsa</title>"
            + "<meta property=\"article:published_time\" content=\"2024-03-12T08:00:00Z\"></head><body><article>"
            + "<p>MARITSA, Examplia - Flood waters receded from the river port of Maritsa on Tuesday after the Velna"
            + " River burst its banks over the weekend, the regional governor said.</p>"
            + "<p>Rescuers had evacuated 1,200 people from the village of Dolno Pole, the governor told reporters in"
            + " a televised briefing, and were preparing to reopen the main road on Thursday.</p>"
            + "</article></body></html>";

    @TempDir
    Path dir;

    private static final JobOptions OPTIONS = new JobOptions(List.of(REMOTE), "hdfs://cluster/out", 0, null,
            CoreNlpConfig.NerModels.FAST, null, null, ReadOptions.DEFAULT_MAX_CHARS, false);

    private Path crawl() throws IOException {
        Path warc = dir.resolve("written.warc.gz");
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + PAGE.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + PAGE).getBytes(StandardCharsets.UTF_8);
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/floods"))
                    .date(Instant.parse("2024-03-12T09:00:00Z")).body(MediaType.HTTP_RESPONSE, http).build());
        }
        return warc;
    }

    @Test
    void aRemoteWarcIsReadThroughALocalCopyNamedLikeIt() throws IOException {
        Path warc = crawl();
        List<ReadItem> items = FileReading.readCopy(REMOTE, "crawl.warc.gz", () -> Files.newInputStream(warc),
                OPTIONS);
        assertEquals(1, items.size(), items.toString());
        ReadItem item = items.get(0);
        assertNull(item.error());
        assertEquals(REMOTE, item.file());
        Article article = Json.readPart(item.article(), Article.class);
        assertEquals("2024-03-12", article.date().toString());
        assertEquals("https://news.example/floods", article.url());
        assertTrue(article.text().contains("Dolno Pole"), article.text());
        assertEquals(article.id(), item.articleId());
    }

    @Test
    void aDamagedRemoteFileIsAnErrorNamingIt() throws IOException {
        byte[] whole = Files.readAllBytes(crawl());
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        List<ReadItem> items = FileReading.readCopy(REMOTE, "crawl.warc.gz", () -> new ByteArrayInputStream(cut), OPTIONS);
        assertFalse(items.isEmpty());
        assertTrue(items.stream().allMatch(i -> i.error() != null && i.error().file().equals(REMOTE)),
                items.toString());
    }

    @Test
    void aFileThatCannotBeFetchedIsOneErrorAndLeavesNoCopyBehind() throws IOException {
        long before = tempCopies();
        List<ReadItem> items = FileReading.readCopy(REMOTE, "crawl.warc.gz", () -> {
            throw new IOException("connection reset");
        }, OPTIONS);
        assertEquals(1, items.size());
        assertEquals(REMOTE, items.get(0).error().file());
        assertTrue(items.get(0).error().reason().contains("connection reset"), items.get(0).error().reason());
        assertEquals(before, tempCopies());
    }

    private static long tempCopies() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("dateline-input")).count();
        }
    }
}
