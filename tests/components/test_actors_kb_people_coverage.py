"""Office holders a conflict analyst meets in 2023-2026 news resolve through kb/people.tsv.

Each sentence names a head of state or government, a foreign or defence minister (often in a
spelling other than the row's name); the person must get the role's country and sector on the
article date, from the knowledge base rather than from the title words alone.
"""

from __future__ import annotations

import pytest

from .roles import actor_called


@pytest.mark.parametrize(
    ("text", "date", "name", "country", "sector"),
    [
        ('Foreign Minister Abbas Araqchi spoke in Muscat on Sunday.', '2026-05-12', 'Abbas Araghchi', 'IRN', 'GOV'),
        ('Iranian President Massoud Pezeshkian told parliament the economy would recover.', '2025-03-02', 'Masoud Pezeshkian', 'IRN', 'GOV'),
        ('Defence Minister Mohammad Reza Ashtiani warned Israel against escalation.', '2023-11-20', 'Mohammad Reza Ashtiani', 'IRN', 'GOV'),
        ('Saudi Crown Prince Mohammad bin Salman received the envoy in Riyadh.', '2025-02-14', 'Mohammed bin Salman', 'SAU', 'GOV'),
        ('Defence Minister Pedro Sanchez said the army would stay in Catatumbo.', '2025-06-10', 'Pedro Arnulfo Sanchez', 'COL', 'GOV'),
        ('Spanish Prime Minister Pedro Sanchez called for a ceasefire in Gaza.', '2025-06-10', 'Pedro Sanchez', 'ESP', 'GOV'),
        ('Pedro Sanchez called for a ceasefire in Gaza.', '2024-06-10', 'Pedro Sanchez', 'ESP', 'GOV'),
        ('Lebanese Defence Minister Michel Menassa met army commanders in Beirut.', '2025-04-03', 'Michel Menassa', 'LBN', 'GOV'),
        ('Iraqi Defence Minister Thabet al-Abbasi inspected units near the Syrian border.', '2024-05-06', 'Thabet al-Abbasi', 'IRQ', 'GOV'),
        ('Egyptian Defence Minister Abdel Mageed Saqr visited the Rafah crossing.', '2025-01-20', 'Abdel Mageed Saqr', 'EGY', 'GOV'),
        ('Jordanian Prime Minister Jafar Hassan met tribal leaders in Mafraq.', '2025-01-08', 'Jafar Hassan', 'JOR', 'GOV'),
        ('Syrian caretaker Prime Minister Mohammed al-Bashir named new governors.', '2025-01-05', 'Mohammed al-Bashir', 'SYR', 'GOV'),
        ('Yemeni Foreign Minister Shaya al-Zindani arrived in Riyadh for talks.', '2025-07-15', 'Shaya al-Zindani', 'YEM', 'GOV'),
        ('Congolese Foreign Minister Therese Kayikwamba Wagner urged sanctions against Kigali.', '2025-03-10', 'Therese Kayikwamba Wagner', 'COD', 'GOV'),
        ('Rwandan Foreign Minister Vincent Biruta rejected the accusations.', '2023-09-01', 'Vincent Biruta', 'RWA', 'GOV'),
        ("Niger's Prime Minister Ali Lamine Zeine said French troops had left.", '2024-02-15', 'Ali Lamine Zeine', 'NER', 'GOV'),
        ('Malian Defence Minister Sadio Camara travelled to Moscow.', '2024-03-10', 'Sadio Camara', 'MLI', 'MIL'),
        ('Algerian Foreign Minister Ahmed Attaf addressed the Security Council.', '2024-09-10', 'Ahmed Attaf', 'DZA', 'GOV'),
        ('Moroccan Prime Minister Aziz Akhannouch opened the conference in Rabat.', '2024-04-22', 'Aziz Akhannouch', 'MAR', 'GOV'),
        ('Tunisian Prime Minister Sara Zaafrani Zenzri presented the budget.', '2025-05-02', 'Sara Zaafrani Zenzri', 'TUN', 'GOV'),
        ('Foreign Adviser Touhid Hossain said Dhaka wanted good ties with New Delhi.', '2024-10-15', 'Touhid Hossain', 'BGD', 'GOV'),
        ('Thai Foreign Minister Don Pramudwinai met the junta chief in Naypyitaw.', '2023-05-10', 'Don Pramudwinai', 'THA', 'GOV'),
        ('Cambodian Defence Minister Tea Seiha met his Chinese counterpart.', '2024-01-15', 'Tea Seiha', 'KHM', 'GOV'),
        ('Vietnamese Foreign Minister Bui Thanh Son met his Chinese counterpart in Hanoi.', '2024-11-20', 'Bui Thanh Son', 'VNM', 'GOV'),
        ('Taiwanese Premier Chen Chien-jen inspected flood defences.', '2023-06-12', 'Chen Chien-jen', 'TWN', 'GOV'),
        ('Mexican Defence Secretary Luis Cresencio Sandoval said soldiers were deployed in Sinaloa.', '2024-07-10', 'Luis Cresencio Sandoval', 'MEX', 'MIL'),
        ('Cuban Foreign Minister Bruno Rodriguez condemned the new sanctions.', '2025-02-12', 'Bruno Rodriguez Parrilla', 'CUB', 'GOV'),
        ('Armenian Defence Minister Suren Papikyan visited Paris.', '2025-02-20', 'Suren Papikyan', 'ARM', 'GOV'),
        ('Serbian Foreign Minister Marko Djuric said Belgrade would not recognise Kosovo.', '2024-06-18', 'Marko Djuric', 'SRB', 'GOV'),
        ('Kosovo Foreign Minister Donika Gervalla urged the EU to act.', '2023-02-10', 'Donika Gervalla-Schwarz', 'KOS', 'GOV'),
        ('Hungarian President Tamas Sulyok signed the bill into law.', '2024-06-01', 'Tamas Sulyok', 'HUN', 'GOV'),
        ('Polish Defence Minister Mariusz Blaszczak announced new tank purchases.', '2023-06-15', 'Mariusz Blaszczak', 'POL', 'GOV'),
        ('Spanish Defence Minister Margarita Robles said the frigate would sail on Friday.', '2024-12-12', 'Margarita Robles', 'ESP', 'GOV'),
        ('German Defence Minister Christine Lambrecht resigned on Monday.', '2023-01-10', 'Christine Lambrecht', 'DEU', 'GOV'),
        ('Brazilian Defence Minister Jose Mucio said the army respected the constitution.', '2024-04-02', 'Jose Mucio Monteiro', 'BRA', 'GOV'),
        ('Ugandan Prime Minister Robinah Nabbanja visited the refugee camp.', '2024-03-20', 'Robinah Nabbanja', 'UGA', 'GOV'),
        ('Kenyan Foreign Minister Alfred Mutua said Nairobi would mediate.', '2023-04-10', 'Alfred Mutua', 'KEN', 'GOV'),
        ('Ethiopian Foreign Minister Demeke Mekonnen met the AU chief.', '2024-01-20', 'Demeke Mekonnen', 'ETH', 'GOV'),
        ('Abbas Araghchi spoke in Geneva, where he met Kaja Kallas.', '2025-06-20', 'Abbas Araghchi', 'IRN', 'GOV'),
        ('Former Tunisian Prime Minister Najla Bouden left politics.', '2024-12-20', 'Najla Bouden', 'TUN', 'ELI'),
    ],
)
def test_office_holder_resolves_to_role_country_and_sector(annotate, text, date, name, country, sector):
    actor = actor_called(annotate(text, date=date, upto="tidings_actors"), name)
    assert (actor["kind"], actor["country"], actor["sector"]) == ("person", country, sector)
    assert any(e.startswith("kb:people") for e in actor["evidence"])
