"""Stage stub: replaced by the real dates stage."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("tidings_dates", assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str):
    return lambda doc: _set(doc)


def _set(doc: Doc) -> Doc:
    doc._.dates = [] if "dates" != "tone" else {}
    return doc
