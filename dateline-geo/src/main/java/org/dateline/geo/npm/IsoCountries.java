package org.dateline.geo.npm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.dateline.geo.GazetteerFormatException;

/**
 * Reads the ISO 3166-1 countries of the {@code i18n-iso-countries} package: {@code codes.json} (alpha-2, alpha-3,
 * numeric) and the English names of {@code langs/en.json}, where a country has one name or several (the official one
 * first, then short forms such as "Russia" or "USA").
 */
final class IsoCountries {
    /**
     * @param name       the name to show: the shortest of the country's names that is not an abbreviation and that no
     *                   other country shares ("Russia", "Republic of the Congo", "United States")
     * @param otherNames the rest of its English names
     */
    record Country(String alpha2, String numeric, String name, List<String> otherNames) {
    }

    private IsoCountries() {
    }

    /** The countries in the order of codes.json; codes without an English name are left out. */
    static List<Country> read(Path packageDir) throws IOException {
        Path codesFile = packageDir.resolve("codes.json");
        Path namesFile = packageDir.resolve("langs/en.json");
        JsonNode codes = Json.tree(codesFile);
        JsonNode names = Json.tree(namesFile).path("countries");
        if (!codes.isArray() || !names.isObject()) {
            throw new GazetteerFormatException(names.isObject() ? codesFile : namesFile, 0,
                    names.isObject() ? "expected an array of [alpha-2, alpha-3, numeric, ...] code lists"
                            : "expected an object \"countries\" of names by alpha-2 code");
        }
        Map<String, Integer> use = new HashMap<>();
        names.forEach(n -> namesOf(n).forEach(s -> use.merge(s, 1, Integer::sum)));
        List<Country> countries = new ArrayList<>();
        for (JsonNode row : codes) {
            String alpha2 = row.path(0).asText("");
            String numeric = row.path(2).asText("");
            if (alpha2.length() != 2 || numeric.isEmpty()) {
                throw new GazetteerFormatException(codesFile, 0, "expected [alpha-2, alpha-3, numeric, ...], found "
                        + row);
            }
            List<String> all = namesOf(names.path(alpha2));
            if (all.isEmpty()) {
                continue;
            }
            String shown = all.get(0);
            for (String s : all) {
                if (!isAbbreviation(s) && use.get(s) == 1
                        && (isAbbreviation(shown) || use.get(shown) > 1 || s.length() < shown.length())) {
                    shown = s;
                }
            }
            List<String> others = new ArrayList<>(all);
            others.remove(shown);
            countries.add(new Country(alpha2, numeric, shown, List.copyOf(others)));
        }
        return countries;
    }

    /** A name without a lower-case letter: "USA", "U.S.", "UAE". */
    static boolean isAbbreviation(String name) {
        return name.chars().noneMatch(Character::isLowerCase);
    }

    private static List<String> namesOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isTextual()) {
            names.add(node.asText());
        } else {
            node.forEach(n -> names.add(n.asText()));
        }
        return names;
    }
}
