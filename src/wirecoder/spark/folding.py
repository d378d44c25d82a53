"""Folding follow-ups after the block merge, with exactly the local engine's result.

The local engine, once every report of a run is merged, folds each event that only
follow-up reports dated by themselves tell into the older event they follow
(merge/follow_ups.py). That looks back years, beyond the reach blocking relies on,
so the Spark engine does it after the block merge, with the same function on a
scratch store that holds every event it could read:

1. the follow-ups' events: those all of whose mentions are `dated_by_report`
   (few: a court's or a police report's share of a crawl);
2. the events it could join: an event's day and place are always one of its
   mentions' (fusion picks them among them), so every event with a mention in a
   follow-up's window of days and a mention within its distance is gathered
   (`FoldReach`: a superset of what the store's query returns);
3. `fold_follow_ups` runs over those events in a scratch store, in merge order, as
   locally; it says which events went into which, and records the history entries
   of each fold, in the order the local store records them.

An event that took in others has the history the local store keeps: each event's
entries in the merge order of the mentions that made them (the local engine merges
in that order, whichever event a mention went to), then the folds'.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..geo import distance_km
from ..merge import changes_made, fold_follow_ups, fuse
from ..model import Article, Event, EventChange
from ..settings import Settings
from .blocking import Placed, _articles, _scratch_store


def follow_up_events(assigned: dict[str, str], flagged: Iterable[str]) -> set[str]:
    """The events all of whose mentions are follow-ups dated by themselves (`flagged` mention ids)."""
    flagged_in = Counter(assigned[mention_id] for mention_id in flagged)
    if not flagged_in:
        return set()
    members = Counter(event_id for event_id in assigned.values() if event_id in flagged_in)
    return {event_id for event_id, count in flagged_in.items() if count == members[event_id]}


@dataclass(frozen=True, slots=True)
class FoldWindow:
    """Where the events a follow-up's event could join lie: its country, a span of days before it,
    within a distance of its place."""

    country_code: str | None
    first_day: date
    last_day: date
    latitude: float
    longitude: float
    km: float


def fold_window(event: Event, settings: Settings) -> FoldWindow | None:
    """The window of a follow-up's event (as `merge/follow_ups._followed_event` queries it), or None
    when it is placed no better than a province and joins nothing."""
    if event.place.geo_precision >= 3:
        return None
    return FoldWindow(event.place.country_code, event.event_date - timedelta(days=settings.merge_follow_up_days),
                      event.event_date - timedelta(days=settings.merge_corroborated_days + 1),
                      event.place.latitude, event.place.longitude, settings.merge_corroborated_km)


#: the side of the grid cells FoldReach files windows' places in, in degrees
_CELL_DEGREES = 1.0
_KM_PER_DEGREE = 111.32


class FoldReach:
    """The follow-ups' windows, indexed so that every mention of a crawl is checked quickly (a crawl's
    follow-ups are thousands): their places in a grid of one-degree cells. An event may be one a
    follow-up joins when one of its mentions is near a window's place and one (the same or another)
    lies in that window's days: the event's place and day are each one of its mentions'."""

    def __init__(self, windows: list[FoldWindow]) -> None:
        self._windows = windows
        self._cells: dict[tuple[str | None, int, int], list[int]] = defaultdict(list)
        for index, window in enumerate(windows):
            self._cells[(window.country_code, *_cell(window.latitude, window.longitude))].append(index)
        self._km = max((w.km for w in windows), default=0.0)

    @classmethod
    def of(cls, follow_ups: dict[str, list[Placed]], settings: Settings) -> FoldReach:
        """The reach of the follow-ups' events, each event fused from its mentions."""
        windows = (fold_window(fuse(event_id, [p.mention for p in placed]), settings) for event_id, placed in follow_ups.items())
        return cls([window for window in windows if window is not None])

    def near(self, country_code: str | None, latitude: float, longitude: float) -> frozenset[int]:
        """The windows (by number) whose place a mention's is near."""
        row, column = _cell(latitude, longitude)
        rows = math.ceil(self._km / (_KM_PER_DEGREE * _CELL_DEGREES))
        # a degree of longitude shrinks towards the poles: look as many cells east and west as the distance spans
        shrink = max(math.cos(math.radians(min(abs(latitude) + rows * _CELL_DEGREES, 89.9))), 1e-3)
        columns = min(math.ceil(self._km / (_KM_PER_DEGREE * _CELL_DEGREES * shrink)), int(360 / _CELL_DEGREES))
        found = set()
        for near_row in range(row - rows, row + rows + 1):
            for near_column in range(column - columns, column + columns + 1):
                for index in self._cells.get((country_code, near_row, near_column), ()):
                    window = self._windows[index]
                    if distance_km(window.latitude, window.longitude, latitude, longitude) <= window.km:
                        found.add(index)
        return frozenset(found)

    def reaches(self, near: Iterable[int], days: Iterable[date]) -> bool:
        """Whether an event whose mentions are near these windows, on these days, lies in one of them."""
        days = list(days)
        return any(self._windows[index].first_day <= day <= self._windows[index].last_day for index in near for day in days)


def _cell(latitude: float, longitude: float) -> tuple[int, int]:
    return math.floor(latitude / _CELL_DEGREES), math.floor(longitude / _CELL_DEGREES)


@dataclass
class Folds:
    """What folding did: event id -> the event it went into (at last), and the fold entries each
    receiving event's history ends with."""

    into: dict[str, str]
    changes: dict[str, list[EventChange]]


def fold(placed: list[Placed], assigned: dict[str, str], follow_up_ids: set[str], settings: Settings) -> Folds:
    """Fold the follow-ups' events as the local engine does, on a scratch store holding these mentions'
    events (the follow-ups' and every event they could join, each complete)."""
    store = _scratch_store()
    try:
        for article_id, mentions in _articles(placed):
            store.add_article(Article(id=article_id, text=""), mentions, [])
        members: dict[str, list[Placed]] = defaultdict(list)
        for item in placed:
            members[assigned[item.mention.mention_id]].append(item)
        for event_id in sorted(members):
            store.save_event(fuse(event_id, [p.mention for p in members[event_id]]))
        into: dict[str, str] = {}
        for folded, joined in fold_follow_ups(sorted(follow_up_ids), store, settings):
            # (an event folded before into the one now folded went, with it, into `joined`)
            into.update({earlier: joined for earlier, went in into.items() if went == folded})
            into[folded] = joined
        changes = {joined: store.history(joined) for joined in set(into.values())}
    finally:
        store.close()
    return Folds(into, changes)


def assemble_folded(event_id: str, placed: list[Placed], merged_into: dict[str, str],
                    fold_changes: list[EventChange]) -> tuple[Event, list[EventChange]]:
    """An event that took in follow-ups' events, with its history as the local store keeps it: the
    entries of each event it was made of (`merged_into`: mention id -> the event it was merged into,
    before folding), in the merge order of the mentions that made them, then the folds' entries."""
    groups: dict[str, list[Placed]] = defaultdict(list)
    for item in placed:
        groups[merged_into.get(item.mention.mention_id, event_id)].append(item)
    timeline = []
    for group_id, members in groups.items():
        ordered = sorted(members, key=lambda p: p.merge_position)
        before: Event | None = None
        for number in range(1, len(ordered) + 1):
            after = fuse(group_id, [p.mention for p in ordered[:number]])
            made = changes_made(before, after, ordered[number - 1].mention)
            timeline += [(ordered[number - 1].merge_position, index, change) for index, change in enumerate(made)]
            before = after
    timeline.sort(key=lambda entry: (entry[0], entry[1]))
    history = [replace(change, event_id=event_id) for _, _, change in timeline]
    history += [replace(change, event_id=event_id, recorded_at=None) for change in fold_changes]
    return fuse(event_id, [p.mention for p in placed]), history
