package org.dateline.readers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import org.dateline.model.text.Messages;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC web archive ({@code .warc} or {@code .warc.gz}) with jwarc. Each response record with HTTP status 200
 * and content type text/html is one article, read like an HTML page by the {@link HtmlReader} logic; its address is
 * the record's target URI and its date the page's publication date, else the WARC-Date. Other records are skipped.
 * A truncated or corrupt archive gives one problem naming the record number (1-based, counting every record) and
 * keeps the articles read before it.
 */
public final class WarcReader implements ArticleReader {

    private static final MediaType HTML = MediaType.parse("text/html");

    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public WarcReader() {
        this(DatelineParser.english());
    }

    /** A reader that recognises datelines with {@code datelines}. */
    public WarcReader(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        if (!FileContent.check(file, Long.MAX_VALUE, options.maxChars(), sink)) {
            return;
        }
        org.netpreserve.jwarc.WarcReader warc;
        try {
            warc = new org.netpreserve.jwarc.WarcReader(file);
        } catch (IOException | RuntimeException e) {
            sink.problem(corrupt(file, 1, e));
            return;
        }
        try (warc) {
            boolean more = true;
            for (int number = 1; more; number++) {
                SinkBuffer buffer = new SinkBuffer();
                more = readRecord(file, warc, number, options, buffer);
                buffer.drainTo(sink);
            }
        } catch (IOException e) {
            // closing a file we only read: nothing is lost
        }
    }

    /** Reads record {@code number}; false at the end of the archive or when it is broken. */
    private boolean readRecord(Path file, org.netpreserve.jwarc.WarcReader warc, int number, ReadOptions options,
                               ArticleSink sink) {
        try {
            Optional<WarcRecord> record = warc.next();
            if (record.isEmpty()) {
                return false;
            }
            if (record.get() instanceof WarcResponse response) {
                readResponse(file, "record " + number, response, options, sink);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            sink.problem(corrupt(file, number, e));
            return false;
        }
    }

    /** Reads one response record; an I/O failure inside it means the archive is broken. */
    private void readResponse(Path file, String location, WarcResponse response, ReadOptions options,
                              ArticleSink sink) throws IOException {
        HttpResponse http = response.http();
        if (http.status() != 200 || !HTML.equals(http.contentType().base())) {
            return;
        }
        long maxBytes = HtmlPages.maxBytes(options.maxChars());
        byte[] payload;
        try (InputStream body = http.bodyDecoded().stream()) {
            payload = body.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        }
        if (payload.length > maxBytes) {
            sink.problem(new ReadProblem(file, location, "too long: more than " + maxBytes + " bytes of HTML, more"
                    + " than the limit of " + options.maxChars() + " characters allows (ReadOptions.maxChars)"));
            return;
        }
        HtmlPage page;
        try {
            page = HtmlPages.parse(payload, http.contentType().parameters().get("charset"), response.target());
        } catch (IOException | RuntimeException e) {
            sink.problem(new ReadProblem(file, location, "cannot parse the HTML (" + Messages.brief(e) + ")"));
            return;
        }
        LocalDate date = page.date() != null ? page.date() : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        ArticleAssembler.assemble(file, location, page.toDraft(response.target(), date, datelines), options, sink);
    }

    private static ReadProblem corrupt(Path file, int number, Exception e) {
        return new ReadProblem(file, "record " + number, "truncated or corrupt WARC (" + Messages.brief(e)
                + "); reading stopped here");
    }
}
