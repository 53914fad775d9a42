package org.dateline.store.export;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.dateline.dedup.EventCluster;
import org.dateline.store.EventWithReports;
import org.dateline.store.MergedEvent;

/**
 * Merged events as CSV in ACLED's column layout (RFC 4180: CRLF line ends, fields holding a comma, quote or line
 * break quoted, quotes doubled). How the fields map:
 * <ul>
 * <li>event_id_cnty: the country's ISO alpha-3 code (alpha-2 when it has none) and the event's key</li>
 * <li>inter1, inter2: from the actor categories ({@code acled-inter.tsv}); 0 when there is no such actor, as ACLED
 * writes; empty when the category has no code. interaction: the two codes, smaller first (17), or the one code and 0
 * (10) when there is one actor; empty when a present actor has no code</li>
 * <li>disorder_type: from the event type ({@code acled-disorder.tsv})</li>
 * <li>iso: the ISO 3166 number; region, assoc_actor_*, admin3 and source_scale: empty, as nothing tells them</li>
 * <li>source: the outlets, "; "-separated; notes: the earliest report's sentence and "(N independent sources;
 * verification: X)"; fatalities: the most any report gives, 0 when none gives a number (ACLED's convention)</li>
 * <li>tags: the corroboration, the modality when it is not ASSERTED, background, and the merged event's Dateline id;
 * timestamp: the export's time, Unix seconds</li>
 * </ul>
 */
final class AcledCsvWriter implements EventWriter {
    /** ACLED's columns, in ACLED's order. */
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    private static final String CRLF = "\r\n";
    private final Writer out;
    private final AcledCodes codes;
    private final String timestamp;

    AcledCsvWriter(Writer out, AcledCodes codes, Instant exportedAt) throws IOException {
        this.out = out;
        this.codes = codes;
        this.timestamp = Long.toString(exportedAt.getEpochSecond());
        out.write(String.join(",", COLUMNS) + CRLF);
    }

    @Override
    public void write(EventWithReports item) throws IOException {
        List<String> row = row(item.event());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(row.get(i)));
        }
        out.write(line.append(CRLF).toString());
    }

    @Override
    public void close() {
        // nothing follows the last row
    }

    /** The 31 fields of an event, unquoted, in {@link #COLUMNS} order. */
    List<String> row(MergedEvent e) {
        MergedEvent.Location place = e.place();
        String alpha2 = place == null ? null : place.country();
        AcledCodes.Country country = codes.country(alpha2);
        String prefix = country != null ? country.alpha3() : alpha2 != null ? alpha2 : "";
        String date = e.date().from() != null ? e.date().from() : e.earliestPublished();
        OptionalInt inter1 = inter(e.actor1());
        OptionalInt inter2 = inter(e.actor2());
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(prefix + e.key());
        row.add(date);
        row.add(date.length() >= 4 ? date.substring(0, 4) : "");
        row.add(text(e.date().precision()));
        row.add(text(e.type() == null ? null : codes.disorderType(e.type(), e.subtype())));
        row.add(text(e.type()));
        row.add(text(e.subtype()));
        row.add(e.actor1() == null ? "" : text(e.actor1().name()));
        row.add("");
        row.add(text(inter1));
        row.add(e.actor2() == null ? "" : text(e.actor2().name()));
        row.add("");
        row.add(text(inter2));
        row.add(interaction(inter1, inter2));
        row.add(e.actor2() != null && "CIVILIANS".equals(e.actor2().category()) ? "Civilian targeting" : "");
        row.add(country == null ? "" : Integer.toString(country.numeric()));
        row.add("");
        row.add(place == null ? "" : text(place.countryName()));
        row.add(place == null ? "" : text(place.admin1()));
        row.add(place == null ? "" : text(place.admin2()));
        row.add("");
        row.add(place == null ? "" : text(place.name()));
        row.add(e.located() ? degrees(place.lat()) : "");
        row.add(e.located() ? degrees(place.lon()) : "");
        row.add(place == null ? "" : text(place.geoPrecision()));
        row.add(String.join("; ", e.outlets()));
        row.add("");
        row.add(notes(e));
        row.add(e.fatalities() == null ? "0" : Long.toString(Math.round(e.fatalities())));
        row.add(tags(e));
        row.add(timestamp);
        return row;
    }

    /** The inter code of an actor: 0 when there is none, empty when its category has no code. */
    private OptionalInt inter(MergedEvent.Actor actor) {
        return actor == null ? OptionalInt.of(0) : codes.inter(actor.category());
    }

    /** ACLED's interaction: the two inter codes, smaller first; a lone actor's code and 0. */
    private static String interaction(OptionalInt a, OptionalInt b) {
        if (a.isEmpty() || b.isEmpty() || a.getAsInt() == 0 && b.getAsInt() == 0) {
            return "";
        }
        int x = a.getAsInt();
        int y = b.getAsInt();
        if (x == 0 || y == 0) {
            return (x + y) + "0";
        }
        return Math.min(x, y) + "" + Math.max(x, y);
    }

    private static String notes(MergedEvent e) {
        String sources = e.independentSources() + (e.independentSources() == 1 ? " independent source"
                : " independent sources");
        String summary = "(" + sources + "; verification: " + e.verification() + ")";
        return e.evidence() == null || e.evidence().isBlank() ? summary : e.evidence().strip() + " " + summary;
    }

    private static String tags(MergedEvent e) {
        List<String> tags = new ArrayList<>();
        tags.add(e.status() == EventCluster.Status.CORROBORATED
                ? "corroborated by " + e.independentSources() + " independent sources"
                : e.status() == EventCluster.Status.CONTRADICTED ? "contradicted by another report" : "single source");
        if (e.modality() != null && !e.modality().equals("ASSERTED")) {
            tags.add(e.modality().toLowerCase(Locale.ROOT));
        }
        if (e.background()) {
            tags.add("background");
        }
        tags.add("dateline id " + e.id());
        return String.join("; ", tags);
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String text(Object value) {
        if (value instanceof OptionalInt o) {
            return o.isPresent() ? Integer.toString(o.getAsInt()) : "";
        }
        return value == null ? "" : value.toString();
    }

    /** The field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
