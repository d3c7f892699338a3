"""Stage stub: replaced by the real tone stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_tone", assigns=["doc._.tone"])
def make_tone(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.tone = [] if "tone" != "tone" else {}
    return doc
