"""The storage interface: what processing, merging, export and evaluation need
from a database. SQLite (sqlite.py) and PostgreSQL (postgres.py) implement it, passing the same tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ..model import Article, Claim, Event, EventChange, Mention, Reject


@dataclass(frozen=True, slots=True)
class BoundingBox:
    """A rectangle of the map in degrees, as GeoJSON orders it: west, south, east, north."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events to list or export. Events come ordered by day, then event id; `after`
    continues a listing after the (day, event id) of the last event seen (cursor pagination)."""

    country: str | None = None  # name ("Syria") or ISO code ("SY", "SYR")
    since: date | None = None
    until: date | None = None
    event_type: str | None = None  # event type or sub-event type
    sub_event_type: str | None = None  # a sub-event type only
    admin1: str | None = None  # the first-level division (case-insensitive)
    actor: str | None = None  # a part of actor1's or actor2's name (case-insensitive)
    min_fatalities: int | None = None
    bbox: BoundingBox | None = None
    #: words that must all occur in the event's notes or evidence (full-text search)
    text: str | None = None
    after: tuple[date, str] | None = None
    limit: int | None = None


@dataclass(frozen=True, kw_only=True)
class ClaimFilter:
    """Which claims to list: ordered by the day they are made as of (unknown first), then claim id;
    `after` continues after the (as-of day or "", claim id) of the last claim seen."""

    claimant: str | None = None  # case-insensitive, exact
    country: str | None = None
    since: date | None = None
    until: date | None = None
    after: tuple[str, str] | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class EventCount:
    """One row of the event statistics: the events and their fatalities of one period and group."""

    period_start: date  # the day, or the Monday of the week
    group: str | None  # a country or an event type (None: not known)
    events: int
    fatalities: int


@dataclass(frozen=True, slots=True)
class ClaimantSummary:
    """Who makes claims: how many, and over which days."""

    claimant: str | None
    claims: int
    first_as_of: date | None
    last_as_of: date | None


@dataclass(frozen=True, slots=True)
class ApiToken:
    """A named write token for the API; only a hash of the secret is stored."""

    name: str
    token_hash: str
    created_at: str
    revoked_at: str | None = None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True, kw_only=True)
class FeedState:
    """What `wirecoder watch` remembers of a feed between polls: its validators for a conditional
    request, and its failures in a row with the time before which it is not polled again (UTC, ISO 8601)."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    retry_after: str | None = None
    last_error: str | None = None
    checked_at: str | None = None


@dataclass(frozen=True)
class StoredArticle:
    id: str
    content_hash: str


class Store(Protocol):
    """One database of articles, mentions, events, claims and rejects."""

    def stored_article(self, article_id: str) -> StoredArticle | None:
        """The article already stored under this id, if any."""
        ...

    def add_article(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        """Store an article with what was read from it (in the current transaction)."""
        ...

    def add_reject(self, reject: Reject) -> bool:
        """Record a rejected record; False when the same rejection was already recorded."""
        ...

    def nearby_events(self, country_code: str | None, first_day: date, last_day: date,
                      around: tuple[float, float, float] | None = None) -> list[Event]:
        """Events of a country within a date range: the merge candidates for a new mention;
        with `around` (latitude, longitude, km), only those within about that distance (a box)."""
        ...

    def mentions_of(self, event_id: str) -> list[Mention]:
        ...

    def mentions_of_article(self, article_id: str) -> list[Mention]:
        """An article's mentions, in the order it reports them."""
        ...

    def article(self, article_id: str) -> Article | None:
        """A stored article (its origin is not kept)."""
        ...

    def event(self, event_id: str) -> Event | None:
        ...

    def save_event(self, event: Event) -> None:
        """Insert or replace an event and point its mentions at it."""
        ...

    def fold_event(self, folded_id: str, into_id: str) -> None:
        """Delete an event whose mentions have all joined another one (saved first), and move its
        history to that event: one report showed the two to be one incident."""
        ...

    def unmerged_articles(self, limit: int) -> list[str]:
        """The first `limit` stored articles whose mentions are in no event yet, in the merge order
        (merge/order.py: publication day, undated last, then article id, compared as code points)."""
        ...

    def set_story(self, mentions: list[Mention]) -> None:
        """Store the story set on an article's mentions (in the current transaction)."""
        ...

    def story_candidates(self, band_keys: list[str]) -> list[tuple[str, str, bytes]]:
        """Stored reports sharing a signature band with these keys: (article id, story id, signature)."""
        ...

    def add_story(self, article_id: str, story_id: str, signature: bytes, band_keys: list[str]) -> None:
        """Record an article's story, its signature and its band keys (in the current transaction)."""
        ...

    def record_changes(self, changes: list[EventChange]) -> None:
        """Append entries to events' histories (in the current transaction)."""
        ...

    def history(self, event_id: str) -> list[EventChange]:
        """An event's changes, oldest first."""
        ...

    def events(self, selection: EventFilter = EventFilter()) -> Iterator[Event]:
        ...

    def mentions(self, selection: EventFilter = EventFilter()) -> Iterator[Mention]:
        ...

    def claims(self, selection: ClaimFilter = ClaimFilter()) -> Iterator[Claim]:
        ...

    def claimants(self) -> list[ClaimantSummary]:
        """Every claimant with the number of claims and the days they span, most claims first."""
        ...

    def event_counts(self, selection: EventFilter, period: str, group_by: str) -> list[EventCount]:
        """Events and fatalities per period ("day" or "week", weeks starting on Monday) and per group
        ("country" or "type"), oldest period first; `selection`'s limit and `after` are ignored."""
        ...

    def add_token(self, name: str, token_hash: str) -> ApiToken:
        """Store a new API token under a name not in use (a revoked name may be reused)."""
        ...

    def tokens(self) -> list[ApiToken]:
        """Every token, revoked ones included, by name."""
        ...

    def token_by_hash(self, token_hash: str) -> ApiToken | None:
        ...

    def revoke_token(self, name: str) -> bool:
        """Revoke the active token of this name; False when there is none."""
        ...

    def rejects(self) -> list[Reject]:
        ...

    def feed_state(self, url: str) -> FeedState | None:
        """What was remembered of a watched feed; None for a feed never polled."""
        ...

    def save_feed_state(self, state: FeedState) -> None:
        """Remember a feed's validators and failures (replacing what was remembered)."""
        ...

    def seen_feed_items(self, feed_url: str, keys: list[str]) -> set[str]:
        """Those of `keys` (entry ids, else links) already taken from this feed."""
        ...

    def add_feed_items(self, feed_url: str, items: list[tuple[str, str | None, str | None]]) -> None:
        """Remember entries taken from a feed: (key, link, the article id they were stored as, if any)."""
        ...

    def transaction(self) -> object:
        """A context manager: everything inside is stored together or not at all."""
        ...

    def close(self) -> None:
        ...
