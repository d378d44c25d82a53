"""The event filters shared by /events and /statistics, read from the query string."""

from __future__ import annotations

from datetime import date

from fastapi import Query

from ...errors import BadRequestError
from ...store import BoundingBox, EventFilter

#: a toll above any incident's, below SQLite's integer limit
MAX_FATALITIES = 1_000_000_000


def parse_bbox(value: str) -> BoundingBox:
    """'west,south,east,north' in degrees; west may exceed east (a box across the antimeridian)."""
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise BadRequestError(f"bbox {value!r}: give four numbers, west,south,east,north (e.g. 35.5,32.3,42.4,37.3)",
                              code="bad_bbox") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise BadRequestError(f"bbox {value!r}: longitudes lie within -180..180 and latitudes within -90..90, south below north",
                              code="bad_bbox")
    return BoundingBox(west=west, south=south, east=east, north=north)


def event_filter(
    since: date | None = Query(None, description="events on or after this day (YYYY-MM-DD)"),
    until: date | None = Query(None, description="events on or before this day"),
    country: str | None = Query(None, max_length=100, description="a country name or ISO code (Syria, SY, SYR)"),
    admin1: str | None = Query(None, max_length=200, description="a first-level division, e.g. Homs"),
    event_type: str | None = Query(None, alias="type", max_length=100,
                                   description="an event type or a sub-event type, e.g. Battles or Armed clash"),
    sub_type: str | None = Query(None, max_length=100, description="a sub-event type only, e.g. Air/drone strike"),
    actor: str | None = Query(None, max_length=200, description="part of the name of actor 1 or actor 2 (any case)"),
    min_fatalities: int | None = Query(None, ge=0, le=MAX_FATALITIES, description="at least this many killed"),
    bbox: str | None = Query(None, max_length=200, description="a map box: west,south,east,north in degrees"),
    q: str | None = Query(None, max_length=500, description="words that must all occur in the event's notes or evidence"),
) -> EventFilter:
    return EventFilter(since=since, until=until, country=country, admin1=admin1, event_type=event_type, sub_event_type=sub_type,
                       actor=actor, min_fatalities=min_fatalities, bbox=parse_bbox(bbox) if bbox else None, text=q)
