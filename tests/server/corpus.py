"""A hand-built store for the server tests: wire-style stories coded by hand as ArticleResults.

Written for these tests (no NLP involved), with answers known in advance:

- Russia -> Ukraine shelling: 9 ASSAULT events (RUS/MIL -> UKR/CVL), one per city and month from
  2023-09 to 2024-05, each at a known place with coordinates; Ukraine hits back once (Belgorod).
- Russia <-> Ukraine cooperation: a prisoner swap (AGREE, 2023-11) and talks in Istanbul
  (CONSULT, 2024-01), so the RUS/UKR timeline has both tendencies.
- Xi Jinping and Vladimir Putin meet twice (CONSULT, Beijing 2023-10, Moscow 2024-03).
- The United States sends aid to Ukraine (AID 2023-12) and sanctions Russia (SANCTION 2024-02).
- One hostile article whose sentence, actor name and quotation carry markup and script
  (``HOSTILE``): the explorer must show it as text and never run it.
- One undated REQUEST (no day: listed last, never on a timeline), and one failure record.

Every event is in its own group or more than the dedup window apart, so each record is one
deduplicated event: ``EVENTS_TOTAL`` of them.
"""

from __future__ import annotations

from tidings.schema import (
    Actor, ArticleError, ArticleRef, ArticleResult, Article, Event, Location, Place, Quote, Tone,
)

HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"
HOSTILE_ACTOR = "Group <img src=x onerror=\"window.pwned=3\">"


def actor(
    actor_id: str, name: str, kind: str, country: str | None, sector: str | None, title: str | None = None
) -> Actor:
    return Actor(
        id=actor_id, name=name, kind=kind, country=country, sector=sector, title=title, mentions=[(0, len(name))]
    )


FORCES = actor("A1", "Russian forces", "organisation", "RUS", "MIL")
CIVILIANS = actor("A2", "Ukrainian civilians", "group", "UKR", "CVL")
DRONES = actor("A3", "Ukrainian drones", "organisation", "UKR", "MIL")
RUSSIA = actor("A4", "Russia", "country", "RUS", "GOV")
UKRAINE = actor("A5", "Ukraine", "country", "UKR", "GOV")
XI = actor("A6", "Xi Jinping", "person", "CHN", "GOV", "President")
PUTIN = actor("A7", "Vladimir Putin", "person", "RUS", "GOV", "President")
USA = actor("A8", "United States", "country", "USA", "GOV")
UN = actor("A9", "United Nations", "organisation", "IGO", None)
ZELENSKY = actor("A10", "Volodymyr Zelensky", "person", "UKR", "GOV", "President")
HOSTILE_GROUP = actor("A11", HOSTILE_ACTOR, "group", None, None)

CITIES = {
    "Kharkiv": ("UKR", 49.99, 36.23), "Odesa": ("UKR", 46.48, 30.73), "Kherson": ("UKR", 46.64, 32.61),
    "Zaporizhzhia": ("UKR", 47.84, 35.14), "Dnipro": ("UKR", 48.45, 34.98), "Sumy": ("UKR", 50.91, 34.8),
    "Mykolaiv": ("UKR", 46.97, 31.99), "Kyiv": ("UKR", 50.45, 30.52), "Lviv": ("UKR", 49.84, 24.03),
    "Belgorod": ("RUS", 50.6, 36.6), "Istanbul": ("TUR", 41.01, 28.98), "Beijing": ("CHN", 39.9, 116.4),
    "Moscow": ("RUS", 55.75, 37.62), "Washington": ("USA", 38.9, -77.04), "Ankara": ("TUR", 39.93, 32.86),
}
SHELLING = [  # (city, day): one a month, far apart, so none merge
    ("Kharkiv", "2023-09-10"), ("Odesa", "2023-10-12"), ("Kherson", "2023-11-14"),
    ("Zaporizhzhia", "2023-12-16"), ("Dnipro", "2024-01-18"), ("Sumy", "2024-02-20"),
    ("Mykolaiv", "2024-03-22"), ("Kyiv", "2024-04-24"), ("Lviv", "2024-05-26"),
]


def place(city: str) -> Location:
    country, lat, lon = CITIES[city]
    return Location(name=city, country=country, lat=lat, lon=lon)


def event(
    event_id: str, kind: str, source: list[Actor], target: list[Actor], day: str | None, text: str,
    trigger: str, city: str | None = None,
) -> Event:
    start = max(text.find(trigger), 0)
    return Event(
        id=event_id, type=kind, source=[a.ref() for a in source], target=[a.ref() for a in target],
        date=day, date_precision="day" if day else None, date_source="clause" if day else None,
        location=place(city) if city else None, sentence=0, text=text, trigger=trigger, start=start,
        end=start + len(trigger), confidence=0.9, tone=-2.0,
    )


def story(
    article_id: str, date: str | None, outlet: str, text: str, actors: list[Actor], events: list[Event],
    quotes: list[Quote] = (),
) -> tuple[ArticleResult, str]:
    places = []
    for item in events:
        if item.location and item.location.name not in {p.name for p in places}:
            loc = item.location
            places.append(Place(name=loc.name, country=loc.country, lat=loc.lat, lon=loc.lon, mentions=[(0, 1)]))
    result = ArticleResult(
        article=Article(id=article_id, date=date, source=outlet, title=f"Story {article_id}",
                        url=f"https://news.example/{article_id}"),
        actors=actors, events=events, quotes=list(quotes), places=places,
        tone=Tone(score=-2.0, positive=1.0, negative=3.0, words=40),
    )
    return result, text


def corpus() -> list[tuple[ArticleResult, str] | ArticleError]:
    items: list[tuple[ArticleResult, str] | ArticleError] = []
    for n, (city, day) in enumerate(SHELLING):
        text = f"Russian forces shelled {city} overnight, regional officials said, damaging homes."
        items.append(story(f"shell{n}", day, "Wire A", text, [FORCES, CIVILIANS], [
            event("E1", "ASSAULT", [FORCES], [CIVILIANS], day, text, "shelled", city),
        ]))
    text = "Ukrainian drones hit an oil depot in Belgorod, the regional governor said."
    items.append(story("belgorod", "2023-11-30", "Wire B", text, [DRONES, FORCES], [
        event("E1", "ASSAULT", [DRONES], [FORCES], "2023-11-30", text, "hit", "Belgorod"),
    ]))
    text = "Russia and Ukraine agreed to swap 60 prisoners of war, mediators in Ankara said."
    items.append(story("swap", "2023-11-21", "Wire B", text, [RUSSIA, UKRAINE], [
        event("E1", "AGREE", [RUSSIA], [UKRAINE], "2023-11-21", text, "agreed", "Ankara"),
    ]))
    text = "Russian and Ukrainian negotiators held talks in Istanbul on grain shipments."
    items.append(story("talks", "2024-01-09", "Wire C", text, [RUSSIA, UKRAINE], [
        event("E1", "CONSULT", [RUSSIA, UKRAINE], [], "2024-01-09", text, "held talks", "Istanbul"),
    ]))
    text = "Chinese President Xi Jinping hosted Vladimir Putin in Beijing for two days of talks."
    items.append(story("xiputin1", "2023-10-18", "Wire A", text, [XI, PUTIN], [
        event("E1", "CONSULT", [XI], [PUTIN], "2023-10-18", text, "hosted", "Beijing"),
    ], [Quote(speaker=PUTIN.ref(), text="Our ties have never been stronger.", start=0, end=10)]))
    text = "Xi Jinping met Vladimir Putin at the Kremlin during a state visit to Moscow."
    items.append(story("xiputin2", "2024-03-20", "Wire C", text, [XI, PUTIN], [
        event("E1", "CONSULT", [XI], [PUTIN], "2024-03-20", text, "met", "Moscow"),
    ], [Quote(speaker=XI.ref(), text="We will deepen trust between our two countries.", start=0, end=10)]))
    text = "The United States announced $300 million in military aid for Ukraine."
    items.append(story("aid", "2023-12-05", "Wire B", text, [USA, UKRAINE], [
        event("E1", "AID", [USA], [UKRAINE], "2023-12-05", text, "aid", "Washington"),
    ], [Quote(speaker=ZELENSKY.ref(), text="This aid saves lives on the front line every day.", start=0, end=10)]))
    text = "The United States imposed sanctions on Russian banks over the war."
    items.append(story("sanction", "2024-02-23", "Wire A", text, [USA, RUSSIA], [
        event("E1", "SANCTION", [USA], [RUSSIA], "2024-02-23", text, "sanctions", "Washington"),
    ]))
    text = "The United Nations urged Russia to reopen the grain corridor."
    items.append(story("undated", None, "Wire D", text, [UN, RUSSIA], [
        event("E1", "REQUEST", [UN], [RUSSIA], None, text, "urged"),
    ]))
    text = f"A group calling itself {HOSTILE_ACTOR} accused Kyiv of lying; its post read {HOSTILE}."
    items.append(story("hostile", "2024-04-02", "Wire D", text, [HOSTILE_GROUP, UKRAINE], [
        event("E1", "ACCUSE", [HOSTILE_GROUP], [UKRAINE], "2024-04-02", text, "accused", "Kyiv"),
    ], [Quote(speaker=HOSTILE_GROUP.ref(), text=f"Read this: {HOSTILE}", start=0, end=10)]))
    items.append(ArticleError(article=ArticleRef(id="broken-feed-item"), error="no article text found in the page"))
    return items


EVENTS_TOTAL = len(SHELLING) + 9  # belgorod, swap, talks, 2 meetings, aid, sanction, undated, hostile
ASSAULTS = len(SHELLING) + 1
QUOTES_TOTAL = 4
