package org.dateline.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dateline.analysis.event.EventKinds;
import org.dateline.model.Geo;

/**
 * The fixed cast of a synthetic corpus, drawn once from its seed: a vocabulary (the common words of
 * {@link SyntheticLists} followed by invented rarer words, Zipf-distributed), about 2,000 places clustered around
 * the regions' cities, actors named as ACLED names them, a few hundred quoted people, and the event kinds with
 * their shares. Immutable; draws from it take the caller's {@link Random}.
 */
final class SyntheticWorld {
    static final int PLACES = 2_000;
    static final int INVENTED_WORDS = 60_000;
    static final int PEOPLE = 400;
    private static final double KM_PER_DEGREE = 111.2;
    private static final long FIRST_GEONAME_ID = 90_000_000L;

    /** An invented or real place; {@code geo} carries the region's name as admin1. */
    record Location(String name, SyntheticLists.Region region, Geo geo) {
    }

    record Actor(String name, String category, String country, List<String> types) {
    }

    /** Items drawn by a Zipf law over their order: the first most often. */
    private record Choice<T>(List<T> items, Sampler sampler) {
        static <T> Choice<T> zipf(List<T> items) {
            return new Choice<>(List.copyOf(items), Sampler.zipf(items.size(), 1.0));
        }

        T next(Random random) {
            return items.get(sampler.next(random));
        }
    }

    record Person(String name, String title, String countryName) {
    }

    private final SyntheticLists lists;
    private final List<String> vocabulary;
    private final Sampler words;
    private final List<Location> locations = new ArrayList<>();
    private final Sampler regions;
    private final Map<SyntheticLists.Region, List<Location>> byRegion = new HashMap<>();
    private final Map<SyntheticLists.Region, Sampler> withinRegion = new HashMap<>();
    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, Choice<Actor>> actorsByTypeAndCountry = new HashMap<>();
    private final Map<String, Actor> civilians = new HashMap<>();
    private final Map<String, Actor> police = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Sampler speakers;
    private final List<String> types;
    private final Sampler typeSampler;
    private final Map<String, Choice<EventKinds.Kind>> kindsByType = new HashMap<>();
    private final Sampler outlets;

    SyntheticWorld(SyntheticLists lists, long seed) {
        this.lists = lists;
        Random random = new Random(seed);
        vocabulary = vocabulary(lists, random);
        words = Sampler.zipf(vocabulary.size(), 1.0);
        double[] regionWeights = lists.regions().stream().mapToDouble(SyntheticLists.Region::weight).toArray();
        regions = Sampler.weighted(regionWeights);
        placeLocations(random);
        makeActors(random);
        for (int i = 0; i < PEOPLE; i++) {
            String name = lists.givenNames().get(random.nextInt(lists.givenNames().size())) + " "
                    + lists.familyNames().get(random.nextInt(lists.familyNames().size()));
            SyntheticLists.Region home = lists.regions().get(regions.next(random));
            people.add(new Person(name, lists.titles().get(random.nextInt(lists.titles().size())),
                    home.countryName()));
        }
        speakers = Sampler.zipf(PEOPLE, 1.0);
        types = lists.types();
        typeSampler = Sampler.weighted(types.stream().mapToDouble(t -> lists.typeShares().get(t)).toArray());
        for (String type : types) {
            List<EventKinds.Kind> kinds = EventKinds.english().all().stream().filter(k -> k.type().equals(type))
                    .toList();
            if (kinds.isEmpty()) {
                throw new IllegalStateException("synthetic-lists.tsv: type " + type + " is not in event-types.tsv");
            }
            kindsByType.put(type, Choice.zipf(kinds));
        }
        outlets = Sampler.zipf(lists.outlets().size(), 1.0);
    }

    SyntheticLists lists() {
        return lists;
    }

    String word(Random random) {
        return vocabulary.get(words.next(random));
    }

    String outlet(Random random) {
        return lists.outlets().get(outlets.next(random));
    }

    SyntheticLists.Region region(Random random) {
        return lists.regions().get(regions.next(random));
    }

    /** A place of the region, its busiest places most often. */
    Location location(SyntheticLists.Region region, Random random) {
        return byRegion.get(region).get(withinRegion.get(region).next(random));
    }

    /** The region's city itself. */
    Location city(SyntheticLists.Region region) {
        return byRegion.get(region).get(0);
    }

    Person speaker(Random random) {
        return people.get(speakers.next(random));
    }

    String type(Random random) {
        return types.get(typeSampler.next(random));
    }

    /** A sub-event type of the type, the first of event-types.tsv most often. */
    EventKinds.Kind kind(String type, Random random) {
        return kindsByType.get(type).next(random);
    }

    String verb(String type, Random random) {
        List<String> verbs = lists.verbs().get(type);
        return verbs.get(random.nextInt(verbs.size()));
    }

    /** Who acts in an event of the type in the country: mostly one of the country's own actors. */
    Actor actor(String type, String country, Random random) {
        Choice<Actor> local = actorsByTypeAndCountry.get(type + "|" + country);
        Choice<Actor> any = actorsByTypeAndCountry.get(type + "|*");
        return (local != null && random.nextDouble() < 0.85 ? local : any).next(random);
    }

    Actor civilians(String country) {
        return civilians.get(country);
    }

    Actor police(String country) {
        return police.get(country);
    }

    List<Actor> actors() {
        return List.copyOf(actors);
    }

    List<Location> locations() {
        return List.copyOf(locations);
    }

    /** The common words, most frequent first, then invented ones made of 2 to 4 syllables. */
    private static List<String> vocabulary(SyntheticLists lists, Random random) {
        Set<String> words = new LinkedHashSet<>(lists.words());
        int target = words.size() + INVENTED_WORDS;
        while (words.size() < target) {
            words.add(invented(lists, random, 2 + random.nextInt(3)));
        }
        return List.copyOf(words);
    }

    private static String invented(SyntheticLists lists, Random random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(lists.syllables().get(random.nextInt(lists.syllables().size())));
        }
        return word.toString();
    }

    private static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /**
     * Each region's city first, then invented towns around the cities in proportion to their weights, each at a
     * normally distributed distance; within a region the places' shares follow a Zipf law (exponent 0.6).
     */
    private void placeLocations(Random random) {
        for (SyntheticLists.Region r : lists.regions()) {
            add(r, r.city(), r.lat(), r.lon());
        }
        Set<String> names = new LinkedHashSet<>();
        while (locations.size() < PLACES) {
            SyntheticLists.Region r = lists.regions().get(regions.next(random));
            String name = capitalized(invented(lists, random, 2 + random.nextInt(2)))
                    + (random.nextDouble() < 0.3 ? "ivka" : "");
            if (!names.add(name)) {
                continue;
            }
            double lat = r.lat() + random.nextGaussian() * r.spreadKm() / KM_PER_DEGREE;
            double lon = r.lon() + random.nextGaussian() * r.spreadKm()
                    / (KM_PER_DEGREE * Math.max(0.2, Math.cos(Math.toRadians(r.lat()))));
            add(r, name, Math.max(-89.9, Math.min(89.9, lat)), ((lon + 540) % 360) - 180);
        }
        byRegion.forEach((r, places) -> withinRegion.put(r, Sampler.zipf(places.size(), 0.6)));
    }

    private void add(SyntheticLists.Region r, String name, double lat, double lon) {
        double roundedLat = Math.round(lat * 1e4) / 1e4;
        double roundedLon = Math.round(lon * 1e4) / 1e4;
        Geo geo = new Geo(FIRST_GEONAME_ID + locations.size(), name, roundedLat, roundedLon, "P",
                name.equals(r.city()) ? "PPLA" : "PPL", r.country(), r.countryName(), r.region(), null, 1, 0.9);
        Location location = new Location(name, r, geo);
        locations.add(location);
        byRegion.computeIfAbsent(r, k -> new ArrayList<>()).add(location);
    }

    /**
     * Every template once per country, in the order of the file; invented names are drawn per country. A country's
     * civilians are its CIVILIANS actor, its police the first of its STATE_FORCES that act in protests.
     */
    private void makeActors(Random random) {
        Map<String, String> countries = new LinkedHashMap<>();
        lists.regions().forEach(r -> countries.putIfAbsent(r.country(), r.countryName()));
        Map<String, List<Actor>> acting = new LinkedHashMap<>();
        for (Map.Entry<String, String> country : countries.entrySet()) {
            for (SyntheticLists.ActorTemplate t : lists.actors()) {
                String name = t.template().replace("{country}", country.getValue())
                        .replace("{name}", capitalized(invented(lists, random, 2 + random.nextInt(2))));
                Actor actor = new Actor(name, t.category(), country.getKey(), t.types());
                actors.add(actor);
                for (String type : t.types()) {
                    acting.computeIfAbsent(type + "|" + country.getKey(), k -> new ArrayList<>()).add(actor);
                    acting.computeIfAbsent(type + "|*", k -> new ArrayList<>()).add(actor);
                }
                if (t.category().equals("CIVILIANS")) {
                    civilians.putIfAbsent(country.getKey(), actor);
                } else if (t.category().equals("STATE_FORCES") && t.types().contains("Protests")) {
                    police.putIfAbsent(country.getKey(), actor);
                }
            }
            if (!civilians.containsKey(country.getKey()) || !police.containsKey(country.getKey())) {
                throw new IllegalStateException("synthetic-actors.tsv needs a CIVILIANS template and a STATE_FORCES"
                        + " template acting in Protests");
            }
        }
        for (String type : lists.types()) {
            if (!acting.containsKey(type + "|*")) {
                throw new IllegalStateException("synthetic-actors.tsv: no actor acts in " + type);
            }
        }
        acting.forEach((key, list) -> actorsByTypeAndCountry.put(key, Choice.zipf(list)));
    }

}
