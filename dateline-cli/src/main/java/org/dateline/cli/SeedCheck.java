package org.dateline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dateline.analysis.Json;
import org.dateline.model.AnalyzedArticle;
import org.dateline.model.Entity;
import org.dateline.model.Event;
import org.dateline.model.Geo;
import org.dateline.model.Place;
import org.dateline.model.Quote;

/**
 * CI gate on the commissioning report (../shared/seed): reads Dateline's record of it and prints one
 * {@code ok}/{@code FAIL} line per capability the product was commissioned for. Not a user command.
 */
public final class SeedCheck {
    private SeedCheck() {
    }

    public static void main(String[] args) throws IOException {
        AnalyzedArticle r = Json.read(Files.readString(Path.of(args[0])).strip());
        Map<String, Long> bySpeaker = r.quotes().stream().filter(q -> q.speakerName() != null)
                .collect(Collectors.groupingBy(q -> lastName(q.speakerName()), Collectors.counting()));
        check("7 direct quotes", r.quotes().size() == 7, r.quotes().size());
        check("quotes by Zelensky 4, Gaidai 2, Pushilin 1", Long.valueOf(4).equals(bySpeaker.get("Zelensky"))
                && Long.valueOf(2).equals(bySpeaker.get("Gaidai")) && Long.valueOf(1).equals(bySpeaker.get("Pushilin")),
                bySpeaker);
        for (String person : List.of("Zelensky", "Gaidai", "Pushilin", "Synehubov")) {
            List<Entity> es = r.entities().stream().filter(e -> e.type().equals("PERSON") && e.name().endsWith(person))
                    .toList();
            check("one entity for " + person, es.size() == 1, es.size());
            check("a title for " + person, es.size() == 1 && !es.get(0).titles().isEmpty(),
                    es.isEmpty() ? "none" : es.get(0).titles());
        }
        time(r, "late on Monday", "2022-09-19");
        time(r, "Wednesday", "2022-09-21");
        time(r, "the weekend", "2022-W37-WE");
        time(r, "earlier this month", "2022-09");
        time(r, "July", "2022-07");
        for (String place : List.of("Izium", "Bilohorivka", "Oskil River", "Siversky Donets", "Donbas", "Luhansk",
                "Kharkiv", "Donetsk", "Kyiv")) {
            check("place " + place, r.places().stream().anyMatch(p -> p.name().equalsIgnoreCase(place)), "");
        }
        for (String river : List.of("Oskil River", "Siversky Donets")) {
            check("river " + river, r.places().stream().anyMatch(p -> p.name().equalsIgnoreCase(river)
                    && p.kind().equals("river")), "");
        }
        resolved(r, "Izium", "Kharkiv", "P", null);
        resolved(r, "Bilohorivka", "Luhansk", "P", new double[] {48.93, 38.25});
        resolved(r, "Kharkiv", "Kharkiv", null, null);
        resolved(r, "Luhansk", "Luhansk", null, null);
        resolved(r, "Donetsk", "Donetsk", null, null);
        resolved(r, "Kyiv", "Kyiv City", "P", null);
        check("Kyiv seeks ... marked as metonymy", r.places().stream().anyMatch(p -> p.name().equals("Kyiv")
                && p.role().equals("METONYM")), "");
        check("count 146 bodies", r.numbers().stream().anyMatch(n -> n.value() == 146 && n.lemma().equals("body")),
                r.numbers());
        check("Reuters caveat on both sides", r.caveats().stream().anyMatch(c -> "ALL_SIDES".equals(c.scope())
                && "Reuters".equals(c.outlet())), r.caveats());
        Predicate<Quote> telegram = q -> "Telegram".equals(q.channel());
        check("Telegram as a channel", r.quotes().stream().anyMatch(telegram), "");
        events(r);
    }

    /** The events the report was commissioned for, each with its kind, parties, place, date and assertor. */
    private static void events(AnalyzedArticle r) {
        event(r, "Bilohorivka regained, claimed by Gaidai, not verified", e -> e.code().equals("GOV_REGAINS_TERRITORY")
                && placed(e, "Bilohorivka", "Luhansk") && asserted(e, "Gaidai", "NOT_VERIFIED")
                && e.actor1() != null && "Ukraine".equals(e.actor1().country()) && news(e));
        event(r, "Oskil crossed over the weekend, asserted by Ukraine's armed forces", e -> e.code().equals(
                "TROOP_MOVEMENT") && e.place() != null && e.place().name().equals("Oskil River")
                && dated(e, "2022-09-17", "2022-09-18", 2) && asserted(e, "Ukraine's armed forces", null) && news(e));
        event(r, "146 bodies exhumed near Izium, stated by Synehubov on 2022-09-19", e -> e.code().equals("MASS_GRAVE")
                && e.counts().stream().anyMatch(c -> c.kind().equals("BODIES") && c.value() == 146)
                && (placed(e, "Izium", "Kharkiv") || placed(e, "Izyum", "Kharkiv")) && e.place().geoPrecision() == 2
                && dated(e, "2022-09-19", "2022-09-19", 1) && asserted(e, "Synehubov", null) && news(e));
        event(r, "separatist leaders call for referendums", e -> e.code().equals("POLITICAL_MOVE")
                && e.actor1() != null && e.modality().equals("ASSERTED") && !e.background());
        event(r, "Zelensky to address the UN General Assembly on 2022-09-21 (planned appeal)", e -> e.code().equals(
                "APPEAL") && e.actor1() != null && e.actor1().name().endsWith("Zelensky")
                && e.modality().equals("PLANNED") && dated(e, "2022-09-21", "2022-09-21", 1));
        event(r, "Luhansk in Russian hands since July, as background", e -> e.background()
                && placed(e, "Luhansk", "Luhansk") && e.date().value().equals("2022-07")
                && e.actor1() != null && "Russia".equals(e.actor1().country()));
    }

    private static void event(AnalyzedArticle r, String what, Predicate<Event> wanted) {
        check("event " + what, r.events().stream().anyMatch(wanted), r.events().stream()
                .map(e -> e.code() + " '" + e.trigger() + "'").toList());
    }

    private static boolean placed(Event e, String name, String admin1) {
        return e.place() != null && e.place().geo() != null && e.place().name().equals(name)
                && admin1.equals(e.place().geo().admin1());
    }

    private static boolean dated(Event e, String from, String to, int precision) {
        return e.date().from().equals(from) && e.date().to().equals(to) && e.date().precision() == precision;
    }

    private static boolean asserted(Event e, String name, String status) {
        return e.assertor().name() != null && e.assertor().name().endsWith(name)
                && (status == null || status.equals(e.status()));
    }

    private static boolean news(Event e) {
        return e.modality().equals("ASSERTED") && !e.background();
    }

    /** Every mention of the place resolves in Ukraine, in the given first-level area (and class, and point). */
    private static void resolved(AnalyzedArticle r, String name, String admin1, String featureClass, double[] at) {
        List<Place> ps = r.places().stream().filter(p -> p.name().equalsIgnoreCase(name)
                || p.text().equalsIgnoreCase(name)).toList();
        boolean ok = !ps.isEmpty() && ps.stream().allMatch(p -> {
            Geo g = p.geo();
            return g != null && "UA".equals(g.country()) && admin1.equals(g.admin1())
                    && (featureClass == null || featureClass.equals(g.featureClass()))
                    && (at == null || Math.abs(g.lat() - at[0]) < 0.02 && Math.abs(g.lon() - at[1]) < 0.02);
        });
        check("place " + name + " resolved in " + admin1, ok, ps.stream().map(Place::geo).toList());
    }

    private static String lastName(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static void time(AnalyzedArticle r, String text, String value) {
        check("\"" + text + "\" = " + value, r.times().stream().anyMatch(t -> t.text().equals(text)
                && value.equals(t.value())), r.times().stream().filter(t -> t.text().equals(text))
                .map(t -> t.value()).toList());
    }

    private static void check(String what, boolean ok, Object found) {
        System.out.println((ok ? "ok   seed " : "FAIL seed ") + what + (ok ? "" : " (found " + found + ")"));
    }
}
