"""A small linear model that scores the PLOVER type of an event trigger in its sentence.

The rule layer (``components/events.py``) finds trigger candidates and the arguments around them;
this model says, from the trigger's parse context and the sentence's words, how likely each of the
16 types (or ``NONE``: no event) is. It is a multinomial logistic regression over hashed sparse
features, trained by ``training/train_event_model.py`` on the team-written sentences in
``training/events/`` and shipped as ``data/events/model.npz`` (weights, bias, labels, settings).
Inference is numpy only: a sum of a few dozen weight rows per trigger.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

import numpy
from spacy.tokens import Token

MODEL_FILE = "model.npz"
T = TypeVar("T")
N_BUCKETS = 1 << 16

# Content words only in the bag of sentence lemmas: function words say little about the type.
BAG_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "PROPN", "NUM", "ADP", "PART"})
MODAL_LEMMAS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "can", "must"})
ARGUMENT_DEPS = frozenset({"dobj", "prt", "xcomp", "ccomp", "acomp", "attr", "dative", "oprd", "agent"})


def trigger_features(token: Token) -> list[str]:
    """Features of a trigger token: its lemma, its arguments and governor, and the sentence's words."""
    lemma = token.lemma_.lower()
    feats = [f"L={lemma}", f"P={token.pos_}", f"D={token.dep_}", f"LP={lemma}|{token.pos_}"]
    for child in token.children:
        child_lemma = child.lemma_.lower()
        if child.dep_ in ARGUMENT_DEPS:
            feats.append(f"C{child.dep_}={child_lemma}")
            feats.append(f"LC={lemma}|{child.dep_}={child_lemma}")
        elif child.dep_ == "prep":
            feats.append(f"PREP={child_lemma}")
            feats.append(f"LPREP={lemma}|{child_lemma}")
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    feats.append(f"PO={child_lemma}={pobj.lemma_.lower()}")
                    if pobj.ent_type_:
                        feats.append(f"POE={child_lemma}={pobj.ent_type_}")
        elif child.dep_ == "neg":
            feats.append("NEG")
        elif child.dep_ in ("aux", "auxpass"):
            feats.append(f"AUX={child_lemma}" if child_lemma in MODAL_LEMMAS else f"{child.dep_.upper()}")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            feats.append(f"S{child.dep_}={child.ent_type_ or child.lemma_.lower()}")
        elif child.dep_ in ("amod", "compound") and token.pos_ == "NOUN":
            feats.append(f"M={child_lemma}")
    head = token.head
    if head is not token:
        feats.append(f"H={head.lemma_.lower()}")
        feats.append(f"HD={head.lemma_.lower()}|{token.dep_}")
        if head.head is not head and token.dep_ in ("xcomp", "ccomp", "pobj", "dobj"):
            feats.append(f"HH={head.head.lemma_.lower()}")
    feats.append(f"TAG={token.tag_}")
    sent = token.sent
    for other in sent:
        if other.pos_ in BAG_POS and not other.is_stop or other.lemma_.lower() in MODAL_LEMMAS:
            feats.append(f"B={other.lemma_.lower()}")
        if other.dep_ == "neg":
            feats.append("SNEG")
    return feats


def bucket(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) % N_BUCKETS


def vectorise(features: Iterable[str]) -> list[int]:
    return sorted({bucket(feature) for feature in features})


class EventTypeModel:
    """Scores trigger tokens; ``labels`` holds the 16 PLOVER types and ``NONE``."""

    def __init__(self, weights: numpy.ndarray, bias: numpy.ndarray, labels: list[str]) -> None:
        self.weights = weights.astype(numpy.float32)
        self.bias = bias.astype(numpy.float32)
        self.labels = labels
        self.index = {label: i for i, label in enumerate(labels)}

    @classmethod
    def from_npz(cls, path) -> EventTypeModel:
        with numpy.load(path, allow_pickle=False) as data:
            return cls(data["weights"], data["bias"], [str(label) for label in data["labels"]])

    def probabilities(self, token: Token) -> dict[str, float]:
        """P(type | trigger in its sentence) for every label."""
        rows = vectorise(trigger_features(token))
        logits = self.weights[rows].sum(axis=0) + self.bias
        logits -= logits.max()
        exp = numpy.exp(logits)
        probs = exp / exp.sum()
        return {label: float(probs[i]) for i, label in enumerate(self.labels)}


def load_packaged(filename: str, from_npz: Callable[[Path], T]) -> T | None:
    """A model shipped as ``filename`` in ``tidings/data/events``, read by ``from_npz``; None when
    it has not been trained yet (shared by the type model and the event verifier)."""
    path = resources.files("tidings.data.events").joinpath(filename)
    if not path.is_file():
        return None
    with resources.as_file(path) as real_path:
        return from_npz(real_path)


@lru_cache(maxsize=1)
def load_model() -> EventTypeModel | None:
    """The shipped model, or None when it has not been trained yet."""
    return load_packaged(MODEL_FILE, EventTypeModel.from_npz)
