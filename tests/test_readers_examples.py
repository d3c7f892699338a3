"""The example articles: JSONL in step with the .txt files, expected.yaml consistent with both."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

from tidings.extract import RawArticle
from tidings.readers import read_inputs
from tidings.schema import EVENT_TYPES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def load_builder():
    spec = importlib.util.spec_from_file_location("build_jsonl", EXAMPLES / "build_jsonl.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def records() -> dict[str, RawArticle]:
    items = list(read_inputs([str(EXAMPLES / "articles.jsonl")]))
    assert all(isinstance(item, RawArticle) for item in items)
    return {item.meta.id: item for item in items}


@pytest.fixture(scope="module")
def expected() -> dict:
    return yaml.safe_load((EXAMPLES / "expected.yaml").read_text(encoding="utf-8"))


def test_articles_jsonl_is_built_from_the_txt_files():
    builder = load_builder()
    rendered = builder.render(builder.build_records(EXAMPLES))
    assert (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8") == rendered, (
        "examples/articles.jsonl is stale: run python examples/build_jsonl.py"
    )


def test_there_are_at_least_twelve_examples(records):
    assert len(records) >= 12


def test_every_example_is_wire_length(records):
    lengths = {article_id: len(item.text.split()) for article_id, item in records.items()}
    assert all(150 <= words <= 400 for words in lengths.values()), lengths


def test_expected_covers_exactly_the_examples_with_their_dates(records, expected):
    assert set(expected) == set(records)
    assert {key: facts["date"] for key, facts in expected.items()} == {
        key: item.meta.date for key, item in records.items()
    }


def test_expected_names_appear_in_their_article(records, expected):
    missing = [
        (article_id, name)
        for article_id, facts in expected.items()
        for name in [actor["name"] for actor in facts.get("actors", [])] + facts.get("quotes", [])
        if name not in records[article_id].text
    ]
    assert not missing


def test_expected_facts_use_valid_codes(expected):
    code = re.compile(r"^([A-Z]{3})$")
    for facts in expected.values():
        for event in facts.get("events", []):
            assert event["type"] in EVENT_TYPES
            for side in ("source", "target"):
                assert all(code.match(country) for country in event.get(side, []))
        for actor in facts.get("actors", []):
            assert code.match(actor["country"])
        for quantity in facts.get("quantities", []):
            assert quantity["kind"] in ("count", "amount", "percent")
            assert quantity["kind"] != "amount" or code.match(quantity["unit"])
        for value in facts.get("dates", []):
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value)
