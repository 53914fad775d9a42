package org.dateline.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.dateline.store.EventWithReports;
import org.dateline.store.MergedEvent;

/**
 * A GeoJSON (RFC 7946) FeatureCollection with a Point per merged event, coordinates in [longitude, latitude] order,
 * and the event's main fields as properties; events without coordinates are skipped and counted.
 */
final class GeoJsonWriter implements EventWriter {
    private final JsonGenerator json;
    private long skipped;

    GeoJsonWriter(Writer out) throws IOException {
        json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(EventWithReports item) throws IOException {
        MergedEvent e = item.event();
        if (!e.located()) {
            skipped++;
            return;
        }
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", e.id());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(e.place().lon());
        json.writeNumber(e.place().lat());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        string("date", e.date().from());
        string("code", e.code());
        string("event_type", e.type());
        string("sub_event_type", e.subtype());
        string("actor1", e.actor1() == null ? null : e.actor1().name());
        string("actor2", e.actor2() == null ? null : e.actor2().name());
        string("location", e.place().name());
        string("country", e.place().country());
        string("admin1", e.place().admin1());
        if (e.place().geoPrecision() != null) {
            json.writeNumberField("geo_precision", e.place().geoPrecision());
        }
        if (e.fatalities() != null) {
            json.writeNumberField("fatalities", e.fatalities());
        }
        json.writeNumberField("independent_sources", e.independentSources());
        json.writeNumberField("reports", e.reportCount());
        string("status", e.status().name());
        string("verification", e.verification().name());
        string("modality", e.modality() == null ? "ASSERTED" : e.modality());
        json.writeBooleanField("background", e.background());
        json.writeArrayFieldStart("outlets");
        for (String outlet : e.outlets()) {
            json.writeString(outlet);
        }
        json.writeEndArray();
        string("evidence", e.evidence());
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public long skipped() {
        return skipped;
    }

    @Override
    public void close() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private void string(String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }
}
