"""Finding quoted passages by their marks (a pure function over text: no model needed)."""

from __future__ import annotations

import pytest

from tidings.components.quotes import find_quoted


def passages(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will respond," the minister said.', ["We will respond"]),
        ("“We will respond,” the minister said.", ["We will respond"]),
        ("The minister said: “We will respond.”", ["We will respond."]),
        ("«Nous répondrons», a-t-il dit.", ["Nous répondrons"]),
    ],
)
def test_double_marks_straight_curly_and_guillemets(text, expected):
    assert passages(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British style: single curly marks, apostrophes inside the passage
        ("‘It’s the country’s duty to help,’ she said.", ["It’s the country’s duty to help"]),
        # a plural possessive inside is an apostrophe, not the closing mark
        ("‘The farmers’ anger is justified,’ he said.", ["The farmers’ anger is justified"]),
        # a possessive after the passage does not end it early or late
        ("They spoke of a ‘deep friendship’. The countries’ ties are old.", ["deep friendship"]),
        # straight single marks work the same way
        ("He called the plan 'a disaster' and left.", ["a disaster"]),
    ],
)
def test_single_marks_and_apostrophes(text, expected):
    assert passages(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister’s office said the country’s debt had grown since the ’90s.",
        "Rock 'n' roll fans queued outside the stadium's gates.",
        "It’s the workers’ right, they said.",
    ],
)
def test_apostrophes_alone_make_no_passage(text):
    assert passages(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“He told us ‘never again’ and walked out,” she said.", ["He told us ‘never again’ and walked out"]),
        ('"The word \'truce\' was never used," a diplomat said.', ["The word 'truce' was never used"]),
        ("‘They keep calling it “a special operation”,’ he said.", ["They keep calling it “a special operation”"]),
    ],
)
def test_a_quotation_inside_another_is_part_of_it(text, expected):
    assert passages(text) == expected


def test_a_passage_spanning_two_sentences_is_one_passage():
    text = "“The talks were hard. We will meet again next week,” the envoy said."
    assert passages(text) == ["The talks were hard. We will meet again next week"]


def test_a_passage_left_open_runs_to_the_end_of_its_paragraph():
    text = "“We will rebuild every school.\n“And every hospital,” the governor said."
    assert passages(text) == ["We will rebuild every school.", "And every hospital"]


def test_offsets_point_at_the_text_without_the_marks():
    text = 'Officials said "the border stays open" on Monday.'
    (quoted,) = find_quoted(text)
    assert text[quoted.open] == '"' and text[quoted.close - 1] == '"'
    assert (quoted.start, quoted.end) == (text.index("the border"), text.index(" on Monday") - 1)


def test_a_trailing_comma_before_the_closing_mark_is_left_out_and_noted():
    (quoted,) = find_quoted("“We are ready,” he said.")
    assert quoted.comma is True
