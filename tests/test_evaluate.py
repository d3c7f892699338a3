"""The evaluation library behind `tidings eval`: reading gold files, scoring, reporting."""

from __future__ import annotations

import json

import pytest

from tidings.errors import GoldFormatError
from tidings.evaluate import evaluate_file, format_report, parse_gold_line, read_gold, score

from .shared import shared_path


def gold_line(**fields) -> str:
    record = {"id": "g1", "text": "Chad expelled the French ambassador.", "event": "SANCTION",
              "event_plover_current": "SANCTION", "mode": None,
              "source": [{"text": "Chad", "code": "TCD", "sector": "GOV"}],
              "target": [{"text": "French", "code": "FRA", "sector": "GOV"}], "date": "2000-01-01"}
    record.update(fields)
    return json.dumps(record)


def event(type_, confidence=0.9, source=(), target=(), mode=None):
    return {"type": type_, "mode": mode, "confidence": confidence, "trigger": "x",
            "source": [{"id": "A", "name": c, "country": c, "sector": None} for c in source],
            "target": [{"id": "B", "name": c, "country": c, "sector": None} for c in target]}


@pytest.mark.parametrize(("fields", "expected"), [
    ({"event": "DEMAND", "event_plover_current": None}, "REQUEST"),
    ({"event": "DISAPPROVE", "event_plover_current": None}, "ACCUSE"),
    ({"event": "INVESTIGATE", "event_plover_current": None}, "ACCUSE"),
    ({"event": "FIGHT", "event_plover_current": None}, "ASSAULT"),
    ({"event": "FIGHT", "event_plover_current": "ASSAULT"}, "ASSAULT"),
])
def test_evaluate_old_type_names_are_mapped(fields, expected):
    assert parse_gold_line(gold_line(**fields), 1).type == expected


def test_evaluate_old_codes_modes_and_placeholder_dates_are_normalised():
    record = parse_gold_line(gold_line(event_plover_current="PROTEST", mode="strike-hun",
                                       source=[{"text": "Tokyo", "code": "JAP", "sector": None}]), 1)
    assert record.source_codes == {"JPN"} and record.mode == "hunger" and record.date is None
    assert parse_gold_line(gold_line(date="2021-06-01"), 1).date == "2021-06-01"


@pytest.mark.parametrize(("line", "reason"), [
    ("{not json", "not valid JSON"),
    (json.dumps(["a list"]), "expected a JSON object"),
    (gold_line(text=""), "missing or empty 'text'"),
    (gold_line(event=None, event_plover_current=None), "missing event type"),
    (gold_line(event_plover_current="PARTY"), "unknown event type"),
    (gold_line(source="Chad"), "'source' must be a list"),
])
def test_evaluate_malformed_gold_line_names_the_line(tmp_path, line, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line() + "\n\n" + line + "\n")
    with pytest.raises(GoldFormatError, match=rf"line 3: .*{reason}"):
        read_gold(path)


def test_evaluate_empty_gold_file_is_an_error(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n")
    with pytest.raises(GoldFormatError, match="no records"):
        read_gold(path)


def test_evaluate_scores_top_event_types_actors_and_modes():
    records = [
        parse_gold_line(gold_line(id="a"), 1),
        parse_gold_line(gold_line(id="b", event_plover_current="ASSAULT", mode="aerial"), 2),
        parse_gold_line(gold_line(id="c", event_plover_current="ASSAULT"), 3),
        parse_gold_line(gold_line(id="d", event_plover_current="PROTEST"), 4),
    ]
    predictions = [
        [event("SANCTION", 0.9, ["TCD"], ["FRA"]), event("ACCUSE", 0.4)],  # right, actors right
        [event("ASSAULT", 0.8, ["TCD"], [], mode="aerial")],  # right type and mode, target wrong
        [event("ACCUSE", 0.7), event("ASSAULT", 0.5)],  # the top event is wrong
        [],  # nothing found
    ]
    report = score(records, predictions)
    assert report["top1_accuracy"] == 0.5
    assert report["confusion"]["ASSAULT"] == {"ASSAULT": 1, "ACCUSE": 1}
    assert report["confusion"]["PROTEST"] == {"none": 1} and report["no_event"] == 1
    assert report["actor_match_records"] == 2
    assert report["source_country_match"] == 1.0 and report["target_country_match"] == 0.5
    assert report["mode_accuracy"] == 1.0 and report["mode_records"] == 1
    # SANCTION 1.0, ASSAULT P=1 R=.5 -> .667, ACCUSE 0, PROTEST 0; the other 12 types are excluded
    assert report["macro_f1_types"] == 4
    assert report["macro_f1"] == pytest.approx((1.0 + 2 / 3) / 4, abs=1e-3)
    assert [miss["id"] for miss in report["misses"]] == ["c", "d"]


def test_evaluate_report_text_lists_the_misses():
    records = [parse_gold_line(gold_line(id="x1"), 1)]
    text = format_report(score(records, [[event("ACCUSE")]]))
    assert "top-1 type accuracy : 0.000" in text
    assert "[x1] gold SANCTION, predicted ACCUSE" in text and "Chad expelled" in text


def test_evaluate_file_runs_the_pipeline(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    path.write_text(gold_line(id="one") + "\n" + gold_line(id="two", text="Chad and Niger held talks.",
                                                         event_plover_current="CONSULT") + "\n")
    report = evaluate_file(path, nlp=nlp)
    assert report["records"] == 2 and report["gold"] == str(path)
    json.dumps(report)  # JSON-able


@pytest.mark.slow
def test_evaluate_shared_dev_file(nlp):
    report = evaluate_file(shared_path("data", "plover_gsr.dev.jsonl"), nlp=nlp)
    assert report["records"] == 131
    assert set(report["per_type"]) <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                                      "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                                      "MOBILIZE", "COERCE", "ASSAULT"}
    assert "misses" in format_report(report)
