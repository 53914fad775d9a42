package org.dateline.analysis.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.analysis.EntityIndex;
import org.dateline.analysis.lang.Countries;
import org.dateline.model.Entity;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;
import org.dateline.model.parse.Sentence;
import org.dateline.model.parse.Token;

/**
 * Whether a sentence gives a kind of event the context it needs ({@code event-context.tsv}): a business "agreement"
 * or "credit advanced" is no ACLED event. ARMED kinds need an armed party in the sentence (troops, police,
 * militants ...); POLITICAL kinds need an armed party, a government or a country.
 */
final class EventContext {
    private static final Set<String> ARMED = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL");
    private static final Set<String> POLITICAL = Set.of("GOVERNMENT", "PROTESTERS", "RIOTERS");

    private final Map<String, String> needs = new HashMap<>();
    private final ActorFinder actors;
    private final Countries countries;

    EventContext(ActorFinder actors, Countries countries) {
        this.actors = actors;
        this.countries = countries;
        for (List<String> row : Lexicon.load("en", "event-context.tsv", 2).rows()) {
            if (!row.get(1).equals("ARMED") && !row.get(1).equals("POLITICAL")) {
                throw new IllegalStateException("event-context.tsv: unknown need " + row.get(1));
            }
            needs.put(row.get(0), row.get(1));
        }
    }

    boolean allows(ParsedText p, Sentence s, String code, EntityIndex entities) {
        String need = needs.get(code);
        if (need == null) {
            return true;
        }
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String category = actors.categoryAt(p, i);
            if (category != null && ARMED.contains(category)) {
                return true;
            }
            if (need.equals("POLITICAL") && (category != null && POLITICAL.contains(category) || isCountry(p.token(i),
                    entities))) {
                return true;
            }
        }
        return false;
    }

    private boolean isCountry(Token t, EntityIndex entities) {
        Entity e = entities.at(t.start());
        return e != null && e.type().equals("COUNTRY") || countries.byDemonym(t.text()).isPresent();
    }
}
