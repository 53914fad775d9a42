package org.dateline.readers;

import java.nio.file.Path;

/** Stands in for a file whose name says no known format: reports that, or that the file cannot be read. */
final class UnknownFormatReader implements ArticleReader {

    @Override
    public void read(Path file, ReadOptions options, ArticleSink sink) {
        if (FileContent.check(file, Long.MAX_VALUE, options.maxChars(), sink)) {
            sink.problem(ReadProblem.of(file, "unknown format: expected a name ending in " + Readers.EXTENSIONS));
        }
    }
}
