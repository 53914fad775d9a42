package org.dateline.eval.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts of one article or of several, the false records by the system's event type, and detail lines. */
final class RecordTally {
    private final EnumMap<Count, Integer> counts = new EnumMap<>(Count.class);
    private final Map<String, Integer> falseByType = new TreeMap<>();
    private final List<String> details = new ArrayList<>();

    void add(Count c) {
        counts.merge(c, 1, Integer::sum);
    }

    void add(Count c, boolean when) {
        if (when) {
            add(c);
        }
    }

    void falseRecord(String type) {
        add(Count.FALSE);
        falseByType.merge(type, 1, Integer::sum);
    }

    void detail(String line) {
        details.add(line);
    }

    int get(Count c) {
        return counts.getOrDefault(c, 0);
    }

    Map<String, Integer> falseByType() {
        return falseByType;
    }

    List<String> details() {
        return details;
    }

    void addAll(RecordTally other) {
        other.counts.forEach((c, n) -> counts.merge(c, n, Integer::sum));
        other.falseByType.forEach((t, n) -> falseByType.merge(t, n, Integer::sum));
        details.addAll(other.details);
    }

    /** {@code n / d}, or 0 when nothing was counted. */
    double ratio(Count n, Count d) {
        return get(d) == 0 ? 0 : (double) get(n) / get(d);
    }
}
