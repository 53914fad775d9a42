package org.dateline.analysis.event;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.BackgroundReason;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.TimeExpression;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Whether an event the article mentions is one of its new events, and if not, why ({@code event-newness.tsv}).
 * ACLED codes single, dated occurrences; news also recalls older ones, sums tolls over a war, speaks of habits and
 * kinds of events, of what is planned or denied, and of what parties say about events. In that order of tests:
 * out of the record's scope; not asserted; a statement; recalled (a participle naming an earlier change, or dated
 * more than a week before the report); a tally (summed over a span of time, a war, or counted in thousands); a
 * habit or a kind of event (a habitual adverb, "continue", a verb in the simple present outside the lead, a bare
 * plural told by no verb in the simple past).
 */
final class EventReading {
    /** An event dated this many days or more before the report is recalled, not news of it. */
    static final int RECALL_DAYS = 7;
    /** A span of time longer than this many days sums several events. */
    private static final int TALLY_DAYS = 2;
    /** A toll this high in one clause is a tally, not one incident's. */
    private static final double TALLY_TOLL = 500;
    private static final Pattern DURATION = Pattern.compile("P(?:T)?(\\d+|X)([YMWDH])");
    private static final Set<String> ADJUNCTS = Set.of("obl", "obl:tmod", "obl:npmod", "advmod", "advcl", "nmod",
            "nmod:tmod", "amod", "det", "mark", "nmod:poss");
    /** The prepositions of a span the event is summed over ("in the past week"), not "after a year of war". */
    private static final Set<String> SPAN_PREPOSITIONS = Set.of("in", "over", "during", "for", "throughout", "within");
    /** The roles of words that sum a toll over a span, an area, a war or a mass. */
    private static final Set<String> SUMMING = Set.of("PERIOD", "DURING", "SPREAD", "WAR", "MASS");
    /** The words that tell the event of their clause came before that of the clause they hang from. */
    private static final Set<String> AFTER = Set.of("after", "following");
    private static final Set<String> TO_PREDICATE = Set.of("obl", "obj", "nsubj", "nsubj:pass", "nmod", "compound",
            "conj", "appos", "xcomp", "iobj", "obl:agent");

    private final Map<String, String> roles = new HashMap<>();

    EventReading() {
        for (List<String> row : Lexicon.load("en", "event-newness.tsv", 2).rows()) {
            String role = row.get(1);
            if (!Set.of("STATEMENT", "CASUALTY", "HABITUAL", "PERIOD", "SPREAD", "WAR", "MASS",
                    "REFERENCE", "RELATED", "DURING", "ANOTHER").contains(role)) {
                throw new IllegalStateException("event-newness.tsv: unknown role " + role + " of " + row.get(0));
            }
            roles.put(row.get(0), role);
        }
    }

    /** The verb a trigger is told by: itself when it is one, else the verb its phrase hangs from, or -1. */
    static int predicate(ParsedText p, int anchor) {
        int t = anchor;
        for (int hop = 0; hop < 4 && t >= 0; hop++) {
            if (p.token(t).isVerb()) {
                return t;
            }
            if (!TO_PREDICATE.contains(p.relation(t))) {
                return -1;
            }
            t = p.head(t);
        }
        return -1;
    }

    /**
     * The token that relates the trigger's event to its clause's, or -1: "in response to the drone strike", "after
     * the attack" tell another event than the clause's own, so that the two never make one event.
     */
    int relatedBy(ParsedText p, int anchor) {
        int t = anchor;
        for (int hop = 0; hop < 3 && t >= 0 && !p.token(t).isVerb(); hop++) {
            int c = p.child(t, "case");
            if (c >= 0 && "RELATED".equals(roles.get(lower(p.token(c))))) {
                return c;
            }
            if (hop > 0 && "RELATED".equals(roles.get(lower(p.token(t))))) {
                return t;
            }
            t = p.head(t);
        }
        return -1;
    }

    /** Whether the token is a verb of harm done to people ("killed", "wounded"). */
    boolean casualty(ParsedText p, int token) {
        return "CASUALTY".equals(roles.get(lower(p.token(token))));
    }

    /** Whether the trigger tells harm done to people ("killed", "wounded"): it yields to the incident beside it. */
    boolean casualty(TriggerLexicon.Match m) {
        return "CASUALTY".equals(roles.get(words(m)));
    }

    /**
     * The reports read again in the light of the one before: a bare toll right after a running tally goes on with
     * the tally ("At least 273 people have been killed in Lebanon since October. On the Israeli side, 10 soldiers
     * have been killed."), when it tells no date, no place and no attack of its own: it comes in the sentence of a
     * tally or the next.
     */
    List<EventClause> tallies(ParsedText p, List<EventClause> read) {
        List<EventClause> out = new ArrayList<>(read.size());
        EventClause tally = null;
        for (EventClause c : read) {
            EventClause now = c;
            if (c.isNew() && tally != null && c.sentence() - tally.sentence() <= 1 && casualty(p, c.anchor())
                    && c.place() == null && !c.date().basis().equals("TEXT") && tolls(c)) {
                now = c.withReason(BackgroundReason.AGGREGATE);
            }
            out.add(now);
            if (now.reason() == BackgroundReason.AGGREGATE && tolls(now)) {
                tally = now;
            }
        }
        return out;
    }

    /**
     * The reports read again in the light of the clause they are told before: an event in a clause "after" which a
     * recalled event or a tally happened is older still ("The group restarted attacks in recent months after its
     * talks with the government failed"), and recalled with it, when it tells no date of its own; so is one that
     * goes on "also" from a sentence that only recalls or tallies.
     */
    List<EventClause> before(ParsedText p, List<EventClause> read) {
        List<EventClause> out = new ArrayList<>(read.size());
        for (EventClause c : read) {
            boolean undated = c.isNew() && !c.date().basis().equals("TEXT");
            out.add(undated && (afterAnOldOne(p, c, read) || alsoAfterOldOnes(p, c, out))
                    ? c.withReason(BackgroundReason.RECALLED) : c);
        }
        return out;
    }

    /** Whether the clause is told "after" a recalled event or a tally of its sentence, under that one's verb. */
    private boolean afterAnOldOne(ParsedText p, EventClause c, List<EventClause> read) {
        int main = laterClause(p, c.anchor());
        return main >= 0 && read.stream().anyMatch(o -> o.sentence() == c.sentence() && old(o)
                && o.predicate() >= 0 && ClauseReader.dominates(p, o.predicate(), main));
    }

    /** Whether the clause goes on "also" from a sentence whose every report only recalls or tallies. */
    private static boolean alsoAfterOldOnes(ParsedText p, EventClause c, List<EventClause> before) {
        List<EventClause> previous = before.stream().filter(o -> o.sentence() == c.sentence() - 1).toList();
        return also(p, c) && !previous.isEmpty() && previous.stream().allMatch(EventReading::old);
    }

    /**
     * Whether a sentence's words sum its toll over a span, an area or a war ("since October", "across the region",
     * "in the war"), or its toll is a tally's: then it is no follow-up of one incident.
     */
    boolean sums(ParsedText p, int sentence, List<EventCount> tolls) {
        if (tolls.stream().anyMatch(n -> n.value() >= TALLY_TOLL)) {
            return true;
        }
        Sentence s = p.sentences().get(sentence);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String role = roles.get(lower(p.token(i)));
            if (role != null && SUMMING.contains(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean old(EventClause c) {
        return c.reason() == BackgroundReason.RECALLED || c.reason() == BackgroundReason.AGGREGATE;
    }

    /**
     * Whether the clause goes on with the one before ("Hamas also seized 251 people" after the toll of its attack
     * months ago): it is told with "also", by its verb, in the sentence's first clause.
     */
    private static boolean also(ParsedText p, EventClause c) {
        int verb = c.predicate();
        return verb >= 0 && p.head(verb) < 0 && p.children(verb).stream().anyMatch(d -> d.relation().equals("advmod")
                && p.token(d.dependent()).lemma().equalsIgnoreCase("also"));
    }

    /** The token an "after" phrase or clause holding the trigger hangs from ("after its talks failed"), or -1. */
    private int laterClause(ParsedText p, int anchor) {
        int t = anchor;
        for (int hop = 0; hop < 3 && t >= 0; hop++) {
            int mark = p.child(t, "mark");
            if (mark < 0) {
                mark = p.child(t, "case");
            }
            if (mark >= 0 && AFTER.contains(lower(p.token(mark)))) {
                return p.head(t);
            }
            t = p.head(t);
        }
        return -1;
    }

    private static boolean tolls(EventClause c) {
        return c.counts().stream().anyMatch(n -> n.kind().equals("FATALITIES") || n.kind().equals("INJURED"));
    }

    /**
     * Why the mention is no new event, or null when it is one.
     *
     * @param inScope whether the kind is a record's and the article is about conflict
     */
    BackgroundReason reason(ParsedText p, TriggerLexicon.Match m, int predicate, String modality, EventDate date,
                            List<EventCount> counts, List<TimeExpression> times, EventPlace place, boolean inScope) {
        int anchor = m.anchor();
        if (!inScope) {
            return BackgroundReason.OUT_OF_SCOPE;
        }
        if (!modality.equals("ASSERTED")) {
            return BackgroundReason.NOT_ASSERTED;
        }
        if ("STATEMENT".equals(roles.get(words(m)))) {
            return BackgroundReason.STATEMENT;
        }
        if (Modality.isParticipleModifier(p, anchor) || recalled(p, date)) {
            return BackgroundReason.RECALLED;
        }
        boolean placed = place != null && place.geoPrecision() <= 2 && !place.basis().equals("SENTENCE");
        if (tally(p, anchor, predicate, counts, times, placed) || !date.basis().equals("TEXT")
                && spanAbove(p, predicate, times)) {
            return BackgroundReason.AGGREGATE;
        }
        if (habitual(p, anchor, predicate)) {
            return BackgroundReason.GENERIC;
        }
        return null;
    }

    /**
     * Whether the trigger is what a statement is about ("claimed responsibility for the Khyber attack", "condemned the
     * attack"): an event told elsewhere, or known, not a new one.
     */
    boolean toldOfByStatement(ParsedText p, int anchor) {
        int head = p.head(anchor);
        String r = p.relation(anchor);
        if (!p.token(anchor).isNoun() || head < 0) {
            return false;
        }
        if ((r.equals("obj") || r.equals("obl")) && "STATEMENT".equals(roles.get(lower(p.token(head))))) {
            return true;
        }
        int verb = p.head(head); // "claimed responsibility for the attack" (not "for an attack", which is news)
        return r.startsWith("nmod") && verb >= 0 && p.relation(head).equals("obj") && definite(p, anchor)
                && "STATEMENT".equals(roles.get(lower(p.token(verb)) + " " + lower(p.token(head))));
    }

    /** Whether the noun is made definite by a determiner that refers ("the", "this") or a possessor. */
    private boolean definite(ParsedText p, int noun) {
        int det = p.child(noun, "det");
        return det >= 0 && "REFERENCE".equals(roles.get(lower(p.token(det)))) || p.child(noun, "nmod:poss") >= 0;
    }

    /** Whether the trigger noun says it is another incident than one told: "a similar attack", "a separate strike". */
    boolean another(ParsedText p, int anchor) {
        if (!p.token(anchor).isNoun()) {
            return false;
        }
        for (var d : p.children(anchor)) {
            if ((d.relation().equals("det") || d.relation().equals("amod"))
                    && "ANOTHER".equals(roles.get(lower(p.token(d.dependent()))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the mention only points back to an event told elsewhere: a trigger noun with a determiner that refers
     * ("the attack", "this attack") or a day as its possessor ("Saturday's attack"), naming no place or time of its
     * own and with no toll in its clause.
     */
    boolean reference(ParsedText p, int anchor, int predicate, List<EventCount> counts, boolean ownPlace) {
        Token a = p.token(anchor);
        if (!a.isNoun() || ownPlace || !counts.isEmpty()) {
            return false;
        }
        boolean pointer = false;
        for (var d : p.children(anchor)) {
            Token c = p.token(d.dependent());
            if (d.relation().equals("det") && "REFERENCE".equals(roles.get(lower(c)))
                    || d.relation().equals("nmod:poss") && Tags.DATE.equals(c.ner())) {
                pointer = true;
            }
            if (Tags.DATE.equals(c.ner()) && !d.relation().equals("nmod:poss") || c.isProperNoun()
                    && !d.relation().equals("nmod:poss")) {
                return false;
            }
        }
        return pointer;
    }

    /**
     * Dated in the text more than {@value #RECALL_DAYS} days before the report, or only to a month or longer: news
     * dates what it reports to the day or the night ("on Tuesday", "overnight"); "earlier this month" recalls.
     */
    private static boolean recalled(ParsedText p, EventDate date) {
        if (!date.basis().equals("TEXT")) {
            return false;
        }
        if (date.precision() >= 3) {
            return true;
        }
        try {
            LocalDate end = date.precision() == 2 ? LocalDate.parse(date.from()) : LocalDate.parse(date.to());
            return end.plusDays(RECALL_DAYS).isBefore(p.documentDate());
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * A tally: summed over a span ("since the start of the war", "so far", "over the past month", "in days of
     * clashes") or an area ("across Kashmir"), counted in a war ("killed in the war"), in thousands, or with a toll
     * of {@value #TALLY_TOLL} or more. A running count at one named place ("have so far dug up 146 bodies near
     * Izium") is that place's event.
     */
    private boolean tally(ParsedText p, int anchor, int predicate, List<EventCount> counts, List<TimeExpression> times,
                          boolean placed) {
        if (counts.stream().anyMatch(c -> c.value() >= TALLY_TOLL && !c.kind().equals("OTHER"))) {
            return true;
        }
        int governor = p.head(anchor);
        if (governor >= 0 && p.token(anchor).isNoun() && p.token(governor).isNoun() && !p.token(governor).isVerb()
                && longDuration(p, governor, times)) {
            return true; // "days of clashes", "a year of hostilities"
        }
        for (int head : new int[] {anchor, predicate}) {
            if (head < 0) {
                continue;
            }
            for (var d : p.children(head)) {
                int c = d.dependent();
                String word = lower(p.token(c));
                String role = roles.get(word);
                int caseWord = p.child(c, "case");
                int mark = p.child(c, "mark");
                String prep = caseWord >= 0 ? lower(p.token(caseWord)) : mark >= 0 ? lower(p.token(mark)) : "";
                if ("PERIOD".equals(roles.get(prep)) && !shortSpan(p, c, times) || "SPREAD".equals(roles.get(prep))
                        || "DURING".equals(roles.get(prep)) && (longDuration(p, c, times) || "WAR".equals(role))
                        || "PERIOD".equals(role) && d.relation().equals("advmod") && !placed
                        || "WAR".equals(role) && (d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                        || "MASS".equals(role) && (d.relation().startsWith("nsubj") || d.relation().equals("obj"))) {
                    return true;
                }
                if ((d.relation().startsWith("obl") || d.relation().startsWith("nmod"))
                        && (prep.isEmpty() || SPAN_PREPOSITIONS.contains(prep)) && longDuration(p, c, times)) {
                    return true;
                }
            }
            if (!placed && (phrase(p, head, "so far") || phrase(p, head, "to date") || phrase(p, head, "in total"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb the clause depends on is summed over a span ("Since February 2020, the rebels have been
     * conducting an operation to seize the province"): a clause with no date of its own is told within it.
     */
    private boolean spanAbove(ParsedText p, int predicate, List<TimeExpression> times) {
        for (int t = predicate < 0 ? -1 : p.head(predicate), hop = 0; t >= 0 && hop < 4; t = p.head(t), hop++) {
            if (p.token(t).isVerb()) {
                for (var d : p.children(t)) {
                    int c = d.dependent();
                    int caseWord = p.child(c, "case");
                    String prep = caseWord >= 0 ? lower(p.token(caseWord)) : "";
                    if (("PERIOD".equals(roles.get(prep)) && !shortSpan(p, c, times)) || "SPREAD".equals(roles.get(prep))
                            || "DURING".equals(roles.get(prep)) && (longDuration(p, c, times)
                            || "WAR".equals(roles.get(lower(p.token(c)))))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the words follow each other among the children of {@code head} ("so far"). */
    private static boolean phrase(ParsedText p, int head, String words) {
        String[] w = words.split(" ");
        for (var d : p.children(head)) {
            int[] r = p.subtree(d.dependent());
            for (int i = r[0]; i + w.length - 1 <= r[1]; i++) {
                boolean all = true;
                for (int k = 0; k < w.length && all; k++) {
                    all = lower(p.token(i + k)).equals(w[k]);
                }
                if (all && r[1] - r[0] + 1 == w.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A "since" or "during" adjunct whose time lies within {@value #TALLY_DAYS} days of the report. */
    private static boolean shortSpan(ParsedText p, int token, List<TimeExpression> times) {
        TimeExpression t = timeIn(p, token, times);
        if (t == null || !t.type().equals("DATE")) {
            return false;
        }
        LocalDate[] span = EventDater.span(t.value());
        return span != null && ChronoUnit.DAYS.between(span[0], p.documentDate()) <= TALLY_DAYS;
    }

    /** A duration longer than {@value #TALLY_DAYS} days in the phrase ("in the past week", "in days of clashes"). */
    private static boolean longDuration(ParsedText p, int token, List<TimeExpression> times) {
        TimeExpression t = timeIn(p, token, times);
        if (t == null || !t.type().equals("DURATION") || t.value() == null) {
            return false;
        }
        Matcher m = DURATION.matcher(t.value());
        if (!m.lookingAt()) {
            return false;
        }
        if (m.group(1).equals("X")) {
            return !m.group(2).equals("H");
        }
        int n = Integer.parseInt(m.group(1));
        int days = switch (m.group(2)) {
            case "Y" -> 365 * n;
            case "M" -> value(t).contains("T") ? 0 : 30 * n;
            case "W" -> 7 * n;
            case "D" -> n;
            default -> 0;
        };
        return days > TALLY_DAYS;
    }

    private static String value(TimeExpression t) {
        return t.value() == null ? "" : t.value();
    }

    private static TimeExpression timeIn(ParsedText p, int token, List<TimeExpression> times) {
        int[] r = p.subtree(token);
        int from = p.token(r[0]).start();
        int to = p.token(r[1]).end();
        for (TimeExpression t : times) {
            if (t.start() >= from && t.end() <= to) {
                return t;
            }
        }
        return null;
    }

    /**
     * A habit or a kind of event: a habitual adverb or adjective on the trigger or its verb ("often", "daily
     * protests"), a habitual verb governing it ("continued such strikes", "fighting continues"), "such", a verb in
     * the simple present outside the first sentence, or a bare plural that no verb in the simple past tells.
     */
    private boolean habitual(ParsedText p, int anchor, int predicate) {
        for (int head : new int[] {anchor, predicate}) {
            if (head < 0) {
                continue;
            }
            for (var d : p.children(head)) {
                String w = lower(p.token(d.dependent()));
                if (ADJUNCTS.contains(d.relation()) && "HABITUAL".equals(roles.get(w))
                        || d.relation().equals("amod") && w.equals("such")
                        || d.relation().equals("det") && w.equals("such")) {
                    return true;
                }
            }
        }
        int governor = predicate >= 0 && predicate != anchor ? predicate : anchor >= 0 ? p.head(anchor) : -1;
        if (governor >= 0 && "HABITUAL".equals(roles.get(lower(p.token(governor))))) {
            return true;
        }
        Token verb = predicate >= 0 ? p.token(predicate) : null;
        if (verb != null && p.token(predicate).sentence() > 0 && Tags.isPresentTense(verb.pos())
                && p.childrenWith(predicate, "aux").isEmpty()) {
            return true;
        }
        return barePlural(p, anchor) && !toldInThePast(p, predicate);
    }

    /** Whether a verb in the simple past tells the clause, itself or a verb it depends on ("clashes erupted"). */
    private static boolean toldInThePast(ParsedText p, int verb) {
        for (int t = verb, hop = 0; t >= 0 && hop < 8; t = p.head(t), hop++) {
            if (Tags.isPastTense(p.token(t).pos())) {
                return true;
            }
        }
        return false;
    }

    /** A plural trigger noun with no determiner, number or possessor, naming no place or date in its phrase. */
    private static boolean barePlural(ParsedText p, int anchor) {
        Token a = p.token(anchor);
        if (!Tags.isPluralCommonNoun(a.pos())) {
            return false;
        }
        for (var d : p.children(anchor)) {
            String r = d.relation();
            if (r.equals("det") || r.equals("nummod") || r.equals("nmod:poss") || r.startsWith("acl")) {
                return false;
            }
        }
        int[] range = p.subtree(anchor);
        for (int i = range[0]; i <= range[1]; i++) {
            String ner = p.token(i).coarseNer();
            if (ner.equals(Tags.LOCATION) || Tags.DATE.equals(p.token(i).ner()) || p.token(i).isProperNoun()
                    && i > anchor) {
                return false;
            }
        }
        return true;
    }

    private static String words(TriggerLexicon.Match m) {
        return String.join(" ", m.entry().words());
    }

    private static String lower(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
