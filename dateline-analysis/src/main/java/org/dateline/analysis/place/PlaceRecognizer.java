package org.dateline.analysis.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Stage;
import org.dateline.analysis.entity.MentionTyper;
import org.dateline.analysis.lang.Countries;
import org.dateline.geo.Gazetteer;
import org.dateline.model.Dateline;
import org.dateline.model.NameMatch;
import org.dateline.model.Place;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.NamedMention;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Finds every place mention: the tagger's locations, names with a kind word ("the Oskil River", "Kharkiv
 * region", "the village of Bilohorivka"), what a river flows into, and the dateline; gives each its kind and
 * marks metonymic uses. Coordinates are left to the geoparser.
 */
public final class PlaceRecognizer implements Stage {
    private static final Set<String> PLACE_TYPES = Set.of(Tags.COUNTRY, Tags.CITY, Tags.STATE_OR_PROVINCE,
            Tags.LOCATION);
    /** Kinds that a name's other mentions do not inherit: a city's name alone is the city, not its region. */
    private static final Set<String> AREA_KINDS = Set.of("region", "district");
    private final MentionTyper typer;
    private final PlaceKinds kinds = new PlaceKinds();
    private static final long NOTABLE_POPULATION = 10_000;
    private final Metonymy metonymy = new Metonymy();
    private final Gazetteer gazetteer;
    private final Set<String> nameWords = Lexicon.load("en", "name-words.tsv", 2).words();
    private final Lexicon placeWords = Lexicon.load("en", "place-words.tsv", 2);
    private final Set<String> flowVerbs = placeWords.words("FLOW_VERB");
    private final Set<String> flowPrepositions = placeWords.words("FLOW_PREPOSITION");
    private final Set<String> riverWords = placeWords.words("RIVER");
    private final Set<String> coordinators = placeWords.words("COORDINATOR");

    /**
     * @param gazetteer where names that open an organisation's name are checked ("the Ohio Supreme Court"); null to
     *                  find no such names
     */
    public PlaceRecognizer(Countries countries, Gazetteer gazetteer) {
        this.typer = new MentionTyper(countries);
        this.gazetteer = gazetteer;
    }

    /** A place mention being built: tokens [first, end), the name's tokens [nameFirst, nameEnd). */
    private static final class Candidate {
        int first;
        int end;
        int nameFirst;
        int nameEnd;
        String kind;
        boolean kindStated;
        boolean modifier;

        Candidate(int first, int end, String kind) {
            this.first = first;
            this.end = end;
            this.nameFirst = first;
            this.nameEnd = end;
            this.kind = kind;
        }
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        List<Candidate> cands = new ArrayList<>();
        List<NamedMention> mentions = typer.mentions(p);
        for (NamedMention m : mentions) {
            if (PLACE_TYPES.contains(m.type())
                    || PLACE_TYPES.contains(m.coarse()) && !m.type().equals(Tags.NATIONALITY)) {
                cands.add(new Candidate(m.firstToken(), m.endToken(), nerKind(m.type())));
            } else if (m.coarse().equals(Tags.ORGANIZATION) && gazetteer != null) {
                addNameInOrganisation(p, m, cands);
            }
        }
        addNamesWithKindWords(p, cands);
        addNamesAfterKindOf(p, cands);
        addCoordinatedAreas(p, cands);
        if (gazetteer != null) {
            addNamesModifyingNouns(p, mentions, cands);
            extendToFullerNames(p, cands);
        }
        addFlowTargets(p, cands);
        for (Candidate c : cands) {
            statedKind(p, c);
        }
        cands.removeIf(c -> isNoName(p, c));
        List<Candidate> kept = dedupe(cands);
        Map<String, String> kindByName = new HashMap<>();
        for (Candidate c : kept) {
            if (c.kindStated && !AREA_KINDS.contains(c.kind)) { // "Kharkiv region ... Kharkiv": the second is the city
                kindByName.putIfAbsent(name(p, c).toLowerCase(Locale.ROOT), c.kind);
            }
        }
        List<Place> out = new ArrayList<>();
        Dateline dl = a.article().dateline();
        if (dl != null && dl.place() != null && !dl.place().isBlank()) {
            int end = dl.start() + placeLength(dl.text());
            out.add(new Place("p1", dl.place(), a.text().substring(dl.start(), end), "city", "DATELINE", null,
                    dl.start(), end, 0));
        }
        for (Candidate c : kept) {
            String name = name(p, c);
            String kind = c.kindStated ? c.kind : kindByName.getOrDefault(name.toLowerCase(Locale.ROOT), c.kind);
            int head = headOf(p, c.nameFirst, c.nameEnd);
            String role = c.modifier ? "MODIFIER"
                    : metonymy.isMetonym(p, c.first, c.end, head) ? "METONYM" : "LOCATION";
            Token f = p.token(c.first);
            Token l = p.token(c.end - 1);
            out.add(new Place("p" + (out.size() + 1), name, a.text().substring(f.start(), l.end()), kind, role, null,
                    f.start(), l.end(), f.sentence()));
        }
        return a.withPlaces(out);
    }

    /**
     * A one-word "name" that names no place by itself: a kind of place ("the Valley", "the Region") or a word that
     * opens names ("Al" of "Al Shabab", "North").
     */
    private boolean isNoName(ParsedText p, Candidate c) {
        if (c.nameEnd - c.nameFirst != 1) {
            return false;
        }
        String w = p.token(c.nameFirst).text().toLowerCase(Locale.ROOT);
        return nameWords.contains(w) || kinds.get(PlaceKinds.Position.AFTER, w) != null
                || kinds.get(PlaceKinds.Position.OF, w) != null;
    }

    private static String nerKind(String type) {
        return switch (type) {
            case Tags.COUNTRY -> "country";
            case Tags.CITY -> "city";
            case Tags.STATE_OR_PROVINCE -> "region";
            default -> "location";
        };
    }

    private static String name(ParsedText p, Candidate c) {
        return p.textOf(c.nameFirst, c.nameEnd - 1).replaceAll("\\s+", " ");
    }

    /** Kind words around a candidate: "Oskil River", "Lake Chad", "village of X", "Luhansk village", apposition. */
    private void statedKind(ParsedText p, Candidate c) {
        int n = p.tokens().size();
        if (c.end < n && sameSentence(p, c.end - 1, c.end)) {
            Token after = p.token(c.end);
            PlaceKinds.KindWord k = kinds.get(PlaceKinds.Position.AFTER, after.text());
            if (k != null && after.isNoun() && (!k.keep() || Character.isUpperCase(after.text().charAt(0)))) {
                c.end++;
                if (k.keep()) {
                    c.nameEnd = c.end;
                }
                c.kind = k.kind();
                c.kindStated = true;
                return;
            }
        }
        if (c.first > 0 && sameSentence(p, c.first - 1, c.first)) {
            Token before = p.token(c.first - 1);
            PlaceKinds.KindWord k = kinds.get(PlaceKinds.Position.BEFORE, before.text());
            if (k != null && Character.isUpperCase(before.text().charAt(0))) {
                c.first--;
                c.nameFirst = c.first;
                c.kind = k.kind();
                c.kindStated = true;
                return;
            }
        }
        if (c.first > 1 && p.token(c.first - 1).text().equalsIgnoreCase("of")) {
            PlaceKinds.KindWord k = kinds.get(PlaceKinds.Position.OF, p.token(c.first - 2).text());
            if (k != null) {
                c.kind = k.kind();
                c.kindStated = true;
                return;
            }
        }
        int head = headOf(p, c.nameFirst, c.nameEnd);
        int gov = p.head(head);
        if (gov >= 0 && p.relation(head).equals("compound")
                && kinds.get(PlaceKinds.Position.OF, p.token(gov).text()) != null
                && p.child(gov, "nmod") >= 0) {
            c.kind = "region";
            c.kindStated = true;
            return;
        }
        for (int ap : p.childrenWith(head, "appos")) {
            PlaceKinds.KindWord k = kinds.get(PlaceKinds.Position.OF, p.token(ap).text());
            if (k != null) {
                c.kind = k.kind();
                c.kindStated = true;
                return;
            }
        }
    }

    /**
     * The longest run of proper nouns opening an organisation's name that the gazetteer knows by its own name (not
     * one of GeoNames' alternate names, which include "Rapid" for Rapid City) as a country, a first- or second-level
     * area or a town of some size: "Ohio" in "the Ohio Supreme Court", "Mansfield" in "the
     * Mansfield Police Department".
     */
    private void addNameInOrganisation(ParsedText p, NamedMention m, List<Candidate> cands) {
        for (int i = m.firstToken() + 1; i < m.endToken() - 1; i++) {
            if (p.token(i).text().equals("of") && properRun(p, i + 1, m.endToken())
                    && isNotablePlace(p.textOf(i + 1, m.endToken() - 1))) {
                Candidate c = new Candidate(i + 1, m.endToken(), "location");
                c.modifier = true;
                cands.add(c);
                return;
            }
        }
        for (int end = m.endToken() - 1; end > m.firstToken(); end--) {
            if (properRun(p, m.firstToken(), end) && isNotablePlace(p.textOf(m.firstToken(), end - 1))) {
                Candidate c = new Candidate(m.firstToken(), end, "location");
                c.modifier = true;
                cands.add(c);
                return;
            }
        }
    }

    /**
     * Untagged proper nouns that modify a common noun and that the gazetteer knows as a notable place: "a Mansfield
     * man", "Harlan police".
     */
    private void addNamesModifyingNouns(ParsedText p, List<NamedMention> mentions, List<Candidate> cands) {
        int n = p.tokens().size();
        for (int i = 0; i < n; i++) {
            if (!p.token(i).isProperNoun() || covered(cands, i) || inMention(mentions, i)) {
                continue;
            }
            int end = i;
            while (end < n && p.token(end).isProperNoun() && !inMention(mentions, end) && sameSentence(p, i, end)) {
                end++;
            }
            int head = p.head(end - 1);
            if (head == end && p.relation(end - 1).equals("compound") && p.token(head).isNoun()
                    && !p.token(head).isProperNoun() && isNotablePlace(p.textOf(i, end - 1))) {
                Candidate c = new Candidate(i, end, "location");
                c.modifier = true;
                cands.add(c);
            }
            i = end;
        }
    }

    /** The printed place that opens a dateline: up to its first comma or parenthesis ("KYIV (Reuters)"). */
    static int placeLength(String dateline) {
        int n = dateline.length();
        for (int i = 0; i < dateline.length(); i++) {
            if (dateline.charAt(i) == ',' || dateline.charAt(i) == '(') {
                n = i;
                break;
            }
        }
        while (n > 0 && Character.isWhitespace(dateline.charAt(n - 1))) {
            n--;
        }
        return n;
    }

    private static boolean properRun(ParsedText p, int first, int end) {
        for (int i = first; i < end; i++) {
            if (!p.token(i).isProperNoun()) {
                return false;
            }
        }
        return first < end;
    }

    private static boolean inMention(List<NamedMention> mentions, int token) {
        return mentions.stream().anyMatch(m -> m.firstToken() <= token && token < m.endToken());
    }

    private boolean isNotablePlace(String name) {
        if (nameWords.contains(name.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return gazetteer.candidates(name).stream()
                .filter(c -> c.match() == NameMatch.NAME
                        || c.match() == NameMatch.ALTERNATE_NAME && c.place().featureClass().equals("A"))
                .map(org.dateline.geo.Candidate::place).anyMatch(g ->
                g.featureClass().equals("A") && (g.featureCode().startsWith("PCL") || g.featureCode().startsWith("ADM"))
                        || g.featureClass().equals("P") && g.population() >= NOTABLE_POPULATION);
    }

    /** Capitalised names the tagger missed that end in a kept kind word: "Siversky Donets River". */
    private void addNamesWithKindWords(ParsedText p, List<Candidate> cands) {
        for (Token t : p.tokens()) {
            PlaceKinds.KindWord k = kinds.get(PlaceKinds.Position.AFTER, t.text());
            if (k == null || !k.keep() || !Character.isUpperCase(t.text().charAt(0)) || covered(cands, t.index())) {
                continue;
            }
            int first = t.index();
            while (first - 1 >= 0 && p.token(first - 1).isProperNoun() && sameSentence(p, first - 1, t.index())
                    && !covered(cands, first - 1)) {
                first--;
            }
            if (first < t.index()) {
                Candidate c = new Candidate(first, t.index(), k.kind());
                cands.add(c);
            }
        }
    }

    /**
     * Proper nouns after a kind word and "of" that the tagger missed or took for something else: "the central region
     * of Cherkasy", "the village of Nagnad".
     */
    private void addNamesAfterKindOf(ParsedText p, List<Candidate> cands) {
        int n = p.tokens().size();
        for (int i = 1; i + 1 < n; i++) {
            if (!p.token(i).text().equalsIgnoreCase("of") || !sameSentence(p, i - 1, i + 1)) {
                continue;
            }
            PlaceKinds.KindWord k = kinds.get(PlaceKinds.Position.OF, p.token(i - 1).text());
            if (k == null || !p.token(i + 1).isProperNoun() || covered(cands, i + 1)) {
                continue;
            }
            int end = i + 1;
            while (end < n && p.token(end).isProperNoun() && sameSentence(p, i, end)) {
                end++;
            }
            Candidate c = new Candidate(i + 1, end, k.kind());
            c.kindStated = true;
            cands.add(c);
        }
    }

    /**
     * Names coordinated before a plural kind word, each of that kind: "the Kyiv, Poltava and Kirovohrad regions",
     * "Aleppo, Hama and Latakia provinces", "Eastland and Callahan counties".
     */
    private void addCoordinatedAreas(ParsedText p, List<Candidate> cands) {
        for (Token t : p.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            PlaceKinds.KindWord k = w.length() > 3 && w.endsWith("s")
                    ? kinds.get(PlaceKinds.Position.AFTER, w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                    : w.substring(0, w.length() - 1)) : null;
            if (k == null || k.keep() && !Character.isUpperCase(t.text().charAt(0))) {
                continue;
            }
            int end = t.index();
            while (end > 0) {
                int first = end;
                while (first - 1 >= 0 && p.token(first - 1).isProperNoun() && sameSentence(p, first - 1, t.index())) {
                    first--;
                }
                if (first == end) {
                    break;
                }
                markOrAdd(cands, first, end, k.kind());
                int sep = first - 1;
                if (sep < 1 || !coordinators.contains(p.token(sep).text().toLowerCase(Locale.ROOT))) {
                    break;
                }
                end = sep;
                if (p.token(end - 1).text().equals(",")) { // "X, Y, and Z"
                    end--;
                }
            }
        }
    }

    /** States a kind for the candidate of exactly these tokens, or adds one. */
    private static void markOrAdd(List<Candidate> cands, int first, int end, String kind) {
        for (Candidate c : cands) {
            if (c.nameFirst == first && c.nameEnd == end) {
                c.kind = kind;
                c.kindStated = true;
                return;
            }
        }
        if (!covered(cands, first) && !covered(cands, end - 1)) {
            Candidate c = new Candidate(first, end, kind);
            c.kindStated = true;
            cands.add(c);
        }
    }

    /**
     * A capitalised word just before a name that makes with it the name of a place the gazetteer knows by that
     * very name: "Indian Wells" where the tagger took "Indian" for a nationality and "Wells" for the place.
     */
    private void extendToFullerNames(ParsedText p, List<Candidate> cands) {
        for (Candidate c : cands) {
            int before = c.first - 1;
            if (before < 0 || !sameSentence(p, before, c.first) || covered(cands, before)
                    || !Character.isUpperCase(p.token(before).text().charAt(0)) || c.first != c.nameFirst) {
                continue;
            }
            String fuller = p.textOf(before, c.nameEnd - 1);
            boolean known = gazetteer.candidates(fuller).stream().anyMatch(x -> x.match() == NameMatch.NAME);
            if (known) {
                c.first = before;
                c.nameFirst = before;
            }
        }
    }

    /** "The river flows south into the Siversky Donets": what a river flows into is a river. */
    private void addFlowTargets(ParsedText p, List<Candidate> cands) {
        for (Token t : p.tokens()) {
            if (!flowVerbs.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int subj = p.child(t.index(), "nsubj");
            if (subj < 0 || !isRiver(p, cands, subj)) {
                continue;
            }
            for (int obl : p.childrenWith(t.index(), "obl")) {
                int c = p.child(obl, "case");
                if (c < 0 || !flowPrepositions.contains(p.token(c).text().toLowerCase(Locale.ROOT))
                        || !p.token(obl).isProperNoun()) {
                    continue;
                }
                int first = obl;
                while (first - 1 >= 0 && p.token(first - 1).isProperNoun()) {
                    first--;
                }
                cands.removeIf(x -> x.first <= obl && obl < x.end);
                Candidate river = new Candidate(first, obl + 1, "river");
                river.kindStated = true;
                cands.add(river);
            }
        }
    }

    private boolean isRiver(ParsedText p, List<Candidate> cands, int token) {
        if (riverWords.contains(p.token(token).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return cands.stream().anyMatch(c -> c.first <= token && token < c.end && "river".equals(c.kind));
    }

    private static boolean covered(List<Candidate> cands, int token) {
        return cands.stream().anyMatch(c -> c.first <= token && token < c.end);
    }

    private static boolean sameSentence(ParsedText p, int a, int b) {
        return p.token(a).sentence() == p.token(b).sentence();
    }

    private static int headOf(ParsedText p, int first, int end) {
        for (int i = end - 1; i >= first; i--) {
            int h = p.head(i);
            if (h < first || h >= end) {
                return i;
            }
        }
        return end - 1;
    }

    private static List<Candidate> dedupe(List<Candidate> cands) {
        cands.sort(Comparator.comparingInt((Candidate c) -> c.first).thenComparingInt(c -> -(c.end - c.first)));
        List<Candidate> out = new ArrayList<>();
        int lastEnd = -1;
        for (Candidate c : cands) {
            if (c.first >= lastEnd) {
                out.add(c);
                lastEnd = c.end;
            }
        }
        return out;
    }
}
