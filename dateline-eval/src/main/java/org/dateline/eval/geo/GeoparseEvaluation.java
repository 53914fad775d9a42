package org.dateline.eval.geo;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.dateline.eval.Parallel;
import org.dateline.eval.Report;

/**
 * Runs a {@link Geoparser} over a geoparsing gold set (LGL, TR-News or GeoWebNews XML) and scores it with
 * {@link GeoparseScorer}; which gold annotations count is {@link GeoFormat#goldTypes()}.
 */
public final class GeoparseEvaluation {

    private GeoparseEvaluation() {
    }

    /**
     * Reads {@code xml} with {@link GeoCorpusReader}, then evaluates as
     * {@link #run(GeoCorpus, Geoparser, boolean, int, int, Path)}.
     */
    public static Report run(Path xml, Geoparser parser, boolean goldToponyms, int limit, int threads, Path errorsTsv)
            throws IOException {
        return run(GeoCorpusReader.read(xml), parser, goldToponyms, limit, threads, errorsTsv, null);
    }

    /** As {@link #run(GeoCorpus, Geoparser, boolean, int, int, Path, ResolutionCause.EntryFinder)} without a finder. */
    public static Report run(GeoCorpus corpus, Geoparser parser, boolean goldToponyms, int limit, int threads,
                             Path errorsTsv) throws IOException {
        return run(corpus, parser, goldToponyms, limit, threads, errorsTsv, null);
    }

    /**
     * @param parser       must be thread-safe: documents are parsed on {@code threads} threads at once
     * @param goldToponyms false: end to end, the geoparser finds the toponyms itself; true: it is given the gold
     *                     toponyms that count, as spans without coordinates, and resolves them
     * @param limit        score only the first {@code limit} documents in file order; 0 for all
     * @param threads      how many documents to parse at once, at least 1
     * @param errorsTsv    where to write every {@link ResolutionError} as a tab-separated line under a header
     *                     (document order, then gold order) with its {@link ResolutionCause}, then the reader's
     *                     notes with theirs, or null for no file
     * @param finder       where a gazetteer has entries of a name, to tell the causes of the errors apart
     *                     ({@code cause-*} figures); null for none
     * @return the figures of {@link GeoparseScores#report()} and, with a finder, how many errors had each cause; a
     *         detail line when annotations were left out or worked around, or the documents were limited
     */
    public static Report run(GeoCorpus corpus, Geoparser parser, boolean goldToponyms, int limit, int threads,
                             Path errorsTsv, ResolutionCause.EntryFinder finder) throws IOException {
        if (limit < 0 || threads < 1) {
            throw new IllegalArgumentException("limit must be 0 (all) or more and threads 1 or more: limit " + limit
                    + ", threads " + threads);
        }
        List<GeoDocument> all = corpus.documents();
        List<GeoDocument> documents = limit == 0 || limit >= all.size() ? all : all.subList(0, limit);
        GeoparseScores total = scoreAll(documents, corpus.format(), parser, goldToponyms, threads);
        List<ResolutionCause> causes = total.resolutions().stream().map(e -> ResolutionCause.of(e, finder)).toList();
        if (errorsTsv != null) {
            writeErrors(errorsTsv, total.resolutions(), causes, corpus.notes());
        }
        var details = new ArrayList<String>();
        if (documents.size() < all.size()) {
            details.add("limited to the first " + documents.size() + " of " + all.size() + " documents");
        }
        if (corpus.outsideText() > 0) {
            details.add(corpus.outsideText() + " gold annotations with offsets outside the article text left out");
        }
        for (ReaderNote.Cause cause : ReaderNote.Cause.values()) {
            int n = corpus.count(cause);
            if (n > 0 && cause != ReaderNote.Cause.OUTSIDE_TEXT) {
                details.add(n + " reader notes " + cause.label() + " (listed on standard error and in --errors)");
            }
        }
        List<Report.Figure> figures = new ArrayList<>(total.report().figures());
        if (finder != null) {
            for (ResolutionCause c : ResolutionCause.values()) {
                if (c != ResolutionCause.FAR && c != ResolutionCause.UNRESOLVED) {
                    figures.add(new Report.Figure("cause-" + c.label(), causes.stream().filter(x -> x == c).count(),
                            Report.Figure.Kind.COUNT));
                }
            }
        }
        return new Report(figures, details);
    }

    private static GeoparseScores scoreAll(List<GeoDocument> documents, GeoFormat format, Geoparser parser,
                                           boolean goldToponyms, int threads) {
        GeoparseScores total = GeoparseScores.EMPTY;
        for (Parallel.Outcome<GeoparseScores> outcome
                : Parallel.map(documents, d -> scoreOne(d, format, parser, goldToponyms), threads)) {
            if (outcome.failed()) {
                throw outcome.failure();
            }
            total = total.plus(outcome.value());
        }
        return total;
    }

    private static GeoparseScores scoreOne(GeoDocument document, GeoFormat format, Geoparser parser,
                                           boolean goldToponyms) {
        List<GoldToponym> gold = document.toponyms().stream()
                .filter(format::counts)
                .sorted(Comparator.comparingInt(GoldToponym::start).thenComparingInt(GoldToponym::end))
                .toList();
        List<GoldToponym> spans = goldToponyms ? gold.stream().map(GoldToponym::spanOnly).toList() : null;
        List<PredictedToponym> predicted;
        try {
            predicted = parser.parse(document.withoutToponyms(), spans);
        } catch (RuntimeException e) {
            throw new IllegalStateException("the geoparser failed on document " + document.id() + ": " + e, e);
        }
        if (predicted == null) {
            throw new IllegalStateException("the geoparser returned null for document " + document.id());
        }
        for (PredictedToponym toponym : predicted) {
            if (toponym.end() > document.text().length()) {
                throw new IllegalStateException("the geoparser returned '" + toponym.name() + "' at "
                        + toponym.start() + ".." + toponym.end() + ", after the end of document " + document.id()
                        + " (length " + document.text().length() + ")");
            }
        }
        return GeoparseScorer.score(document.id(), gold, predicted);
    }

    private static void writeErrors(Path file, List<ResolutionError> errors, List<ResolutionCause> causes,
                                    List<ReaderNote> notes) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ResolutionError.TSV_HEADER + "\n");
            for (int i = 0; i < errors.size(); i++) {
                out.write(errors.get(i).tsvRow(causes.get(i)) + "\n");
            }
            for (ReaderNote note : notes) {
                out.write(ResolutionError.tsvRow(note) + "\n");
            }
        }
    }
}
