"""tidings: news articles in; PLOVER events, actors, quotations, amounts, dates, places and tone out."""

from .errors import TidingsError
from .extract import extract
from .pipeline import DEFAULT_MODEL, load
from .schema import ArticleResult
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "ArticleResult",
    "DEFAULT_MODEL",
    "Store",
    "TidingsError",
    "__version__",
    "extract",
    "load",
]
