-- rasad's embedded store, schema version 1.
-- The articles table is the source of truth; every other table is derived
-- from its records and rebuilt by `rasad reextract`.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per article, in the order stored (seq).
CREATE TABLE articles (
    seq                 INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id              TEXT NOT NULL UNIQUE,
    -- The article as read, enough to extract it again.
    path                TEXT,
    record_no           INTEGER,
    url                 TEXT,
    format              TEXT,
    container_title     TEXT,
    container_published TEXT,
    text                TEXT NOT NULL,
    -- From its record.
    title               TEXT,
    outlet              TEXT,
    published_from      TEXT,
    published_to        TEXT,
    record_json         TEXT NOT NULL,
    rasad_version       TEXT NOT NULL,
    kb_version          TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published_to);

-- Locality-sensitive keys of each article's text (near-duplicate lookup).
CREATE TABLE bands (
    band INTEGER NOT NULL,
    seq  INTEGER NOT NULL,
    PRIMARY KEY (band, seq)
) WITHOUT ROWID;

-- Entities: `key` is the knowledge-base id, or `fa:` and the Persian name.
CREATE TABLE entities (
    key      TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    name_fa  TEXT NOT NULL,
    type     TEXT NOT NULL,
    kb_id    TEXT,
    key_name TEXT NOT NULL,
    key_fa   TEXT NOT NULL
);
CREATE INDEX entities_key_name ON entities(key_name);
CREATE INDEX entities_key_fa ON entities(key_fa);

CREATE TABLE mentions (
    seq    INTEGER NOT NULL,
    entity TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL
);
CREATE INDEX mentions_seq ON mentions(seq);
CREATE INDEX mentions_entity ON mentions(entity);

-- Events as each article states them.
CREATE TABLE event_mentions (
    seq        INTEGER NOT NULL,
    idx        INTEGER NOT NULL,
    type       TEXT NOT NULL,
    mode       TEXT,
    source     TEXT NOT NULL,  -- JSON array of names
    target     TEXT NOT NULL,  -- JSON array of names
    place      TEXT,
    date_from  TEXT,
    date_to    TEXT,
    status     TEXT NOT NULL,
    ev_start   INTEGER NOT NULL,
    ev_end     INTEGER NOT NULL,
    ev_text    TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (seq, idx)
);

-- Events merged across articles (rebuilt from event_mentions).
CREATE TABLE events (
    event_id  TEXT PRIMARY KEY,
    type      TEXT NOT NULL,
    place     TEXT,
    date_from TEXT,
    date_to   TEXT,
    n_sources INTEGER NOT NULL,
    json      TEXT NOT NULL
);
CREATE INDEX events_date ON events(date_to);
CREATE TABLE event_actors (
    event_id TEXT NOT NULL,
    actor    TEXT NOT NULL,
    PRIMARY KEY (actor, event_id)
) WITHOUT ROWID;

CREATE TABLE quotes (
    seq     INTEGER NOT NULL,
    speaker TEXT,
    text    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    end     INTEGER NOT NULL
);
CREATE INDEX quotes_seq ON quotes(seq);
CREATE INDEX quotes_speaker ON quotes(speaker);
