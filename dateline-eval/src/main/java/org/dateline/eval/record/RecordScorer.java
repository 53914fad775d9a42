package org.dateline.eval.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.eval.Details;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Distance;
import org.dateline.model.Event;
import org.dateline.model.EventCount;
import org.dateline.model.Geo;
import org.dateline.model.Place;
import org.dateline.model.Quote;

/**
 * Scores one article's record against its gold annotation by the matching rules of {@code realnews/README.md}:
 * events are matched through the gold's anchors found in their evidence text, required gold events choosing
 * first, each taking its best free candidate (right type family first, then sub-type, place, date), then the
 * optional ones; every record (non-background event) is then accepted, real but mistyped, a duplicate or false.
 */
final class RecordScorer {
    /** The least distance a place may be off and still be right, whatever the gold tolerance. */
    static final double MIN_KM = 25;
    /** The gold date range is widened by a day on each side. */
    private static final int DATE_SLACK_DAYS = 1;
    /** How far into a quote its gold first words may start. */
    private static final int QUOTE_SLACK = 40;
    private static final String OUTLET_KEY = "outlet";
    private static final String UNKNOWN_SPEAKER = "unknown speaker";
    private static final Pattern KIND_WORDS = Pattern.compile("(?i)\\b(oblast|region|district|province|state|"
            + "governorate|county|raion|municipality|territory|city|town|village)\\b");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}\\s]+$");

    /** An event of the record with its evidence text normalised as the anchors are. */
    private record Shown(Event event, String evidence) {
    }

    RecordTally score(GoldReport gold, AnalyzedArticle record) {
        RecordTally t = new RecordTally();
        String text = record.article().text();
        String name = gold.name();
        List<Shown> shown = new ArrayList<>();
        List<Shown> background = new ArrayList<>();
        for (Event e : record.events()) {
            Shown s = new Shown(e, Normalized.of(text.substring(e.start(), Math.min(e.end(), text.length()))));
            (e.background() ? background : shown).add(s);
        }
        List<GoldEvent> golds = new ArrayList<>(gold.events().stream().filter(g -> !g.optional()).toList());
        golds.addAll(gold.events().stream().filter(GoldEvent::optional).toList());
        Shown[] match = new Shown[golds.size()];
        Set<Shown> taken = new HashSet<>();
        for (int i = 0; i < golds.size(); i++) {
            GoldEvent g = golds.get(i);
            int bestRank = -1;
            for (Shown s : shown) {
                if (!taken.contains(s) && anchored(s, g) && rank(g, s.event()) > bestRank) {
                    bestRank = rank(g, s.event());
                    match[i] = s;
                }
            }
            if (match[i] != null) {
                taken.add(match[i]);
            }
            scoreGold(t, name, g, match[i] == null ? null : match[i].event(),
                    background.stream().anyMatch(s -> anchored(s, g)));
            if (match[i] == null && !g.optional()) {
                background.stream().filter(s -> anchored(s, g)).forEach(s -> t.detail(name + " background "
                        + s.event().backgroundReason() + " " + describe(s.event(), text)));
            }
        }
        for (Shown s : shown) {
            t.add(Count.EVENTS);
            int i = indexOf(match, s);
            if (i >= 0) {
                t.add(familyRight(golds.get(i), s.event()) ? Count.ACCEPTED : Count.MISTYPED);
                if (!familyRight(golds.get(i), s.event())) {
                    t.detail(name + " mistyped " + describe(s.event(), text) + " as " + golds.get(i).label());
                }
                continue;
            }
            boolean duplicate = false;
            for (int j = 0; j < golds.size() && !duplicate; j++) {
                duplicate = match[j] != null && anchored(s, golds.get(j));
            }
            if (duplicate) {
                t.add(Count.DUPLICATE);
                t.detail(name + " duplicate " + describe(s.event(), text));
            } else {
                t.falseRecord(s.event().type());
                t.add(Count.FALSE_IN_EVENTLESS, gold.eventless());
                t.detail(name + " false " + describe(s.event(), text));
            }
        }
        background.forEach(s -> t.add(Count.BACKGROUND));
        scoreQuotes(t, name, gold, record);
        scorePlaces(t, name, gold, record);
        return t;
    }

    private static int indexOf(Shown[] match, Shown s) {
        for (int i = 0; i < match.length; i++) {
            if (match[i] == s) {
                return i;
            }
        }
        return -1;
    }

    private static boolean anchored(Shown s, GoldEvent g) {
        return g.anchors().stream().anyMatch(s.evidence()::contains);
    }

    /** Right family first, then sub-type, place, date. */
    private static int rank(GoldEvent g, Event e) {
        return (familyRight(g, e) ? 8 : 0) + (subtypeRight(g, e) ? 4 : 0) + (placeRight(g, e) ? 2 : 0)
                + (dateRight(g, e) ? 1 : 0);
    }

    private static void scoreGold(RecordTally t, String name, GoldEvent g, Event e, boolean inBackground) {
        if (g.optional()) {
            if (e != null && !g.notVerified() && "NOT_VERIFIED".equals(e.status())) {
                t.add(Count.NOT_VERIFIED_WRONG);
            }
            t.detail(name + " optional " + g.label() + (e == null ? " -> none" : " -> " + e.id()));
            return;
        }
        t.add(Count.REQUIRED);
        t.add(Count.LOCATED, g.located());
        t.add(Count.FATALITIES_GIVEN, g.fatalities() != null && g.fatalities() > 0);
        t.add(Count.NO_FATALITIES_GIVEN, g.fatalities() != null && g.fatalities() == 0);
        t.add(Count.NOT_VERIFIED_GIVEN, g.notVerified());
        if (e == null) {
            t.add(Count.MISSED);
            t.add(Count.MISSED_AS_BACKGROUND, inBackground);
            t.detail(name + " missed " + g.label() + (inBackground ? " (only in a background event)" : ""));
            return;
        }
        boolean family = familyRight(g, e);
        boolean place = placeRight(g, e);
        boolean date = dateRight(g, e);
        boolean actor = actor1Right(g, e);
        boolean fatalities = fatalitiesRight(g, e);
        boolean assertor = assertorRight(g, e);
        boolean verified = "NOT_VERIFIED".equals(e.status()) == g.notVerified();
        t.add(Count.MATCHED);
        t.add(Count.FAMILY_RIGHT, family);
        t.add(Count.SUBTYPE_RIGHT, subtypeRight(g, e));
        t.add(Count.WHOLE_RECORD, family && (place || !g.located()) && date);
        t.add(Count.PLACE_RIGHT, g.located() && place);
        t.add(Count.DATE_RIGHT, date);
        t.add(Count.ACTOR1_RIGHT, actor);
        t.add(Count.FATALITIES_RIGHT, g.fatalities() != null && g.fatalities() > 0 && fatalities);
        t.add(Count.NO_FATALITIES_RIGHT, g.fatalities() != null && g.fatalities() == 0 && fatalities);
        t.add(Count.ASSERTOR_RIGHT, assertor);
        t.add(Count.NOT_VERIFIED_RIGHT, g.notVerified() && verified);
        t.add(Count.NOT_VERIFIED_WRONG, !g.notVerified() && !verified);
        t.detail(name + " matched " + g.label() + " -> " + e.id() + " " + e.subtype()
                + mark(" family", family) + mark(" subtype", subtypeRight(g, e))
                + mark(" place", g.located() ? place : null) + " (" + placeOf(e) + ")"
                + mark(" date", date) + " (" + e.date().from() + "/" + e.date().to() + ")"
                + mark(" actor1", actor) + " (" + (e.actor1() == null ? "-" : e.actor1().name()) + ")"
                + mark(" fatalities", g.fatalities() == null ? null : fatalities) + " (" + fatalities(e) + ")"
                + mark(" assertor", assertor) + " (" + e.assertor().name() + ")"
                + mark(" verified", verified) + " (" + e.status() + ")");
    }

    private static String mark(String what, Boolean right) {
        return right == null ? what + " -" : what + (right ? " ok" : " WRONG");
    }

    static boolean familyRight(GoldEvent g, Event e) {
        return g.type().equals(e.type()) || subtypeRight(g, e);
    }

    /**
     * Whether the event's sub-type is the gold's or one of its alternatives. The gold writes the kinds that ACLED lacks
     * in lower case and short ("diplomatic" for Dateline's "Diplomatic event").
     */
    static boolean subtypeRight(GoldEvent g, Event e) {
        if (e.subtype() == null) {
            return false;
        }
        List<String> all = new ArrayList<>(g.subtypeAlt());
        all.add(g.subtype());
        String mine = e.subtype().toLowerCase(Locale.ROOT);
        for (String s : all) {
            boolean extraKind = s.equals(s.toLowerCase(Locale.ROOT));
            if (extraKind ? mine.contains(s) : s.equalsIgnoreCase(e.subtype())) {
                return true;
            }
        }
        return false;
    }

    static boolean placeRight(GoldEvent g, Event e) {
        if (!g.located() || e.place() == null || e.place().geo() == null) {
            return false;
        }
        Geo geo = e.place().geo();
        return Distance.km(g.lat(), g.lon(), geo.lat(), geo.lon()) <= Math.max(MIN_KM, g.toleranceKm());
    }

    static boolean dateRight(GoldEvent g, Event e) {
        try {
            DateRange mine = new DateRange(LocalDate.parse(e.date().from()), LocalDate.parse(e.date().to()));
            return g.dates().overlaps(mine, DATE_SLACK_DAYS);
        } catch (RuntimeException x) {
            return false;
        }
    }

    static boolean actor1Right(GoldEvent g, Event e) {
        if (e.actor1() == null) {
            return false;
        }
        String words = (e.actor1().name() + " | " + e.actor1().text() + " | " + e.actor1().country())
                .toLowerCase(Locale.ROOT);
        return g.actor1Keys().stream().anyMatch(words::contains);
    }

    /** A toll equal to the gold's or an alternative; for a gold 0, no toll other than 0. */
    static boolean fatalitiesRight(GoldEvent g, Event e) {
        if (g.fatalities() == null) {
            return false;
        }
        List<Double> mine = e.counts().stream().filter(c -> c.kind().equals("FATALITIES")).map(EventCount::value)
                .toList();
        if (g.fatalities() == 0) {
            return mine.stream().allMatch(v -> v == 0);
        }
        return mine.stream().anyMatch(v -> v == g.fatalities().doubleValue()
                || g.fatalitiesAlt().stream().anyMatch(a -> v == a.doubleValue()));
    }

    static boolean assertorRight(GoldEvent g, Event e) {
        String name = e.assertor().name() == null ? "" : e.assertor().name().toLowerCase(Locale.ROOT);
        boolean outlet = "OUTLET".equals(e.assertor().kind());
        for (String key : g.assertorKeys()) {
            if (key.equals(OUTLET_KEY) ? outlet : !name.equals(UNKNOWN_SPEAKER) && name.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static void scoreQuotes(RecordTally t, String name, GoldReport gold, AnalyzedArticle record) {
        for (GoldQuote g : gold.quotes()) {
            String start = TRAILING_PUNCTUATION.matcher(Normalized.of(g.startWords())).replaceAll("");
            t.add(Count.QUOTES);
            boolean found = false;
            boolean speaker = false;
            String said = null;
            for (Quote q : record.quotes()) {
                String words = Normalized.of(q.text());
                if (words.substring(0, Math.min(words.length(), start.length() + QUOTE_SLACK)).contains(start)) {
                    found = true;
                    String who = q.speakerName() == null ? "" : q.speakerName().toLowerCase(Locale.ROOT);
                    said = q.speakerName();
                    if (g.speakerKeys().stream().anyMatch(who::contains)) {
                        speaker = true;
                        break;
                    }
                }
            }
            t.add(Count.QUOTES_FOUND, found);
            t.add(Count.SPEAKERS_RIGHT, speaker);
            if (!speaker) {
                t.detail(name + " quote \"" + g.startWords() + "\" of " + g.speaker()
                        + (found ? ": speaker given as " + said : ": not found"));
            }
        }
    }

    private static void scorePlaces(RecordTally t, String name, GoldReport gold, AnalyzedArticle record) {
        for (GoldPlace g : gold.places()) {
            t.add(Count.PLACES);
            Set<String> names = forms(g.name());
            boolean found = false;
            boolean right = false;
            Geo got = null;
            for (Place p : record.places()) {
                if (forms(p.text()).stream().anyMatch(names::contains)) {
                    found = true;
                    got = got == null ? p.geo() : got;
                    if (p.geo() != null && resolvedRight(g, p.geo())) {
                        right = true;
                    }
                }
            }
            t.add(Count.PLACES_FOUND, found);
            t.add(Count.PLACES_RIGHT, right);
            if (!right) {
                t.detail(name + " place " + g.name() + " (" + g.kind() + ", " + g.country() + "): "
                        + (!found ? "not found" : got == null ? "unresolved" : "resolved to " + got.name() + ", "
                        + got.country() + " " + got.lat() + "," + got.lon()));
            }
        }
        if (gold.countries().isEmpty()) {
            return;
        }
        for (Place p : record.places()) {
            if (p.geo() != null) {
                t.add(Count.RESOLVED_MENTIONS);
                if (!gold.countries().contains(p.geo().country())) {
                    t.add(Count.WRONG_COUNTRY);
                    // a mention resolved to a country's own entry ("the Iran-backed group") is the article naming
                    // that country, and a continent lies in none: neither is a place in a country never named
                    boolean namesIt = p.geo().featureCode() != null && p.geo().featureCode().startsWith("PCL")
                            || p.geo().country() == null || p.geo().country().isEmpty();
                    t.add(Count.WRONG_COUNTRY_PLACE, !namesIt);
                    t.detail(name + " wrong country: " + Details.oneLine(p.text()) + " -> " + p.geo().name() + ", "
                            + p.geo().countryName() + (namesIt ? " (the country or continent itself)" : ""));
                }
            }
        }
    }

    private static boolean resolvedRight(GoldPlace g, Geo geo) {
        if (!g.country().equalsIgnoreCase(geo.country())) {
            return false;
        }
        return g.isCountry()
                || Distance.km(g.lat(), g.lon(), geo.lat(), geo.lon()) <= Math.max(MIN_KM, g.toleranceKm());
    }

    /** A name as written, without a parenthesis, and without kind words, all lower-case. */
    static Set<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        String lower = Details.oneLine(name).toLowerCase(Locale.ROOT);
        forms.add(lower);
        String bare = PARENTHESIS.matcher(lower).replaceAll("").strip();
        forms.add(bare);
        forms.add(Details.oneLine(KIND_WORDS.matcher(bare).replaceAll(" ")).replaceFirst("^the ", ""));
        forms.remove("");
        return forms;
    }

    private static String describe(Event e, String text) {
        return e.id() + " " + e.subtype() + " '" + e.trigger() + "' " + e.modality() + " at " + placeOf(e) + ": "
                + Details.oneLine(text.substring(e.start(), Math.min(e.end(), text.length())));
    }

    private static String placeOf(Event e) {
        return e.place() == null ? "-" : e.place().name() + "/" + e.place().basis();
    }

    private static String fatalities(Event e) {
        return e.counts().stream().filter(c -> c.kind().equals("FATALITIES")).map(c -> c.text())
                .reduce((a, b) -> a + ", " + b).orElse("-");
    }
}
