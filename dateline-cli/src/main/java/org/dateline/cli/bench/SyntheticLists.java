package org.dateline.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.lang.Lexicon;

/**
 * The language data of the synthetic corpus, loaded once from {@code lang/en/synthetic-lists.tsv},
 * {@code synthetic-regions.tsv} and {@code synthetic-actors.tsv}; an unknown list name or a malformed number is an
 * error naming the file.
 */
record SyntheticLists(List<String> words, List<String> syllables, List<String> givenNames, List<String> familyNames,
                      List<String> titles, List<String> outlets, Map<String, List<String>> verbs,
                      Map<String, Double> typeShares, List<Region> regions, List<ActorTemplate> actors) {

    /**
     * A real city around which invented places lie.
     *
     * @param spreadKm how far around the city its places lie (one standard deviation)
     * @param weight   its relative share of the places
     */
    record Region(String city, String region, String country, String countryName, double lat, double lon,
                  double spreadKm, double weight) {
    }

    /**
     * An actor name made once per country: {@code {country}} is the country's name, {@code {name}} an invented name.
     *
     * @param types the ACLED event types in which it acts as actor 1; empty for an actor that is only acted on
     */
    record ActorTemplate(String template, String category, List<String> types) {
    }

    /** The types in the order of the file, so that draws over them are the same on every run. */
    List<String> types() {
        return List.copyOf(typeShares.keySet());
    }

    private static final class Holder {
        static final SyntheticLists ENGLISH = load();
    }

    static SyntheticLists english() {
        return Holder.ENGLISH;
    }

    private static SyntheticLists load() {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        for (String name : List.of("word", "syllable", "given", "family", "title", "outlet")) {
            lists.put(name, new ArrayList<>());
        }
        Map<String, List<String>> verbs = new LinkedHashMap<>();
        Map<String, Double> shares = new LinkedHashMap<>();
        Lexicon file = Lexicon.load("en", "synthetic-lists.tsv", 3);
        for (List<String> row : file.rows()) {
            String list = row.get(0);
            switch (list) {
                case "verb" -> verbs.computeIfAbsent(row.get(2), t -> new ArrayList<>()).add(row.get(1));
                case "type" -> shares.put(row.get(1), number(file, row.get(2)));
                default -> {
                    List<String> values = lists.get(list);
                    if (values == null) {
                        throw new IllegalStateException(file.name() + ": unknown list '" + list + "' in " + row);
                    }
                    values.add(row.get(1));
                }
            }
        }
        if (!verbs.keySet().equals(shares.keySet())) {
            throw new IllegalStateException(file.name() + ": the types with verbs " + verbs.keySet()
                    + " differ from the types with shares " + shares.keySet());
        }
        Lexicon regionFile = Lexicon.load("en", "synthetic-regions.tsv", 8);
        List<Region> regions = regionFile.rows().stream().map(r -> new Region(r.get(0), r.get(1), r.get(2), r.get(3),
                number(regionFile, r.get(4)), number(regionFile, r.get(5)), number(regionFile, r.get(6)),
                number(regionFile, r.get(7)))).toList();
        Lexicon actorFile = Lexicon.load("en", "synthetic-actors.tsv", 3);
        List<ActorTemplate> actors = actorFile.rows().stream().map(r -> new ActorTemplate(r.get(0), r.get(1),
                r.get(2).equals("-") ? List.of() : List.of(r.get(2).split(",")))).toList();
        for (ActorTemplate a : actors) {
            if (!shares.keySet().containsAll(a.types())) {
                throw new IllegalStateException(actorFile.name() + ": " + a.template() + " acts in unknown types "
                        + a.types());
            }
        }
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            if (list.getValue().isEmpty()) {
                throw new IllegalStateException(file.name() + ": the list '" + list.getKey() + "' is empty");
            }
        }
        return new SyntheticLists(List.copyOf(lists.get("word")), List.copyOf(lists.get("syllable")),
                List.copyOf(lists.get("given")), List.copyOf(lists.get("family")), List.copyOf(lists.get("title")),
                List.copyOf(lists.get("outlet")), Collections.unmodifiableMap(verbs),
                Collections.unmodifiableMap(shares), regions, actors);
    }

    private static double number(Lexicon file, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file.name() + ": '" + text + "' is not a number", e);
        }
    }
}
