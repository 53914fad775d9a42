package org.dateline.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.export.EventExporter;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code dateline export --format csv|geojson|jsonl}: the merged events that match the filters, streamed. */
@Command(name = "export", mixinStandardHelpOptions = true, description = {
        "Export merged events: csv (ACLED's 31 columns), geojson (a FeatureCollection of points; events without",
        "coordinates are left out and counted) or jsonl (one event with its reports per line). Takes the filters",
        "of 'dateline events'; all matching events unless --limit is given."})
final class ExportCommand extends StoreReadCommand {
    @Mixin
    EventFilterOptions filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv, geojson or jsonl.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output);"
            + " replaced only when the export succeeds.")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "Events at most (default: all).")
    int limit = EventFilter.UNLIMITED;

    @Option(names = "--offset", paramLabel = "N", description = "Events to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Override
    int read(CorpusStore store) throws Exception {
        ExportFormat f;
        try {
            f = ExportFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(filters.spec.commandLine(), e.getMessage(), e);
        }
        EventFilter filter = filters.filter(store, limit, offset);
        ExportSummary s;
        if (out == null) {
            Writer stdout = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            s = EventExporter.export(store, filter, f, stdout, Instant.now());
        } else {
            Path part = out.resolveSibling(out.getFileName() + ".part");
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                s = EventExporter.export(store, filter, f, w, Instant.now());
            } catch (Exception e) {
                Files.deleteIfExists(part);
                throw e;
            }
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
        }
        System.err.printf(Locale.ROOT, "dateline: %,d events exported%s%n", s.written(),
                out == null ? "" : " to " + out);
        if (s.skipped() > 0) {
            System.err.printf(Locale.ROOT, "dateline: %,d events without coordinates were left out of the %s%n",
                    s.skipped(), f.name().toLowerCase(Locale.ROOT));
        }
        return 0;
    }
}
