"""The event lexicon files are consistent: known types and modes, known CAMEO codes, known classes."""

from __future__ import annotations

import pytest

from tidings.components.events import load_lexicon
from tidings.schema import EVENT_TYPES

# The modes plover.md lists per type (REQUEST and REJECT share theirs).
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
FRAMES = [frame for group in load_lexicon().frames.values() for frame in group]


def test_events_lexicon_covers_every_type():
    assert {frame.type for frame in FRAMES} - {"NONE"} == set(EVENT_TYPES)


@pytest.mark.parametrize("type_", sorted(MODES))
def test_events_lexicon_modes_are_plover_modes(type_):
    used = {frame.mode for frame in FRAMES if frame.type == type_ and frame.mode}
    assert used <= MODES[type_], used - MODES[type_]


def test_events_lexicon_cameo_codes_are_in_the_cameo_table():
    lexicon = load_lexicon()
    unknown = {frame.cameo for frame in FRAMES if frame.cameo and frame.cameo not in lexicon.cameo_names}
    assert not unknown


def test_events_lexicon_every_type_has_a_default_cameo_code():
    lexicon = load_lexicon()
    assert all(lexicon.cameo_for(type_, None) for type_ in EVENT_TYPES)


def test_events_lexicon_weights_are_probabilities():
    assert all(0.0 <= frame.weight <= 1.0 for frame in FRAMES)
