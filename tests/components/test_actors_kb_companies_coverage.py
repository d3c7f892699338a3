"""Companies of international news resolve from the knowledge base: state firms, sovereign funds
and home-market firms as their country with BUS, multinationals as MNC with no sector."""

from __future__ import annotations

import pytest


def _the_company(actors: list[dict], name: str) -> list[dict]:
    """The actors for the company: its knowledge-base name, or that name opening a longer phrase
    ("ADNOC executives")."""
    return [a for a in actors if a["name"] == name or a["name"].startswith(name + " ")]


def _actors(annotate, text: str) -> list[dict]:
    return annotate(text, date="2025-06-01", upto="tidings_actors")._.actors


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        # national oil, gas, mining and power companies
        ("State oil firm Pertamina signed a fuel supply deal with Saudi Aramco.", "Pertamina", "IDN", "BUS"),
        ("Petrobras raised diesel prices for the second time this year.", "Petrobras", "BRA", "BUS"),
        ("PEMEX reported a quarterly loss as crude output fell.", "PEMEX", "MEX", "BUS"),
        ("Washington revoked the licence that let Chevron work with PDVSA.", "PDVSA", "VEN", "BUS"),
        ("Sonatrach agreed to raise gas deliveries to Italy.", "Sonatrach", "DZA", "BUS"),
        ("NNPC said saboteurs blew up a pipeline in the Niger Delta.", "NNPC", "NGA", "BUS"),
        ("QatarEnergy signed a 27-year LNG supply deal with China.", "QatarEnergy", "QAT", "BUS"),
        ("Transneft said a drone attack halted pumping at a station in Tambov.", "Transneft", "RUS", "BUS"),
        ("SOCAR will supply gas to Syria through Turkey.", "SOCAR", "AZE", "BUS"),
        ("Drones struck a Lukoil refinery in Volgograd overnight.", "Lukoil", "RUS", "BUS"),
        ("Naftogaz said Russian missiles hit its gas production facilities.", "Naftogaz", "UKR", "BUS"),
        ("Sinopec cut crude runs after the new sanctions.", "Sinopec", "CHN", "BUS"),
        ("CNOOC discovered a large oilfield in the South China Sea.", "CNOOC", "CHN", "BUS"),
        ("Petronas halted work at a gas project off Sarawak.", "Petronas", "MYS", "BUS"),
        ("Equinor halted construction of a wind farm off New York.", "Equinor", "NOR", "BUS"),
        ("Codelco said copper output fell after a deadly accident at El Teniente.", "Codelco", "CHL", "BUS"),
        ("Eskom imposed rolling blackouts across South Africa.", "Eskom", "ZAF", "BUS"),
        ("Kazatomprom cut its uranium output forecast.", "Kazatomprom", "KAZ", "BUS"),
        ("EDF restarted two nuclear reactors in France.", "EDF", "FRA", "BUS"),
        ("Energoatom said the plant lost external power again.", "Energoatom", "UKR", "BUS"),
        ("CNNC began building a reactor in Pakistan.", "CNNC", "CHN", "BUS"),
        # airlines, railways, shipping and ports
        ("Aeroflot cancelled dozens of flights after a cyberattack.", "Aeroflot", "RUS", "BUS"),
        ("Turkish Airlines ordered 225 Boeing jets.", "Turkish Airlines", "TUR", "BUS"),
        ("Qatar Airways resumed flights to Damascus.", "Qatar Airways", "QAT", "BUS"),
        ("El Al added flights to bring home Israelis stranded abroad.", "El Al", "ISR", "BUS"),
        ("Russian Railways cut investment as freight volumes slumped.", "Russian Railways", "RUS", "BUS"),
        ("COSCO suspended bookings to Israeli ports.", "COSCO", "CHN", "BUS"),
        ("DP World signed a deal to run the port of Tartus.", "DP World", "ARE", "BUS"),
        # sovereign funds and state banks
        ("The Public Investment Fund took a stake in the gaming company.", "Public Investment Fund", "SAU", "BUS"),
        ("Mubadala invested $2 billion in the chipmaker.", "Mubadala", "ARE", "BUS"),
        ("Temasek cut its stake in the Chinese lender.", "Temasek", "SGP", "BUS"),
        ("Sberbank said Western sanctions had cut its profits.", "Sberbank", "RUS", "BUS"),
        # arms makers
        ("Rostec said it had doubled production of glide bombs.", "Rostec", "RUS", "BUS"),
        ("Baykar delivered more drones to the Ukrainian army.", "Baykar", "TUR", "BUS"),
        ("Norinco displayed a new tank at the Zhuhai air show.", "Norinco", "CHN", "BUS"),
        ("Elbit Systems won a contract to supply artillery to a European army.", "Elbit", "ISR", "BUS"),
        ("Hanwha Aerospace will build K9 howitzers in Romania.", "Hanwha", "KOR", "BUS"),
        ("Rheinmetall opened an ammunition factory in Lithuania.", "Rheinmetall", "MNC", None),
        ("BAE Systems agreed to supply drones to Ukraine.", "BAE Systems", "MNC", None),
        # multinationals: chips, cars, mining, trading, ports
        ("TSMC plans a third chip plant in Arizona.", "TSMC", "MNC", None),
        ("ASML cannot ship its most advanced machines to China.", "ASML", "MNC", None),
        ("BYD opened a car plant in Hungary.", "BYD", "MNC", None),
        ("CATL will build a battery factory in Spain.", "CATL", "MNC", None),
        ("Rio Tinto agreed to develop the Simandou iron ore project in Guinea.", "Rio Tinto", "MNC", None),
        ("Trafigura pleaded guilty to bribery charges in Switzerland.", "Trafigura", "MNC", None),
        ("CK Hutchison agreed to sell its Panama ports.", "CK Hutchison", "MNC", None),
        ("SMIC said export controls would slow its expansion.", "SMIC", "CHN", "BUS"),
    ],
)
def test_company_resolves_with_code_and_sector(annotate, text, name, country, sector):
    found = _the_company(_actors(annotate, text), name)
    assert found, [a["name"] for a in _actors(annotate, text)]
    assert {(a["country"], a["sector"]) for a in found} == {(country, sector)}


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Statoil pumped more gas to Britain last winter.", "Equinor", "NOR", "BUS"),
        ("Qatar Petroleum signed a deal to expand its LNG fleet.", "QatarEnergy", "QAT", "BUS"),
        ("Norway's sovereign wealth fund sold its shares in two Israeli banks.",
         "Norges Bank Investment Management", "NOR", "BUS"),
        ("NBIM excluded the company on ethical grounds.", "Norges Bank Investment Management", "NOR", "BUS"),
        ("PIF will finance the new airline.", "Public Investment Fund", "SAU", "BUS"),
        ("The Abu Dhabi National Oil Company raised its output capacity.", "ADNOC", "ARE", "BUS"),
        ("NIOC said exports had reached a five-year high.", "National Iranian Oil Company", "IRN", "BUS"),
        ("China National Petroleum Corporation signed a pipeline deal with Turkmenistan.", "CNPC", "CHN", "BUS"),
        ("Petróleos Mexicanos owes billions to its suppliers.", "PEMEX", "MEX", "BUS"),
        ("ICBC was hit by a ransomware attack in New York.", "Industrial and Commercial Bank of China", "CHN", "BUS"),
        ("Sber opened an office in New Delhi.", "Sberbank", "RUS", "BUS"),
        ("RZD suspended trains to the border region.", "Russian Railways", "RUS", "BUS"),
        ("Italy's Leonardo signed a deal to build tanks with a German partner.", "Leonardo SpA", "ITA", "BUS"),
        ("Israel's Rafael unveiled a laser air defence system.", "Rafael Advanced Defense Systems", "ISR", "BUS"),
        ("IAI agreed to sell Barak missiles to Morocco.", "Israel Aerospace Industries", "ISR", "BUS"),
        ("HAL delivered the first Tejas jet of the year.", "Hindustan Aeronautics", "IND", "BUS"),
        ("Areva built the reactor in Finland.", "Orano", "FRA", "BUS"),
        ("Norilsk Nickel said Western sanctions had not hit its sales.", "Nornickel", "RUS", "BUS"),
        ("Korea Hydro & Nuclear Power won the tender for two Czech reactors.", "KHNP", "KOR", "BUS"),
        ("Pakistan International Airlines resumed flights to Europe.", "Pakistan International Airlines", "PAK", "BUS"),
        ("Taiwan Semiconductor Manufacturing Co raised its sales forecast.", "TSMC", "MNC", None),
        ("Hon Hai will build servers in Mexico.", "Foxconn", "MNC", None),
        ("Schlumberger said it would keep working in Russia.", "SLB", "MNC", None),
        ("Barrick Gold said Malian authorities seized gold from its mine.", "Barrick", "MNC", None),
    ],
)
def test_company_alias_resolves(annotate, text, name, country, sector):
    found = _the_company(_actors(annotate, text), name)
    assert found, [a["name"] for a in _actors(annotate, text)]
    assert {(a["country"], a["sector"]) for a in found} == {(country, sector)}


@pytest.mark.parametrize(
    ("text", "name", "country", "sector", "not_name"),
    [
        # a person's name, an ordinary word or an acronym shared with something else stays no
        # company, while the company in the same sentence is coded
        ("Rafael Grossi visited the Energoatom control room at the plant.", "Energoatom", "UKR", "BUS",
         "Rafael Advanced Defense Systems"),
        ("Leonardo DiCaprio urged Petrobras to stop drilling near the mouth of the Amazon.", "Petrobras",
         "BRA", "BUS", "Leonardo SpA"),
        ("Reliance on Pertamina's fuel imports has grown.", "Pertamina", "IDN", "BUS", "Reliance Industries"),
        ("Elbit won a NIS 300 million contract from the Israeli defence ministry.", "Elbit", "ISR", "BUS",
         "Naftna Industrija Srbije"),
        ("Rosoboronexport sold Kalashnikov rifles to the Malian army.", "Rosoboronexport", "RUS", "BUS",
         "Kalashnikov Concern"),
        ("Indian Oil Minister Hardeep Puri met ADNOC executives in Abu Dhabi.", "ADNOC", "ARE", "BUS",
         "Indian Oil Corporation"),
        ("The MSC opened in Munich as Rheinmetall unveiled a new drone.", "Rheinmetall", "MNC", None,
         "Mediterranean Shipping Company"),
        ("The People's Bank of China cut rates as ICBC raised fresh capital.",
         "Industrial and Commercial Bank of China", "CHN", "BUS", "Bank of China"),
    ],
)
def test_avoided_words_are_not_companies(annotate, text, name, country, sector, not_name):
    actors = _actors(annotate, text)
    found = _the_company(actors, name)
    assert {(a["country"], a["sector"]) for a in found} == {(country, sector)}, [a["name"] for a in actors]
    assert not any(a["name"] == not_name for a in actors), [a["name"] for a in actors]
