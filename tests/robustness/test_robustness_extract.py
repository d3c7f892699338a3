"""``tidings.extract`` and the batch function every runner calls: any text gives a result or one of
our errors, offsets stay inside the text, and no text makes the tokenizer quadratic."""

from __future__ import annotations

import importlib
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings import extract
from tidings.errors import InputError, ProcessingError, TidingsError
from tidings.extract import LONG_RUN_CHARS, RawArticle, ReadFailure, normalise_date, process, tokenise
from tidings.schema import Article, ArticleError, ArticleResult

from .conftest import CI
from .inputs import article_texts

DATES = st.one_of(st.none(), st.dates().map(str), st.text(max_size=25), st.datetimes().map(lambda value: value.isoformat()))


def spans_inside(result: ArticleResult, length: int) -> None:
    for actor in result.actors:
        assert all(0 <= start <= end <= length for start, end in actor.mentions)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= length


@pytest.mark.slow
@settings(CI, max_examples=30)  # each example runs the whole pipeline
@given(text=article_texts, date=DATES)
def test_extract_gives_a_result_or_an_input_error(nlp, text, date):
    try:
        result = extract(text, date, nlp=nlp)
    except InputError:
        with pytest.raises(InputError):
            normalise_date(date)  # the date was the problem, nothing else
        return
    result.model_dump_json()
    spans_inside(result, len(text))


@pytest.mark.slow
@settings(CI, max_examples=12)
@given(texts=st.lists(article_texts, min_size=1, max_size=5))
def test_the_batch_function_answers_every_article_once_in_order(nlp, texts):
    items = [RawArticle(Article(id=f"a{n}", date="2024-03-05"), text) for n, text in enumerate(texts)]
    outputs = list(process(items, nlp, batch_size=4))
    assert [result.article.id for result, _ in outputs] == [item.meta.id for item in items]
    for (result, failure), item in zip(outputs, items, strict=True):
        assert failure is None, failure  # a text of any kind is processed, not failed
        assert isinstance(result, ArticleResult)
        spans_inside(result, len(item.text))


@pytest.mark.parametrize(
    ("date", "reason"),
    [
        ("9999-12-31", "outside the years"),
        ("0001-01-01", "outside the years"),
        ("2024-02-30", "not an ISO 8601 date"),
        ("2024-03-05garbage", "not an ISO 8601 date"),
        ("2024-0305", "not an ISO 8601 date"),
        ("x" * 5000, "..."),
    ],
)
def test_unusable_publication_dates_are_input_errors(date, reason):
    with pytest.raises(InputError, match=reason.replace(".", r"\.")):
        normalise_date(date)


@pytest.mark.parametrize(
    ("date", "expected"),
    [("2024-03-05", "2024-03-05"), ("2024-03-05T23:30:00-05:00", "2024-03-05"), ("2024-03-05 08:00", "2024-03-05"),
     ("2024-03-05T22:10:00.123456789Z", "2024-03-05"), ("20240305", "2024-03-05"), (" 2024-03-05 ", "2024-03-05")],
)
def test_iso_dates_and_datetimes_give_their_own_day(date, expected):
    assert normalise_date(date) == expected


@pytest.mark.slow
def test_a_far_future_date_fails_one_record_not_the_run(nlp):
    items = [RawArticle(Article(id="ok", date="2024-03-05"), "Talks resumed on Monday."),
             RawArticle(Article(id="far", date="8999-12-31"), "Talks resumed on Monday, next week and next year.")]
    outputs = list(process(items, nlp))
    assert [failure for _, failure in outputs] == [None, None]  # the latest accepted day still resolves


@pytest.mark.slow
def test_lone_surrogates_and_controls_given_to_the_library_are_cleaned(nlp):
    text = "Kenya\ud800 and Ghana\x00 signed a trade deal on Monday.\x1b"
    result = extract(text, "2024-03-05", nlp=nlp)
    assert result.article.id == "article"
    items = [RawArticle(Article(id="raw"), text)]
    [(result, failure)] = list(process(items, nlp))
    assert failure is None


@pytest.mark.slow
def test_a_stage_failure_is_our_error_and_fails_only_its_article(nlp, monkeypatch):
    def broken(meta, doc):
        if "boom" in doc.text:
            raise IndexError("a stage bug")
        return ArticleResult(article=meta)

    monkeypatch.setattr(importlib.import_module("tidings.extract"), "result_from_doc", broken)
    with pytest.raises(ProcessingError, match="IndexError: a stage bug") as raised:
        extract("boom", nlp=nlp)
    assert isinstance(raised.value, TidingsError) and isinstance(raised.value.__cause__, IndexError)
    items = [RawArticle(Article(id=name), f"{name} happened.") for name in ("calm", "boom", "quiet")]
    outputs = list(process(items, nlp))
    assert [type(result) for result, _ in outputs] == [ArticleResult, ArticleError, ArticleResult]
    assert isinstance(outputs[1][1], ReadFailure) and "IndexError" in outputs[1][1].reason


@pytest.mark.parametrize("character", ['"', "'", ")", "(", ",", "!", "\u201d", "?"])
def test_long_runs_of_punctuation_tokenise_in_linear_time(nlp, character):
    """4,000 of these in a row took spaCy's tokenizer 5-9 s (quadratic); 50,000 must take well under."""
    text = f"Talks resumed {character * 50_000} on Monday."
    started = time.perf_counter()
    doc = tokenise(nlp, text)
    assert time.perf_counter() - started < 10.0
    assert doc.text == text


@CI
@given(
    text=st.lists(
        st.one_of(article_texts, st.text(alphabet='"),.!x\u5317 ', min_size=LONG_RUN_CHARS, max_size=3 * LONG_RUN_CHARS)),
        max_size=4,
    ).map("".join)
)
def test_tokenising_keeps_the_text_and_its_offsets(nlp, text):
    from tidings.extract import clean_text

    text = clean_text(text)
    doc = tokenise(nlp, text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx:token.idx + len(token.text)] == token.text


def test_short_texts_tokenise_as_spacy_does(nlp):
    text = 'Kenya\'s president said: "We will (again) talk," on Monday!'
    assert [token.text for token in tokenise(nlp, text)] == [token.text for token in nlp.tokenizer(text)]


@pytest.mark.slow
def test_superscript_digits_where_a_year_goes_are_text(nlp):
    result = extract("The talks ended in May \u00b2022 without a deal.", "2024-03-05", nlp=nlp)
    assert result.article.id == "article"
