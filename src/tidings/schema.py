"""The output schema of tidings, defined once.

Every field named in ``docs/interface.md`` (the user-facing contract) lives here. The pipeline
stages write plain dicts shaped like these models onto ``Doc._`` extensions (so documents survive
process boundaries); :func:`tidings.extract.result_from_doc` validates them into these models, and the
writers serialise the models. Offsets are character offsets into the article text.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# The flags an event carries (Event's booleans of the same names).
EVENT_FLAGS: tuple[str, ...] = ("negated", "hypothetical", "future", "historical")

# Base cooperation/conflict scores on PLOVER's -10..+10 scale (plover.md).
EVENT_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    """One input article and its metadata."""

    id: str
    title: str | None = None
    date: str | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    url: str | None = None
    source: str | None = None


class ActorRef(_Model):
    """An actor as named inside an event or a quotation."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None


class Actor(_Model):
    """One actor of the article with every mention of it."""

    id: str
    name: str
    kind: Literal["person", "organisation", "country", "group"]
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list, description="Why the codes were chosen")

    def ref(self) -> ActorRef:
        return ActorRef(id=self.id, name=self.name, country=self.country, sector=self.sector)


class Location(_Model):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


class Event(_Model):
    """One PLOVER event: who did what to whom, when and where, from which sentence."""

    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    source: list[ActorRef] = Field(default_factory=list)
    target: list[ActorRef] = Field(default_factory=list)
    date: str | None = None
    date_precision: Literal["day", "month", "year", "range"] | None = None
    date_source: Literal["clause", "article"] | None = None
    location: Location | None = None
    sentence: int
    text: str
    trigger: str
    start: int = Field(description="Character offset of the trigger")
    end: int
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    reported_by: ActorRef | None = None
    tone: float | None = Field(default=None, description="Tone of the event's sentence, GDELT scale")
    confidence: float


class Quote(_Model):
    speaker: ActorRef | None = None
    text: str
    start: int
    end: int
    kind: Literal["direct", "indirect"] = "direct"


class Quantity(_Model):
    kind: Literal["count", "amount", "percent"]
    value: float
    unit: str | None = None
    object: str | None = None
    text: str
    start: int
    end: int
    approximation: str | None = Field(default=None, description="some, about, at least, ...")


class DateMention(_Model):
    text: str
    start: int
    end: int
    value: str | None = Field(default=None, description="ISO date, month (YYYY-MM), year or range a/b")
    precision: Literal["day", "month", "year", "range"] | None = None
    resolved: bool = False


class Place(_Model):
    name: str
    kind: Literal["city", "country", "region", "admin"] = "city"
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    mentions: list[Span] = Field(default_factory=list)


class Tone(_Model):
    """GDELT-style tone: score = positive - negative, each a percentage of words."""

    score: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    words: int = 0


class ArticleResult(_Model):
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    tone: Tone = Field(default_factory=Tone)


class ArticleRef(_Model):
    id: str


class ArticleError(_Model):
    """A record that could not be processed, written in its place."""

    article: ArticleRef
    error: str


Result = ArticleResult | ArticleError
