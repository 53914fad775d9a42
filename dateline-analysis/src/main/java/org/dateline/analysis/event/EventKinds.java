package org.dateline.analysis.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.lang.Lexicon;

/** The event kinds of {@code lang/en/event-types.tsv}: ACLED's sub-event types and the kinds news adds. */
public final class EventKinds {

    /**
     * One kind.
     *
     * @param family   the kinds a trigger of this kind may be refined into ("VIOLENCE", "PROTEST" ...)
     * @param case2021 the CASE 2021 Task 2 label it maps to
     * @param recorded whether ACLED codes it as an event; the other kinds (disasters, crime, appeals, claims of
     *                 responsibility) are context for the record, never records of their own
     */
    public record Kind(String code, String type, String subtype, String family, String case2021, boolean recorded) {
    }

    private static final class Holder {
        static final EventKinds ENGLISH = new EventKinds(Lexicon.load("en", "event-types.tsv", 6));
    }

    private final Map<String, Kind> byCode = new LinkedHashMap<>();

    private EventKinds(Lexicon lexicon) {
        for (List<String> row : lexicon.rows()) {
            if (!row.get(5).equals("EVENT") && !row.get(5).equals("OUT")) {
                throw new IllegalStateException("event-types.tsv: " + row.get(0) + ": record must be EVENT or OUT, not "
                        + row.get(5));
            }
            Kind k = new Kind(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5).equals("EVENT"));
            if (byCode.put(k.code(), k) != null) {
                throw new IllegalStateException("event-types.tsv: " + k.code() + " appears twice");
            }
        }
    }

    public static EventKinds english() {
        return Holder.ENGLISH;
    }

    /** The kind of a code; an unknown code is an error naming it. */
    public Kind of(String code) {
        Kind k = byCode.get(code);
        if (k == null) {
            throw new IllegalArgumentException("unknown event code " + code + " (see event-types.tsv)");
        }
        return k;
    }

    public List<Kind> all() {
        return List.copyOf(byCode.values());
    }
}
