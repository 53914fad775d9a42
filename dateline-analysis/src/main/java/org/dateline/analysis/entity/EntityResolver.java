package org.dateline.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.Analysis;
import org.dateline.analysis.Stage;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.Entity;
import org.dateline.model.Mention;
import org.dateline.model.Title;
import org.dateline.model.parse.NamedMention;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Groups mentions into entities: proper names by their surname or full form ("Mr Zelensky" with "Volodymyr
 * Zelensky"), third-person pronouns and descriptions ("the Ukrainian leader") by the most recent compatible
 * person; collects each person's titles and affiliation. A cheap, deterministic alternative to neural coreference.
 */
public final class EntityResolver implements Stage {
    /** Role words that describe any holder of high office ("the Ukrainian leader"): the affiliation decides. */
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "chief", "head");
    private final Map<String, String> entityTypes = new HashMap<>();
    private final Set<String> honorifics;
    private final Set<String> pronouns;
    private final Countries countries;
    private final TitleFinder titles;
    private final MentionTyper typer;

    public EntityResolver(Countries countries) {
        for (List<String> row : Lexicon.load("en", "entity-types.tsv", 2).rows()) {
            entityTypes.put(row.get(0), row.get(1));
        }
        this.honorifics = Lexicon.load("en", "honorifics.txt", 1).words();
        this.pronouns = Lexicon.load("en", "pronouns.tsv", 2).words();
        this.countries = countries;
        this.titles = new TitleFinder(countries);
        this.typer = new MentionTyper(countries);
    }

    /** An entity under construction. */
    private static final class Cluster {
        final String type;
        String name;
        final List<Mention> mentions = new ArrayList<>();
        final List<Title> titles = new ArrayList<>();
        String affiliation;
        int lastToken;

        Cluster(String type, String name) {
            this.type = type;
            this.name = name;
        }
    }

    @Override
    public Analysis apply(Analysis a) {
        ParsedText p = a.parse();
        String text = a.text();
        List<Cluster> clusters = new ArrayList<>();
        for (NamedMention nm : typer.mentions(p)) {
            String type = entityTypes.get(nm.type());
            if (type == null) {
                type = entityTypes.get(nm.coarse());
            }
            if (type == null) {
                continue;
            }
            NameMention m = nameMention(p, text, nm, type);
            Cluster c = clusterFor(clusters, m);
            if (c == null) {
                c = new Cluster(type, m.name());
                clusters.add(c);
            } else if (m.name().length() > c.name.length()) {
                c.name = m.name();
            }
            String kind = m.singleWord() && type.equals("PERSON") ? "SURNAME" : "NAME";
            int s = p.token(m.honorificStart()).start();
            int e = p.token(m.end() - 1).end();
            c.mentions.add(new Mention(text.substring(s, e), kind, s, e, nm.sentence()));
            c.lastToken = m.end() - 1;
            if (type.equals("PERSON")) {
                TitleFinder.Found found = titles.find(p, text, m);
                for (Title t : found.titles()) {
                    if (c.titles.stream().noneMatch(x -> x.text().equalsIgnoreCase(t.text()))) {
                        c.titles.add(t);
                    }
                }
                if (c.affiliation == null) {
                    c.affiliation = found.affiliation();
                }
            }
        }
        addPronounsAndDescriptions(p, text, clusters);
        return a.withEntities(toEntities(clusters));
    }

    private NameMention nameMention(ParsedText p, String text, NamedMention nm, String type) {
        int first = nm.firstToken();
        int end = nm.endToken();
        while (first < end - 1 && honorifics.contains(p.token(first).text().toLowerCase(Locale.ROOT))) {
            first++;
        }
        int honorificStart = first;
        if (first > 0 && honorifics.contains(p.token(first - 1).text().toLowerCase(Locale.ROOT))
                && p.token(first - 1).sentence() == nm.sentence()) {
            honorificStart = first - 1;
        }
        String name = text.substring(p.token(first).start(), p.token(end - 1).end()).replaceAll("\\s+", " ");
        if (type.equals("COUNTRY")) {
            name = countries.byName(name).map(Countries.Country::name).orElse(name);
        }
        return new NameMention(first, end, honorificStart, type, name);
    }

    private static Cluster clusterFor(List<Cluster> clusters, NameMention m) {
        Cluster best = null;
        for (Cluster c : clusters) {
            if (!c.type.equals(m.type())) {
                continue;
            }
            boolean same = c.name.equalsIgnoreCase(m.name());
            if (!same && m.type().equals("PERSON")) {
                String last = lastWord(c.name);
                same = m.singleWord() && last.equalsIgnoreCase(m.name())
                        || c.name.indexOf(' ') < 0 && m.lastWord().equalsIgnoreCase(c.name);
            }
            if (same && (best == null || c.lastToken > best.lastToken)) {
                best = c;
            }
        }
        return best;
    }

    private static String lastWord(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }

    /** Third-person pronouns and "the [nationality] leader" descriptions join the most recent fitting person. */
    private void addPronounsAndDescriptions(ParsedText p, String text, List<Cluster> clusters) {
        List<Cluster> persons = clusters.stream().filter(c -> c.type.equals("PERSON")).toList();
        if (persons.isEmpty()) {
            return;
        }
        for (Token t : p.tokens()) {
            if (inAnyMention(persons, t.start())) {
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (t.isPronoun() && pronouns.contains(lower)) {
                Cluster c = mostRecent(persons, t.start(), null, null);
                if (c != null) {
                    c.mentions.add(new Mention(t.text(), "PRONOUN", t.start(), t.end(), t.sentence()));
                }
            } else if (titles.isTitleWord(t) && t.isNoun() && isDefiniteDescription(p, t)) {
                int first = t.index();
                String nationality = null;
                while (first - 1 >= 0 && !Tags.isDeterminer(p.token(first - 1).pos())
                        && (Tags.isAdjective(p.token(first - 1).pos())
                        || p.token(first - 1).ner().equals(Tags.NATIONALITY))) {
                    first--;
                    if (p.token(first).ner().equals(Tags.NATIONALITY)) {
                        nationality = countries.byDemonym(p.token(first).text()).map(Countries.Country::name)
                                .orElse(null);
                    }
                }
                first--;
                String role = GENERIC_ROLES.contains(lower) ? null : lower;
                Cluster c = mostRecent(persons, t.start(), nationality, role);
                if (c != null) {
                    Token d = p.token(first);
                    c.mentions.add(new Mention(text.substring(d.start(), t.end()), "DESCRIPTION", d.start(), t.end(),
                            t.sentence()));
                }
            }
        }
    }

    /** "the Ukrainian leader": a title noun with the definite article and no name attached, as a subject. */
    private static boolean isDefiniteDescription(ParsedText p, Token t) {
        int det = p.child(t.index(), "det");
        if (det < 0 || !p.token(det).lemma().equalsIgnoreCase("the")) {
            return false;
        }
        for (var d : p.children(t.index())) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("flat") || r.startsWith("nmod") || r.equals("appos")
                    || r.equals("acl") || r.equals("acl:relcl")) {
                return false;
            }
        }
        return p.relation(t.index()).startsWith("nsubj");
    }

    private static boolean inAnyMention(List<Cluster> clusters, int offset) {
        for (Cluster c : clusters) {
            for (Mention m : c.mentions) {
                if (m.start() <= offset && offset < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The person mentioned last before the offset (by name or description), of the given affiliation and holding the
     * given role among their titles ("the governor": a governor), each when not null.
     */
    private static Cluster mostRecent(List<Cluster> persons, int offset, String affiliation, String role) {
        Cluster best = null;
        int bestEnd = -1;
        for (Cluster c : persons) {
            if (affiliation != null && !affiliation.equals(c.affiliation)) {
                continue;
            }
            if (role != null && c.titles.stream().noneMatch(t -> hasWord(t.text(), role))) {
                continue;
            }
            for (Mention m : c.mentions) {
                if (m.end() <= offset && m.end() > bestEnd && !m.kind().equals("PRONOUN")) {
                    best = c;
                    bestEnd = m.end();
                }
            }
        }
        return best;
    }

    private static boolean hasWord(String text, String word) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (w.equals(word) || w.equals(word + "s")) {
                return true;
            }
        }
        return false;
    }

    private static List<Entity> toEntities(List<Cluster> clusters) {
        clusters.forEach(c -> c.mentions.sort(Comparator.comparingInt(Mention::start)));
        clusters.sort(Comparator.comparingInt(c -> c.mentions.get(0).start()));
        List<Entity> out = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            Mention first = c.mentions.get(0);
            c.titles.sort(Comparator.comparingInt(Title::start));
            out.add(new Entity("e" + (out.size() + 1), c.name, c.type, c.titles, c.affiliation, c.mentions,
                    first.start(), first.end(), first.sentence()));
        }
        return out;
    }
}
