package org.dateline.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.export.EventExporter;
import org.dateline.store.export.ExportFormat;

/**
 * {@code GET /api/export/{format}}: the events the filters let through as a file, in the format of
 * {@code dateline export} (csv: ACLED's columns; geojson; jsonl: each event with its reports), in the order asked for
 * and all of them unless {@code limit} says otherwise. Streamed: each event is written as it is read, so a large
 * export never holds the result in memory. An export keeps a read connection busy while the client downloads, so at
 * most {@value #AT_ONCE} run at once; more are a 503.
 */
final class ExportRoutes {
    static final int AT_ONCE = 2;
    private final CorpusStore store;
    private final EventParams params;
    private final Clock clock;
    private final Semaphore running = new Semaphore(AT_ONCE);

    ExportRoutes(CorpusStore store, EventParams params, Clock clock) {
        this.store = store;
        this.params = params;
        this.clock = clock;
    }

    void export(Context ctx) throws IOException {
        String name = ctx.pathParam("format");
        ExportFormat format;
        try {
            format = ExportFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        QueryParams q = QueryParams.of(ctx, EventParams.EXPORTED);
        EventFilter filter = params.filter(q).withOrder(EventParams.order(q))
                .withPage(q.integer("limit", EventFilter.UNLIMITED, 1, EventFilter.UNLIMITED), 0);
        if (!running.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw new ApiException(503, AT_ONCE + " exports are running; try again when one has finished");
        }
        try {
            Instant now = clock.instant();
            String file = "dateline-events-" + LocalDate.ofInstant(now, ZoneOffset.UTC) + "." + extension(format);
            ctx.status(200).contentType(contentType(format))
                    .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                    .header("Cache-Control", "no-store");
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            try {
                EventExporter.export(store, filter, format, out, now);
            } catch (IOException | UncheckedIOException e) {
                // the client went away mid-download: nothing left to answer
                return;
            }
            out.flush();
        } finally {
            running.release();
        }
    }

    static String extension(ExportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    static String contentType(ExportFormat format) {
        return switch (format) {
            case CSV -> "text/csv; charset=utf-8";
            case GEOJSON -> "application/geo+json; charset=utf-8";
            case JSONL -> "application/x-ndjson; charset=utf-8";
        };
    }
}
