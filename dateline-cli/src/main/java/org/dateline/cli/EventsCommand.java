package org.dateline.cli;

import java.util.List;
import java.util.Locale;
import org.dateline.store.CorpusStore;
import org.dateline.store.EventFilter;
import org.dateline.store.MergedEvent;
import org.dateline.store.export.JsonLines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline events}: a page of the merged events that match the filters. */
@Command(name = "events", mixinStandardHelpOptions = true, description = {
        "List merged events (one per real-world event, its reports across articles counted once), by first day.",
        "Filters combine with AND. A table on a terminal; otherwise, or with --json, one JSON object per line."})
final class EventsCommand extends StoreReadCommand {
    @Mixin
    EventFilterOptions filters;

    @Option(names = "--limit", paramLabel = "N", description = "Events per page (default: ${DEFAULT-VALUE}).")
    int limit = EventFilter.DEFAULT_LIMIT;

    @Option(names = "--offset", paramLabel = "N", description = "Events to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--json", description = "JSON lines even on a terminal.")
    boolean json;

    @Override
    int read(CorpusStore store) {
        EventFilter filter = filters.filter(store, limit, offset);
        List<MergedEvent> events = store.events(filter);
        if (!Table.forPeople(json)) {
            events.forEach(e -> System.out.println(JsonLines.of(e)));
            return 0;
        }
        Table table = new Table(List.of("DATE", "EVENT", "ACTOR 1", "ACTOR 2", "PLACE", "SOURCES", "STATUS",
                "VERIFICATION", "ID"), List.of(10, 34, 30, 30, 24, 7, 14, 12, 40));
        for (MergedEvent e : events) {
            table.row(e.date().from(), kind(e),
                    e.actor1() == null ? "" : e.actor1().name(), e.actor2() == null ? "" : e.actor2().name(),
                    e.place() == null ? "" : place(e.place()), e.independentSources(), e.status(), e.verification(),
                    e.id());
        }
        table.print(System.out);
        if (events.size() == limit) {
            System.err.printf(Locale.ROOT, "dateline: %d events shown; the next page: --offset %d%n", limit,
                    offset + limit);
        }
        return 0;
    }

    /** The sub-type, with the modality when the event did not (or not yet) happen: "Armed clash (planned)". */
    private static String kind(MergedEvent e) {
        String kind = e.subtype() != null ? e.subtype() : e.code();
        return e.modality() == null || e.modality().equals("ASSERTED") ? kind
                : kind + " (" + e.modality().toLowerCase(Locale.ROOT) + ")";
    }

    private static String place(MergedEvent.Location l) {
        String name = l.name() == null ? "" : l.name();
        return l.country() == null ? name : name + " (" + l.country() + ")";
    }
}
