"""Every country's head of state and government resolves through kb/people.tsv.

Leaders of smaller states (Tajikistan, Ecuador, Ghana, Fiji, Ireland ...) must get the role's
country and sector on the article date, from the knowledge base rather than from the title words
alone; a predecessor named on a date inside their term resolves the same way. A title with only a
demonym ("the Ecuadorean president") resolves to whoever held the office on the date.
"""

from __future__ import annotations

import pytest

from .roles import actor_called


@pytest.mark.parametrize(
    ("text", "date", "name", "country", "sector"),
    [
        ("President Emomali Rahmon chaired a meeting of the security council in Dushanbe.", "2025-04-10", "Emomali Rahmon", "TJK", "GOV"),
        ("Serdar Berdymukhamedov received the Chinese delegation in Ashgabat.", "2024-06-03", "Serdar Berdimuhamedow", "TKM", "GOV"),
        ("Gurbanguly Berdymukhamedov opened a new gas pipeline.", "2019-09-12", "Gurbanguly Berdimuhamedow", "TKM", "GOV"),
        ("Ecuador's President Daniel Noboa declared a state of emergency.", "2024-01-09", "Daniel Noboa", "ECU", "GOV"),
        ("Guillermo Lasso dissolved the National Assembly on Wednesday.", "2023-05-17", "Guillermo Lasso", "ECU", "GOV"),
        ("Dina Boluarte called for calm after the protests in Lima.", "2023-01-20", "Dina Boluarte", "PER", "GOV"),
        ("Peru's new president, Jose Jeri, vowed to fight crime.", "2025-10-15", "Jose Jeri", "PER", "GOV"),
        ("Luis Arce denounced the attempted coup in La Paz.", "2024-06-27", "Luis Arce", "BOL", "GOV"),
        ("Gabriel Boric travelled to Buenos Aires for talks.", "2023-08-02", "Gabriel Boric", "CHL", "GOV"),
        ("Ghanaian President John Mahama pledged to fight illegal mining.", "2025-03-04", "John Mahama", "GHA", "GOV"),
        ("Nana Akufo-Addo signed the bill into law in Accra.", "2022-05-11", "Nana Akufo-Addo", "GHA", "GOV"),
        ("Prime Minister Ousmane Sonko said Senegal would review its oil contracts.", "2024-06-14", "Ousmane Sonko", "SEN", "GOV"),
        ("Bassirou Diomaye Faye was sworn in as president in Dakar.", "2024-04-02", "Bassirou Diomaye Faye", "SEN", "GOV"),
        ("Samia Suluhu Hassan declared victory after the vote.", "2025-11-03", "Samia Suluhu Hassan", "TZA", "GOV"),
        ("Colonel Michael Randrianirina promised elections within two years.", "2025-10-20", "Michael Randrianirina", "MDG", "GOV"),
        ("Andry Rajoelina dissolved parliament from an undisclosed location.", "2025-10-13", "Andry Rajoelina", "MDG", "GOV"),
        ("Lazarus Chakwera conceded defeat to his rival.", "2025-09-24", "Lazarus Chakwera", "MWI", "GOV"),
        ("Faure Gnassingbe was sworn in as President of the Council of Ministers.", "2025-05-05", "Faure Gnassingbe", "TGO", "GOV"),
        ("Brice Oligui Nguema won the presidential election with 90 percent.", "2025-04-14", "Brice Oligui Nguema", "GAB", "GOV"),
        ("Mauritanian President Mohamed Ould Ghazouani met migration officials.", "2024-02-08", "Mohamed Ould Ghazouani", "MRT", "GOV"),
        ("Ismail Omar Guelleh hosted the regional summit in Djibouti.", "2024-12-09", "Ismail Omar Guelleh", "DJI", "GOV"),
        ("Prime Minister James Marape flew to Port Moresby after the riots.", "2024-01-11", "James Marape", "PNG", "GOV"),
        ("Sitiveni Rabuka said Fiji would stay neutral.", "2023-05-20", "Sitiveni Rabuka", "FJI", "GOV"),
        ("Christopher Luxon announced new defence spending in Wellington.", "2025-04-07", "Christopher Luxon", "NZL", "GOV"),
        ("Taoiseach Micheal Martin said Ireland would recognise Palestine.", "2025-06-02", "Micheal Martin", "IRL", "GOV"),
        ("Leo Varadkar condemned the riot in Dublin.", "2023-11-24", "Leo Varadkar", "IRL", "GOV"),
        ("Austrian Chancellor Karl Nehammer travelled to Moscow.", "2022-04-11", "Karl Nehammer", "AUT", "GOV"),
        ("Bart De Wever defended Belgium's position on frozen Russian assets.", "2025-10-24", "Bart De Wever", "BEL", "GOV"),
        ("Ignazio Cassis met the Iranian envoy in Bern.", "2024-03-05", "Ignazio Cassis", "CHE", "GOV"),
        ("Petr Fiala said the ammunition initiative would continue.", "2024-09-19", "Petr Fiala", "CZE", "GOV"),
        ("Nicusor Dan took the oath of office on Monday.", "2025-05-26", "Nicusor Dan", "ROU", "GOV"),
        ("Rumen Radev refused to sign the decree.", "2024-05-10", "Rumen Radev", "BGR", "GOV"),
        ("Gitanas Nauseda urged NATO to strengthen its eastern flank.", "2024-07-09", "Gitanas Nauseda", "LTU", "GOV"),
        ("Prime Minister Evika Silina announced new border fences.", "2024-02-20", "Evika Silina", "LVA", "GOV"),
        ("Edi Rama signed the migration deal with Rome.", "2023-11-06", "Edi Rama", "ALB", "GOV"),
        ("Hristijan Mickoski rejected the constitutional amendments.", "2024-08-08", "Hristijan Mickoski", "MKD", "GOV"),
        ("Thongloun Sisoulith hosted the ASEAN summit in Vientiane.", "2024-10-09", "Thongloun Sisoulith", "LAO", "GOV"),
        ("Emir Mishal al-Ahmad al-Sabah suspended parliament for four years.", "2024-05-11", "Mishal al-Ahmad al-Sabah", "KWT", "GOV"),
        ("Bernardo Arevalo pledged to fight corruption in Guatemala.", "2024-02-01", "Bernardo Arevalo", "GTM", "GOV"),
        ("Xiomara Castro threatened to end the extradition treaty.", "2024-08-29", "Xiomara Castro", "HND", "GOV"),
        ("Jose Raul Mulino rejected the claims about the canal.", "2025-02-03", "Jose Raul Mulino", "PAN", "GOV"),
        ("Yamandu Orsi took office in Montevideo.", "2025-03-01", "Yamandu Orsi", "URY", "GOV"),
        ("Irfaan Ali said Guyana would defend the Essequibo region.", "2023-12-05", "Irfaan Ali", "GUY", "GOV"),
        ("Kamla Persad-Bissessar backed the US naval deployment.", "2025-08-30", "Kamla Persad-Bissessar", "TTO", "GOV"),
        ("Nikos Christodoulides met the UN envoy in Nicosia.", "2024-02-15", "Nikos Christodoulides", "CYP", "GOV"),
        ("Foreign Minister Beate Meinl-Reisinger visited Kyiv.", "2025-06-10", "Beate Meinl-Reisinger", "AUT", "GOV"),
        ("Foreign Minister Gabriela Sommerfeld condemned the raid on the embassy.", "2024-04-07", "Gabriela Sommerfeld", "ECU", "GOV"),
    ],
)
def test_leader_resolves_to_role_country_and_sector(annotate, text, date, name, country, sector):
    actor = actor_called(annotate(text, date=date, upto="tidings_actors"), name)
    assert (actor["kind"], actor["country"], actor["sector"]) == ("person", country, sector)
    assert any(e.startswith("kb:people") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("The Ecuadorean president ordered troops into the prisons.", "2024-01-10", "Daniel Noboa"),
        ("The Ecuadorean president ordered troops into the prisons.", "2022-02-10", "Guillermo Lasso"),
        ("The Tajik president arrived in Moscow on Tuesday.", "2024-05-08", "Emomali Rahmon"),
        ("The Irish prime minister spoke to reporters in Brussels.", "2024-06-27", "Simon Harris"),
        ("The Kuwaiti emir received the Iranian foreign minister.", "2022-03-01", "Nawaf al-Ahmad al-Sabah"),
    ],
)
def test_title_only_resolves_to_the_office_holder_on_the_date(annotate, text, date, name):
    actor = actor_called(annotate(text, date=date, upto="tidings_actors"), name)
    assert actor["kind"] == "person"


def test_former_leader_after_their_term_is_elite(annotate):
    doc = annotate("Jeanine Anez was released from prison in La Paz.", date="2025-11-06", upto="tidings_actors")
    actor = actor_called(doc, "Jeanine Anez")
    assert (actor["country"], actor["sector"]) == ("BOL", "ELI")
    assert any(e.startswith("kb:people") for e in actor["evidence"])
