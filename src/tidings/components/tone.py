"""The tone stage: GDELT-style tone of the article and of each event's sentence.

On GDELT's scale: ``positive`` is the percentage of words with positive valence, ``negative`` the
percentage with negative valence, ``score = positive - negative`` and ``polarity = positive +
negative``; ``words`` is the word count (alphabetic or numeric tokens). Valence comes from
vaderSentiment's maintained lexicon (7,500 scored words), looked up once per token.

Two documented approximations of VADER, kept because the scale counts words rather than summing
intensities:

- negation: a scored word within three words after a negator (VADER's list: "not", "never",
  "without", spaCy's "n't" ...) counts on the opposite side, as VADER flips its sign;
- names are not sentiment: words inside a named entity ("United Nations", "Security Council",
  "Justice Ministry") count as words but carry no valence, and "like" counts only as a verb.

Runs last: it also sets each event's ``tone`` (in ``doc._.events``) to its sentence's score.
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

NEGATION_WINDOW = 3
# Entity labels whose words are names, not opinions.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"}
)


@functools.cache
def valence_lexicon() -> dict[str, float]:
    """VADER's word -> valence table, loaded once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return dict(SentimentIntensityAnalyzer().lexicon)


@functools.cache
def negators() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import NEGATE

    return frozenset(NEGATE) | {"n't", "no", "nobody"}


def tone_of(positive: int, negative: int, words: int) -> dict:
    """A Tone dict from counts of positive, negative and all words."""
    if words == 0:
        return {"score": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "words": 0}
    pos = 100.0 * positive / words
    neg = 100.0 * negative / words
    return {
        "score": round(pos - neg, 3),
        "positive": round(pos, 3),
        "negative": round(neg, 3),
        "polarity": round(pos + neg, 3),
        "words": words,
    }


def sentence_counts(doc: Doc, lexicon: dict[str, float], negating: frozenset[str]) -> list[tuple[int, int, int]]:
    """(positive, negative, words) for each sentence, in one pass over the tokens."""
    counts = []
    for sent in doc.sents:
        positive = negative = words = 0
        since_negator = NEGATION_WINDOW + 1  # words since the last negator
        for token in sent:
            if not (token.is_alpha or token.like_num or token.lower_ == "n't"):
                continue
            words += 1
            lower = token.lower_
            if lower in negating:
                since_negator = 0
                continue
            since_negator += 1
            valence = lexicon.get(lower)
            if valence is None or (token.ent_type_ in NAME_LABELS) or (lower == "like" and token.pos_ != "VERB"):
                continue
            if since_negator <= NEGATION_WINDOW:
                valence = -valence
            if valence > 0:
                positive += 1
            elif valence < 0:
                negative += 1
        counts.append((positive, negative, words))
    return counts


class ToneStage:
    """Scores the article and each sentence; copies sentence scores onto the events."""

    def __init__(self) -> None:
        self.lexicon = valence_lexicon()
        self.negating = negators()

    def __call__(self, doc: Doc) -> Doc:
        counts = sentence_counts(doc, self.lexicon, self.negating)
        positive = sum(c[0] for c in counts)
        negative = sum(c[1] for c in counts)
        words = sum(c[2] for c in counts)
        doc._.tone = tone_of(positive, negative, words)
        for event in doc._.events or ():
            n = event.get("sentence")
            if isinstance(n, int) and 0 <= n < len(counts):
                event["tone"] = tone_of(*counts[n])["score"]
        return doc


@Language.factory("tidings_tone", assigns=["doc._.tone"], requires=["doc.sents", "doc._.events"])
def make_tone(nlp: Language, name: str) -> ToneStage:
    return ToneStage()
