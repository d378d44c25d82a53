"""Bad input through `wirecoder process`: every bad record is reported (file, line, reason), recorded, and skipped;
the good ones are stored; a re-run loses nothing."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from pathlib import Path

import pytest

from wirecoder.model import Origin, Reject
from wirecoder.store import SqliteStore

SIZE_LIMIT = 4000  # bytes: small, so the oversize file is small too

GOOD_FIRST = {"id": "feed-1", "text": "Gunmen killed four villagers in Dayton, Ohio on Saturday, police said.",
              "published": "2017-09-17", "outlet": "Test Wire"}
GOOD_SECOND = {"id": "feed-2", "text": "Police arrested nine protesters in Houston, Texas on Monday.",
               "published": "2017-09-19", "outlet": "Test Wire"}
NO_DATE = ("Gunmen attack checkpoint outside Homs\n\n"
           "Gunmen attacked an army checkpoint outside Homs on Friday, killing three soldiers, activists said.\n")


def _folder(root: Path) -> Path:
    folder = root / "incoming"
    (folder / "day2").mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00\x01\x02binary body")
    (folder / "latin1.txt").write_bytes("Café owner shot in market\n\nA gunman shot a café owner.\n".encode("latin-1"))
    (folder / "day2" / "huge.txt").write_text("A gunman shot two guards at the gate. " * 200, encoding="utf-8")
    (folder / "day2" / "nodate.txt").write_text(NO_DATE, encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps(GOOD_FIRST) + "\n" + '{"id": "feed-broken", "text": "Police said\n' + json.dumps(GOOD_SECOND) + "\n",
        encoding="utf-8",
    )
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0 not an article")
    return folder


@pytest.fixture
def limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIRECODER_MAX_ARTICLE_BYTES", str(SIZE_LIMIT))


@pytest.fixture
def first_run(tmp_path: Path, run_cli, limited):
    folder = _folder(tmp_path)
    db = tmp_path / "bad.db"
    result = run_cli("process", folder, "--db", db)
    return folder, db, result


def _expected_problems(folder: Path) -> list[tuple[str, str, str]]:
    """(severity, origin, start of reason) for every record that must be reported."""
    return [
        ("error", str(folder / "day2" / "huge.txt"), "file is "),
        ("warning", str(folder / "day2" / "nodate.txt"), "no publication date"),
        ("error", str(folder / "empty.txt"), "empty file"),
        ("error", f"{folder / 'feed.jsonl'}:2", "malformed JSON"),
        ("error", str(folder / "latin1.txt"), "not valid UTF-8 (byte 0xe9 at offset 3)"),
        ("warning", str(folder / "photo.jpg"), "not a readable input"),
        ("error", str(folder / "scan.txt"), "binary file (contains NUL bytes)"),
    ]


def _stored_ids(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return sorted(row[0] for row in connection.execute("SELECT id FROM articles"))


def test_process_stores_the_good_articles_and_exits_0(first_run) -> None:
    folder, db, result = first_run
    assert result.exit_code == 0, (result.stderr, result.exception)
    stored = _stored_ids(db)
    assert len(stored) == 3
    assert {"feed-1", "feed-2"} <= set(stored)
    assert re.search(r"^3 articles stored \(0 already stored, 5 rejected, \d+ warnings\)", result.stderr, re.M), result.stderr


def test_every_problem_is_reported_with_file_line_and_reason(first_run) -> None:
    folder, db, result = first_run
    for severity, origin, reason in _expected_problems(folder):
        word = "rejected" if severity == "error" else "warning"
        assert f"{word}: {origin}: {reason}" in result.stderr, (origin, result.stderr)
    (oversize,) = [line for line in result.stderr.splitlines() if "huge.txt" in line]
    assert "more than one article can be" in oversize and "WIRECODER_MAX_ARTICLE_BYTES" in oversize


def test_rejects_are_recorded_in_the_store(first_run) -> None:
    folder, db, _ = first_run
    store = SqliteStore(db)
    try:
        recorded = store.rejects()
    finally:
        store.close()
    for severity, origin, reason in _expected_problems(folder):
        source, _, line = origin.rpartition(":") if origin.endswith(":2") else (origin, "", "")
        wanted = Origin(source, int(line) if line else None)
        matching = [r for r in recorded if r.origin == wanted and r.reason.startswith(reason)]
        assert len(matching) == 1, (origin, recorded)
        assert matching[0].severity == severity
    malformed = next(r for r in recorded if r.origin.line == 2)
    assert '"feed-broken"' in malformed.excerpt
    undated = next(r for r in recorded if r.reason.startswith("no publication date"))
    assert undated.article_id in _stored_ids(db)  # stored, with a warning
    assert all(isinstance(r, Reject) for r in recorded)


def test_the_rejects_command_lists_them(first_run, run_cli) -> None:
    folder, db, _ = first_run
    result = run_cli("rejects", "--db", db)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    for severity, origin, reason in _expected_problems(folder):
        assert any(line.startswith(f"{severity}\t{origin}\t{reason}") for line in lines), (origin, lines)
    errors = sum(line.startswith("error\t") for line in lines)
    warnings = sum(line.startswith("warning\t") for line in lines)
    assert errors == 5
    assert result.stderr.strip() == f"{errors} rejected, {warnings} warnings"


def test_a_re_run_keeps_every_stored_article(first_run, run_cli) -> None:
    folder, db, _ = first_run
    before = _stored_ids(db)
    again = run_cli("process", folder, "--db", db)
    assert again.exit_code == 0, again.stderr
    assert re.search(r"^0 articles stored \(3 already stored, 5 rejected", again.stderr, re.M), again.stderr
    assert _stored_ids(db) == before


def test_a_re_run_does_not_duplicate_line_rejects_or_warnings(first_run, run_cli) -> None:
    folder, db, _ = first_run
    run_cli("process", folder, "--db", db)
    store = SqliteStore(db)
    try:
        recorded = store.rejects()
    finally:
        store.close()
    assert len([r for r in recorded if r.origin.line == 2]) == 1
    assert len([r for r in recorded if r.reason.startswith("no publication date")]) == 1


def test_a_re_run_does_not_duplicate_rejects(first_run, run_cli) -> None:
    folder, db, _ = first_run
    first = run_cli("rejects", "--db", db).stdout
    run_cli("process", folder, "--db", db)
    assert run_cli("rejects", "--db", db).stdout == first


def test_a_fifty_megabyte_text_file_is_rejected_without_being_read(tmp_path: Path, run_cli,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WIRECODER_MAX_ARTICLE_BYTES", raising=False)  # the default limit (2 MB)
    folder = tmp_path / "big"
    folder.mkdir()
    huge = folder / "dump.txt"
    with huge.open("wb") as handle:
        chunk = b"Gunmen attacked a convoy near the border crossing on Friday. " * 16384
        while handle.tell() < 50_000_000:
            handle.write(chunk)
    read_paths: list[Path] = []
    original = Path.read_bytes

    def spying_read_bytes(self: Path) -> bytes:
        read_paths.append(self)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", spying_read_bytes)
    started = time.perf_counter()
    result = run_cli("process", folder, "--db", tmp_path / "big.db")
    elapsed = time.perf_counter() - started
    assert result.exit_code == 0, result.stderr
    assert huge not in read_paths
    assert elapsed < 3, f"rejecting took {elapsed:.1f} s"
    size_mb = huge.stat().st_size / 1e6
    assert f"rejected: {huge}: file is {size_mb:.1f} MB, more than one article can be (limit 2.0 MB" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("0 articles stored (0 already stored, 1 rejected")
