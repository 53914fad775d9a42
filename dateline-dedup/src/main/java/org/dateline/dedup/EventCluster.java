package org.dateline.dedup;

import java.util.List;
import java.util.Objects;

/**
 * The reports of one event.
 *
 * @param id                 the earliest report's {@link EventReport#key() key}
 * @param reports            the reports, earliest first
 * @param independentSources how many distinct stories the reports come from: outlets republishing one wire story are
 *                           one source
 * @param earliest           the first report: of the earliest article, its first mention (see EventReport)
 * @param status             whether independent sources corroborate it, or reports contradict each other
 */
public record EventCluster(String id, List<EventReport> reports, int independentSources, EventReport earliest,
                           Status status) {
    /** How well the event is attested. */
    public enum Status {
        /** One independent source. */
        SINGLE_SOURCE,
        /** At least two independent sources, none contradicting. */
        CORROBORATED,
        /** Some report asserts the event ({@code ASSERTED}) and another denies it ({@code NEGATED}). */
        CONTRADICTED
    }

    public EventCluster {
        Objects.requireNonNull(id, "id");
        reports = List.copyOf(reports);
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(status, "status");
        if (reports.isEmpty() || independentSources < 1) {
            throw new IllegalArgumentException("a cluster needs a report and a source");
        }
    }
}
