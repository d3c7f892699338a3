"""Organisations of 2024-2026 conflict news resolve from the knowledge base with their code and sector."""

from __future__ import annotations

import pytest


def _the_group(actors: list[dict], name: str, text: str) -> list[dict]:
    """The actors for the organisation: its knowledge-base name, or a mention of it with a group noun
    ("MNDAA fighters", "Viv Ansanm gangs"): an actor name that opens with one of the mention's forms."""
    forms = GROUP_MENTIONS.get(name, ())
    return [a for a in actors if a["name"] == name or any(a["name"].startswith(f + " ") for f in forms)]


# how the sentences below name a group when the actor is the group noun phrase ("MNDAA fighters")
GROUP_MENTIONS = {
    "Myanmar National Democratic Alliance Army": ("MNDAA",),
    "CODECO": ("CODECO",),
    "Viv Ansanm": ("Viv Ansanm",),
    "Ansar al-Sunna": ("Ansar al-Sunna",),
    "AU Mission in Somalia": ("AUSSOM",),
    "FARC": ("FARC",),
    "Wazalendo": ("Wazalendo",),
    "New People's Army": ("NPA",),
    "FARC dissidents": ("FARC",),
}


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        # non-state armed groups, by full name and by abbreviation
        ("ELN rebels attacked a military base in Arauca on Sunday.", "National Liberation Army (Colombia)", "COL", "REB"),
        ("Colombia suspended talks with the National Liberation Army after the bombing.",
         "National Liberation Army (Colombia)", "COL", "REB"),
        ("Fighters of the Estado Mayor Central ambushed a patrol in Cauca.", "Estado Mayor Central", "COL", "REB"),
        ("FARC dissidents kidnapped two soldiers near the border.", "FARC dissidents", "COL", "REB"),
        ("Segunda Marquetalia said it would join the peace process.", "Segunda Marquetalia", "COL", "REB"),
        ("The Gulf Clan imposed a curfew on several towns.", "Clan del Golfo", "COL", "CRM"),
        ("The Kachin Independence Army seized a jade mining town.", "Kachin Independence Army", "MMR", "REB"),
        ("The TNLA handed Lashio back under a Chinese-brokered deal.", "Ta'ang National Liberation Army", "MMR", "REB"),
        ("MNDAA fighters withdrew from the city on Wednesday.", "Myanmar National Democratic Alliance Army", "MMR", "REB"),
        ("The KNU said its forces captured a junta outpost.", "Karen National Union", "MMR", "REB"),
        ("CODECO militiamen killed dozens at a displacement camp in Ituri.", "CODECO", "COD", "REB"),
        ("Ambazonian separatists torched a school in the Northwest region.", "Ambazonian separatists", "CMR", "REB"),
        ("The Oromo Liberation Army denied carrying out the massacre.", "Oromo Liberation Army", "ETH", "REB"),
        ("The Nuer White Army overran an army base in Nasir.", "White Army", "SSD", "REB"),
        ("The BLF claimed responsibility for the attack on the convoy.", "Balochistan Liberation Front", "PAK", "REB"),
        ("ISKP claimed the suicide bombing in Kabul.", "Islamic State", "IMG", None),
        ("Islamic State Sahel Province claimed the raid on a village in Tillaberi.", "Islamic State", "IMG", None),
        ("The Al-Aqsa Martyrs Brigades said two of its members were killed in Tulkarm.",
         "Al-Aqsa Martyrs Brigades", "PSE", "REB"),
        ("Harakat al-Nujaba vowed to keep attacking U.S. forces.", "Harakat al-Nujaba", "IRQ", "REB"),
        ("Viv Ansanm gangs attacked the town of Mirebalais.", "Viv Ansanm", "HTI", "CRM"),
        ("The Sinaloa Cartel has been torn apart by an internal war.", "Sinaloa Cartel", "MEX", "CRM"),
        ("Prosecutors charged leaders of the CJNG with drug trafficking.", "Jalisco New Generation Cartel", "MEX", "CRM"),
        ("Ansar al-Sunna insurgents beheaded villagers in Cabo Delgado.", "Ansar al-Sunna", "MOZ", "REB"),
        ("NPA rebels ambushed an army unit in Samar.", "New People's Army", "PHL", "REB"),
        ("Security forces killed 20 Naxalites in Chhattisgarh.", "Communist Party of India (Maoist)", "IND", "REB"),
        ("Wazalendo fighters fought alongside Congolese troops.", "Wazalendo", "COD", "PRM"),
        # intergovernmental bodies and missions
        ("The Alliance of Sahel States announced a joint force of 5,000 troops.", "Alliance of Sahel States", "IGO", None),
        ("CELAC leaders met in Honduras.", "Community of Latin American and Caribbean States", "IGO", None),
        ("The OPCW said chlorine was used in the attack.",
         "Organisation for the Prohibition of Chemical Weapons", "IGO", None),
        ("AUSSOM troops repelled an assault on their base.", "AU Mission in Somalia", "IGO", "MIL"),
        # parties
        ("The AKP lost the mayoral race in Istanbul.", "Justice and Development Party (Turkey)", "TUR", "PTY"),
        ("The BNP won a landslide in the Bangladeshi election.", "Bangladesh Nationalist Party", "BGD", "PTY"),
        ("The Workers' Party of Korea held a plenary meeting.", "Workers' Party of Korea", "PRK", "GOV"),
    ],
)
def test_wire_news_organisation(annotate, text, name, country, sector):
    actors = annotate(text, date="2025-06-01", upto="tidings_actors")._.actors
    found = _the_group(actors, name, text)
    assert found, [a["name"] for a in actors]
    assert {(a["country"], a["sector"]) for a in found} == {(country, sector)}


@pytest.mark.parametrize(
    ("text", "day", "name", "sector"),
    [
        ("The FARC attacked a police station in Tolima.", "2010-05-01", "FARC", "REB"),
        ("The FARC party won five seats under the peace deal.", "2018-03-12", "FARC", "PTY"),
        ("The Syrian National Army shelled Kurdish positions near Manbij.", "2024-12-20", "Syrian National Army", "REB"),
    ],
)
def test_organisation_sector_follows_the_date(annotate, text, day, name, sector):
    actors = annotate(text, date=day, upto="tidings_actors")._.actors
    found = _the_group(actors, name, text)
    assert found, [a["name"] for a in actors]
    assert {a["sector"] for a in found} == {sector}


@pytest.mark.parametrize(
    "text",
    [
        "She sent the report as a PDF to the ministry.",
        "The Australian Defence Force sent two aircraft to the region.",
    ],
)
def test_ambiguous_abbreviations_are_not_armed_groups(annotate, text):
    actors = annotate(text, date="2025-06-01", upto="tidings_actors")._.actors
    assert not any(a["sector"] == "REB" for a in actors), actors
