"""tidings: news articles in; PLOVER events, actors, quotations, amounts, dates, places and tone out."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .defaults import DEFAULT_MODEL
from .errors import TidingsError
from .extract import extract
from .schema import ArticleResult

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

# Imported on first use: the pipeline pulls in spaCy (2-4 s) and the store DuckDB, which `tidings
# query` and most commands' start-up never need. (Names that are also submodules, like `extract`,
# must stay eager: importing the submodule would otherwise shadow the function.)
_LAZY = {"load": ".pipeline", "Store": ".store"}

if TYPE_CHECKING:
    from .pipeline import load
    from .store import Store


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'tidings' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
