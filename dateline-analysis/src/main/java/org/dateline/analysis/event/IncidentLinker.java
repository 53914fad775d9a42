package org.dateline.analysis.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.BackgroundReason;
import org.dateline.model.Distance;
import org.dateline.model.EventActor;
import org.dateline.model.EventCount;
import org.dateline.model.EventDate;
import org.dateline.model.EventPlace;
import org.dateline.model.Geo;

/**
 * Joins the reports of one incident within an article (within-article event coreference), by ACLED's rule: one
 * event is one kind of violence (or protest) by the same actors at the same place on the same day. A new report
 * joins the latest incident told before it that it is compatible with: a kind of the same family (violence and the
 * territory it changes go together when told in one sentence or of one place, and so does a troop movement with
 * the fighting, the ground taken or the protest it is part of, and violence against or by protesters with their
 * protest); no two
 * places apart (more than {@value #SAME_PLACE_KM} km, or a town outside the area the other names); no two dates
 * apart; no two actors of different sides. A report that only points back ("the attack") joins the latest
 * compatible incident, and stays background when there is none. Reports that are not new events (tallies, habits,
 * plans) stay on their own.
 */
final class IncidentLinker {
    static final double SAME_PLACE_KM = 25;
    private static final Set<String> AREA_CODES = Set.of("ADM1", "ADM2", "ADM3", "ADM4", "ADMD", "RGN", "PCLI", "PCL",
            "PCLD", "PCLF", "PCLS", "PCLIX", "TERR", "CONT", "AREA", "ZN");
    /** The families a troop movement told with them belongs to. */
    private static final Set<String> MOVES_BELONG_TO = Set.of("VIOLENCE", "TERRITORY", "PROTEST");
    private static final Set<String> BY_PROTESTERS_OR_POLICE = Set.of("ATTACK", "ARMED_CLASH", "LOOTING");

    /**
     * The reports of one incident, in text order, and the tolls told after it in sentences that tell no event of their
     * own ("Eighteen deaths have been confirmed").
     */
    record Incident(List<EventClause> clauses, List<EventCount> followUps) {
        Incident {
            clauses = new ArrayList<>(clauses);
            followUps = new ArrayList<>(followUps);
        }

        Incident(List<EventClause> clauses) {
            this(clauses, List.of());
        }

        /** The last sentence before {@code sentence} with a report of the incident, or -1. */
        int toldBefore(int sentence) {
            return clauses.stream().mapToInt(EventClause::sentence).filter(i -> i < sentence).max().orElse(-1);
        }

        boolean isNew() {
            return clauses.stream().anyMatch(EventClause::isNew);
        }
    }

    List<Incident> link(List<EventClause> clauses) {
        List<Incident> incidents = new ArrayList<>();
        for (EventClause c : clauses) {
            Incident joined = null;
            if (!c.another() && (c.isNew() || c.reference() && c.modality().equals("ASSERTED"))) {
                for (int i = incidents.size() - 1; i >= 0; i--) {
                    Incident inc = incidents.get(i);
                    if (inc.isNew() && compatible(c, inc)
                            && (joined == null || !sameFamily(c, joined) && sameFamily(c, inc))) {
                        joined = inc;
                    }
                }
            }
            if (joined != null) {
                joined.clauses().add(c);
            } else {
                incidents.add(new Incident(List.of(c.reference() && c.isNew()
                        ? c.withReason(BackgroundReason.REFERENCE) : c)));
            }
        }
        return incidents;
    }

    private static boolean sameFamily(EventClause c, Incident inc) {
        return inc.clauses().stream().anyMatch(o -> o.kind().family().equals(c.kind().family()));
    }

    static boolean compatible(EventClause c, Incident inc) {
        for (EventClause o : inc.clauses()) {
            if (c.shared() && o.shared() && c.triggerSpan().equals(o.triggerSpan())) {
                return false; // one clause told of several places tells one event at each
            }
            if (!families(c, o) || !places(told(c.place()), told(o.place())) || !dates(c.date(), o.date())
                    || !actors(c.parties().actor1(), o.parties().actor1())
                    || reversed(c.parties().actor1(), c.parties().actor2(), o.parties().actor1(), o.parties().actor2())) {
                return false;
            }
        }
        return true;
    }

    private static boolean families(EventClause a, EventClause b) {
        String fa = a.kind().family();
        String fb = b.kind().family();
        if (fa.equals(fb)) {
            return true;
        }
        if (Set.of(fa, fb).equals(Set.of("VIOLENCE", "TERRITORY"))) {
            return a.sentence() == b.sentence() || a.place() != null && b.place() != null;
        }
        if (movesWith(a, b) || movesWith(b, a)) {
            return a.sentence() == b.sentence() || a.place() != null && b.place() != null;
        }
        if (Set.of(fa, fb).equals(Set.of("VIOLENCE", "PROTEST"))) {
            EventClause violence = fa.equals("VIOLENCE") ? a : b;
            if (BY_PROTESTERS_OR_POLICE.contains(violence.kind().code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code a} is troops or a crowd moving ("advanced", "entered") as part of what {@code b} tells: the
     * fighting, the taking of ground or the protest the move belongs to, not an event of its own.
     */
    private static boolean movesWith(EventClause a, EventClause b) {
        return a.kind().code().equals("TROOP_MOVEMENT") && MOVES_BELONG_TO.contains(b.kind().family());
    }

    /** The place a report's own clause tells; one only named elsewhere in its sentence is a guess that splits nothing. */
    private static EventPlace told(EventPlace p) {
        return p == null || p.basis().equals("SENTENCE") ? null : p;
    }

    /** Two places are one event's when either is unknown, they lie close, or one is an area holding the other. */
    static boolean places(EventPlace a, EventPlace b) {
        if (a == null || b == null) {
            return true;
        }
        Geo ga = a.geo();
        Geo gb = b.geo();
        if (ga == null || gb == null) {
            return ga != null || gb != null || a.name().equalsIgnoreCase(b.name());
        }
        if (Distance.km(ga.lat(), ga.lon(), gb.lat(), gb.lon()) <= SAME_PLACE_KM) {
            return true;
        }
        return holds(ga, gb) || holds(gb, ga);
    }

    /** Whether the area {@code area} holds the place {@code g}: its country, or its first-level area. */
    static boolean holds(Geo area, Geo g) {
        if (area.featureCode() == null || !AREA_CODES.contains(area.featureCode())
                || area.country() == null || !area.country().equals(g.country())) {
            return false;
        }
        if (area.featureCode().startsWith("PCL") || area.featureCode().equals("TERR")) {
            return true;
        }
        String admin = area.admin1() != null ? area.admin1() : area.name();
        return g.admin1() != null && (g.admin1().equalsIgnoreCase(admin) || g.admin1().equalsIgnoreCase(area.name()));
    }

    /**
     * Dates told in the text must overlap (a day either way unless both name the day: "on Monday" and "on Tuesday"
     * are two days); a date that is only the report's bounds nothing.
     */
    static boolean dates(EventDate a, EventDate b) {
        if (!a.basis().equals("TEXT") || !b.basis().equals("TEXT")) {
            return true;
        }
        int slack = a.precision() == 1 && b.precision() == 1 ? 0 : 1;
        try {
            LocalDate af = LocalDate.parse(a.from()).minusDays(slack);
            LocalDate at = LocalDate.parse(a.to()).plusDays(slack);
            return !LocalDate.parse(b.to()).isBefore(af) && !LocalDate.parse(b.from()).isAfter(at);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Two acting parties are one side when either is unknown or only a pronoun, or they are the same entity, name or
     * country. Two different parties that both name themselves ("Hezbollah", "Israeli warplanes") are two sides.
     */
    static boolean actors(EventActor a, EventActor b) {
        if (a == null || b == null || vague(a) || vague(b)) {
            return true;
        }
        if (a.name().equalsIgnoreCase(b.name()) || a.entity() != null && a.entity().equals(b.entity())) {
            return true;
        }
        if (a.country() != null && b.country() != null) {
            return a.country().equalsIgnoreCase(b.country());
        }
        String x = a.name().toLowerCase(Locale.ROOT);
        String y = b.name().toLowerCase(Locale.ROOT);
        return x.contains(y) || y.contains(x);
    }

    /** Whether the one acts on the other in one report and the other way round in the other: a retaliation. */
    private static boolean reversed(EventActor a1, EventActor a2, EventActor b1, EventActor b2) {
        boolean aOnB = a1 != null && b2 != null && !vague(a1) && !vague(b2) && actors(a1, b2);
        boolean bOnA = b1 != null && a2 != null && !vague(b1) && !vague(a2) && actors(b1, a2);
        return (aOnB || bOnA) && !(a1 != null && b1 != null && !vague(a1) && !vague(b1) && actors(a1, b1));
    }

    /** A pronoun or a common noun that names no party ("it", "gunmen"); a proper name ("HTS") is a party. */
    static boolean vague(EventActor a) {
        return a.entity() == null && a.country() == null && !a.text().isEmpty()
                && Character.isLowerCase(a.text().charAt(0)) && a.text().indexOf(' ') < 0;
    }
}
