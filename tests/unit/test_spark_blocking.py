"""Merging by block (spark/blocking.py), in this process: components cut at gaps, week blocks whose
overlap lets incidents across a boundary merge, the check that makes blocked merging exact, and
mentions <-> Parquet rows (spark/records.py). Our own hand-made mentions; no Spark needed."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pyarrow as pa
import pyarrow.parquet as pq

from wirecoder.model import Actor, Count, Evidence, Mention, Place, mention_from_plain
from wirecoder.settings import Settings
from wirecoder.spark.blocking import Placed, merge_blocked, plan_blocks, replay
from wirecoder.spark.records import mention_row, placed_from_row

SETTINGS = Settings()  # merge_day_window 1, merge_corroborated_days 7: reach 7 days

HOMS = Place(location="Homs", country="Syria", country_code="SY", iso3="SYR", admin1="Homs", admin2="Homs",
             latitude=34.72, longitude=36.72, geo_precision=1, geonameid=169577, feature="city")
IDLIB = Place(location="Idlib", country="Syria", country_code="SY", iso3="SYR", admin1="Idlib",
              latitude=35.93, longitude=36.63, geo_precision=1, geonameid=169389, feature="city")
KANO = Place(location="Kano", country="Nigeria", country_code="NG", iso3="NGA", admin1="Kano",
             latitude=12.00, longitude=8.52, geo_precision=1, geonameid=2335204, feature="city")

SUNDAY, MONDAY = date(2012, 1, 15), date(2012, 1, 16)  # the edge between two ISO weeks


def _placed(seq: int, day: date, place: Place = HOMS, number: int = 1, killed: int = 3) -> Placed:
    article_id = f"a{seq}"
    mention = Mention(
        mention_id=f"{article_id}:m{number}", article_id=article_id, event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack", event_date=day, time_precision=1, place=place,
        fatalities=Count.exact(killed), evidence=[Evidence(article_id, 0, 12, f"shelling {article_id}")],
        outlet=f"Outlet {seq}", published=day + timedelta(days=1),
    )
    return Placed((seq, number - 1), mention)


def _a_busy_month(start: date = date(2012, 1, 2), days: int = 42) -> list[Placed]:
    """Shelling of Homs and of Idlib reported every day by two outlets, and a Nigerian incident:
    no gap anywhere, so weeks are the only way to cut it."""
    placed, seq = [], 0
    for offset in range(days):
        for place in (HOMS, IDLIB, HOMS):
            seq += 1
            placed.append(_placed(seq, start + timedelta(days=offset), place, killed=offset % 5))
    placed.append(_placed(seq + 1, date(2012, 1, 20), KANO))
    return placed


def test_components_are_cut_where_days_are_further_apart_than_the_merge_can_reach() -> None:
    days = [("SY", date(2012, 1, 1)), ("SY", date(2012, 1, 8)), ("SY", date(2012, 1, 16)), ("NG", date(2012, 1, 8))]
    blocks = plan_blocks(days, SETTINGS)
    # 1 -> 8 is within reach (7 days); 8 -> 16 is not: two Syrian components, one Nigerian
    assert [(b.country_code, b.core) for b in blocks] == [
        ("NG", (date(2012, 1, 8), date(2012, 1, 8))),
        ("SY", (date(2012, 1, 1), date(2012, 1, 8))),
        ("SY", (date(2012, 1, 16), date(2012, 1, 16))),
    ]
    assert all(b.whole and b.core == b.context for b in blocks)


def test_a_long_busy_component_is_cut_into_weeks_that_overlap() -> None:
    blocks = plan_blocks([("SY", date(2012, 1, 2) + timedelta(days=d)) for d in range(42)], SETTINGS)
    assert len(blocks) == 6 and not any(b.whole for b in blocks)
    assert all(b.core[0].weekday() == 0 and (b.core[1] - b.core[0]).days == 6 for b in blocks)
    middle = blocks[2]
    assert middle.context == (middle.core[0] - timedelta(days=14), middle.core[1] + timedelta(days=14))


def test_mentions_either_side_of_a_week_boundary_merge_in_week_blocks() -> None:
    placed = [_placed(1, SUNDAY), _placed(2, MONDAY)]
    blocked = merge_blocked(placed, SETTINGS, whole_component_days=0)
    assert [b.core for b in blocked.blocks] == [(SUNDAY, SUNDAY), (MONDAY, MONDAY)]  # two weeks, two blocks
    assert blocked.assigned["a1:m1"] == blocked.assigned["a2:m1"]
    assert blocked.assigned == replay(placed, SETTINGS)


def test_the_check_catches_a_guess_made_without_enough_overlap_and_merges_the_component_again() -> None:
    placed = [_placed(1, SUNDAY), _placed(2, MONDAY)]
    # no overlap: Monday's block cannot see Sunday's report and guesses a new event
    unchecked = merge_blocked(placed, SETTINGS, whole_component_days=0, overlap_days=0, check=False)
    assert unchecked.assigned["a1:m1"] != unchecked.assigned["a2:m1"]
    checked = merge_blocked(placed, SETTINGS, whole_component_days=0, overlap_days=0)
    assert checked.disagreements == 1 and len(checked.remerged_components) == 1
    assert checked.assigned == replay(placed, SETTINGS)


def test_week_blocks_give_exactly_the_sequential_merge_on_a_busy_month() -> None:
    placed = _a_busy_month()
    sequential = replay(placed, SETTINGS)
    assert len(set(sequential.values())) > 5  # many events, spanning the weeks
    assert merge_blocked(placed, SETTINGS, whole_component_days=0).assigned == sequential
    assert merge_blocked(placed, SETTINGS, whole_component_days=0, overlap_days=1).assigned == sequential
    assert merge_blocked(placed, SETTINGS).assigned == sequential  # whole components


def test_a_mention_row_keeps_its_mention_whole_through_parquet(tmp_path) -> None:
    mention = Mention(
        mention_id="r1:m2", article_id="r1", event_type="Violence against civilians", sub_event_type="Attack",
        event_date=date(2012, 2, 20), time_precision=2, place=KANO, actor1=Actor("Unidentified Armed Group (Nigeria)", 3),
        actor2=Actor("Civilians (Nigeria)", 7), assoc_actors=[Actor("Traders (Nigeria)", 7)],
        fatalities=Count(best=4, low=4, high=6), injuries=Count.exact(11), arrests=None,
        killed_or_injured=15, claimants=["police", "Red Cross"], notes="Gunmen attacked traders in Kano; at least 4 killed.",
        evidence=[Evidence("r1", 10, 52, "Gunmen attacked traders at a market in Kano"), Evidence("r1", 53, 70, "é ünïcode")],
        outlet="Savanna Press Service", published=date(2012, 2, 21), identifiers=["age:17", "name:musa bello"],
        story_id="r0",
    )
    row = mention_row(7, 1, mention)
    table = pa.Table.from_pylist([row])
    pq.write_table(table, tmp_path / "mentions.parquet")
    back = pq.read_table(tmp_path / "mentions.parquet").to_pylist()[0]
    assert back["event_date"] == date(2012, 2, 20) and back["country_code"] == "NG" and back["latitude"] == 12.0
    assert placed_from_row(back) == Placed((7, 1), mention)
    assert mention_from_plain(json.loads(back["mention_json"])) == mention


def test_blocks_merge_in_the_local_engine_s_merge_order_whatever_the_input_order() -> None:
    placed = _a_busy_month()
    last = max(p.order[0] for p in placed)
    read_backwards = [Placed((last - p.order[0], p.order[1]), p.mention) for p in placed]
    assert replay(read_backwards, SETTINGS) == replay(placed, SETTINGS)
    assert merge_blocked(read_backwards, SETTINGS, whole_component_days=0).assigned == replay(placed, SETTINGS)
