"""The Spark engine end to end, in local mode (PySpark on this machine's Java): the bundled examples
(plus bad records of our own) give, after `wirecoder load`, exactly the events, histories, stories and
rejects the local engine stores; with every period cut into week blocks too; loaded into SQLite and
PostgreSQL. One SparkSession (local[2]) serves the module."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from wirecoder.ingest import read_inputs
from wirecoder.model import mention_from_plain
from wirecoder.process import process
from wirecoder.spark import load, run_spark, spark_session
from wirecoder.spark.compare import differences
from wirecoder.store import SqliteStore, open_store

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"

BAD_RECORDS = "\n".join([
    '{"id": "bad-1", "title": "Not JSON at all',  # cut short
    json.dumps({"id": "bad-2", "title": "No text", "published": "2012-02-21"}),
    json.dumps({"id": "ok-1", "title": "Clashes near Idlib", "published": "2012-02-22", "outlet": "Highland Courier",
                "text": "IDLIB, Syria (Highland Courier) - Government troops and rebels clashed on Tuesday in the town of "
                        "Saraqeb near Idlib, and four fighters were killed, activists said."}),
    json.dumps({"id": "ex-kenya-001", "title": "A repeat of an example's id", "published": "2012-02-22",
                "text": "Another text under an id already read."}),
]) + "\n"

# one shelling, reported by two outlets with days either side of the edge between two weeks (Sunday, Monday), both naming
# the same victim (an organisation, the Syrian Observatory, names no one)
ACROSS_A_WEEKEND = "\n".join(json.dumps(record) for record in [
    {"id": "edge-1", "title": "Shelling hits Hama", "published": "2012-01-16", "outlet": "Levant Desk News",
     "text": "HAMA, Syria (Levant Desk News) - Government forces shelled the city of Hama on January 15, killing five "
             "civilians, among them Omar Haddad, a teacher, activists said."},
    {"id": "edge-2", "title": "Five dead as shells fall on Hama", "published": "2012-01-17", "outlet": "Rivergate Times",
     "text": "HAMA, Syria (Rivergate Times) - Government forces shelled the city of Hama on January 16, killing six "
             "civilians, among them a teacher, Omar Haddad, the Syrian Observatory for Human Rights said."},
]) + "\n"


# a shooting, and a plea ten months later that dates it only by itself: folded into the shooting's event
# after merging (merge/follow_ups.py), by either engine
A_PLEA_MONTHS_LATER = "\n".join(json.dumps(record) for record in [
    {"id": "dayton-1", "title": "Two men shot dead outside Dayton store", "published": "2011-03-09", "outlet": "Valley Ledger",
     "text": "DAYTON, Ohio - Marcus Greene, 24, and Tyrell Banks, 19, were shot and killed Tuesday night outside a "
             "convenience store on Salem Avenue, police said. Officers found both men in the parking lot shortly after 10 p.m."},
    {"id": "dayton-2", "title": "Man pleads guilty in killings of two men outside Dayton store", "published": "2012-01-20",
     "outlet": "Gem City Daily",
     "text": "DAYTON, Ohio - A Dayton man pleaded guilty Thursday to two counts of murder in the shooting deaths of Marcus "
             "Greene and Tyrell Banks outside a convenience store on Salem Avenue. Prosecutors said Derrick Olson, 27, "
             "opened fire on the two men after an argument."},
]) + "\n"


@pytest.fixture(scope="module")
def spark():
    session = spark_session("local[2]", config={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4",
                                                "spark.default.parallelism": "2"})
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/ with a file of bad records, one of reports across a week's edge and one of a plea months after
its shooting (folders are read sorted)."""
    folder = tmp_path_factory.mktemp("spark-inputs") / "reports"
    shutil.copytree(EXAMPLES, folder)
    (folder / "zz_bad.jsonl").write_text(BAD_RECORDS, encoding="utf-8")
    (folder / "edge.jsonl").write_text(ACROSS_A_WEEKEND, encoding="utf-8")
    (folder / "plea.jsonl").write_text(A_PLEA_MONTHS_LATER, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def local_store(inputs: Path, resources, tmp_path_factory: pytest.TempPathFactory):
    store = SqliteStore(tmp_path_factory.mktemp("spark-local") / "local.db")
    process(read_inputs([str(inputs)], resources.settings), store, resources)
    yield store
    store.close()


@pytest.fixture(scope="module")
def spark_out(inputs: Path, spark, settings, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object]:
    out = tmp_path_factory.mktemp("spark-out")
    report = run_spark(read_inputs([str(inputs)], settings), out, settings, spark)
    return out, report


def _loaded(out: Path, db: str):
    store = open_store(db)
    load(out, store)
    return store


def test_spark_gives_the_local_engines_events_histories_and_rejects(spark_out, local_store, tmp_path: Path) -> None:
    out, report = spark_out
    assert report.extracted == 14 and report.rejected == 2 and report.already_read == 1
    assert report.folded == 1  # the plea's event, into the shooting's
    loaded = _loaded(out, str(tmp_path / "spark.db"))
    try:
        events = list(loaded.events())
        assert len(events) >= 8
        (shooting,) = [e for e in events if "dayton-2" in e.article_ids]
        assert shooting.article_ids == ["dayton-1", "dayton-2"] and shooting.event_date.isoformat() == "2011-03-08"
        assert differences(local_store, loaded) == []
        assert sorted(map(str, loaded.rejects())) == sorted(map(str, local_store.rejects()))
        assert any("bad-1" in str(r) or "zz_bad.jsonl:1" in str(r) for r in loaded.rejects())
        # the copy in wire_feed.jsonl joined its original's story, as locally
        stories = {m.mention_id: m.story_id for m in loaded.mentions()}
        assert stories == {m.mention_id: m.story_id for m in local_store.mentions()}
        assert len(set(stories.values())) < len(stories)
    finally:
        loaded.close()


def test_week_blocks_with_the_check_give_the_same_events(inputs: Path, spark, settings, local_store, tmp_path: Path) -> None:
    # every period cut into weeks and no overlap at all: only the check keeps the events right
    report = run_spark(read_inputs([str(inputs)], settings), tmp_path / "out", settings, spark,
                       whole_component_days=0, overlap_days=0)
    assert report.whole_blocks == 0 and report.blocks >= 4
    # Monday's block cannot see Sunday's report: its guess is caught and its component merged again
    assert report.disagreements >= 1 and report.remerged_components >= 1
    loaded = _loaded(tmp_path / "out", str(tmp_path / "weeks.db"))
    try:
        assert differences(local_store, loaded) == []
    finally:
        loaded.close()


def test_load_into_either_store_and_again_changes_nothing(spark_out, local_store, databases) -> None:
    out, _ = spark_out
    db = databases.new()
    loaded = _loaded(out, db)
    try:
        assert differences(local_store, loaded) == []
        again = load(out, loaded)
        assert (again.articles, again.events, again.already_stored) == (0, 0, 14)
        assert differences(local_store, loaded) == []
    finally:
        loaded.close()


def test_mentions_parquet_holds_every_mention_as_stored_locally(spark_out, local_store) -> None:
    out, _ = spark_out
    rows = ds.dataset(str(out / "mentions"), format="parquet").to_table().to_pylist()
    written = {row["mention_id"]: mention_from_plain(json.loads(row["mention_json"])) for row in rows}
    stored = {m.mention_id: m for m in local_store.mentions()}
    for mention in stored.values():
        mention.event_id = None  # the store's pointer to its event; mentions/ is written before merging
    assert written == stored
    assert {row["mention_id"]: (row["country_code"], row["event_date"]) for row in rows} == {
        m.mention_id: (m.place.country_code, m.event_date) for m in stored.values()}


def test_spark_without_out_is_a_clear_error(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "wirecoder", "process", str(EXAMPLES), "--engine", "spark"],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={"PYTHONPATH": str(REPOSITORY / "src"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 2
    assert done.stderr.strip() == ("error: --engine spark writes Parquet, not a database: give --out DIR "
                                   "(then `wirecoder load DIR --db wirecoder.db` to query it)")


def test_out_without_the_spark_engine_is_refused(run_cli, tmp_path: Path) -> None:
    result = run_cli("process", EXAMPLES, "--db", tmp_path / "x.db", "--out", tmp_path / "parquet")
    assert result.exit_code != 0
    assert "--out and --master are for --engine spark" in str(result.exception)
    assert not (tmp_path / "x.db").exists() and not (tmp_path / "parquet").exists()
