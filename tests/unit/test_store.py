"""The SQLite store: migrations, round-trips, transactions, rejects and filters (store/)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from wirecoder.errors import ConfigurationError, SchemaVersionError, StorageError
from wirecoder.model import Actor, Article, Claim, Count, Event, Evidence, Mention, Origin, Place, Reject
from wirecoder.store import SCHEMA_VERSION, EventFilter, SqliteStore, StoredArticle, open_store

HOMS = Place(location="Bab Amr", country="Syria", country_code="SY", iso3="SYR", admin1="Homs", admin2="Homs",
             latitude=34.716, longitude=36.695, geo_precision=2, geonameid=None, feature="neighbourhood")
DAYTON = Place(location="Dayton", country="United States", country_code="US", iso3="USA", admin1="Ohio", admin2="Montgomery",
               latitude=39.7589, longitude=-84.1916, geo_precision=1, geonameid=4509177, feature="city")


def _article(article_id: str = "art-1", text: str = "Shells hit the district on Friday, killing nine people.") -> Article:
    return Article(id=article_id, text=text, title="Shelling in the district", published=date(2012, 1, 14),
                   published_raw="2012-01-14T08:00:00Z", url="https://example.org/1", outlet="Test Wire", language="en",
                   content_hash="hash-" + article_id, extra={"desk": "world", "rank": 3}, origin=Origin("feed.jsonl", 4))


def _mention(article_id: str = "art-1", number: int = 0, place: Place = HOMS, day: date = date(2012, 1, 13),
             sub_event_type: str = "Shelling/artillery/missile attack",
             event_type: str = "Explosions/Remote violence") -> Mention:
    return Mention(
        mention_id=f"{article_id}-m{number}", article_id=article_id, event_type=event_type, sub_event_type=sub_event_type,
        event_date=day, time_precision=1, place=place,
        actor1=Actor("Military Forces of Syria (2000-)", 1), actor2=Actor("Civilians (Syria)", 7),
        assoc_actors=[Actor("Shabiha", 3)], fatalities=Count(best=9, low=9, high=12), injuries=Count.exact(30),
        arrests=None, killed_or_injured=39, claimants=["SOHR", "activists"],
        evidence=[Evidence(article_id, 0, 55, "Shells hit the district on Friday, killing nine people.")],
        notes="Shelling killed nine.", outlet="Test Wire", published=date(2012, 1, 14),
    )


def _claim(article_id: str = "art-1") -> Claim:
    return Claim(claim_id=f"{article_id}-c0", article_id=article_id, quantity=5400, qualifier="more than",
                 what="killed since March", claimant="the United Nations", as_of=date(2012, 1, 14), country="Syria",
                 evidence=Evidence(article_id, 56, 120, "The UN says more than 5,400 people have been killed since March."))


def _event(event_id: str, mention: Mention, fatalities: int = 9) -> Event:
    return Event(
        event_id=event_id, event_type=mention.event_type, sub_event_type=mention.sub_event_type, event_date=mention.event_date,
        time_precision=mention.time_precision, place=mention.place, actor1=mention.actor1, actor2=mention.actor2,
        assoc_actors=list(mention.assoc_actors), fatalities=fatalities, fatalities_low=fatalities, fatalities_high=fatalities + 3,
        injuries=30, arrests=None, mention_ids=[mention.mention_id], article_ids=[mention.article_id],
        sources=["Test Wire"], claimants=["SOHR"], evidence=list(mention.evidence),
        contradictions=["fatalities differ between reports: 9 (Test Wire), 20 (Other)"], notes="Shelling killed nine.",
    )


@pytest.fixture
def store() -> SqliteStore:
    opened = SqliteStore(":memory:")
    yield opened
    opened.close()


# --- schema -------------------------------------------------------------------------------


def test_migrations_are_recorded_and_not_re_run(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "events.db"  # missing folders are created
    first = SqliteStore(path)
    assert first.schema_version() == SCHEMA_VERSION
    first.add_article(_article(), [], [])
    first.close()
    with sqlite3.connect(path) as db:
        recorded = db.execute("SELECT version, description, applied_at FROM schema_migrations").fetchall()
    assert [row[0] for row in recorded] == list(range(1, SCHEMA_VERSION + 1))

    second = SqliteStore(path)  # re-opening would fail with "table already exists" if migrations ran again
    assert second.schema_version() == SCHEMA_VERSION
    assert second.stored_article("art-1") == StoredArticle("art-1", "hash-art-1")
    second.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version, description, applied_at FROM schema_migrations").fetchall() == recorded


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (?, 'from the future', '2030-01-01')", (SCHEMA_VERSION + 1,))
    with pytest.raises(SchemaVersionError) as caught:
        SqliteStore(path)
    assert isinstance(caught.value, StorageError)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(caught.value)
    assert str(path) in str(caught.value)


def test_a_file_that_is_not_a_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite " * 100)
    with pytest.raises(StorageError, match="cannot open"):
        SqliteStore(path)


@pytest.mark.parametrize("db", ["postgresql://localhost/events", "events.csv"])
def test_open_store_refuses_what_it_cannot_open(db: str) -> None:
    with pytest.raises(ConfigurationError):
        open_store(db)


def test_open_store_sqlite_suffixes(tmp_path: Path) -> None:
    for name in ("a.db", "b.sqlite", "c.SQLITE3"):
        opened = open_store(str(tmp_path / name))
        assert isinstance(opened, SqliteStore)
        opened.close()


# --- round trips ------------------------------------------------------------------------------


def test_article_mentions_and_claims_round_trip_exactly(store: SqliteStore) -> None:
    article = _article()
    mention = _mention()
    bare = Mention(mention_id="art-1-m1", article_id="art-1", event_type="Strategic developments", sub_event_type="Arrests",
                   event_date=date(2012, 1, 14), time_precision=2, place=replace(HOMS, latitude=None, longitude=None))
    claim = _claim()
    store.add_article(article, [mention, bare], [claim])

    assert store.stored_article("art-1") == StoredArticle("art-1", "hash-art-1")
    assert store.stored_article("art-2") is None
    assert store.article_text("art-1") == ("Shelling in the district", article.text)
    assert sorted(store.mentions(), key=lambda m: m.mention_id) == [mention, bare]
    assert store.mentions_of_article("art-1") == [mention, bare]
    assert list(store.claims()) == [claim]
    assert (store.count("articles"), store.count("mentions"), store.count("claims")) == (1, 2, 1)


def test_article_row_keeps_the_input_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    opened = SqliteStore(path)
    opened.add_article(_article(), [], [])
    opened.close()
    with sqlite3.connect(path) as db:
        row = db.execute(
            "SELECT id, content_hash, title, published, url, outlet, language, extra, origin FROM articles").fetchone()
    assert row[:7] == ("art-1", "hash-art-1", "Shelling in the district", "2012-01-14T08:00:00Z", "https://example.org/1",
                       "Test Wire", "en")
    assert json.loads(row[7]) == {"desk": "world", "rank": 3}
    assert row[8] == "feed.jsonl:4"


def test_events_round_trip_exactly_and_link_their_mentions(store: SqliteStore) -> None:
    mention = _mention()
    store.add_article(_article(), [mention], [])
    event = _event("ev-1", mention)
    store.save_event(event)
    assert list(store.events()) == [event]
    assert store.mentions_of("ev-1") == [replace(mention, event_id="ev-1")]
    changed = replace(event, fatalities=7, notes="Updated.")
    store.save_event(changed)  # replaces, never duplicates
    assert list(store.events()) == [changed]
    assert store.count("events") == 1


def test_storing_the_same_article_twice_fails(store: SqliteStore) -> None:
    store.add_article(_article(), [], [])
    with pytest.raises(sqlite3.IntegrityError):
        store.add_article(_article(), [], [])
    assert store.count("articles") == 1


# --- transactions -------------------------------------------------------------------------------


def test_a_transaction_that_raises_stores_nothing(store: SqliteStore) -> None:
    mention = _mention()
    with pytest.raises(RuntimeError, match="boom"):
        with store.transaction():
            store.add_article(_article(), [mention], [_claim()])
            store.save_event(_event("ev-1", mention))
            store.add_reject(Reject(origin=Origin("x.txt"), reason="empty file"))
            raise RuntimeError("boom")
    assert [store.count(t) for t in ("articles", "mentions", "events", "claims", "rejects")] == [0, 0, 0, 0, 0]
    store.add_article(_article(), [mention], [])  # the store is usable afterwards
    assert store.count("articles") == 1


def test_a_failing_insert_rolls_back_the_whole_article(store: SqliteStore) -> None:
    duplicate = _mention()
    with pytest.raises(sqlite3.IntegrityError):
        store.add_article(_article(), [duplicate, duplicate], [])  # the second insert of one mention id fails
    assert (store.count("articles"), store.count("mentions")) == (0, 0)


def test_nested_transactions_join_the_outer_one(store: SqliteStore) -> None:
    with pytest.raises(ValueError):
        with store.transaction():
            with store.transaction():
                store.add_article(_article("art-1"), [], [])
            store.add_article(_article("art-2"), [], [])
            raise ValueError("after the inner block committed nothing on its own")
    assert store.count("articles") == 0


# --- rejects ---------------------------------------------------------------------------------------


def test_identical_line_rejects_are_recorded_once(store: SqliteStore) -> None:
    reject = Reject(origin=Origin("feed.jsonl", 3), reason="malformed JSON", excerpt="{oops")
    assert store.add_reject(reject) is True
    assert store.add_reject(reject) is False
    assert store.add_reject(Reject(origin=Origin("feed.jsonl", 4), reason="malformed JSON")) is True
    assert store.add_reject(Reject(origin=Origin("feed.jsonl", 3), reason="missing 'text'")) is True
    assert store.rejects() == [
        Reject(origin=Origin("feed.jsonl", 3), reason="malformed JSON", excerpt="{oops"),
        Reject(origin=Origin("feed.jsonl", 4), reason="malformed JSON"),
        Reject(origin=Origin("feed.jsonl", 3), reason="missing 'text'"),
    ]


def test_identical_file_rejects_are_recorded_once(store: SqliteStore) -> None:
    reject = Reject(origin=Origin("folder/empty.txt"), reason="empty file")
    assert store.add_reject(reject) is True
    assert store.add_reject(reject) is False
    assert len(store.rejects()) == 1


def test_rejects_keep_severity_and_article_id(store: SqliteStore) -> None:
    store.add_reject(Reject(origin=Origin("a.txt"), reason="no publication date", severity="warning", article_id="a123"))
    (kept,) = store.rejects()
    assert (kept.severity, kept.article_id, str(kept)) == ("warning", "a123", "a.txt: no publication date")


# --- filters ---------------------------------------------------------------------------------------


@pytest.fixture
def filled(store: SqliteStore) -> SqliteStore:
    syria = _mention("art-1", day=date(2012, 1, 13))
    syria_later = _mention("art-2", day=date(2012, 2, 3), sub_event_type="Armed clash", event_type="Battles")
    us = _mention("art-3", place=DAYTON, day=date(2017, 9, 16), sub_event_type="Attack", event_type="Violence against civilians")
    for mention in (syria, syria_later, us):
        store.add_article(_article(mention.article_id), [mention], [])
        store.save_event(_event("ev-" + mention.article_id, mention))
    return store


def _ids(store: SqliteStore, selection: EventFilter) -> list[str]:
    return [e.event_id for e in store.events(selection)]


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (EventFilter(), ["ev-art-1", "ev-art-2", "ev-art-3"]),
        (EventFilter(country="Syria"), ["ev-art-1", "ev-art-2"]),
        (EventFilter(country="syria"), ["ev-art-1", "ev-art-2"]),
        (EventFilter(country="SY"), ["ev-art-1", "ev-art-2"]),
        (EventFilter(country="syr"), ["ev-art-1", "ev-art-2"]),
        (EventFilter(country="USA"), ["ev-art-3"]),
        (EventFilter(country="United States"), ["ev-art-3"]),
        (EventFilter(country="France"), []),
        (EventFilter(since=date(2012, 2, 3)), ["ev-art-2", "ev-art-3"]),
        (EventFilter(until=date(2012, 2, 3)), ["ev-art-1", "ev-art-2"]),
        (EventFilter(since=date(2012, 1, 14), until=date(2017, 9, 15)), ["ev-art-2"]),
        (EventFilter(event_type="Battles"), ["ev-art-2"]),
        (EventFilter(event_type="armed clash"), ["ev-art-2"]),
        (EventFilter(event_type="Explosions/Remote violence"), ["ev-art-1"]),
        (EventFilter(event_type="Attack", country="SY"), []),
        (EventFilter(limit=2), ["ev-art-1", "ev-art-2"]),
    ],
)
def test_event_filters(filled: SqliteStore, selection: EventFilter, expected: list[str]) -> None:
    assert _ids(filled, selection) == expected


def test_mention_filters(filled: SqliteStore) -> None:
    assert [m.mention_id for m in filled.mentions(EventFilter(country="USA"))] == ["art-3-m0"]
    assert [m.mention_id for m in filled.mentions(EventFilter(since=date(2012, 2, 1), until=date(2012, 12, 31)))] == ["art-2-m0"]


def test_nearby_events_are_the_country_and_days_asked_for(filled: SqliteStore) -> None:
    assert [e.event_id for e in filled.nearby_events("SY", date(2012, 1, 12), date(2012, 1, 14))] == ["ev-art-1"]
    assert filled.nearby_events("SY", date(2012, 1, 14), date(2012, 1, 20)) == []
    assert filled.nearby_events("US", date(2012, 1, 12), date(2012, 1, 14)) == []


def test_nearby_events_around_a_point_are_those_within_the_distance(filled: SqliteStore) -> None:
    days = (date(2012, 1, 12), date(2012, 1, 14))
    assert [e.event_id for e in filled.nearby_events("SY", *days, around=(34.80, 36.70, 20.0))] == ["ev-art-1"]  # ~10 km
    assert filled.nearby_events("SY", *days, around=(35.13, 36.75, 20.0)) == []  # Hama, ~46 km north
    assert filled.nearby_events("SY", *days, around=(34.716, 37.135, 20.0)) == []  # ~40 km east


def test_count_refuses_unknown_tables(store: SqliteStore) -> None:
    with pytest.raises(StorageError):
        store.count("sqlite_master")
