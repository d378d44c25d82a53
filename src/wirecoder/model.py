"""What wirecoder produces: the typed records every stage passes along.

    Article ──(pipeline)──> Mention* + Claim*      one article's reading
    Mention* ──(merge)────> Event                  one incident, every source

A Mention is one incident as one article reports it; an Event is the incident
after all reports of it have been merged. Both carry Evidence (the sentences
the fields came from) so every value can be traced back to its text.

The vocabulary of event types, sub-event types and actor inter codes is the
ACLED codebook's (see ../shared/spec/DOMAIN.md); it is fixed here, once.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# --- the codebook's vocabulary -------------------------------------------------

#: sub-event type -> event type, for ACLED's 6 types and 25 sub-event types.
SUB_EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

EVENT_TYPES: tuple[str, ...] = tuple(dict.fromkeys(SUB_EVENT_TYPES.values()))

_FAMILIES = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Protests": "crowd",
    "Riots": "crowd",
    "Strategic developments": "strategic",
}


def family(sub_event_type: str) -> str:
    """'violence', 'crowd' or 'strategic': the kind of incident a sub-event type belongs to."""
    return _FAMILIES[SUB_EVENT_TYPES[sub_event_type]]


def types_compatible(first_sub_event_type: str, second_sub_event_type: str) -> bool:
    """Whether two readings can describe one incident (ACLED's aggregation rules).

    A battle, its shelling and the civilians killed in it are one event; a
    protest that turns violent is one event; arrests at a protest are its
    intervention; a defection folds into the fight it sparked."""
    first, second = SUB_EVENT_TYPES[first_sub_event_type], SUB_EVENT_TYPES[second_sub_event_type]
    if _FAMILIES[first] == _FAMILIES[second]:
        return first != "Strategic developments" or first_sub_event_type == second_sub_event_type
    pair = {first, second}
    subs = {first_sub_event_type, second_sub_event_type}
    if "Strategic developments" in pair:
        if "Change to group/activity" in subs:
            return "Battles" in pair
        if "Arrests" in subs:
            return bool(pair & {"Protests", "Riots"})
        return False
    return pair <= {"Protests", "Riots", "Violence against civilians"}


#: ACLED inter codes: the kind of actor.
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}



# --- inputs ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record was read from, for messages that name file and line."""

    source: str  # a path, or "<stdin>"
    line: int | None = None  # 1-based line for line-oriented formats

    def __str__(self) -> str:
        return f"{self.source}:{self.line}" if self.line else self.source


@dataclass(slots=True, kw_only=True)
class Article:
    """One news report as read from the input."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    published_raw: str | None = None  # as given (may carry a time of day)
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    content_hash: str = ""  # of title + text; re-reading the same report is a no-op
    extra: dict[str, Any] = field(default_factory=dict)  # unknown input fields, kept
    origin: Origin | None = None


# --- provenance ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """A span of an article that a field was read from: offsets into its text
    (or, when `field` is "title", into its headline)."""

    article_id: str
    start: int
    end: int
    text: str
    field: str = "text"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"article_id": self.article_id, "start": self.start, "end": self.end, "text": self.text}
        if self.field != "text":
            data["field"] = self.field
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(data["article_id"], int(data["start"]), int(data["end"]), data["text"], data.get("field", "text"))


# --- what the incident is made of --------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Place:
    """A resolved place: the most precise named location and its hierarchy."""

    location: str
    country: str | None = None
    country_code: str | None = None  # ISO 3166-1 alpha-2
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    geonameid: int | None = None
    feature: str = "city"  # city | admin1 | admin2 | country | region | neighbourhood | ...

    @property
    def is_country_only(self) -> bool:
        return self.feature == "country"


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor with its ACLED-style canonical name and inter code."""

    name: str
    inter: int | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """A count of people (killed, injured, arrested ...): low, best, high.

    `best` is the conservative figure the codebook asks for; `low`/`high`
    keep the range the reports give (UCDP's low/best/high)."""

    best: int
    low: int | None = None
    high: int | None = None

    @classmethod
    def exact(cls, value: int) -> Count:
        return cls(best=value, low=value, high=value)


@dataclass(slots=True, kw_only=True)
class Claim:
    """A cumulative or aggregate statistic: kept as what someone claims, never as an event."""

    claim_id: str
    article_id: str
    quantity: int | None
    qualifier: str | None
    what: str
    claimant: str | None
    as_of: date | None
    country: str | None
    evidence: Evidence


@dataclass(slots=True, kw_only=True)
class Mention:
    """One incident as one article reports it."""

    mention_id: str
    article_id: str
    event_type: str
    sub_event_type: str
    event_date: date
    time_precision: int
    place: Place
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = field(default_factory=list)
    fatalities: Count = field(default_factory=lambda: Count.exact(0))
    injuries: Count | None = None
    arrests: Count | None = None
    killed_or_injured: int | None = None  # a mixed figure ("ten killed or wounded"), never a death count
    claimants: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    notes: str = ""
    outlet: str | None = None
    published: date | None = None
    #: what tells this report's incident apart from others nearby (people's full names, ages,
    #: block addresses: "name:lee cole", "age:17", "block:900 elm"); merging compares them
    identifiers: list[str] = field(default_factory=list)
    #: a follow-up report (a trial, a plea, an arrest) that dates its incident only by itself: the day is
    #: the report's (or the day before), and the incident may be months older; merging does not trust
    #: the day (fusion) and folds the report's event into an older one naming the same people (merge/follow_ups.py)
    dated_by_report: bool = False
    #: the story this report belongs to: near-copies of one report are one story, named by the
    #: first one's article id in the merge order (set when merged; None when its sentences are too short to tell)
    story_id: str | None = None
    #: the event this mention was merged into (set by storage)
    event_id: str | None = None


def mention_id_for(article_id: str, number: int) -> str:
    """The id of an article's mention: "<article id>:m1" is the one the report leads with."""
    return f"{article_id}:m{number}"


def lead_article(mention_id: str) -> str | None:
    """The article a mention id names when it is that article's lead mention (its first), else None."""
    article_id, _, number = mention_id.rpartition(":m")
    return article_id if number == "1" else None


@dataclass(slots=True, kw_only=True)
class Event:
    """One incident after merging every report of it."""

    event_id: str
    event_type: str
    sub_event_type: str
    event_date: date
    time_precision: int
    place: Place
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = field(default_factory=list)
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    arrests: int | None = None
    mention_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    claimants: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    contradictions: list[str] = field(default_factory=list)
    notes: str = ""
    #: the identifiers of all its mentions (see Mention.identifiers)
    identifiers: list[str] = field(default_factory=list)
    #: reports that are not copies of one another (wire copies of one story count once)
    independent_sources: int = 1


@dataclass(slots=True, kw_only=True)
class EventChange:
    """One change merging made to an event: its creation, a new source, a revised toll, day,
    place or type, a new contradiction. An event's changes, in order, are its history."""

    event_id: str
    #: "created", "source added", "fatalities revised", "injuries revised", "date revised",
    #: "place revised", "type revised", "contradiction", "event joined" (another event found to be
    #: the same incident folded into this one)
    change: str
    #: what changed, for people: "fatalities 6 -> 9", "source added: Test Wire (article a2)"
    detail: str
    #: the article whose report made the change
    article_id: str | None = None
    #: when it was recorded (UTC, ISO 8601; set by storage)
    recorded_at: str | None = None


@dataclass(slots=True, kw_only=True)
class Reject:
    """An input record that could not be read or processed, kept with its reason."""

    origin: Origin
    reason: str
    excerpt: str = ""
    severity: str = "error"  # "error": the record was not stored; "warning": stored with a caveat
    article_id: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(slots=True, kw_only=True)
class Skipped:
    """Records of an input that are not articles and were passed over on purpose (a web archive's
    images, redirects and error pages): counted in a run's summary, neither read nor rejected."""

    origin: Origin
    count: int
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.count} {self.reason}"


# --- plain-data conversion (storage and export) ------------------------------------


def to_plain(value: Any) -> Any:
    """Dataclasses, dates and lists as JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def _optional(cls: Any, data: Any) -> Any:
    return None if data is None else cls(**data)


def _count(data: Any) -> Count | None:
    return None if data is None else Count(**data)


def _incident_fields(data: dict[str, Any]) -> dict[str, Any]:
    """The stored fields an Event and a Mention share: what, when, who, where and the evidence."""
    return {
        "event_type": data["event_type"],
        "sub_event_type": data["sub_event_type"],
        "event_date": date.fromisoformat(data["event_date"]),
        "time_precision": data["time_precision"],
        "place": Place(**data["place"]),
        "actor1": _optional(Actor, data.get("actor1")),
        "actor2": _optional(Actor, data.get("actor2")),
        "assoc_actors": [Actor(**a) for a in data.get("assoc_actors", [])],
        "claimants": list(data.get("claimants", [])),
        "evidence": [Evidence.from_dict(e) for e in data.get("evidence", [])],
        "notes": data.get("notes", ""),
        "identifiers": list(data.get("identifiers", [])),
    }


def mention_from_plain(data: dict[str, Any]) -> Mention:
    """The inverse of to_plain for a Mention (as stored)."""
    return Mention(
        mention_id=data["mention_id"],
        article_id=data["article_id"],
        **_incident_fields(data),
        fatalities=_count(data.get("fatalities")) or Count.exact(0),
        injuries=_count(data.get("injuries")),
        arrests=_count(data.get("arrests")),
        killed_or_injured=data.get("killed_or_injured"),
        outlet=data.get("outlet"),
        published=date.fromisoformat(data["published"]) if data.get("published") else None,
        dated_by_report=bool(data.get("dated_by_report", False)),
        story_id=data.get("story_id"),
        event_id=data.get("event_id"),
    )


def event_from_plain(data: dict[str, Any]) -> Event:
    """The inverse of to_plain for an Event (as stored)."""
    return Event(
        event_id=data["event_id"],
        **_incident_fields(data),
        fatalities=data.get("fatalities", 0),
        fatalities_low=data.get("fatalities_low"),
        fatalities_high=data.get("fatalities_high"),
        injuries=data.get("injuries"),
        arrests=data.get("arrests"),
        mention_ids=list(data.get("mention_ids", [])),
        article_ids=list(data.get("article_ids", [])),
        sources=list(data.get("sources", [])),
        contradictions=list(data.get("contradictions", [])),
        independent_sources=data.get("independent_sources", len(data.get("article_ids", [])) or 1),
    )


def claim_from_plain(data: dict[str, Any]) -> Claim:
    """The inverse of to_plain for a Claim (as stored)."""
    return Claim(
        claim_id=data["claim_id"],
        article_id=data["article_id"],
        quantity=data.get("quantity"),
        qualifier=data.get("qualifier"),
        what=data["what"],
        claimant=data.get("claimant"),
        as_of=date.fromisoformat(data["as_of"]) if data.get("as_of") else None,
        country=data.get("country"),
        evidence=Evidence.from_dict(data["evidence"]),
    )
