package org.dateline.store.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.EventWithReports;

/** Streams the merged events a filter selects from a store into a writer, in one {@link ExportFormat}. */
public final class EventExporter {
    private EventExporter() {
    }

    /**
     * Writes the events {@code filter} selects (its page included: use {@link EventFilter#UNLIMITED} for all) to
     * {@code out}, which is flushed but not closed; {@code exportedAt} is the CSV's timestamp.
     */
    public static ExportSummary export(CorpusStore store, EventFilter filter, ExportFormat format, Writer out,
                                       Instant exportedAt) throws IOException {
        Objects.requireNonNull(out, "out");
        long[] written = new long[1];
        EventWriter writer = format.writer(out, exportedAt);
        try {
            if (format.withReports()) {
                store.exportEventsWithReports(filter, e -> write(writer, e, written));
            } else {
                store.exportEvents(filter, e -> write(writer, new EventWithReports(e, List.of()), written));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.close();
        out.flush();
        return new ExportSummary(written[0] - writer.skipped(), writer.skipped());
    }

    private static void write(EventWriter writer, EventWithReports event, long[] written) {
        try {
            writer.write(event);
            written[0]++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
