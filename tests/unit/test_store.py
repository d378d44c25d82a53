"""The stores, SQLite and PostgreSQL, by one set of tests: migrations, round-trips, transactions, rejects,
filters, search, pages, statistics and tokens (store/). A test of what one store alone has names that store."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from wirecoder.errors import ConfigurationError, SchemaVersionError, StorageError
from wirecoder.merge import article_order
from wirecoder.model import Actor, Article, Claim, Count, Event, Evidence, Mention, Origin, Place, Reject, to_plain
from wirecoder.store import (
    SCHEMA_VERSION,
    BoundingBox,
    ClaimantSummary,
    ClaimFilter,
    EventCount,
    EventFilter,
    SqliteStore,
    Store,
    StoredArticle,
    open_store,
    shown,
)
from wirecoder.store import sqlite as sqlite_store
from wirecoder.store.sqlite import MIGRATIONS

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
def store(databases) -> Store:
    """An empty store of each kind."""
    opened = open_store(databases.scratch())
    yield opened
    opened.close()


def _rows(databases, db: str, sql: str) -> list[tuple]:
    """Rows read straight from the database, below the store."""
    connection = databases.connect(db)
    try:
        return [tuple(row) for row in connection.execute(sql).fetchall()]
    finally:
        connection.close()


# --- schema -------------------------------------------------------------------------------


def test_migrations_are_recorded_and_not_re_run(databases) -> None:
    db = databases.new(migrated=False)
    first = open_store(db)
    assert first.schema_version() == SCHEMA_VERSION
    first.add_article(_article(), [], [])
    first.close()
    recorded = _rows(databases, db, "SELECT version, description, applied_at FROM schema_migrations ORDER BY version")
    assert [row[0] for row in recorded] == list(range(1, SCHEMA_VERSION + 1))
    assert [row[1] for row in recorded] == [migration[1] for migration in MIGRATIONS]  # the same versions on both stores

    second = open_store(db)  # re-opening would fail with "table already exists" if migrations ran again
    assert second.schema_version() == SCHEMA_VERSION
    assert second.stored_article("art-1") == StoredArticle("art-1", "hash-art-1")
    second.close()
    assert _rows(databases, db, "SELECT version, description, applied_at FROM schema_migrations ORDER BY version") == recorded


def test_a_newer_schema_is_refused(databases) -> None:
    db = databases.new()
    open_store(db).close()
    connection = databases.connect(db)
    connection.execute(f"INSERT INTO schema_migrations VALUES ({SCHEMA_VERSION + 1}, 'from the future', '2030-01-01')")
    connection.close()
    with pytest.raises(SchemaVersionError) as caught:
        open_store(db)
    assert isinstance(caught.value, StorageError)
    assert f"schema version {SCHEMA_VERSION + 1}" in str(caught.value)
    assert db.rsplit("/", 1)[-1] in str(caught.value)  # which database


def test_missing_folders_of_a_sqlite_path_are_created(tmp_path: Path) -> None:
    opened = open_store(str(tmp_path / "sub" / "events.db"))
    opened.close()
    assert (tmp_path / "sub" / "events.db").exists()


def test_the_sqlite_search_index_merges_its_segments_sixteen_at_a_time(tmp_path: Path) -> None:
    # one commit per article writes one small FTS5 segment; merging them four at a time made merging
    # 100,000 mentions five times slower (bench/merge_bench.py)
    opened = SqliteStore(tmp_path / "events.db")
    try:
        assert opened._db.execute("SELECT v FROM event_search_config WHERE k = 'automerge'").fetchone() == (16,)
    finally:
        opened.close()


def test_a_file_that_is_not_a_database_is_a_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite " * 100)
    with pytest.raises(StorageError, match="cannot open"):
        SqliteStore(path)


def test_open_store_refuses_what_it_cannot_open() -> None:
    with pytest.raises(ConfigurationError, match="postgresql://"):
        open_store("events.csv")


@pytest.mark.parametrize(("db", "expected"), [
    ("events.db", "events.db"),
    ("postgresql://desk@db.example.org/wirecoder", "postgresql://desk@db.example.org/wirecoder"),
    ("postgresql://desk:s3cret@db.example.org:5432/wirecoder", "postgresql://desk:***@db.example.org:5432/wirecoder"),
    ("postgres://desk:a:b@host/x?sslmode=require", "postgres://desk:***@host/x?sslmode=require"),
])
def test_messages_show_a_database_without_its_password(db: str, expected: str) -> None:
    assert shown(db) == expected


def test_open_store_sqlite_suffixes(tmp_path: Path) -> None:
    for name in ("a.db", "b.sqlite", "c.SQLITE3"):
        opened = open_store(str(tmp_path / name))
        assert isinstance(opened, SqliteStore)
        opened.close()


# --- round trips ------------------------------------------------------------------------------


def test_article_mentions_and_claims_round_trip_exactly(store: Store) -> None:
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


def test_article_row_keeps_the_input_fields(databases) -> None:
    db = databases.new()
    opened = open_store(db)
    opened.add_article(_article(), [], [])
    opened.close()
    (row,) = _rows(databases, db, "SELECT id, content_hash, title, published, url, outlet, language, extra, origin FROM articles")
    assert row[:7] == ("art-1", "hash-art-1", "Shelling in the district", "2012-01-14T08:00:00Z", "https://example.org/1",
                       "Test Wire", "en")
    assert json.loads(row[7]) == {"desk": "world", "rank": 3}
    assert row[8] == "feed.jsonl:4"


def test_events_round_trip_exactly_and_link_their_mentions(store: Store) -> None:
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


def test_articles_whose_mentions_await_merging_come_in_the_merge_order_and_their_story_is_kept(store: Store) -> None:
    waiting, merged = _mention("art-1"), _mention("art-2")
    undated, earlier, earlier_lower_id = replace(_mention("art-0"), published=None), _mention("b-9"), _mention("B-9")
    earlier.published = earlier_lower_id.published = date(2012, 1, 3)  # "B" is before "a" in code points
    for mention in (waiting, merged, undated, earlier, earlier_lower_id):
        store.add_article(_article(mention.article_id), [mention], [])
    store.save_event(_event("ev-2", merged))
    in_order = ["B-9", "b-9", "art-1", "art-0"]  # by day, undated last; then by id
    assert in_order == [a for _, _, a in sorted(article_order(m.article_id, m.published)
                                                   for m in (waiting, undated, earlier, earlier_lower_id))]
    assert store.unmerged_articles(limit=10) == in_order and store.unmerged_articles(limit=2) == in_order[:2]
    waiting.story_id = "art-0"
    store.set_story([waiting])
    assert store.mentions_of_article("art-1") == [waiting]


def test_storing_the_same_article_twice_fails(store: Store, databases) -> None:
    store.add_article(_article(), [], [])
    with pytest.raises(databases.integrity_error):
        store.add_article(_article(), [], [])
    assert store.count("articles") == 1


# --- transactions -------------------------------------------------------------------------------


def test_a_transaction_that_raises_stores_nothing(store: Store) -> None:
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


def test_a_failing_insert_rolls_back_the_whole_article(store: Store, databases) -> None:
    duplicate = _mention()
    with pytest.raises(databases.integrity_error):
        store.add_article(_article(), [duplicate, duplicate], [])  # the second insert of one mention id fails
    assert (store.count("articles"), store.count("mentions")) == (0, 0)


def test_nested_transactions_join_the_outer_one(store: Store) -> None:
    with pytest.raises(ValueError):
        with store.transaction():
            with store.transaction():
                store.add_article(_article("art-1"), [], [])
            store.add_article(_article("art-2"), [], [])
            raise ValueError("after the inner block committed nothing on its own")
    assert store.count("articles") == 0


# --- rejects ---------------------------------------------------------------------------------------


def test_identical_line_rejects_are_recorded_once(store: Store) -> None:
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


def test_identical_file_rejects_are_recorded_once(store: Store) -> None:
    reject = Reject(origin=Origin("folder/empty.txt"), reason="empty file")
    assert store.add_reject(reject) is True
    assert store.add_reject(reject) is False
    assert len(store.rejects()) == 1


def test_rejects_keep_severity_and_article_id(store: Store) -> None:
    store.add_reject(Reject(origin=Origin("a.txt"), reason="no publication date", severity="warning", article_id="a123"))
    (kept,) = store.rejects()
    assert (kept.severity, kept.article_id, str(kept)) == ("warning", "a123", "a.txt: no publication date")


# --- filters ---------------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    syria = _mention("art-1", day=date(2012, 1, 13))
    syria_later = _mention("art-2", day=date(2012, 2, 3), sub_event_type="Armed clash", event_type="Battles")
    us = _mention("art-3", place=DAYTON, day=date(2017, 9, 16), sub_event_type="Attack", event_type="Violence against civilians")
    for mention in (syria, syria_later, us):
        store.add_article(_article(mention.article_id), [mention], [])
        store.save_event(_event("ev-" + mention.article_id, mention))
    return store


def _ids(store: Store, selection: EventFilter) -> list[str]:
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
def test_event_filters(filled: Store, selection: EventFilter, expected: list[str]) -> None:
    assert _ids(filled, selection) == expected


def test_mention_filters(filled: Store) -> None:
    assert [m.mention_id for m in filled.mentions(EventFilter(country="USA"))] == ["art-3-m0"]
    assert [m.mention_id for m in filled.mentions(EventFilter(since=date(2012, 2, 1), until=date(2012, 12, 31)))] == ["art-2-m0"]


def test_nearby_events_are_the_country_and_days_asked_for(filled: Store) -> None:
    assert [e.event_id for e in filled.nearby_events("SY", date(2012, 1, 12), date(2012, 1, 14))] == ["ev-art-1"]
    assert filled.nearby_events("SY", date(2012, 1, 14), date(2012, 1, 20)) == []
    assert filled.nearby_events("US", date(2012, 1, 12), date(2012, 1, 14)) == []


def test_nearby_events_around_a_point_are_those_within_the_distance(filled: Store) -> None:
    days = (date(2012, 1, 12), date(2012, 1, 14))
    assert [e.event_id for e in filled.nearby_events("SY", *days, around=(34.80, 36.70, 20.0))] == ["ev-art-1"]  # ~10 km
    assert filled.nearby_events("SY", *days, around=(35.13, 36.75, 20.0)) == []  # Hama, ~46 km north
    assert filled.nearby_events("SY", *days, around=(34.716, 37.135, 20.0)) == []  # ~40 km east


def test_count_refuses_unknown_tables(store: Store) -> None:
    with pytest.raises(StorageError):
        store.count("sqlite_master")


# --- what the API asks for: more filters, full-text search, pages, statistics, tokens ---------------


@pytest.fixture
def varied(store: Store) -> Store:
    """Three events told apart by place, actors, toll and wording."""
    homs = replace(_mention("art-1", day=date(2012, 1, 13)), notes="Shells fell on a bakery queue.",
                   evidence=[Evidence("art-1", 0, 40, "Shells fell on a bakery queue at dawn.")])
    clash = replace(_mention("art-2", day=date(2012, 1, 13), sub_event_type="Armed clash", event_type="Battles"),
                    place=replace(HOMS, admin1="Idlib", latitude=35.93, longitude=36.63),
                    actor1=Actor("Free Syrian Army", 2), notes="Rebels and troops fought near a checkpoint.")
    dayton = replace(_mention("art-3", place=DAYTON, day=date(2017, 9, 16), sub_event_type="Attack",
                              event_type="Violence against civilians"),
                     actor1=Actor("Unidentified Gang (United States)", 4), actor2=None, notes="A man was shot outside a bar.",
                     evidence=[Evidence("art-3", 10, 60, "Police said a man was shot outside a bar on Elm Street.")])
    for mention, toll in ((homs, 9), (clash, 2), (dayton, 1)):
        store.add_article(_article(mention.article_id), [mention], [])
        event = _event("ev-" + mention.article_id, mention, fatalities=toll)
        store.save_event(replace(event, notes=mention.notes, evidence=list(mention.evidence), actor1=mention.actor1,
                                 actor2=mention.actor2))
    return store


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (EventFilter(sub_event_type="armed clash"), ["ev-art-2"]),
        (EventFilter(sub_event_type="Battles"), []),  # a type is no sub-event type
        (EventFilter(admin1="homs"), ["ev-art-1"]),
        (EventFilter(admin1="Ohio"), ["ev-art-3"]),
        (EventFilter(actor="free syrian"), ["ev-art-2"]),
        (EventFilter(actor="Civilians (Syria)"), ["ev-art-1", "ev-art-2"]),  # actor2 counts too
        (EventFilter(min_fatalities=2), ["ev-art-1", "ev-art-2"]),
        (EventFilter(min_fatalities=10), []),
        (EventFilter(bbox=BoundingBox(west=36.0, south=34.0, east=37.0, north=35.0)), ["ev-art-1"]),
        (EventFilter(bbox=BoundingBox(west=-90.0, south=30.0, east=30.0, north=40.0)), ["ev-art-3"]),
        (EventFilter(bbox=BoundingBox(west=170.0, south=-90.0, east=-80.0, north=90.0)), ["ev-art-3"]),  # across the antimeridian
        (EventFilter(text="bakery"), ["ev-art-1"]),
        (EventFilter(text="ELM street"), ["ev-art-3"]),  # evidence, any case
        (EventFilter(text="checkpoint troops"), ["ev-art-2"]),  # every word, any order
        (EventFilter(text="bakery checkpoint"), []),
        (EventFilter(text='"shot" (outside* -'), ["ev-art-3"]),  # FTS5 syntax is read as words, never an error
        (EventFilter(text="  "), []),
        (EventFilter(text="shells", country="US"), []),
    ],
)
def test_api_event_filters(varied: Store, selection: EventFilter, expected: list[str]) -> None:
    assert _ids(varied, selection) == expected


def test_full_text_search_follows_an_event_that_is_saved_again(varied: Store) -> None:
    event = varied.event("ev-art-1")
    varied.save_event(replace(event, notes="A market was hit."))
    assert _ids(varied, EventFilter(text="market")) == ["ev-art-1"]
    assert _ids(varied, EventFilter(text="queue")) == ["ev-art-1"]  # still in its evidence
    assert _ids(varied, EventFilter(text="dawn bakery")) == ["ev-art-1"]


def test_mentions_are_found_by_their_events_text(varied: Store) -> None:
    assert [m.mention_id for m in varied.mentions(EventFilter(text="bar"))] == ["art-3-m0"]
    assert [m.mention_id for m in varied.mentions(EventFilter(min_fatalities=9, admin1="Homs"))] == ["art-1-m0"]


def test_pages_continue_after_the_last_event_seen(varied: Store) -> None:
    first = list(varied.events(EventFilter(limit=2)))
    assert [e.event_id for e in first] == ["ev-art-1", "ev-art-2"]  # the same day: by event id
    last = first[-1]
    rest = _ids(varied, EventFilter(limit=2, after=(last.event_date, last.event_id)))
    assert rest == ["ev-art-3"]
    assert _ids(varied, EventFilter(after=(date(2017, 9, 16), "ev-art-3"))) == []


def test_migrating_a_version_3_database_indexes_its_events_for_search(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                   "applied_at TEXT NOT NULL)")
        for version, description, sql in MIGRATIONS[:3]:
            db.executescript(sql)
            db.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (version, description))
        event = replace(_event("ev-old", _mention()), notes="Tanks shelled the old quarter.")
        db.execute("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                   ("ev-old", "2012-01-13", event.event_type, event.sub_event_type, "Syria", "SY", "SYR", 9, 34.7, 36.7,
                    json.dumps(to_plain(event)), "then"))
    migrated = SqliteStore(path)
    try:
        assert migrated.schema_version() == SCHEMA_VERSION
        assert _ids(migrated, EventFilter(text="tanks")) == ["ev-old"]
        assert _ids(migrated, EventFilter(text="killing nine")) == ["ev-old"]  # from its evidence
        assert _ids(migrated, EventFilter(admin1="Homs")) == ["ev-old"]
    finally:
        migrated.close()


def test_migrating_a_version_3_postgresql_database_fills_its_filter_and_search_columns(postgres_databases) -> None:
    from wirecoder.store import postgres as postgres_store

    db = postgres_databases.new(migrated=False)
    connection = postgres_databases.connect(db)
    connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
    for version, description, sql, _ in postgres_store.MIGRATIONS[:3]:
        connection.execute(sql)
        connection.execute("INSERT INTO schema_migrations VALUES (%s, %s, 'then')", (version, description))
    mention, claim = _mention(), _claim()
    event = replace(_event("ev-old", mention), notes="Tanks shelled the old quarter.")
    connection.execute("INSERT INTO articles (id, content_hash, text, added_at) VALUES ('art-1', 'h', 'text', 'then')")
    connection.execute("INSERT INTO events VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                       ("ev-old", event.event_date, event.event_type, event.sub_event_type, "Syria", "SY", "SYR", 9, 34.7, 36.7,
                        json.dumps(to_plain(event)), "then"))
    connection.execute("INSERT INTO mentions VALUES (%s,'art-1','ev-old',%s,%s,%s,'Syria','SY','SYR',%s)",
                       (mention.mention_id, mention.event_date, mention.event_type, mention.sub_event_type,
                        json.dumps(to_plain(mention))))
    connection.execute("INSERT INTO claims VALUES (%s,'art-1',%s)", (claim.claim_id, json.dumps(to_plain(claim))))
    connection.close()
    migrated = open_store(db)
    try:
        assert migrated.schema_version() == SCHEMA_VERSION
        assert _ids(migrated, EventFilter(text="tanks")) == ["ev-old"]
        assert _ids(migrated, EventFilter(text="killing nine")) == ["ev-old"]  # from its evidence
        assert _ids(migrated, EventFilter(admin1="Homs", actor="civilians")) == ["ev-old"]
        assert [m.mention_id for m in migrated.mentions(EventFilter(min_fatalities=9, admin1="homs"))] == [mention.mention_id]
        assert list(migrated.claims(ClaimFilter(claimant="the united nations", since=date(2012, 1, 1)))) == [claim]
    finally:
        migrated.close()


def test_event_counts_per_day_and_week(varied: Store) -> None:
    third = replace(varied.event("ev-art-2"), event_id="ev-later", event_date=date(2012, 1, 15))  # a Sunday
    varied.save_event(third)
    per_day = varied.event_counts(EventFilter(country="SY"), "day", "country")
    assert per_day == [EventCount(date(2012, 1, 13), "Syria", 2, 11), EventCount(date(2012, 1, 15), "Syria", 1, 2)]
    per_week = varied.event_counts(EventFilter(), "week", "type")
    assert per_week == [
        EventCount(date(2012, 1, 9), "Battles", 2, 4),  # Friday 13 and Sunday 15 are in the week of Monday 9
        EventCount(date(2012, 1, 9), "Explosions/Remote violence", 1, 9),
        EventCount(date(2017, 9, 11), "Violence against civilians", 1, 1),
    ]
    with pytest.raises(StorageError, match="use one of day, week"):
        varied.event_counts(EventFilter(), "month", "country")
    with pytest.raises(StorageError, match="use one of country, type"):
        varied.event_counts(EventFilter(), "day", "actor")


def test_claims_by_claimant_over_time(store: Store) -> None:
    early = _claim("art-1")
    later = replace(_claim("art-2"), quantity=5700, as_of=date(2012, 2, 1))
    undated = replace(_claim("art-3"), claimant="activists", as_of=None)
    for claim in (later, early, undated):
        store.add_article(_article(claim.article_id), [], [claim])
    assert [c.claim_id for c in store.claims()] == ["art-3-c0", "art-1-c0", "art-2-c0"]  # undated first, then by day
    assert [c.quantity for c in store.claims(ClaimFilter(claimant="THE UNITED NATIONS"))] == [5400, 5700]
    assert [c.claim_id for c in store.claims(ClaimFilter(since=date(2012, 1, 20)))] == ["art-2-c0"]
    assert [c.claim_id for c in store.claims(ClaimFilter(country="syria", limit=1, after=("", "art-3-c0")))] == ["art-1-c0"]
    assert store.claimants() == [
        ClaimantSummary("the United Nations", 2, date(2012, 1, 14), date(2012, 2, 1)),
        ClaimantSummary("activists", 1, None, None),
    ]


def test_tokens_are_stored_by_hash_and_revoked_by_name(store: Store) -> None:
    token = store.add_token("newsroom", "hash-1")
    assert token.active and store.token_by_hash("hash-1") == token
    with pytest.raises(StorageError, match="revoke it first"):
        store.add_token("newsroom", "hash-2")
    assert store.revoke_token("newsroom") is True
    assert store.revoke_token("newsroom") is False  # nothing left to revoke
    assert not store.token_by_hash("hash-1").active
    renewed = store.add_token("newsroom", "hash-3")  # a revoked name can be given a new token
    assert [t.token_hash for t in store.tokens()] == [renewed.token_hash]
    assert store.token_by_hash("hash-1") is None


def test_a_stored_article_reads_back(store: Store) -> None:
    store.add_article(_article(), [], [])
    article = store.article("art-1")
    assert (article.title, article.published, article.published_raw, article.extra) == (
        "Shelling in the district", date(2012, 1, 14), "2012-01-14T08:00:00Z", {"desk": "world", "rank": 3})
    assert store.article("missing") is None and store.event("missing") is None


@pytest.mark.parametrize("few_matches", [0, 10**9])  # walk the day index / sort the matches
def test_both_ways_of_searching_find_the_same_events(varied: Store, monkeypatch: pytest.MonkeyPatch,
                                                    few_matches: int) -> None:
    monkeypatch.setattr(sqlite_store, "FEW_MATCHES", few_matches)
    assert _ids(varied, EventFilter(text="shells")) == ["ev-art-1", "ev-art-2"]
    assert _ids(varied, EventFilter(text="killing nine")) == ["ev-art-2"]  # the clash kept _mention's evidence
    assert _ids(varied, EventFilter(text="a", limit=1)) == ["ev-art-1"]
    assert _ids(varied, EventFilter(text="a", after=(date(2012, 1, 13), "ev-art-1"))) == ["ev-art-2", "ev-art-3"]


def test_a_country_is_found_by_its_code_or_by_name_when_it_has_none(varied: Store) -> None:
    uncoded = replace(varied.event("ev-art-3"), event_id="ev-uncoded",
                      place=replace(DAYTON, location="Lagoon", country="Atlantis", country_code=None, iso3=None))
    varied.save_event(uncoded)
    assert _ids(varied, EventFilter(country="atlantis")) == ["ev-uncoded"]
    assert _ids(varied, EventFilter(country="sYr", limit=1)) == ["ev-art-1"]
    assert _ids(varied, EventFilter(country="Syria", after=(date(2012, 1, 13), "ev-art-1"))) == ["ev-art-2"]
    assert _ids(varied, EventFilter(country="Narnia")) == []


# --- what PostgreSQL's text cannot hold: NUL characters ----------------------------------------------


@pytest.mark.parametrize("selection", [
    EventFilter(country="Syr\x00ia"), EventFilter(event_type="Battles\x00"), EventFilter(sub_event_type="\x00"),
    EventFilter(admin1="Homs\x00"), EventFilter(actor="\x00"),
])
def test_a_filter_holding_a_nul_character_finds_nothing(varied: Store, selection: EventFilter) -> None:
    assert _ids(varied, selection) == []
    assert list(varied.mentions(selection)) == []
    assert varied.event_counts(selection, "day", "country") == []


def test_a_nul_character_in_a_search_only_separates_words(varied: Store) -> None:
    assert _ids(varied, EventFilter(text="bakery\x00queue")) == ["ev-art-1"]


def test_lookups_holding_a_nul_character_find_nothing(varied: Store) -> None:
    assert varied.event("ev-art-1\x00") is None and varied.article("art-1\x00") is None
    assert varied.stored_article("art-1\x00") is None and varied.token_by_hash("\x00") is None
    assert varied.mentions_of("ev-art-1\x00") == [] and varied.mentions_of_article("art-1\x00") == []
    assert varied.history("ev-art-1\x00") == [] and varied.revoke_token("desk\x00") is False
    assert list(varied.claims(ClaimFilter(claimant="UN\x00"))) == []


def test_a_page_start_holding_a_nul_character_compares_as_sqlite_compares_it(varied: Store) -> None:
    assert _ids(varied, EventFilter(after=(date(2012, 1, 13), "ev-art-1\x00"))) == ["ev-art-2", "ev-art-3"]
    assert _ids(varied, EventFilter(after=(date(2012, 1, 13), "ev-art-\x00"))) == ["ev-art-1", "ev-art-2", "ev-art-3"]
    early, later = _claim("art-1"), replace(_claim("art-2"), as_of=date(2012, 2, 1))
    varied.add_article(_article("art-4"), [], [replace(early, claim_id="c1", article_id="art-4"),
                                              replace(later, claim_id="c2", article_id="art-4")])
    assert [c.claim_id for c in varied.claims(ClaimFilter(after=("2012-01-14", "c\x00")))] == ["c1", "c2"]
    assert [c.claim_id for c in varied.claims(ClaimFilter(after=("2012-01-14\x00", "a")))] == ["c2"]


def test_no_postgresql_server_programs_is_an_error_saying_how_to_get_them(monkeypatch: pytest.MonkeyPatch,
                                                                          tmp_path: Path) -> None:
    """The test run's own server (tests/pgserver.py) fails, never skips, where PostgreSQL is missing."""
    import pgserver

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(pgserver, "DEBIAN_BINARIES", str(tmp_path / "nowhere" / "*" / "bin"))
    with pytest.raises(pgserver.PostgresUnavailable, match="apt-get install -y postgresql.*WIRECODER_TEST_POSTGRES_URL"):
        pgserver.start_test_server()


def test_postgresql_writers_take_turns_and_readers_never_wait(postgres_databases) -> None:
    """As SQLite's BEGIN IMMEDIATE: a second writer waits for the first to commit (so two `process` runs
    cannot merge into duplicate events); a reader, new or not, reads what is committed meanwhile."""
    db = postgres_databases.new()
    first, second, reader = open_store(db), open_store(db), open_store(db)
    second_wrote = threading.Event()

    def write_second() -> None:
        second.add_reject(Reject(origin=Origin("b.txt"), reason="empty file"))
        second_wrote.set()

    try:
        with first.transaction():
            first.add_article(_article(), [], [])
            writer = threading.Thread(target=write_second)
            writer.start()
            assert not second_wrote.wait(0.5)  # waiting for the first writer
            assert reader.stored_article("art-1") is None and reader.rejects() == []  # only what is committed
            late_reader = open_store(db)  # opening does not wait either
            assert late_reader.count("articles") == 0
            late_reader.close()
        writer.join(10)
        assert second_wrote.is_set()
        assert reader.stored_article("art-1") is not None and len(reader.rejects()) == 1
    finally:
        for store in (first, second, reader):
            store.close()


def test_long_listings_come_whole_and_in_order_a_page_at_a_time(varied: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from wirecoder.store import postgres as postgres_store

    monkeypatch.setattr(postgres_store, "PAGE_ROWS", 2)  # PostgreSQL fetches long listings in pages; SQLite streams
    varied.save_event(replace(varied.event("ev-art-2"), event_id="ev-art-0"))  # the same day as two others
    assert _ids(varied, EventFilter()) == ["ev-art-0", "ev-art-1", "ev-art-2", "ev-art-3"]
    assert _ids(varied, EventFilter(limit=3)) == ["ev-art-0", "ev-art-1", "ev-art-2"]
    assert _ids(varied, EventFilter(after=(date(2012, 1, 13), "ev-art-0"), limit=2)) == ["ev-art-1", "ev-art-2"]
    assert [m.mention_id for m in varied.mentions()] == ["art-1-m0", "art-2-m0", "art-3-m0"]
    claims = [replace(_claim("art-9"), claim_id=f"c{n}", article_id="art-9", as_of=date(2012, 1, n % 2 + 1) if n else None)
              for n in range(5)]
    varied.add_article(_article("art-9"), [], claims)
    assert [c.claim_id for c in varied.claims()] == ["c0", "c2", "c4", "c1", "c3"]
    assert [c.claim_id for c in varied.claims(ClaimFilter(limit=3, after=("", "c0")))] == ["c2", "c4", "c1"]
