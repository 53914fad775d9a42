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
        check("count 146 bodies", r.numbers().stream().anyMatch(n -> n.value() == 146 && n.lemma().equals("body")),
                r.numbers());
        check("Reuters caveat on both sides", r.caveats().stream().anyMatch(c -> "ALL_SIDES".equals(c.scope())
                && "Reuters".equals(c.outlet())), r.caveats());
        Predicate<Quote> telegram = q -> "Telegram".equals(q.channel());
        check("Telegram as a channel", r.quotes().stream().anyMatch(telegram), "");
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
