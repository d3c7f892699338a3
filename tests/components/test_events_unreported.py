"""Acts a sentence mentions without reporting them: questions put to the press, open questions
about who did something, names of talks, beliefs and views about what others do."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


def events(annotate, text: str) -> list[dict]:
    return annotate(text, date=DATE)._.events


@pytest.mark.parametrize("text", [
    "The Interior Ministry has repeatedly declined to respond to questions about the missing detainees.",
    "The Kenyan embassy did not reply to emails about the deportations.",
])
def test_declining_to_answer_questions_is_no_rejection(annotate, text):
    assert not events_of(annotate, text, "REJECT")


def test_refusing_to_respond_to_a_demand_stays_a_rejection(annotate):
    found = events_of(annotate, "Hamas refused to respond to a demand from Egypt to free the hostages.", "REJECT")
    assert found and {a["country"] for a in found[0]["source"]} == {"PSE"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Albanian prosecutors are trying to establish who ordered the attack on the convoy.", "attack"),
    ("A Senate panel will be formed to determine who should be charged over the bridge collapse.", "charged"),
    ("Nigerian police said they did not yet know who kidnapped the students.", "kidnapped"),
])
def test_an_open_question_about_the_doer_codes_no_event(annotate, text, trigger):
    assert not [e for e in events(annotate, text) if e["trigger"] == trigger]


def test_a_relative_who_still_names_the_doer(annotate):
    found = events_of(annotate, "The Somali militants who attacked the convoy fled into the hills.", "ASSAULT")
    assert found and found[0]["source"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Officials urged the warring parties to resume stalled peace talks, known as the intra-Libyan negotiations.",
     "negotiations"),
    ("The army's new offensive, dubbed Operation Northern Storm, began on Monday.", "Operation"),
])
def test_the_name_of_something_is_no_second_event(annotate, text, trigger):
    assert not [e for e in events(annotate, text) if e["trigger"] == trigger]


@pytest.mark.parametrize(("text", "type_"), [
    ("Villagers believe the rebels have simply retreated from the valley.", "RETREAT"),
    ("Many in Kenya think the army attacked the village first.", "ASSAULT"),
    ("There is a widespread view in Accra that the Nigerians are always ready to mediate.", "AGREE"),
    ("The belief that Moscow supplied the drones is common among Ukrainian officials.", "AID"),
])
def test_a_belief_or_view_about_others_is_no_event(annotate, text, type_):
    assert not events_of(annotate, text, type_)


def test_a_belief_about_ones_own_plan_stays(annotate):
    found = events_of(annotate, '"I think we will sign the trade deal next week," the Kenyan trade minister said.', "AGREE")
    assert found


@pytest.mark.parametrize("text", [
    '"Nothing will move before the vote," said Laura Finch, a senior fellow at the Lowy Institute. '
    "Finch said Canberra is turning away from Beijing to court New Delhi.",
    '"It is a gamble," said Omar Haddad, a historian at Cairo University. Haddad said Egypt rejected the offer '
    "because of domestic pressure.",
])
def test_what_a_person_introduced_as_a_commentator_says_is_commentary(annotate, text):
    assert not events_of(annotate, text, "REJECT")


def test_what_an_eyewitness_says_happened_is_still_reported(annotate):
    text = '"We ran," said Ahmed Ali, a farmer in the village. Ali said Sudanese soldiers attacked the village at dawn.'
    assert events_of(annotate, text, "ASSAULT")


def test_a_past_fact_a_commentator_mentions_is_news(annotate):
    text = ('"India is cautious," said Laura Finch, a senior fellow at the Lowy Institute. Finch said New Delhi '
            "remains wary, although Indian and Japanese leaders met in Tokyo last year.")
    assert events_of(annotate, text, "CONSULT")


def test_a_list_of_someones_work_is_no_act(annotate):
    assert not events_of(annotate, "Her work includes investigations into scam compounds run by Chinese gangs.", "ACCUSE")


@pytest.mark.parametrize("text", [
    "The separatist group also opposes Chinese investment in the province.",
    "The United States particularly opposes Beijing's maritime expansion in the region.",
])
def test_a_standing_position_in_the_narrative_present_is_no_event(annotate, text):
    assert not [e for e in events(annotate, text) if e["trigger"] in ("opposes",)]


@pytest.mark.parametrize(("text", "type_"), [
    ("Putin said on Thursday that Russia supports the American ceasefire proposal.", "SUPPORT"),
    ("The Kenyan government strongly opposed the plan on Monday.", "REJECT"),
])
def test_a_stance_said_or_taken_now_stays(annotate, text, type_):
    assert events_of(annotate, text, type_)


@pytest.mark.parametrize(("text", "type_"), [
    ("Whether Iran will attend the talks in Oman remains unclear.", "AGREE"),
    ("To what extent the United States will defend its ally in a war was not immediately made clear.", "AGREE"),
])
def test_a_question_as_subject_reports_nothing(annotate, text, type_):
    assert not events_of(annotate, text, type_)


@pytest.mark.parametrize("text", [
    "The two leaders publicly disagreed over U.S. aid to Ukraine.",
    "Lawmakers in Berlin are divided in a bitter debate about military support for Kyiv.",
])
def test_help_named_as_the_topic_of_a_dispute_is_no_event(annotate, text):
    assert not events_of(annotate, text, "AID") and not events_of(annotate, text, "SUPPORT")


def test_help_given_after_a_dispute_stays(annotate):
    assert events_of(annotate, "Washington sent $2 billion in aid to Ukraine after a dispute over the deal.", "AID")


@pytest.mark.parametrize(("text", "trigger"), [
    ("Rubio said he hopes a ceasefire could take place within days if the Kremlin agrees.", "agrees"),
    ("Kenya will reopen the border crossing only if Somalia withdraws its troops.", "withdraws"),
])
def test_the_condition_of_another_act_is_no_event(annotate, text, trigger):
    assert not [e for e in events(annotate, text) if e["trigger"] == trigger]


@pytest.mark.parametrize("text", [
    '"It is kind of like the government is prosecuting a case and judging it too," the Kenyan lawyer said.',
    "The minister spoke as though the army had already attacked the town.",
])
def test_a_comparison_reports_no_act(annotate, text):
    assert not events_of(annotate, text, "ACCUSE") and not events_of(annotate, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Western politicians have repeatedly called on China to limit its support for Russia.",
    "World leaders urged both sides to return to the negotiating table.",
])
def test_a_loose_grouping_with_no_code_acts_in_no_event(annotate, text):
    assert not events_of(annotate, text, "REQUEST")


def test_foreign_ministers_are_no_loose_grouping(annotate):
    text = "The Quad foreign ministers reaffirmed their serious concerns over Chinese coast guard actions."
    assert events_of(annotate, text, "ACCUSE")


@pytest.mark.parametrize("text", [
    "The Spanish energy company has pledged to become carbon neutral by 2050.",
    "The mining company promised to cut its emissions by half.",
])
def test_a_companys_promise_to_nobody_is_no_agreement(annotate, text):
    assert not events_of(annotate, text, "AGREE")


def test_a_concessive_though_is_no_comparison(annotate):
    text = "The case went before the court in March, though Kenya refused to attend the weeklong hearing."
    assert events_of(annotate, text, "REJECT")


def test_a_headline_present_of_backing_stays(annotate):
    assert events_of(annotate, "India backs the Chagos handover to Mauritius.", "SUPPORT")


def test_an_admonition_about_seeing_attacks_is_no_demand(annotate):
    text = '"We must see the continuous attacks on our schools as a dangerous trend," the Nigerian activist said.'
    assert not events_of(annotate, text, "REQUEST")


def test_people_occupying_a_gray_area_is_no_occupation(annotate):
    text = "Being neither Black nor white, the Chinese Texans occupied a gray area under Jim Crow law."
    assert not events_of(annotate, text, "ASSAULT") and not events_of(annotate, text, "COERCE")


@pytest.mark.parametrize("text", ["Russian troops occupied the town of Kherson.", "Russia occupied Crimea in 2014."])
def test_an_armed_or_state_occupation_stays(annotate, text):
    # occupying territory is CAMEO 192, which PLOVER maps to COERCE seize
    assert [e for e in events_of(annotate, text, "COERCE") if e["mode"] == "seize"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Since January, the Quadrilateral Security Dialogue, or Quad, has become the focus of efforts to counter "
     "China.", "Dialogue"),
    ("The leaders of the Quadrilateral Security Dialogue met in Tokyo on Tuesday.", "Dialogue"),
    ("Fighters of the Rapid Support Forces attacked the city of El Fasher.", "Support"),
])
def test_a_word_of_an_organisations_name_is_no_trigger(annotate, text, trigger):
    assert not [e for e in events(annotate, text) if e["trigger"] == trigger]


@pytest.mark.parametrize(("text", "type_"), [
    ("Asked by a reporter whether he might back off his tariff threats against Canada, Trump said no.", "SUPPORT"),
    ('"I look forward to discussing how we can continue to support Ukraine," the Canadian minister said.', "SUPPORT"),
    ("Police are trying to determine whether the militants attacked the convoy.", "ASSAULT"),
])
def test_a_question_asked_or_discussed_reports_nothing(annotate, text, type_):
    assert not events_of(annotate, text, type_)


def test_explaining_how_something_happened_still_reports_it(annotate):
    assert events_of(annotate, "The Malian minister explained how the army had attacked the village.", "ASSAULT")


def test_being_met_by_gunmen_is_no_meeting(annotate):
    text = "The escaped prisoners were met on the outside by armed men, who had vehicles for the getaway."
    assert not events_of(annotate, text, "CONSULT")


def test_a_warning_that_something_is_too_big_to_stop_is_no_threat(annotate):
    text = "The fire's front is 60 kilometers long and Australian officials warn it is simply too big to put out."
    assert not events_of(annotate, text, "THREATEN")


def test_a_warning_of_readiness_stays_a_threat(annotate):
    assert events_of(annotate, "North Korea warned it is ready to respond to any provocation.", "THREATEN")


@pytest.mark.parametrize("text", [
    "The Trump administration could impose restrictions on the Chinese AI model.",
    "A Cameroonian official says Brazil can provide the chicks that Cameroon needs.",
    "Analysts said North Korea might test another missile soon.",
])
def test_a_possibility_raised_about_anothers_act_is_no_event(annotate, text):
    assert not annotate(text, date=DATE)._.events


@pytest.mark.parametrize("text", [
    "Iran said it could cut oil exports to Europe.",
    "\"We could send troops to Somalia,\" the Ethiopian defense minister said.",
])
def test_a_doer_raising_its_own_possible_act_still_counts(annotate, text):
    assert annotate(text, date=DATE)._.events


@pytest.mark.parametrize("text", [
    "The spokesman offered no evidence for his claims.",
    "The ministry offered few details about the talks.",
])
def test_offering_information_is_no_offer(annotate, text):
    assert not events_of(annotate, text, "AGREE")


def test_offering_to_mediate_is_still_an_offer(annotate):
    assert events_of(annotate, "Qatar offered to mediate between the two sides.", "AGREE")


@pytest.mark.parametrize("text", [
    "Malaysia hopes to get loans from China for the railway.",
    "\"We hope we'll round up the cartels,\" the minister said.",
])
def test_a_hope_made_to_no_one_is_no_event(annotate, text):
    assert not annotate(text, date=DATE)._.events


def test_expecting_to_sign_is_still_a_plan(annotate):
    assert events_of(annotate, "Kenya expects to sign a trade deal with Britain next month.", "AGREE")


def test_a_deed_told_as_an_allegation_with_no_accuser_is_no_event(annotate):
    text = "In 2019, Iranian officials allegedly offered to pay her cousins to lure her to Turkey, court papers show."
    assert not events_of(annotate, text, "AGREE")


def test_a_deed_alleged_by_a_named_accuser_is_their_charge(annotate):
    text = "Turkish police said Iranian agents allegedly attacked the dissident in Istanbul."
    found = events_of(annotate, text, "ACCUSE")
    assert found and {a["country"] for a in found[0]["target"]} == {"IRN"}, found
