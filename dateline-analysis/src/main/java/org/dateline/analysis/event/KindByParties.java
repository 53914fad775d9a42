package org.dateline.analysis.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.EventActor;
import org.dateline.model.lang.Lexicon;
import org.dateline.model.parse.ParsedText;

/**
 * The kind of an event as its parties decide it ({@code event-parties.tsv}), where the trigger alone cannot: an
 * "attack" on soldiers or militants, or on their post, is an armed clash; an attack or strike by a state named as such ("Russia's
 * attacks on Kherson") is remote violence, as states strike places from afar; an assault that was "foiled" or
 * "repelled" was fought, an armed clash, not disrupted weapons use.
 */
final class KindByParties {
    private static final Set<String> ARMED = Set.of("STATE_FORCES", "REBELS", "MILITIA", "EXTERNAL");
    private static final Set<String> PARTY_DECIDES = Set.of("ATTACK", "ARMED_CLASH");

    private final Set<String> generic = new HashSet<>();
    private final Set<String> foil = new HashSet<>();
    private final Set<String> assault = new HashSet<>();
    private final Set<String> installation = new HashSet<>();
    private final EventKinds kinds;

    KindByParties(EventKinds kinds) {
        this.kinds = kinds;
        for (List<String> row : Lexicon.load("en", "event-parties.tsv", 2).rows()) {
            switch (row.get(1)) {
                case "GENERIC" -> generic.add(row.get(0));
                case "FOIL" -> foil.add(row.get(0));
                case "ASSAULT" -> assault.add(row.get(0));
                case "INSTALLATION" -> installation.add(row.get(0));
                default -> throw new IllegalStateException("event-parties.tsv: unknown role " + row.get(1));
            }
        }
    }

    EventKinds.Kind refine(ParsedText p, EventKinds.Kind kind, int anchor, EventActor actor1, EventActor actor2) {
        String lemma = p.token(anchor).lemma().toLowerCase(Locale.ROOT);
        if (kind.code().equals("DISRUPTED_WEAPONS") && foil.contains(lemma)) {
            int object = p.child(anchor, "obj");
            if (object >= 0 && assault.contains(p.token(object).lemma().toLowerCase(Locale.ROOT))) {
                return kinds.of("ARMED_CLASH");
            }
        }
        if (kind.family().equals("TERRITORY") && actor2 != null && actor2.category().equals("CIVILIANS")) {
            return kinds.of("ABDUCTION"); // "seized 251 people": people are taken, not territory
        }
        if (!PARTY_DECIDES.contains(kind.code()) || !generic.contains(lemma)) {
            return kind;
        }
        if (actor2 != null && ARMED.contains(actor2.category()) || targetsPost(p, anchor)) {
            return kinds.of("ARMED_CLASH");
        }
        if (actor1 != null && actor1.category().equals("COUNTRY")) {
            return kinds.of("SHELLING");
        }
        return kind;
    }

    /** Whether the attack's object or target is a post of armed men ("attacked a police checkpoint"). */
    private boolean targetsPost(ParsedText p, int anchor) {
        for (var d : p.children(anchor)) {
            boolean target = d.relation().equals("obj") || d.relation().startsWith("nmod")
                    && p.child(d.dependent(), "case") >= 0
                    && Set.of("on", "against").contains(p.token(p.child(d.dependent(), "case")).lemma().toLowerCase(Locale.ROOT));
            if (target && installation.contains(p.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the trigger is a verb that fought off an assault the clause names ("foiled an attempted attack"). */
    boolean foilsAnAssault(ParsedText p, EventKinds.Kind kind, int anchor) {
        int object = p.child(anchor, "obj");
        return kind.code().equals("DISRUPTED_WEAPONS") && foil.contains(p.token(anchor).lemma().toLowerCase(Locale.ROOT))
                && object >= 0 && assault.contains(p.token(object).lemma().toLowerCase(Locale.ROOT));
    }

    /** Whether the refined kind is an assault that was fought off ("foiled an attack"): its subject was attacked. */
    boolean fought(ParsedText p, EventKinds.Kind typed, EventKinds.Kind refined, int anchor) {
        return typed.code().equals("DISRUPTED_WEAPONS") && refined.code().equals("ARMED_CLASH")
                && foil.contains(p.token(anchor).lemma().toLowerCase(Locale.ROOT));
    }
}
