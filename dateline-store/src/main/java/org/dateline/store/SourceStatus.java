package org.dateline.store;

/**
 * The health of a watched source: when it was last read, what it brought, how it fails.
 *
 * @param address           the source as given
 * @param kind              what it is, or null until first read
 * @param addedAt           when it was first watched (ISO instant)
 * @param lastFetch         the last visit, or null
 * @param lastSuccess       the last visit that read it, or null
 * @param fetches           visits in all
 * @param errors            visits that could not read it
 * @param consecutiveErrors failed visits since the last success
 * @param lastError         why the last failed visit failed, or null
 * @param lastErrorAt       when, or null
 * @param itemsSeen         distinct items it listed
 * @param articlesStored    new articles stored from its items
 * @param itemErrors        its items that failed
 * @param etag              the validator sent with the next visit, or null
 * @param lastModified      the other validator, or null
 */
public record SourceStatus(String address, SourceKind kind, String addedAt, String lastFetch, String lastSuccess,
                           long fetches, long errors, long consecutiveErrors, String lastError, String lastErrorAt,
                           long itemsSeen, long articlesStored, long itemErrors, String etag, String lastModified) {
}
