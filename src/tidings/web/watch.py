"""Watching feeds: poll them in rounds, fetch the articles not seen yet, store them.

A :class:`Watcher` holds a store, a :class:`~tidings.web.fetch.Fetcher` and the list of feeds.
Each :meth:`Watcher.round`:

1. polls every feed that is due (conditionally: an unchanged feed answers 304). A feed that fails
   is logged in the store's ``failures`` and skipped for 1, 2, 4 ... rounds (at most
   ``max_backoff_rounds``) while the others go on;
2. keeps the entries whose URL is not in ``seen_urls`` (as listed or as a canonical URL), plus
   earlier transient failures to try again, at most ``max_new`` per feed (newest first), and
   orders them so that consecutive requests go to different hosts;
3. fetches each page; a page whose canonical URL or text (content hash) is already stored is a
   duplicate; the rest goes through the pipeline and into the store;
4. records every URL tried in ``seen_urls``, after the articles it stored are committed. A watcher
   killed in between only fetches those URLs again, and their hashes keep them from being stored
   twice.

Between rounds the store is closed, so ``tidings query`` can read it while the watcher sleeps.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from ..extract import DEFAULT_MAX_CHARS, RawArticle, process
from ..pipeline import DEFAULT_MODEL
from ..store import Store, StoreError
from ..store.ingest import content_hash
from .feeds import Entry, FeedLine, newest_first, read_feed_list, read_listing
from .fetch import FetchError, Fetcher, WebPage

DEFAULT_EVERY = 15 * 60.0  # seconds from the start of a round to the start of the next
DEFAULT_MAX_NEW = 200  # articles fetched per feed per round; the rest wait for the next rounds
DEFAULT_MAX_ATTEMPTS = 3  # fetches of an article that keeps failing transiently
DEFAULT_MAX_BACKOFF_ROUNDS = 32
COMMIT_EVERY = 16  # articles per transaction (and seen_urls rows written after each)

_UPSERT_SEEN = """
INSERT INTO seen_urls (url, canonical, hash, status, reason, retry, attempts, feed, author,
                       first_seen, last_tried)
VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
ON CONFLICT (url) DO UPDATE SET
    canonical = coalesce(excluded.canonical, seen_urls.canonical),
    hash = coalesce(excluded.hash, seen_urls.hash),
    status = excluded.status, reason = excluded.reason, retry = excluded.retry,
    attempts = seen_urls.attempts + 1, author = coalesce(excluded.author, seen_urls.author),
    last_tried = excluded.last_tried
"""


@dataclass
class RoundReport:
    """What one round did; :meth:`summary` is the line ``tidings watch`` prints."""

    number: int
    feeds: int = 0  # feeds polled
    waiting: int = 0  # feeds skipped this round (backing off after failures)
    new: int = 0  # articles stored
    duplicates: int = 0  # fetched, but already stored (same canonical URL or same text)
    failed: int = 0  # feeds and articles that failed
    seconds: float = 0.0
    busy: bool = False  # skipped: another process held the store

    def summary(self) -> str:
        if self.busy:
            return f"round {self.number}: skipped, the store is in use by another process"
        waiting = f" ({self.waiting} waiting)" if self.waiting else ""
        seconds = f"{self.seconds:.1f}" if self.seconds < 10 else f"{self.seconds:.0f}"
        return (f"round {self.number}: {self.feeds} feeds{waiting}, {self.new} new, "
                f"{self.failed} failed, {seconds} s")


@dataclass
class _FeedState:
    failures: int = 0
    next_round: int = 0  # the first round it is polled again
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class _Seen:
    """A row of seen_urls waiting for the articles before it to be committed."""

    url: str
    status: str
    feed: str
    canonical: str | None = None
    hash: str | None = None
    reason: str | None = None
    retry: bool = False
    author: str | None = None


@dataclass
class _Candidate:
    entry: Entry
    page: WebPage | None = None
    hash: str | None = None


@dataclass
class _Round:
    report: RoundReport
    pending: list[_Seen] = field(default_factory=list)
    canonicals: set[str] = field(default_factory=set)


class Watcher:
    """Polls feeds and sitemaps and stores the new articles (module docstring).

    ``feeds`` is a FEEDS.txt path (read again at each round, so feeds can be added while it runs)
    or a list of URLs. ``nlp`` is a loaded pipeline; without it ``model`` is loaded when the first
    article needs it. ``on_message`` receives one line per failure.
    """

    def __init__(
        self,
        store: Store,
        feeds: str | Path | Sequence[str | FeedLine],
        *,
        fetcher: Fetcher | None = None,
        nlp=None,
        model: str = DEFAULT_MODEL,
        max_new: int = DEFAULT_MAX_NEW,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        max_backoff_rounds: int = DEFAULT_MAX_BACKOFF_ROUNDS,
        max_chars: int = DEFAULT_MAX_CHARS,
        on_message: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.store = store
        self.fetcher = fetcher or Fetcher()
        self._own_fetcher = fetcher is None
        self.nlp = nlp
        self.model = model
        self.max_new = max_new
        self.max_attempts = max_attempts
        self.max_backoff_rounds = max_backoff_rounds
        self.max_chars = max_chars
        self.on_message = on_message or (lambda message: None)
        self.rounds = 0
        self._clock = clock
        self._sleep = sleep
        self._file: Path | None = None
        self._feeds: list[FeedLine] = []
        if isinstance(feeds, (str, Path)):
            self._file = Path(feeds)
            self._feeds = read_feed_list(self._file)  # a bad file fails now, not in round 1
        else:
            self._feeds = [feed if isinstance(feed, FeedLine) else FeedLine(feed, feed) for feed in feeds]
        self._states: dict[str, _FeedState] = {}

    def close(self) -> None:
        self.store.close()
        if self._own_fetcher:
            self.fetcher.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- the loop -------------------------------------------------------------------------------

    def run(
        self,
        *,
        every: float = DEFAULT_EVERY,
        rounds: int | None = None,
        on_round: Callable[[RoundReport], None] | None = None,
    ) -> int:
        """Run rounds every ``every`` seconds (start to start), ``rounds`` of them or forever.

        Returns the number of rounds done. Ctrl-C (KeyboardInterrupt) ends the current round's
        transaction cleanly and propagates.
        """
        done = 0
        while rounds is None or done < rounds:
            started = self._clock()
            report = self.round()
            done += 1
            if on_round:
                on_round(report)
            if rounds is not None and done >= rounds:
                break
            pause = started + every - self._clock()
            if pause > 0:
                self._sleep(pause)
        return done

    def round(self) -> RoundReport:
        """Poll the due feeds once and store what is new."""
        self.rounds += 1
        started = self._clock()
        state = _Round(RoundReport(self.rounds))
        try:
            writer = self.store.writer(commit_every=COMMIT_EVERY)
        except StoreError as exc:
            if "in use" not in str(exc):
                raise
            # A reader (or another writer) holds the file: try again next round, not give up.
            self.on_message(f"{exc}; round {self.rounds} skipped")
            state.report.busy = True
            state.report.seconds = self._clock() - started
            return state.report
        try:
            entries, validators = self._poll(writer, state)
            todo, complete = self._select(entries)
            for feed, (etag, last_modified) in validators.items():
                if feed in complete:  # a feed whose entries were cut must not answer 304 next time
                    self._states[feed].etag, self._states[feed].last_modified = etag, last_modified
            self._fetch_and_store(todo, writer, state)
        finally:
            try:
                self._commit(writer, state)
                writer.close()
            finally:
                self.store.close()  # let readers in while we sleep
        state.report.seconds = self._clock() - started
        return state.report

    # --- 1. polling feeds ---------------------------------------------------------------------------

    def feeds(self) -> list[FeedLine]:
        """The feeds of this round: the file again if it can be read, else the last good list."""
        if self._file is not None:
            try:
                self._feeds = read_feed_list(self._file)
            except (OSError, ValueError) as exc:
                self.on_message(f"{self._file}: {exc}; keeping the {len(self._feeds)} feed(s) read before")
        return self._feeds

    def _poll(self, writer, state: _Round) -> tuple[list[Entry], dict[str, tuple[str | None, str | None]]]:
        report = state.report
        entries: list[Entry] = []
        validators: dict[str, tuple[str | None, str | None]] = {}
        for feed in self.feeds():
            feed_state = self._states.setdefault(feed.url, _FeedState())
            if feed_state.next_round > report.number:
                report.waiting += 1
                continue
            report.feeds += 1
            try:
                listing = read_listing(self.fetcher, feed.url, etag=feed_state.etag,
                                       last_modified=feed_state.last_modified)
            except FetchError as exc:
                feed_state.failures += 1
                wait = min(2 ** (feed_state.failures - 1), self.max_backoff_rounds)
                feed_state.next_round = report.number + wait
                writer.add_failure(feed.url, feed.where, str(exc))
                report.failed += 1
                self.on_message(f"{feed.url} ({feed.where}): {exc}; polled again in {wait} round(s)")
                continue
            feed_state.failures, feed_state.next_round = 0, 0
            for child, exc in listing.failures:
                writer.add_failure(child, feed.url, str(exc))
                report.failed += 1
                self.on_message(f"{child} (in {feed.url}): {exc}")
            if not listing.not_modified:
                validators[feed.url] = (listing.etag, listing.last_modified)
                entries.extend(Entry(entry.url, feed.url, entry.title, entry.date) for entry in listing.entries)
        return entries, validators

    # --- 2. choosing what to fetch ---------------------------------------------------------------

    def _select(self, entries: list[Entry]) -> tuple[list[Entry], set[str]]:
        """The entries to fetch this round, spread over hosts, and the feeds fully taken."""
        conn = self.store.connection(write=True)
        retry_rows = conn.execute(
            "SELECT url, feed FROM seen_urls WHERE status = 'failed' AND retry AND attempts < ?",
            [self.max_attempts],
        ).fetchall()
        retryable = {url for url, _ in retry_rows}
        listed = {entry.url for entry in entries}
        entries = entries + [Entry(url, feed or url) for url, feed in retry_rows if url not in listed]
        urls = list(dict.fromkeys(entry.url for entry in entries))
        done: set[str] = set()
        if urls:
            rows = conn.execute(
                "SELECT url, canonical FROM seen_urls "
                "WHERE url IN (SELECT unnest(?::VARCHAR[])) OR canonical IN (SELECT unnest(?::VARCHAR[]))",
                [urls, urls],
            ).fetchall()
            for url, canonical in rows:
                if url not in retryable:
                    done.update(value for value in (url, canonical) if value)
        per_feed: dict[str, list[Entry]] = {}
        taken: set[str] = set()
        for entry in entries:
            if entry.url in done or entry.url in taken:
                continue
            taken.add(entry.url)
            per_feed.setdefault(entry.source, []).append(entry)
        todo: list[Entry] = []
        complete = set(self._states)
        for feed, found in per_feed.items():
            if len(found) > self.max_new:
                complete.discard(feed)
            todo.extend(newest_first(found)[: self.max_new])
        return spread_hosts(todo), complete

    # --- 3. fetching and storing -------------------------------------------------------------------

    def _fetch_and_store(self, todo: list[Entry], writer, state: _Round) -> None:
        in_flight: deque[_Candidate] = deque()  # process() yields one output per input, in order
        report = state.report
        articles = self._fetched(todo, writer, state, in_flight)
        first = next(articles, None)
        if first is None:
            return
        if self.nlp is None:
            from ..pipeline import load

            self.nlp = load(self.model)
        for result, failure in process(chain([first], articles), self.nlp, max_chars=self.max_chars):
            candidate = in_flight.popleft()
            entry, page = candidate.entry, candidate.page
            assert page is not None
            if failure is not None:
                writer.add_failure(entry.url, entry.source, failure.reason)
                report.failed += 1
                self.on_message(f"{entry.url}: {failure.reason}")
                state.pending.append(_Seen(entry.url, "failed", entry.source, page.canonical_url,
                                           candidate.hash, failure.reason, author=page.author))
            else:
                writer.add(result, candidate.hash)
                report.new += 1
                state.pending.append(_Seen(entry.url, "stored", entry.source, page.canonical_url,
                                           candidate.hash, author=page.author))
            if len(state.pending) >= COMMIT_EVERY:
                self._commit(writer, state)

    def _fetched(self, todo: list[Entry], writer, state: _Round,
                 in_flight: deque[_Candidate]) -> Iterator[RawArticle]:
        """The new articles among ``todo``, fetched one by one; the rest is noted on the way."""
        report = state.report
        for entry in todo:
            try:
                page = self.fetcher.fetch_page(entry.url, title=entry.title, date=entry.date)
            except FetchError as exc:
                writer.add_failure(entry.url, entry.source, str(exc))
                report.failed += 1
                self.on_message(f"{entry.url}: {exc}")
                state.pending.append(_Seen(entry.url, "failed", entry.source, reason=str(exc),
                                           retry=exc.transient))
                continue
            canonical = page.canonical_url
            hash_hex = content_hash(page.article.text)
            duplicate = None
            if canonical in state.canonicals or (canonical != entry.url and self._seen(canonical)):
                duplicate = f"same canonical URL as an article already seen: {canonical}"
            elif not writer.claim(hash_hex):
                duplicate = "same text as an article already stored"
            if duplicate:
                report.duplicates += 1
                state.pending.append(_Seen(entry.url, "duplicate", entry.source, canonical, hash_hex,
                                           duplicate, author=page.author))
                continue
            state.canonicals.add(canonical)
            in_flight.append(_Candidate(entry, page, hash_hex))
            yield page.article

    def _seen(self, canonical: str) -> bool:
        row = self.store.connection(write=True).execute(
            "SELECT count(*) FROM seen_urls WHERE (url = ? OR canonical = ?) AND status <> 'failed'",
            [canonical, canonical],
        ).fetchone()
        return bool(row[0])

    # --- 4. remembering ------------------------------------------------------------------------------

    def _commit(self, writer, state: _Round) -> None:
        """Commit the stored articles, then the seen_urls rows of what was tried.

        The rows are taken off the round first: if the commit fails (or is interrupted), they are
        not written, so those URLs are fetched again next time instead of being lost.
        """
        pending, state.pending = state.pending, []
        writer.flush()
        if not pending:
            return
        now = dt.datetime.now()
        conn = self.store.connection(write=True)
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.executemany(_UPSERT_SEEN, [
                [seen.url, seen.canonical, seen.hash, seen.status, seen.reason, seen.retry,
                 seen.feed, seen.author, now, now]
                for seen in pending
            ])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def spread_hosts(entries: Iterable[Entry]) -> list[Entry]:
    """Entries reordered round-robin over their hosts (order kept within a host), so the fetcher
    rarely has to wait out one host's interval while another host is free."""
    from urllib.parse import urlsplit

    queues: dict[str, deque[Entry]] = {}
    for entry in entries:
        queues.setdefault(urlsplit(entry.url).hostname or "", deque()).append(entry)
    spread: list[Entry] = []
    while queues:
        for host in list(queues):
            spread.append(queues[host].popleft())
            if not queues[host]:
                del queues[host]
    return spread

