"""RSS and Atom feeds -> Articles, one per entry (feedparser reads every dialect).

An entry's title is the article's title, its content (else its summary), as
text, the article's text, its link the url, its published (else updated) date
the publication date, and the feed's title the outlet. `wirecoder watch` reads
the same entries and fetches each one's page; `feed_entries` serves both.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import Article, Origin, Reject
from ..settings import Settings

#: an XML document whose root is one of these is a feed
_FEED_ROOT = re.compile(rb"<(?:[a-zA-Z0-9]+:)?(?:rss|feed|RDF)[\s>]")
_BLOCK_TAGS = ("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def looks_like_feed(head: bytes) -> bool:
    """The first kilobytes of a file are an RSS, RDF or Atom document."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and _FEED_ROOT.search(head[:4096]) is not None


@dataclass(frozen=True, kw_only=True)
class FeedEntry:
    """One entry of a feed, as the feed gives it."""

    key: str  # the entry's id (guid), else its link, else its title: what `watch` remembers
    title: str | None
    text: str  # content, else summary, as text
    link: str | None
    published: date | None
    published_raw: str | None  # ISO 8601, UTC
    outlet: str | None  # the feed's title


@dataclass(frozen=True, kw_only=True)
class ParsedFeed:
    title: str | None
    entries: list[FeedEntry]


def parse_feed(raw: bytes, origin: Origin) -> ParsedFeed:
    """A feed's entries; InputError when the document is no feed at all."""
    import feedparser

    parsed = feedparser.parse(raw)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        raise InputError(origin, f"not a readable RSS or Atom feed{f' ({problem})' if problem else ''}")
    title = _clean(parsed.feed.get("title"))
    return ParsedFeed(title=title, entries=[_entry(e, title) for e in parsed.entries])


def _entry(entry: Any, outlet: str | None) -> FeedEntry:
    content = entry.get("content") or []
    body = content[0].get("value") if content else None
    text = html_to_text(body or entry.get("summary") or "")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    link = entry.get("link") or None
    title = _clean(entry.get("title"))
    return FeedEntry(key=entry.get("id") or link or title or text[:200], title=title, text=text, link=link,
                     published=date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None,
                     # as ISO 8601 (UTC), as stored dates are: feeds write RFC 822 ("Sun, 17 Sep 2017 09:00:00 GMT")
                     published_raw=time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp) if stamp else None, outlet=outlet)


def _clean(value: str | None) -> str | None:
    value = " ".join((value or "").split())
    return value or None


def html_to_text(markup: str) -> str:
    """A summary's HTML as paragraphs of text (feeds often escape HTML into their summaries)."""
    if "<" not in markup and "&" not in markup:
        return "\n\n".join(_clean(p) or "" for p in markup.split("\n\n")).strip()
    import lxml.html

    try:
        root = lxml.html.fromstring(f"<div>{markup}</div>")
    except Exception:  # lxml's parser errors have no common base; an unparsable summary is read as it is
        return _clean(re.sub(r"<[^>]*>", " ", markup)) or ""
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n\n" + (element.tail or "")
    paragraphs = (_clean(p) for p in root.text_content().split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def article_from_entry(entry: FeedEntry, origin: Origin, settings: Settings) -> Article:
    """An entry read as the article it summarises."""
    from .readers import article_without_id

    if not entry.text.strip():
        raise InputError(origin, f"feed entry {entry.key!r} has no summary or content")
    published = settings.default_published or entry.published
    return article_without_id(entry.text, entry.title, origin, published,
                              entry.published_raw if published == entry.published else published.isoformat() if published else None,
                              url=entry.link, outlet=entry.outlet)


def read_feed_file(path: Path, settings: Settings) -> Iterator[Article | Reject]:
    """A feed file: one article per entry; an entry without text is a reject, the others go on."""
    origin = Origin(str(path))
    try:
        size = path.stat().st_size
        if size > settings.max_feed_bytes:
            raise InputError(origin, f"feed file is {size} bytes, over the limit ({settings.max_feed_bytes}, WIRECODER_MAX_FEED_BYTES)")
        feed = parse_feed(path.read_bytes(), origin)
    except InputError as error:
        yield Reject(origin=origin, reason=error.reason)
        return
    for number, entry in enumerate(feed.entries, start=1):
        try:
            yield article_from_entry(entry, origin, settings)
        except InputError as error:
            yield Reject(origin=origin, reason=f"entry {number}: {error.reason}")
