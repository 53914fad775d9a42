package org.dateline.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import org.dateline.ingest.IngestProgress;

/**
 * Shows an ingest's progress on standard error: a bar redrawn in place on a terminal, a plain line every
 * {@value #LINE_SECONDS} seconds otherwise (logs, pipes, CI). Problems are printed on their own lines.
 */
final class ProgressDisplay {
    private static final int LINE_SECONDS = 30;
    private static final long BAR_NANOS = Duration.ofMillis(250).toNanos();
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean terminal;
    private long lastShown = Long.MIN_VALUE / 2;
    private boolean barDrawn;

    ProgressDisplay(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Shows the progress if it is time to. */
    void update(IngestProgress p) {
        long now = System.nanoTime();
        long interval = terminal ? BAR_NANOS : Duration.ofSeconds(LINE_SECONDS).toNanos();
        if (now - lastShown < interval) {
            return;
        }
        lastShown = now;
        if (terminal) {
            err.print("\r" + bar(p) + "\u001b[K");
            barDrawn = true;
        } else {
            err.println("dateline: ingest " + counts(p));
        }
        err.flush();
    }

    /** Prints a problem on its own line, keeping the bar below it. */
    void problem(String line) {
        clearBar();
        err.println(Errors.line(line));
    }

    /** Ends the bar's line before the summary. */
    void finish(IngestProgress p) {
        if (terminal) {
            err.print("\r" + bar(p) + "\u001b[K");
            err.println();
            barDrawn = false;
        }
    }

    private void clearBar() {
        if (barDrawn) {
            err.print("\r\u001b[K");
            barDrawn = false;
        }
    }

    private static String bar(IngestProgress p) {
        double share = p.total() == 0 ? 1 : Math.min(1, (double) (p.done() + p.pending()) / p.total());
        int filled = (int) Math.round(share * WIDTH);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + counts(p);
    }

    private static String counts(IngestProgress p) {
        long done = p.done() + p.pending();
        double percent = p.total() == 0 ? 100 : 100.0 * done / p.total();
        return String.format(Locale.ROOT, "%,d/%,d (%.1f%%)  %.1f articles/s  ETA %s", done, p.total(), percent,
                p.articlesPerSecond(), p.eta().map(ProgressDisplay::clock).orElse("-"));
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
