"""The re-ranker hook: rule candidates carry features, and a model can re-score them."""

from __future__ import annotations

from tidings.components.events import TypeModelReranker

from .test_events_types import with_actors

TEXT = "Chile condemned the raid and Peru praised the talks."
ACTORS = {"Chile": ("CHL", "GOV"), "Peru": ("PER", "GOV")}


class FixedModel:
    """Stands in for tidings.eventmodel.EventTypeModel: the same P(type) for every trigger."""

    def __init__(self, probs):
        self.probs = probs

    def probabilities(self, token):
        return dict(self.probs)


def test_events_reranker_without_a_model_changes_nothing(annotate, nlp):
    doc = with_actors(annotate, TEXT, ACTORS)
    records = nlp.get_pipe("tidings_events").find(doc)
    assert records and TypeModelReranker(None)(records, doc) is records


def test_events_reranker_blends_the_model_into_confidence(annotate, nlp):
    doc = with_actors(annotate, TEXT, ACTORS)
    records = nlp.get_pipe("tidings_events").find(doc)
    before = {r.trigger.i: r.confidence for r in records}
    model = FixedModel({"ACCUSE": 0.9, "SUPPORT": 0.05, "NONE": 0.05})
    reranked = TypeModelReranker(model, blend=0.5)(records, doc)
    assert {r.type for r in reranked} == {"ACCUSE", "SUPPORT"}
    for record in reranked:
        expected = 0.5 * before[record.trigger.i] + 0.5 * model.probs.get(record.type, 0.0)
        assert abs(record.confidence - round(expected, 3)) < 1e-6


def test_events_candidates_carry_features_for_a_model(annotate, nlp):
    doc = with_actors(annotate, TEXT, ACTORS)
    features = [r.feature_dict() for r in nlp.get_pipe("tidings_events").find(doc)]
    assert {f["lemma"] for f in features} >= {"condemn", "praise"}
    assert all({"base_type", "weight", "chain", "has_source", "negated"} <= set(f) for f in features)
