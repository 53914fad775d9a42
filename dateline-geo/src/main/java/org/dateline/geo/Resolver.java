package org.dateline.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Distance;
import org.dateline.model.GeoContext;
import org.dateline.model.NameMatch;

/**
 * Resolves the toponyms of one text to gazetteer entries. Each reading of a name is scored by what the text says the
 * place is, its population, how its name matched, the article's countries, the areas named beside it ("the Luhansk
 * village of Bilohorivka", "Springfield, Ill.", "Heorhiivka in the Donetsk region") or elsewhere in its sentence, a
 * place it is said to be near, and closeness to the text's other places. One name has one sense per text.
 *
 * <p>What it refuses: a reading whose name only resembles the toponym's (an {@link NameMatch#APPROXIMATE} match) is
 * admitted only in a country the article names or near its other places; a reading by any other name than the
 * place's own (an alternate name, another romanisation) is refused in a country nothing in the article points to
 * when the article's other places and countries are elsewhere; a city's name alone is the city, not the
 * area of the same name around it, unless the text says region, oblast, province...; a reading in a country nothing
 * else in the article points to needs to be prominent. Against every name's readings stands the reading "none of
 * these", so a name with one weak reading is not forced onto the map: the confidence, a calibrated probability
 * ({@link ConfidenceModel}), grows with the chosen reading's margin over "none of these" and over the best reading
 * elsewhere, and depends on how its name matched; below {@link ResolverConfig#minConfidence()} the toponym stays
 * unresolved. When the text puts a place in an
 * area and no entry of its name lies there, it is placed at that area ({@link NameMatch#CONTAINING_AREA}).
 * Thread-safe.
 */
public final class Resolver {
    private static final int MAX_READINGS = 60;
    private static final double W_POPULATION = 0.4;
    /** Support of the name match itself, by {@link NameMatch} ordinal. */
    private static final double[] W_MATCH = {1.0, 0.5, 0.8, 1.0, 0.4, -0.5, 0};
    /** A match below the best match kind of the name counts for less: the name as written usually means it. */
    private static final double W_WORSE_MATCH = 0.5;
    private static final double W_SPELLING = 2.0;
    private static final double W_FOCUS = 2.5;
    private static final double W_REGION = 2.5;
    private static final double W_IN = 4.0;
    private static final double W_BESIDE = 3.0;
    private static final double W_NOT_IN = 1.5;
    private static final double W_SENTENCE_AREA = 1.5;
    private static final double W_NEAR = 3.0;
    private static final double NEAR_KM = 50;
    private static final double W_PROXIMITY = 2.0;
    private static final double W_SAME = 2.5;
    /** An area whose namesake town lies in it, or the town, whichever has the name less as its own. */
    private static final double W_NAMESAKE = 3.0;
    /** A reading in a country that nothing else in the article points to, unless the place is prominent. */
    private static final double W_UNSUPPORTED = 1.5;
    private static final long PROMINENT_POPULATION = 100_000;
    /** The score of the reading "none of these places". */
    private static final double NONE = 2.0;
    /** An approximate reading may lie this far from the article's trusted places. */
    private static final double APPROXIMATE_KM = 150;
    private static final double PROXIMITY_KM = 300;
    private static final int ROUNDS = 3;
    /** A feature this far below a stated kind is no reading of it: a village is never "the Oskil River". */
    private static final double INCOMPATIBLE = -2.5;
    /** How much of the area's confidence a place put at its area keeps. */
    private static final double CONTAINING_AREA_SHARE = 0.8;
    /** A context is named as a reason when it gave the chosen reading at least this much. */
    private static final double REASON = 0.3;
    private static final Set<String> AREA_KINDS = Set.of("region", "district", "country");
    /** What the text may say a place is that can be placed at its area when no entry of it lies there. */
    private static final Set<String> SETTLEMENT_KINDS = Set.of("location", "city", "town", "village", "district");

    private final Gazetteer gazetteer;
    private final NameKeys keys;
    private final ResolverConfig config;
    private final FeaturePriors priors = new FeaturePriors();
    private final PlaceRelations relations = new PlaceRelations();
    private final ConfidenceModel confidence = new ConfidenceModel();

    public Resolver(Gazetteer gazetteer) {
        this(gazetteer, ResolverConfig.DEFAULTS);
    }

    public Resolver(Gazetteer gazetteer, ResolverConfig config) {
        this.gazetteer = gazetteer;
        this.keys = gazetteer.keys();
        this.config = config;
    }

    private static final class Reading {
        final GeoRecord place;
        final NameMatch match;
        final double base;
        final double prior;
        final Map<GeoContext, Double> terms = new EnumMap<>(GeoContext.class);
        double score;
        boolean admitted;
        /** Whether nothing else in the article points to the reading's country, and the place is not prominent. */
        boolean unsupported;
        /** Whether, besides, the article's other places and countries point elsewhere. */
        boolean elsewhere;

        Reading(GeoRecord place, NameMatch match, double base, double prior) {
            this.place = place;
            this.match = match;
            this.base = base;
            this.prior = prior;
        }
    }

    /** How another name of the text bears on a group, seen from the group. */
    private enum LinkKind { IN, BESIDE, NEAR, CONTAINS, SENTENCE }

    private record Link(LinkKind kind, Group other) {
    }

    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        /** Groups whose name is this one's with a kind word: "Barrow County" for "Barrow". */
        final List<Group> fuller = new ArrayList<>();
        List<Reading> readings = List.of();
        String kind = "location";
        String country;
        Reading chosen;
        double confidence;
        boolean dateline;
        boolean hasPlaceReading;

        boolean linked(LinkKind kind, Group other) {
            return links.stream().anyMatch(l -> l.kind() == kind && l.other() == other);
        }

        boolean trusted() {
            return chosen != null && chosen.match != NameMatch.APPROXIMATE;
        }
    }

    /**
     * Resolves toponyms of a text.
     *
     * @param text         the text the toponyms' offsets point into
     * @param countryHints weights of countries the text is about (its dateline's country, countries whose demonyms
     *                     it uses), by ISO 3166-1 alpha-2 code; the countries of the places chosen are added as the
     *                     rounds go
     * @return one resolution per toponym, in order; null where no gazetteer entry has the name, or none was
     *         trusted enough
     */
    public List<Resolution> resolve(String text, List<Toponym> toponyms, Map<String, Double> countryHints) {
        Map<String, Group> byName = new LinkedHashMap<>();
        Group[] groupOf = new Group[toponyms.size()];
        for (int i = 0; i < toponyms.size(); i++) {
            Toponym t = toponyms.get(i);
            Group g = byName.computeIfAbsent(groupKey(t), k -> new Group());
            g.members.add(i);
            g.dateline |= t.dateline();
            if (g.kind.equals("location") && t.kind() != null) {
                g.kind = t.kind();
            }
            if (t.country() != null) {
                g.country = t.country();
            }
            groupOf[i] = g;
        }
        for (Group g : byName.values()) {
            g.readings = readings(toponyms.get(g.members.get(0)), g.kind);
            g.hasPlaceReading = g.readings.stream().anyMatch(r -> r.place.featureClass().equals("P"));
        }
        linkShortNames(byName);
        link(text, toponyms, groupOf);
        List<Group> groups = new ArrayList<>(byName.values());
        Set<String> named = namedCountries(countryHints, groups);
        for (int round = 0; round < ROUNDS; round++) {
            Focus focus = new Focus(countryHints, groups, round > 0, config.minConfidence());
            for (Group g : groups) {
                choose(g, groups, focus, named);
            }
        }
        if (DEBUG) {
            debug(byName);
        }
        if (CALIBRATION) {
            calibration(text, toponyms, groupOf);
        }
        Map<Group, Resolution> fallback = containingAreas(groups);
        List<Resolution> out = new ArrayList<>(toponyms.size());
        for (int i = 0; i < toponyms.size(); i++) {
            Group g = groupOf[i];
            Resolution r = fallback.get(g);
            if (r == null && g.chosen != null && g.confidence >= config.minConfidence()) {
                r = new Resolution(g.chosen.place, gazetteer.areas(g.chosen.place),
                        precision(g.chosen.place, toponyms.get(i)), g.confidence, g.chosen.match, reasons(g));
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The key of a toponym's sense: its folded name, marked when the text calls it an area ("Kharkiv region" and
     * "Kharkiv" are two senses of one text; every "Kharkiv" is one).
     */
    private String groupKey(Toponym t) {
        String folded = keys.fold(t.name());
        return t.kind() != null && (t.kind().equals("region") || t.kind().equals("district"))
                && keys.core(folded).equals(folded) ? folded + " " + AREA_SENSE : folded;
    }

    /** A word no folded name has, marking the area sense of a name. */
    private static final String AREA_SENSE = "region";

    private static final boolean DEBUG = Boolean.getBoolean("dateline.debug.resolver");
    private static final boolean CALIBRATION = Boolean.getBoolean("dateline.debug.calibration");

    private static void calibration(String text, List<Toponym> toponyms, Group[] groupOf) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < toponyms.size(); i++) {
            Group g = groupOf[i];
            Reading c = g.chosen;
            if (c == null) {
                continue;
            }
            double near = 0;
            double far = 0;
            double s2 = -99;
            int n = 0;
            for (Reading r : g.readings) {
                if (!r.admitted) {
                    continue;
                }
                n++;
                double e = Math.exp(r.score - c.score);
                if (km(r.place, c.place) <= 50) {
                    near += e;
                } else {
                    far += e;
                    s2 = Math.max(s2, r.score);
                }
            }
            far = far > 0 ? far : 0;
            sb.append(String.format(java.util.Locale.ROOT, "CAL\t%d\t%d\t%.3f\t%.3f\t%.4f\t%.4f\t%s\t%d\t%s\t%s\t%.3f\t%d\t%s\t%b\t%.5f\t%.5f\t%s\t%b%n",
                    text.hashCode(), toponyms.get(i).start(), c.score, s2, near, far, c.match, n, g.kind,
                    c.place.featureCode(), Math.log10(c.place.population() + 1.0), reasons(g).size(),
                    String.join(",", reasons(g).stream().map(Enum::name).toList()), c.unsupported,
                    c.place.lat(), c.place.lon(), c.place.country(), c.elsewhere));
        }
        System.err.print(sb);
    }

    private static void debug(Map<String, Group> byName) {
        StringBuilder sb = new StringBuilder();
        byName.forEach((name, g) -> {
            sb.append("## ").append(name).append(" kind=").append(g.kind).append(" conf=")
                    .append(String.format("%.3f", g.confidence)).append(" links=");
            g.links.forEach(l -> sb.append(l.kind()).append(':').append(byName.entrySet().stream()
                    .filter(e -> e.getValue() == l.other()).map(Map.Entry::getKey).findFirst().orElse("?")).append(' '));
            sb.append('\n');
            g.readings.stream().filter(r -> r.admitted).sorted(Comparator.comparingDouble((Reading r) -> -r.score))
                    .limit(5).forEach(r -> sb.append(String.format("   %s%.2f base=%.2f %s %s %s.%s %s pop=%d %s%n",
                            r == g.chosen ? "*" : " ", r.score, r.base, r.match, r.place.name(), r.place.featureClass(),
                            r.place.featureCode(), r.place.country(), r.place.population(), r.terms)));
        });
        System.err.print(sb);
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
            gazetteer.country(t.country()).ifPresent(c -> found.merge(c.id(), reading(c, NameMatch.NAME, folded, kind),
                    (a, b) -> a.base >= b.base ? a : b));
        }
        NameMatch best = found.values().stream().map(r -> r.match).min(Comparator.naturalOrder())
                .orElse(NameMatch.APPROXIMATE);
        boolean anyExact = best == NameMatch.NAME || best == NameMatch.ALTERNATE_NAME || best == NameMatch.ALIAS;
        return found.values().stream()
                .map(r -> anyExact && (r.match == NameMatch.TRANSLITERATION || r.match == NameMatch.APPROXIMATE)
                        ? new Reading(r.place, r.match, r.base - W_WORSE_MATCH
                                * (r.match == NameMatch.APPROXIMATE ? 4 : 1), r.prior) : r)
                .sorted(Comparator.comparingDouble((Reading r) -> -r.base)).limit(MAX_READINGS).toList();
    }

    private void addReadings(Map<Long, Reading> found, List<Candidate> candidates, String folded, String kind) {
        for (Candidate c : candidates) {
            if (priors.score(kind, c.place().featureClass(), c.place().featureCode()) <= INCOMPATIBLE) {
                continue;
            }
            found.merge(c.place().id(), reading(c.place(), c.match(), folded, kind),
                    (a, b) -> a.base >= b.base ? a : b);
        }
    }

    private Reading reading(GeoRecord p, NameMatch match, String folded, String kind) {
        double prior = priors.score(kind, p.featureClass(), p.featureCode());
        double base = prior + W_POPULATION * Math.log10(p.population() + 1.0) + W_MATCH[match.ordinal()];
        if (match == NameMatch.APPROXIMATE) {
            String a = keys.translitOf(folded);
            String b = keys.translitOf(keys.fold(p.name()));
            base -= W_SPELLING * editDistance(a, b) / Math.max(1, Math.max(a.length(), b.length()));
        }
        return new Reading(p, match, base, prior);
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

    /**
     * What each pair of names of one sentence says of each other: by the words between two consecutive names, that
     * one lies in the other, is named beside it, or is near it ({@link PlaceRelations}); "X in Russia's Y region"
     * also puts X in Y. Any other pair of one sentence is only in the same sentence.
     */
    private void link(String text, List<Toponym> toponyms, Group[] groupOf) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < toponyms.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> toponyms.get(i).start()));
        int[] sentence = new int[order.size()];
        for (int k = 1; k < order.size(); k++) {
            Toponym a = toponyms.get(order.get(k - 1));
            Toponym b = toponyms.get(order.get(k));
            String gap = b.start() >= a.end() ? text.substring(a.end(), b.start()) : "";
            sentence[k] = sentence[k - 1] + (breaksSentence(gap) ? 1 : 0);
        }
        PlaceRelations.Found[] next = new PlaceRelations.Found[order.size()];
        for (int k = 0; k + 1 < order.size(); k++) {
            Toponym a = toponyms.get(order.get(k));
            Toponym b = toponyms.get(order.get(k + 1));
            if (sentence[k] != sentence[k + 1] || b.start() < a.end()) {
                continue;
            }
            next[k] = relations.between(text.substring(a.end(), b.start()));
            if (next[k] != null) {
                relate(groupOf[order.get(k)], groupOf[order.get(k + 1)], next[k]);
            }
        }
        for (int k = 0; k + 2 < order.size(); k++) {
            PlaceRelations.Found first = next[k];
            PlaceRelations.Found second = next[k + 1];
            if (first != null && first.relation() == PlaceRelations.Relation.IN && first.firstIsInner()
                    && second != null && second.relation() == PlaceRelations.Relation.IN && !second.firstIsInner()) {
                relate(groupOf[order.get(k)], groupOf[order.get(k + 2)], first);
            }
        }
        for (int k = 0; k < order.size(); k++) {
            for (int m = k + 1; m < order.size() && sentence[m] == sentence[k]; m++) {
                Group a = groupOf[order.get(k)];
                Group b = groupOf[order.get(m)];
                if (a != b && !a.linked(LinkKind.SENTENCE, b)) {
                    a.links.add(new Link(LinkKind.SENTENCE, b));
                    b.links.add(new Link(LinkKind.SENTENCE, a));
                }
            }
        }
    }

    private static void relate(Group first, Group second, PlaceRelations.Found f) {
        if (first == second) {
            return;
        }
        Group inner = f.firstIsInner() ? first : second;
        Group outer = f.firstIsInner() ? second : first;
        LinkKind kind = switch (f.relation()) {
            case IN -> LinkKind.IN;
            case BESIDE -> LinkKind.BESIDE;
            case NEAR -> LinkKind.NEAR;
        };
        if (!inner.linked(kind, outer)) {
            inner.links.add(new Link(kind, outer));
            if (kind != LinkKind.NEAR) {
                outer.links.add(new Link(LinkKind.CONTAINS, inner));
            }
        }
    }

    /** Whether the text between two names ends a sentence: a full stop, question or exclamation mark, or a line break. */
    private static boolean breaksSentence(String gap) {
        if (gap.indexOf('\n') >= 0) {
            return true;
        }
        for (int i = 0; i + 1 < gap.length(); i++) {
            char c = gap.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(gap.charAt(i + 1))) {
                return i > 0 || gap.length() > 3;
            }
        }
        return false;
    }

    /** The countries the article names: those it is about (dateline, demonyms) and those it names as such. */
    private static Set<String> namedCountries(Map<String, Double> hints, List<Group> groups) {
        Set<String> named = new HashSet<>();
        hints.forEach((k, v) -> {
            if (v > 0) {
                named.add(k);
            }
        });
        for (Group g : groups) {
            if (g.country != null) {
                named.add(g.country);
            }
        }
        return named;
    }

    /**
     * What the other places of a text say: how many lie in each country and each first-level area. Only places
     * resolved with at least the resolver's threshold count: two weak readings do not vouch for each other.
     */
    private static final class Focus {
        final Map<String, Double> country = new HashMap<>();
        final Map<String, Double> region = new HashMap<>();
        final double threshold;
        double total;

        Focus(Map<String, Double> hints, List<Group> groups, boolean withChosen, double threshold) {
            this.threshold = threshold;
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
            if (g.chosen == null || g.chosen.place.country().isEmpty() || g.confidence < threshold) {
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

        double countryWeight(String iso) {
            return Math.max(0, country.getOrDefault(iso, 0.0));
        }

        double countryShare(GeoRecord p) {
            return total <= 1e-9 ? 0 : countryWeight(p.country()) / total;
        }

        double regionShare(GeoRecord p) {
            return total <= 1e-9 || p.admin1().isEmpty() ? 0
                    : Math.max(0, region.getOrDefault(p.country() + "." + p.admin1(), 0.0)) / total;
        }
    }

    private void choose(Group g, List<Group> groups, Focus focus, Set<String> named) {
        if (g.readings.isEmpty()) {
            return;
        }
        focus.add(g, -1);
        Reading chosen = null;
        for (Reading r : g.readings) {
            r.terms.clear();
            r.unsupported = !isProminent(r) && focus.countryWeight(r.place.country()) <= 1e-9 && !inLinkedArea(g, r);
            r.elsewhere = r.unsupported && focus.total >= 1;
            r.admitted = (r.match != NameMatch.APPROXIMATE || admitsApproximate(g, r, groups, named))
                    && !(r.elsewhere && r.match != NameMatch.NAME && r.match != NameMatch.ALIAS);
            if (!r.admitted) {
                continue;
            }
            double s = r.base;
            if (!g.kind.equals("location")) {
                r.terms.put(GeoContext.STATED_KIND, r.prior);
            }
            term(r, GeoContext.ARTICLE_COUNTRY, W_FOCUS * focus.countryShare(r.place)
                    + W_REGION * focus.regionShare(r.place));
            links(g, r);
            term(r, GeoContext.NEARBY_PLACES, W_PROXIMITY * proximity(g, r, groups));
            term(r, GeoContext.FULLER_NAME, sameAsFuller(g, r));
            for (Map.Entry<GeoContext, Double> e : r.terms.entrySet()) {
                if (e.getKey() != GeoContext.STATED_KIND) {
                    s += e.getValue();
                }
            }
            if (isNamesakeArea(g, r) || isNamesakeTown(g, r)) {
                s -= W_NAMESAKE;
            }
            if (r.unsupported) {
                s -= W_UNSUPPORTED;
            }
            r.score = s;
            if (chosen == null || s > chosen.score) {
                chosen = r;
            }
        }
        if (chosen == null) {
            g.chosen = null;
            g.confidence = 0;
            focus.add(g, 1);
            return;
        }
        double elsewhere = Double.NEGATIVE_INFINITY;
        for (Reading r : g.readings) {
            if (r.admitted && r != chosen && km(r.place, chosen.place) > ConfidenceModel.SAME_PLACE_KM) {
                elsewhere = Math.max(elsewhere, r.score);
            }
        }
        g.chosen = chosen;
        g.confidence = confidence.confidence(chosen.score - NONE, chosen.score - elsewhere, chosen.match,
                isArea(chosen.place) || chosen.place.featureCode().equals("CONT"), chosen.unsupported,
                chosen.elsewhere);
        focus.add(g, 1);
    }

    private static void term(Reading r, GeoContext context, double value) {
        if (value != 0) {
            r.terms.merge(context, value, Double::sum);
        }
    }

    /** The support of the names linked to a group: an area it is said to lie in, a place it is said to be near. */
    private static void links(Group g, Reading r) {
        for (Link l : g.links) {
            Group o = l.other();
            switch (l.kind()) {
                case IN, BESIDE -> {
                    double w = l.kind() == LinkKind.IN ? W_IN : W_BESIDE;
                    if (o.chosen != null) {
                        if (contains(o.chosen.place, r.place)) {
                            term(r, GeoContext.AREA_BESIDE, w);
                        } else if (l.kind() == LinkKind.IN && isArea(o.chosen.place) && o.trusted()
                                && isSettlementOrArea(r.place)) {
                            term(r, GeoContext.AREA_BESIDE, -W_NOT_IN);
                        }
                    } else if (o.readings.stream().anyMatch(q -> contains(q.place, r.place))) {
                        term(r, GeoContext.AREA_BESIDE, w / 2);
                    }
                }
                case CONTAINS -> {
                    boolean contains = o.chosen != null ? contains(r.place, o.chosen.place)
                            : o.readings.stream().anyMatch(q -> contains(r.place, q.place));
                    if (contains) {
                        term(r, GeoContext.AREA_BESIDE, W_IN / 2);
                    }
                }
                case NEAR -> {
                    if (o.chosen != null && !isLarge(o.chosen.place)) {
                        term(r, GeoContext.NEAR_PLACE, W_NEAR * Math.exp(-km(r.place, o.chosen.place) / NEAR_KM));
                    }
                }
                case SENTENCE -> {
                    if (o.chosen != null && o.trusted() && isArea(o.chosen.place)
                            && !o.chosen.place.featureCode().startsWith("PCL") && contains(o.chosen.place, r.place)) {
                        term(r, GeoContext.AREA_IN_SENTENCE, W_SENTENCE_AREA);
                    }
                }
                default -> throw new IllegalStateException(l.kind().toString());
            }
        }
    }

    /**
     * Whether an approximate reading may be taken: it lies in a country the article names, near one of the places
     * it resolved by their names, or in the area the text puts it in.
     */
    private boolean admitsApproximate(Group g, Reading r, List<Group> groups, Set<String> named) {
        if (named.contains(r.place.country()) || inLinkedArea(g, r)) {
            return true;
        }
        for (Group o : groups) {
            if (o != g && o.trusted() && o.confidence >= config.minConfidence()) {
                if (isLarge(o.chosen.place) ? o.chosen.place.featureCode().startsWith("PCL")
                        && o.chosen.place.country().equals(r.place.country())
                        : km(r.place, o.chosen.place) <= APPROXIMATE_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the reading lies in an area the text names beside it (chosen, or any reading of it). */
    private static boolean inLinkedArea(Group g, Reading r) {
        for (Link l : g.links) {
            if (l.kind() == LinkKind.IN || l.kind() == LinkKind.BESIDE) {
                Group o = l.other();
                if (o.chosen != null ? contains(o.chosen.place, r.place)
                        : o.readings.stream().anyMatch(q -> contains(q.place, r.place))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A first- or second-level area read for a name the text does not call an area, when a town of the same name
     * lies in it and has the name at least as much as its own: "Kharkiv" alone is the city, not the oblast;
     * "Kharkiv region" is the oblast; "Riverside" is the city, not Riverside County.
     */
    private static boolean isNamesakeArea(Group g, Reading r) {
        if (AREA_KINDS.contains(g.kind) || !g.hasPlaceReading || !isAdminArea(r.place)) {
            return false;
        }
        for (Reading q : g.readings) {
            if (q.place.featureClass().equals("P") && q.match.compareTo(r.match) <= 0 && contains(r.place, q.place)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A town read for a name that is not its own but an alternate one, when it lies in an area whose own name it is:
     * "Minnesota" is the state, not Minneota (which GeoNames also lists as "Minnesota"); "New York" alone is the
     * state, whose own name it is, and "New York City" the city.
     */
    private static boolean isNamesakeTown(Group g, Reading r) {
        if (!r.place.featureClass().equals("P") || r.match == NameMatch.NAME) {
            return false;
        }
        for (Reading q : g.readings) {
            if (isAdminArea(q.place) && q.match.compareTo(r.match) < 0 && contains(q.place, r.place)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAdminArea(GeoRecord p) {
        return p.featureClass().equals("A") && p.featureCode().startsWith("ADM");
    }

    /**
     * A place that may be meant without the article pointing to its country: a country, continent or capital by any
     * of its names, a large place by its own name (GeoNames' alternate names of towns include "Hamas" for Hamm).
     */
    private static boolean isProminent(Reading r) {
        String c = r.place.featureCode();
        return c.startsWith("PCL") || c.equals("PPLC") || c.equals("CONT")
                || r.match == NameMatch.NAME && r.place.population() >= PROMINENT_POPULATION;
    }

    /**
     * Support for the reading that a fuller name of the text was resolved to; not for an area whose namesake town
     * the short name may be ("Kharkiv" beside "Kharkiv region" is the city).
     */
    private static double sameAsFuller(Group g, Reading r) {
        if (isNamesakeArea(g, r)) {
            return 0;
        }
        for (Group f : g.fuller) {
            if (f.chosen != null && f.chosen.place.id() == r.place.id()) {
                return W_SAME;
            }
        }
        return 0;
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

    /** A populated place or an administrative area: what lies within one area (rivers and mountains need not). */
    private static boolean isSettlementOrArea(GeoRecord p) {
        return p.featureClass().equals("P") || p.featureClass().equals("A");
    }

    private static boolean isArea(GeoRecord p) {
        return p.featureClass().equals("A");
    }

    /**
     * Places the text puts in an area ("a village in the Y region") of which no reading lies in it, at that area:
     * the area the text gives is nearer the truth than a same-name place elsewhere.
     */
    private Map<Group, Resolution> containingAreas(List<Group> groups) {
        Map<Group, Resolution> out = new HashMap<>();
        for (Group g : groups) {
            if (!SETTLEMENT_KINDS.contains(g.kind) || g.chosen != null && !isSettlementOrArea(g.chosen.place)) {
                continue; // a river or a mountain crosses areas: "the Oskil River in the Kharkiv region"
            }
            for (Link l : g.links) {
                Group o = l.other();
                if (l.kind() != LinkKind.IN || !o.trusted() || o.confidence < config.minConfidence()
                        || !isArea(o.chosen.place) || !(o.chosen.place.featureCode().equals("ADM1")
                        || o.chosen.place.featureCode().equals("ADM2"))) {
                    continue;
                }
                boolean inside = g.readings.stream().anyMatch(r -> r.admitted && contains(o.chosen.place, r.place));
                if (!inside) {
                    GeoRecord area = o.chosen.place;
                    out.put(g, new Resolution(area, gazetteer.areas(area), area.featureCode().equals("ADM1") ? 3 : 2,
                            o.confidence * CONTAINING_AREA_SHARE, NameMatch.CONTAINING_AREA,
                            List.of(GeoContext.AREA_BESIDE)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The contexts that favoured the chosen reading: each that gave it at least {@link #REASON} and more than it gave
     * any other reading, strongest first; the place's prominence when none did.
     */
    private static List<GeoContext> reasons(Group g) {
        Reading c = g.chosen;
        List<Map.Entry<GeoContext, Double>> found = new ArrayList<>();
        for (Map.Entry<GeoContext, Double> e : c.terms.entrySet()) {
            double v = e.getValue();
            if (v < REASON) {
                continue;
            }
            boolean decisive = true;
            for (Reading r : g.readings) {
                if (r != c && r.admitted && r.terms.getOrDefault(e.getKey(), 0.0) >= v) {
                    decisive = false;
                    break;
                }
            }
            if (decisive) {
                found.add(e);
            }
        }
        found.sort(Map.Entry.<GeoContext, Double>comparingByValue().reversed());
        List<GeoContext> out = new ArrayList<>();
        found.forEach(e -> out.add(e.getKey()));
        if (g.dateline) {
            out.add(0, GeoContext.DATELINE);
        }
        if (out.isEmpty()) {
            out.add(GeoContext.PROMINENCE);
        }
        return out;
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
            double c = Math.exp(-km(r.place, o.chosen.place) / PROXIMITY_KM);
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

    private static double km(GeoRecord a, GeoRecord b) {
        return Distance.km(a.lat(), a.lon(), b.lat(), b.lon());
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
