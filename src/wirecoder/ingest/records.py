"""Turn one input record (a JSON object, a text file, an HTML page) into an Article.

Shared by every reader so that ids, dates and validation behave the same
whatever the format."""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import Any

from ..errors import InputError
from ..model import Article, Origin

KNOWN_FIELDS = ("id", "text", "title", "published", "url", "outlet", "language")


def content_hash(title: str | None, text: str) -> str:
    """A hash of what the article says, insensitive to whitespace differences."""
    normalised = " ".join(((title or "") + "\n" + text).split())
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def derived_article_id(digest: str) -> str:
    """A stable id for an article given without one: the same text, the same id."""
    return "a" + digest[:16]


def parse_published(value: object, origin: Origin) -> tuple[date | None, str | None]:
    """`YYYY-MM-DD` or an ISO 8601 datetime -> the calendar day it names (as written)."""
    if value is None or value == "":
        return None, None
    if not isinstance(value, str):
        raise InputError(origin, f"'published' must be a string like 2011-12-04, not {type(value).__name__}")
    text = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text), text
        # The day as written in the report's own time zone: an offset is not converted.
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date(), text
    except ValueError as exc:
        raise InputError(origin, f"'published' value {text!r} is not YYYY-MM-DD or an ISO 8601 datetime") from exc


def article_from_record(record: Any, origin: Origin) -> Article:
    """Validate one JSON object in the input format and build the Article."""
    if not isinstance(record, dict):
        raise InputError(origin, f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(origin, "missing 'text' (every article needs its text as a string)")
    if not text.strip():
        raise InputError(origin, "'text' is empty")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(origin, "'title' must be a string or null")
    for key in ("url", "outlet", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(origin, f"'{key}' must be a string or null")
    published, published_raw = parse_published(record.get("published"), origin)
    digest = content_hash(title, text)
    given_id = record.get("id")
    if given_id is not None and not isinstance(given_id, (str, int)):
        raise InputError(origin, "'id' must be a string")
    article_id = str(given_id).strip() if given_id not in (None, "") else derived_article_id(digest)
    if not article_id:
        raise InputError(origin, "'id' is blank")
    return Article(
        id=article_id,
        text=text,
        title=title.strip() if title else None,
        published=published,
        published_raw=published_raw,
        url=record.get("url"),
        outlet=record.get("outlet"),
        language=record.get("language"),
        content_hash=digest,
        extra={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
        origin=origin,
    )
