""""Both sides", "the parties", "all sides" are the two sides the story is about: the actors
grouped by country and by state or armed group (an army and its government are one side), the two
groups named most; not the mediators named last, not whoever asks them, not schools or reporters."""

from __future__ import annotations

from .roles import DATE, countries

PAK_AFG = ("ISLAMABAD -- Pakistani jets struck targets in Afghanistan on Tuesday after the Taliban attacked a "
           "border post. Afghanistan's Taliban government said the strikes killed 10 civilians. Pakistan said it "
           "had hit militant hideouts. Qatar and Turkey, which brokered a truce between Pakistan and Afghanistan, "
           "called for calm. Turkish Foreign Minister Hakan Fidan telephoned both sides on Thursday.")

SUDAN = ("KHARTOUM -- The Sudanese army said the RSF had shelled El Obeid. The RSF said the army had bombed its "
         "positions. UN relief chief Tom Fletcher urged both sides to let aid reach the city.")


def event_at(annotate, text: str, trigger: str) -> dict:
    found = [e for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger]
    assert found, annotate(text, date=DATE)._.events
    return found[0]


def test_both_sides_are_not_the_mediators_named_last(annotate):
    call = event_at(annotate, PAK_AFG, "telephoned")
    assert countries(call["target"]) == {"PAK", "AFG"}, call


def test_two_sides_of_one_country_are_its_army_and_the_armed_group(annotate):
    urged = event_at(annotate, SUDAN, "urged")
    assert sorted(a["sector"] for a in urged["target"]) == ["MIL", "REB"], urged


def test_who_asks_all_parties_is_not_one_of_them(annotate):
    text = ("DHAKA -- Shells from fighting between the Arakan Army and Myanmar's military landed in Bangladesh. "
            "Bangladesh's foreign ministry demanded that all parties in Rakhine stop firing toward its territory.")
    demand = event_at(annotate, text, "demanded")
    assert "BGD" not in countries(demand["target"]), demand


def test_the_two_countries_are_the_story_s_two_not_the_last_named(annotate):
    text = ("ADDIS ABABA (Wire) -- Ethiopia accused Eritrea of massing troops on the border. Eritrea denied it. "
            "Ethiopia said it would defend itself. The United States urged restraint. The two countries fought a "
            "border war from 1998 to 2000.")
    fought = event_at(annotate, text, "fought")
    assert countries(fought["source"]) == {"ETH", "ERI"}, fought
