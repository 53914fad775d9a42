package org.dateline.analysis.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Entity;
import org.dateline.model.Mention;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Who a source phrase names. A name is its entity. A pronoun ("he", "she", "it", "they") is the nearest fitting
 * subject of the sentences before it (outside quotation marks; the subject of a verb of saying first, then the main
 * clause's), by gender and number: a person for "he" and "she", a body for "it" (a named organisation or country, or
 * "the ministry"), a plural or a body for "they". A bare definite description is the entity it describes when one
 * fits: "the governor" a person whose titles hold "governor", "the committee" an organisation whose name holds
 * "committee" ("the governor of Cherkasy" and "its governor" stay as written).
 * Whatever fits nothing stays as written: an unresolved speaker is never given to a wrong person. Stateless.
 */
public final class SpeakerResolver {
    /** How far back a pronoun looks for its antecedent: sentences, and paragraph breaks crossed. */
    private static final int SENTENCES_BACK = 4;
    private static final int PARAGRAPHS_BACK = 2;
    private static final int MAX_CHAIN = 3;

    /** The number and gender a pronoun or a noun agrees with. */
    public enum Agreement { M, F, N, P }

    /** The relations by which a name stands beside a title or description ("the governor Vyacheslav Gladkov"). */
    private static final Set<String> NAME_BESIDE = Set.of("appos", "dep", "flat");
    /** Entity types of places: a place set beside a title ("Ukraine, the local governor") is no speaker. */
    private static final Set<String> PLACES = Set.of("COUNTRY", "LOCATION", "CITY", "STATE_OR_PROVINCE", "PLACE");

    /**
     * What a speaker word is: a pronoun; a noun for a body that the body's name holds ("ministry"); a noun for any
     * body ("group"); an honorific or title word that tells a person's gender ("Mrs", "spokeswoman").
     */
    enum WordKind { PRONOUN, INSTITUTION, BODY, GENDERED }

    /** Who the phrase names: an entity, or nobody known (then {@code name} is the phrase as written). */
    public record Speaker(Entity entity, String name) {
    }

    private final Map<String, Agreement> pronouns = new HashMap<>();
    private final Map<String, Agreement> institutions = new HashMap<>();
    private final Set<String> anyBody = new HashSet<>();
    private final Map<String, Agreement> gendered = new HashMap<>();
    private final Set<String> titles;
    private final ReportingVerbs verbs;
    private final Countries countries;

    public SpeakerResolver(ReportingVerbs verbs, Countries countries) {
        this.verbs = verbs;
        this.countries = countries;
        for (List<String> row : Lexicon.load("en", "speaker-words.tsv", 3).rows()) {
            Agreement a = Agreement.valueOf(row.get(2));
            String word = row.get(0).toLowerCase(Locale.ROOT);
            switch (WordKind.valueOf(row.get(1))) {
                case PRONOUN -> pronouns.put(word, a);
                case INSTITUTION -> institutions.put(word, a);
                case BODY -> {
                    institutions.put(word, a);
                    anyBody.add(word);
                }
                case GENDERED -> {
                    if (a != Agreement.M && a != Agreement.F) {
                        throw new IllegalArgumentException("speaker-words.tsv: a GENDERED word is M or F: " + row);
                    }
                    gendered.put(word, a);
                }
            }
        }
        this.titles = new HashSet<>(Lexicon.load("en", "titles.txt", 1).words());
    }

    /** The speaker that the source phrase [first, last] with the given head names. */
    public Speaker resolve(ParseView v, EntityIndex index, int first, int last, int head) {
        return resolve(v, index, first, last, head, 0);
    }

    private Speaker resolve(ParseView v, EntityIndex index, int first, int last, int head, int depth) {
        ParsedText p = v.parse();
        Token h = p.token(head);
        Entity named = namedAt(index, h);
        int title = named != null && PLACES.contains(named.type()) ? p.child(head, "appos") : -1;
        if (title >= 0 && depth < MAX_CHAIN) {
            // "..., which borders Ukraine, the local governor Vyacheslav Gladkov said": the parser hangs the governor
            // on the country as its apposition; a place is no one who says, the title beside it is
            int[] np = p.subtree(title);
            return resolve(v, index, np[0], np[1], title, depth + 1);
        }
        if (named != null) {
            return new Speaker(named, named.name());
        }
        String word = lower(h);
        Agreement pronoun = h.isPronoun() ? pronouns.get(word) : null;
        if (pronoun != null) {
            int antecedent = depth < MAX_CHAIN ? antecedent(v, index, head, pronoun) : -1;
            if (antecedent >= 0) {
                int[] np = phrase(p, antecedent);
                return resolve(v, index, np[0], np[1], antecedent, depth + 1);
            }
            Entity attached = pronoun == Agreement.M || pronoun == Agreement.F ? index.at(h.start()) : null;
            boolean agrees = attached != null && "PERSON".equals(attached.type())
                    && gender(attached) != opposite(pronoun);
            return agrees ? new Speaker(attached, attached.name()) : new Speaker(null, text(p, first, last));
        }
        if (h.isNoun() && !h.isProperNoun()) {
            List<Integer> beside = new ArrayList<>();
            for (var d : p.children(head)) {
                if (NAME_BESIDE.contains(d.relation())) {
                    beside.add(d.dependent()); // "the local governor Vyacheslav Gladkov"
                }
            }
            if (p.relation(head).equals("appos") && p.head(head) >= 0) {
                beside.add(p.head(head)); // "Colonel Ivan Marek, governor of the Dravo region,"
            }
            for (int b : beside) {
                Entity e = namedAt(index, p.token(b));
                if (e != null && !PLACES.contains(e.type())) {
                    return new Speaker(e, e.name()); // "the army commander, General Omar Haddad,"
                }
            }
            List<Token> modifiers = definiteModifiers(p, head);
            Entity described = modifiers != null ? described(index, h, modifiers) : null;
            if (described != null) {
                return new Speaker(described, described.name());
            }
            return new Speaker(null, text(p, first, last));
        }
        Entity in = index.in(p.token(first).start(), p.token(last).end(), h.start());
        return in != null ? new Speaker(in, in.name()) : new Speaker(null, text(p, first, last));
    }

    /**
     * The words that narrow a definite description ("the army spokesman": "army"; "the Russian president": "Russian"),
     * or null when the phrase is no definite description or has a complement or possessor that could name someone else
     * ("the governor of Cherkasy", "its governor"). Plain adjectives ("the regional governor") narrow nothing.
     */
    private static List<Token> definiteModifiers(ParsedText p, int head) {
        int det = p.child(head, "det");
        if (det < 0 || !p.token(det).lemma().equalsIgnoreCase("the")) {
            return null;
        }
        List<Token> out = new ArrayList<>();
        for (var d : p.children(head)) {
            String r = d.relation();
            Token m = p.token(d.dependent());
            if (r.startsWith("nmod") || r.equals("flat") || r.equals("appos") || r.startsWith("acl")) {
                return null;
            }
            if (r.equals("compound") || r.equals("amod") && (Character.isUpperCase(m.text().charAt(0))
                    || m.ner().equals(Tags.NATIONALITY))) {
                out.add(m);
            }
        }
        return out;
    }

    /** The entity one of whose names (not a pronoun or a description) covers the token. */
    private static Entity namedAt(EntityIndex index, Token t) {
        Entity e = index.at(t.start());
        if (e == null) {
            return null;
        }
        for (Mention m : e.mentions()) {
            if (m.start() <= t.start() && t.start() < m.end()) {
                return m.kind().equals("NAME") || m.kind().equals("SURNAME") ? e : null;
            }
        }
        return null;
    }

    /**
     * The entity a description names: the person mentioned last whose titles hold the noun, an organisation whose name
     * holds it, each only when every narrowing word fits it too; else, for a word for any body ("the group"), the
     * one organisation mentioned before.
     */
    private Entity described(EntityIndex index, Token h, List<Token> modifiers) {
        String word = lower(h);
        String lemma = h.lemma().toLowerCase(Locale.ROOT);
        boolean title = titles.contains(word) || titles.contains(lemma);
        boolean body = institutions.containsKey(word) || institutions.containsKey(lemma);
        if (!title && !body) {
            return null;
        }
        Entity best = null;
        int bestEnd = -1;
        Set<Entity> bodiesBefore = new HashSet<>();
        for (Entity e : index.entities()) {
            boolean person = e.type().equals("PERSON");
            boolean organisation = e.type().equals("ORGANIZATION") || e.type().equals("GROUP");
            boolean fits = title && person && e.titles().stream().anyMatch(t -> hasWord(t.text(), word, lemma))
                    || body && !person && hasWord(e.name(), word, lemma);
            fits &= modifiers.stream().allMatch(m -> narrows(m, e));
            for (Mention m : e.mentions()) {
                if (m.end() > h.start() || m.kind().equals("PRONOUN")) {
                    continue;
                }
                if (organisation) {
                    bodiesBefore.add(e);
                }
                if (fits && m.end() > bestEnd) {
                    best = e;
                    bestEnd = m.end();
                }
            }
        }
        if (best == null && modifiers.isEmpty() && (anyBody.contains(word) || anyBody.contains(lemma))
                && bodiesBefore.size() == 1) {
            return bodiesBefore.iterator().next();
        }
        return best;
    }

    /** Whether a word before the noun of a description fits the entity: its name, titles or affiliation hold it. */
    private boolean narrows(Token modifier, Entity e) {
        List<String> texts = new ArrayList<>();
        texts.add(e.name());
        e.titles().forEach(t -> texts.add(t.text()));
        if (e.affiliation() != null) {
            texts.add(e.affiliation());
        }
        List<String> words = new ArrayList<>(List.of(modifier.text(), modifier.lemma()));
        countries.byDemonym(modifier.text()).ifPresent(c -> {
            words.add(c.name());
            words.addAll(c.alternateNames());
            words.addAll(c.demonyms());
        });
        for (String text : texts) {
            String lowerText = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
            for (String w : words) {
                if (lowerText.contains(" " + w.toLowerCase(Locale.ROOT) + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasWord(String text, String word, String lemma) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (w.equals(word) || w.equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject a pronoun refers back to, or -1: the nearest fitting one in the sentences before it (and earlier
     * in its own), outside quotation marks, a verb of saying's subject first, then the main clause's, then the rest
     * from the right.
     */
    private int antecedent(ParseView v, EntityIndex index, int pronoun, Agreement agreement) {
        ParsedText p = v.parse();
        int si = p.token(pronoun).sentence();
        int paragraph = v.paragraphOf(si);
        for (int s = si; s >= 0 && s >= si - SENTENCES_BACK; s--) {
            if (paragraph - v.paragraphOf(s) > PARAGRAPHS_BACK) {
                break;
            }
            for (int c : subjects(v, p.sentences().get(s), s == si ? pronoun : Integer.MAX_VALUE)) {
                if (fits(p, index, c, agreement)) {
                    return c;
                }
            }
        }
        return -1;
    }

    private List<Integer> subjects(ParseView v, Sentence s, int before) {
        ParsedText p = v.parse();
        List<Integer> speech = new ArrayList<>();
        List<Integer> main = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        for (int i = Math.min(before, s.endToken()) - 1; i >= s.firstToken(); i--) {
            String rel = p.relation(i);
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass") || v.quoteOf(i) >= 0) {
                continue;
            }
            int verb = p.head(i);
            if (rel.equals("nsubj") && verb >= 0 && verbs.kindOf(p.token(verb)) != null) {
                speech.add(i);
            } else if (verb >= 0 && (p.relation(verb).equals("root") || p.relation(verb).equals("conj")
                    && p.relation(p.head(verb)).equals("root"))) {
                main.add(i);
            } else {
                other.add(i);
            }
        }
        List<Integer> out = new ArrayList<>(speech);
        out.addAll(main);
        out.addAll(other);
        return out;
    }

    /** Whether a subject can be what a pronoun of the given agreement refers to. */
    private boolean fits(ParsedText p, EntityIndex index, int token, Agreement agreement) {
        Token t = p.token(token);
        String word = lower(t);
        if (t.isPronoun()) {
            return pronouns.get(word) == agreement;
        }
        Entity e = index.at(t.start());
        String type = e == null ? null : e.type();
        boolean person = "PERSON".equals(type) || e == null && t.isNoun() && !t.isProperNoun()
                && (titles.contains(word) || titles.contains(t.lemma().toLowerCase(Locale.ROOT)));
        boolean body = type != null && !type.equals("PERSON") && !type.equals("LOCATION")
                || e == null && institutions.containsKey(word);
        boolean plural = Tags.isPluralNoun(t.pos());
        return switch (agreement) {
            case M, F -> person && !plural && gender(e) != opposite(agreement)
                    && (e != null || gendered.get(word) != opposite(agreement));
            case N -> body && !plural;
            case P -> plural || body;
        };
    }

    /** A person's gender where an honorific or a title word states it ("Mrs Hale", "spokeswoman"), else null. */
    private Agreement gender(Entity e) {
        if (e == null) {
            return null;
        }
        for (Mention m : e.mentions()) {
            if (m.kind().equals("PRONOUN")) {
                continue;
            }
            Agreement a = gendered.get(firstWord(m.text()));
            if (a != null) {
                return a;
            }
        }
        for (var t : e.titles()) {
            for (String w : t.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                Agreement a = gendered.get(w);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    private static String firstWord(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 2);
        return w.length == 0 ? "" : w[0];
    }

    private static Agreement opposite(Agreement a) {
        return a == Agreement.M ? Agreement.F : a == Agreement.F ? Agreement.M : null;
    }

    /** The noun phrase of a subject up to its head and the modifiers after it, without clauses and appositions. */
    private static int[] phrase(ParsedText p, int head) {
        int[] r = p.subtree(head);
        int last = head;
        for (int i = head + 1; i <= r[1]; i++) {
            Token t = p.token(i);
            if (t.text().equals(",") || Tags.isWhDeterminer(t.pos()) || Tags.isWhPronoun(t.pos())
                    || t.text().equals("(")
                    || t.isVerb()) {
                break;
            }
            last = i;
        }
        return new int[] {r[0], last};
    }

    private static String text(ParsedText p, int first, int last) {
        int[] r = {first, last};
        for (int i = first + 1; i <= last; i++) {
            if (p.token(i).text().equals(",") && i > first) {
                r[1] = i - 1;
                break;
            }
        }
        return p.textOf(r[0], r[1]).replaceAll("\\s+", " ");
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
