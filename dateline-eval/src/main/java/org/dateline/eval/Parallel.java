package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Applies a function to every item of a list on a fixed pool of threads, keeping the list's order. */
public final class Parallel {

    /** What the function returned for one item, or the runtime exception it threw (then {@code value} is null). */
    public record Outcome<R>(R value, RuntimeException failure) {
        public boolean failed() {
            return failure != null;
        }

        /** The exception as one line (its class and message, line breaks folded), for a report's detail line. */
        public String failureLine() {
            return Details.oneLine(failure.toString());
        }
    }

    private Parallel() {
    }

    /**
     * @param threads how many items to work on at once, at least 1
     * @return one outcome per item, in item order whatever the number of threads; an {@link Error} is not caught
     */
    public static <T, R> List<Outcome<R>> map(List<T> items, Function<? super T, ? extends R> function, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())));
        try {
            var futures = new ArrayList<Future<Outcome<R>>>();
            for (T item : items) {
                futures.add(pool.submit(() -> apply(function, item)));
            }
            var outcomes = new ArrayList<Outcome<R>>();
            for (Future<Outcome<R>> future : futures) {
                outcomes.add(future.get());
            }
            return List.copyOf(outcomes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T, R> Outcome<R> apply(Function<? super T, ? extends R> function, T item) {
        try {
            return new Outcome<>(function.apply(item), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }
}
