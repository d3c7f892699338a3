"""Stage stub: replaced by the real quotes stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_quotes", assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.quotes = [] if "quotes" != "tone" else {}
    return doc
