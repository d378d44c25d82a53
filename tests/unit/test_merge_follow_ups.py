"""Follow-ups (merge/follow_ups.py): the event of a trial's, a plea's or an arrest's report, dated only by
the report, joins the older event of its incident once all is merged; on both stores. Our own mentions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wirecoder.merge import event_id_for, fold_follow_ups, fuse, merge_mention
from wirecoder.model import Article, Count, Evidence, Mention, Place
from wirecoder.settings import Settings
from wirecoder.store import Store, open_store

SETTINGS = Settings()

DAYTON = Place(location="Dayton", country="United States", country_code="US", iso3="USA", admin1="Ohio",
               admin2="Montgomery County", latitude=39.76, longitude=-84.19, geo_precision=1, feature="city")
KETTERING = replace(DAYTON, location="Kettering", latitude=39.69, longitude=-84.17)  # ~8 km south
COLUMBUS = replace(DAYTON, location="Columbus", admin2="Franklin County", latitude=39.96, longitude=-83.00)  # ~105 km
OHIO = replace(DAYTON, location="Ohio", admin2=None, latitude=40.37, longitude=-82.99, geo_precision=3, feature="admin1")
INDIANA_TOWN = replace(DAYTON, location="Richmond", country_code="XX", admin1="Indiana")  # (another country: test only)

SHOOTING = ("Violence against civilians", "Attack")
AGREEMENT = ("Strategic developments", "Agreement")
ARRESTS = ("Strategic developments", "Arrests")
GREENE, BANKS, OLSON, COLE = "name:marcus greene", "name:tyrell banks", "name:derrick olson", "name:lee cole"


def _mention(article_id: str, day: date, *, killed: int = 2, place: Place = DAYTON, names: tuple[str, ...] = (GREENE, BANKS),
             follow_up: bool = False, published: date | None = None, kind: tuple[str, str] = SHOOTING) -> Mention:
    return Mention(
        mention_id=f"{article_id}:m1", article_id=article_id, event_type=kind[0], sub_event_type=kind[1],
        event_date=day, time_precision=1, place=place, fatalities=Count.exact(killed),
        evidence=[Evidence(article_id, 0, 20, f"evidence of {article_id}")], outlet=f"Outlet {article_id}",
        published=published or day, identifiers=sorted(names), dated_by_report=follow_up,
    )


INCIDENT = date(2011, 3, 8)
PLEA = date(2012, 1, 19)  # ten months later


def _plea(article_id: str = "plea", **changes) -> Mention:
    return _mention(article_id, PLEA, **{"follow_up": True, **changes})


@pytest.fixture
def store(databases) -> Store:
    opened = open_store(databases.scratch())
    yield opened
    opened.close()


def _merge(store: Store, *mentions: Mention) -> list[tuple[str, str]]:
    """Store and merge each mention (each its own article) in order, then fold, as process() does."""
    follow_ups = []
    for mention in mentions:
        with store.transaction():
            store.add_article(Article(id=mention.article_id, text="text", content_hash=mention.article_id), [mention], [])
            event, _ = merge_mention(mention, store, SETTINGS)
            if mention.dated_by_report:
                follow_ups.append(event.event_id)
    return fold_follow_ups(follow_ups, store, SETTINGS)


def test_a_follow_up_dated_by_itself_joins_the_older_event_naming_the_same_two_people(store: Store) -> None:
    folded = _merge(store, _mention("shooting", INCIDENT), _plea(names=(GREENE, BANKS, OLSON)))
    assert folded == [(event_id_for("plea:m1"), event_id_for("shooting:m1"))]
    (event,) = store.events()
    # the older event keeps its id and its day: the plea's day is the report's, not the incident's
    assert (event.event_id, event.event_date, event.article_ids) == (event_id_for("shooting:m1"), INCIDENT, ["shooting", "plea"])
    assert event.identifiers == sorted([GREENE, BANKS, OLSON])
    changes = [(c.change, c.article_id) for c in store.history(event.event_id)]
    assert changes == [("created", "shooting"), ("created", "plea"), ("event joined", "plea"), ("source added", "plea")]
    assert store.event(event_id_for("plea:m1")) is None


def test_one_shared_name_needs_the_same_dead(store: Store, databases) -> None:
    assert _merge(store, _mention("shooting", INCIDENT, names=(GREENE,)), _plea(names=(GREENE, OLSON))) != []
    for older_dead in (1, 0):  # a name alone, over months, may be a relative or a spokesman in another case
        other = open_store(databases.new())
        try:
            assert _merge(other, _mention("shooting", INCIDENT, killed=older_dead, names=(GREENE,)), _plea(names=(GREENE, OLSON))) == []
            assert other.count("events") == 2
        finally:
            other.close()


@pytest.mark.parametrize("changes", [
    {"place": COLUMBUS},  # further than merge_corroborated_km
    {"place": INDIANA_TOWN},  # another country
    {"place": OHIO},  # the state alone: its centre says nothing
    {"follow_up": False},  # a report with its own day: merging has judged it
    {"kind": AGREEMENT},  # news of another kind (a deal)
], ids=["far", "abroad", "province", "own-day", "other-kind"])
def test_no_fold(store: Store, changes: dict) -> None:
    assert _merge(store, _mention("shooting", INCIDENT), _plea(**changes)) == []
    assert store.count("events") == 2


def test_a_follow_up_reaches_back_merge_follow_up_days_and_no_further(store: Store, databases) -> None:
    assert _merge(store, _mention("shooting", date(2009, 1, 20)), _plea()) != []  # three years before
    other = open_store(databases.new())
    try:
        assert _merge(other, _mention("shooting", date(2008, 12, 1)), _plea()) == []
    finally:
        other.close()


def test_a_nearby_town_joins_and_the_latest_of_two_equal_events_wins(store: Store) -> None:
    folded = _merge(store, _mention("first", date(2010, 5, 1)), _mention("second", INCIDENT, place=KETTERING, names=(OLSON, COLE)),
                    _plea(names=(GREENE, BANKS, OLSON, COLE)))
    assert folded == [(event_id_for("plea:m1"), event_id_for("second:m1"))]


def test_names_several_older_events_carry_are_common_talk(store: Store) -> None:
    # two older incidents both name the same two people (a detective and a spokesman, say): neither is told apart
    folded = _merge(store, _mention("first", date(2010, 5, 1)), _mention("second", INCIDENT, killed=1), _plea(killed=3))
    assert folded == []


def test_the_most_names_win(store: Store) -> None:
    folded = _merge(store, _mention("first", date(2010, 5, 1), names=(GREENE, BANKS, OLSON)),
                    _mention("second", INCIDENT, names=(GREENE, BANKS)), _plea(names=(GREENE, BANKS, OLSON)))
    # (GREENE and BANKS are common to both older events and count for neither; OLSON tells the first)
    assert folded == [(event_id_for("plea:m1"), event_id_for("first:m1"))]


def test_follow_ups_fold_in_merge_order_and_a_second_joins_the_first(store: Store) -> None:
    # an arrest's report and a plea's, no report of the incident itself: one incident, told twice
    folded = _merge(store, _mention("arrest", date(2011, 4, 2), follow_up=True), _plea())
    assert folded == [(event_id_for("plea:m1"), event_id_for("arrest:m1"))]
    assert store.count("events") == 1


def test_an_arrest_is_an_event_of_its_own_day(store: Store) -> None:
    assert _merge(store, _mention("raid", INCIDENT, kind=ARRESTS), _plea(kind=ARRESTS)) == []


def test_fusion_takes_the_day_from_reports_not_dated_by_themselves() -> None:
    reports = [_mention("plea1", PLEA, follow_up=True), _mention("plea2", PLEA, follow_up=True), _mention("shooting", INCIDENT)]
    assert fuse("ev", reports).event_date == INCIDENT
    assert fuse("ev", reports[:2]).event_date == PLEA  # none other: the report's day is all there is
    # but a more precise day wins: a week is no day, whoever tells it
    week = replace(_mention("look-back", INCIDENT), time_precision=2)
    assert fuse("ev", [reports[0], week]).event_date == PLEA
