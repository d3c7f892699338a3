"""YAML 1.1 reads unquoted on, off, yes, no, y and n as booleans: a word list holding "on" or
"off" unquoted silently loses the word (it once cost every capital after "called on" and every
attack "fought off"). Every word list in the package's YAML data must hold strings."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

DATA = resources.files("tidings") / "data"
# Tables whose values are [code, sector] pairs, where null means "none".
PAIR_TABLES = {"nongov_heads"}


def yaml_files():
    stack = [DATA]
    while stack:
        folder = stack.pop()
        for entry in folder.iterdir():
            if entry.is_dir():
                stack.append(entry)
            elif entry.name.endswith((".yaml", ".yml")):
                yield entry


def lists_in(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from lists_in(value, (*path, key))
    elif isinstance(node, list):
        yield path, node
        for item in node:
            yield from lists_in(item, path)


@pytest.mark.parametrize("path", sorted(yaml_files(), key=str), ids=lambda p: p.name)
def test_word_lists_hold_no_booleans(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    bad = [(".".join(map(str, where)), item) for where, items in lists_in(data)
           if not set(map(str, where)) & PAIR_TABLES for item in items if isinstance(item, bool)]
    assert not bad, f"{path.name}: quote these words: {bad}"


def test_the_check_catches_an_unquoted_on():
    assert list(lists_in(yaml.safe_load("preps: [by, on, off]")))[0][1] == ["by", True, False]
