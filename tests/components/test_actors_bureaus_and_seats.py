"""Where a story's people are: a bureau's city in the dateline ("DUBAI -- ...") of a story that never
names its state again says where the reporter was, not whose people these are; a city that is an
organisation's seat ("marched through Brussels") is still in its state. And "riot police" sent
somewhere are no riot."""

from __future__ import annotations

from .roles import events_of, first_event


def test_a_bureau_dateline_does_not_place_the_storys_people(annotate):
    text = ("DUBAI, May 3 - Iran's parliament on Sunday approved a bill that would let the government cut oil "
            "exports to Europe if new sanctions are imposed, drawing a warning from Washington that it would "
            "respond.  The bill was backed by 190 lawmakers, with 15 voting against, state media reported. "
            "Iranian officials said the vote showed national unity, and Tehran's envoy in Muscat said Iran wanted "
            "talks.")
    event = first_event(annotate, text, "SUPPORT")
    assert {a["country"] for a in event["source"]} == {"IRN"}, event


def test_people_in_a_seat_city_are_of_its_state(annotate):
    text = "BRUSSELS (Wire) -- Tens of thousands of people marched through Brussels on Tuesday against the reform."
    event = first_event(annotate, text, "PROTEST")
    assert {a["country"] for a in event["source"]} == {"BEL"}, event


def test_riot_police_sent_are_no_riot(annotate):
    text = ("FORT-DE-FRANCE (Wire) -- France said on Wednesday it was sending 200 more gendarmes and riot police "
            "to Guadeloupe.")
    assert not events_of(annotate, text, "PROTEST"), annotate(text)._.events


def test_a_known_surname_of_several_tokens_alone_is_read(annotate):
    # "al-Abbasi" is three tokens; every known al-Abbasi is of one state, which each token takes
    doc = annotate("BAGHDAD (Wire) -- The minister met the envoy on Monday. Al-Abbasi said later that the talks "
                   "had gone well, and al-Abbasi's office confirmed the visit.")
    assert doc._.events, doc._.actors


def test_a_seat_city_dateline_is_in_its_state(annotate):
    text = "BRUSSELS (Wire) -- Police arrested three protesters outside the summit venue on Monday."
    event = first_event(annotate, text, "COERCE")
    assert {a["country"] for a in event["source"]} == {"BEL"}, event


def test_two_men_are_new_people_unless_the_two_men(annotate):
    event = first_event(annotate, "LAGOS (Wire) -- Two men were shot dead by gunmen near a market on Monday, "
                                  "police said.", "ASSAULT")
    assert [a["sector"] for a in event["target"]] == ["CVL"], event
    doc = annotate("MOSCOW (Wire) -- Putin met Xi on Monday. The two men discussed trade.")
    talks = [e for e in doc._.events if e["trigger"] == "discussed"]
    assert talks and {a["country"] for a in talks[0]["source"]} == {"RUS", "CHN"}, doc._.events


def test_a_party_named_like_a_foreign_one_is_the_storys(annotate):
    doc = annotate("TIRANA (Wire) -- Albanian police fired tear gas at opposition supporters outside parliament on "
                   "Thursday. The opposition Democratic Party, which organised the rally, said dozens of its "
                   "supporters were hurt.")
    party = [a for a in doc._.actors if a["name"] == "Democratic Party"]
    assert party and party[0]["country"] == "ALB", doc._.actors
    doc = annotate("WASHINGTON (Wire) -- The Democratic Party criticised the president's budget on Monday.")
    party = [a for a in doc._.actors if a["name"] == "Democratic Party"]
    assert party and party[0]["country"] == "USA", doc._.actors
