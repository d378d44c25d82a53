"""/events: list events (filters, cursor pages, JSON or GeoJSON) and show one with all it was made from."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request, Response

from ...errors import BadRequestError, NotFoundError
from ...export import geojson_features
from ...settings import Settings
from ...store import EventFilter
from ..errors import error_responses
from ..schemas import ChangeOut, EventDetail, EventFeatureCollection, EventOut, EventPage, MentionOut
from ..views import encode_cursor, event_cursor, event_sources
from .filters import event_filter


#: what `fields` may name: an event's fields (the coordinates are the features' geometry, always given)
_EVENT_FIELDS = tuple(name for name in EventOut.model_fields if name not in ("latitude", "longitude"))


def _properties(fields: str, format: str) -> list[str]:
    """The fields `fields` names, checked, with the coordinates that place each feature."""
    if format != "geojson":
        raise BadRequestError("fields chooses the properties of GeoJSON features: add format=geojson", code="bad_fields")
    names = list(dict.fromkeys(name.strip() for name in fields.split(",") if name.strip()))
    unknown = [name for name in names if name not in _EVENT_FIELDS]
    if unknown or not names:
        raise BadRequestError(f"fields {fields!r}: name some of {', '.join(_EVENT_FIELDS)}", code="bad_fields")
    return [*names, "latitude", "longitude"]


def router(settings: Settings) -> APIRouter:
    routes = APIRouter(tags=["events"])

    @routes.get("/events", response_model=EventPage | EventFeatureCollection, responses=error_responses())
    def list_events(
        request: Request,
        selection: EventFilter = Depends(event_filter),
        limit: int = Query(settings.api_page_size, ge=1, le=settings.api_max_page_size, description="events per page"),
        cursor: str | None = Query(None, max_length=1000, description="the next_cursor of the previous page"),
        format: Literal["json", "geojson"] = Query("json", description="a page of events, or a GeoJSON FeatureCollection"),
        fields: str | None = Query(None, max_length=1000,
                                   description="with format=geojson: only these properties, comma-separated (e.g. "
                                               "event_id,event_date,location,geo_precision,fatalities): lighter map pages"),
    ) -> Response:
        """Events by day (oldest first), then event id, a page at a time."""
        kept = _properties(fields, format) if fields else None
        after = event_cursor(cursor) if cursor else None
        with request.app.state.access.reading() as store:
            found = list(store.events(replace(selection, after=after, limit=limit + 1)))
        page = found[:limit]
        next_cursor = encode_cursor(page[-1].event_date.isoformat(), page[-1].event_id) if len(found) > limit else None
        records = [EventOut.record(e) for e in page]
        if kept is not None:
            records = [{name: record[name] for name in kept} for record in records]
        if format == "geojson":
            body: dict = {"type": "FeatureCollection", "features": list(geojson_features(records)), "next_cursor": next_cursor}
        else:
            body = {"events": records, "next_cursor": next_cursor}
        # The hot path: the export records are written out as they are, not validated again on the way
        # (that doubled the server's work per page); the schema tests check them against the models.
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")

    @routes.get("/events/{event_id}", response_model=EventDetail, responses=error_responses(404))
    def get_event(event_id: str, request: Request) -> EventDetail:
        """One event with its mentions (one per report, with their evidence), its sources (independent
        reports and copies), its claimants and its history."""
        with request.app.state.access.reading() as store:
            event = store.event(event_id)
            if event is None:
                raise NotFoundError(f"no event {event_id!r}: event ids are in /events", code="event_not_found")
            mentions = store.mentions_of(event_id)
            articles = {a: article for a in event.article_ids if (article := store.article(a)) is not None}
            history = store.history(event_id)
        return EventDetail(event=EventOut.from_event(event), mentions=[MentionOut.from_mention(m) for m in mentions],
                           sources=event_sources(event, mentions, articles), history=[ChangeOut.from_change(c) for c in history])

    return routes
