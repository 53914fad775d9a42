package org.dateline.model;

/**
 * A number attached to an event: "146 bodies", "killing 6 civilians".
 *
 * @param kind  FATALITIES, BODIES, INJURED, DETAINED, DISPLACED or OTHER
 * @param value the number
 */
public record EventCount(String kind, double value, String text, Span span) {
}
