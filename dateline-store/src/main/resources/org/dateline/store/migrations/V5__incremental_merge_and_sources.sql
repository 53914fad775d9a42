-- Dateline corpus store, schema version 5: merging a new article's events without the whole corpus, and the state of
-- the sources `dateline watch` follows.
-- Each report's type family (SameEventRule.family) and the last day its date states (SameEventRule.lastStatedDay)
-- find the reports a new report can join, through one index. Merged events are then keyed by day: cluster_key is
-- the first day's number (days since 1970-01-01) times 2^24 plus the event's rank by id within the day, so that the
-- key order is still the order of (date_from, id) and a new event renumbers its own day only. CorpusStore.open merges
-- the events again after this migration.
ALTER TABLE events ADD COLUMN family TEXT;
ALTER TABLE events ADD COLUMN last_day TEXT;
UPDATE events SET
    family = CASE WHEN type IS NULL THEN 'code:' || code
                  WHEN lower(type) = 'strategic developments' THEN 'Strategic developments:' || code
                  ELSE lower(type) END,
    last_day = (SELECT max(coalesce(events.date_to, events.date_from, a.date), coalesce(events.date_from, a.date))
                FROM articles a WHERE a.id = events.article_id);
CREATE INDEX events_family_day ON events(family, last_day);
UPDATE events SET cluster_id = NULL WHERE cluster_id IS NOT NULL;
DELETE FROM event_clusters_fts;
DELETE FROM event_clusters;

-- One row per source followed by `dateline watch`: a feed or sitemap address, or a folder.
CREATE TABLE sources (
    address             TEXT PRIMARY KEY,     -- as given (a URL, or a folder's absolute path)
    kind                TEXT,                 -- FEED, SITEMAP or FOLDER, once known
    added_at            TEXT NOT NULL,
    last_fetch          TEXT,                 -- ISO instant of the last attempt
    last_success        TEXT,
    etag                TEXT,                 -- validators of the last successful fetch, for conditional GETs
    last_modified       TEXT,
    fetches             INTEGER NOT NULL DEFAULT 0,
    errors              INTEGER NOT NULL DEFAULT 0,  -- failed fetches of the source itself, in all
    consecutive_errors  INTEGER NOT NULL DEFAULT 0,
    last_error          TEXT,
    last_error_at       TEXT,
    items_seen          INTEGER NOT NULL DEFAULT 0,  -- distinct items it listed
    articles_stored     INTEGER NOT NULL DEFAULT 0,  -- new articles stored from its items
    item_errors         INTEGER NOT NULL DEFAULT 0   -- its items that failed (page missing, no text ...)
);

-- One row per item (page or file) a source listed, by its normalised address: an item is fetched once, whichever
-- feeds list it, and a restart goes on where the last run stopped.
CREATE TABLE items (
    address     TEXT PRIMARY KEY,
    source      TEXT NOT NULL,
    first_seen  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    state       TEXT NOT NULL,                -- STORED, DUPLICATE (its text was stored already), RETRY, FAILED
    article_id  TEXT,                         -- the article stored from it, or the one it repeats
    attempts    INTEGER NOT NULL,
    last_error  TEXT
);
CREATE INDEX items_source ON items(source, state);
