"""What is stored is what was extracted: results read back from the store equal those ingested."""

from __future__ import annotations


def test_results_read_back_equal_the_results_ingested(store, pairs):
    ingested = {result.article.id: result for result, _ in pairs}
    read_back = {result.article.id: result for result in store.results()}
    assert read_back.keys() == ingested.keys()
    for article_id, result in ingested.items():
        assert read_back[article_id] == result, article_id


def test_results_come_back_by_date_then_id(store):
    ids = [result.article.id for result in store.results()]
    assert ids[:3] == ["a4", "a5", "a10"]  # 2023-03-21, 2023-03-22, 2023-10-02 (a10 < a8)
    assert ids[-1] == "a11"  # undated last
