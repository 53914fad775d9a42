package org.dateline.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Geo;
import org.dateline.model.GeoContext;
import org.dateline.model.NameMatch;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void recordsRoundTripAndCarryTheSchemaVersion() {
        AnalyzedArticle r = TestPipeline.analyze("2022-09-20", "\"We will win,\" Mr Zelensky said on Monday.");
        String json = Json.write(r, false);
        assertTrue(json.startsWith("{\"schema\":\"dateline/1\""), json);
        assertEquals(r, Json.read(json));
    }

    @Test
    void aPlaceKeepsWhyItWasResolvedAndOldRecordsWithoutItStillRead() {
        Geo geo = new Geo(706483L, "Kharkiv", 49.98, 36.25, "P", "PPLA", "UA", "Ukraine", "Kharkiv", null, 1, 0.93,
                NameMatch.TRANSLITERATION, List.of(GeoContext.AREA_BESIDE, GeoContext.ARTICLE_COUNTRY));
        String json = Json.writePart(geo);
        assertTrue(json.contains("\"match\":\"TRANSLITERATION\",\"context\":[\"AREA_BESIDE\",\"ARTICLE_COUNTRY\"]"),
                json);
        assertEquals(geo, Json.readPart(json, Geo.class));

        String old = "{\"geonameId\":706483,\"name\":\"Kharkiv\",\"lat\":49.98,\"lon\":36.25,\"featureClass\":\"P\","
                + "\"featureCode\":\"PPLA\",\"country\":\"UA\",\"countryName\":\"Ukraine\",\"geoPrecision\":1,"
                + "\"confidence\":0.9}";
        Geo read = Json.readPart(old, Geo.class);
        assertEquals(null, read.match());
        assertEquals(List.of(), read.context());
        assertEquals(0.9, read.confidence());
    }
}
