"""Stage stub: replaced by the real events stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_events", assigns=["doc._.events"])
def make_events(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.events = [] if "events" != "tone" else {}
    return doc
