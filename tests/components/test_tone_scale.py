"""The tone stage: GDELT's scale over VADER's lexicon, for the article and each event's sentence."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def tone_of(annotate):
    def run(text: str) -> dict:
        return annotate(text, upto="tidings_tone")._.tone

    return run


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The two leaders praised their strong friendship and hailed a peaceful agreement.", 1),
        ("Soldiers killed dozens of civilians in a brutal attack that destroyed the hospital.", -1),
        ("Aid workers welcomed the ceasefire and celebrated the safe return of hostages.", 1),
        ("Protesters accused the government of corruption and condemned the violent crackdown.", -1),
    ],
)
def test_positive_and_negative_sentences(tone_of, text, sign):
    tone = tone_of(text)
    assert tone["score"] * sign > 0


def test_the_scale_is_percent_of_words(tone_of):
    tone = tone_of("Rebels attacked the village and killed two farmers.")  # 8 words
    assert tone["words"] == 8
    assert tone["negative"] == pytest.approx(100 * 3 / 8)  # "rebels", "attacked", "killed"
    assert tone["positive"] == 0
    assert tone["score"] == pytest.approx(tone["positive"] - tone["negative"])
    assert tone["polarity"] == pytest.approx(tone["positive"] + tone["negative"])


def test_negation_turns_a_word_around(tone_of):
    assert tone_of("The talks were successful.")["score"] > 0
    assert tone_of("The talks were not successful.")["score"] < 0


def test_names_carry_no_sentiment(tone_of):
    assert tone_of("The United Nations Security Council met in New York.")["polarity"] == 0


def test_an_empty_article_is_neutral(tone_of):
    assert tone_of("") == {"score": 0.0, "positive": 0.0, "negative": 0.0, "polarity": 0.0, "words": 0}


def test_each_event_gets_its_sentence_score(annotate, nlp):
    doc = annotate("Leaders praised the peaceful deal. Troops killed protesters.", upto="tidings_events")
    doc._.events = [{"sentence": 0, "tone": None}, {"sentence": 1, "tone": None}]
    nlp.get_pipe("tidings_tone")(doc)
    first, second = (event["tone"] for event in doc._.events)
    assert first > 0 > second


def test_the_record_is_shaped_like_the_schema(tone_of):
    from tidings.schema import Tone

    Tone.model_validate(tone_of("Negotiators reached a fragile but welcome truce after weeks of deadly clashes."))
