package org.dateline.store.export;

/**
 * What an export wrote.
 *
 * @param written merged events written
 * @param skipped merged events the format could not hold (GeoJSON: those without coordinates)
 */
public record ExportSummary(long written, long skipped) {
}
