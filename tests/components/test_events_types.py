"""The events stage codes each of the 16 PLOVER types from its usual wire-news phrasings."""

from __future__ import annotations

import re

import pytest


def with_actors(annotate, text: str, actors: dict[str, tuple[str | None, str | None]],
                date: str | None = None, groups: dict[str, list[str]] | None = None):
    """A Doc of ``text`` with the actors set by hand, so these tests do not depend on the actors
    stage. ``actors``: "Name|alias|..." -> (country, sector); ``groups``: a phrase naming several
    of them ("the two leaders" -> ["Xi", "Putin"]), as the actors stage writes compound mentions."""
    doc = annotate(text, date=date, upto="tidings_places")
    records, spans, ids = [], [], {}
    for number, (names, (country, sector)) in enumerate(actors.items(), 1):
        actor_id = f"A{number}"
        ids[names.split("|")[0]] = actor_id
        records.append({"id": actor_id, "name": names.split("|")[0], "kind": "country", "country": country,
                        "sector": sector, "title": None, "mentions": [], "evidence": []})
        for name in names.split("|"):
            for match in re.finditer(rf"\b{re.escape(name)}\b", text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                spans.append([span.start, span.end, actor_id])
    for phrase, members in (groups or {}).items():
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            spans.extend([span.start, span.end, ids[member]] for member in members)
    doc._.actors, doc._.actor_spans = records, spans
    return doc


def code(annotate, nlp, text: str, actors: dict[str, tuple[str | None, str | None]],
         date: str | None = None, groups: dict[str, list[str]] | None = None):
    """The events the stage writes for ``text`` with hand-set actors (see :func:`with_actors`)."""
    doc = with_actors(annotate, text, actors, date=date, groups=groups)
    return nlp.get_pipe("tidings_events")(doc)._.events


def top(events):
    return max(events, key=lambda event: event["confidence"]) if events else None


CASES = [
    ("AGREE", "Iran agreed to resume talks with France on its nuclear programme.", {"Iran": ("IRN", "GOV"), "France": ("FRA", "GOV")}),
    ("AGREE", "Japan pledged to send rice to Haiti next month.", {"Japan": ("JPN", "GOV"), "Haiti": ("HTI", "GOV")}),
    ("CONSULT", "The Chilean foreign minister met his Peruvian counterpart in Lima on Monday.", {"Chilean foreign minister": ("CHL", "GOV"), "Peruvian counterpart": ("PER", "GOV")}),
    ("CONSULT", "Kenya held talks with Somalia over the disputed maritime border.", {"Kenya": ("KEN", "GOV"), "Somalia": ("SOM", "GOV")}),
    ("SUPPORT", "Ghana praised Togo for organising peaceful elections.", {"Ghana": ("GHA", "GOV"), "Togo": ("TGO", "GOV")}),
    ("SUPPORT", "Brazil and Argentina signed a trade agreement in Buenos Aires.", {"Brazil": ("BRA", "GOV"), "Argentina": ("ARG", "GOV")}),
    ("CONCEDE", "The Ecuadorian government lifted the curfew in Quito after a week of calm.", {"Ecuadorian government": ("ECU", "GOV")}),
    ("CONCEDE", "Bolivia apologised to Chile for the border incident.", {"Bolivia": ("BOL", "GOV"), "Chile": ("CHL", "GOV")}),
    ("COOPERATE", "Spain extradited two suspects to Morocco on Friday.", {"Spain": ("ESP", "GOV"), "Morocco": ("MAR", "GOV")}),
    ("COOPERATE", "Greek and Cypriot navies held joint exercises with Egypt south of Crete.", {"Greek": ("GRC", "MIL"), "Egypt": ("EGY", "MIL")}),
    ("AID", "Norway donated 40 tonnes of medicine to Yemen.", {"Norway": ("NOR", "GOV"), "Yemen": ("YEM", "GOV")}),
    ("AID", "Ecuador granted asylum to a Colombian journalist.", {"Ecuador": ("ECU", "GOV"), "Colombian journalist": ("COL", "JRN")}),
    ("RETREAT", "Rebels released twelve hostages near Goma on Sunday.", {"Rebels": ("COD", "REB")}),
    ("RETREAT", "Armenia withdrew its troops from the border villages.", {"Armenia": ("ARM", "GOV")}),
    ("REQUEST", "Egypt urged Ethiopia to halt the filling of the dam.", {"Egypt": ("EGY", "GOV"), "Ethiopia": ("ETH", "GOV")}),
    ("REQUEST", "Poland demanded the return of its citizens from Belarus.", {"Poland": ("POL", "GOV"), "Belarus": ("BLR", "GOV")}),
    ("ACCUSE", "Seoul condemned Pyongyang's missile launch.", {"Seoul": ("KOR", "GOV"), "Pyongyang": ("PRK", "GOV")}),
    ("ACCUSE", "Prosecutors in Paris opened an investigation into the former minister.", {"Prosecutors": ("FRA", "JUD")}),
    ("REJECT", "Venezuela rejected a proposal from Guyana for talks.", {"Venezuela": ("VEN", "GOV"), "Guyana": ("GUY", "GOV")}),
    ("REJECT", "Algeria refused to meet the Moroccan envoy.", {"Algeria": ("DZA", "GOV"), "Moroccan envoy": ("MAR", "GOV")}),
    ("THREATEN", "Turkey threatened to expel the Dutch ambassador.", {"Turkey": ("TUR", "GOV"), "Dutch ambassador": ("NLD", "GOV")}),
    ("THREATEN", "The junta threatened to arrest opposition leaders.", {"junta": ("MLI", "MIL"), "opposition leaders": ("MLI", "OPP")}),
    ("PROTEST", "Thousands of Serbian students demonstrated in Belgrade against the government.", {"Serbian students": ("SRB", "EDU")}),
    ("PROTEST", "Nigerian doctors went on strike over unpaid wages.", {"Nigerian doctors": ("NGA", "MED")}),
    ("SANCTION", "Canada imposed sanctions on Iranian officials.", {"Canada": ("CAN", "GOV"), "Iranian officials": ("IRN", "GOV")}),
    ("SANCTION", "Lithuania expelled two Russian diplomats.", {"Lithuania": ("LTU", "GOV"), "Russian diplomats": ("RUS", "GOV")}),
    ("MOBILIZE", "India deployed troops along its border with China.", {"India": ("IND", "GOV"), "China": ("CHN", "GOV")}),
    ("MOBILIZE", "Russia moved warships into the Baltic Sea.", {"Russia": ("RUS", "MIL")}),
    ("COERCE", "Ugandan police arrested the opposition leader in Kampala.", {"Ugandan police": ("UGA", "COP"), "opposition leader": ("UGA", "OPP")}),
    ("COERCE", "Russian hackers hacked the Estonian foreign ministry.", {"Russian hackers": ("RUS", "UAF"), "Estonian foreign ministry": ("EST", "GOV")}),
    ("ASSAULT", "Sudanese army jets bombed a market in Darfur.", {"Sudanese army": ("SDN", "MIL")}),
    ("ASSAULT", "Gunmen killed five villagers in northern Burkina Faso.", {"Gunmen": ("BFA", "UAF"), "villagers": ("BFA", "CVL")}),
]


@pytest.mark.parametrize(("expected", "text", "actors"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_events_type_of_main_event(annotate, nlp, expected, text, actors):
    event = top(code(annotate, nlp, text, actors))
    assert event is not None, f"no event in {text!r}"
    assert event["type"] == expected, f"{text!r}: {event['type']} ({event['trigger']})"
