"""Small helpers the actor and event-role tests share."""

from __future__ import annotations

DATE = "2025-03-01"


def events_of(annotate, text: str, type_: str) -> list[dict]:
    """The events of one type tidings finds in ``text`` (dated ``DATE``)."""
    return [e for e in annotate(text, date=DATE)._.events if e["type"] == type_]


def first_event(annotate, text: str, type_: str) -> dict:
    """The first event of one type in ``text``; fails the test when there is none."""
    events = events_of(annotate, text, type_)
    assert events, (text, type_)
    return events[0]


def triggered_by(annotate, text: str, trigger: str) -> list[dict]:
    """The events tidings finds in ``text`` (undated) whose trigger word is ``trigger``."""
    return [e for e in annotate(text)._.events if e["trigger"] == trigger]


def countries(refs: list[dict]) -> set[str | None]:
    return {ref["country"] for ref in refs}


def actor_called(doc, name: str) -> dict:
    """The actor whose name is exactly ``name``."""
    found = [a for a in doc._.actors if a["name"] == name]
    assert found, f"{name} not among {[a['name'] for a in doc._.actors]}"
    return found[0]


def actor_named_by(doc, mention: str) -> dict:
    """The actor one of whose mentions is exactly ``mention``."""
    found = [a for a in doc._.actors if any(doc.text[s:e] == mention for s, e in a["mentions"])]
    assert found, f"{mention} not among {[a['name'] for a in doc._.actors]}"
    return found[0]


def actor_with_mention(doc, words: str) -> dict | None:
    """The actor one of whose mentions is exactly ``words``, or None."""
    for actor in doc._.actors:
        if any(doc.text[s:e] == words for s, e in actor["mentions"]):
            return actor
    return None


def person_named(doc, surname: str) -> dict:
    """The one person actor whose name contains ``surname``."""
    found = [a for a in doc._.actors if a["kind"] == "person" and surname in a["name"]]
    assert len(found) == 1, [a["name"] for a in doc._.actors]
    return found[0]
