package org.dateline.readers;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a plain UTF-8 text file as one article. The text is kept as it is; its publication date is
 * {@link ReadOptions#date()}, and without one the file is a problem ("no publication date: give --date
 * YYYY-MM-DD").
 */
public final class PlainTextReader implements ArticleReader {

    private final DatelineParser datelines;

    /** A reader that recognises English datelines. */
    public PlainTextReader() {
        this(DatelineParser.english());
    }

    /** A reader that recognises datelines with {@code datelines}. */
    public PlainTextReader(DatelineParser datelines) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
    }

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        FileContent.readText(file, options.maxChars(), sink).ifPresent(text -> ArticleAssembler.assemble(file, null,
                new Draft(text, null, datelines.find(text).orElse(null), null, null, null), options, sink));
    }
}
