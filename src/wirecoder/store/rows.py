"""What both stores share: how a search is split into words, how rows become model objects, the clock."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

from ..model import Mention, mention_from_plain


def search_words(text: str) -> list[str]:
    """The words of a search, lower-cased: punctuation only separates them, so whatever a user
    types makes a valid query (no search engine's own operators are offered)."""
    return "".join(c.lower() if c.isalnum() else " " for c in text).split()


def mention_row(row: tuple[str, str | None]) -> Mention:
    """A mention from its stored JSON and the event it belongs to."""
    mention = mention_from_plain(json.loads(row[0]))
    mention.event_id = row[1]
    return mention


def day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
