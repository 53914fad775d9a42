/**
 * Readers: turn input files into {@link org.dateline.model.Article}s, one small final class per format.
 *
 * <p>{@link org.dateline.readers.Readers} is the front door: {@code Readers.expand(args)} turns files, folders and
 * globs into a sorted list of files, and {@code Readers.read(file, options, sink)} reads one with the reader its
 * name calls for. Every reader implements {@link org.dateline.readers.ArticleReader}: it passes each article and
 * each {@link org.dateline.readers.ReadProblem} to an {@link org.dateline.readers.ArticleSink} and never throws for
 * bad content, so one bad record never stops the rest of a file.
 *
 * <p>Formats: {@link org.dateline.readers.SeedTextReader dated text} ({@code date YYYY-MM-DD} then the text),
 * {@link org.dateline.readers.PlainTextReader plain text}, {@link org.dateline.readers.JsonlReader JSON Lines},
 * {@link org.dateline.readers.HtmlReader HTML}, {@link org.dateline.readers.WarcReader WARC} and
 * {@link org.dateline.readers.ReutersSgmlReader Reuters-21578 SGML}. All of them find the dateline at the start of
 * the text with one {@link org.dateline.readers.DatelineParser}, whose words live in
 * {@code org/dateline/readers/lang/en/datelines.tsv}.
 */
package org.dateline.readers;
