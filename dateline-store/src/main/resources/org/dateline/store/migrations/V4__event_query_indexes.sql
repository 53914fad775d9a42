-- Dateline corpus store, schema version 4: indexes for the event queries, measured on a million merged events.
-- cluster_key is numbered in the order of (date_from, id) (CorpusStore.refresh() renumbers all merged events): the read
-- queries order pages by it, so the rowid order of event_clusters, of event_clusters_fts, of single-column indexes and
-- of IN-lists of keys is the date order, and a page stops reading early instead of sorting every match.
-- Single columns: each index is then ordered by (column, cluster_key), that is by date within one value. Event types
-- and sub-types are matched through their codes, so code is the only kind column indexed.
DROP INDEX event_clusters_code;
DROP INDEX event_clusters_type;
DROP INDEX event_clusters_sources;
CREATE INDEX event_clusters_code ON event_clusters(code);
CREATE INDEX event_clusters_sources ON event_clusters(independent_sources);
