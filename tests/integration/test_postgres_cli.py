"""The command line on PostgreSQL: `wirecoder process examples --db postgresql://...` stores what the
same command stores in SQLite (the same events: ids, days, places, counts, evidence), re-running changes
nothing, and what cannot work (no server, a bad URL) says what to do. A record PostgreSQL's text cannot
hold (a NUL character) is refused on both stores alike."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

import pytest

from wirecoder.store import open_store

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"
WIRECODER = REPOSITORY / ".venv" / "bin" / "wirecoder"


@pytest.fixture(scope="module")
def processed(postgres_databases, tmp_path_factory: pytest.TempPathFactory, run_cli) -> dict[str, str]:
    """examples/ processed by the CLI into a SQLite file and into a new PostgreSQL database."""
    dbs = {"sqlite": str(tmp_path_factory.mktemp("cli-both") / "examples.db"),
           "postgresql": postgres_databases.new(migrated=False)}
    for db in dbs.values():
        result = run_cli("process", EXAMPLES, "--db", db, "--quiet")
        assert result.exit_code == 0, (result.stderr, result.exception)
        assert "9 articles stored (0 already stored, 0 rejected" in result.stderr
    return dbs


def _out(run_cli, *args: str) -> str:
    result = run_cli(*args)
    assert result.exit_code == 0, (result.stderr, result.exception)
    return result.stdout


def test_events_are_the_same_on_both_stores(processed: dict[str, str], run_cli) -> None:
    sqlite_db, postgres_db = processed["sqlite"], processed["postgresql"]
    listed = _out(run_cli, "events", "--db", postgres_db)
    assert listed == _out(run_cli, "events", "--db", sqlite_db)
    assert len(listed.splitlines()) >= 7
    for options in ((), ("--level", "mentions"), ("--what", "claims")):
        exported = [json.loads(line) for line in _out(run_cli, "export", "--db", postgres_db, *options).splitlines()]
        assert exported == [json.loads(line) for line in _out(run_cli, "export", "--db", sqlite_db, *options).splitlines()]
        assert exported
    fields = ("event_id", "event_date", "location", "latitude", "longitude", "fatalities", "article_ids", "evidence")
    events = [json.loads(line) for line in _out(run_cli, "export", "--db", postgres_db).splitlines()]
    assert all(all(event[field] is not None for field in fields[:3]) for event in events)


def test_re_running_on_postgresql_changes_nothing(processed: dict[str, str], run_cli) -> None:
    before = _out(run_cli, "export", "--db", processed["postgresql"])
    again = run_cli("process", EXAMPLES, "--db", processed["postgresql"], "--quiet")
    assert again.exit_code == 0 and "0 articles stored (9 already stored, 0 rejected" in again.stderr
    assert _out(run_cli, "export", "--db", processed["postgresql"]) == before


def test_a_record_holding_a_nul_character_is_refused_on_both_stores(databases, tmp_path: Path, run_cli) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "nul-1", "text": "Gunmen killed four\u0000 villagers in Dayton, Ohio on Saturday.",
                                "published": "2017-09-17"}) + "\n", encoding="utf-8")
    db = databases.new()
    result = run_cli("process", feed, "--db", db, "--quiet")
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert f"rejected: {feed}:1: 'text' contains a NUL character" in result.stderr
    store = open_store(db)
    try:
        assert store.stored_article("nul-1") is None
        assert [r.reason.split(":")[0] for r in store.rejects()] == ["'text' contains a NUL character (\\u0000)"]
    finally:
        store.close()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free once the probe closes: nothing listens there


def _wirecoder(*args: str) -> subprocess.CompletedProcess:
    """The installed command, as a user runs it: errors become messages there, not tracebacks."""
    return subprocess.run([str(WIRECODER), *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(("db", "exit_code", "says"), [
    (f"postgresql://wirecoder@127.0.0.1:{_closed_port()}/events", 1, "Check that the server runs"),
    ("postgresql://wirecoder@127.0.0.1:notaport/events", 2, "write it as postgresql://user@host:port/dbname"),
    ("postgresql://wirecoder:secret@127.0.0.1:1/events?sslmode=nonsense", 2, "postgresql://user@host:port/dbname"),
    ("postgresql://wirecoder:secret@[::1/events", 2, "postgresql://user@host:port/dbname"),  # libpq quotes this one
])
def test_a_database_that_cannot_be_reached_is_a_message_saying_what_to_do(db: str, exit_code: int, says: str) -> None:
    result = _wirecoder("events", "--db", db)
    assert result.returncode == exit_code, result.stderr
    assert result.stderr.startswith("error: ") and says in result.stderr and "Traceback" not in result.stderr
    assert "secret" not in result.stderr  # a password in the URL is never shown


def test_a_database_that_does_not_exist_says_how_to_make_it(postgres_url: str) -> None:
    result = _wirecoder("events", "--db", postgres_url.rsplit("/", 1)[0] + "/wirecoder_no_such_database")
    assert result.returncode == 1 and "createdb" in result.stderr and "does not exist" in result.stderr, result.stderr
