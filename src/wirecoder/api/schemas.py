"""The API's request and response shapes (pydantic), built from the model's types.

An event is the INTERFACE.md export record (`export.event_record`) with a few
fields added, so the API and `wirecoder export` never disagree; these models
exist to validate that and to describe it in the OpenAPI document."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..export import claim_record, event_record, mention_record
from ..model import Claim, Event, EventChange, Mention
from ..store import ClaimantSummary, EventCount


class ErrorDetail(BaseModel):
    code: str = Field(description="a stable name for the kind of error, e.g. token_required, not_found, bad_cursor")
    message: str = Field(description="what went wrong and what to do about it")
    details: list[dict[str, Any]] | None = Field(None, description="for invalid requests: each value refused and why")


class ErrorOut(BaseModel):
    """Every error the API returns has this shape."""

    error: ErrorDetail


class EvidenceOut(BaseModel):
    article_id: str
    start: int = Field(description="character offset of the span's first character")
    end: int = Field(description="character offset just after the span")
    text: str
    field: str = Field("text", description="'text', or 'title' when the span is in the headline")


class _Incident(BaseModel):
    """What an event and a mention share (INTERFACE.md)."""

    event_date: date
    time_precision: int = Field(description="1 day, 2 week, 3 month")
    event_type: str
    sub_event_type: str
    actor1: str | None
    inter1: int | None
    actor2: str | None
    inter2: int | None
    country: str | None
    iso3: str | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    location: str
    latitude: float | None
    longitude: float | None
    geo_precision: int
    geonameid: int | None
    fatalities: int
    fatalities_low: int | None
    fatalities_high: int | None
    injuries: int | None
    arrests: int | None
    claimants: list[str]
    notes: str
    evidence: list[EvidenceOut]


class EventOut(_Incident):
    """One incident after merging every report of it."""

    event_id: str
    article_ids: list[str]
    sources: list[str]
    contradictions: list[str]
    independent_sources: int = Field(description="reports that are not copies of one another")

    @staticmethod
    def record(event: Event) -> dict[str, Any]:
        """The event as this model's plain JSON-ready fields: the export record, with each evidence span's
        field always given (the export leaves out the usual "text"), and its independent sources."""
        record = event_record(event)
        record["evidence"] = [{"field": "text", **span} for span in record["evidence"]]
        record["independent_sources"] = event.independent_sources
        return record

    @classmethod
    def from_event(cls, event: Event) -> EventOut:
        return cls.model_validate(cls.record(event))


class EventPage(BaseModel):
    events: list[EventOut]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")


class PointGeometry(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float] = Field(description="longitude, latitude")


class EventFeature(BaseModel):
    type: Literal["Feature"] = "Feature"
    geometry: PointGeometry
    properties: dict[str, Any] = Field(description="the event's fields but its coordinates")


class EventFeatureCollection(BaseModel):
    """A page of events as GeoJSON (events without coordinates are left out)."""

    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[EventFeature]
    next_cursor: str | None


class MentionOut(_Incident):
    """One incident as one article reports it, before merging."""

    mention_id: str
    event_id: str | None
    article_id: str
    sources: list[str]
    killed_or_injured: int | None
    story_id: str | None = Field(description="the story this report belongs to: near-copies share one")

    @classmethod
    def from_mention(cls, mention: Mention) -> MentionOut:
        return cls.model_validate({**mention_record(mention), "story_id": mention.story_id})


class SourceOut(BaseModel):
    """One article reporting an event, and whether it is an independent report or a copy."""

    article_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    story_id: str | None
    independent: bool = Field(description="false when the report copies an earlier one of this event")
    copy_of: str | None = Field(description="the article it copies (the first of its story in this event)")


class ChangeOut(BaseModel):
    change: str
    detail: str
    article_id: str | None
    recorded_at: str | None

    @classmethod
    def from_change(cls, change: EventChange) -> ChangeOut:
        return cls(change=change.change, detail=change.detail, article_id=change.article_id, recorded_at=change.recorded_at)


class EventDetail(BaseModel):
    """An event with everything it was made from."""

    event: EventOut
    mentions: list[MentionOut]
    sources: list[SourceOut]
    history: list[ChangeOut] = Field(description="what each report changed, oldest first")


class HighlightOut(BaseModel):
    """A stretch of an article that evidence was read from (overlapping spans joined)."""

    field: str
    start: int
    end: int
    mention_ids: list[str]


class ArticleMentionOut(BaseModel):
    mention_id: str
    event_id: str | None
    event_type: str
    sub_event_type: str
    event_date: date


class ArticleOut(BaseModel):
    """A stored article with its evidence marked."""

    id: str
    title: str | None
    text: str
    published: str | None
    url: str | None
    outlet: str | None
    language: str | None
    extra: dict[str, Any]
    mentions: list[ArticleMentionOut]
    highlights: list[HighlightOut]
    title_html: str | None = Field(description="the headline, HTML-escaped, with evidence in <mark> elements")
    text_html: str = Field(description="the text, HTML-escaped, with evidence in <mark> elements")


class ClaimOut(BaseModel):
    """A cumulative or aggregate figure someone claims (INTERFACE.md)."""

    claim_id: str
    article_id: str
    quantity: int | None
    qualifier: str | None
    what: str
    claimant: str | None
    as_of: date | None
    country: str | None
    evidence: EvidenceOut

    @classmethod
    def from_claim(cls, claim: Claim) -> ClaimOut:
        return cls.model_validate(claim_record(claim))


class ClaimPage(BaseModel):
    claims: list[ClaimOut]
    next_cursor: str | None


class ClaimantOut(BaseModel):
    claimant: str | None
    claims: int
    first_as_of: date | None
    last_as_of: date | None

    @classmethod
    def from_summary(cls, summary: ClaimantSummary) -> ClaimantOut:
        return cls(claimant=summary.claimant, claims=summary.claims, first_as_of=summary.first_as_of,
                   last_as_of=summary.last_as_of)


class StatisticsRow(BaseModel):
    period_start: date = Field(description="the day, or the Monday starting the week")
    group: str | None = Field(description="the country or event type (null: not known)")
    events: int
    fatalities: int

    @classmethod
    def from_count(cls, count: EventCount) -> StatisticsRow:
        return cls(period_start=count.period_start, group=count.group, events=count.events, fatalities=count.fatalities)


class StatisticsOut(BaseModel):
    period: Literal["day", "week"]
    by: Literal["country", "type"]
    rows: list[StatisticsRow]


class ArticleIn(BaseModel):
    """An article in the input format of INTERFACE.md; other fields are kept with it."""

    model_config = ConfigDict(extra="allow")

    id: str | None = Field(None, description="optional: derived from the text when absent")
    text: str
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD or an ISO 8601 datetime")
    url: str | None = None
    outlet: str | None = None
    language: str | None = None


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1)


class ProblemOut(BaseModel):
    """An article refused, or stored with a caveat."""

    position: int | None = Field(description="1-based position of the article in the request")
    article_id: str | None
    severity: Literal["error", "warning"]
    reason: str


class IngestOut(BaseModel):
    """What an ingest request did, as `wirecoder process` reports it."""

    stored: int
    already_stored: int
    rejected: int
    warnings: int
    problems: list[ProblemOut]
    events: list[EventOut] = Field(description="the events the request created or changed, as they are now")
