"""The parallel runners give exactly what one process gives, in input order.

The corpus is ten short wire-style articles written for these tests, one unreadable record in the
middle and one article over the size limit. Starting a worker costs a model load (2-4 s), so each
backend runs the corpus once (module fixtures) and the tests look at what it produced.
"""

from __future__ import annotations

import pickle

import pytest

from tidings.extract import RawArticle, ReadFailure
from tidings.runner import ProcessPool, batches, parse_scheduler, run
from tidings.schema import Article

MAX_CHARS = 700
BATCH_SIZE = 3  # several batches, so the reordering is exercised

TEXTS = [
    "Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Tuesday "
    "to discuss a power line linking the two countries, his office said.",
    "Police in Santiago fired tear gas at several thousand students who marched on Thursday "
    "to demand lower tuition fees, witnesses said.",
    "The European Union approved 50 million euros in emergency aid for flood victims in "
    "Pakistan, the bloc's humanitarian commissioner announced on Monday.",
    "Japan's foreign minister accused North Korea of firing two ballistic missiles into the sea "
    "off its eastern coast early on Sunday.",
    "Brazil and Argentina signed an agreement on Friday to build a gas pipeline, the two "
    "governments said in a joint statement.",
    "Protesters gathered outside parliament in Budapest on Saturday, calling on the government "
    "to restore funding for public hospitals.",
    "Indian and Chinese military commanders held a new round of talks on the disputed border, "
    "the defence ministry in New Delhi said on Wednesday.",
    "The United Nations called on both sides in Sudan to allow aid convoys into Darfur, where "
    "about 2 million people need food.",
    "Turkey threatened to block Sweden's bid to join NATO unless Stockholm expelled a group of "
    "activists, a spokesman for the president said.",
    "Rebels attacked an army base near Goma on Monday, killing 12 soldiers, a military "
    "spokesman said.",
]
LONG_TEXT = "Officials met in Geneva on Monday. " * 40  # over MAX_CHARS


def corpus() -> list[RawArticle | ReadFailure]:
    articles: list[RawArticle | ReadFailure] = [
        RawArticle(Article(id=f"a{n}", date="2024-03-11", source="Team Wire"), text)
        for n, text in enumerate(TEXTS, start=1)
    ]
    articles.insert(4, ReadFailure("broken.jsonl:5", "line 5 is not valid JSON", "broken.jsonl:5"))
    articles.insert(8, RawArticle(Article(id="too-long"), LONG_TEXT))
    return articles


def dumped(outputs) -> list[tuple[dict, dict | None]]:
    return [(result.model_dump(), failure and vars(failure)) for result, failure in outputs]


PROGRESS: dict[str, list[int]] = {}  # what on_progress was called with, per backend


def run_corpus(backend: str, **options) -> list:
    progress = PROGRESS.setdefault(backend, [])
    return list(run(corpus(), batch_size=BATCH_SIZE, max_chars=MAX_CHARS, on_progress=progress.append, **options))


@pytest.fixture(scope="module")
def single(nlp) -> list:
    """The reference: one process (the session's pipeline is the one load() caches)."""
    return run_corpus("single")


@pytest.fixture(scope="module")
def with_processes() -> list:
    return run_corpus("with_processes", workers=2)


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    try:
        yield cluster
    finally:
        cluster.close()


@pytest.fixture(scope="module")
def with_dask(dask_cluster) -> list:
    return run_corpus("with_dask", scheduler=dask_cluster.scheduler_address)


def test_reference_run_found_events(single):
    # Guards the comparisons below: identical empty outputs would prove nothing.
    assert sum(len(result.events) for result, _ in single if hasattr(result, "events")) >= 5


def test_two_processes_equal_one_process(single, with_processes):
    assert dumped(with_processes) == dumped(single)


def test_local_dask_cluster_of_two_equals_one_process(single, with_dask):
    assert dumped(with_dask) == dumped(single)


@pytest.mark.parametrize("backend", ["single", "with_processes"])
def test_read_failure_passes_through_in_place(backend, request):
    outputs = request.getfixturevalue(backend)
    result, failure = outputs[4]
    assert failure == ReadFailure("broken.jsonl:5", "line 5 is not valid JSON", "broken.jsonl:5")
    assert result.article.id == "broken.jsonl:5"
    assert [r.article.id for r, _ in outputs[:4]] == ["a1", "a2", "a3", "a4"]


@pytest.mark.parametrize("backend", ["single", "with_processes"])
def test_article_that_fails_is_reported_and_the_rest_go_on(backend, request):
    outputs = request.getfixturevalue(backend)
    result, failure = outputs[8]
    assert failure is not None and failure.id == "too-long" and "over the limit" in failure.reason
    assert result.error == failure.reason
    assert all(failure is None for n, (_, failure) in enumerate(outputs) if n not in (4, 8))
    assert len(outputs) == len(corpus())


@pytest.mark.parametrize("backend", ["single", "with_processes", "with_dask"])
def test_progress_counts_every_input_item(backend, request):
    request.getfixturevalue(backend)
    seen = PROGRESS[backend]
    assert seen == sorted(seen) and seen[-1] == len(corpus())
    assert len(seen) > 1  # called as batches finish, not only at the end


def test_empty_input_starts_no_worker():
    assert list(run([], workers=2)) == []


def test_fork_is_refused():
    with pytest.raises(ValueError, match="fork"):
        ProcessPool(1, CrashingJob("."), start_method="fork")


def test_batches_pickle_unchanged():
    batch = next(batches(corpus(), 5))
    assert pickle.loads(pickle.dumps(batch)) == batch


def test_batches_are_lazy():
    def endless():
        n = 0
        while True:
            n += 1
            yield RawArticle(Article(id=str(n)), "text")

    first = next(batches(endless(), 4))
    assert [item.meta.id for item in first] == ["1", "2", "3", "4"]


@pytest.mark.parametrize(
    ("scheduler", "workers", "expected"),
    [
        ("local:3", 1, ("local", 3)),
        ("local", 4, ("local", 4)),
        ("tcp://10.0.0.5:8786", 1, ("tcp://10.0.0.5:8786", None)),
    ],
)
def test_scheduler_names(scheduler, workers, expected):
    assert parse_scheduler(scheduler, workers) == expected


@pytest.mark.parametrize("bad", ["local:0", "local:two", " "])
def test_bad_scheduler_is_refused_at_once(bad):
    with pytest.raises(ValueError):
        run([], scheduler=bad)


# --- worker crashes, with a stand-in job that needs no model (fast to start) ------------------


class CrashingJob:
    """Outputs without NLP; the process dies on "POISON" always, on "FLAKY" the first time only.

    Whether a FLAKY article was already tried is remembered in a file, since the retry runs in
    another process.
    """

    def __init__(self, marker_dir: str) -> None:
        self.marker_dir = marker_dir

    def setup(self) -> None:
        pass

    def __call__(self, batch):
        import os
        from pathlib import Path

        for item in batch:
            text = getattr(item, "text", "")
            if "POISON" in text:
                os._exit(3)
            if "FLAKY" in text:
                marker = Path(self.marker_dir, item.meta.id)
                if not marker.exists():
                    marker.touch()
                    os._exit(4)
        return [
            (item.as_result(), item) if isinstance(item, ReadFailure) else (_empty_result(item), None)
            for item in batch
        ]


def _empty_result(item):
    from tidings.schema import ArticleResult

    return ArticleResult(article=item.meta)


def test_crashed_worker_batch_is_retried_then_reported(tmp_path):
    texts = ["fine", "fine", "FLAKY", "fine", "POISON", "fine", "fine"]
    items = [RawArticle(Article(id=f"c{n}"), text) for n, text in enumerate(texts)]
    # forkserver: each of the three restarts is a fork, not a new interpreter importing spaCy.
    with ProcessPool(2, CrashingJob(str(tmp_path)), start_method="forkserver") as pool:
        outputs = [pair for out in pool.imap(batches(items, 2)) for pair in out]
        restarts = pool.restarts
    assert [result.article.id for result, _ in outputs] == [f"c{n}" for n in range(7)]
    failed = {failure.id: failure.reason for _, failure in outputs if failure is not None}
    # c4 (POISON) and its batch-mate c5 died twice; the FLAKY batch succeeded on its retry.
    assert set(failed) == {"c4", "c5"}
    assert all(reason.startswith("worker crashed (exit code 3)") for reason in failed.values())
    assert restarts == 3


def test_batch_of_read_failures_only_keeps_its_place_and_is_counted(tmp_path):
    failures = [ReadFailure(f"bad{n}", "invalid JSON", f"in.jsonl:{n}") for n in range(2)]
    items = [RawArticle(Article(id="ok1"), "fine"), RawArticle(Article(id="ok2"), "fine"), *failures]
    seen: list[int] = []
    with ProcessPool(1, CrashingJob(str(tmp_path)), start_method="forkserver") as pool:
        outputs = [pair for out in pool.imap(batches(items, 2), on_progress=seen.append) for pair in out]
    assert [failure for _, failure in outputs] == [None, None, *failures]
    assert seen[-1] == 4
