"""An attack named again by a definite noun with no doer of its own ("the strikes", "the attack")
was done by whoever the story just said did it with the same word; a group that claims the attack
did it; a story that tells of a bombing and then of strikes has two attacks, not one; an air strike
by no one named is by the one side whose air strikes the story told."""

from __future__ import annotations

from .roles import countries, events_of

STORY = ("ISLAMABAD (Wire) -- Pakistani jets struck targets in two eastern Afghan provinces overnight, "
         "Taliban officials said on Thursday, two days after a suicide bomber killed 17 people at a police "
         "compound in Peshawar. Taliban spokesman Zabihullah Mujahid said the strikes in Khost and Paktika "
         "had killed 10 civilians.")


def test_the_strikes_named_again_were_by_the_striker(annotate):
    killed = [e for e in events_of(annotate, STORY, "ASSAULT") if "Khost" in e["text"]]
    assert killed
    assert countries(killed[0]["source"]) == {"PAK"}, killed[0]
    assert [a["sector"] for a in killed[0]["source"]] == ["MIL"], killed[0]


def test_another_word_names_another_attack(annotate):
    text = ("Pakistani jets bombed hideouts in Khost on Monday. Gunmen attacked a police post in Kurram. "
            "The strikes killed 12 militants, officials said.")
    strikes = [e for e in events_of(annotate, text, "ASSAULT") if "strikes" in e["text"]]
    for event in strikes:
        assert "UAF" not in {a["sector"] for a in event["source"]}, event


def test_a_claimed_attack_was_by_the_claimer(annotate):
    text = ("A car bomb killed nine people at a checkpoint in Mogadishu on Tuesday. "
            "The militant group al-Shabab claimed responsibility for the attack.")
    claimed = [e for e in events_of(annotate, text, "ASSAULT") if "claimed" in e["text"]]
    assert claimed
    assert countries(claimed[0]["source"]) == {"SOM"}, claimed[0]
    assert [a["sector"] for a in claimed[0]["source"]] == ["REB"], claimed[0]


def test_an_unclaimed_attack_gets_no_doer_from_the_denial(annotate):
    text = "Rockets hit the oil field on Sunday. The factions have not claimed responsibility for those attacks."
    for event in events_of(annotate, text, "ASSAULT"):
        assert "claimed" not in event["text"] or not event["source"], event


def test_who_fights_alongside_is_a_co_actor_and_the_enemy_is_named(annotate):
    text = "Rwandan troops fought alongside Mozambican forces against Islamic State fighters in Cabo Delgado."
    events = events_of(annotate, text, "ASSAULT")
    assert events
    everyone = countries(events[0]["source"] + events[0]["target"])
    assert {"RWA", "MOZ", "IMG"} <= everyone, events[0]
    assert "MOZ" not in countries(events[0]["target"]), events[0]


def test_an_air_strike_by_no_one_named_is_by_the_side_that_flies(annotate):
    text = ("Myanmar military jets bombed a village in Sagaing on Monday, killing 12. In December, an air "
            "strike on a hospital in Mrauk-U killed more than 30 people, according to local groups.")
    hospital = [e for e in events_of(annotate, text, "ASSAULT") if "hospital" in e["text"]]
    assert hospital
    assert [a["sector"] for a in hospital[0]["source"]] == ["MIL"], hospital[0]
