package org.dateline.store;

/**
 * The main columns of one stored event. Nullable: {@code type}, {@code placeName}, {@code lat}, {@code lon},
 * {@code dateFrom}, {@code dateTo} and {@code fatalities} (the sum of its FATALITIES counts).
 */
public record StoredEvent(String articleId, String id, String code, String type, String placeName, Double lat,
                          Double lon, String dateFrom, String dateTo, Double fatalities) {
}
