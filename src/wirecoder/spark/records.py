"""Model objects <-> the rows of the Parquet datasets the Spark engine writes.

Each row keeps its object losslessly as JSON (`to_plain`, the form the stores
keep), beside typed columns for querying the Parquet directly (Spark SQL,
DuckDB, pandas) without parsing JSON: ids, country, day, coordinates, type.
Plain Python here (no Spark): `wirecoder load` and the tests use it as well.

The datasets under the output folder:
  articles/  one row per article extracted: the article, its mentions and claims (JSON),
             the pipeline's warnings or error, its story signature
  mentions/  one row per mention, with its story set (before merging)
  stories/   which story each article with a signature belongs to
  events/    one row per event after merging, with its history
  rejects/   the input records rejected or warned about while reading
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..model import (Article, Claim, Event, EventChange, Mention, Origin, Reject, claim_from_plain, event_from_plain,
                     mention_from_plain, to_plain)
from .blocking import Placed

DATASETS = ("articles", "mentions", "stories", "events", "rejects")


def dumps(value: Any) -> str:
    """JSON as the stores write it."""
    return json.dumps(to_plain(value), ensure_ascii=False)


def article_from_plain(data: dict[str, Any]) -> Article:
    """The inverse of to_plain for an Article."""
    origin = data.get("origin")
    return Article(
        id=data["id"], text=data["text"], title=data.get("title"),
        published=date.fromisoformat(data["published"]) if data.get("published") else None,
        published_raw=data.get("published_raw"), url=data.get("url"), outlet=data.get("outlet"),
        language=data.get("language"), content_hash=data.get("content_hash", ""), extra=dict(data.get("extra") or {}),
        origin=Origin(origin["source"], origin.get("line")) if origin else None,
    )


def mention_row(seq: int, index: int, mention: Mention) -> dict[str, Any]:
    """A mentions/ row: the mention (JSON) and the columns merging blocks on."""
    return {
        "seq": seq, "mention_index": index, "mention_id": mention.mention_id, "article_id": mention.article_id,
        "country_code": mention.place.country_code, "event_date": mention.event_date,
        "latitude": mention.place.latitude, "longitude": mention.place.longitude,
        "event_type": mention.event_type, "sub_event_type": mention.sub_event_type, "story_id": mention.story_id,
        "dated_by_report": mention.dated_by_report, "mention_json": dumps(mention),
    }


def placed_from_row(row: Any) -> Placed:
    """A mentions/ row (a dict or a Spark Row) as a mention in its input order."""
    return Placed((row["seq"], row["mention_index"]), mention_from_plain(json.loads(row["mention_json"])))


def event_row(event: Event, history: list[EventChange], first_seq: int) -> dict[str, Any]:
    """An events/ row: the event and its history (JSON), with columns to query."""
    return {
        "event_id": event.event_id, "event_date": event.event_date, "country": event.place.country,
        "country_code": event.place.country_code, "iso3": event.place.iso3, "event_type": event.event_type,
        "sub_event_type": event.sub_event_type, "fatalities": event.fatalities,
        "latitude": event.place.latitude, "longitude": event.place.longitude, "first_seq": first_seq,
        "mention_ids": list(event.mention_ids), "event_json": dumps(event),
        "history_json": json.dumps([to_plain(change) for change in history], ensure_ascii=False),
    }


def event_from_row(row: Any) -> tuple[Event, list[EventChange]]:
    history = [EventChange(**change) for change in json.loads(row["history_json"])]
    return event_from_plain(json.loads(row["event_json"])), history


def claims_from_row(row: Any) -> list[Claim]:
    return [claim_from_plain(json.loads(text)) for text in row["claims_json"] or []]


def mentions_from_row(row: Any) -> list[Mention]:
    return [mention_from_plain(json.loads(text)) for text in row["mentions_json"] or []]


def reject_row(seq: int, reject: Reject) -> dict[str, Any]:
    return {"seq": seq, "source": reject.origin.source, "line": reject.origin.line, "reason": reject.reason,
            "excerpt": reject.excerpt, "severity": reject.severity, "article_id": reject.article_id}


def reject_from_row(row: Any) -> Reject:
    return Reject(origin=Origin(row["source"], row["line"]), reason=row["reason"], excerpt=row["excerpt"] or "",
                  severity=row["severity"], article_id=row["article_id"])
