"""What the API shows beyond stored records, worked out from the model: which of an
event's sources are independent and which copies, where evidence lies in an
article, and the opaque cursors that continue a listing. Pure functions, no web."""

from __future__ import annotations

import base64
import binascii
import html
import json
from dataclasses import dataclass
from datetime import date

from ..errors import BadRequestError
from ..model import Article, Event, Mention
from .schemas import HighlightOut, SourceOut


def event_sources(event: Event, mentions: list[Mention], articles: dict[str, Article]) -> list[SourceOut]:
    """The event's articles in the order they joined it. The first of each story (near-copies of
    one report) is independent; the rest copy it: the count fusion gives `independent_sources`."""
    story_of = {m.article_id: m.story_id for m in mentions}
    first_of_story: dict[str, str] = {}
    sources = []
    for article_id in event.article_ids:
        story = story_of.get(article_id) or article_id  # too short to compare: its own story
        first = first_of_story.setdefault(story, article_id)
        article = articles.get(article_id)
        sources.append(SourceOut(
            article_id=article_id,
            outlet=article.outlet if article else None,
            title=article.title if article else None,
            url=article.url if article else None,
            published=article.published_raw if article else None,
            story_id=story_of.get(article_id),
            independent=first == article_id,
            copy_of=None if first == article_id else first,
        ))
    return sources


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    mention_ids: tuple[str, ...]


def _joined(spans: list[_Span]) -> list[_Span]:
    """Overlapping or touching spans as one, keeping every mention that pointed there."""
    joined: list[_Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if joined and span.start <= joined[-1].end:
            last = joined[-1]
            ids = tuple(dict.fromkeys(last.mention_ids + span.mention_ids))
            joined[-1] = _Span(last.start, max(last.end, span.end), ids)
        else:
            joined.append(span)
    return joined


def _marked(text: str, spans: list[_Span]) -> str:
    parts, position = [], 0
    for span in spans:
        parts.append(html.escape(text[position:span.start]))
        mentions = html.escape(" ".join(span.mention_ids))
        parts.append(f'<mark data-mentions="{mentions}">{html.escape(text[span.start:span.end])}</mark>')
        position = span.end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def highlights(article: Article, mentions: list[Mention]) -> tuple[list[HighlightOut], str | None, str]:
    """Where the article's mentions read their fields: the joined spans per field, and the
    headline and text as HTML with those spans in <mark>. Spans that do not fit the text
    (an article stored again with another text) are left out rather than marked wrongly."""
    by_field: dict[str, list[_Span]] = {"title": [], "text": []}
    lengths = {"title": len(article.title or ""), "text": len(article.text)}
    for mention in mentions:
        for evidence in mention.evidence:
            if evidence.article_id != article.id or evidence.field not in by_field:
                continue
            if 0 <= evidence.start < evidence.end <= lengths[evidence.field]:
                by_field[evidence.field].append(_Span(evidence.start, evidence.end, (mention.mention_id,)))
    joined = {name: _joined(spans) for name, spans in by_field.items()}
    found = [HighlightOut(field=name, start=s.start, end=s.end, mention_ids=list(s.mention_ids))
             for name in ("title", "text") for s in joined[name]]
    title_html = _marked(article.title, joined["title"]) if article.title is not None else None
    return found, title_html, _marked(article.text, joined["text"])


def encode_cursor(*key: str) -> str:
    """An opaque token for the position after `key` in a listing's order."""
    return base64.urlsafe_b64encode(json.dumps(list(key)).encode("utf-8")).decode("ascii").rstrip("=")


def _decode(cursor: str, length: int) -> list[str]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        key = None
    if not (isinstance(key, list) and len(key) == length and all(isinstance(k, str) for k in key)):
        raise BadRequestError("the cursor is not one this API gave: pass the next_cursor of the previous page unchanged",
                              code="bad_cursor")
    return key


def event_cursor(cursor: str) -> tuple[date, str]:
    day, event_id = _decode(cursor, 2)
    try:
        return date.fromisoformat(day), event_id
    except ValueError:
        raise BadRequestError("the cursor is not one this API gave: pass the next_cursor of the previous page unchanged",
                              code="bad_cursor") from None


def claim_cursor(cursor: str) -> tuple[str, str]:
    as_of, claim_id = _decode(cursor, 2)
    return as_of, claim_id
