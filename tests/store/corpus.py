"""A small team-written corpus of extraction results with answers worked out by hand.

Eleven wire-style articles, written for these tests, coded by hand as ArticleResult objects (so
the store tests do not depend on the NLP stages). What a correct store must answer:

Meetings of Xi Jinping and Vladimir Putin (CONSULT, deduplicated):
  M1  Beijing, 2023-10-18: a1 (Putin visits, Xi hosts), a2 (both in the source), a3 (Xi -> Putin,
      dated a day later, no place): one event, 3 mentions, 3 articles, 3 outlets.
  M2  Moscow, 2023-03-21: a4 and a5, both from Wire A: 2 mentions, 2 articles, 1 outlet.
  M3  Beijing, 2024-05-16: a6, two sentences about the same talks: 2 mentions, 1 article.
  => meetings(Xi, Putin) = 3; since 2024-01-01 = 1; meetings(CHN, RUS) = 3.

Russia -> Ukraine (ASSAULT, score -9), Russian forces = RUS/MIL, target UKR/CVL:
  R1  Kharkiv 2023-10-01: a8 E1 and a10 E1 (one event, 2 articles)
  R2  Odesa 2023-10-02: a8 E2 (same group and window as R1, other place: its own event)
  R3  Kherson 2023-11-04: a9 E1
Ukraine -> Russia: U1 Belgorod 2023-11-04: a9 E2 (Ukrainian drones UKR/MIL -> Russian forces).
  => dyad RUS, UKR by month: RUS->UKR 2023-10: 2, 2023-11: 1; UKR->RUS 2023-10: 0, 2023-11: 1.

Other events: a1 E2 ACCUSE China -> United States (2023-10-18); a5 E2 ACCUSE Xi -> Russia is
negated (stored, never counted); a11 (undated article) E1 REQUEST United Nations (IGO) -> Russia,
no day. a7 has no events (a quantity only).
  => unique events: M1 M2 M3 R1 R2 R3 U1 + ACCUSE + REQUEST = 9; event records: 15 (14 countable).

Quotations: a1 Mao Ning (CHN/GOV) "...deepen trust..."; a6 Dmitry Peskov (RUS/GOV) "The talks
were warm and substantive."; a9 unattributed "We will rebuild every school in the city."
"""

from __future__ import annotations

from tidings.schema import (
    Actor, Article, ArticleResult, Event, Location, Place, Quantity, Quote, Tone,
)

BEIJING = Location(name="Beijing", country="CHN", lat=39.9, lon=116.4, geonameid=1816670)
MOSCOW = Location(name="Moscow", country="RUS", lat=55.75, lon=37.62, geonameid=524901)
KHARKIV = Location(name="Kharkiv", country="UKR", lat=49.99, lon=36.23, geonameid=706483)
ODESA = Location(name="Odesa", country="UKR", lat=46.48, lon=30.73, geonameid=698740)
KHERSON = Location(name="Kherson", country="UKR", lat=46.64, lon=32.61, geonameid=706448)
BELGOROD = Location(name="Belgorod", country="RUS", lat=50.6, lon=36.6, geonameid=578072)


def xi(actor_id: str = "A1") -> Actor:
    return Actor(id=actor_id, name="Xi Jinping", kind="person", country="CHN", sector="GOV",
                 title="President", mentions=[(0, 2)])


def putin(actor_id: str = "A2") -> Actor:
    return Actor(id=actor_id, name="Vladimir Putin", kind="person", country="RUS", sector="GOV",
                 title="President", mentions=[(10, 16)])


def group(actor_id: str, name: str, country: str | None, sector: str | None, kind: str = "organisation") -> Actor:
    return Actor(id=actor_id, name=name, kind=kind, country=country, sector=sector, mentions=[(0, len(name))])


def event(
    event_id: str,
    kind: str,
    source: list[Actor],
    target: list[Actor],
    date: str | None,
    sentence: int,
    text: str,
    trigger: str,
    *,
    location: Location | None = None,
    mode: str | None = None,
    cameo: str | None = None,
    negated: bool = False,
) -> Event:
    start = max(text.find(trigger), 0)
    return Event(
        id=event_id, type=kind, mode=mode, cameo=cameo,
        source=[actor.ref() for actor in source], target=[actor.ref() for actor in target],
        date=date, date_precision="day" if date else None, date_source="clause" if date else None,
        location=location, sentence=sentence, text=text, trigger=trigger, start=start,
        end=start + len(trigger), negated=negated, confidence=0.9, tone=-1.0,
    )


def article(
    article_id: str, date: str | None, source: str, actors: list[Actor], events: list[Event], **extra
) -> ArticleResult:
    return ArticleResult(
        article=Article(id=article_id, date=date, source=source, url=f"https://news.example/{article_id}",
                        title=f"Story {article_id}"),
        actors=actors, events=events, tone=Tone(score=extra.pop("tone", -1.0), positive=2.0, negative=3.0),
        **extra,
    )


def corpus() -> list[tuple[ArticleResult, str]]:
    """(result, text) pairs: the text is what the article is keyed by."""
    x, p = xi(), putin()
    china = group("A3", "China", "CHN", "GOV", kind="country")
    usa = group("A4", "United States", "USA", "GOV", kind="country")
    russia = group("A3", "Russia", "RUS", "GOV", kind="country")
    forces = group("A1", "Russian forces", "RUS", "MIL")
    civilians = group("A2", "Ukrainian civilians", "UKR", "CVL", kind="group")
    drones = group("A3", "Ukrainian drones", "UKR", "MIL")
    un = group("A1", "United Nations", "IGO", None)
    mao = Actor(id="A5", name="Mao Ning", kind="person", country="CHN", sector="GOV", mentions=[(300, 308)])
    peskov = Actor(id="A3", name="Dmitry Peskov", kind="person", country="RUS", sector="GOV", mentions=[(200, 213)])

    texts = {
        "a1": "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Wednesday. "
              "China also accused the United States of stoking tension in the region. "
              "\"The visit aims to deepen trust between our two countries,\" spokeswoman Mao Ning said.",
        "a2": "Vladimir Putin and Xi Jinping held talks in Beijing on Wednesday, their second meeting this year.",
        "a3": "Xi met Putin on Thursday, state media said, without giving details of the talks.",
        "a4": "Xi Jinping met Vladimir Putin at the Kremlin on Tuesday during a three-day state visit to Moscow.",
        "a5": "Xi and Putin held a second round of talks in Moscow on Tuesday. Xi did not condemn Russia.",
        "a6": "Putin arrived in Beijing on Thursday and met Xi for talks. The two leaders spoke for hours. "
              "\"The talks were warm and substantive,\" Kremlin spokesman Dmitry Peskov said.",
        "a7": "Trade between the two neighbours reached $240 billion last year, customs figures showed.",
        "a8": "Russian forces shelled Kharkiv on Sunday, wounding civilians. On Monday they struck Odesa.",
        "a9": "Russian forces shelled Kherson on Saturday. Ukrainian drones hit Belgorod the same day. "
              "\"We will rebuild every school in the city,\" a local official said.",
        "a10": "Residents of Kharkiv sheltered in basements on Sunday as Russian forces shelled the city.",
        "a11": "The United Nations urged Russia to reopen the grain corridor.",
    }
    results = {
        "a1": article("a1", "2023-10-18", "Wire A", [x, p, china, usa, mao], [
            event("E1", "CONSULT", [p], [x], "2023-10-18", 0, texts["a1"][:91], "hosted",
                  location=BEIJING, mode="visit", cameo="042"),
            event("E2", "ACCUSE", [china], [usa], "2023-10-18", 1, "China also accused the United States.",
                  "accused", cameo="112"),
        ], quotes=[Quote(speaker=mao.ref(), text="The visit aims to deepen trust between our two countries.",
                         start=170, end=228)]),
        "a2": article("a2", "2023-10-19", "Wire B", [p, x], [
            event("E1", "CONSULT", [p, x], [], "2023-10-18", 0, texts["a2"], "held talks",
                  location=BEIJING, cameo="043"),
        ]),
        "a3": article("a3", "2023-10-20", "Wire C", [x, p], [
            event("E1", "CONSULT", [x], [p], "2023-10-19", 0, texts["a3"], "met", cameo="040"),
        ]),
        "a4": article("a4", "2023-03-21", "Wire A", [x, p], [
            event("E1", "CONSULT", [x], [p], "2023-03-21", 0, texts["a4"], "met", location=MOSCOW,
                  mode="visit", cameo="042"),
        ]),
        "a5": article("a5", "2023-03-22", "Wire A", [x, p, russia], [
            event("E1", "CONSULT", [x, p], [], "2023-03-21", 0, "Xi and Putin held a second round of talks.",
                  "held", location=MOSCOW, cameo="043"),
            event("E2", "ACCUSE", [x], [russia], "2023-03-22", 1, "Xi did not condemn Russia.", "condemn",
                  negated=True, cameo="111"),
        ]),
        "a6": article("a6", "2024-05-17", "Wire D", [p, x, peskov], [
            event("E1", "CONSULT", [p], [x], "2024-05-16", 0, "Putin arrived in Beijing on Thursday and met Xi.",
                  "met", location=BEIJING, mode="visit", cameo="042"),
            event("E2", "CONSULT", [p], [x], "2024-05-16", 1, "The two leaders spoke for hours.", "spoke",
                  cameo="040"),
        ], quotes=[Quote(speaker=peskov.ref(), text="The talks were warm and substantive.", start=120, end=156)]),
        "a7": article("a7", "2024-01-12", "Wire B", [], [],
                      quantities=[Quantity(kind="amount", value=240e9, unit="USD", object="trade",
                                           text="$240 billion", start=43, end=55)],
                      places=[]),
        "a8": article("a8", "2023-10-02", "Wire B", [forces, civilians], [
            event("E1", "ASSAULT", [forces], [civilians], "2023-10-01", 0, "Russian forces shelled Kharkiv on Sunday.",
                  "shelled", location=KHARKIV, mode="heavy-weapons", cameo="195"),
            event("E2", "ASSAULT", [forces], [civilians], "2023-10-02", 1, "On Monday they struck Odesa.",
                  "struck", location=ODESA, mode="heavy-weapons", cameo="195"),
        ], places=[Place(name="Kharkiv", country="UKR", mentions=[(23, 30)]),
                   Place(name="Odesa", country="UKR", mentions=[(82, 87)])]),
        "a9": article("a9", "2023-11-05", "Wire C", [forces, civilians, drones], [
            event("E1", "ASSAULT", [forces], [civilians], "2023-11-04", 0, "Russian forces shelled Kherson on Saturday.",
                  "shelled", location=KHERSON, cameo="195"),
            event("E2", "ASSAULT", [drones], [forces], "2023-11-04", 1, "Ukrainian drones hit Belgorod the same day.",
                  "hit", location=BELGOROD, mode="drone", cameo="195"),
        ], quotes=[Quote(speaker=None, text="We will rebuild every school in the city.", start=90, end=131)]),
        "a10": article("a10", "2023-10-02", "Wire D", [forces, civilians], [
            event("E1", "ASSAULT", [forces], [civilians], "2023-10-01", 0, texts["a10"], "shelled",
                  location=KHARKIV, cameo="195"),
        ]),
        "a11": article("a11", None, "Wire A", [un, group("A2", "Russia", "RUS", "GOV", kind="country")], [
            event("E1", "REQUEST", [un], [group("A2", "Russia", "RUS", "GOV", kind="country")], None, 0,
                  texts["a11"], "urged", cameo="10"),
        ]),
    }
    return [(results[name], texts[name]) for name in texts]
