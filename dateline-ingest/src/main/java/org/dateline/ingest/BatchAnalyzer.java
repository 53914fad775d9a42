package org.dateline.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.dateline.analysis.Analyzer;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Article;
import org.dateline.readers.ArticleSink;
import org.dateline.readers.ReadOptions;
import org.dateline.readers.ReadProblem;
import org.dateline.readers.Readers;

/**
 * Reads files with the readers and analyses their articles on several threads, handing the records out in input
 * order. Bad input never stops the batch: every problem goes to the problem consumer as one line naming the file.
 * The analyzer (and so the models) is created on the first article only.
 */
public final class BatchAnalyzer {

    /**
     * What a batch did.
     *
     * @param articles articles analysed
     * @param skipped  articles the skip test passed over, unanalysed
     * @param problems inputs or articles that failed, each reported to the problem consumer
     */
    public record Summary(int articles, int skipped, int problems) {
    }

    /** One article's outcome: its record, or a problem. */
    private record Outcome(AnalyzedArticle record, String problem) {
    }

    /**
     * Articles submitted ahead of the one awaited, per thread. Records leave in input order, so a long article holds
     * back the ones after it; a window of a few articles per thread keeps the other threads busy meanwhile (records
     * are small: the parse is dropped once analysed).
     */
    private static final int WINDOW_PER_THREAD = 8;
    private final Supplier<Analyzer> analyzerFactory;
    private final int threads;
    private Analyzer analyzer;

    public BatchAnalyzer(Supplier<Analyzer> analyzerFactory, int threads) {
        this.analyzerFactory = Objects.requireNonNull(analyzerFactory, "analyzerFactory");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
    }

    /** Analyses every article of the files; see {@link #run(List, ReadOptions, Predicate, Consumer, Consumer)}. */
    public Summary run(List<Path> files, ReadOptions options, Consumer<AnalyzedArticle> records,
                       Consumer<String> problems) {
        return run(files, options, article -> false, records, problems);
    }

    /**
     * Reads the files in order and analyses their articles, except those {@code skip} accepts (tested on the reading
     * thread, before analysis: e.g. articles already stored). Records reach {@code records} in input order, on the
     * calling thread; problems reach {@code problems} as one line naming the file.
     */
    public Summary run(List<Path> files, ReadOptions options, Predicate<Article> skip,
                       Consumer<AnalyzedArticle> records, Consumer<String> problems) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dateline-analysis");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Outcome>> pending = new ArrayDeque<>();
        int[] counts = new int[3];
        Consumer<Outcome> emit = o -> {
            if (o.record() != null) {
                counts[0]++;
                records.accept(o.record());
            } else {
                counts[1]++;
                problems.accept(o.problem());
            }
        };
        try {
            for (Path file : files) {
                ArticleSink sink = new ArticleSink() {
                    @Override
                    public void article(Article article) {
                        if (skip.test(article)) {
                            counts[2]++;
                            return;
                        }
                        Analyzer an = analyzer();
                        pending.add(pool.submit(() -> analyse(an, file, article)));
                        while (pending.size() > WINDOW_PER_THREAD * threads) {
                            emit.accept(await(pending.poll()));
                        }
                    }

                    @Override
                    public void problem(ReadProblem problem) {
                        while (!pending.isEmpty()) {
                            emit.accept(await(pending.poll()));
                        }
                        emit.accept(new Outcome(null, problem.toString()));
                    }
                };
                Readers.read(file, options, sink);
            }
            while (!pending.isEmpty()) {
                emit.accept(await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(counts[0], counts[2], counts[1]);
    }

    private synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = analyzerFactory.get();
        }
        return analyzer;
    }

    private static Outcome analyse(Analyzer analyzer, Path file, Article article) {
        try {
            return new Outcome(analyzer.analyze(article), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(null, file + " article " + article.id() + ": analysis failed (" + e + ")");
        }
    }

    private static Outcome await(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            return new Outcome(null, "analysis failed: " + e.getCause());
        }
    }
}
