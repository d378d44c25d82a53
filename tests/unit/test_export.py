"""Export: the INTERFACE.md JSON shape, ACLED CSV and GeoJSON (export.py)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from wirecoder.export import (
    ACLED_COLUMNS,
    acled_row,
    claim_record,
    event_record,
    mention_record,
    render,
    write_acled_csv,
    write_geojson,
    write_jsonl,
)
from wirecoder.model import Actor, Claim, Count, Event, Evidence, Mention, Place

MAIDUGURI = Place(location="Maiduguri", country="Nigeria", country_code="NG", iso3="NGA", admin1="Borno", admin2=None,
                  latitude=11.8464, longitude=13.1603, geo_precision=1, geonameid=2331447, feature="city")
EVIDENCE = Evidence("art-7", 10, 72, "A bomb hidden in a cart exploded at the market, killing eight people.")


def _event(**changes: object) -> Event:
    values: dict[str, object] = dict(
        event_id="ev-0001", event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
        event_date=date(2012, 2, 19), time_precision=1, place=MAIDUGURI,
        actor1=Actor("Police Forces of Nigeria (2010-2015)", 1), actor2=Actor("Civilians (Nigeria)", 7),
        fatalities=8, fatalities_low=8, fatalities_high=10, injuries=21, arrests=None,
        mention_ids=["art-7-m0", "art-9-m0"], article_ids=["art-7", "art-9"], sources=["Test Wire", "Other Wire"],
        claimants=["police"], evidence=[EVIDENCE], contradictions=[], notes="A market bomb killed eight.",
    )
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def _mention(**changes: object) -> Mention:
    values: dict[str, object] = dict(
        mention_id="art-7-m0", article_id="art-7", event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED", event_date=date(2012, 2, 19), time_precision=1, place=MAIDUGURI,
        actor1=None, actor2=Actor("Civilians (Nigeria)", 7), fatalities=Count(best=8, low=8, high=10),
        injuries=Count.exact(21), killed_or_injured=None, claimants=["police"], evidence=[EVIDENCE],
        notes="A market bomb killed eight.", outlet="Test Wire", published=date(2012, 2, 20),
    )
    values.update(changes)
    return Mention(**values)  # type: ignore[arg-type]


def _json(record: dict) -> dict:
    return json.loads(json.dumps(record))


def test_event_record_has_every_interface_field(interface_record) -> None:
    record = _json(event_record(_event()))
    interface_record(record, "event")
    assert record["event_id"] == "ev-0001"
    assert record["event_date"] == "2012-02-19"
    assert (record["actor1"], record["inter1"], record["actor2"], record["inter2"]) == (
        "Police Forces of Nigeria (2010-2015)", 1, "Civilians (Nigeria)", 7)
    assert (record["country"], record["iso3"], record["admin1"], record["admin2"], record["location"]) == (
        "Nigeria", "NGA", "Borno", None, "Maiduguri")
    assert (record["latitude"], record["longitude"], record["geo_precision"]) == (11.8464, 13.1603, 1)
    assert (record["fatalities"], record["fatalities_low"], record["fatalities_high"], record["injuries"]) == (8, 8, 10, 21)
    assert record["article_ids"] == ["art-7", "art-9"]
    assert record["sources"] == ["Test Wire", "Other Wire"]
    assert record["claimants"] == ["police"]
    assert record["evidence"] == [{"article_id": "art-7", "start": 10, "end": 72, "text": EVIDENCE.text}]


def test_event_record_without_actors_or_coordinates(interface_record) -> None:
    place = Place(location="Borno", country="Nigeria", country_code="NG", iso3="NGA", admin1="Borno", geo_precision=3,
                  feature="admin1")
    record = _json(event_record(_event(actor1=None, actor2=None, place=place, fatalities_low=None, fatalities_high=None,
                                       injuries=None, evidence=[])))
    interface_record(record, "event")
    assert (record["actor1"], record["inter1"], record["actor2"], record["inter2"]) == (None, None, None, None)
    assert (record["latitude"], record["longitude"], record["geo_precision"]) == (None, None, 3)


def test_mention_record_has_every_interface_field_with_article_id(interface_record) -> None:
    record = _json(mention_record(_mention()))
    interface_record(record, "mention")
    assert record["article_id"] == "art-7"
    assert "article_ids" not in record
    assert (record["fatalities"], record["fatalities_low"], record["fatalities_high"], record["injuries"]) == (8, 8, 10, 21)
    assert record["sources"] == ["Test Wire"]
    assert (record["actor1"], record["inter1"]) == (None, None)


def test_mention_record_without_outlet_or_injuries() -> None:
    record = mention_record(_mention(outlet=None, injuries=None, fatalities=Count.exact(0), killed_or_injured=10))
    assert record["sources"] == []
    assert record["injuries"] is None
    assert (record["fatalities"], record["killed_or_injured"]) == (0, 10)


def test_mention_record_names_its_event() -> None:
    assert "event_id" in mention_record(_mention())


def test_claim_record(interface_record) -> None:
    claim = Claim(claim_id="art-7-c0", article_id="art-7", quantity=7500, qualifier="more than", what="killed",
                  claimant="the United Nations", as_of=date(2012, 3, 5), country="Syria",
                  evidence=Evidence("art-7", 100, 160, "The UN says more than 7,500 people have been killed."))
    record = _json(claim_record(claim))
    interface_record(record, "claim")
    assert record == {
        "claim_id": "art-7-c0", "article_id": "art-7", "quantity": 7500, "qualifier": "more than", "what": "killed",
        "claimant": "the United Nations", "as_of": "2012-03-05", "country": "Syria",
        "evidence": {"article_id": "art-7", "start": 100, "end": 160,
                     "text": "The UN says more than 7,500 people have been killed."},
    }


def test_jsonl_writes_one_object_per_line() -> None:
    out = io.StringIO()
    assert write_jsonl([event_record(_event()), event_record(_event(event_id="ev-0002"))], out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["event_id"] for line in lines] == ["ev-0001", "ev-0002"]
    assert out.getvalue().endswith("\n")


def test_jsonl_keeps_non_ascii_text() -> None:
    out = io.StringIO()
    write_jsonl([event_record(_event(place=Place(location="Ḩadīthah", country="Iraq", country_code="IQ", iso3="IRQ")))], out)
    assert "Ḩadīthah" in out.getvalue()


# --- ACLED CSV ------------------------------------------------------------------------------------------


def _csv(records: list[dict]) -> tuple[list[str], list[dict[str, str]]]:
    out = io.StringIO()
    count = write_acled_csv((acled_row(r, 566, "Western Africa") for r in records), out)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    rows = list(reader)
    assert count == len(rows)
    return list(reader.fieldnames or []), rows


def test_acled_csv_header_is_acleds_columns() -> None:
    header, rows = _csv([])
    assert header == ACLED_COLUMNS
    assert rows == []


def test_acled_csv_row() -> None:
    _, (row,) = _csv([event_record(_event())])
    assert row["event_id_cnty"] == "ev-0001"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2012-02-19", "2012", "1")
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("1", "7", "17")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["iso"], row["region"], row["country"], row["admin1"], row["location"]) == (
        "566", "Western Africa", "Nigeria", "Borno", "Maiduguri")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("11.8464", "13.1603", "1")
    assert row["source"] == "Test Wire; Other Wire"
    assert row["fatalities"] == "8"
    assert row["notes"] == "A market bomb killed eight."


def test_acled_interaction_orders_the_codes() -> None:
    event = _event(actor1=Actor("Protesters (Nigeria)", 6), actor2=Actor("Police Forces of Nigeria (2010-2015)", 1),
                   event_type="Protests", sub_event_type="Excessive force against protesters")
    row = acled_row(event_record(event))
    assert (row["inter1"], row["inter2"], row["interaction"]) == (6, 1, 16)
    assert row["disorder_type"] == "Political violence; Demonstrations"
    assert row["civilian_targeting"] == ""


def test_acled_row_without_actors_coordinates_or_deaths() -> None:
    event = _event(actor1=None, actor2=None, fatalities=0, sources=[],
                   place=Place(location="Borno", country="Nigeria", country_code="NG", iso3="NGA", geo_precision=3))
    row = acled_row(event_record(event))
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("", "", "")
    assert (row["latitude"], row["longitude"], row["fatalities"], row["source"]) == ("", "", 0, "")


def test_acled_csv_from_mentions_uses_the_mention_id() -> None:
    row = acled_row(mention_record(_mention()))
    assert row["event_id_cnty"] == "art-7-m0"
    assert row["source"] == "Test Wire"


def test_acled_csv_quotes_commas_and_quotes() -> None:
    _, (row,) = _csv([event_record(_event(notes='Police said "eight, maybe more" died.'))])
    assert row["notes"] == 'Police said "eight, maybe more" died.'


# --- GeoJSON --------------------------------------------------------------------------------------------


def test_geojson_is_a_feature_collection_of_lon_lat_points() -> None:
    nowhere = _event(event_id="ev-no-point", place=Place(location="Borno", country="Nigeria", country_code="NG", iso3="NGA",
                                                           geo_precision=3))
    out = io.StringIO()
    count = write_geojson([event_record(_event()), event_record(nowhere), event_record(_event(event_id="ev-0002"))], out)
    collection = json.loads(out.getvalue())
    assert count == 2
    assert collection["type"] == "FeatureCollection"
    assert [f["properties"]["event_id"] for f in collection["features"]] == ["ev-0001", "ev-0002"]
    feature = collection["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [13.1603, 11.8464]}
    assert "latitude" not in feature["properties"] and "longitude" not in feature["properties"]
    assert feature["properties"]["fatalities"] == 8


def test_geojson_with_no_points_is_still_valid() -> None:
    out = io.StringIO()
    assert write_geojson([], out) == 0
    assert json.loads(out.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_render_dispatches_by_format() -> None:
    records = [event_record(_event())]
    for fmt, check in (("jsonl", lambda s: json.loads(s)["event_id"] == "ev-0001"),
                       ("geojson", lambda s: json.loads(s)["type"] == "FeatureCollection"),
                       ("acled-csv", lambda s: s.splitlines()[0] == ",".join(ACLED_COLUMNS))):
        out = io.StringIO()
        assert render(records, fmt, out) == 1
        assert check(out.getvalue()), fmt
    with pytest.raises(ValueError, match="unknown format"):
        render(records, "xml", io.StringIO())
