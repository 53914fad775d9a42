package org.dateline.model;

/**
 * A temporal expression normalised against the publication date.
 *
 * @param type        TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value       TIMEX3 value (ISO 8601 with TimeML extensions): "2022-09-19", "2022-W37-WE", "P3D"
 * @param granularity day, weekend, week, month, quarter, season, year, decade, century, time, duration, set or unknown
 * @param mod         TIMEX3 mod such as EARLY, BEFORE, APPROX, or null
 * @param rawValue    the value the underlying tagger gave when Dateline corrected it, else null
 */
public record TimeExpression(String id, String text, String type, String value, String granularity, String mod,
                             String rawValue, int start, int end, int sentence) implements Evidence {
}
