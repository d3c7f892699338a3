"""Taking over or seizing a train, a bus or a plane with its passengers is a hijacking (ASSAULT
abduct); taking over a town is a seizure of territory (COERCE seize)."""

from __future__ import annotations

import pytest

from .roles import DATE


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen from the Islamic State group took over a passenger train near Mosul on Sunday.", "took over"),
    ("Al-Shabab fighters seized a bus carrying 30 passengers near Mandera on Monday.", "seized"),
])
def test_taking_a_train_or_bus_is_a_hijacking(annotate, text, trigger):
    events = [e for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger]
    assert events and (events[0]["type"], events[0]["mode"]) == ("ASSAULT", "abduct"), events


def test_taking_over_a_town_is_a_seizure(annotate):
    text = "M23 rebels took over the town of Uvira on Wednesday."
    events = [e for e in annotate(text, date=DATE)._.events if e["trigger"] == "took over"]
    assert events and events[0]["type"] == "COERCE", events
