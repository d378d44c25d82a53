"""Export: events, mentions and claims as JSON Lines, ACLED-style CSV or GeoJSON.

The JSON Lines shape is the outside contract (../shared/spec/INTERFACE.md);
fields are only ever added, never renamed. The CSV uses ACLED's column names
and order for the columns ACLED has."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from .model import Claim, Event, Evidence, Mention, Place, to_plain

FORMATS = ("jsonl", "acled-csv", "geojson")

#: ACLED's export columns, in ACLED's order
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]


def _place_fields(place: Place) -> dict[str, Any]:
    return {
        "country": place.country,
        "iso3": place.iso3,
        "country_code": place.country_code,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "location": place.location,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
        "geonameid": place.geonameid,
    }


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in items]


def _incident_fields(incident: Event | Mention) -> dict[str, Any]:
    """The fields an event and a mention share: what, when, who and where."""
    return {
        "event_date": incident.event_date.isoformat(),
        "time_precision": incident.time_precision,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": incident.actor1.name if incident.actor1 else None,
        "inter1": incident.actor1.inter if incident.actor1 else None,
        "actor2": incident.actor2.name if incident.actor2 else None,
        "inter2": incident.actor2.inter if incident.actor2 else None,
        **_place_fields(incident.place),
    }


def event_record(event: Event) -> dict[str, Any]:
    """One event in the INTERFACE.md JSON shape."""
    return {
        "event_id": event.event_id,
        **_incident_fields(event),
        "fatalities": event.fatalities,
        "fatalities_low": event.fatalities_low,
        "fatalities_high": event.fatalities_high,
        "injuries": event.injuries,
        "arrests": event.arrests,
        "article_ids": event.article_ids,
        "sources": event.sources,
        "claimants": event.claimants,
        "contradictions": event.contradictions,
        "notes": event.notes,
        "evidence": _evidence(event.evidence),
    }


def mention_record(mention: Mention) -> dict[str, Any]:
    """One mention (an event as one article reports it), in the same shape with `article_id`."""
    return {
        "mention_id": mention.mention_id,
        "event_id": mention.event_id,
        **_incident_fields(mention),
        "fatalities": mention.fatalities.best,
        "fatalities_low": mention.fatalities.low,
        "fatalities_high": mention.fatalities.high,
        "injuries": mention.injuries.best if mention.injuries else None,
        "arrests": mention.arrests.best if mention.arrests else None,
        "killed_or_injured": mention.killed_or_injured,
        "article_id": mention.article_id,
        "sources": [mention.outlet] if mention.outlet else [],
        "claimants": mention.claimants,
        "notes": mention.notes,
        "evidence": _evidence(mention.evidence),
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    record = to_plain(claim)
    record["evidence"] = claim.evidence.to_dict()
    return record


_DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def acled_row(record: dict[str, Any], isonumeric: int | None = None, region: str | None = None) -> dict[str, Any]:
    """An event or mention record as ACLED's columns (the ones ACLED has)."""
    inters = sorted(i for i in (record.get("inter1"), record.get("inter2")) if i)
    # ACLED's numeric interaction: the two inter codes, smaller first; a lone actor is "<code>0"
    interaction = int("".join(str(i) for i in inters)) if len(inters) == 2 else (inters[0] * 10 if inters else None)
    disorder = _DISORDER[record["event_type"]]
    if record["sub_event_type"] == "Excessive force against protesters":
        disorder = "Political violence; Demonstrations"
    sources = record.get("sources") or []
    return {
        "event_id_cnty": record.get("event_id") or record.get("mention_id"),
        "event_date": record["event_date"],
        "year": record["event_date"][:4],
        "time_precision": record["time_precision"],
        "disorder_type": disorder,
        "event_type": record["event_type"],
        "sub_event_type": record["sub_event_type"],
        "actor1": record.get("actor1") or "",
        "assoc_actor_1": "",
        "inter1": record.get("inter1") or "",
        "actor2": record.get("actor2") or "",
        "assoc_actor_2": "",
        "inter2": record.get("inter2") or "",
        "interaction": interaction or "",
        "civilian_targeting": "Civilian targeting" if record.get("inter2") == 7 and record["event_type"] != "Protests" else "",
        "iso": isonumeric or "",
        "region": region or "",
        "country": record.get("country") or "",
        "admin1": record.get("admin1") or "",
        "admin2": record.get("admin2") or "",
        "admin3": "",
        "location": record.get("location") or "",
        "latitude": record.get("latitude") if record.get("latitude") is not None else "",
        "longitude": record.get("longitude") if record.get("longitude") is not None else "",
        "geo_precision": record.get("geo_precision"),
        "source": "; ".join(sources),
        "source_scale": "",
        "notes": record.get("notes") or "",
        "fatalities": record.get("fatalities") or 0,
        "tags": "",
        "timestamp": "",
    }


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_acled_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def geojson_features(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for record in records:
        if record.get("latitude") is None or record.get("longitude") is None:
            continue
        properties = {k: v for k, v in record.items() if k not in ("latitude", "longitude")}
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [record["longitude"], record["latitude"]]},
            "properties": properties,
        }


def write_geojson(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """A FeatureCollection of points, written feature by feature (no whole corpus in memory)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for feature in geojson_features(records):
        out.write((",\n" if count else "") + json.dumps(feature, ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count


def render(records: Iterable[dict[str, Any]], fmt: str, out: TextIO, acled_rows: Iterable[dict[str, Any]] | None = None) -> int:
    if fmt == "jsonl":
        return write_jsonl(records, out)
    if fmt == "geojson":
        return write_geojson(records, out)
    if fmt == "acled-csv":
        return write_acled_csv(acled_rows if acled_rows is not None else (acled_row(r) for r in records), out)
    raise ValueError(f"unknown format {fmt!r}")

