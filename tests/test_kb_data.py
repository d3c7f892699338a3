"""The knowledge base files: documented, reviewed, valid codes, full ISO coverage."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from tidings.kb import DATA_DIR, NON_STATE_CODES, SECTORS, load_kb

FILES = sorted(p for p in DATA_DIR.iterdir() if p.suffix in {".tsv", ".yaml"})


def test_the_kb_has_its_tables():
    names = {p.name for p in FILES}
    assert {"countries.tsv", "seats.tsv", "organisations.tsv", "people.tsv", "sector_words.tsv"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_has_a_header_and_a_review_date(path):
    head = path.read_text(encoding="utf-8").splitlines()[:3]
    assert head[0].startswith("#"), f"{path.name} needs a header comment"
    assert "reviewed: 2026-11-28" in path.read_text(encoding="utf-8")


def test_every_iso_country_is_known():
    kb = load_kb()
    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in kb.countries]
    assert not missing


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Chinese", "CHN"), ("U.S.", "USA"), ("Britain", "GBR"), ("Türkiye", "TUR"), ("Turkish", "TUR"),
        ("Kosovar", "KOS"), ("DPRK", "PRK"), ("Ivorian", "CIV"), ("Emirati", "ARE"), ("Gaza", "PSE"),
        ("Taiwan", "TWN"), ("Hong Kong", "HKG"), ("DRC", "COD"), ("Congo-Brazzaville", "COG"),
    ],
)
def test_country_alias(alias, code):
    kb = load_kb()
    assert {kb.entities[hit.key].country for hit in kb.aliases[alias]} == {code}


def test_every_entity_code_and_sector_is_valid():
    kb = load_kb()
    for entity in kb.entities.values():
        assert entity.country is None or entity.country in NON_STATE_CODES or pycountry.countries.get(
            alpha_3=entity.country
        ), entity
        assert entity.sector is None or entity.sector in SECTORS, entity


def test_roles_are_dated_consistently():
    kb = load_kb()
    for person in kb.people.values():
        for role in person.roles:
            assert role.start is not None, person.name
            assert role.end is None or role.end > role.start, person.name


@pytest.mark.parametrize(
    ("scope", "role", "day", "holder"),
    [
        ("CHN", "president", "2023-10-18", "Xi Jinping"),
        ("USA", "president", "2022-06-01", "Joe Biden"),
        ("USA", "president", "2025-06-01", "Donald Trump"),
        ("RUS", "leader", "2023-10-18", "Vladimir Putin"),
        ("GBR", "prime minister", "2023-01-01", "Rishi Sunak"),
        ("UKR", "foreign minister", "2025-01-01", "Andrii Sybiha"),
        ("NATO", "secretary-general", "2020-01-01", "Jens Stoltenberg"),
    ],
)
def test_office_holder_on_a_date(scope, role, day, holder):
    assert load_kb().office_holders(scope, role, dt.date.fromisoformat(day)) == [holder]


def test_former_role_is_reported():
    kb = load_kb()
    current, last = kb.person_role(kb.people["Boris Johnson"], dt.date(2024, 1, 1))
    assert current is None and last is not None and last.title == "Prime Minister"


def test_kb_is_loaded_once():
    assert load_kb() is load_kb()
