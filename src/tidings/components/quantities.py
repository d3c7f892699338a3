"""Stage stub: replaced by the real quantities stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_quantities", assigns=["doc._.quantities"])
def make_quantities(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.quantities = [] if "quantities" != "tone" else {}
    return doc
