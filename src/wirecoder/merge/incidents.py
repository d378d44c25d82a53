"""Same incident: attach each new mention to the event it reports, or start a new one.

v1 rule (DOMAIN.md, issue 2): mentions from different articles are the same
incident when they are in the same country, their days differ by at most
`merge_day_window`, their places are the same or within `merge_distance_km`,
and their types are compatible. A mention never joins an event that already
holds a mention of its own article (the article's own reading keeps its
incidents apart). Event ids derive from the first mention's id, so the same
input gives the same ids on every run.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from ..geo import distance_km
from ..model import Event, Mention, types_compatible
from ..settings import Settings
from ..store import Store
from .fusion import fuse


def event_id_for(mention_id: str) -> str:
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


def _same_place(mention: Mention, event: Event, settings: Settings) -> bool:
    a, b = mention.place, event.place
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if (a.location, a.admin1, a.country_code) == (b.location, b.admin1, b.country_code):
        return True
    if a.geo_precision == 3 or b.geo_precision == 3:
        return False  # a province and a town in it are not known to be the same place
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= settings.merge_distance_km


def _score(mention: Mention, event: Event) -> tuple[int, float]:
    """Lower is better: day difference, then distance."""
    days = abs((mention.event_date - event.event_date).days)
    return days, distance_km(mention.place.latitude, mention.place.longitude, event.place.latitude, event.place.longitude)


def find_event(mention: Mention, store: Store, settings: Settings) -> Event | None:
    window = timedelta(days=settings.merge_day_window)
    candidates = [
        event for event in store.nearby_events(mention.place.country_code, mention.event_date - window, mention.event_date + window)
        if mention.article_id not in event.article_ids
        and types_compatible(mention.sub_event_type, event.sub_event_type)
        and _same_place(mention, event, settings)
    ]
    return min(candidates, key=lambda e: _score(mention, e)) if candidates else None


def merge_mention(mention: Mention, store: Store, settings: Settings) -> tuple[Event, bool]:
    """Store the mention's event (new or updated); True when a new event was created."""
    existing = find_event(mention, store, settings)
    if existing is None:
        event = fuse(event_id_for(mention.mention_id), [mention])
        store.save_event(event)
        return event, True
    mentions = [m for m in store.mentions_of(existing.event_id) if m.mention_id != mention.mention_id] + [mention]
    event = fuse(existing.event_id, mentions)
    store.save_event(event)
    return event, False
