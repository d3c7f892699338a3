"""Which clause an event and its parties belong to: purpose infinitives, guesses about the past,
subordinate clauses of time, reason and condition, and verbs conjoined to a reporting verb."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


def all_events(annotate, text: str) -> list[dict]:
    return annotate(text, date=DATE)._.events


@pytest.mark.parametrize(
    ("text", "act", "aim"),
    [
        ("Washington kept steep tariffs on Mexico and Canada to pressure them to curb migration.",
         "SANCTION", "pressure"),
        ("The European Union imposed sanctions on Belarus to punish it for the forced landing.",
         "SANCTION", "punish"),
        ("Police fired tear gas in Nairobi to disperse the protesters.", "ASSAULT", "disperse"),
    ],
)
def test_a_purpose_infinitive_under_an_act_is_not_a_second_act(annotate, text, act, aim):
    events = all_events(annotate, text)
    assert any(e["type"] == act for e in events), events
    assert not [e for e in events if e["trigger"] == aim]


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent envoys to Beijing to negotiate a grain deal.",
        "The Japanese foreign minister flew to Seoul to discuss the dispute with South Korea.",
    ],
)
def test_the_purpose_of_a_trip_is_still_coded(annotate, text):
    assert events_of(annotate, text, "CONSULT") or events_of(annotate, text, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said Russian commanders must have ordered the shelling of the dam.",
        "The minister said Kenyan police may have detained the activists illegally.",
    ],
)
def test_a_guess_about_the_past_is_neither_a_demand_nor_a_threat(annotate, text):
    events = all_events(annotate, text)
    assert not [e for e in events if e["type"] in ("REQUEST", "THREATEN")], events


@pytest.mark.parametrize(
    ("text", "speaker", "suspect"),
    [
        ("Ukraine said Russian troops might have shelled the Zaporizhzhia plant.", "UKR", "RUS"),
        ("Pakistan's army said Indian forces may have struck the village overnight.", "PAK", "IND"),
    ],
)
def test_a_guess_that_an_adversary_did_harm_is_an_allegation(annotate, text, speaker, suspect):
    events = events_of(annotate, text, "ACCUSE")
    assert events, all_events(annotate, text)
    assert countries(events[0]["source"]) == {speaker}
    assert suspect in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "type_", "outsider"),
    [
        ("The alliance urged its members to raise defence spending, as drills by Russia grew more frequent.",
         "REQUEST", "RUS"),
        ("The UN envoy called for calm in Khartoum while the talks with Egypt stalled.", "REQUEST", "EGY"),
    ],
)
def test_a_clause_of_time_or_reason_names_no_recipient(annotate, text, type_, outsider):
    for event in events_of(annotate, text, type_):
        assert outsider not in countries(event["target"])


@pytest.mark.parametrize(
    ("text", "target", "not_target"),
    [
        ("Trump said that if Brussels keeps its tariff on U.S. bourbon, he will impose a 200% tariff on wines from Italy.",
         "ITA", "USA"),
        ("The president said that if Ottawa keeps its levy on American dairy, he will impose new duties on Canada.",
         "CAN", "USA"),
    ],
)
def test_the_rest_of_a_condition_names_no_recipient(annotate, text, target, not_target):
    events = events_of(annotate, text, "THREATEN")
    assert events, all_events(annotate, text)
    assert target in countries(events[0]["target"])
    assert not_target not in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("The United Nations panel has determined that Ortega's detention is unlawful and called for his release.",
         "IGO"),
        ("The European Union has concluded that the vote is flawed and demanded a recount.", "IGO"),
    ],
)
def test_a_verb_in_the_reporting_verbs_tense_shares_its_subject(annotate, text, caller):
    events = events_of(annotate, text, "REQUEST")
    assert events, all_events(annotate, text)
    assert countries(events[0]["source"]) == {caller}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("A Kenyan rights activist said authorities should declare a state of emergency over the kidnappings.",
         "REQUEST"),
        ("A Republican senator said the U.S. government should impose sanctions on Chinese officials.", "REQUEST"),
        ("Ethiopian officials said the rebels killed and wounded dozens of Ethiopian soldiers near Gondar.",
         "ASSAULT"),
    ],
)
def test_a_verb_and_the_act_it_governs_are_one_event(annotate, text, type_):
    assert len(events_of(annotate, text, type_)) == 1, all_events(annotate, text)


def test_acts_of_different_modes_stay_apart(annotate):
    text = "The Pakistani army said the insurgents blew up the rail tracks and took 90 Pakistani passengers hostage."
    modes = {e["mode"] for e in events_of(annotate, text, "ASSAULT")}
    assert {"explosives", "abduct"} <= modes, all_events(annotate, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan president said the insurgents should know that they will never win through war.",
        "The Turkish foreign minister said U.S. lawmakers must understand that threats get nowhere.",
        "The Chinese envoy said the Security Council must be united on the question.",
    ],
)
def test_an_admonition_to_know_or_be_is_no_request(annotate, text):
    assert events_of(annotate, text, "REQUEST") == []


def test_being_ready_to_act_is_still_asked_for(annotate):
    text = "The Jordanian king said the United States must be ready to mediate between Israel and the Palestinians."
    events = events_of(annotate, text, "REQUEST")
    assert events and countries(events[0]["target"]) == {"USA"}, all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Kenyan officials blamed neighbouring Somalia for the raid, accusing it of sheltering the gunmen.", "SOM"),
        ("The rebels have waged a long insurgency against the Malian state, accusing it of neglecting the north.",
         "MLI"),
    ],
)
def test_an_object_it_is_the_state_named_before(annotate, text, accused):
    events = events_of(annotate, text, "ACCUSE")
    assert events, all_events(annotate, text)
    assert all(countries(e["target"]) == {accused} for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Jimmy Lai, a Hong Kong businessman, stands accused of collusion with foreign forces.",
        "The Ugandan opposition leader remains charged with treason.",
    ],
)
def test_who_stands_accused_is_not_the_accuser(annotate, text):
    for event in events_of(annotate, text, "ACCUSE"):
        assert not {r["sector"] for r in event["source"]} & {"JRN", "BUS", "OPP"}, event


def test_an_absolute_clause_names_no_recipient(annotate):
    text = ("Japan has voiced concern over the tensions, with Foreign Minister Yoko Kamikawa speaking by phone "
            "with her Chinese counterpart.")
    for event in events_of(annotate, text, "ACCUSE"):
        assert not any(r["name"].endswith("Kamikawa") for r in event["target"]), event


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("We do not want to talk about the worst scenario, the Turkish foreign minister said.", False),
        ("The Turkish foreign minister refused to talk with the Greek delegation.", True),
    ],
)
def test_talking_about_a_subject_is_no_meeting(annotate, text, meeting):
    events = [e for e in all_events(annotate, text) if e["trigger"].lower() in ("talk", "refused")]
    assert bool(events) == meeting, events


@pytest.mark.parametrize(
    "text",
    [
        "A French foreign ministry spokesperson expressed sorrow over the lives lost in the Haitian prison riot.",
        "The Japanese prime minister expressed condolences to the families of the Turkish victims.",
    ],
)
def test_sympathy_is_no_apology(annotate, text):
    assert events_of(annotate, text, "CONCEDE") == []


@pytest.mark.parametrize(
    ("text", "type_", "expected"),
    [
        ("A State Department spokesperson reaffirmed that the United States wants the journalist freed.", "SUPPORT", 0),
        ("India reaffirmed its support for Mauritius on Tuesday.", "SUPPORT", 1),
        ("We recognize a difficult and complex situation, the Brazilian foreign minister said.", "SUPPORT", 0),
        ("Bhutan formally recognized Kosovo in 2012.", "SUPPORT", 1),
    ],
)
def test_reporting_and_acknowledging_are_not_support(annotate, text, type_, expected):
    assert len(events_of(annotate, text, type_)) == expected, all_events(annotate, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's constitution guarantees the right to peaceful assembly.",
        "The Hungarian law bans gatherings near parliament during sessions.",
    ],
)
def test_a_legal_text_is_not_its_countrys_act(annotate, text):
    assert all_events(annotate, text) == []


@pytest.mark.parametrize(
    ("text", "accused", "victims"),
    [
        ("The UN rapporteur alleged that women and girls under Taliban rule are being persecuted.", "AFG", "CVL"),
        ("The Malian rights group alleged that herders in Mopti were being abused by the army.", "MLI", "CVL"),
    ],
)
def test_who_suffers_an_alleged_act_is_not_accused(annotate, text, accused, victims):
    events = events_of(annotate, text, "ACCUSE")
    assert events, all_events(annotate, text)
    assert all(r["sector"] != victims for e in events for r in e["target"]), events


@pytest.mark.parametrize(
    "text",
    [
        "Rafael Aliyev and Kamran Huseynov, both from Azerbaijan, have pleaded not guilty.",
        "Former Nigerian governor Ibrahim Danjuma pleaded guilty to fraud on Monday.",
    ],
)
def test_a_plea_is_no_verdict(annotate, text):
    assert events_of(annotate, text, "SANCTION") == []


def test_the_victims_possessive_does_not_make_them_doers(annotate):
    text = "Nigerian police said the schoolgirls were freed on Sunday. Their abduction drew wide condemnation."
    for event in events_of(annotate, text, "ASSAULT"):
        assert not {r["sector"] for r in event["source"]} & {"COP", "GOV"}, event


@pytest.mark.parametrize(
    ("text", "retaliator"),
    [
        ("France responded to the Bouake attack by destroying the Ivorian air force.", "FRA"),
        ("India retaliated for the Pahalgam attack by striking camps in Pakistan.", "IND"),
    ],
)
def test_the_act_responded_to_is_not_the_responders(annotate, text, retaliator):
    attacks = [e for e in events_of(annotate, text, "ASSAULT") if e["trigger"] == "attack"]
    assert all(retaliator not in countries(e["source"]) for e in attacks), attacks


@pytest.mark.parametrize(
    ("text", "refuser", "asker"),
    [
        ("The Kenyan government denied a request by Somalia for talks.", "KEN", "SOM"),
        ("Hungary denied Ukraine's request for transit of weapons.", "HUN", "UKR"),
    ],
)
def test_denying_a_request_is_rejecting_it(annotate, text, refuser, asker):
    events = events_of(annotate, text, "REJECT")
    assert events, all_events(annotate, text)
    assert countries(events[0]["source"]) == {refuser}
    assert not [e for e in all_events(annotate, text) if e["type"] == "REQUEST" and e["negated"]]


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("We will increase the charge on American electricity, the Ontario premier said.", False),
        ("The Kenyan prosecutor brought a charge of fraud against the former minister.", True),
    ],
)
def test_a_charge_that_is_raised_is_a_fee(annotate, text, accusation):
    assert bool(events_of(annotate, text, "ACCUSE")) == accusation, all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("On Thursday, the German chancellor in Paris called Chinese export subsidies unfair.", False),
        ("On Monday, the Kenyan president called on the Somali leader in Mogadishu.", True),
    ],
)
def test_a_preposition_before_the_verb_is_no_particle(annotate, text, meeting):
    assert bool(events_of(annotate, text, "CONSULT")) == meeting, all_events(annotate, text)


def test_what_a_meeting_discusses_is_not_at_the_table(annotate):
    text = "G20 finance ministers also discussed Argentina's debt in Rio de Janeiro."
    for event in events_of(annotate, text, "CONSULT"):
        assert "ARG" not in countries(event["target"]), event


def test_a_ruling_or_decision_to_act_is_its_owners(annotate):
    text = "Iran's decision to expel the French diplomats angered Paris."
    events = events_of(annotate, text, "SANCTION")
    assert events and countries(events[0]["source"]) == {"IRN"}, all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Qatari emir said he hopes a truce between Israel and Hamas could take place within days.", False),
        ("The summit between the Chinese and Russian presidents took place in Beijing on Tuesday.", True),
    ],
)
def test_an_event_noun_lives_in_the_clause_of_its_verb_of_occurrence(annotate, text, written):
    events = [e for e in all_events(annotate, text) if e["trigger"] in ("truce", "summit")]
    assert bool(events) == written, events


def test_a_purpose_under_an_offers_infinitive_is_no_act(annotate):
    text = "Syrian officials offered to pay the activist's cousins in Damascus to invite him to Lebanon."
    assert not [e for e in all_events(annotate, text) if e["trigger"] == "invite"], all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Japan, Australia and Canada are all patrolling the waters around the strait.", "MOBILIZE"),
        ("China and Russia held joint naval drills in the Sea of Japan.", "COOPERATE"),
    ],
)
def test_states_patrolling_side_by_side_mobilise(annotate, text, type_):
    assert events_of(annotate, text, type_), all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("France withdrew its ambassador to Niger on Sunday.", "NER"),
        ("Both countries withdrew their ambassadors in 2019.", None),
    ],
)
def test_withdrawn_envoys_are_not_the_recipient(annotate, text, host):
    for event in events_of(annotate, text, "SANCTION"):
        assert all(r["sector"] != "GOV" for r in event["target"]), event
        if host:
            assert countries(event["target"]) == {host}, event


def test_reaffirming_concern_is_disapproval(annotate):
    text = "The Quad foreign ministers reaffirmed their serious concerns over Chinese coast guard actions."
    assert events_of(annotate, text, "ACCUSE") and not events_of(annotate, text, "SUPPORT"), all_events(annotate, text)


def test_a_participle_of_consequence_names_no_recipient(annotate):
    text = ("A Kenyan court lifted orders blocking the swearing-in of deputy president nominee Amos Wako, "
            "dealing a blow to former deputy president Joseph Kiprono.")
    for event in events_of(annotate, text, "CONCEDE"):
        assert not any("Kiprono" in r["name"] for r in event["target"]), event


def test_what_a_body_is_formed_to_do_is_not_done_yet(annotate):
    text = "The British foreign secretary said a coalition of the willing is forming to provide Ukraine with air defence."
    assert not events_of(annotate, text, "AID"), all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "asker", "asked"),
    [
        ('The Somali foreign minister spoke in Mogadishu. "Kenya must withdraw its troops from Gedo. '
         'Their presence is illegal," he said.', "SOM", "KEN"),
        ('"Rwanda should stop arming the rebels. Our people are dying," the Congolese president said on Friday.',
         "COD", "RWA"),
    ],
)
def test_what_a_quotation_says_others_must_do_is_the_speakers_demand(annotate, text, asker, asked):
    events = events_of(annotate, text, "REQUEST")
    assert events, all_events(annotate, text)
    assert countries(events[0]["source"]) == {asker} and asked in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Japan expressed concern about rising tensions in the East China Sea.", False),
        ("The United States expressed concern over Russia's troop buildup near Ukraine.", True),
    ],
)
def test_a_concern_that_blames_nobody_is_no_event(annotate, text, written):
    assert bool(events_of(annotate, text, "ACCUSE")) == written, all_events(annotate, text)


def test_a_compromised_technology_is_no_concession(annotate):
    text = "Washington fears the jet's stealth technology could be compromised by Russian radar."
    assert events_of(annotate, text, "CONCEDE") == []


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Sri Lankan President Gotabaya Rajapaksa accepted Chinese funding for the port project.", "CHN", "LKA"),
        ("Pakistan accepted Saudi loans worth $3 billion last year.", "SAU", "PAK"),
    ],
)
def test_accepting_money_is_aid_from_the_giver(annotate, text, giver, receiver):
    events = events_of(annotate, text, "AID")
    assert events, all_events(annotate, text)
    assert countries(events[0]["source"]) == {giver} and countries(events[0]["target"]) == {receiver}


def test_the_offer_a_state_rejects_is_anothers(annotate):
    text = "Washington said it will keep up pressure on Pyongyang, as North Korea rejected its offer of new talks."
    events = events_of(annotate, text, "REJECT")
    assert events and countries(events[0]["target"]) == {"USA"}, all_events(annotate, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan interior minister said many of the detainees are gang members and have been charged with murder.",
        "The Ugandan army spokesman said the suspects were rebels and had been charged with treason.",
    ],
)
def test_who_reports_a_passive_deed_did_not_do_it(annotate, text):
    for event in events_of(annotate, text, "ACCUSE"):
        assert not {r["sector"] for r in event["source"]} & {"GOV", "MIL", "CVL"}, event


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Tens of thousands of Sudanese began protesting over rising bread prices.", "SDN"),
        ("Thousands of Kenyans marched through Nairobi on Tuesday against the finance bill.", "KEN"),
    ],
)
def test_protesters_named_as_a_people_are_civilians(annotate, text, country):
    events = events_of(annotate, text, "PROTEST")
    assert events, all_events(annotate, text)
    assert [(r["country"], r["sector"]) for r in events[0]["source"]] == [(country, "CVL")], events[0]


def test_a_march_is_not_aimed_at_the_country_it_happens_in(annotate):
    text = "Thousands of Iranians marched in Tehran on Friday."
    events = events_of(annotate, text, "PROTEST")
    assert events and events[0]["target"] == [], events


def test_the_purpose_of_a_refused_meeting_is_no_meeting(annotate):
    text = "North Korea refused to meet with American officials to discuss its nuclear programme."
    assert events_of(annotate, text, "REJECT") and not events_of(annotate, text, "CONSULT"), all_events(annotate, text)


def test_an_ordered_arrest_is_a_threat_of_arrest(annotate):
    text = "Serbian prosecutors on Monday ordered the arrest of the Bosnian Serb leader and two of his aides."
    assert events_of(annotate, text, "THREATEN") and not events_of(annotate, text, "COERCE"), all_events(annotate, text)


def test_sabotaging_a_process_is_no_attack(annotate):
    text = "The Afghan government has tried to sabotage the peace process, the Taliban spokesman said."
    assert events_of(annotate, text, "ASSAULT") == [], all_events(annotate, text)


@pytest.mark.parametrize(
    ("text", "support"),
    [
        ("China cites old records to back its claims and has rejected the tribunal ruling.", False),
        ("Japan backed the Philippines in the dispute.", True),
    ],
)
def test_backing_ones_claims_is_no_support(annotate, text, support):
    assert bool(events_of(annotate, text, "SUPPORT")) == support, all_events(annotate, text)


def test_the_toll_of_an_attack_in_a_relative_clause_joins_the_attack(annotate):
    text = ("A trial opened in Paris over the 2004 bombing of a French army camp in Mali that killed "
            "nine French soldiers.")
    assaults = events_of(annotate, text, "ASSAULT")
    assert len(assaults) == 1, assaults
    assert "FRA" in countries(assaults[0]["target"])


@pytest.mark.parametrize(
    ("text", "attacked"),
    [
        ("The Malian army camp came under attack from jihadists near Gao.", ("MLI", "MIL")),
        ("Syrian officials said their forces near Latakia came under a heavy attack from rebels.", ("SYR", "MIL")),
    ],
)
def test_who_comes_under_attack_is_attacked(annotate, text, attacked):
    events = events_of(annotate, text, "ASSAULT")
    assert events and attacked in [(r["country"], r["sector"]) for r in events[0]["target"]], all_events(annotate, text)


def test_talking_someone_into_an_act_is_a_request(annotate):
    text = "The Kenyan governor said he would talk the traders into replacing charcoal with gas."
    assert events_of(annotate, text, "REQUEST") and not events_of(annotate, text, "CONSULT"), all_events(annotate, text)
