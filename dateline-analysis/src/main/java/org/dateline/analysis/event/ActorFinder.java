package org.dateline.analysis.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Entity;
import org.dateline.model.EventActor;
import org.dateline.model.Span;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * The parties to an event, read off the dependency parse around its anchor: the subject (or the agent of a
 * passive, or the possessor of a noun: "the Taliban's attack") acts; the object (or the passive subject, or the
 * target of "an attack on") is acted on. Each is named canonically: the entity it mentions, or an ACLED-style
 * name from the head noun and the country ("Ukraine's armed forces" and "its troops" said by Ukraine both
 * become "Military Forces of Ukraine").
 */
final class ActorFinder {
    private static final Set<String> PHRASE_RELATIONS = Set.of("amod", "compound", "nmod:poss", "flat", "nummod",
            "det:poss", "det");
    private static final Set<String> INHERIT_SUBJECT = Set.of("xcomp", "conj", "advcl", "dep");
    /** How a trigger noun hangs from the verb whose subject acts: "launched attacks", "carried out strikes". */
    private static final Set<String> NOUN_GOVERNORS = Set.of("obj", "xcomp", "conj");
    private static final Set<String> NOT_ACTORS = Set.of(Tags.DATE, Tags.TIME, Tags.DURATION, Tags.NUMBER,
            Tags.ORDINAL, Tags.SET);
    private static final int MAX_HOPS = 3;
    private static final Set<String> ASKED = Set.of("for", "with");

    private record Category(String category, String pattern) {
    }

    private final Countries countries;
    private final Map<String, Category> heads = new HashMap<>();

    ActorFinder(Countries countries) {
        this.countries = countries;
        for (List<String> row : Lexicon.load("en", "event-actors.tsv", 3).rows()) {
            heads.put(row.get(0), new Category(row.get(1), row.get(2)));
        }
    }

    /** Who acts and who is acted on, either may be null; and the acting phrase's head token, or -1. */
    record Parties(EventActor actor1, EventActor actor2, int actorToken) {
    }

    /**
     * @param fallbackCountry the country a bare or possessive phrase ("troops", "its troops") belongs to when the
     *                        phrase does not say: the asserting party's, or null
     */
    Parties find(ParsedText p, TriggerLexicon.Match trigger, String family, EntityIndex entities,
                 String fallbackCountry) {
        int anchor = trigger.anchor();
        int subject = -1;
        int object = -1;
        Token a = p.token(anchor);
        String relation = p.relation(anchor);
        if (a.isVerb()) {
            subject = subject(p, anchor);
            if (subject >= 0 && p.relation(subject).equals("nsubj:pass")) {
                object = subject;
                subject = -1;
            }
            int agent = p.child(anchor, "obl:agent");
            if (agent >= 0) {
                subject = agent;
            }
            if (object < 0) {
                object = p.child(anchor, "obj");
            }
            if ((relation.startsWith("acl") || relation.equals("amod")) && p.head(anchor) >= 0) {
                int head = p.head(anchor);
                if (isNationality(p.token(head)) && subject < 0) {
                    subject = head; // "Ukrainian shelling" parsed as a participle of "Ukrainian"
                } else {
                    object = head;
                }
            }
            for (int hop = 0, t = anchor; subject < 0 && hop < MAX_HOPS
                    && INHERIT_SUBJECT.contains(p.relation(t)); hop++) {
                t = p.head(t);
                subject = subject(p, t);
            }
        } else {
            subject = possessor(p, anchor);
            for (int i = trigger.first(); i < trigger.end() && subject < 0; i++) {
                subject = i == anchor ? -1 : possessor(p, i); // "an Israeli drone strike"
            }
            object = target(p, anchor, family);
            int[] between = between(p, anchor);
            if (between != null && subject < 0) {
                subject = between[0]; // "clashes between the army and militants", "a ceasefire between Israel and ..."
                object = between[1];
            }
            for (int hop = 0, t = anchor; subject < 0 && hop < MAX_HOPS
                    && (NOUN_GOVERNORS.contains(p.relation(t)) || asked(p, t)); hop++) {
                t = p.head(t);
                subject = subject(p, t);
            }
        }
        if (object >= trigger.first() && object < trigger.end()) {
            object = -1;
        }
        return new Parties(actor(p, subject, entities, fallbackCountry), actor(p, object, entities, fallbackCountry),
                subject);
    }

    /**
     * A noun the verb asks for or acts with ("called for a referendum", "struck the city with missiles"): its subject
     * is the event's.
     */
    private static boolean asked(ParsedText p, int noun) {
        int c = p.child(noun, "case");
        return p.relation(noun).equals("obl") && c >= 0 && ASKED.contains(p.token(c).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The subject of a verb, unless it is a relative pronoun, or a time or a number the parser took for a subject
     * ("on Wednesday to call").
     */
    private static int subject(ParsedText p, int verb) {
        int s = p.child(verb, "nsubj");
        return s >= 0 && (NOT_ACTORS.contains(p.token(s).ner()) || isRelative(p.token(s).pos())) ? -1 : s;
    }

    /** A relative or existential subject: "which", "who", "there". */
    private static boolean isRelative(String pos) {
        return Tags.isWhDeterminer(pos) || Tags.isWhPronoun(pos) || Tags.isExistential(pos);
    }

    /** Who owns a noun event: "the Taliban's attack", "a Russian strike", "its offensive"; not "the war's battles". */
    private int possessor(ParsedText p, int noun) {
        for (var d : p.children(noun)) {
            String r = d.relation();
            Token t = p.token(d.dependent());
            if (NOT_ACTORS.contains(t.ner())) {
                continue; // "the May 25 attacks"
            }
            boolean named = t.isProperNoun() || isNationality(t);
            if ((r.equals("nmod:poss") && (named || t.isPronoun() || headCategory(p, t.index()) != null))
                    || ((r.equals("compound") || r.equals("amod")) && named)) {
                return d.dependent();
            }
        }
        return -1;
    }

    /** The two parties of "between X and Y" on a noun event, or null. */
    private static int[] between(ParsedText p, int noun) {
        for (var d : p.children(noun)) {
            int c = p.child(d.dependent(), "case");
            if (d.relation().startsWith("nmod") && c >= 0 && p.token(c).lemma().equalsIgnoreCase("between")) {
                int other = p.child(d.dependent(), "conj");
                return other < 0 ? null : new int[] {d.dependent(), other};
            }
        }
        return null;
    }

    /** Whom a violent noun event targets: "an attack on the convoy", "violence against protesters". */
    private static int target(ParsedText p, int noun, String family) {
        for (var d : p.children(noun)) {
            if (d.relation().startsWith("nmod")) {
                int c = p.child(d.dependent(), "case");
                String prep = c < 0 ? "" : p.token(c).lemma().toLowerCase(Locale.ROOT);
                if (prep.equals("against") || (prep.equals("on") && family.equals("VIOLENCE"))) {
                    return d.dependent();
                }
            }
        }
        return -1;
    }

    private boolean isNationality(Token t) {
        return t.coarseNer().equals(Tags.MISC) || t.ner().equals(Tags.NATIONALITY)
                || countries.byDemonym(t.text()).isPresent();
    }

    private EventActor actor(ParsedText p, int head, EntityIndex entities, String fallbackCountry) {
        if (head < 0) {
            return null;
        }
        int[] range = phrase(p, head);
        Span span = new Span(p.token(range[0]).start(), p.token(range[1]).end());
        String text = span.of(p.text());
        Token h = p.token(head);
        Entity entity = entities.at(h.start());
        String country = country(p, range, entities, fallbackCountry);
        if (entity != null && !entity.type().equals("LOCATION")) {
            String category = switch (entity.type()) {
                case "PERSON" -> "PERSON";
                case "COUNTRY" -> "COUNTRY";
                default -> "ORGANIZATION";
            };
            String c = entity.type().equals("COUNTRY") ? entity.name()
                    : entity.affiliation() != null ? entity.affiliation() : country;
            return new EventActor(entity.name(), text, entity.id(), category, c, span);
        }
        Category cat = headCategory(p, head);
        int[] antecedent = antecedent(p, head, entities);
        if (antecedent != null) {
            Entity owner = entities.at(p.token(antecedent[0]).start());
            if (owner != null && owner.type().equals("COUNTRY")) {
                country = owner.name();
            } else if (cat == null || cat.pattern().equals("-")) {
                String owned = p.textOf(antecedent[2] + 1, range[1]);
                String name = owned + " of " + p.textOf(antecedent[0], antecedent[1]);
                return new EventActor(name, text, null, cat == null ? "OTHER" : cat.category(), null, span);
            }
        }
        if (range[0] == range[1] && isNationality(h) && country != null) {
            return new EventActor(country, text, null, "COUNTRY", country, span);
        }
        if (cat == null) {
            return new EventActor(text, text, null, "OTHER", country, span);
        }
        String name = cat.pattern().equals("-") || country == null ? text : String.format(cat.pattern(), country);
        return new EventActor(name, text, null, cat.category(), country, span);
    }

    /**
     * What "its" or "their" in the phrase refers to: the nearest earlier country or organisation, or noun that names
     * an actor, in the sentence or the one before ("a Moscow-backed administration ..., its leader"); possessors and
     * compounds ("Ukraine's offensive") are passed over. Returns
     * {first, last} tokens of the antecedent's phrase and the possessive pronoun's token, or null.
     */
    private int[] antecedent(ParsedText p, int head, EntityIndex entities) {
        int pronoun = -1;
        for (var d : p.children(head)) {
            Category c = d.relation().equals("nmod:poss") ? headCategory(p, d.dependent()) : null;
            if (c != null && c.category().equals("ANAPHOR")) {
                pronoun = d.dependent();
            }
        }
        if (pronoun < 0) {
            return null;
        }
        int sentence = p.token(pronoun).sentence();
        int first = sentence == 0 ? 0 : p.sentences().get(sentence - 1).firstToken();
        for (int t = pronoun - 1; t >= first; t--) {
            Token tok = p.token(t);
            if (p.relation(t).equals("nmod:poss") || p.relation(t).equals("compound")) {
                continue;
            }
            Entity e = entities.at(tok.start());
            boolean owner = e != null && (e.type().equals("COUNTRY") || e.type().equals("ORGANIZATION"));
            Category c = tok.isNoun() ? headCategory(p, t) : null;
            if (owner || c != null && !c.category().equals("ANAPHOR") && !c.category().equals("CIVILIANS")) {
                int[] r = phrase(p, t);
                return new int[] {r[0], r[1], pronoun};
            }
        }
        return null;
    }

    /** The party a noun phrase names, with its head at {@code head}, as {@link #find} names the parties it finds. */
    EventActor party(ParsedText p, int head, EntityIndex entities, String fallbackCountry) {
        return actor(p, head, entities, fallbackCountry);
    }

    /** The actor category a noun or adjective names ("troops", "rebel hands": STATE_FORCES, REBELS), or null. */
    String categoryAt(ParsedText p, int token) {
        Token t = p.token(token);
        Category c = t.isNoun() || Tags.isAdjective(t.pos()) ? headCategory(p, token) : null;
        return c == null ? null : c.category();
    }

    private Category headCategory(ParsedText p, int head) {
        String lemma = p.token(head).lemma().toLowerCase(Locale.ROOT);
        if (head > 0) {
            String previous = p.token(head - 1).lemma().toLowerCase(Locale.ROOT);
            Category two = heads.get(previous + " " + lemma);
            if (two != null) {
                return two;
            }
        }
        Category c = heads.get(lemma);
        return c != null ? c : heads.get(p.token(head).text().toLowerCase(Locale.ROOT));
    }

    /** The country named in the phrase (a country, a demonym), a possessive pronoun's referent, or the fallback. */
    private String country(ParsedText p, int[] range, EntityIndex entities, String fallbackCountry) {
        boolean named = false;
        for (int i = range[0]; i <= range[1]; i++) {
            Token t = p.token(i);
            Entity e = entities.at(t.start());
            if (e != null && e.type().equals("COUNTRY")) {
                return e.name();
            }
            Optional<Countries.Country> c = countries.byDemonym(t.text());
            if (c.isPresent()) {
                return c.get().name();
            }
            if (t.isProperNoun()) {
                named = true;
                c = countries.byName(t.text()).or(() -> countries.byCapital(t.text()));
                if (c.isPresent()) {
                    return c.get().name();
                }
            }
        }
        return named ? null : fallbackCountry;
    }

    /** Token range of the actor's noun phrase: the head with its modifiers, without clauses or appositions. */
    static int[] phrase(ParsedText p, int head) {
        int[] range = {head, head};
        grow(p, head, range, 0);
        while (range[0] < head && Tags.isDeterminer(p.token(range[0]).pos())) {
            range[0]++;
        }
        return range;
    }

    private static void grow(ParsedText p, int token, int[] range, int depth) {
        if (depth > 6) {
            return;
        }
        for (var d : p.children(token)) {
            String r = d.relation();
            boolean possessiveMark = r.equals("case") && Tags.isPossessiveEnding(p.token(d.dependent()).pos());
            if (PHRASE_RELATIONS.contains(r) || possessiveMark) {
                range[0] = Math.min(range[0], d.dependent());
                range[1] = Math.max(range[1], d.dependent());
                grow(p, d.dependent(), range, depth + 1);
            }
        }
    }
}
