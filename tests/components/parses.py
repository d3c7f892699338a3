"""Small helpers the parse-repair tests share."""

from __future__ import annotations


def bare_parse(nlp, text: str):
    """The model's own parse, without any tidings stage."""
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if not name.startswith("tidings_")]):
        return nlp(text)


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def parse_of(doc) -> list[tuple[str, int]]:
    return [(t.dep_, t.head.i) for t in doc]


def assert_valid_tree(doc, bare) -> None:
    """Same sentences as the model's parse, every head in its sentence, no cycle, one root each."""
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in bare]
    for token in doc:
        assert token.head.sent == token.sent
        seen, node = {token.i}, token
        while node.head != node:
            node = node.head
            assert node.i not in seen, "cycle"
            seen.add(node.i)
    assert sum(t.head == t for t in doc) == len(list(doc.sents)) == len(list(bare.sents))
