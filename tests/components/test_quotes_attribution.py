"""Attributing direct quotations to the actor who spoke, with actors set by the test.

The actors stage is another engineer's; here each test writes ``doc._.actors`` and
``doc._.actor_spans`` itself and calls the quotes component directly.
"""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="module")
def quotes_with(annotate, nlp):
    """Quotations of ``text`` given actors as (name, kind, [mention strings])."""

    def run(text: str, actors: list[tuple[str, str, list[str]]]) -> list[dict]:
        doc = annotate(text, upto="tidings_actors")
        records, spans = [], []
        for n, (name, kind, mentions) in enumerate(actors, 1):
            actor_id = f"A{n}"
            records.append({"id": actor_id, "name": name, "kind": kind, "country": None, "sector": None,
                            "title": None, "mentions": [], "evidence": []})
            for mention in mentions:
                for match in re.finditer(rf"\b{re.escape(mention)}\b", text):
                    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                    spans.append([span.start, span.end, actor_id])
        doc._.actors, doc._.actor_spans = records, spans
        return nlp.get_pipe("tidings_quotes")(doc)._.quotes

    return run


def speakers(quotes: list[dict], kind: str = "direct") -> list[str | None]:
    return [q["speaker"]["name"] if q["speaker"] else None for q in quotes if q["kind"] == kind]


MAO = ("Mao Ning", "person", ["Mao Ning"])
PUTIN = ("Vladimir Putin", "person", ["Vladimir Putin", "Putin", "the Russian leader", "Russian leader"])
MINISTRY = ("Ministry of Defence", "organisation", ["the defence ministry", "The defence ministry"])


@pytest.mark.parametrize(
    ("text", "actors", "expected"),
    [
        ("“The visit aims to ease tension,” Foreign Ministry spokesperson Mao Ning told reporters.", [MAO], ["Mao Ning"]),
        ('"We are ready for talks," said Vladimir Putin.', [PUTIN], ["Vladimir Putin"]),
        ("“Coordination is necessary today,” the Russian leader said.", [PUTIN], ["Vladimir Putin"]),
        ("“No troops crossed the line,” the defence ministry said in a statement.", [MINISTRY], ["Ministry of Defence"]),
    ],
)
def test_speaker_is_the_subject_of_the_speech_verb(quotes_with, text, actors, expected):
    assert speakers(quotes_with(text, actors)) == expected


def test_speaker_before_a_colon_in_the_previous_sentence(quotes_with):
    text = "Putin spoke after the talks. He said the following:\n“We will continue the operation.”"
    quotes = quotes_with("Vladimir Putin told the forum:\n“We will continue the operation.”", [PUTIN])
    assert speakers(quotes) == ["Vladimir Putin"]
    assert speakers(quotes_with(text, [PUTIN])) == ["Vladimir Putin"]


def test_both_parts_of_a_quotation_split_by_its_attribution_have_the_speaker(quotes_with):
    text = "“We have no plans to attack,” Putin said, “but we will defend our borders.”"
    quotes = quotes_with(text, [PUTIN])
    assert [q["text"] for q in quotes] == ["We have no plans to attack", "but we will defend our borders."]
    assert speakers(quotes) == ["Vladimir Putin", "Vladimir Putin"]


def test_a_quotation_following_an_attributed_one_continues_its_speaker(quotes_with):
    text = ("“The visit aims to ease tension,” Mao Ning told reporters on Tuesday. "
            "“This is part of our efforts to promote peace talks.”")
    assert speakers(quotes_with(text, [MAO])) == ["Mao Ning", "Mao Ning"]


def test_a_quotation_spanning_two_sentences_is_one_quotation_of_its_speaker(quotes_with):
    text = "“The talks were difficult. We will meet again next week,” Mao Ning said."
    quotes = quotes_with(text, [MAO])
    assert [(q["text"], q["speaker"]["name"]) for q in quotes] == [
        ("The talks were difficult. We will meet again next week", "Mao Ning")
    ]


def test_according_to_names_the_speaker(quotes_with):
    text = "“The ceasefire is holding,” according to the defence ministry."
    assert speakers(quotes_with(text, [MINISTRY])) == ["Ministry of Defence"]


def test_he_goes_to_the_person_named_as_subject_just_before(quotes_with):
    text = "Putin met the envoy in the Kremlin on Monday. “We discussed everything,” he said."
    assert speakers(quotes_with(text, [PUTIN])) == ["Vladimir Putin"]


@pytest.mark.parametrize(
    "text",
    [
        "“We regret the incident,” a company spokesman said.",
        "“The decision is final,” the official said.",
        "“Prices will keep rising,” analysts said.",
    ],
)
def test_a_speaker_that_is_no_actor_is_null(quotes_with, text):
    assert speakers(quotes_with(text, [PUTIN])) == [None]


def test_a_mention_of_two_actors_is_no_single_speaker(quotes_with):
    text = "“We agreed on everything,” the two leaders said."
    xi = ("Xi Jinping", "person", ["the two leaders"])
    putin = ("Vladimir Putin", "person", ["the two leaders"])
    assert speakers(quotes_with(text, [xi, putin])) == [None]


def test_offsets_cover_exactly_the_quoted_text(quotes_with):
    text = "“Coordination is necessary today,” the Russian leader said."
    (quote,) = quotes_with(text, [PUTIN])
    assert text[quote["start"] : quote["end"]] == quote["text"] == "Coordination is necessary today"


def test_a_quotation_over_two_paragraphs_is_attributed_at_its_end(quotes_with):
    text = "“We will rebuild every school in the region.\n“And every hospital,” Putin said on Monday."
    assert speakers(quotes_with(text, [PUTIN])) == ["Vladimir Putin", "Vladimir Putin"]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker just quoted goes on speaking
        "“We are ready,” Putin told the forum. Talks resumed on Monday. “We will not wait forever,” he said.",
        # a stop before the closing mark and a lower-case attribution after it
        "Putin spoke to reporters. “We will not wait forever.” he said.",
    ],
)
def test_he_said_after_a_quotation_of_the_same_speaker(quotes_with, text):
    assert speakers(quotes_with(text, [PUTIN]))[-1] == "Vladimir Putin"


def test_it_goes_to_the_organisation_named_as_subject_just_before(quotes_with):
    text = "The defence ministry rejected the report. “No troops crossed the border,” it said in a statement."
    assert speakers(quotes_with(text, [MINISTRY])) == ["Ministry of Defence"]


def test_an_expletive_it_names_no_one(quotes_with):
    text = "The defence ministry met on Monday. It was reported that the talks had failed."
    quotes = quotes_with(text, [MINISTRY])
    assert [(q["kind"], q["speaker"]) for q in quotes] == [("indirect", None)]
