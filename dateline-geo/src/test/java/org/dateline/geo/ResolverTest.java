package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Context decides between same-name places: a named area beside, country focus, closeness, the stated kind. */
class ResolverTest {
    @TempDir
    static Path dir;
    static Gazetteer gazetteer;
    static Resolver resolver;

    private static String row(long id, String name, double lat, double lon, String fclass, String fcode,
                              String country, String admin1, long population) {
        return GeoNamesRows.row(id, name, "", lat, lon, fclass, fcode, country, admin1, population);
    }

    @BeforeAll
    static void build() throws IOException {
        Path places = Files.write(dir.resolve("allCountries.txt"), List.of(
                row(1, "Northbrook", 50.0, 30.0, "P", "PPL", "AA", "01", 800),
                row(2, "Northbrook", 40.0, 10.0, "P", "PPL", "AA", "02", 20000),
                row(3, "Eastmark", 40.0, 10.0, "A", "ADM1", "AA", "02", 900000),
                row(4, "Westmark", 50.0, 30.0, "A", "ADM1", "AA", "01", 500000),
                row(5, "Harbor", 10.0, 10.0, "P", "PPL", "BB", "01", 50000),
                row(6, "Harbor", 50.2, 30.1, "P", "PPL", "AA", "01", 3000),
                row(7, "Harbor", 49.9, 30.3, "H", "STM", "AA", "00", 0),
                row(8, "Millbank", 50.1, 30.2, "P", "PPLA", "AA", "01", 90000),
                row(9, "Arland", 45.0, 20.0, "A", "PCLI", "AA", "00", 40000000),
                row(10, "Borland", 10.0, 10.0, "A", "PCLI", "BB", "00", 60000000)));
        Path admin1 = Files.write(dir.resolve("admin1CodesASCII.txt"),
                List.of("AA.01\tWestmark\tWestmark\t4", "AA.02\tEastmark\tEastmark\t3"));
        try (GazetteerBuilder b = GazetteerBuilder.create(dir.resolve("g.db"))) {
            GeoNamesDump.read(places, b);
            GeoNamesDump.read(admin1, b);
            b.commit();
        }
        gazetteer = Gazetteer.open(dir.resolve("g.db"));
        resolver = new Resolver(gazetteer);
    }

    @AfterAll
    static void close() {
        gazetteer.close();
    }

    /** Resolves the capitalised names listed, found in the text in order, with the kinds given. */
    private static List<Resolution> resolve(String text, Map<String, Double> hints, String... namesAndKinds) {
        List<Toponym> ts = new ArrayList<>();
        int from = 0;
        for (String nk : namesAndKinds) {
            String[] p = nk.split(":");
            int start = text.indexOf(p[0], from);
            ts.add(new Toponym(p[0], p.length > 1 ? p[1] : "location", null, start, start + p[0].length(),
                    text.substring(Math.max(0, start - 6), start).contains("near"), false));
            from = start + p[0].length();
        }
        return resolver.resolve(text, ts, hints);
    }

    @Test
    void withoutContextTheMorePopulousReadingWins() {
        assertEquals(2, resolve("They met in Northbrook.", Map.of(), "Northbrook").get(0).place().id());
    }

    @Test
    void anAreaNamedBesideThePlaceDecides() {
        List<Resolution> r = resolve("Troops entered the Westmark village of Northbrook.", Map.of(),
                "Westmark:region", "Northbrook:village");
        assertEquals(4, r.get(0).place().id());
        assertEquals(1, r.get(1).place().id());
        assertEquals(new Gazetteer.Areas(null, "Westmark", null), r.get(1).areas());
        assertEquals(1, r.get(1).precision());
        assertEquals(3, r.get(0).precision());
    }

    @Test
    void theCountryFocusDecides() {
        assertEquals(6, resolve("Fighting in Harbor.", Map.of("AA", 3.0), "Harbor:town").get(0).place().id());
        assertEquals(5, resolve("Fighting in Harbor.", Map.of("BB", 3.0), "Harbor:town").get(0).place().id());
    }

    @Test
    void closenessToTheOtherPlacesDecides() {
        List<Resolution> r = resolve("Shelling hit Millbank. Later, Northbrook.", Map.of(), "Millbank", "Northbrook");
        assertEquals(1, r.get(1).place().id());
    }

    @Test
    void aStatedRiverIsAStream() {
        Resolution r = resolve("They crossed the Harbor River.", Map.of("AA", 1.0), "Harbor:river").get(0);
        assertEquals(7, r.place().id());
        assertEquals(3, r.precision());
    }

    @Test
    void aKindWordInTheNameIsLookedUpWithoutIt() {
        assertEquals(7, resolve("They crossed Harbor River.", Map.of(), "Harbor River:river").get(0).place().id());
        assertNull(resolve("They crossed the Millbank River.", Map.of(), "Millbank River:river").get(0),
                "a town is no reading of a river");
    }

    @Test
    void nearATownIsPrecisionTwo() {
        Resolution r = resolve("Bodies were found near Millbank.", Map.of(), "Millbank").get(0);
        assertEquals(2, r.precision());
        assertTrue(r.confidence() > 0.5, "one reading only: " + r.confidence());
    }

    @Test
    void unknownNamesStayUnresolved() {
        assertNull(resolve("In Zzyzx.", Map.of(), "Zzyzx").get(0));
    }

    @Test
    void oneNameHasOneSensePerText() {
        List<Resolution> r = resolve("Northbrook, Westmark. Later Northbrook again.", Map.of(), "Northbrook",
                "Westmark", "Northbrook");
        assertEquals(r.get(0).place().id(), r.get(2).place().id());
        assertEquals(1, r.get(2).place().id());
    }
}
