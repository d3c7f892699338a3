"""Known people resolve through the knowledge base, by the article date."""

from __future__ import annotations

import pytest

from .roles import actor_called


@pytest.mark.parametrize(
    ("text", "date", "name", "country", "sector"),
    [
        ("Chinese President Xi Jinping arrived in Paris on Sunday.", "2024-05-05", "Xi Jinping", "CHN", "GOV"),
        ("Zelenskyy thanked the parliament for its support.", "2024-02-01", "Volodymyr Zelensky", "UKR", "GOV"),
        ("Zelensky thanked the parliament for its support.", "2024-02-01", "Volodymyr Zelensky", "UKR", "GOV"),
        ("Zelenskiy thanked the parliament for its support.", "2024-02-01", "Volodymyr Zelensky", "UKR", "GOV"),
        ("Sergei Lavrov met his counterpart in Ankara.", "2022-03-10", "Sergei Lavrov", "RUS", "GOV"),
        ("Antonio Guterres appealed for calm.", "2023-10-20", "Antonio Guterres", "IGO", "GOV"),
        ("Abdel Fattah al-Burhan visited the front line.", "2024-01-15", "Abdel Fattah al-Burhan", "SDN", "GOV"),
    ],
)
def test_known_person_is_coded_from_the_kb(annotate, text, date, name, country, sector):
    actor = actor_called(annotate(text, date=date, upto="tidings_actors"), name)
    assert (actor["kind"], actor["country"], actor["sector"]) == ("person", country, sector)
    assert any(e.startswith("kb:people") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "date", "name", "sector"),
    [
        # a leader after the end of the role is a former official
        ("Boris Johnson spoke at a conference in Kyiv.", "2024-03-01", "Boris Johnson", "ELI"),
        ("Boris Johnson spoke at a conference in Kyiv.", "2021-03-01", "Boris Johnson", "GOV"),
        ("Ashraf Ghani said he had left to avoid bloodshed.", "2021-09-01", "Ashraf Ghani", "ELI"),
        ("Ashraf Ghani said the talks would resume.", "2020-09-01", "Ashraf Ghani", "GOV"),
        # named as former in the text, whatever the date
        ("Former President Joe Biden spoke in Chicago.", "2024-01-10", "Joe Biden", "ELI"),
        # a title in the text is current even when the article is undated (read as today)
        ("President Hosni Mubarak met the delegation in Cairo.", None, "Hosni Mubarak", "GOV"),
        ("Hosni Mubarak met the delegation in Cairo.", None, "Hosni Mubarak", "ELI"),
    ],
)
def test_former_leader_is_eli_by_date(annotate, text, date, name, sector):
    actor = actor_called(annotate(text, date=date, upto="tidings_actors"), name)
    assert actor["sector"] == sector


def test_former_leader_title_says_former(annotate):
    actor = actor_called(annotate("Boris Johnson visited Kyiv.", date="2024-03-01", upto="tidings_actors"), "Boris Johnson")
    assert actor["title"] == "former Prime Minister"


@pytest.mark.parametrize(
    ("date", "sector"),
    [("2021-03-01", "REB"), ("2023-03-01", "GOV")],
)
def test_taliban_sector_follows_the_date(annotate, date, sector):
    actor = actor_called(annotate("The Taliban closed the border crossing.", date=date, upto="tidings_actors"), "Taliban")
    assert (actor["country"], actor["sector"]) == ("AFG", sector)
