"""The storage interface: what processing, merging, export and evaluation need
from a database. SQLite implements it now; PostgreSQL will implement the same."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from ..model import Article, Claim, Event, EventChange, Mention, Reject


@dataclass(frozen=True, kw_only=True)
class EventFilter:
    """Which events to list or export."""

    country: str | None = None  # name ("Syria") or ISO code ("SY", "SYR")
    since: date | None = None
    until: date | None = None
    event_type: str | None = None  # event type or sub-event type
    limit: int | None = None


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

    def save_event(self, event: Event) -> None:
        """Insert or replace an event and point its mentions at it."""
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

    def claims(self) -> Iterator[Claim]:
        ...

    def rejects(self) -> list[Reject]:
        ...

    def transaction(self) -> object:
        """A context manager: everything inside is stored together or not at all."""
        ...

    def close(self) -> None:
        ...
