"""Stage stub: replaced by the real places stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_places", assigns=["doc._.places"])
def make_places(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.places = [] if "places" != "tone" else {}
    return doc
