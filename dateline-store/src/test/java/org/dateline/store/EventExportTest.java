package org.dateline.store;

import static org.dateline.store.ClusterRows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.EventModality;
import org.dateline.store.export.EventExporter;
import org.dateline.store.export.ExportFormat;
import org.dateline.store.export.ExportSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export formats: ACLED's CSV layout, GeoJSON points, JSON lines. */
class EventExportTest {
    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";
    private static final Instant NOW = Instant.parse("2024-04-01T12:00:00Z");
    private static final EventFilter ALL = EventFilter.all().withPage(EventFilter.UNLIMITED, 0)
            .withModalities(EnumSet.allOf(EventModality.class));

    @TempDir
    static Path dir;
    private static CorpusStore store;

    @BeforeAll
    static void write() throws SQLException {
        ClusterRows.write(dir.resolve("c.db"), List.of(
                row("kyiv").on("2024-03-01").actor1("Military Forces of Russia", "STATE_FORCES")
                        .actor2("Civilians (Ukraine)", "CIVILIANS").at("Kyiv", 50.4501, 30.5234, "UA", "Ukraine")
                        .admin1("Kyiv City").sources(3, "CORROBORATED").fatalities(2).outlets("Reuters", "AP, Inc.")
                        .text("He said \"they hit us\", then\nleft."),
                row("protest").on("2024-03-02").kind("PEACEFUL_PROTEST", "Protests", "Peaceful protest")
                        .actor1("Protesters (Chile)", "PROTESTERS").at("Santiago", -33.45, -70.6667, "CL", "Chile")
                        .verification("CLAIMED").modality("PLANNED").text("Students will march."),
                row("force").on("2024-03-03").kind("EXCESSIVE_FORCE_AGAINST_PROTESTERS", "Protests",
                                "Excessive force against protesters").actor1("Police Forces of Kosovo", "STATE_FORCES")
                        .actor2("Protesters (Kosovo)", "PROTESTERS").at("Pristina", 42.6629, 21.1655, "XK", "Kosovo")
                        .text("Police fired tear gas."),
                row("talks").on("2024-03-04").kind("DIPLOMATIC_EVENT", "Strategic developments", "Diplomatic event")
                        .actor1("Volodymyr Zelensky", "PERSON").text("Zelensky met Tusk.")));
        store = CorpusStore.open(dir.resolve("c.db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static String export(ExportFormat format, ExportSummary expected) throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(expected, EventExporter.export(store, ALL, format, out, NOW));
        return out.toString();
    }

    @Test
    void whatDidNotHappenIsLeftOutUnlessItsModalityIsAskedFor() throws IOException {
        StringWriter out = new StringWriter();
        assertEquals(new ExportSummary(3, 0), EventExporter.export(store, EventFilter.all().withPage(
                EventFilter.UNLIMITED, 0), ExportFormat.CSV, out, NOW));
        assertFalse(out.toString().contains("Students will march"), out::toString);
        String planned = export(ExportFormat.CSV, new ExportSummary(4, 0));
        assertTrue(planned.lines().anyMatch(l -> l.contains("Students will march") && l.contains("planned")), planned);
    }

    @Test
    void theCsvHeaderIsAcledsThirtyOneColumns() throws IOException {
        String csv = export(ExportFormat.CSV, new ExportSummary(4, 0));
        assertTrue(csv.startsWith(HEADER + "\r\n"), csv);
        assertEquals(31, HEADER.split(",").length);
    }

    @Test
    void csvFieldsWithCommasQuotesOrLineBreaksAreQuoted() throws IOException {
        List<List<String>> records = Rfc4180.parse(export(ExportFormat.CSV, new ExportSummary(4, 0)));
        assertEquals(5, records.size());
        records.forEach(r -> assertEquals(31, r.size(), r::toString));
        Map<String, String> kyiv = fields(records, 1);
        assertEquals("Reuters; AP, Inc.", kyiv.get("source"));
        assertEquals("He said \"they hit us\", then\nleft. (3 independent sources; verification: REPORTED)",
                kyiv.get("notes"));
        String csv = export(ExportFormat.CSV, new ExportSummary(4, 0));
        assertTrue(csv.contains(",\"Reuters; AP, Inc.\",,\"He said \"\"they hit us\"\", then\nleft. (3"), csv);
    }

    @Test
    void csvFieldsMapAsAcledWritesThem() throws IOException {
        List<List<String>> records = Rfc4180.parse(export(ExportFormat.CSV, new ExportSummary(4, 0)));
        Map<String, String> kyiv = fields(records, 1);
        assertEquals("UKR1", kyiv.get("event_id_cnty"));
        assertEquals("2024-03-01", kyiv.get("event_date"));
        assertEquals("2024", kyiv.get("year"));
        assertEquals("Political violence", kyiv.get("disorder_type"));
        assertEquals("Shelling/artillery/missile attack", kyiv.get("sub_event_type"));
        assertEquals("1", kyiv.get("inter1"));
        assertEquals("7", kyiv.get("inter2"));
        assertEquals("17", kyiv.get("interaction"));
        assertEquals("Civilian targeting", kyiv.get("civilian_targeting"));
        assertEquals("804", kyiv.get("iso"));
        assertEquals("", kyiv.get("region"));
        assertEquals("Ukraine", kyiv.get("country"));
        assertEquals("Kyiv City", kyiv.get("admin1"));
        assertEquals("Kyiv", kyiv.get("location"));
        assertEquals("50.4501", kyiv.get("latitude"));
        assertEquals("30.5234", kyiv.get("longitude"));
        assertEquals("2", kyiv.get("fatalities"));
        assertEquals("corroborated by 3 independent sources; dateline id kyiv", kyiv.get("tags"));
        assertEquals(Long.toString(NOW.getEpochSecond()), kyiv.get("timestamp"));

        Map<String, String> protest = fields(records, 2);
        assertEquals("CHL2", protest.get("event_id_cnty"));
        assertEquals("152", protest.get("iso"));
        assertEquals("Demonstrations", protest.get("disorder_type"));
        assertEquals("6", protest.get("inter1"));
        assertEquals("0", protest.get("inter2"));
        assertEquals("60", protest.get("interaction"));
        assertEquals("", protest.get("civilian_targeting"));
        assertEquals("0", protest.get("fatalities"));
        assertEquals("-70.6667", protest.get("longitude"));
        assertEquals("single source; planned; dateline id protest", protest.get("tags"));
        assertEquals("Students will march. (1 independent source; verification: CLAIMED)", protest.get("notes"));

        Map<String, String> force = fields(records, 3);
        assertEquals("XK3", force.get("event_id_cnty"));
        assertEquals("", force.get("iso"));
        assertEquals("Political violence; Demonstrations", force.get("disorder_type"));
        assertEquals("16", force.get("interaction"));

        Map<String, String> talks = fields(records, 4);
        assertEquals("4", talks.get("event_id_cnty"));
        assertEquals("Strategic developments", talks.get("disorder_type"));
        assertEquals("", talks.get("inter1"));
        assertEquals("", talks.get("interaction"));
        assertEquals("", talks.get("latitude"));
    }

    @Test
    void geoJsonPointsAreLongitudeThenLatitudeAndUnlocatedEventsAreSkipped() throws IOException {
        JsonNode collection = new ObjectMapper().readTree(export(ExportFormat.GEOJSON, new ExportSummary(3, 1)));
        assertEquals("FeatureCollection", collection.get("type").asText());
        JsonNode features = collection.get("features");
        assertEquals(3, features.size());
        JsonNode kyiv = features.get(0);
        assertEquals("kyiv", kyiv.get("id").asText());
        assertEquals("Point", kyiv.get("geometry").get("type").asText());
        assertEquals(30.5234, kyiv.get("geometry").get("coordinates").get(0).asDouble());
        assertEquals(50.4501, kyiv.get("geometry").get("coordinates").get(1).asDouble());
        assertEquals("Shelling/artillery/missile attack", kyiv.get("properties").get("sub_event_type").asText());
        assertEquals(3, kyiv.get("properties").get("independent_sources").asInt());
        assertEquals("AP, Inc.", kyiv.get("properties").get("outlets").get(1).asText());
        assertEquals(-33.45, features.get(1).get("geometry").get("coordinates").get(1).asDouble());
    }

    @Test
    void jsonLinesHoldOneEventWithItsReportsPerLine() throws IOException {
        String[] lines = export(ExportFormat.JSONL, new ExportSummary(4, 0)).split("\n");
        assertEquals(4, lines.length);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals("kyiv", first.get("event").get("id").asText());
        assertEquals("CORROBORATED", first.get("event").get("status").asText());
        assertEquals(50.4501, first.get("event").get("place").get("lat").asDouble());
        assertTrue(first.get("reports").isArray());
    }

    @Test
    void formatsAreNamedInAnyCase() {
        assertEquals(ExportFormat.GEOJSON, ExportFormat.of("geojson"));
        assertEquals(ExportFormat.CSV, ExportFormat.of(" CSV "));
        assertEquals("unknown export format 'xml'; one of [csv, geojson, jsonl]",
                assertThrows(IllegalArgumentException.class, () -> ExportFormat.of("xml")).getMessage());
    }

    private static Map<String, String> fields(List<List<String>> records, int row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < records.get(0).size(); i++) {
            fields.put(records.get(0).get(i), records.get(row).get(i));
        }
        return fields;
    }

    /** A strict reader of RFC 4180 text: CRLF record ends, quoted fields with doubled quotes. */
    static final class Rfc4180 {
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '"' && field.isEmpty()) {
                    i++;
                    while (true) {
                        char q = text.charAt(i++);
                        if (q == '"' && i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else if (q == '"') {
                            break;
                        } else {
                            field.append(q);
                        }
                    }
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    i++;
                } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i += 2;
                } else {
                    if (c == '"' || c == '\n' || c == '\r') {
                        throw new IllegalArgumentException("unquoted " + (int) c + " at " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            if (!record.isEmpty() || !field.isEmpty()) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            return records;
        }
    }
}
