"""Stage stub: replaced by the real actors stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_actors", assigns=["doc._.actors"])
def make_actors(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.actors = [] if "actors" != "tone" else {}
    return doc
