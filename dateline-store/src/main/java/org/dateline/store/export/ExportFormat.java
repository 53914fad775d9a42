package org.dateline.store.export;

import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** The formats merged events are exported in. */
public enum ExportFormat {
    /** ACLED's 31 CSV columns (RFC 4180), one row per merged event. */
    CSV(false),
    /** A GeoJSON FeatureCollection of points, one per merged event with coordinates. */
    GEOJSON(false),
    /** One JSON object per line: a merged event and its reports. */
    JSONL(true);

    private final boolean withReports;

    ExportFormat(boolean withReports) {
        this.withReports = withReports;
    }

    /** The format named {@code name}, ignoring case ("csv", "geojson", "jsonl"). */
    public static ExportFormat of(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown export format '" + name + "'; one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** Whether the format holds each event's reports. */
    public boolean withReports() {
        return withReports;
    }

    EventWriter writer(Writer out, Instant exportedAt) throws java.io.IOException {
        return switch (this) {
            case CSV -> new AcledCsvWriter(out, AcledCodes.load(), exportedAt);
            case GEOJSON -> new GeoJsonWriter(out);
            case JSONL -> new JsonlWriter(out);
        };
    }
}
