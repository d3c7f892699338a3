"""The event verifier: a shipped model of how likely a written event is right, and its floor."""

from __future__ import annotations

import pytest

from tidings.components.events import EventCoder, load_lexicon
from tidings.verifier import load_verifier, verifier_features

TEXT = "Chile condemned the raid on Tuesday and Peru praised the talks."


@pytest.fixture(scope="module")
def verifier():
    found = load_verifier()
    assert found is not None, "src/tidings/data/events/verifier.npz is missing (training/train_event_verifier.py)"
    return found


def test_features_describe_actors_and_trigger():
    event = {"type": "ACCUSE", "mode": None, "trigger": "condemned", "text": TEXT, "confidence": 0.9,
             "source": [{"name": "Chile", "country": "CHL", "sector": None}], "target": [], "sentence": 0}
    feats = verifier_features(event)
    assert "T=ACCUSE" in feats and "sc=y" in feats and "sin=y" in feats and "tn=0" in feats
    assert "sside=b" in feats  # Chile stands before the trigger


def test_an_event_whose_parties_a_dataset_cannot_code_scores_lower(verifier):
    coded = {"type": "ASSAULT", "mode": None, "trigger": "attacked", "confidence": 0.9, "sentence": 0,
             "text": "Rebels attacked an army base in the north, killing six soldiers.",
             "source": [{"name": "Rebels", "country": "MLI", "sector": "REB"}],
             "target": [{"name": "soldiers", "country": "MLI", "sector": "MIL"}]}
    uncoded = dict(coded, target=[{"name": "Kidal", "country": None, "sector": None}])
    assert 0 < verifier.probability(uncoded) < verifier.probability(coded) < 1


def test_the_floor_drops_events_and_renumbers(nlp, annotate, verifier):
    doc = annotate(TEXT, date="2025-03-01", upto="tidings_quantities")
    everything = EventCoder(nlp, load_lexicon(), min_verified=0.0)(doc)._.events
    assert len(everything) == 2
    scores = sorted(verifier.probability(e) for e in everything)
    floor = (scores[0] + scores[1]) / 2
    kept = EventCoder(nlp, load_lexicon(), min_verified=floor)(doc)._.events
    assert len(kept) == 1 and kept[0]["id"] == "E1"
    assert verifier.probability(kept[0]) == scores[1]


def test_the_floor_can_be_set_on_the_loaded_pipeline(nlp, annotate):
    doc = annotate(TEXT, date="2025-03-01", upto="tidings_quantities")
    coder = nlp.get_pipe("tidings_events")
    assert coder.min_verified == 0.0  # off by default: every event is written
    before = len(coder(doc)._.events)
    coder.min_verified = 0.999
    try:
        assert before == 2 and coder(doc)._.events == []
    finally:
        coder.min_verified = 0.0


def test_a_judged_sample_row_reads_as_the_written_event(verifier):
    from tidings.verifier import event_from_sample
    row = {"type": "ACCUSE", "mode": "disapprove", "trigger": "condemned", "sentence": TEXT, "sentence_index": 0,
           "source": [{"name": "Chile", "country": "CHL", "sector": None}], "target": [], "flags": ["future"],
           "confidence": 0.9, "fingerprint": "x"}
    event = event_from_sample(row)
    assert event["text"] == TEXT and event["sentence"] == 0 and event["future"] and not event["negated"]
    assert 0 < verifier.probability(event) < 1
