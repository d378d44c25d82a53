"""Folding follow-ups after the block merge (spark/folding.py), in this process: the same events and
histories as the local engine's merge then fold. Our own hand-made mentions; no Spark needed."""

from __future__ import annotations

from datetime import date

from wirecoder.merge import fold_follow_ups, merge_mention
from wirecoder.model import Article, Count, Evidence, Mention, Place, to_plain
from wirecoder.settings import Settings
from wirecoder.spark import folding
from wirecoder.spark.blocking import Placed, assemble, replay
from wirecoder.store import SqliteStore

SETTINGS = Settings()

DAYTON = Place(location="Dayton", country="United States", country_code="US", iso3="USA", admin1="Ohio",
               admin2="Montgomery County", latitude=39.76, longitude=-84.19, geo_precision=1, feature="city")
TOLEDO = Place(location="Toledo", country="United States", country_code="US", iso3="USA", admin1="Ohio",
               admin2="Lucas County", latitude=41.66, longitude=-83.56, geo_precision=1, feature="city")


def _placed(seq: int, article_id: str, day: date, published: date, *, killed: int = 2, place: Place = DAYTON,
            names: tuple[str, ...] = ("name:marcus greene", "name:tyrell banks"), follow_up: bool = False) -> Placed:
    mention = Mention(
        mention_id=f"{article_id}:m1", article_id=article_id, event_type="Violence against civilians", sub_event_type="Attack",
        event_date=day, time_precision=1, place=place, fatalities=Count.exact(killed),
        evidence=[Evidence(article_id, 0, 12, f"told by {article_id}")], outlet=f"Outlet {seq}", published=published,
        identifiers=sorted(names), dated_by_report=follow_up,
    )
    return Placed((seq, 0), mention)


def _reports() -> list[Placed]:
    """A shooting; a plea ten months on (dated by itself); a look back a year on, dated by the shooting's
    day (it joins the shooting while merging, after the plea in merge order); and a shooting elsewhere."""
    return [
        _placed(0, "plea", date(2012, 1, 19), date(2012, 1, 20), names=("name:marcus greene", "name:tyrell banks",
                                                                         "name:derrick olson"), follow_up=True),
        _placed(1, "shooting", date(2011, 3, 8), date(2011, 3, 9)),
        _placed(2, "a-year-on", date(2011, 3, 8), date(2012, 3, 8), killed=1),
        _placed(3, "toledo", date(2011, 3, 8), date(2011, 3, 9), place=TOLEDO, names=("name:ann wu",)),
    ]


def _local(placed: list[Placed]) -> dict[str, tuple[dict, list]]:
    """What the local engine stores: merge in merge order, then fold the follow-ups' events."""
    store = SqliteStore(":memory:")
    follow_ups = []
    for item in sorted(placed, key=lambda p: p.merge_position):
        mention = item.mention
        store.add_article(Article(id=mention.article_id, text=""), [mention], [])
        event, _ = merge_mention(mention, store, SETTINGS)
        if mention.dated_by_report:
            follow_ups.append(event.event_id)
    assert fold_follow_ups(follow_ups, store, SETTINGS) != []
    events = {e.event_id: (to_plain(e), [(c.change, c.detail, c.article_id) for c in store.history(e.event_id)])
              for e in store.events()}
    store.close()
    return events


def _folded_as_spark_does(placed: list[Placed]) -> dict[str, tuple[dict, list]]:
    assigned = replay(placed, SETTINGS)
    follow_ups = folding.follow_up_events(assigned, [p.mention.mention_id for p in placed if p.mention.dated_by_report])
    theirs = {event_id: [p for p in placed if assigned[p.mention.mention_id] == event_id] for event_id in follow_ups}
    reach = folding.FoldReach.of(theirs, SETTINGS)
    reached: dict[str, tuple[frozenset, frozenset]] = {}
    for p in placed:
        near = reach.near(p.mention.place.country_code, p.mention.place.latitude, p.mention.place.longitude)
        was = reached.get(assigned[p.mention.mention_id], (frozenset(), frozenset()))
        reached[assigned[p.mention.mention_id]] = (was[0] | near, was[1] | {p.mention.event_date})
    wanted = {event_id for event_id, (near, days) in reached.items() if reach.reaches(near, days)} | follow_ups
    assert "toledo:m1" not in {p.mention.mention_id for p in placed if assigned[p.mention.mention_id] in wanted}
    folds = folding.fold([p for p in placed if assigned[p.mention.mention_id] in wanted], assigned, follow_ups, SETTINGS)
    merged_into = {m: e for m, e in assigned.items() if e in folds.into}
    final = {m: folds.into.get(e, e) for m, e in assigned.items()}
    events = {}
    for event_id in set(final.values()):
        members = [p for p in placed if final[p.mention.mention_id] == event_id]
        if event_id in folds.changes:
            event, history = folding.assemble_folded(event_id, members, merged_into, folds.changes[event_id])
        else:
            event, history = assemble(event_id, members)
        events[event_id] = (to_plain(event), [(c.change, c.detail, c.article_id) for c in history])
    return events


def test_folding_after_the_merge_gives_the_local_events_and_histories() -> None:
    placed = _reports()
    local = _local(placed)
    assert len(local) == 2  # the Dayton shooting with its plea and look back; Toledo
    (dayton,) = [history for event, history in local.values() if event["place"]["location"] == "Dayton"]
    # the look back joined while merging, after the plea's event was made: the local store keeps them in that order
    assert [(change, article) for change, _, article in dayton] == [
        ("created", "shooting"), ("created", "plea"), ("source added", "a-year-on"), ("fatalities revised", "a-year-on"),
        ("event joined", "plea"), ("source added", "plea")]
    assert _folded_as_spark_does(placed) == local


def test_no_follow_up_no_fold() -> None:
    assigned = {"a:m1": "ev-1", "b:m1": "ev-1", "c:m1": "ev-2"}
    assert folding.follow_up_events(assigned, ["a:m1", "c:m1"]) == {"ev-2"}  # ev-1 has a report with its own day
    assert folding.follow_up_events(assigned, []) == set()


def test_the_reach_finds_events_near_a_window_and_in_its_days() -> None:
    windows = [folding.FoldWindow("US", date(2011, 1, 1), date(2011, 6, 30), 39.76, -84.19, 50.0),
               folding.FoldWindow("US", date(2011, 6, 1), date(2011, 12, 31), 64.84, -147.72, 50.0),  # Fairbanks
               folding.FoldWindow("CA", date(2015, 1, 1), date(2015, 2, 1), 45.50, -73.57, 50.0)]
    reach = folding.FoldReach(windows)
    assert reach.near("US", 39.50, -84.50) == {0}  # ~40 km from Dayton
    assert reach.near("US", 40.30, -84.19) == frozenset()  # ~60 km north
    assert reach.near("US", 64.84, -146.78) == {1}  # near the pole a degree of longitude is short: two cells, ~45 km
    assert reach.near("CA", 39.76, -84.19) == frozenset()  # another country
    assert reach.reaches({0}, [date(2012, 1, 1), date(2011, 3, 1)])
    # near Dayton on a day only Fairbanks' window spans: not in reach
    assert not reach.reaches({0}, [date(2011, 9, 1)])
    assert reach.reaches({0, 1}, [date(2011, 9, 1)])
