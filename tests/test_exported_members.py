"""The public surface is declared: __all__ is sorted, lists exactly what is exported, and the
heavy members (spaCy behind them) are imported only when first used."""

import subprocess
import sys

import tidings


def test_all_is_sorted_and_complete():
    assert tidings.__all__ == sorted(tidings.__all__)
    public = {name for name in dir(tidings) if not name.startswith("_") and name not in {"annotations", "importlib", "TYPE_CHECKING"}}
    modules = {name for name in public if type(getattr(tidings, name)).__name__ == "module"}
    assert public - modules == set(tidings.__all__) - {"__version__"}
    for name in tidings.__all__:
        assert getattr(tidings, name) is not None


def test_importing_tidings_and_its_command_line_does_not_import_spacy():
    code = "import sys, tidings, tidings.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
