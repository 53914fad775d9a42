-- Dateline corpus store, schema version 1: articles and their extracted items.
-- Applied by org.dateline.store.Migrations inside one transaction; statements end with ';' at the end of a line
-- (inside CREATE TRIGGER ... END; the inner ';' lines are kept together).
-- Child tables are keyed by (article_id, id) and deleted with their article. Offsets are UTF-16 character
-- offsets into articles.text (span_start, span_end). JSON columns hold the model records as Jackson writes them.
-- Full-text search: articles_fts and quotes_fts are ordinary FTS5 tables kept in sync by triggers; they carry the
-- row keys as UNINDEXED columns because articles has a TEXT key and its implicit rowid may change on VACUUM.

CREATE TABLE articles (
    id          TEXT PRIMARY KEY,        -- Article.id, the content hash of the text
    date        TEXT NOT NULL,           -- publication date, ISO yyyy-mm-dd
    title       TEXT,
    source      TEXT,
    url         TEXT,
    dateline    TEXT,                    -- the dateline text, e.g. 'KYIV, March 3 (Reuters) -'
    text        TEXT NOT NULL,
    record      TEXT NOT NULL,           -- the whole AnalyzedArticle as dateline/1 JSON
    ingested_at TEXT NOT NULL            -- ISO instant of the put
);

CREATE TABLE entities (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    name        TEXT,
    type        TEXT,
    affiliation TEXT,
    titles      TEXT NOT NULL,           -- JSON array of Title
    PRIMARY KEY (article_id, id)
);

CREATE TABLE quotes (
    article_id   TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    text         TEXT NOT NULL,
    speaker_name TEXT,
    speaker      TEXT,                   -- entity id of the speaker
    cue          TEXT,
    channel      TEXT,
    date         TEXT,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);
CREATE INDEX quotes_speaker_name ON quotes(speaker_name);

CREATE TABLE claims (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    content     TEXT,
    source_name TEXT,
    source      TEXT,                    -- entity id of the source
    cue         TEXT,
    date        TEXT,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE times (
    article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    text        TEXT,
    type        TEXT,
    value       TEXT,
    granularity TEXT,
    mod         TEXT,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);

CREATE TABLE places (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    name          TEXT,
    text          TEXT,
    kind          TEXT,
    role          TEXT,
    lat           REAL,
    lon           REAL,
    geoname_id    INTEGER,
    country       TEXT,
    admin1        TEXT,
    geo_precision INTEGER,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    PRIMARY KEY (article_id, id)
);

-- events has an INTEGER rowid alias (event_key) so that events_rtree rows point at it.
CREATE TABLE events (
    event_key       INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    id              TEXT NOT NULL,
    code            TEXT NOT NULL,
    type            TEXT,
    subtype         TEXT,
    trigger_text    TEXT,
    actor1_name     TEXT,
    actor1_category TEXT,
    actor1_country  TEXT,
    actor2_name     TEXT,
    actor2_category TEXT,
    actor2_country  TEXT,
    place_name      TEXT,
    lat             REAL,
    lon             REAL,
    geo_precision   INTEGER,
    date_value      TEXT,
    date_from       TEXT,
    date_to         TEXT,
    time_precision  INTEGER,
    on_or_before    INTEGER NOT NULL,    -- 0 or 1
    counts          TEXT NOT NULL,       -- JSON array of EventCount
    fatalities      REAL,                -- sum of FATALITIES counts, NULL when none is given
    assertor_name   TEXT,
    assertor_kind   TEXT,
    status          TEXT,
    modality        TEXT,
    background      INTEGER NOT NULL,    -- 0 or 1
    confidence      REAL NOT NULL,
    span_start      INTEGER NOT NULL,
    span_end        INTEGER NOT NULL,
    UNIQUE (article_id, id)
);
CREATE INDEX events_date_from ON events(date_from);
CREATE INDEX events_code ON events(code);

CREATE VIRTUAL TABLE events_rtree USING rtree(event_key, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER events_rtree_insert AFTER INSERT ON events
WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
    INSERT INTO events_rtree VALUES (new.event_key, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TRIGGER events_rtree_delete AFTER DELETE ON events
BEGIN
    DELETE FROM events_rtree WHERE event_key = old.event_key;
END;

CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO articles_fts (article_id, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles
BEGIN
    DELETE FROM articles_fts WHERE article_id = old.id;
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(article_id UNINDEXED, quote_id UNINDEXED, text, speaker_name);

CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes
BEGIN
    INSERT INTO quotes_fts (article_id, quote_id, text, speaker_name)
    VALUES (new.article_id, new.id, new.text, new.speaker_name);
END;

CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes
BEGIN
    DELETE FROM quotes_fts WHERE article_id = old.article_id AND quote_id = old.id;
END;
