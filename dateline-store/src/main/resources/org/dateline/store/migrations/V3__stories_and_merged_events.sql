-- Dateline corpus store, schema version 3: entity mentions, stories (copies of one wire story) and merged events
-- (the reports of one event across articles, counted once). Stories and merged events follow the rules of the
-- dateline-dedup module (StoryClusterer, EventMerger), the same code the Spark job uses.
-- Rows stored by version 2 get their mentions and event records from the stored article JSON here; their stories
-- and merged events are computed by CorpusStore.refresh(), which `dateline ingest` runs at the end of every run.

CREATE TABLE mentions (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id   TEXT NOT NULL,
    text        TEXT,
    kind        TEXT,                    -- NAME, TITLE, PRONOUN ...
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    sentence    INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id, span_start, span_end)
);

INSERT OR IGNORE INTO mentions (article_id, entity_id, text, kind, span_start, span_end, sentence)
SELECT a.id, json_extract(e.value, '$.id'), json_extract(m.value, '$.text'), json_extract(m.value, '$.kind'),
       json_extract(m.value, '$.start'), json_extract(m.value, '$.end'), json_extract(m.value, '$.sentence')
FROM articles a, json_each(a.record, '$.entities') e, json_each(e.value, '$.mentions') m;

CREATE INDEX entities_name ON entities(name COLLATE NOCASE);

-- The story an article belongs to: the id of the story's first article. NULL until assigned.
ALTER TABLE articles ADD COLUMN story_id TEXT;
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_date ON articles(date);

-- The wording fingerprint of each article (StoryFingerprint) and its LSH bands, to find near-duplicates.
CREATE TABLE fingerprints (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    published   TEXT NOT NULL,
    simhash     INTEGER NOT NULL,
    minhash     BLOB NOT NULL,           -- PERMUTATIONS big-endian 64-bit values
    shingles    INTEGER NOT NULL
);

CREATE TABLE story_bands (
    band        INTEGER NOT NULL,
    band_key    INTEGER NOT NULL,
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (band, band_key, article_id)
) WITHOUT ROWID;

-- Each event's whole record (the Event as dateline/1 JSON), so that events can be merged without the article.
ALTER TABLE events ADD COLUMN record TEXT;
UPDATE events SET record = (
    SELECT e.value FROM articles a, json_each(a.record, '$.events') e
    WHERE a.id = events.article_id AND json_extract(e.value, '$.id') = events.id);

-- The merged event each report belongs to (event_clusters.id), NULL until merged.
ALTER TABLE events ADD COLUMN cluster_id TEXT;
CREATE INDEX events_cluster ON events(cluster_id);

-- One row per merged event: the earliest report's fields, and what the reports add up to.
CREATE TABLE event_clusters (
    cluster_key         INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL UNIQUE, -- the earliest report's key: article_id || '#' || event id
    code                TEXT NOT NULL,
    type                TEXT,
    subtype             TEXT,
    actor1_name         TEXT,
    actor1_category     TEXT,
    actor1_country      TEXT,
    actor2_name         TEXT,
    actor2_category     TEXT,
    actor2_country      TEXT,
    place_name          TEXT,
    lat                 REAL,
    lon                 REAL,
    geo_precision       INTEGER,
    country             TEXT,                 -- ISO 3166-1 alpha-2 of the place
    country_name        TEXT,
    admin1              TEXT,
    admin2              TEXT,
    date_value          TEXT,
    date_from           TEXT,                 -- earliest report's date, yyyy-mm-dd (publication date when unknown)
    date_to             TEXT,
    time_precision      INTEGER,
    fatalities          REAL,                 -- the most any report gives, NULL when none gives a number
    modality            TEXT,
    background          INTEGER NOT NULL,     -- 1 when every report recalls it as background
    verification        TEXT NOT NULL,        -- REPORTED if any report is, else CLAIMED if any is, else NOT_VERIFIED
    status              TEXT NOT NULL,        -- SINGLE_SOURCE, CORROBORATED or CONTRADICTED
    independent_sources INTEGER NOT NULL,     -- distinct stories among the reports
    report_count        INTEGER NOT NULL,
    outlets             TEXT NOT NULL,        -- JSON array of the reports' outlets, earliest first
    assertors           TEXT NOT NULL,        -- JSON array of the reports' assertor names
    earliest_article    TEXT NOT NULL,
    earliest_published  TEXT NOT NULL,
    evidence            TEXT                  -- the earliest report's sentence
);
CREATE INDEX event_clusters_date ON event_clusters(date_from);
CREATE INDEX event_clusters_code ON event_clusters(code, date_from);
CREATE INDEX event_clusters_type ON event_clusters(type, date_from);
CREATE INDEX event_clusters_sources ON event_clusters(independent_sources, date_from);

CREATE VIRTUAL TABLE event_clusters_rtree USING rtree(cluster_key, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER event_clusters_rtree_insert AFTER INSERT ON event_clusters
WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
    INSERT INTO event_clusters_rtree VALUES (new.cluster_key, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TRIGGER event_clusters_rtree_delete AFTER DELETE ON event_clusters
BEGIN
    DELETE FROM event_clusters_rtree WHERE cluster_key = old.cluster_key;
END;

-- Actor and text filters of merged events: the reports' actor and assertor names, and their sentences. The FTS rowid
-- is the cluster_key; CorpusStore.refresh() rewrites it with the clusters.
CREATE VIRTUAL TABLE event_clusters_fts USING fts5(actors, text);
