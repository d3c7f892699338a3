-- tidings store, schema version 2: what `tidings watch` has seen on the web, so that a restarted
-- watcher fetches only what is new. Documented in docs/web.md. Never edit: add 0003_<what>.sql.

-- One row per article URL listed by a watched feed or sitemap, once it was tried.
CREATE TABLE seen_urls (
    url        VARCHAR PRIMARY KEY,          -- as listed, normalised (no fragment, no utm_* ...)
    canonical  VARCHAR,                      -- the page's canonical URL: the article's id
    hash       VARCHAR,                      -- articles.hash of its text, once read
    status     VARCHAR NOT NULL CHECK (status IN ('stored', 'duplicate', 'failed')),
    reason     VARCHAR,                      -- why it failed, or what it duplicates
    retry      BOOLEAN NOT NULL,             -- a failure that may pass later (timeout, 5xx ...)
    attempts   INTEGER NOT NULL,             -- fetches so far
    feed       VARCHAR,                      -- the feed or sitemap that listed it
    author     VARCHAR,                      -- the page's author, when it names one
    first_seen TIMESTAMP NOT NULL,
    last_tried TIMESTAMP NOT NULL
);
