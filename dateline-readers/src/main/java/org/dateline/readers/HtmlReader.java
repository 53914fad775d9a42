package org.dateline.readers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.text.Messages;

/**
 * Reads one HTML page as one article: the main text found by readability4j (paragraphs separated by blank lines),
 * the title (og:title, else the page title), the publication date (article:published_time, meta name=date, pubdate
 * or DC.date, JSON-LD datePublished, time datetime; else {@link ReadOptions#date()}) and the address (link
 * rel=canonical, else og:url).
 */
public final class HtmlReader implements ArticleReader {

    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public HtmlReader() {
        this(DatelineParser.english());
    }

    /** A reader that recognises datelines with {@code datelines}. */
    public HtmlReader(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        long maxBytes = HtmlPages.maxBytes(options.maxChars());
        Optional<byte[]> bytes = FileContent.readBytes(file, maxBytes, options.maxChars(), sink);
        if (bytes.isEmpty()) {
            return;
        }
        String binary = FileContent.binaryProblem(bytes.get(), bytes.get().length);
        if (binary != null) {
            sink.problem(ReadProblem.of(file, binary));
            return;
        }
        HtmlPage page;
        try {
            page = HtmlPages.parse(bytes.get(), null, null);
        } catch (IOException | RuntimeException e) {
            sink.problem(ReadProblem.of(file, "cannot parse the HTML (" + Messages.brief(e) + ")"));
            return;
        }
        int invalid = StandardCharsets.UTF_8.name().equals(page.charset())
                ? Utf8.firstInvalidByte(bytes.get(), 0, bytes.get().length) : -1;
        if (invalid >= 0) {
            sink.problem(ReadProblem.of(file, "invalid UTF-8 at byte offset " + invalid
                    + " (the page declares no other character set)"));
            return;
        }
        ArticleAssembler.assemble(file, null, page.toDraft(page.url(), page.date(), datelines), options, sink);
    }
}
