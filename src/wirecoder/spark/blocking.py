"""Merging in parallel, with exactly the events the local engine makes.

The local merge (merge/incidents.py) is incremental: each mention, in the merge
order (merge/order.py: publication day, article id, then the report's own order), joins the best matching event stored so far or starts one. What it can
see is bounded: events of the mention's own country whose day is within
`reach` = max(merge_corroborated_days, merge_day_window) days of the mention's
day, and an event's day is always one of its mentions' days (fusion picks it
among them). Two facts follow, and the Spark engine is built on them:

1. Components. Within a country, sort the days that have mentions; where two
   consecutive days are more than `reach` apart no mention on one side can ever
   see an event on the other. Each run of days between such gaps (a component)
   can be merged on its own, in merge order, and gives exactly what the whole
   sequence gives. Components are the first blocking key (country x run of days).

2. Weeks, checked. A component longer than `whole_component_days` (a busy
   country reported every day) is cut into blocks of one week (Monday to
   Sunday) as the issue asks. Pass 1 replays each block with the mentions of
   `overlap_days` on either side of its week, so incidents across a boundary
   still merge, and keeps the events it gives to the mentions of its own week.
   Pass 2 checks that guess: each block replays, in merge order, every mention
   of every event that has a mention within `reach` of its week, forcing the
   guessed events, and asks the local decision rule (`find_event`) what each of
   its own week's mentions would do. A mention's decision depends only on the
   events within `reach` of it, all of which the block holds complete, so when
   every mention of every block agrees with the guess, by induction over the
   merge order the guess is what the local engine computes. A component where
   any mention disagrees is merged again whole, in one task, which is exact by (1).

Nothing here re-implements the merge: replays call `merge_mention` and
`find_event` on an in-memory SQLite store, the same code and the same queries
as `wirecoder process`. Event histories come from the final membership: an
event's state after each of its mentions is the fusion of its mentions so far,
so its history is recomputed with `changes_made` in merge order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..merge import changes_made, event_id_for, find_event, fuse, mention_order, merge_mention
from ..merge.order import ArticleOrder
from ..model import Article, Event, EventChange, Mention
from ..settings import Settings

#: a component spanning fewer days than this is merged whole, in one block (exact, no check needed)
WHOLE_COMPONENT_DAYS = 28
#: days of context on each side of a week block in pass 1 (in units of `reach`)
OVERLAP_REACHES = 2


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention with its place in the input: (the article's position, the mention's position in it).
    Replays merge in `merge_position`, as the local engine does."""

    order: tuple[int, int]
    mention: Mention

    @property
    def merge_position(self) -> tuple[ArticleOrder, int]:
        """Where the local engine merges this mention (merge/order.py); the input order breaks no tie
        (two articles of one id are one article)."""
        return mention_order(self.mention)


@dataclass(frozen=True, slots=True)
class Block:
    """A unit of parallel merging: the mentions of one country whose day is in `core` are its own
    (it decides their events); it also sees those in `context` (pass 1)."""

    block_id: str
    country_code: str | None
    component: str
    core: tuple[date, date]
    context: tuple[date, date]
    #: the block is a whole component: its replay is exact and needs no check
    whole: bool

    def owns(self, country_code: str | None, day: date) -> bool:
        return country_code == self.country_code and self.core[0] <= day <= self.core[1]

    def sees(self, country_code: str | None, day: date) -> bool:
        return country_code == self.country_code and self.context[0] <= day <= self.context[1]


def reach_days(settings: Settings) -> int:
    """How many days apart a mention and an event it may join can be (see `_candidates`)."""
    return max(settings.merge_corroborated_days, settings.merge_day_window)


def plan_blocks(days: Iterable[tuple[str | None, date]], settings: Settings, *,
                whole_component_days: int = WHOLE_COMPONENT_DAYS, overlap_days: int | None = None) -> list[Block]:
    """The blocks for mentions on these (country code, day) pairs (repeats allowed)."""
    reach = reach_days(settings)
    overlap = OVERLAP_REACHES * reach if overlap_days is None else overlap_days
    by_country: dict[str | None, set[date]] = defaultdict(set)
    for country_code, day in days:
        by_country[country_code].add(day)
    blocks: list[Block] = []
    for country_code in sorted(by_country, key=lambda c: c or ""):
        for first, last in _components(sorted(by_country[country_code]), reach):
            component = f"{country_code or '-'}/{first.isoformat()}"
            if (last - first).days < whole_component_days:
                blocks.append(Block(component, country_code, component, (first, last), (first, last), True))
                continue
            monday = first - timedelta(days=first.weekday())
            while monday <= last:
                core = (max(first, monday), min(last, monday + timedelta(days=6)))
                context = (max(first, core[0] - timedelta(days=overlap)), min(last, core[1] + timedelta(days=overlap)))
                blocks.append(Block(f"{component}/{core[0].isoformat()}", country_code, component, core, context, False))
                monday += timedelta(days=7)
    return blocks


def _components(days: list[date], reach: int) -> list[tuple[date, date]]:
    """Runs of sorted days, cut where two consecutive days are more than `reach` apart."""
    runs: list[tuple[date, date]] = []
    first = previous = days[0]
    for day in days[1:]:
        if (day - previous).days > reach:
            runs.append((first, previous))
            first = day
        previous = day
    runs.append((first, previous))
    return runs


def _articles(placed: list[Placed]) -> list[tuple[str, list[Mention]]]:
    """The mentions grouped by article, in merge order (as the local engine merges them)."""
    grouped: dict[int, tuple[str, list[Mention]]] = {}
    for item in sorted(placed, key=lambda p: p.merge_position):
        grouped.setdefault(item.order[0], (item.mention.article_id, []))[1].append(item.mention)
    return list(grouped.values())


def _scratch_store():  # type: ignore[no-untyped-def]
    from ..store import SqliteStore  # imported late: executors load it when they first merge

    return SqliteStore(":memory:")


def replay(placed: list[Placed], settings: Settings) -> dict[str, str]:
    """Merge these mentions as the local engine does, in merge order: mention id -> event id."""
    store = _scratch_store()
    assigned: dict[str, str] = {}
    try:
        for article_id, mentions in _articles(placed):
            store.add_article(Article(id=article_id, text=""), mentions, [])
            for mention in mentions:
                event, _ = merge_mention(mention, store, settings)
                # every mention of the event: it may have taken in another event's mentions (merge_mention)
                assigned.update((told, event.event_id) for told in event.mention_ids)
    finally:
        store.close()
    return assigned


def disagreements(placed: list[Placed], own: set[str], assigned: dict[str, str], settings: Settings) -> list[str]:
    """The mentions of `own` whose event the local rule would choose differently, given that every
    mention of `placed` before them went where `assigned` says (pass 2; see the module's docstring)."""
    store = _scratch_store()
    wrong: list[str] = []
    try:
        for article_id, mentions in _articles(placed):
            store.add_article(Article(id=article_id, text=""), mentions, [])
            for mention in mentions:
                event_id = assigned[mention.mention_id]
                if mention.mention_id in own:
                    chosen = find_event(mention, store, settings)
                    if (chosen.event_id if chosen else event_id_for(mention.mention_id)) != event_id:
                        wrong.append(mention.mention_id)
                existing = store.event(event_id)
                if existing is None and event_id != event_id_for(mention.mention_id):
                    # the guess joins an event this block never saw start: it cannot be checked here
                    wrong.append(mention.mention_id)
                    event = fuse(event_id, [mention])
                else:
                    together = (store.mentions_of(event_id) if existing else []) + [mention]
                    event = fuse(event_id, together)
                store.save_event(event)
    finally:
        store.close()
    return wrong


def assemble(event_id: str, placed: list[Placed]) -> tuple[Event, list[EventChange]]:
    """An event from all its mentions and its history, as the local engine records it: each mention,
    in merge order, turns the fusion of those before it into the fusion of those up to it."""
    ordered = [p.mention for p in sorted(placed, key=lambda p: p.merge_position)]
    history: list[EventChange] = []
    before: Event | None = None
    for number in range(1, len(ordered) + 1):
        after = fuse(event_id, ordered[:number])
        history.extend(changes_made(before, after, ordered[number - 1]))
        before = after
    assert before is not None, "an event has at least one mention"
    return before, history


def owner(blocks: list[Block], country_code: str | None, day: date) -> Block:
    """The block a mention on this day belongs to (exactly one does)."""
    return next(b for b in blocks if b.owns(country_code, day))


def check_routes(guessed: Iterable[tuple[str, str, str | None, date]], blocks: list[Block],
                 settings: Settings) -> dict[str, list[str]]:
    """Pass 2's routing: mention id -> the week blocks that must replay it. A block replays every mention
    of every event (as guessed: (mention id, event id, country code, day)) with a mention within `reach`
    of its week, so that it holds, complete, every event its own mentions could join."""
    reach = timedelta(days=reach_days(settings))
    windows: dict[str | None, list[tuple[str, date, date]]] = defaultdict(list)
    for block in blocks:
        if not block.whole:
            windows[block.country_code].append((block.block_id, block.core[0] - reach, block.core[1] + reach))
    members: dict[str, list[str]] = defaultdict(list)
    checkers: dict[str, set[str]] = defaultdict(set)
    for mention_id, event_id, country_code, day in guessed:
        members[event_id].append(mention_id)
        for block_id, first, last in windows.get(country_code, []):
            if first <= day <= last:
                checkers[event_id].add(block_id)
    routes: dict[str, list[str]] = defaultdict(list)
    for event_id, block_ids in checkers.items():
        for mention_id in members[event_id]:
            routes[mention_id].extend(sorted(block_ids))
    return dict(routes)


@dataclass
class BlockedMerge:
    """The outcome of merging by block: mention id -> event id, and what the check found."""

    assigned: dict[str, str]
    blocks: list[Block]
    disagreements: int = 0
    remerged_components: set[str] | None = None


def merge_blocked(placed: list[Placed], settings: Settings, *, whole_component_days: int = WHOLE_COMPONENT_DAYS,
                  overlap_days: int | None = None, check: bool = True) -> BlockedMerge:
    """The block merge in this process, one block after another: what the Spark engine does on its
    executors (engine._merge), written out plainly; for tests and for reading."""
    blocks = plan_blocks(((p.mention.place.country_code, p.mention.event_date) for p in placed), settings,
                         whole_component_days=whole_component_days, overlap_days=overlap_days)

    def where(p: Placed) -> tuple[str | None, date]:
        return p.mention.place.country_code, p.mention.event_date

    guessed = []
    for block in blocks:  # pass 1
        assigned = replay([p for p in placed if block.sees(*where(p))], settings)
        guessed += [(p.mention.mention_id, assigned[p.mention.mention_id], *where(p)) for p in placed if block.owns(*where(p))]
    result = BlockedMerge({mention_id: event_id for mention_id, event_id, _, _ in guessed}, blocks, 0, set())
    if not check:
        return result
    routes = check_routes(guessed, blocks, settings)
    for block in blocks:  # pass 2
        if block.whole:
            continue
        seen = [p for p in placed if block.block_id in routes.get(p.mention.mention_id, [])]
        own = {p.mention.mention_id for p in seen if block.owns(*where(p))}
        wrong = disagreements(seen, own, result.assigned, settings)
        if wrong:
            result.disagreements += len(wrong)
            result.remerged_components.add(block.component)
    for component in sorted(result.remerged_components):  # a whole component again, exact
        result.assigned.update(replay([p for p in placed if owner(blocks, *where(p)).component == component], settings))
    return result
