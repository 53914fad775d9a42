package org.dateline.model;

/**
 * The place of reporting printed before the body ("IZIUM, Ukraine - ").
 *
 * @param text  the dateline as printed, without the trailing dash ("IZIUM, Ukraine")
 * @param place the place name in ordinary case ("Izium")
 * @param start offset of the dateline in {@link Article#text()}
 * @param end   end offset (exclusive) of the dateline text, before the separator
 */
public record Dateline(String text, String place, int start, int end) {
    public Dateline {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad dateline span " + start + ".." + end);
        }
    }
}
