package org.dateline.cli;

import java.util.List;
import java.util.Locale;
import org.dateline.store.CorpusStore;
import org.dateline.store.EntityProfile;
import org.dateline.store.MergedEvent;
import org.dateline.store.QuoteRow;
import org.dateline.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline entity NAME}: a person's or organisation's titles over time, quotes and events. */
@Command(name = "entity", mixinStandardHelpOptions = true, description = {
        "Show what the corpus holds on a person or organisation: the titles it was given over time, its quotes",
        "and the events it took part in or asserted. The name matches in any case; a part of it (a surname)",
        "picks the most frequent name holding it."})
final class EntityCommand extends StoreReadCommand {
    @Parameters(arity = "1..*", paramLabel = "NAME")
    List<String> name;

    @Option(names = "--limit", paramLabel = "N", description = "Quotes and events at most (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--json", description = "One JSON object even on a terminal.")
    boolean json;

    @Override
    int read(CorpusStore store) {
        String wanted = String.join(" ", name);
        if (wanted.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new CommandFailure("'" + wanted + "' is not a name");
        }
        EntityProfile p = store.entity(wanted, limit)
                .orElseThrow(() -> new CommandFailure("no person or organisation named '" + wanted + "' in " + db));
        if (!Table.forPeople(json)) {
            System.out.println(JsonLines.of(p));
            return 0;
        }
        System.out.printf(Locale.ROOT, "%s%s: %,d mentions in %,d articles%n", p.name(),
                p.type() == null ? "" : " (" + p.type() + ")", p.mentions(), p.articles());
        if (!p.otherNames().isEmpty()) {
            System.out.println("also matching: " + String.join("; ", p.otherNames()));
        }
        System.out.println();
        Table titles = new Table(List.of("TITLE", "FIRST SEEN", "LAST SEEN", "ARTICLES"), List.of(50, 10, 10, 8));
        p.titles().forEach(t -> titles.row(t.title(), t.firstSeen(), t.lastSeen(), t.articles()));
        titles.print(System.out);
        System.out.println();
        Table quotes = new Table(List.of("DATE", "SOURCE", "QUOTE"), List.of(10, 20, 100));
        for (QuoteRow q : p.quotes()) {
            quotes.row(q.published(), q.source(), q.text());
        }
        quotes.print(System.out);
        System.out.println();
        Table events = new Table(List.of("DATE", "EVENT", "ACTOR 1", "ACTOR 2", "PLACE", "SOURCES"),
                List.of(10, 34, 30, 30, 24, 7));
        for (MergedEvent e : p.events()) {
            events.row(e.date().from(), e.subtype() != null ? e.subtype() : e.code(),
                    e.actor1() == null ? "" : e.actor1().name(), e.actor2() == null ? "" : e.actor2().name(),
                    e.place() == null ? "" : e.place().name(), e.independentSources());
        }
        events.print(System.out);
        return 0;
    }
}
