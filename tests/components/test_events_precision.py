"""Events the coder must not write, and roles it must not get wrong, once precision comes first
(issue 4: a judged sample of VOA events showed these classes of false or half-coded events)."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


def all_events(annotate, text: str) -> list[dict]:
    return annotate(text, date=DATE)._.events


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The arrest of the editor drew condemnation across the region.", "COERCE"),
        ("Two opposition activists were detained in Harare on Monday.", "COERCE"),
        ("A week of shelling left the border town in ruins.", "ASSAULT"),
    ],
)
def test_an_event_with_no_initiator_is_not_written(annotate, text, type_):
    # conventions §2: agentless events are not coded
    assert events_of(annotate, text, type_) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia rejected the allegations on Monday.",
        "“We strongly reject the baseless accusations made by Islamabad,” the Indian spokesperson told reporters.",
        "Pakistani officials blamed India for the attack, a charge New Delhi quickly rejected.",
        "Moscow dismissed the reports as propaganda.",
        "The Kenyan government denied the claims.",
    ],
)
def test_denying_an_allegation_is_not_a_reject(annotate, text):
    assert events_of(annotate, text, "REJECT") == []


def test_rejecting_a_proposal_is_still_a_reject(annotate):
    events = events_of(annotate, "Kenya rejected the peace proposal on Friday.", "REJECT")
    assert events and events[0]["source"][0]["country"] == "KEN"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Despite her illness, she helps young women learn how to run a business.", "AID"),
        ("“From Delhi's standpoint, it helps if there is an American presence there,” the analyst said.", "AID"),
        ("Better ties with Riyadh could also provide impetus to Turkey's efforts with Egypt.", "AID"),
        ("Australian firefighters battled blazes in Canada last year.", "ASSAULT"),
        ("Lawmakers also expressed hope that economic cooperation between the two countries could resume.", "AGREE"),
        ("Officials at the ministry did not respond to a request for comment.", "REQUEST"),
    ],
)
def test_weak_or_figurative_triggers_write_no_event(annotate, text, type_):
    assert events_of(annotate, text, type_) == []


def test_a_speaker_without_country_or_sector_starts_no_event(annotate):
    text = "“Of course we have to support renewable energies,” said Ramon Marti."
    assert events_of(annotate, text, "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Berisha's opponents accused him of undermining democracy.", "Berisha"),
        ("Critics of President Ruto accused the government of corruption.", "William Ruto"),
    ],
)
def test_the_other_side_of_a_possessor_is_not_the_possessor(annotate, text, not_source):
    events = events_of(annotate, text, "ACCUSE")
    assert all(not_source not in {ref["name"] for ref in event["source"]} for event in events)


@pytest.mark.parametrize(
    ("text", "target_country"),
    [
        ("Israeli security forces fired tear gas, rubber bullets and stun grenades at Palestinian demonstrators, "
         "some of whom threw rocks at police.", "PSE"),
        ("The Ethiopian army fired artillery, rockets and mortars at Tigrayan fighters.", "ETH"),
    ],
)
def test_the_target_of_the_last_conjoined_object_is_the_target(annotate, text, target_country):
    events = events_of(annotate, text, "ASSAULT")
    assert events and [ref["country"] for ref in events[0]["target"]] == [target_country]
    assert all(ref["sector"] != "COP" for ref in events[0]["target"])


@pytest.mark.parametrize(
    "text",
    [
        "“China calls on parties concerned to be rational and pragmatic,” the deputy ambassador said.",
        "The Egyptian minister called on all sides to show restraint.",
    ],
)
def test_calling_on_someone_to_act_is_a_request_not_a_visit(annotate, text):
    types = {event["type"] for event in all_events(annotate, text)}
    assert "REQUEST" in types and "CONSULT" not in types


def test_a_sentence_initial_pronoun_is_the_one_person_named_before(annotate):
    text = ("Rights activist Maria Ressa told VOA the ruling was a good sign. "
            "She called for the charges to be dropped.")
    events = events_of(annotate, text, "REQUEST")
    assert events and [ref["name"] for ref in events[0]["source"]] == ["Maria Ressa"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister said she hopes Japan will send aid to Haiti.",
        "Germany expects Iran to return to talks with France next month.",
    ],
)
def test_a_hope_about_someone_elses_act_is_no_event(annotate, text):
    assert all_events(annotate, text) == []


def test_a_hope_about_ones_own_act_stays_an_intention(annotate):
    events = events_of(annotate, "Iran hopes to resume talks with France next month.", "AGREE")
    assert events and events[0]["source"][0]["country"] == "IRN"


@pytest.mark.parametrize(
    "text",
    [
        "Although officials made no comment, analysts point out that India backs the military base.",
        "Analysts say Tehran would especially welcome the closure of the base.",
    ],
)
def test_a_commentators_reading_is_no_event(annotate, text):
    assert all_events(annotate, text) == []


def test_a_witness_report_is_still_an_event(annotate):
    assert events_of(annotate, "Witnesses said soldiers fired on the crowd.", "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Topuz is on trial on espionage charges.",
        "The former president has been under arrest since June.",
    ],
)
def test_the_subject_of_on_trial_or_under_arrest_undergoes_it(annotate, text):
    assert all(not event["source"] for event in all_events(annotate, text))
    assert all_events(annotate, text) == []  # and with nobody named who acts, no event


@pytest.mark.parametrize(
    "text",
    [
        "Several rights groups this week called for Zamora's immediate release.",
        "Rights groups called for the release of the jailed editor.",
    ],
)
def test_who_would_be_freed_is_not_who_is_asked(annotate, text):
    events = events_of(annotate, text, "REQUEST")
    assert events and events[0]["target"] == []


def test_who_is_asked_to_free_is_the_target(annotate):
    events = events_of(annotate, "The UN urged Kenya to release the jailed editor.", "REQUEST")
    assert events and [ref["country"] for ref in events[0]["target"]] == ["KEN"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The number of refugees in the camp declined to 230,000 last year.", "REJECT"),
        ("The camps together shelter more than 400,000 refugees.", "AID"),
    ],
)
def test_states_and_figures_are_no_acts(annotate, text, type_):
    assert events_of(annotate, text, type_) == []


def test_regretting_anothers_decision_is_disapproval(annotate):
    text = "“The court regrets the decision of Kenya not to take part in the hearing,” the judge said."
    types = {event["type"] for event in all_events(annotate, text)}
    assert "ACCUSE" in types and "CONCEDE" not in types


@pytest.mark.parametrize(
    ("text", "type_", "country"),
    [
        # a second subject from a misparse ("most of them") must not hide the one naming an actor
        ("Kenyan protesters, most of them students, gathered outside Parliament chanting against the bill.",
         "PROTEST", "KEN"),
        # a finite verb parsed as a participle of the phrase it follows
        ("Doctors from two American aid groups donated and delivered medicine to a hospital in Baghdad.",
         "AID", "USA"),
    ],
)
def test_the_initiator_survives_common_misparses(annotate, text, type_, country):
    events = events_of(annotate, text, type_)
    assert events and country in {ref["country"] for ref in events[0]["source"]}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The night train was travelling from Quetta to Peshawar when gunmen opened fire.", "CONSULT"),
        ("The first large group of Vietnamese immigrants arrived in Houston in the 1970s.", "CONSULT"),
        ("The ministry did not reply to an email requesting comment.", "REQUEST"),
        ("The Sudanese cabinet approved a law to dissolve the former ruling party's unions.", "SUPPORT"),
        ("The president signed a decree extending his term by two years.", "SUPPORT"),
        ("In 2019 the International Court of Justice ruled that the handover was not lawfully completed.", "SANCTION"),
    ],
)
def test_domestic_acts_and_travel_of_things_are_no_interactions(annotate, text, type_):
    assert events_of(annotate, text, type_) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The Indian foreign minister travelled to Moscow on Monday.", "RUS"),
        ("The Kenyan president arrived in Beijing on Monday for a three-day state visit.", "CHN"),
    ],
)
def test_a_visit_to_a_city_is_hosted_by_its_state(annotate, text, host):
    events = events_of(annotate, text, "CONSULT")
    assert events and events[0]["mode"] == "visit" and [ref["country"] for ref in events[0]["target"]] == [host]


@pytest.mark.parametrize(
    "text",
    [
        "The United States announced that it would cease military aid to Ukraine.",
        "Russia stopped gas supplies to Moldova on Sunday.",
    ],
)
def test_stopping_aid_or_supplies_is_a_sanction(annotate, text):
    events = events_of(annotate, text, "SANCTION")
    assert events and events[0]["mode"] == "discontinue" and events[0]["target"]


def test_who_would_be_protected_is_not_who_is_asked(annotate):
    text = "The UN envoy is calling for an end to the violence and for the protection of civilians."
    events = events_of(annotate, text, "REQUEST")
    assert events and all(ref["sector"] != "CVL" for ref in events[0]["target"])


def test_a_meeting_of_a_body_names_who_is_asked(annotate):
    events = events_of(annotate, "The Kenyan minister demanded a meeting of the U.N. Security Council.", "REQUEST")
    assert events and [ref["country"] for ref in events[0]["target"]] == ["IGO"]


def test_who_confirms_a_killing_did_not_do_it(annotate):
    text = "The president later confirmed the militant leader's killing in a post on social media."
    assert all(event["type"] != "ASSAULT" or not event["source"] for event in all_events(annotate, text))


def test_announcing_ones_own_act_still_makes_the_announcer_its_actor(annotate):
    events = events_of(annotate, "Turkey announced a suspension of flights to Iraq.", "SANCTION")
    assert events and events[0]["source"][0]["country"] == "TUR"


@pytest.mark.parametrize(
    "text",
    [
        "Poland condemned the attack on Ukraine by Russia.",
        "Poland condemned Russia's attack on Ukraine.",
    ],
)
def test_condemning_an_attack_accuses_its_doer_not_its_victim(annotate, text):
    events = events_of(annotate, text, "ACCUSE")
    assert events and [ref["country"] for ref in events[0]["target"]] == ["RUS"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Poor countries are currently hosting more than 80% of the world's refugees.", "CONSULT"),
        ("“I have a commitment to the truth when I speak,” the historian said.", "AGREE"),
    ],
)
def test_hosting_refugees_and_personal_commitments_are_no_events(annotate, text, type_):
    assert events_of(annotate, text, type_) == []


@pytest.mark.parametrize(
    "text",
    [
        "The commerce secretary also rebuffed fears that the tariffs would cause a recession.",
        "Officials rejected questions that the hijacking was an intelligence failure.",
    ],
)
def test_brushing_off_doubts_is_not_a_reject(annotate, text):
    assert events_of(annotate, text, "REJECT") == []


def test_nominating_someone_to_a_post_is_no_event(annotate):
    assert all_events(annotate, "The president has nominated his deputy envoy to a post at the U.N.") == []


def test_a_recipient_with_no_code_is_left_out(annotate):
    text = "Britain will cede sovereignty of the islands and lease back Diego Garcia from Mauritius."
    for event in all_events(annotate, text):
        assert all(ref["country"] or ref["sector"] for ref in event["target"])


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("He amassed twelve million followers on the video platform.", "MOBILIZE"),
        ("The navy held joint drills with three partners to demonstrate its strength.", "PROTEST"),
        ("The secret transfer of detainees demonstrates a disregard for the rule of law.", "PROTEST"),
    ],
)
def test_amassing_followers_and_demonstrating_strength_are_no_events(annotate, text, type_):
    assert events_of(annotate, text, type_) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia amassed troops on the border.",
        "Russia deployed troops to the border with Ukraine.",
    ],
)
def test_the_troops_sent_are_not_the_recipient(annotate, text):
    events = events_of(annotate, text, "MOBILIZE")
    assert events and all(ref["sector"] != "MIL" for ref in events[0]["target"])


def test_the_rivals_of_a_country_are_not_that_country(annotate):
    events = events_of(annotate, "The United States gives military support to Chinese rivals in Asia.", "AID")
    assert all("CHN" not in {ref["country"] for ref in event["target"]} for event in events)


@pytest.mark.parametrize(
    "text",
    [
        "The fugitive leader of the militant group in Iraq was killed in Anbar province.",
        "A deadly attack on a military base in Lamu last January has highlighted the insecurity.",
        "The opposition leader was shot in Dar es Salaam last year.",
    ],
)
def test_no_attacker_is_invented_where_the_clause_names_no_means(annotate, text):
    for event in all_events(annotate, text):
        assert all(ref["sector"] != "UAF" for ref in event["source"])


def test_a_bomb_stands_for_an_unnamed_attacker(annotate):
    events = events_of(annotate, "A roadside bomb killed two soldiers near Kandahar on Sunday.", "ASSAULT")
    assert events and [(ref["country"], ref["sector"]) for ref in events[0]["source"]] == [("AFG", "UAF")]


def test_calling_claims_baseless_is_a_denial(annotate):
    text = "The foreign ministry called Islamabad's assertions baseless in a statement on Thursday."
    assert all_events(annotate, text) == []


def test_a_commentators_reading_reaches_a_subject_clause(annotate):
    text = "Analysts told reporters that the prime minister's expected visit is aimed at boosting trade with India."
    assert events_of(annotate, text, "CONSULT") == []


def test_a_clash_between_two_leaders_is_no_armed_fight(annotate):
    text = "Aid was cut after the Oval Office clash between U.S. President Donald Trump and Ukrainian President Volodymyr Zelenskyy."
    assert events_of(annotate, text, "ASSAULT") == []


def test_forces_clashing_with_rebels_still_fight(annotate):
    assert events_of(annotate, "Government forces clashed with rebels near Goma on Sunday.", "ASSAULT")


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("Russian troops attacked Ukrainian positions near Bakhmut.", "ASSAULT", "UKR"),
        ("The opposition attacked the government's positions on tax.", "ACCUSE", None),
        ("A statement said the adviser expressed the Biden administration's commitment to Israel's security.", "AGREE", "ISR"),
        ("Guterres strongly condemned the continuing brutality of the Myanmar military.", "ACCUSE", "MMR"),
    ],
)
def test_whose_act_and_whom_it_concerns(annotate, text, type_, target):
    events = events_of(annotate, text, type_)
    assert events
    if target:
        assert [ref["country"] for ref in events[0]["target"]] == [target]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Egypt demanded that Israel withdraw its troops from Rafah.", True),
        ("Greece demanded that its European partners refuse to recognize the new republic.", True),
        ("In response, China's leadership insists it is committed to peace.", False),
    ],
)
def test_a_demand_verb_asks_only_over_a_clause_of_what_must_happen(annotate, text, asked):
    assert bool(events_of(annotate, text, "REQUEST")) is asked


def test_seldom_denies_the_act(annotate):
    events = events_of(annotate, "The Malaysian government seldom criticized China over the disputed waters.", "ACCUSE")
    assert all(event["negated"] for event in events)


def test_tariffs_targeting_countries_are_aimed_at_them(annotate):
    text = "Washington's tariffs targeting Canada and Mexico took effect on Tuesday."
    events = events_of(annotate, text, "SANCTION")
    assert events and {ref["country"] for ref in events[0]["target"]} == {"CAN", "MEX"}
    assert events_of(annotate, text, "ASSAULT") == []


def test_the_journalists_told_are_not_the_recipient(annotate):
    text = "The Bosnian Serb leader rejected the arrest warrant, telling journalists in Banja Luka that it was politically motivated."
    for event in events_of(annotate, text, "REJECT"):
        assert all(ref["sector"] != "JRN" for ref in event["target"])


def test_journalists_can_still_be_victims(annotate):
    events = events_of(annotate, "Police arrested two journalists in Harare on Monday.", "COERCE")
    assert events and [ref["sector"] for ref in events[0]["target"]] == ["JRN"]


def test_a_meeting_where_someone_spoke_is_only_the_setting(annotate):
    text = "Speaking at a Security Council meeting this week, Pakistan's envoy said Kabul was failing to rein in militants."
    assert events_of(annotate, text, "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Gunmen stormed a hotel in the Somali city of Beledweyne on Tuesday.", "ASSAULT"),
        ("Police stormed the opposition party's headquarters in Harare.", "COERCE"),
    ],
)
def test_storming_by_armed_men_is_an_attack(annotate, text, type_):
    assert events_of(annotate, text, type_)


def test_charging_a_price_is_no_accusation(annotate):
    text = "The premier said he was charging 25% more for electricity sent to three U.S. states."
    assert events_of(annotate, text, "ACCUSE") == []


def test_the_campaign_fought_is_not_the_recipient(annotate):
    text = "The Balochistan Liberation Army has been fighting a deadly insurgency against the Pakistani state."
    events = events_of(annotate, text, "ASSAULT")
    assert events and all(ref["sector"] != "REB" for ref in events[0]["target"])


def test_a_commentators_claim_reaches_through_a_non_reporting_clause(annotate):
    text = "Analysts claim it will likely add to calls in the U.S. Congress to impose sanctions against Turkey."
    assert events_of(annotate, text, "SANCTION") == []


def test_charging_less_is_no_accusation(annotate):
    text = "Vietnam stands to join Singapore and Thailand as magnets for medical tourism, yet charge less."
    assert events_of(annotate, text, "ACCUSE") == []


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Even though the government-appointed judges are likely to find the publisher guilty, his lawyers disagree.", "SANCTION"),
        ("Russia is likely to launch a new offensive in the spring.", "ASSAULT"),
        ("Iran is unlikely to attack Israel directly.", "ASSAULT"),
    ],
)
def test_a_prediction_is_no_event(annotate, text, type_):
    assert events_of(annotate, text, type_) == []


def test_who_hears_gunfire_did_not_fire(annotate):
    text = ("Gunmen attacked the hotel in Beledweyne, Somalia. “We can still hear sporadic gunfire from the hotel,” "
            "said Mohamed Qoone, a Somali resident.")
    for event in all_events(annotate, text):
        assert "Mohamed Qoone" not in {ref["name"] for ref in event["source"]}


def test_the_speaker_named_by_it_replaces_the_last_sentences_subject(annotate):
    text = ("“This is significant,” Representative Michael McCaul told VOA. "
            "The United States announced last week that it would cease military aid to Ukraine.")
    events = events_of(annotate, text, "SANCTION")
    assert events and [ref["country"] for ref in events[0]["source"]] == ["USA"]
    assert [ref["name"] for ref in events[0]["source"]] == ["United States"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The Balochistan Liberation Army on Monday opposed Chinese investment in the province.", "ACCUSE"),
        ("Russia opposes the peace plan proposed by Kyiv.", "REJECT"),
    ],
)
def test_opposing_is_a_reject_only_of_an_offer(annotate, text, type_):
    types = {event["type"] for event in all_events(annotate, text)}
    assert type_ in types and ({"ACCUSE", "REJECT"} - {type_}).isdisjoint(types)


@pytest.mark.parametrize(
    ("text", "source", "targets"),
    [
        ("The bombing of a French military base in Bouake killed nine French soldiers.", None, {"FRA"}),
        ("A Taliban attack killed two soldiers near Kandahar.", "AFG", {"AFG"}),
    ],
)
def test_an_attack_noun_and_its_killing_verb_are_one_event(annotate, text, source, targets):
    events = events_of(annotate, text, "ASSAULT")
    assert len(events) == 1 and {ref["country"] for ref in events[0]["target"]} == targets
    assert all(ref["sector"] != "MIL" or ref["country"] != "FRA" for ref in events[0]["source"])
    if source:
        assert [ref["country"] for ref in events[0]["source"]] == [source]


def test_foreign_troops_take_no_country_from_the_story(annotate):
    doc = annotate("Kenya opposed the deployment of foreign troops.", date="2025-03-01")
    troops = [a for a in doc._.actors if a["name"] == "troops"]
    assert troops and troops[0]["country"] is None


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("In 2022, Guatemalan authorities arrested the editor and later froze the newspaper's assets.", "COERCE"),
        ("The Taliban have imposed strict measures against Afghan women.", "COERCE"),
        ("The United States imposed sanctions on Russian banks.", "SANCTION"),
    ],
)
def test_a_sanction_on_ones_own_people_is_repression(annotate, text, type_):
    types = {event["type"] for event in all_events(annotate, text)}
    assert type_ in types and ("SANCTION" not in types if type_ == "COERCE" else True)


def test_tourists_visiting_is_no_political_visit(annotate):
    assert events_of(annotate, "Some 2.8 million Chinese tourists visited Vietnam last year.", "CONSULT") == []


def test_agreed_attributing_a_quotation_is_an_opinion(annotate):
    text = "“The danger has not passed yet,” agreed Polat Sayim, a vice chair of the World Uyghur Congress."
    assert events_of(annotate, text, "AGREE") == []


@pytest.mark.parametrize(
    "text",
    [
        "There are concerns that Trump could return to threats of preventive attacks.",
        "Fears that Russia might invade Moldova grew on Monday.",
    ],
)
def test_a_feared_possibility_is_no_event(annotate, text):
    assert all_events(annotate, text) == []


@pytest.mark.parametrize(
    ("text", "type_", "name"),
    [
        ("Eight U.S. senators sent a letter to Secretary of State Marco Rubio, urging him to work with allies.",
         "REQUEST", "Marco Rubio"),
        ("The court summoned Jacob Zuma on Monday. Later the ANC urged him to resign.", "REQUEST", "Jacob Zuma"),
        ("Kenyan police arrested opposition leader Raila Odinga on Monday and later released him.", "RETREAT",
         "Raila Odinga"),
    ],
)
def test_him_or_her_as_object_is_the_one_person_named_before(annotate, text, type_, name):
    events = events_of(annotate, text, type_)
    assert events and name in {ref["name"] for ref in events[-1]["target"]}
