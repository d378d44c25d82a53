"""Follow-ups: a report of a trial, a plea or an arrest joins the event of the incident it follows.

A follow-up report often names its incident with no day of its own ("Man pleads
guilty in killing of store clerk"): its mention is dated by the report
(Mention.dated_by_report), months or years after the incident, so merging by day
never meets the incident's event and the follow-up starts an event of its own: one
incident counted twice, the second on the day of a hearing.

Once every report of a run is merged, each event that only such follow-ups tell is
folded into the older event it follows, when there is one:
- older than the merge's own reach (`merge_corroborated_days`; nearer events the
  merge has already judged) and at most `merge_follow_up_days` before it;
- in the same country, within `merge_corroborated_km`, both placed at least at a
  town (a province's centre says nothing), of compatible type, sharing no article;
  not a strategic development (an arrest, a deal: an event of its own day);
- naming two of the same people, or one of them with the same dead (someone
  dead); names several events nearby carry (a police chief's) do not count.
  One shared name alone is too weak over years: a spokesman, a reporter or a
  victim's relative in two cases.
Of several, the one sharing most names wins, then the one with the same dead, then
the latest. Events go in the merge order of their first report, so the engines
(process.py, and the Spark engine after its block merge) fold alike.

Folding is a step after merging, not part of it: merging looks only `reach` days
around a report, which lets the Spark engine merge blocks of days apart and still
give exactly the local result (spark/blocking.py); a follow-up looks back years, so
it is done once the events it could join are complete.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from ..geo import distance_km
from ..model import Event, EventChange, Mention, family, types_compatible
from ..settings import Settings
from ..store import Store
from .fusion import fuse
from .history import changes_made
from .incidents import DISTINCTIVE_SPREAD, _spread
from .order import mention_order


def fold_follow_ups(event_ids: Iterable[str], store: Store, settings: Settings) -> list[tuple[str, str]]:
    """Fold each of these events that only follow-ups dated by themselves tell into the older event of
    its incident, in the merge order of their first reports: (folded event id, event id it joined)."""
    pending = []
    for event_id in dict.fromkeys(event_ids):
        mentions = _follow_up_mentions(event_id, store)
        if mentions:
            pending.append((min(mention_order(m) for m in mentions), event_id))
    folded = []
    for _, event_id in sorted(pending):
        with store.transaction():
            event = store.event(event_id)
            mentions = _follow_up_mentions(event_id, store)
            older = _followed_event(event, store, settings) if event is not None and mentions else None
            if event is None or older is None:
                continue
            joined = fuse(older.event_id, store.mentions_of(older.event_id) + mentions)
            store.save_event(joined)
            store.fold_event(event_id, older.event_id)
            store.record_changes(follow_up_changes(older, event, joined, min(mentions, key=mention_order)))
            folded.append((event_id, older.event_id))
    return folded


def _follow_up_mentions(event_id: str, store: Store) -> list[Mention]:
    """The event's mentions when every one is a follow-up dated by itself, else none."""
    mentions = store.mentions_of(event_id)
    return mentions if mentions and all(m.dated_by_report for m in mentions) else []


def _followed_event(event: Event, store: Store, settings: Settings) -> Event | None:
    """The older event a follow-up's event tells again, if one is stored (see the module's docstring)."""
    place, day = event.place, event.event_date
    if place.geo_precision >= 3 or family(event.sub_event_type) == "strategic":
        return None  # (an arrest, a deal: an event of its own day, whatever it follows)
    older = [
        other for other in store.nearby_events(
            place.country_code, day - timedelta(days=settings.merge_follow_up_days),
            day - timedelta(days=settings.merge_corroborated_days + 1),
            around=(place.latitude, place.longitude, settings.merge_corroborated_km))
        if other.event_id != event.event_id and other.place.geo_precision < 3
        and not set(other.article_ids).intersection(event.article_ids)
        and types_compatible(event.sub_event_type, other.sub_event_type)
        and distance_km(place.latitude, place.longitude, other.place.latitude, other.place.longitude) <= settings.merge_corroborated_km
    ]
    spread = _spread(older, settings)
    own = {i for i in event.identifiers if i.startswith("name:")}
    best: tuple[tuple[int, bool, str, str], Event] | None = None
    for other in older:
        names = sum(1 for i in own.intersection(other.identifiers) if spread[i] <= DISTINCTIVE_SPREAD)
        same_dead = event.fatalities == other.fatalities > 0
        if names >= FOLLOW_UP_NAMES or (names and same_dead):
            key = (names, same_dead, other.event_date.isoformat(), other.event_id)
            if best is None or key > best[0]:
                best = (key, other)
    return best[1] if best else None


#: names a follow-up and an older event must share (one is enough with the same dead)
FOLLOW_UP_NAMES = 2


def follow_up_changes(before: Event, follow_up: Event, after: Event, first: Mention) -> list[EventChange]:
    """The history entries of an event a follow-up's event was folded into: the join, then what it changed."""
    joined = EventChange(event_id=after.event_id, change="event joined", article_id=first.article_id,
                         detail=f"joined with event {follow_up.event_id} ({len(follow_up.article_ids)} articles): "
                                f"a follow-up report of this incident, naming the same people")
    return [joined] + changes_made(before, after, first)
