package org.dateline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Distance;

/**
 * Resolves the toponyms of one text to gazetteer entries, each reading scored by what the text says the place is,
 * population, how exactly the name matched, the article's country focus, an administrative area named beside it
 * ("the Luhansk village of Bilohorivka", "Springfield, Illinois") and closeness to the other places of the text.
 * One name has one sense per text. Thread-safe.
 */
public final class Resolver {
    private static final int MAX_READINGS = 60;
    private static final double W_POPULATION = 0.4;
    private static final double W_EXACT = 1.0;
    private static final double W_SPELLING = 2.0;
    /** A loose match counts for less when some entry has the name exactly as written. */
    private static final double W_LOOSE_BESIDE_EXACT = 2.0;
    private static final double W_FOCUS = 2.5;
    private static final double W_REGION = 2.5;
    private static final double W_ADMIN = 3.0;
    private static final double W_PROXIMITY = 2.0;
    private static final double W_SAME = 2.5;
    private static final double PROXIMITY_KM = 300;
    private static final int ADJACENT_CHARS = 40;
    private static final int ROUNDS = 3;
    /** A feature this far below a stated kind is no reading of it: a village is never "the Oskil River". */
    private static final double INCOMPATIBLE = -2.5;

    private final Gazetteer gazetteer;
    private final NameKeys keys;
    private final FeaturePriors priors = new FeaturePriors();

    public Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.keys = gazetteer.keys();
    }

    private static final class Reading {
        final GeoRecord place;
        final double base;
        final boolean exact;
        double score;

        Reading(GeoRecord place, double base, boolean exact) {
            this.place = place;
            this.base = base;
            this.exact = exact;
        }
    }

    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        final List<Group> neighbours = new ArrayList<>();
        /** Groups whose name is this one's with a kind word: "Barrow County" for "Barrow". */
        final List<Group> fuller = new ArrayList<>();
        List<Reading> readings = List.of();
        String kind = "location";
        Reading chosen;
        double confidence;
        boolean dateline;
    }

    /**
     * Resolves toponyms of a text.
     *
     * @param text         the text the toponyms' offsets point into
     * @param countryHints weights of countries the text is about (its dateline's country, countries whose demonyms
     *                     it uses), by ISO 3166-1 alpha-2 code; the countries of the places chosen are added as the
     *                     rounds go
     * @return one resolution per toponym, in order; null where no gazetteer entry has the name
     */
    public List<Resolution> resolve(String text, List<Toponym> toponyms, Map<String, Double> countryHints) {
        Map<String, Group> byName = new LinkedHashMap<>();
        Group[] groupOf = new Group[toponyms.size()];
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Group g = byName.computeIfAbsent(keys.fold(t.name()), k -> new Group());
            g.members.add(i);
            g.dateline |= t.dateline();
            if (g.kind.equals("location") && t.kind() != null) {
                g.kind = t.kind();
            }
            groupOf[i] = g;
        }
        for (Group g : byName.values()) {
            g.readings = readings(toponyms.get(g.members.get(0)), g.kind);
        }
        linkShortNames(byName);
        linkNeighbours(text, toponyms, groupOf);
        List<Group> groups = new ArrayList<>(byName.values());
        for (int round = 0; round < ROUNDS; round++) {
            Focus focus = new Focus(countryHints, groups, round > 0);
            for (Group g : groups) {
                choose(g, groups, focus);
            }
        }
        List<Resolution> out = new ArrayList<>(toponyms.size());
        for (int i = 0; i < toponyms.size(); i++) {
            Group g = groupOf[i];
            out.add(g.chosen == null ? null : new Resolution(g.chosen.place, gazetteer.areas(g.chosen.place),
                    precision(g.chosen.place, toponyms.get(i)), g.confidence));
        }
        return out;
    }

    private List<Reading> readings(Toponym t, String kind) {
        String folded = keys.fold(t.name());
        Map<Long, Reading> found = new HashMap<>();
        addReadings(found, gazetteer.candidates(t.name()), folded, kind);
        String core = keys.core(folded);
        if (!core.equals(folded)) {
            addReadings(found, gazetteer.candidates(core), core, kind);
        }
        if (t.country() != null) {
            gazetteer.country(t.country()).ifPresent(c -> found.merge(c.id(), reading(c, true, folded, kind),
                    (a, b) -> a.base >= b.base ? a : b));
        }
        boolean anyExact = found.values().stream().anyMatch(r -> r.exact);
        return found.values().stream()
                .map(r -> anyExact && !r.exact ? new Reading(r.place, r.base - W_LOOSE_BESIDE_EXACT, false) : r)
                .sorted(Comparator.comparingDouble((Reading r) -> -r.base)).limit(MAX_READINGS).toList();
    }

    private void addReadings(Map<Long, Reading> found, List<Candidate> candidates, String folded, String kind) {
        for (Candidate c : candidates) {
            if (priors.score(kind, c.place().featureClass(), c.place().featureCode()) <= INCOMPATIBLE) {
                continue;
            }
            found.merge(c.place().id(), reading(c.place(), c.exact(), folded, kind), (a, b) -> a.base >= b.base ? a : b);
        }
    }

    private Reading reading(GeoRecord p, boolean exact, String folded, String kind) {
        double base = priors.score(kind, p.featureClass(), p.featureCode())
                + W_POPULATION * Math.log10(p.population() + 1.0);
        if (exact) {
            base += W_EXACT;
        } else {
            String other = keys.fold(p.name());
            base -= W_SPELLING * editDistance(folded, other) / Math.max(folded.length(), other.length());
        }
        return new Reading(p, base, exact);
    }

    /**
     * A name that the text also gives in full ("Barrow" and "Barrow County", "Kharkiv" and "Kharkiv region") may
     * mean the same place: the full name's readings become readings of the short one too.
     */
    private void linkShortNames(Map<String, Group> byName) {
        for (Map.Entry<String, Group> e : byName.entrySet()) {
            String core = keys.core(e.getKey());
            Group shortName = byName.get(core);
            if (core.equals(e.getKey()) || shortName == null) {
                continue;
            }
            shortName.fuller.add(e.getValue());
            Map<Long, Reading> merged = new LinkedHashMap<>();
            shortName.readings.forEach(r -> merged.put(r.place.id(), r));
            for (Reading r : e.getValue().readings) {
                merged.putIfAbsent(r.place.id(), r);
            }
            shortName.readings = List.copyOf(merged.values());
        }
    }

    /** Toponyms next to each other in a sentence ("Bilohorivka, Luhansk"; "the Luhansk village of Bilohorivka"). */
    private static void linkNeighbours(String text, List<Toponym> toponyms, Group[] groupOf) {
        for (int i = 0; i < toponyms.size(); i++) {
            for (int j = 0; j < toponyms.size(); j++) {
                Toponym a = toponyms.get(i);
                Toponym b = toponyms.get(j);
                if (groupOf[i] == groupOf[j] || b.start() < a.end() || b.start() - a.end() > ADJACENT_CHARS) {
                    continue;
                }
                String gap = text.substring(a.end(), b.start());
                if (gap.matches("(?s).*[.!?;\\n].*") && !gap.matches("\\.?,.*")) {
                    continue;
                }
                if (!groupOf[i].neighbours.contains(groupOf[j])) {
                    groupOf[i].neighbours.add(groupOf[j]);
                    groupOf[j].neighbours.add(groupOf[i]);
                }
            }
        }
    }

    /** What the other places of a text say: how many lie in each country and each first-level area. */
    private static final class Focus {
        final Map<String, Double> country = new HashMap<>();
        final Map<String, Double> region = new HashMap<>();
        double total;

        Focus(Map<String, Double> hints, List<Group> groups, boolean withChosen) {
            hints.forEach((k, v) -> {
                country.merge(k, v, Double::sum);
                total += v;
            });
            if (withChosen) {
                for (Group g : groups) {
                    add(g, 1);
                }
            }
        }

        void add(Group g, double sign) {
            if (g.chosen == null || g.chosen.place.country().isEmpty()) {
                return;
            }
            double w = sign * g.members.size() * g.confidence;
            GeoRecord p = g.chosen.place;
            country.merge(p.country(), w, Double::sum);
            if (!p.admin1().isEmpty() && !p.featureCode().startsWith("PCL")) {
                region.merge(p.country() + "." + p.admin1(), w, Double::sum);
            }
            total += w;
        }

        double countryShare(GeoRecord p) {
            return total <= 0 ? 0 : Math.max(0, country.getOrDefault(p.country(), 0.0)) / total;
        }

        double regionShare(GeoRecord p) {
            return total <= 0 || p.admin1().isEmpty() ? 0
                    : Math.max(0, region.getOrDefault(p.country() + "." + p.admin1(), 0.0)) / total;
        }
    }

    private void choose(Group g, List<Group> groups, Focus focus) {
        if (g.readings.isEmpty()) {
            return;
        }
        focus.add(g, -1);
        double best = Double.NEGATIVE_INFINITY;
        Reading chosen = null;
        for (Reading r : g.readings) {
            r.score = r.base + W_FOCUS * focus.countryShare(r.place) + W_REGION * focus.regionShare(r.place)
                    + admin(g, r) + W_PROXIMITY * proximity(g, r, groups) + sameAsFuller(g, r);
            if (r.score > best) {
                best = r.score;
                chosen = r;
            }
        }
        double sum = 0;
        for (Reading r : g.readings) {
            sum += Math.exp(r.score - best);
        }
        g.chosen = chosen;
        g.confidence = 1.0 / sum;
        focus.add(g, 1);
    }

    private static double sameAsFuller(Group g, Reading r) {
        for (Group f : g.fuller) {
            if (f.chosen != null && f.chosen.place.id() == r.place.id()) {
                return W_SAME;
            }
        }
        return 0;
    }

    /** Support from an area named beside the place that contains it, or a place beside an area that it lies in. */
    private static double admin(Group g, Reading r) {
        double s = 0;
        for (Group n : g.neighbours) {
            boolean inside = false;
            boolean contains = false;
            for (Reading q : n.readings) {
                inside |= contains(q.place, r.place);
                contains |= contains(r.place, q.place);
            }
            s += inside ? W_ADMIN : contains ? W_ADMIN / 2 : 0;
        }
        return s;
    }

    static boolean contains(GeoRecord area, GeoRecord p) {
        if (!area.featureClass().equals("A") || area.id() == p.id() || !area.country().equals(p.country())) {
            return false;
        }
        String code = area.featureCode();
        if (code.startsWith("PCL")) {
            return true;
        }
        if (code.equals("ADM1")) {
            return !area.admin1().isEmpty() && area.admin1().equals(p.admin1()) && !p.featureCode().equals("ADM1");
        }
        if (code.equals("ADM2")) {
            return !area.admin2().isEmpty() && area.admin1().equals(p.admin1()) && area.admin2().equals(p.admin2())
                    && !p.featureCode().equals("ADM2") && !p.featureCode().equals("ADM1");
        }
        return false;
    }

    /** Closeness to the two nearest of the other places chosen in the text (the dateline counts as two). */
    private static double proximity(Group g, Reading r, List<Group> groups) {
        if (isLarge(r.place)) {
            return 0;
        }
        double first = 0;
        double second = 0;
        for (Group o : groups) {
            if (o == g || o.chosen == null || isLarge(o.chosen.place)) {
                continue;
            }
            double c = Math.exp(-Distance.km(r.place.lat(), r.place.lon(), o.chosen.place.lat(),
                    o.chosen.place.lon()) / PROXIMITY_KM);
            if (o.dateline && c > first) {
                second = c;
                first = c;
            } else if (c > first) {
                second = first;
                first = c;
            } else if (c > second) {
                second = c;
            }
        }
        return (first + second) / 2;
    }

    private static boolean isLarge(GeoRecord p) {
        String c = p.featureCode();
        return c.startsWith("PCL") || c.equals("ADM1") || c.equals("CONT") || c.equals("RGN");
    }

    private static int precision(GeoRecord p, Toponym t) {
        return switch (p.featureClass()) {
            case "P" -> t.near() ? 2 : 1;
            case "S" -> 2;
            default -> 3;
        };
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
