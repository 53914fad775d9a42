package org.dateline.analysis.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
 * or "credit advanced" is no ACLED event, and a "strike" beside "killed" is no labour strike. ARMED kinds need an
 * armed party in the sentence (troops, police, militants ...); POLITICAL kinds need an armed party, a government or
 * a country; PROTEST kinds need protesters, rioters or a word of protest ({@code context-words.tsv}) in the
 * sentence or the one before; WEAPON kinds a weapon in the sentence.
 */
final class EventContext {
    private static final Set<String> ARMED = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL");
    private static final Set<String> POLITICAL = Set.of("GOVERNMENT", "PROTESTERS", "RIOTERS");
    private static final Set<String> PROTESTING = Set.of("PROTESTERS", "RIOTERS");
    private static final Set<String> NEEDS = Set.of("ARMED", "POLITICAL", "PROTEST", "WEAPON");

    private final Map<String, String> needs = new HashMap<>();
    private final Map<String, Set<String>> words = new HashMap<>();
    private final ActorFinder actors;
    private final Countries countries;

    EventContext(ActorFinder actors, Countries countries) {
        this.actors = actors;
        this.countries = countries;
        for (List<String> row : Lexicon.load("en", "event-context.tsv", 2).rows()) {
            if (!NEEDS.contains(row.get(1))) {
                throw new IllegalStateException("event-context.tsv: unknown need " + row.get(1));
            }
            needs.put(row.get(0), row.get(1));
        }
        for (List<String> row : Lexicon.load("en", "context-words.tsv", 2).rows()) {
            words.computeIfAbsent(row.get(1), n -> new java.util.HashSet<>()).add(row.get(0));
        }
    }

    /**
     * Whether a trigger of the kind may anchor an event in the sentence: the kinds that need a protest need it of the
     * trigger itself, so that its word can anchor another family's event ("strike" beside "killed"); the other needs
     * are asked of the kind the event is typed as ({@link #allows}).
     */
    boolean allowsTrigger(ParsedText p, Sentence s, String code, EntityIndex entities) {
        return !"PROTEST".equals(needs.get(code)) || allows(p, s, code, entities);
    }

    boolean allows(ParsedText p, Sentence s, String code, EntityIndex entities) {
        String need = needs.get(code);
        if (need == null) {
            return true;
        }
        if (need.equals("PROTEST") || need.equals("WEAPON")) {
            int from = s.index() == 0 || need.equals("WEAPON") ? s.firstToken()
                    : p.sentences().get(s.index() - 1).firstToken();
            for (int i = from; i < s.endToken(); i++) {
                String category = actors.categoryAt(p, i);
                if (need.equals("PROTEST") && category != null && PROTESTING.contains(category)
                        || has(need, p, i, i + 1) || i > from && has(need, p, i - 1, i + 1)) {
                    return true;
                }
            }
            return false;
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

    /** Whether the lemmas of tokens [from, to) are a word of context-words.tsv for the need. */
    boolean has(String need, ParsedText p, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(i > from ? " " : "").append(p.token(i).lemma().toLowerCase(Locale.ROOT));
        }
        return words.getOrDefault(need, Set.of()).contains(sb.toString());
    }

    private boolean isCountry(Token t, EntityIndex entities) {
        Entity e = entities.at(t.start());
        if (e != null && !e.type().equals("COUNTRY") && !e.type().equals("LOCATION")) {
            return false; // the "Korean" of "Korean Air" names a company
        }
        return e != null && e.type().equals("COUNTRY") || countries.byDemonym(t.text()).isPresent();
    }
}
