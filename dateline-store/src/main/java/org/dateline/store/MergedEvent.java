package org.dateline.store;

import java.util.List;
import java.util.Objects;
import org.dateline.dedup.EventCluster;

/**
 * One real-world event as the store merged it from its reports across articles: the earliest report's fields and
 * what the reports add up to (a row of {@code event_clusters}).
 *
 * @param key                the row's integer key in this file (changes when the merged events are recomputed)
 * @param id                 the earliest report's key, {@code articleId + "#" + event id}
 * @param code               Dateline's code of the sub-type ("SHELLING")
 * @param type               ACLED event type, or null
 * @param subtype            ACLED sub-event type, or null
 * @param actor1             who acts, or null
 * @param actor2             whom they act on, or null
 * @param place              where, or null when no report places it
 * @param date               when
 * @param fatalities         the most fatalities any report gives, or null when none gives a number
 * @param modality           ASSERTED, PLANNED, POSSIBLE or NEGATED, or null
 * @param background         true when every report recalls it as background
 * @param verification       REPORTED if any report is the outlet's own, else CLAIMED if any is a party's claim
 * @param status             whether independent sources corroborate it, or reports contradict each other
 * @param independentSources distinct stories among the reports
 * @param reportCount        how many reports
 * @param outlets            the reports' outlets, earliest first
 * @param assertors          the reports' assertor names
 * @param earliestArticle    the earliest report's article id
 * @param earliestPublished  that article's publication date, yyyy-mm-dd
 * @param evidence           the earliest report's sentence, or null
 */
public record MergedEvent(long key, String id, String code, String type, String subtype, Actor actor1, Actor actor2,
                          Location place, Dates date, Double fatalities, String modality, boolean background,
                          Verification verification, EventCluster.Status status, int independentSources,
                          int reportCount, List<String> outlets, List<String> assertors, String earliestArticle,
                          String earliestPublished, String evidence) {
    public MergedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(status, "status");
        outlets = List.copyOf(outlets);
        assertors = List.copyOf(assertors);
    }

    /** Whether the event has coordinates. */
    public boolean located() {
        return place != null && place.lat() != null && place.lon() != null;
    }

    /** A party: its canonical name, ACLED actor category (STATE_FORCES, CIVILIANS ...) and country, each nullable. */
    public record Actor(String name, String category, String country) {
    }

    /**
     * Where: the place's name, coordinates and ACLED geo precision, its country (ISO 3166-1 alpha-2 and name) and
     * administrative areas; every field nullable.
     */
    public record Location(String name, Double lat, Double lon, Integer geoPrecision, String country,
                           String countryName, String admin1, String admin2) {
    }

    /**
     * When: the TIMEX value, the first and last day (yyyy-mm-dd; {@code from} is the publication date when no report
     * dates it) and ACLED's time precision (1 a day, 2 a week, 3 a month or more); every field nullable.
     */
    public record Dates(String value, String from, String to, Integer precision) {
    }

    /** Who vouches for it: REPORTED if any report is the outlet's own, else CLAIMED if any is a party's claim. */
    public enum Verification {
        /** Reported as fact by an outlet. */
        REPORTED,
        /** Claimed by a party or a source. */
        CLAIMED,
        /** The outlets say they could not verify it. */
        NOT_VERIFIED
    }
}
