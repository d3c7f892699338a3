"""The public surface is declared: __all__ is sorted and lists exactly what is exported."""

import tidings


def test_all_is_sorted_and_complete():
    assert tidings.__all__ == sorted(tidings.__all__)
    public = {name for name in vars(tidings) if not name.startswith("_") and name not in {"annotations"}}
    modules = {name for name in public if type(getattr(tidings, name)).__name__ == "module"}
    assert public - modules == set(tidings.__all__) - {"__version__"}
