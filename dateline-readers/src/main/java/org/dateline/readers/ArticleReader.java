package org.dateline.readers;

import java.nio.file.Path;

/**
 * Reads one input format. Implementations are small, final, stateless and thread-safe.
 *
 * <p>A reader never throws for bad content: every article it can read goes to {@link ArticleSink#article}, every
 * record it cannot goes to {@link ArticleSink#problem} as one {@link ReadProblem}, and reading goes on with the next
 * record. Missing and unreadable files are problems too. Only exceptions thrown by the sink itself propagate.
 */
public interface ArticleReader {

    /**
     * Reads every article in {@code file}.
     *
     * @param file    the file to read
     * @param options what the caller knows about the file (publication date, source) and the text length limit
     * @param sink    receives the articles and the problems, in file order
     */
    void read(Path file, ReadOptions options, ArticleSink sink);
}
