package org.dateline.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.parse.NamedMention;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Tags;

/**
 * Mends the tagger's classes where news needs it: a one-word name the tagger calls a person or an organisation, or
 * leaves untagged, but that is a known country or capital ("Kyiv seeks more arms") is a place; pronoun mentions
 * are left to the entity resolver.
 */
public final class MentionTyper {
    private final Countries countries;

    public MentionTyper(Countries countries) {
        this.countries = countries;
    }

    /** The tagger's named mentions with corrected classes, pronouns removed. */
    public List<NamedMention> mentions(ParsedText p) {
        List<NamedMention> out = new ArrayList<>(p.mentions().size());
        for (NamedMention m : p.mentions()) {
            if (p.token(m.firstToken()).isPronoun()) {
                continue;
            }
            if (!m.coarse().equals(Tags.LOCATION) && m.endToken() - m.firstToken() == 1
                    && !m.type().equals(Tags.COUNTRY) && !m.type().equals(Tags.CITY)
                    && !m.type().equals(Tags.NATIONALITY)) {
                if (countries.byCapital(m.text()).isPresent()) {
                    out.add(retype(m, Tags.CITY, Tags.LOCATION));
                    continue;
                }
                if (countries.byName(m.text()).isPresent()) {
                    out.add(retype(m, Tags.COUNTRY, Tags.LOCATION));
                    continue;
                }
            }
            out.add(m);
        }
        for (org.dateline.model.parse.Token t : p.tokens()) {
            if (t.isProperNoun() && t.ner().equals(Tags.NONE) && countries.byCapital(t.text()).isPresent()
                    && Character.isUpperCase(t.text().charAt(0))) {
                out.add(new NamedMention(t.text(), Tags.CITY, Tags.LOCATION, t.start(), t.end(), t.index(),
                        t.index() + 1, t.sentence()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(NamedMention::start));
        return out;
    }

    private static NamedMention retype(NamedMention m, String type, String coarse) {
        return new NamedMention(m.text(), type, coarse, m.start(), m.end(), m.firstToken(), m.endToken(),
                m.sentence());
    }
}
