package org.dateline.eval.record;

import java.util.List;
import java.util.Objects;

/**
 * One event an ACLED-style coder records for an article (a row of {@code gold.jsonl}'s {@code events}).
 *
 * @param subtypeAlt    other sub-types that are also right; one of them also makes the type family right
 * @param actor1Keys    lower-case substrings, any of which in the system's actor1 (name, text or country) is right
 * @param lat           latitude of the place, or null when the text names no usable place
 * @param toleranceKm   how far a system's point may lie from the gold point (at least {@link RecordScorer#MIN_KM})
 * @param dates         the days the event may have taken place on
 * @param fatalities    the number the text gives, 0 when it says nobody died, or null when unknown
 * @param fatalitiesAlt other acceptable figures
 * @param assertorKeys  lower-case substrings of the asserting party's name; {@code "outlet"} stands for the outlet
 * @param optional      acceptable but not required
 * @param anchors       lower-case phrases of the sentences that report the event, each once in its article
 */
public record GoldEvent(String type, String subtype, List<String> subtypeAlt, String actor1, List<String> actor1Keys,
                        String place, Double lat, Double lon, double toleranceKm, DateRange dates, Integer fatalities,
                        List<Integer> fatalitiesAlt, String assertedBy, List<String> assertorKeys, boolean notVerified,
                        boolean optional, List<String> anchors) {

    public GoldEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subtype, "subtype");
        Objects.requireNonNull(dates, "dates");
        subtypeAlt = List.copyOf(subtypeAlt);
        actor1Keys = List.copyOf(actor1Keys);
        fatalitiesAlt = List.copyOf(fatalitiesAlt);
        assertorKeys = List.copyOf(assertorKeys);
        anchors = List.copyOf(anchors);
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("an event without anchors cannot be matched");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon must both be given or both be null");
        }
    }

    /** Whether the gold names a point for the event. */
    public boolean located() {
        return lat != null;
    }

    /** A short label for detail lines: the sub-type, the place and the first anchor. */
    public String label() {
        return subtype + " @ " + place + " [" + anchors.get(0) + "]" + (optional ? " (optional)" : "");
    }
}
