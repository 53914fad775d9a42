-- Dateline corpus store, schema version 4: stemmed full-text search, and indexes for the event queries measured on a
-- million merged events.
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

-- Full-text search with the Porter stemmer ("shelled" finds "shelling") and diacritics folded ("Kyiv" finds "Kýiv"):
-- the FTS tables are made again with that tokenizer and refilled from their sources.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text,
    tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO articles_fts (article_id, title, text) SELECT id, title, text FROM articles;

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
END;

DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(article_id UNINDEXED, quote_id UNINDEXED, text, speaker_name,
    tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO quotes_fts (article_id, quote_id, text, speaker_name)
SELECT article_id, id, text, speaker_name FROM quotes;

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes
BEGIN
    INSERT INTO quotes_fts (article_id, quote_id, text, speaker_name)
    VALUES (new.article_id, new.id, new.text, new.speaker_name);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes
BEGIN
    DELETE FROM quotes_fts WHERE article_id = old.article_id AND quote_id = old.id;
END;

ALTER TABLE event_clusters_fts RENAME TO event_clusters_fts_v3;
CREATE VIRTUAL TABLE event_clusters_fts USING fts5(actors, text, tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO event_clusters_fts (rowid, actors, text) SELECT rowid, actors, text FROM event_clusters_fts_v3;
DROP TABLE event_clusters_fts_v3;
