"""Amounts of money: value with its scale, ISO 4217 code, what the money is for."""

from __future__ import annotations

import pytest


def amounts(doc) -> list[tuple]:
    return [(q["value"], q["unit"], q["text"]) for q in doc._.quantities if q["kind"] == "amount"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trade reached a record $190bn last year.", (190e9, "USD", "$190bn")),
        ("The EU pledged €2.5 billion in aid to the region.", (2.5e9, "EUR", "€2.5 billion")),
        ("Beijing set aside 190 billion yuan for flood relief.", (190e9, "CNY", "190 billion yuan")),
        ("The World Bank approved a US$3 million grant.", (3e6, "USD", "US$3 million")),
        ("The club paid £40m for the striker.", (40e6, "GBP", "£40m")),
        ("The state will spend Rs 500 crore on new roads.", (5e9, "INR", "Rs 500 crore")),
        ("Hong Kong issued HK$30 billion in green bonds.", (30e9, "HKD", "HK$30 billion")),
        ("Canberra committed A$1.2bn to the dam.", (1.2e9, "AUD", "A$1.2bn")),
        ("Ottawa will spend C$ 40 million on ferries.", (40e6, "CAD", "C$ 40 million")),
        ("The court froze 300,000 roubles held by the firm.", (300e3, "RUB", "300,000 roubles")),
        ("The council approved a budget of N500 billion.", (500e9, "NGN", "N500 billion")),
        ("Exporters earned USD 12 million in the quarter.", (12e6, "USD", "USD 12 million")),
        ("The deal is worth $4-billion.", (4e9, "USD", "$4-billion")),
        ("Samsung will invest 500 billion won in the plant.", (500e9, "KRW", "500 billion won")),
    ],
)
def test_amount_value_code_and_text(annotate, text, expected):
    assert amounts(annotate(text, upto="tidings_quantities")) == [expected]


def test_money_in_two_currencies_gives_both_amounts_for_the_same_thing(annotate):
    text = "The government approved 580 million shillings (64.45 million dollars) for the new hospital."
    doc = annotate(text, upto="tidings_quantities")
    found = [(q["value"], q["unit"], q["object"]) for q in doc._.quantities]
    assert found == [(580e6, "KES", "hospital"), (64.45e6, "USD", "hospital")]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("China is Russia’s largest trading partner, with the exchange between the nations reaching a record $190bn"
         " last year.", "trade"),
        ("Trade between the two countries rose to $240 billion.", "trade"),
        ("The EU pledged €2.5 billion in aid to the region.", "aid"),
        ("The bank approved a $3bn loan to Egypt.", "loan"),
        ("Parliament passed a budget of $5bn for the year.", "budget"),
        ("Ukraine will spend $2bn on air defence.", "air defence"),
        ("The fund is worth $5bn.", "fund"),
    ],
)
def test_what_the_money_is_for(annotate, text, obj):
    (amount,) = [q for q in annotate(text, upto="tidings_quantities")._.quantities if q["kind"] == "amount"]
    assert amount["object"] == obj


def test_a_hedge_before_an_amount_is_its_approximation(annotate):
    doc = annotate("Washington has sent more than $40 billion in military aid.", upto="tidings_quantities")
    (amount,) = doc._.quantities
    assert (amount["approximation"], amount["text"]) == ("more than", "more than $40 billion")


def test_vague_money(annotate):
    doc = annotate("Millions of dollars were lost to fraud.", upto="tidings_quantities")
    assert [(q["kind"], q["value"], q["unit"], q["approximation"]) for q in doc._.quantities] == [
        ("amount", 1e6, "USD", "millions")
    ]


@pytest.mark.parametrize(
    ("country", "code"),
    [(None, "INR"), ("PAK", "PKR"), ("LKA", "LKR")],
)
def test_an_ambiguous_currency_follows_the_country_the_article_is_about(annotate, nlp, country, code):
    doc = annotate("The province will receive 20 billion rupees for flood relief.", upto="tidings_quotes")
    doc._.places = [{"name": "x", "country": country, "mentions": [[0, 1], [2, 3]]}] if country else []
    doc._.actors = []
    nlp.get_pipe("tidings_quantities")(doc)
    assert [q["unit"] for q in doc._.quantities] == [code]


def test_dollar_sign_alone_is_usd_whatever_the_country(annotate, nlp):
    doc = annotate("Canberra will spend $3bn on submarines.", upto="tidings_quotes")
    doc._.places = [{"name": "Canberra", "country": "AUS", "mentions": [[0, 8]]}]
    nlp.get_pipe("tidings_quantities")(doc)
    assert [q["unit"] for q in doc._.quantities] == ["USD"]


def test_pounds_of_something_is_a_weight(annotate):
    doc = annotate("Police seized 500 pounds of explosives.", upto="tidings_quantities")
    assert [(q["kind"], q["unit"], q["object"]) for q in doc._.quantities] == [("count", "pounds", "explosives")]
