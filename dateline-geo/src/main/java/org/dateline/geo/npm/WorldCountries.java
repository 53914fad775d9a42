package org.dateline.geo.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.geo.GazetteerFormatException;

/**
 * The world-countries package (mledoze/countries, ODbL 1.0): each country's published geographic centre
 * ({@code latlng}, the CIA World Factbook's "geographic coordinates", which GeoNames' country points follow) and
 * its common name and other spellings.
 */
final class WorldCountries {
    /** One country: its centre and names. */
    record Country(String alpha2, LatLon centre, String commonName, List<String> spellings) {
    }

    private WorldCountries() {
    }

    static Map<String, Country> read(Path countriesJson) throws IOException {
        Map<String, Country> out = new HashMap<>();
        JsonNode all = Json.tree(countriesJson);
        if (!all.isArray()) {
            throw new GazetteerFormatException(countriesJson, 0, "expected an array of countries");
        }
        for (JsonNode c : all) {
            String alpha2 = c.path("cca2").asText("");
            JsonNode latlng = c.path("latlng");
            if (alpha2.length() != 2 || !latlng.isArray() || latlng.size() != 2) {
                throw new GazetteerFormatException(countriesJson, 0, "a country without cca2 or latlng: " + c);
            }
            List<String> spellings = new ArrayList<>();
            for (JsonNode s : c.path("altSpellings")) {
                spellings.add(s.asText());
            }
            out.put(alpha2, new Country(alpha2, new LatLon(latlng.get(0).asDouble(), latlng.get(1).asDouble()),
                    c.path("name").path("common").asText(null), spellings));
        }
        return out;
    }
}
