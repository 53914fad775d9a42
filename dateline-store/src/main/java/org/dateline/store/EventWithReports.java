package org.dateline.store;

import java.util.List;
import java.util.Objects;

/** A merged event and its reports, earliest first. */
public record EventWithReports(MergedEvent event, List<StoredReport> reports) {
    public EventWithReports {
        Objects.requireNonNull(event, "event");
        reports = List.copyOf(reports);
    }
}
