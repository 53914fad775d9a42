package org.dateline.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.Title;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Token;
import org.dateline.model.parse.Tags;

/**
 * Finds the titles stated next to a personal name: before it ("Ukraine's President Volodymyr Zelensky",
 * "Kharkiv regional governor Oleh Synehubov") and in an apposition ("Serhiy Gaidai, Ukrainian governor of
 * Luhansk, said"), and the affiliation those state (a possessive country, a nationality adjective).
 */
final class TitleFinder {
    private static final int MAX_PREMODIFIERS = 5;

    /** Titles found for one mention and the affiliation they state. */
    record Found(List<Title> titles, String affiliation) {
    }

    private final Set<String> titleWords;
    private final Countries countries;

    TitleFinder(Countries countries) {
        this.titleWords = Lexicon.load("en", "titles.txt", 1).words();
        this.countries = countries;
    }

    boolean isTitleWord(Token t) {
        return t.ner().equals(Tags.TITLE) && !t.text().equalsIgnoreCase("river")
                || titleWords.contains(t.lemma().toLowerCase(Locale.ROOT))
                || titleWords.contains(t.text().toLowerCase(Locale.ROOT));
    }

    Found find(ParsedText p, String text, NameMention m) {
        List<Title> titles = new ArrayList<>();
        String[] affiliation = {null};
        premodifierTitle(p, text, m, titles, affiliation);
        appositionTitles(p, text, m, titles, affiliation);
        return new Found(titles, affiliation[0]);
    }

    private void premodifierTitle(ParsedText p, String text, NameMention m, List<Title> out, String[] affiliation) {
        int end = m.honorificStart();
        int sentenceStart = p.sentences().get(p.token(m.first()).sentence()).firstToken();
        if (end - 1 < sentenceStart || !isTitleWord(p.token(end - 1))) {
            return;
        }
        int start = end - 1;
        while (start - 1 >= sentenceStart && end - (start - 1) <= MAX_PREMODIFIERS && isPremodifier(p.token(start - 1))) {
            start--;
        }
        while (start < end - 1 && p.token(start).ner().equals(Tags.NATIONALITY)) {
            setAffiliation(affiliation, countryOfDemonym(p.token(start).text()));
            start++;
        }
        if (start - 2 >= sentenceStart && Tags.isPossessiveEnding(p.token(start - 1).pos())
                && p.token(start - 2).ner().equals(Tags.COUNTRY)) {
            setAffiliation(affiliation, countryName(p.token(start - 2).text()));
        }
        int sentence = p.token(start).sentence();
        out.add(new Title(p.textOf(start, end - 1), p.token(start).start(), p.token(end - 1).end(), sentence));
    }

    private boolean isPremodifier(Token t) {
        String pos = t.pos();
        if (t.ner().equals(Tags.PERSON) || t.ner().equals(Tags.DATE)) {
            return false;
        }
        return Tags.isPlainAdjective(pos) || Tags.isNoun(pos) && !Tags.isPluralProperNoun(pos)
                || Tags.isPastParticiple(pos) || Tags.isHyphen(pos) || isTitleWord(t);
    }

    private void appositionTitles(ParsedText p, String text, NameMention m, List<Title> out, String[] affiliation) {
        for (int h = m.first(); h < m.end(); h++) {
            for (int c : p.childrenWith(h, "appos")) {
                if (c >= m.first() && c < m.end() || !isTitleWord(p.token(c))) {
                    continue;
                }
                int[] range = p.subtree(c);
                int start = Math.max(range[0], c - MAX_PREMODIFIERS);
                int stop = range[1];
                for (int i = c + 1; i <= stop; i++) {
                    Token t = p.token(i);
                    if (t.text().equals(",") || t.text().equals(";") || Tags.isWhDeterminer(t.pos())
                            || Tags.isWhPronoun(t.pos()) || t.text().equals("(") || Tags.isQuotationMark(t.pos())) {
                        stop = i - 1;
                        break;
                    }
                }
                while (start < c && (Tags.isDeterminer(p.token(start).pos()) || Tags.isComma(p.token(start).pos())
                        || p.token(start).ner().equals(Tags.NATIONALITY))) {
                    if (p.token(start).ner().equals(Tags.NATIONALITY)) {
                        setAffiliation(affiliation, countryOfDemonym(p.token(start).text()));
                    }
                    start++;
                }
                out.add(new Title(p.textOf(start, stop), p.token(start).start(), p.token(stop).end(),
                        p.token(c).sentence()));
            }
        }
    }

    private String countryOfDemonym(String word) {
        return countries.byDemonym(word).map(Countries.Country::name).orElse(word);
    }

    private String countryName(String word) {
        return countries.byName(word).map(Countries.Country::name).orElse(word);
    }

    private static void setAffiliation(String[] affiliation, String value) {
        if (affiliation[0] == null) {
            affiliation[0] = value;
        }
    }
}
