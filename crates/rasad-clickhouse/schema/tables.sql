-- rasad's tables in ClickHouse. Only SQL common to ClickHouse 18.16
-- (Debian) and current releases: ReplacingMergeTree, PARTITION BY toYYYYMM,
-- String and Array columns (no Nullable, no LowCardinality, no TTL).
--
-- {db} is the database of the store URL; {name} the table (with `_local`
-- on a cluster); {engine} a ReplacingMergeTree on one server or each shard.
-- On a cluster, a Distributed table of each name is created over the local
-- ones, sharded by cityHash64 of the id below (`-- shard:`), so a row
-- written again always lands on the shard that holds it.
--
-- `day` is the day a row was written (events: the day of the event), so a
-- batch of articles makes one part per table and shard, however old its
-- stories; a ReplacingMergeTree folds repeats within a month, and readers
-- fold the rest.
--
-- Every row carries `version` (the time it was written, ns): readers keep
-- the newest version of each key (`LIMIT 1 BY`), and rows of an article
-- count only with the version of its `articles` row, written last.

-- shard: doc_id
CREATE TABLE IF NOT EXISTS {db}.{name:articles} (
    doc_id String,
    version UInt64,
    day Date,
    path String,
    record_no UInt64,
    url String,
    format String,
    container_title String,
    container_published String,
    text String,
    text_key String,
    title String,
    outlet String,
    published_from String,
    published_to String,
    body_start UInt64,
    body_end UInt64,
    bands Array(UInt64),
    record_json String,
    rasad_version String,
    kb_version String
) ENGINE = {engine} PARTITION BY toYYYYMM(day) ORDER BY doc_id;

-- shard: doc_id
CREATE TABLE IF NOT EXISTS {db}.{name:event_mentions} (
    doc_id String,
    idx UInt32,
    version UInt64,
    day Date,
    outlet String,
    type String,
    mode String,
    source Array(String),
    target Array(String),
    place String,
    date_from String,
    date_to String,
    status String,
    ev_start UInt64,
    ev_end UInt64,
    ev_text String,
    confidence Float64
) ENGINE = {engine} PARTITION BY toYYYYMM(day) ORDER BY (doc_id, idx);

-- shard: doc_id
CREATE TABLE IF NOT EXISTS {db}.{name:entities} (
    key String,
    doc_id String,
    version UInt64,
    day Date,
    name String,
    name_fa String,
    type String,
    kb_id String,
    key_name String,
    key_fa String,
    n_mentions UInt32
) ENGINE = {engine} PARTITION BY toYYYYMM(day) ORDER BY (key, doc_id);

-- shard: doc_id
CREATE TABLE IF NOT EXISTS {db}.{name:quotes} (
    doc_id String,
    idx UInt32,
    version UInt64,
    day Date,
    published String,
    speaker String,
    text String,
    start UInt64,
    end UInt64
) ENGINE = {engine} PARTITION BY toYYYYMM(day) ORDER BY (doc_id, idx);

-- Events merged across articles; each merge writes a new generation (its
-- rows' version is the generation, so older ones collapse as ClickHouse
-- merges parts; readers ask for the latest finished generation).
-- shard: event_id
CREATE TABLE IF NOT EXISTS {db}.{name:events} (
    event_id String,
    generation UInt64,
    version UInt64,
    day Date,
    type String,
    place String,
    date_from String,
    date_to String,
    n_sources UInt32,
    actors Array(String),
    json String
) ENGINE = {engine} PARTITION BY toYYYYMM(day) ORDER BY event_id;

-- One row per finished merge: readers use the latest.
-- shard: generation
CREATE TABLE IF NOT EXISTS {db}.{name:generations} (
    generation UInt64,
    version UInt64,
    day Date,
    events UInt64
) ENGINE = {engine} PARTITION BY toYYYYMM(day) ORDER BY generation;
