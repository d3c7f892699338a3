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
