"""A state or province the gazetteer has no point for still gives its country ("Tamil Nadu Chief
Minister ...", even when the tagger reads the state as a name); a division named by common words
alone ("Coast", "East") gives none, so a coast guard stays its own country's."""

from __future__ import annotations

from tidings.gazetteer import subdivision_country

from .roles import person_named


def test_a_state_before_a_title_gives_the_country(annotate):
    doc = annotate("Tamil Nadu Chief Minister Edappadi Palaniswami wrote to the federal government on Monday.")
    assert person_named(doc, "Palaniswami")["country"] == "IND"


def test_common_words_name_no_division():
    assert subdivision_country("Coast") is None
    assert subdivision_country("Far North") is None
    assert subdivision_country("Upper Nile") == "SSD"


def test_a_coast_guard_is_not_a_province(annotate):
    doc = annotate("Philippine Coast Guard spokesman Jay Tarriela said two Chinese vessels blocked the boats.")
    assert all(a["country"] != "TZA" for a in doc._.actors), doc._.actors


def test_a_national_office_in_a_story_from_and_about_its_state(annotate):
    doc = annotate("LIMA (Wire) -- Peru's government extended a state of emergency in Lima on Friday. Peruvian police "
                   "made 40 arrests. Prime Minister Eduardo Arana said the measure was working.")
    assert person_named(doc, "Arana")["country"] == "PER"


def test_a_national_office_in_a_story_about_another_state_stays_unknown(annotate):
    doc = annotate("BRUSSELS (Wire) -- Ukraine asked for more air defence on Monday. Ukraine's army said Russia "
                   "fired 90 drones at Ukraine overnight. Prime Minister Eduardo Arana said the measure was working.")
    assert person_named(doc, "Arana")["country"] != "BEL"


def test_bare_gangs_take_the_storys_country(annotate):
    doc = annotate("PORT-AU-PRINCE (Wire) -- Gang members burned a police station north of the capital on Sunday, "
                   "officials said. Haiti's transitional council condemned the attack.")
    gangs = next(a for a in doc._.actors if a["sector"] == "CRM")
    assert gangs["country"] == "HTI", gangs


def test_a_hyphenated_dateline_is_read_and_holds_no_acronym(annotate):
    doc = annotate("PORT-AU-PRINCE, Haiti (Wire) -- Police officers arrested 12 men on Sunday, officials said.")
    assert not any(a["country"] == "IGO" for a in doc._.actors), doc._.actors
    officers = next(a for a in doc._.actors if a["sector"] == "COP")
    assert officers["country"] == "HTI", officers


def test_a_place_in_kosovo_and_kosovo_as_actor_share_a_code(annotate):
    doc = annotate("Kosovo's government closed two border crossings near Pristina on Monday.")
    codes = {a["country"] for a in doc._.actors} | {p["country"] for p in doc._.places}
    assert codes == {"KOS"}, codes
