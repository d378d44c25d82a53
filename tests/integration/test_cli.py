"""The command line, end to end over examples/ (INTERFACE.md's commands and output shapes)."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
from pathlib import Path

import click
import pytest

from wirecoder.cli import cli
from wirecoder.export import ACLED_COLUMNS
from wirecoder.store import SqliteStore

from conftest import GOLD

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"
WIRECODER = REPOSITORY / ".venv" / "bin" / "wirecoder"
SUMMARY = re.compile(
    r"(?P<stored>\d+) articles stored \((?P<already>\d+) already stored, (?P<rejected>\d+) rejected, "
    r"(?P<warnings>\d+) warnings\); "
    r"(?P<mentions>\d+) event mentions -> (?P<created>\d+) new events, (?P<updated>\d+) updated; (?P<claims>\d+) claims"
)


def _summary(stderr: str) -> dict[str, int]:
    match = SUMMARY.search(stderr)
    assert match, stderr
    return {k: int(v) for k, v in match.groupdict().items()}


def _counts(db: Path) -> dict[str, int]:
    store = SqliteStore(db)
    try:
        return {table: store.count(table) for table in ("articles", "mentions", "events", "claims", "rejects")}
    finally:
        store.close()


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, run_cli) -> tuple[Path, object]:
    """examples/ processed once into a fresh database; (path, the first run's result)."""
    db = tmp_path_factory.mktemp("cli") / "examples.db"
    result = run_cli("process", EXAMPLES, "--db", db)
    assert result.exit_code == 0, result.stderr
    return db, result


def _export(run_cli, db: Path, *options: str) -> str:
    result = run_cli("export", "--db", db, *options)
    assert result.exit_code == 0, (result.stderr, result.exception)
    return result.stdout


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# --- process ------------------------------------------------------------------------------------------------


def test_process_examples_stores_the_nine_articles_and_prints_a_summary(examples_db) -> None:
    db, result = examples_db
    summary = _summary(result.stderr)
    counts = _counts(db)
    assert (summary["stored"], summary["already"], summary["rejected"], summary["warnings"]) == (9, 0, 0, 0)
    assert counts["articles"] == 9
    assert summary["mentions"] == counts["mentions"] > 0
    assert summary["created"] == counts["events"] > 0
    assert summary["created"] + summary["updated"] == summary["mentions"]
    assert summary["claims"] == counts["claims"]
    assert f"Database: {db}" in result.stderr
    assert counts["rejects"] == 0  # README.md in examples/ is skipped silently


def test_re_running_changes_nothing(examples_db, run_cli) -> None:
    db, _ = examples_db
    before = {options: _export(run_cli, db, *options) for options in
              [(), ("--level", "mentions"), ("--what", "claims"), ("--format", "acled-csv")]}
    counts = _counts(db)
    again = run_cli("process", EXAMPLES, "--db", db)
    assert again.exit_code == 0, again.stderr
    summary = _summary(again.stderr)
    assert (summary["stored"], summary["already"], summary["mentions"], summary["created"], summary["updated"]) == (0, 9, 0, 0, 0)
    assert _counts(db) == counts
    for options, text in before.items():
        assert _export(run_cli, db, *options) == text, options


def test_processing_into_a_new_database_gives_the_same_export(examples_db, run_cli, tmp_path: Path) -> None:
    db, _ = examples_db
    fresh = tmp_path / "fresh.db"
    assert run_cli("process", EXAMPLES, "--db", fresh).exit_code == 0
    assert _export(run_cli, fresh) == _export(run_cli, db)


def test_process_plain_text_from_stdin(run_cli, tmp_path: Path) -> None:
    db = tmp_path / "stdin.db"
    text = ("Gunmen kill three guards at border post\n\nGunmen killed three border guards at a post near the town of Rastan "
            "in Homs province on Friday, activists said.\n")
    result = run_cli("process", "-", "--db", db, "--published", "2012-01-14", input=text)
    assert result.exit_code == 0, result.stderr
    assert _summary(result.stderr)["stored"] == 1
    with sqlite3.connect(db) as connection:
        (row,) = connection.execute("SELECT title, published, origin FROM articles").fetchall()
    assert row == ("Gunmen kill three guards at border post", "2012-01-14", "<stdin>")


def test_process_jsonl_from_stdin_with_the_installed_command(tmp_path: Path) -> None:
    db = tmp_path / "pipe.db"
    lines = "".join(json.dumps(r) + "\n" for r in [
        {"id": "pipe-1", "text": "Police arrested six protesters in central Nairobi on Monday.", "published": "2015-03-10"},
        {"id": "pipe-2", "text": "Gunmen killed two guards at a bank in Dayton, Ohio on Saturday.", "published": "2017-09-17"},
    ])
    done = subprocess.run([str(WIRECODER), "process", "-", "--db", str(db), "--quiet"], input=lines.encode(),
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    assert _summary(done.stderr.decode())["stored"] == 2
    with sqlite3.connect(db) as connection:
        assert sorted(r[0] for r in connection.execute("SELECT id FROM articles")) == ["pipe-1", "pipe-2"]


def test_process_rejects_a_bad_published_option(run_cli, tmp_path: Path) -> None:
    result = run_cli("process", EXAMPLES, "--db", tmp_path / "x.db", "--published", "14/01/2012")
    assert result.exit_code == 2
    assert "is not a date in the form YYYY-MM-DD" in result.stderr
    assert not (tmp_path / "x.db").exists()


# --- events and export ---------------------------------------------------------------------------------------


def test_events_prints_a_table_with_header_and_totals(examples_db, run_cli) -> None:
    db, _ = examples_db
    result = run_cli("events", "--db", db)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.rstrip("\n").splitlines()
    assert lines[0].split() == ["date", "type", "location", "killed", "injured", "sources", "actors"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    events = _jsonl(_export(run_cli, db))
    total = re.fullmatch(r"(\d+) events, (\d+) killed \(.*\)", lines[-1])
    assert total, lines[-1]
    assert (int(total.group(1)), int(total.group(2))) == (len(events), sum(e["fatalities"] for e in events))
    rows = lines[2:-1]
    assert [row[:10] for row in rows] == [e["event_date"] for e in events]


def test_events_filters_match_export_filters(examples_db, run_cli) -> None:
    db, _ = examples_db
    events = _jsonl(_export(run_cli, db))
    syria = [e for e in events if e["iso3"] == "SYR"]
    assert syria, "the examples report shelling in Syria"
    for options in (("--country", "SYR"), ("--country", "syria"), ("--country", "SY")):
        result = run_cli("events", "--db", db, *options)
        assert result.stdout.splitlines()[-1].startswith(f"{len(syria)} events"), options
        assert [e["event_id"] for e in _jsonl(_export(run_cli, db, *options))] == [e["event_id"] for e in syria]
    since = _jsonl(_export(run_cli, db, "--since", "2013-01-01", "--until", "2016-12-31"))
    assert [e["event_id"] for e in since] == [e["event_id"] for e in events if "2013-01-01" <= e["event_date"] <= "2016-12-31"]
    limited = run_cli("events", "--db", db, "--limit", "2")
    assert limited.stdout.splitlines()[-1].startswith("2 events")


def test_export_jsonl_has_every_interface_field(examples_db, run_cli, interface_record) -> None:
    db, _ = examples_db
    events = _jsonl(_export(run_cli, db))
    assert len(events) == _counts(db)["events"]
    for event in events:
        interface_record(event, "event")
        assert event["article_ids"], event
    assert len({e["event_id"] for e in events}) == len(events)
    assert [e["event_date"] for e in events] == sorted(e["event_date"] for e in events)


def test_export_mentions_have_article_id(examples_db, run_cli, interface_record) -> None:
    db, _ = examples_db
    mentions = _jsonl(_export(run_cli, db, "--level", "mentions"))
    assert len(mentions) == _counts(db)["mentions"]
    events = _jsonl(_export(run_cli, db))
    for mention in mentions:
        interface_record(mention, "mention")
        assert "article_ids" not in mention
    assert {m["article_id"] for m in mentions} == {a for e in events for a in e["article_ids"]}


def test_export_claims(examples_db, run_cli, interface_record) -> None:
    db, _ = examples_db
    claims = _jsonl(_export(run_cli, db, "--what", "claims"))
    assert len(claims) == _counts(db)["claims"] >= 1
    for claim in claims:
        interface_record(claim, "claim")


def test_export_acled_csv(examples_db, run_cli) -> None:
    db, _ = examples_db
    events = _jsonl(_export(run_cli, db))
    reader = csv.DictReader(io.StringIO(_export(run_cli, db, "--format", "acled-csv")))
    rows = list(reader)
    assert reader.fieldnames == ACLED_COLUMNS
    assert [(r["event_id_cnty"], r["event_date"], r["event_type"], r["sub_event_type"], int(r["fatalities"])) for r in rows] == [
        (e["event_id"], e["event_date"], e["event_type"], e["sub_event_type"], e["fatalities"]) for e in events]
    for row, event in zip(rows, events):
        inters = sorted(i for i in (event["inter1"], event["inter2"]) if i)
        if len(inters) == 2:
            assert row["interaction"] == f"{inters[0]}{inters[1]}"
        assert row["year"] == event["event_date"][:4]
    syria = [r for r in rows if r["country"] == "Syria"]
    assert syria and all(r["iso"] == "760" for r in syria)  # ISO numeric from the gazetteer


def test_export_geojson(examples_db, run_cli) -> None:
    db, _ = examples_db
    events = _jsonl(_export(run_cli, db))
    collection = json.loads(_export(run_cli, db, "--format", "geojson"))
    assert collection["type"] == "FeatureCollection"
    located = [e for e in events if e["latitude"] is not None and e["longitude"] is not None]
    assert [f["properties"]["event_id"] for f in collection["features"]] == [e["event_id"] for e in located]
    for feature, event in zip(collection["features"], located):
        assert feature["geometry"] == {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]}


def test_export_to_a_file(examples_db, run_cli, tmp_path: Path) -> None:
    db, _ = examples_db
    target = tmp_path / "out" / "events.jsonl"
    target.parent.mkdir()
    result = run_cli("export", "--db", db, "--output", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    expected = _export(run_cli, db)
    assert target.read_text(encoding="utf-8") == expected
    assert f"{len(expected.splitlines())} events written to {target}" in result.stderr
    short = run_cli("export", "--db", db, "--what", "claims", "-o", tmp_path / "claims.jsonl")
    assert short.exit_code == 0
    assert "claims written to" in short.stderr


def test_export_claims_only_as_jsonl(examples_db, run_cli) -> None:
    db, _ = examples_db
    result = run_cli("export", "--db", db, "--what", "claims", "--format", "geojson")
    assert result.exit_code != 0
    assert "claims export as jsonl only" in str(result.exception)


def test_export_refuses_an_unknown_format(examples_db, run_cli) -> None:
    db, _ = examples_db
    result = run_cli("export", "--db", db, "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_export_without_a_database_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    done = subprocess.run([str(WIRECODER), "export", "--db", str(missing)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip() == f"error: no database at {missing}; create one with `wirecoder process INPUT --db {missing}`"
    assert not missing.exists()  # asking must not create it


@pytest.mark.parametrize("command", ["events", "rejects"])
def test_reading_commands_without_a_database_fail(run_cli, tmp_path: Path, command: str) -> None:
    result = run_cli(command, "--db", tmp_path / "missing.db")
    assert result.exit_code == 1
    assert "no database at" in str(result.exception)
    assert not (tmp_path / "missing.db").exists()


def test_a_db_that_is_not_sqlite_is_refused(run_cli, tmp_path: Path) -> None:
    result = run_cli("process", EXAMPLES, "--db", tmp_path / "events.csv")
    assert result.exit_code != 0
    assert "give a SQLite path ending in .db" in str(result.exception)


# --- help and geoparse ---------------------------------------------------------------------------------------


def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths = [prefix]
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            paths += _command_paths(command, prefix + (name,))
        else:
            paths.append(prefix + (name,))
    return paths


def test_help_works_on_every_command(run_cli) -> None:
    paths = _command_paths(cli)
    assert {("process",), ("export",), ("events",), ("geoparse",), ("rejects",), ("gazetteer", "build")} <= set(paths)
    for path in paths:
        for flag in ("--help", "-h"):
            result = run_cli(*path, flag)
            assert result.exit_code == 0, (path, result.stderr)
            assert result.stdout.startswith("Usage: "), path
            assert "--help" in result.stdout


def test_every_export_option_is_documented(run_cli) -> None:
    text = run_cli("export", "--help").stdout
    for option in ("--db", "--level", "--what", "--format", "--output", "jsonl", "acled-csv", "geojson", "mentions", "claims"):
        assert option in text, option


def test_version(run_cli) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("wirecoder, version ")


def test_geoparse_prints_one_line_per_article_with_its_places(run_cli, tmp_path: Path, interface_record) -> None:
    text = ("Security forces shelled the town of Rastan in Homs province on Friday. "
            "Families fled towards Hama and the capital Damascus.\n")
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("geoparse", path, "--quiet")
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert set(record) == {"article_id", "places"}
    assert record["article_id"].startswith("a")
    for place in record["places"]:
        interface_record(place, "place")
        assert text[place["start"]:place["end"]] == place["text"]
    found = {p["text"]: p for p in record["places"]}
    assert {"Rastan", "Hama", "Damascus"} <= set(found)
    assert all(found[name]["country"] == "Syria" for name in ("Rastan", "Hama", "Damascus"))
    assert found["Damascus"]["geonameid"] == 170654
    assert abs(found["Damascus"]["latitude"] - 33.51) < 0.05 and abs(found["Damascus"]["longitude"] - 36.29) < 0.05


def test_geoparse_to_a_file_and_rejects_reported(run_cli, tmp_path: Path) -> None:
    good = tmp_path / "in" / "a.txt"
    good.parent.mkdir()
    good.write_text("Police dispersed a march in Lahore on Monday.\n", encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    target = tmp_path / "places.jsonl"
    result = run_cli("geoparse", tmp_path / "in", "--output", target)
    assert result.exit_code == 0, result.stderr
    (record,) = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [p["text"] for p in record["places"]] == ["Lahore"]
    assert f"rejected: {tmp_path / 'in' / 'b.txt'}: empty file" in result.stderr


def test_history_shows_how_the_repeated_incident_came_about(examples_db, run_cli) -> None:
    db, _ = examples_db
    shared = [e for e in _jsonl(_export(run_cli, db)) if len(e["article_ids"]) > 1]
    assert shared, "the examples hold one incident reported by two outlets"
    result = run_cli("history", shared[0]["event_id"], "--db", db)
    assert result.exit_code == 0, result.stderr
    changes = [line.split("\t")[1] for line in result.stdout.splitlines()]
    assert changes[0] == "created" and "source added" in changes
    # processing the same input again adds nothing to the history
    run_cli("process", EXAMPLES, "--db", db)
    assert run_cli("history", shared[0]["event_id"], "--db", db).stdout == result.stdout
    missing = run_cli("history", "ev-nothing", "--db", db)
    assert missing.exit_code != 0 and "no event 'ev-nothing'" in missing.stderr


def test_a_republished_wire_story_is_one_independent_source(examples_db, run_cli) -> None:
    db, _ = examples_db
    maiduguri = [e for e in _jsonl(_export(run_cli, db)) if e["location"] == "Maiduguri"]
    assert [len(e["article_ids"]) for e in maiduguri] == [2]
    assert "Reported by 2 articles (1 independent)." in maiduguri[0]["notes"]
    bab_amr = [e for e in _jsonl(_export(run_cli, db)) if e["location"] == "Bab Amr"]
    assert "Reported by 2 articles." in bab_amr[0]["notes"]  # two outlets' own reports


@pytest.mark.skipif(not GOLD.is_dir(), reason=f"gold data not found at {GOLD}")
def test_eval_case2021_scores_the_held_out_half(run_cli) -> None:
    result = run_cli("eval", "case2021", "--split", "heldout", "--limit", "3", "--quiet", "--json", "-")
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout[result.stdout.index("{"):])["case2021"]
    assert (figures["split"], figures["snippets"]) == ("heldout", 3)


def test_claims_show_a_claimants_toll_over_time(examples_db, run_cli) -> None:
    db, _ = examples_db
    everyone = run_cli("claims", "--db", db)
    assert everyone.exit_code == 0, everyone.stderr
    assert "United Nations" in everyone.stdout.split("\n\n")[0]  # who makes claims comes first
    result = run_cli("claims", "--db", db, "--claimant", "united nations")
    assert result.exit_code == 0, result.stderr
    rows = [line for line in result.stdout.splitlines() if line[:4].isdigit()]
    days = [row.split()[0] for row in rows]
    assert len(rows) == 2 and days == sorted(days)  # oldest first: the toll as it grew
    assert "more than 5,400" in rows[0] and "more than 7,500" in rows[1]
    assert run_cli("claims", "--db", db, "--claimant", "nobody").stdout.rstrip().endswith("0 claims (figures as their claimants gave them; never events)")
