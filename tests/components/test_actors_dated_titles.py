"""A title with a surname picks the holder nearest the article date (known_by_title)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("date", "name"),
    [
        ("2000-01-01", "George W. Bush"),  # nobody named Bush in office: the nearest term
        ("1990-06-01", "George H. W. Bush"),  # in office on the day
        ("2006-05-01", "George W. Bush"),
    ],
)
def test_president_bush_by_date(annotate, date, name):
    doc = annotate("President Bush signed the bill.", date=date, upto="tidings_actors")
    actor = next(a for a in doc._.actors if a["kind"] == "person")
    assert (actor["name"], actor["country"]) == (name, "USA")


@pytest.mark.parametrize("date", ["2006-05-01", "1991-03-01"])
def test_surname_administration_is_the_us_government(annotate, date):
    doc = annotate("The Bush administration said it would veto the measure.", date=date, upto="tidings_actors")
    actor = next(a for a in doc._.actors if a["name"].endswith("administration"))
    assert (actor["country"], actor["sector"]) == ("USA", "GOV")
