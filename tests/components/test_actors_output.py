"""The output contract: Actor-shaped dicts, ids by first mention, offsets, token spans."""

from __future__ import annotations

import pytest

from tidings.schema import Actor

TEXTS = [
    "Chinese President Xi Jinping met Russian President Vladimir Putin. Xi said the two leaders agreed.",
    "Russian troops shelled Kharkiv, and Ukrainian officials said Kyiv would respond.",
    "Hungarian and Romanian officials met in Budapest. The two countries signed a deal.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_actors_validate_against_the_schema(annotate, text):
    for actor in annotate(text, date="2023-10-18", upto="tidings_actors")._.actors:
        Actor.model_validate(actor)


@pytest.mark.parametrize("text", TEXTS)
def test_ids_follow_first_mention(annotate, text):
    actors = annotate(text, date="2023-10-18", upto="tidings_actors")._.actors
    assert [a["id"] for a in actors] == [f"A{n}" for n in range(1, len(actors) + 1)]
    firsts = [a["mentions"][0][0] for a in actors]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize("text", TEXTS)
def test_every_mention_has_a_token_span(annotate, text):
    doc = annotate(text, date="2023-10-18", upto="tidings_actors")
    by_id = {a["id"]: a for a in doc._.actors}
    for start, end, actor_id in doc._.actor_spans:
        span = doc[start:end]
        assert [span.start_char, span.end_char] in by_id[actor_id]["mentions"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Chinese President Xi Jinping arrived.", ["Chinese", "President", "Xi", "Jinping"]),
        ("Russian troops advanced.", ["Russian", "troops"]),
    ],
)
def test_span_covers_the_whole_mention(annotate, text, words):
    doc = annotate(text, upto="tidings_actors")
    start, end, _ = doc._.actor_spans[0]
    assert [t.text for t in doc[start:end]] == words


def test_evidence_ids_match_the_final_ids(annotate):
    doc = annotate(
        "The two leaders met. Joe Biden and Xi Jinping later spoke. The two leaders agreed.",
        date="2023-11-15",
        upto="tidings_actors",
    )
    ids = {a["id"] for a in doc._.actors}
    for actor in doc._.actors:
        for item in actor["evidence"]:
            for word in item.replace(",", " ").split():
                if word[:1] == "A" and word[1:].isdigit():
                    assert word in ids
