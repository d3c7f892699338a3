"""A small model of how likely a written event is to be right, and a floor under it.

The rules (``components/events.py``) write an event whenever a trigger frame matches; careful
readers judged thousands of such events (``bench/event_sample/``), and about half were right. What
tends to go wrong shows in the event itself: an initiator or recipient without a country or sector,
a place as a recipient, an actor named outside the sentence, a trigger type that is often misread.
This module scores an event, as written, with a logistic regression over such features, trained by
``training/train_event_verifier.py`` on the judged events of the team-written story sets only (the
VOA judgements are kept out of training and serve as its test), and shipped as
``data/events/verifier.npz``. The events stage drops events whose score falls under a floor
(``min_verified`` in its config; 0 keeps all). It does not change ``confidence``, which ranks the
events of one sentence.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy

from .eventmodel import load_packaged, vectorise  # the type model's feature hashing and loading
from .schema import EVENT_FLAGS

VERIFIER_FILE = "verifier.npz"
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "them", "him", "her", "us", "who",
                      "which", "its", "their"})
OPENING_QUOTES = ('"', "\u201c")


def _actor_features(role: str, actors: list[dict], sentence: str, trigger_at: int) -> list[str]:
    """What an event's initiators (role "s") or recipients ("t") look like: how many, whether a
    dataset can code them, whether the sentence names them and on which side of the trigger."""
    feats = [f"{role}n={min(len(actors), 2)}"]
    lowered = sentence.lower()
    for actor in actors[:2]:
        name = actor.get("name") or ""
        coded = "y" if actor.get("country") else "n"
        feats += [f"{role}sec={actor.get('sector')}", f"{role}c={coded}", f"{role}cs={coded}|{actor.get('sector')}",
                  f"{role}cap={'y' if name[:1].isupper() else 'n'}",
                  f"{role}pron={'y' if name.lower() in PRONOUNS else 'n'}"]
        at = sentence.find(name) if name else -1
        if at < 0 and name:
            at = lowered.find(name.lower())
        feats.append(f"{role}in={'y' if at >= 0 else 'n'}")  # "n": found by coreference or context
        if at >= 0 and trigger_at >= 0:
            feats.append(f"{role}side={'b' if at < trigger_at else 'a'}")
            feats.append(f"{role}dist={min(abs(at - trigger_at) // 40, 4)}")
    return feats


def verifier_features(event: dict) -> list[str]:
    """The features of one event dict as the events stage writes it (``text`` is its sentence)."""
    sentence = event.get("text") or ""
    kind = event.get("type")
    trigger = event.get("trigger") or ""
    trigger_at = sentence.find(trigger) if trigger else -1
    confidence = float(event.get("confidence") or 0.0)
    feats = [f"T={kind}", f"TM={kind}|{event.get('mode')}", f"tr={trigger.lower()}", f"Ttr={kind}|{trigger.lower()}",
             f"conf={int(confidence * 10)}", f"Tconf={kind}|{int(confidence * 5)}"]
    sources, targets = event.get("source") or [], event.get("target") or []
    feats += _actor_features("s", sources, sentence, trigger_at)
    feats += _actor_features("t", targets, sentence, trigger_at)
    if sources and targets:
        feats.append(f"same={sources[0].get('country') == targets[0].get('country')}")
    feats.append(f"T|tn={kind}{min(len(targets), 1)}")
    feats.append(f"rep={bool(event.get('reported_by'))}")
    feats += [f"fl={name}" for name in EVENT_FLAGS if event.get(name)]
    quotes = sum(sentence.count(mark) for mark in OPENING_QUOTES)
    feats.append(f"q={min(quotes, 2)}")
    if trigger_at >= 0:
        before = sentence[:trigger_at]
        inside = (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2
        feats.append(f"inq={inside}")  # the trigger stands inside a quotation
    feats.append(f"len={min(len(sentence) // 80, 4)}")
    feats.append(f"sidx={min(int(event.get('sentence') or 0), 3)}")
    return feats


class EventVerifier:
    """P(a careful reader judges the event right, type and actors) from its written form."""

    def __init__(self, weights: numpy.ndarray, bias: float) -> None:
        self.weights = weights.astype(numpy.float64)
        self.bias = float(bias)

    @classmethod
    def from_npz(cls, path) -> EventVerifier:
        with numpy.load(path, allow_pickle=False) as data:
            return cls(data["weights"], float(data["bias"]))

    def probability(self, event: dict) -> float:
        logit = self.weights[vectorise(verifier_features(event))].sum() + self.bias
        return 1.0 / (1.0 + math.exp(-logit))


def event_from_sample(row: dict) -> dict:
    """A judged sample row (``bench/event_sample``: what readers saw) in the shape the events
    stage writes, so that the verifier scores it as it would score the written event."""
    event = {key: row.get(key) for key in ("type", "mode", "trigger", "source", "target", "reported_by", "confidence")}
    event["text"] = row.get("sentence")
    event["sentence"] = row.get("sentence_index")
    event.update({name: name in (row.get("flags") or ()) for name in EVENT_FLAGS})
    return event


@lru_cache(maxsize=1)
def load_verifier() -> EventVerifier | None:
    """The shipped verifier, or None when it has not been trained."""
    return load_packaged(VERIFIER_FILE, EventVerifier.from_npz)
