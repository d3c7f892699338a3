"""End to end: short texts through the real pipeline into the store, and back out unchanged."""

from __future__ import annotations

import json

import pytest

from tidings.extract import process
from tidings.readers import read_inputs
from tidings.store import Store

TEXTS = [
    ("kyiv", "2023-10-18", "Russian forces shelled Kharkiv overnight, wounding six civilians, the "
     "regional governor said on Wednesday. Ukraine's foreign minister accused Moscow of war crimes."),
    ("summit", "2023-10-18", "Chinese President Xi Jinping hosted Russian President Vladimir Putin in "
     "Beijing on Wednesday. \"Our friendship is strong,\" Xi told reporters."),
    ("aid", "2024-02-01", "The European Union pledged 50 billion euros in aid to Ukraine on Thursday."),
]


@pytest.fixture
def inputs(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}) + "\n" for i, d, t in TEXTS))
    return path


@pytest.mark.slow
def test_stored_results_equal_the_pipeline_output(nlp, inputs, tmp_path):
    expected = {result.article.id: result for result, _ in process(read_inputs([str(inputs)]), nlp)}
    with Store(tmp_path / "e2e.duckdb") as store:
        report = store.ingest_inputs([str(inputs)], nlp=nlp)
        assert (report.stored, report.failed) == (3, 0)
        assert report.events == sum(len(result.events) for result in expected.values())
        assert {result.article.id: result for result in store.results()} == expected


@pytest.mark.slow
def test_ingesting_the_same_files_again_runs_no_nlp(inputs, tmp_path, nlp):
    with Store(tmp_path / "e2e.duckdb") as store:
        store.ingest_inputs([str(inputs)], nlp=nlp)

        class NoPipeline:
            def __getattr__(self, name):
                raise AssertionError("the pipeline ran on an article already stored")

        report = store.ingest_inputs([str(inputs)], nlp=NoPipeline())
        assert (report.stored, report.skipped) == (0, 3)


# Three team-written reports of one meeting, worded differently, one a day later (Tuesday is 11 June).
MEETING = [
    ("wire-a", "2024-06-12", "Wire A", "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio "
     "Kishida in Tokyo on Tuesday to discuss defence ties and a high-speed rail project. Officials said the "
     "talks lasted two hours."),
    ("wire-b", "2024-06-12", "Wire B", "Fumio Kishida hosted Narendra Modi in Tokyo on Tuesday, and the two "
     "leaders agreed to expand joint naval exercises, a government spokesman said."),
    ("wire-c", "2024-06-13", "Wire C", "Modi and Kishida held talks in Tokyo on Tuesday, their third meeting in "
     "a year, focusing on trade and security in the Indo-Pacific."),
]


@pytest.mark.slow
def test_three_real_reports_of_one_meeting_are_one_event_with_three_mentions(nlp, tmp_path):
    path = tmp_path / "meeting.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "source": s, "text": t}) + "\n" for i, d, s, t in MEETING))
    with Store(tmp_path / "meeting.duckdb") as store:
        store.ingest_inputs([str(path)], nlp=nlp)
        meetings = store.meetings("Narendra Modi", "Kishida")
        assert len(meetings) == 1
        meeting = meetings.iloc[0]
        assert (meeting.num_mentions, meeting.num_articles, meeting.num_sources) == (3, 3, 3)
        assert (meeting.day.date().isoformat(), meeting.place_name) == ("2024-06-11", "Tokyo")
        sentences = store.sql(f"SELECT text FROM event_mentions WHERE event_key = {int(meeting.key)}")["text"]
        assert sorted(sentence.split()[0] for sentence in sentences) == ["Fumio", "Indian", "Modi"]
