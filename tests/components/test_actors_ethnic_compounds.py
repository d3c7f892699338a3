"""A people's demonym in "-controlled", "-majority", "-led" compounds is not that state's actor."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Police raided the offices of the Serb-controlled entity's broadcaster in Banja Luka.", "SRB"),
        ("The Albanian-majority town held a local election on Sunday.", "ALB"),
        ("Officials in the Croat-led canton in southern Bosnia rejected the ruling.", "HRV"),
        ("The Russian-speaking residents of the town voted against the plan.", "RUS"),
    ],
)
def test_ethnic_compound_names_no_state(annotate, text, absent):
    doc = annotate(text, upto="tidings_actors")
    assert absent not in {a["country"] for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Saudi-led coalition struck the port of Hodeidah.", "SAU"),
        ("Russian-controlled forces shelled the city overnight.", "RUS"),
    ],
)
def test_state_led_compounds_keep_the_state(annotate, text, code):
    doc = annotate(text, upto="tidings_actors")
    assert code in {a["country"] for a in doc._.actors}
