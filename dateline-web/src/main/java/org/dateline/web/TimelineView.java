package org.dateline.web;

import java.util.List;
import java.util.Map;
import org.dateline.store.Timeline;

/**
 * A {@link Timeline} as JSON: the unit ("day", "week", "month" or "year"), the bins, each named by its first day
 * (yyyy-mm-dd) with its events by ACLED event type, and the events before the first and after the last bin.
 */
record TimelineView(String unit, List<Bin> bins, long earlier, long later) {
    TimelineView {
        bins = List.copyOf(bins);
    }

    record Bin(String date, long count, Map<String, Long> types) {
    }

    static TimelineView of(Timeline t) {
        return new TimelineView(t.unit().label(), t.bins().stream()
                .map(b -> new Bin(b.date().toString(), b.count(), b.types())).toList(), t.earlier(), t.later());
    }
}
