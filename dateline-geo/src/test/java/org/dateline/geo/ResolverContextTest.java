package org.dateline.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.GeoContext;
import org.dateline.model.NameMatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context rules of issue 15, each on a small invented world: an area named beside the place ("X in the Y
 * region", "the Y village of X", "X, Y"), a place it is said to be near, the area named in its sentence, a town's
 * name alone is the town, a place the text puts in an area with no entry there goes to the area, and the refusals:
 * approximate names far from the article, alternate names abroad, weak readings.
 */
class ResolverContextTest {
    @TempDir
    static Path dir;
    static Gazetteer gazetteer;
    static Resolver resolver;

    private static String row(long id, String name, String alternates, double lat, double lon, String fclass,
                              String fcode, String country, String admin1, long population) {
        return GeoNamesRows.row(id, name, alternates, lat, lon, fclass, fcode, country, admin1, population);
    }

    @BeforeAll
    static void build() throws IOException {
        Path places = Files.write(dir.resolve("allCountries.txt"), List.of(
                // two villages of one name in two regions of Aland; the one in Eastvale is bigger
                row(1, "Heorhiivka", "", 48.0, 37.5, "P", "PPL", "AA", "01", 900),
                row(2, "Heorhiivka", "", 48.6, 39.3, "P", "PPL", "AA", "02", 4000),
                row(3, "Donetsk", "", 48.0, 37.8, "P", "PPLA", "AA", "01", 900000),
                row(4, "Donetsk Oblast", "Donetsk", 48.1, 37.7, "A", "ADM1", "AA", "01", 4000000),
                row(5, "Eastvale Oblast", "Eastvale", 48.6, 39.0, "A", "ADM1", "AA", "02", 2000000),
                // a town and the region of the same name
                row(6, "Kharkiv", "", 49.98, 36.25, "P", "PPLA", "AA", "03", 1400000),
                row(7, "Kharkiv Oblast", "Kharkiv", 49.5, 36.5, "A", "ADM1", "AA", "03", 2700000),
                // two Yampils, the one near Lyman smaller
                row(8, "Yampil", "", 48.95, 37.95, "P", "PPL", "AA", "01", 1500),
                row(9, "Yampil", "", 51.9, 33.8, "P", "PPL", "AA", "04", 9000),
                row(10, "Lyman", "", 48.98, 37.80, "P", "PPL", "AA", "01", 20000),
                // Borland, another country: an approximate namesake, and a town whose alternate name is "Kashmir"
                row(11, "Nazilli", "", 37.9, 28.3, "P", "PPL", "BB", "01", 150000),
                row(12, "Cashmere", "Kashmir", 47.5, -120.5, "P", "PPL", "BB", "02", 3000),
                row(13, "Belgorod Oblast", "Belgorod", 50.6, 37.2, "A", "ADM1", "CC", "09", 1500000),
                row(14, "Nikolskoye", "", 55.7, 37.5, "P", "PPL", "CC", "48", 50000),
                row(15, "Moscow", "", 55.75, 37.62, "P", "PPLC", "CC", "48", 12000000),
                row(16, "Aland", "", 48.5, 37.0, "A", "PCLI", "AA", "00", 40000000),
                row(17, "Borland", "", 39.0, 35.0, "A", "PCLI", "BB", "00", 80000000),
                row(18, "Corland", "", 60.0, 90.0, "A", "PCLI", "CC", "00", 140000000),
                row(19, "Nyanzala", "", 49.0, 37.0, "P", "PPL", "AA", "01", 700),
                row(20, "Zmiiv", "", 49.68, 36.35, "P", "PPL", "AA", "03", 14000)));
        Path admin1 = Files.write(dir.resolve("admin1CodesASCII.txt"), List.of("AA.01\tDonetsk\tDonetsk\t4",
                "AA.02\tEastvale\tEastvale\t5", "AA.03\tKharkiv\tKharkiv\t7", "CC.09\tBelgorod\tBelgorod\t13"));
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

    /** Resolves the names listed ("Name" or "Name:kind"), found in the text in order. */
    private static List<Resolution> resolve(String text, Map<String, Double> hints, String... namesAndKinds) {
        List<Toponym> ts = new ArrayList<>();
        int from = 0;
        for (String nk : namesAndKinds) {
            String[] p = nk.split(":");
            int start = text.indexOf(p[0], from);
            assertTrue(start >= 0, p[0] + " in " + text);
            int end = start + p[0].length();
            String country = p.length > 1 && p[1].equals("country") ? p[2] : null;
            ts.add(new Toponym(p[0], p.length > 1 ? p[1] : "location", country, start, end, false, false));
            from = end;
        }
        return resolver.resolve(text, ts, hints);
    }

    @Test
    void xInTheYRegionTakesTheXInY() {
        List<Resolution> r = resolve("Shelling hit Heorhiivka in the Donetsk region on Monday.", Map.of(),
                "Heorhiivka:village", "Donetsk:region");
        assertEquals(1, r.get(0).place().id(), "the small Heorhiivka of the Donetsk region, not the bigger one");
        assertEquals(4, r.get(1).place().id());
        assertTrue(r.get(0).context().contains(GeoContext.AREA_BESIDE), r.get(0).context().toString());
    }

    @Test
    void theYVillageOfXAndXCommaYDoTheSame() {
        assertEquals(1, resolve("Troops entered the Donetsk village of Heorhiivka.", Map.of(), "Donetsk:region",
                "Heorhiivka").get(1).place().id());
        assertEquals(1, resolve("Heorhiivka, Donetsk, was shelled.", Map.of(), "Heorhiivka", "Donetsk")
                .get(0).place().id());
    }

    @Test
    void anAreaNamedElsewhereInTheSentenceDecides() {
        List<Resolution> r = resolve("Two died in Heorhiivka, the governor of the Donetsk region said.", Map.of(),
                "Heorhiivka", "Donetsk:region");
        assertEquals(1, r.get(0).place().id());
        assertTrue(r.get(0).context().contains(GeoContext.AREA_IN_SENTENCE), r.get(0).context().toString());
    }

    @Test
    void nearZTakesTheXNearZ() {
        List<Resolution> r = resolve("Fighting raged in the village of Yampil near Lyman.", Map.of(), "Yampil:village",
                "Lyman");
        assertEquals(8, r.get(0).place().id(), "the Yampil beside Lyman, not the bigger one 400 km away");
        assertTrue(r.get(0).context().contains(GeoContext.NEAR_PLACE), r.get(0).context().toString());
    }

    @Test
    void aTownsNameAloneIsTheTownAndWithRegionTheRegion() {
        assertEquals(6, resolve("Missiles hit Kharkiv overnight.", Map.of(), "Kharkiv").get(0).place().id());
        assertEquals(7, resolve("Missiles hit the Kharkiv region overnight.", Map.of(), "Kharkiv:region")
                .get(0).place().id());
        List<Resolution> both = resolve("In the Kharkiv region, Zmiiv was hit; in Kharkiv, a school.", Map.of(),
                "Kharkiv:region", "Zmiiv", "Kharkiv");
        assertEquals(7, both.get(0).place().id());
        assertEquals(6, both.get(2).place().id(), "the city, though the text also names its region");
    }

    @Test
    void aPlaceInAnAreaWithNoEntryThereIsPutAtTheArea() {
        List<Resolution> r = resolve("Four died in Nikolskoye in Corland's Belgorod region.", Map.of(), "Nikolskoye",
                "Corland:country:CC", "Belgorod:region");
        assertEquals(13, r.get(0).place().id(), "the Belgorod region, not the Nikolskoye near Moscow");
        assertEquals(NameMatch.CONTAINING_AREA, r.get(0).match());
        assertEquals(3, r.get(0).precision());
        assertEquals(13, r.get(2).place().id());
    }

    @Test
    void approximateNamesAreTakenOnlyWhereTheArticlePoints() {
        assertNull(resolve("Rebels attacked Nyanzale.", Map.of(), "Nyanzale").get(0),
                "no country named: no approximate reading");
        Resolution inNamedCountry = resolve("Rebels attacked Nyanzale in Aland.", Map.of(), "Nyanzale",
                "Aland:country:AA").get(0);
        assertNotNull(inNamedCountry, "Nyanzala, in the country the article names");
        assertEquals(19, inNamedCountry.place().id());
        assertEquals(NameMatch.APPROXIMATE, inNamedCountry.match());
        assertNull(resolve("Rebels attacked Nyanzale in Corland.", Map.of(), "Nyanzale", "Corland:country:CC").get(0),
                "Nyanzala (Aland) and Nazilli (Borland) lie in countries the article does not name");
    }

    @Test
    void anAlternateNameAbroadIsRefusedWhenTheArticleIsElsewhere() {
        List<Resolution> r = resolve("Troops killed three in Kashmir, near Donetsk, in Aland.", Map.of("AA", 3.0),
                "Kashmir", "Donetsk", "Aland:country:AA");
        assertNull(r.get(0), "Cashmere in Borland is also called Kashmir, but the article is about Aland");
    }

    @Test
    void confidenceIsAProbabilityAndTheMatchIsKept() {
        Resolution r = resolve("Missiles hit Kharkiv overnight.", Map.of("AA", 3.0), "Kharkiv").get(0);
        assertTrue(r.confidence() > 0.5 && r.confidence() < 1, "" + r.confidence());
        assertEquals(NameMatch.NAME, r.match());
        Resolution weak = resolve("Fighting near Yampil.", Map.of(), "Yampil").get(0);
        assertTrue(weak == null || weak.confidence() < r.confidence(), "two far-apart readings, no context");
    }

    @Test
    void aThresholdLeavesWeakReadingsUnresolved() {
        Resolver strict = new Resolver(gazetteer, new ResolverConfig(0.99));
        Toponym t = new Toponym("Yampil", "location", null, 14, 20, false, false);
        assertNull(strict.resolve("Fighting near Yampil.", List.of(t), Map.of()).get(0));
        assertNotNull(new Resolver(gazetteer, new ResolverConfig(0)).resolve("Fighting near Yampil.", List.of(t),
                Map.of()).get(0));
    }
}
