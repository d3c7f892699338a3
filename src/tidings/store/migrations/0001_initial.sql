-- tidings store, schema version 1: articles and everything extracted from them, the
-- cross-article deduplication of events, and a log of failed records.
-- Applied once, in one transaction, by tidings.store.schema.migrate(); never edit a released
-- migration: add 0002_<what>.sql instead. Documented in docs/store.md.

-- One row per article, keyed by the sha256 of its normalised text (`hash`). `key` is the first
-- 60 bits of that hash as a number: the compact join key every other table uses.
CREATE TABLE articles (
    key           BIGINT PRIMARY KEY,
    hash          VARCHAR NOT NULL UNIQUE,
    id            VARCHAR NOT NULL,          -- the input's own id (file stem, JSONL "id")
    title         VARCHAR,
    date          DATE,                      -- publication date
    url           VARCHAR,
    source        VARCHAR,
    outlet        VARCHAR,                   -- source, else the URL's host: counts NumSources
    tone          DOUBLE,
    tone_positive DOUBLE,
    tone_negative DOUBLE,
    tone_polarity DOUBLE,
    tone_words    INTEGER,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE actors (
    article  BIGINT NOT NULL,                -- articles.key
    n        INTEGER NOT NULL,               -- position in the article's actor list, from 0
    id       VARCHAR NOT NULL,               -- A1, A2 ... inside the article
    name     VARCHAR NOT NULL,
    kind     VARCHAR,                        -- person, organisation, country, group
    country  VARCHAR,
    sector   VARCHAR,
    title    VARCHAR,
    mentions INTEGER NOT NULL,               -- how many times the article names it
    spans    INTEGER[][],                    -- [start, end) character offsets of each mention
    evidence VARCHAR[]
);

-- One row per event record of an article (a "mention" in GDELT's words).
CREATE TABLE events (
    article        BIGINT NOT NULL,
    n              INTEGER NOT NULL,         -- position in the article's event list, from 0
    id             VARCHAR NOT NULL,         -- E1, E2 ...
    type           VARCHAR NOT NULL,         -- PLOVER type
    mode           VARCHAR,
    cameo          VARCHAR,
    score          DOUBLE,                   -- PLOVER base score of the type (-10..+10)
    date           VARCHAR,                  -- as extracted: YYYY-MM-DD, YYYY-MM, YYYY or a/b
    date_precision VARCHAR,
    date_source    VARCHAR,
    day            DATE,                     -- the day the event is counted on (docs/store.md)
    day_precision  VARCHAR,                  -- day, range, month, year or article
    place_name     VARCHAR,
    place_country  VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    geonameid      BIGINT,
    sentence       INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    trigger        VARCHAR NOT NULL,
    start_char     INTEGER NOT NULL,
    end_char       INTEGER NOT NULL,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    future         BOOLEAN NOT NULL,
    historical     BOOLEAN NOT NULL,
    reported_by    VARCHAR,                  -- actor id
    reported_by_name    VARCHAR,
    reported_by_country VARCHAR,
    reported_by_sector  VARCHAR,
    tone           DOUBLE,
    confidence     DOUBLE NOT NULL,
    countable      BOOLEAN NOT NULL,         -- not negated and not hypothetical: deduplicated and counted
    group_key      VARCHAR NOT NULL          -- dedup group: type, source set, target set
);

CREATE TABLE event_actors (
    article  BIGINT NOT NULL,
    event    INTEGER NOT NULL,               -- events.n
    role     VARCHAR NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,               -- order inside the role, from 0
    actor    VARCHAR,                        -- actors.id
    name     VARCHAR NOT NULL,
    kind     VARCHAR,
    country  VARCHAR,
    sector   VARCHAR
);

CREATE TABLE quotations (
    article         BIGINT NOT NULL,
    n               INTEGER NOT NULL,
    speaker         VARCHAR,                 -- actor id
    speaker_name    VARCHAR,
    speaker_country VARCHAR,
    speaker_sector  VARCHAR,
    text            VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,        -- direct or indirect
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL
);

CREATE TABLE quantities (
    article       BIGINT NOT NULL,
    n             INTEGER NOT NULL,
    kind          VARCHAR NOT NULL,          -- count, amount, percent
    value         DOUBLE NOT NULL,
    unit          VARCHAR,
    object        VARCHAR,
    text          VARCHAR NOT NULL,
    approximation VARCHAR,
    start_char    INTEGER NOT NULL,
    end_char      INTEGER NOT NULL
);

CREATE TABLE places (
    article   BIGINT NOT NULL,
    n         INTEGER NOT NULL,
    name      VARCHAR NOT NULL,
    kind      VARCHAR NOT NULL,
    country   VARCHAR,
    lat       DOUBLE,
    lon       DOUBLE,
    geonameid BIGINT,
    mentions  INTEGER NOT NULL,
    spans     INTEGER[][]
);

CREATE TABLE dates (
    article    BIGINT NOT NULL,
    n          INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    value      VARCHAR,
    precision  VARCHAR,
    resolved   BOOLEAN NOT NULL,
    start_char INTEGER NOT NULL,
    end_char   INTEGER NOT NULL
);

-- Cross-article deduplication (docs/store.md, "Deduplication"): one row per real-world event...
CREATE TABLE unique_events (
    key            BIGINT PRIMARY KEY,       -- GDELT's GlobalEventID
    group_key      VARCHAR NOT NULL,
    type           VARCHAR NOT NULL,
    mode           VARCHAR,
    cameo          VARCHAR,
    score          DOUBLE,
    day            DATE,                     -- first day reported
    last_day       DATE,                     -- last day reported (within the window)
    day_precision  VARCHAR,
    source_name    VARCHAR,                  -- first source actor of the first mention
    source_country VARCHAR,
    source_sector  VARCHAR,
    target_name    VARCHAR,
    target_country VARCHAR,
    target_sector  VARCHAR,
    sources        VARCHAR[],                -- every source actor's name, first mention
    targets        VARCHAR[],
    place_name     VARCHAR,
    place_country  VARCHAR,
    lat            DOUBLE,
    lon            DOUBLE,
    geonameid      BIGINT,
    num_mentions   INTEGER NOT NULL,         -- event records, over all articles
    num_articles   INTEGER NOT NULL,         -- distinct articles
    num_sources    INTEGER NOT NULL,         -- distinct outlets (an article without one counts alone)
    avg_tone       DOUBLE,                   -- mean tone of the articles that report it
    first_article  BIGINT NOT NULL,
    first_event    INTEGER NOT NULL,
    text           VARCHAR NOT NULL,         -- the sentence of the first mention
    url            VARCHAR                   -- URL of the first article
);

-- ...and one row per report of it: every source sentence is kept.
CREATE TABLE event_mentions (
    event_key  BIGINT NOT NULL,              -- unique_events.key
    group_key  VARCHAR NOT NULL,
    rank       INTEGER NOT NULL,             -- 0 = the first mention (earliest day, then hash)
    article    BIGINT NOT NULL,              -- articles.key
    event      INTEGER NOT NULL,             -- events.n
    day        DATE,
    sentence   INTEGER NOT NULL,
    text       VARCHAR NOT NULL
);

-- Every actor of a deduplicated event, in each role it has in any of the event's mentions:
-- what the queries search, so they never scan the per-article tables.
CREATE TABLE unique_event_actors (
    event_key BIGINT NOT NULL,               -- unique_events.key
    group_key VARCHAR NOT NULL,
    role      VARCHAR NOT NULL CHECK (role IN ('source', 'target')),
    name      VARCHAR NOT NULL,
    kind      VARCHAR,
    country   VARCHAR,
    sector    VARCHAR
);

-- Records that could not be read or processed (a log: one row per failure, per run).
CREATE TABLE failures (
    id      VARCHAR NOT NULL,                -- the record's id, or its path
    "where" VARCHAR,                         -- file and line
    reason  VARCHAR NOT NULL,
    time    TIMESTAMP NOT NULL
);

-- Store-wide settings: dedup_window_days, dedup_pending.
CREATE TABLE settings (
    name  VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);
INSERT INTO settings VALUES ('dedup_window_days', '2'), ('dedup_pending', '0');
