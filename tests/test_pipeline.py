"""The NLP backbone: model by name, numpy-matmul ops, the stages in order, one load per process."""

from __future__ import annotations

import pytest
from thinc.api import NumpyOps

from tidings.errors import ModelNotFound
from tidings.pipeline import STAGES, NumpyMatmulOps, load, load_spacy, set_ops

TEXTS = [
    "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Wednesday.",
    "Police fired tear gas at thousands of protesters who marched on parliament in Nairobi.",
    "The European Union imposed a new package of sanctions on Moscow over the war in Ukraine.",
]


def _annotations(nlp, texts):
    with nlp.select_pipes(disable=[name for name in nlp.pipe_names if name.startswith("tidings_")]):
        return [
            [(t.text, t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_) for t in doc]
            for doc in nlp.pipe(texts)
        ]


def test_matmul_ops_are_applied_at_load(nlp):
    tok2vec = nlp.get_pipe("tok2vec")
    assert all(isinstance(node.ops, NumpyMatmulOps) for node in tok2vec.model.walk())


def test_matmul_ops_give_identical_annotations(nlp):
    fast = _annotations(nlp, TEXTS)
    set_ops(nlp, NumpyOps(use_blis=True))
    try:
        reference = _annotations(nlp, TEXTS)
    finally:
        set_ops(nlp, NumpyMatmulOps())
    assert fast == reference


def test_matmul_gemm_matches_blis_numerically():
    import numpy

    rng = numpy.random.default_rng(0)
    x = rng.standard_normal((17, 33), dtype=numpy.float32)
    y = rng.standard_normal((21, 33), dtype=numpy.float32)
    expected = NumpyOps(use_blis=True).gemm(x, y, trans2=True)
    out = numpy.empty((17, 21), dtype=numpy.float32)
    got = NumpyMatmulOps().gemm(x, y, trans2=True, out=out)
    assert got is out
    numpy.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


def test_stages_are_added_in_order(nlp):
    assert [name for name in nlp.pipe_names if name.startswith("tidings_")] == list(STAGES)


def test_model_is_loaded_once_per_process(nlp):
    assert load() is nlp


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(ModelNotFound, match="not installed"):
        load_spacy("en_core_web_nonexistent_model")
