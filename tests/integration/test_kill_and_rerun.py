"""kill -9 in the middle of `wirecoder process --workers 2`, then re-run: nothing lost, nothing doubled,
on SQLite and on PostgreSQL (the `databases` fixture).

The installed command, for real, over a few hundred short wire reports written
here (many towns and days, most incidents told by two or three outlets, so
that they make many events and many merges). The killed-and-resumed database
must hold exactly what one uninterrupted run stores: the same events (ids,
fields, sources), mentions, claims and event histories.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import time
from datetime import date, timedelta
from pathlib import Path

from wirecoder.store import open_store

REPOSITORY = Path(__file__).resolve().parents[2]
WIRECODER = REPOSITORY / ".venv" / "bin" / "wirecoder"

TOWNS = [("Kandahar", "Afghanistan"), ("Mosul", "Iraq"), ("Aleppo", "Syria"), ("Homs", "Syria"),
         ("Maiduguri", "Nigeria"), ("Mogadishu", "Somalia"), ("Goma", "Democratic Republic of the Congo"),
         ("Gao", "Mali"), ("Benghazi", "Libya"), ("Taiz", "Yemen"), ("Peshawar", "Pakistan"), ("Quetta", "Pakistan"),
         ("Kirkuk", "Iraq"), ("Bunia", "Democratic Republic of the Congo"), ("Kismayo", "Somalia")]
OUTLETS = ["Test Wire", "Desk News", "Field Press"]
TELLINGS = [
    "Gunmen killed {n} civilians in {town}, {country}, on {day}, police said.",
    "{n} civilians were shot dead by gunmen in {town} on {day}, a local official told reporters.",
    "Unidentified attackers opened fire on villagers in {town}, {country}, on {day}, killing {n}, residents said.",
]
BOMBINGS = [
    "A roadside bomb killed {n} soldiers near {town}, {country}, on {day}, the army said.",
    "{n} soldiers died when an explosive device hit their patrol outside {town} on {day}, officials said.",
]


def _reports(incidents: int = 110) -> list[dict]:
    """Our own wire reports: `incidents` incidents, each told by one to three outlets, in publication order."""
    rng = random.Random(7)
    reports = []
    for number in range(incidents):
        town, country = TOWNS[number % len(TOWNS)]
        day = date(2024, 1, 1) + timedelta(days=2 * number)
        tellings = BOMBINGS if number % 3 == 0 else TELLINGS
        for outlet in OUTLETS[: rng.randint(1, 3)]:
            text = rng.choice(tellings).format(n=rng.randint(2, 9), town=town, country=country, day=day.strftime("%B %d").replace(" 0", " "))
            reports.append({"id": f"r{number:03d}-{outlet.split()[0].lower()}", "title": f"Attack in {town}", "text": text,
                            "published": (day + timedelta(days=1)).isoformat(), "outlet": outlet})
    return reports


def _process(articles: Path, db: str, workers: int = 2, **popen) -> subprocess.Popen[str]:
    command = [str(WIRECODER), "process", str(articles), "--db", str(db), "--workers", str(workers), "--quiet", "--batch-size", "8"]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def _completed(articles: Path, db: str, workers: int = 2) -> str:
    run = _process(articles, db, workers)
    _, stderr = run.communicate(timeout=120)
    assert run.returncode == 0, stderr
    return stderr


def _stored_articles(db: str, databases) -> int:
    """Read-only, as another reader would: never in the writer's way."""
    if databases.name == "sqlite":
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as connection:
                return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            return 0  # not made yet
    import psycopg

    connection = databases.connect(db)
    try:
        return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except psycopg.errors.UndefinedTable:
        return 0  # not made yet
    finally:
        connection.close()


def _contents(db: str) -> dict[str, object]:
    """Everything a run stored, without the times of storing."""
    def export(*options: str) -> list[dict]:
        run = subprocess.run([str(WIRECODER), "export", "--db", str(db), *options], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        return sorted((json.loads(line) for line in run.stdout.splitlines()), key=lambda row: json.dumps(row, sort_keys=True))

    events = export()
    store = open_store(str(db))
    try:
        history = {event["event_id"]: [(change.change, change.detail) for change in store.history(event["event_id"])] for event in events}
        counts = {table: store.count(table) for table in ("articles", "mentions", "events", "claims", "rejects")}
    finally:
        store.close()
    return {"events": events, "mentions": export("--level", "mentions"), "claims": export("--what", "claims"),
            "history": history, "counts": counts}


def test_a_killed_run_resumed_stores_exactly_what_one_run_stores(tmp_path: Path, databases) -> None:
    articles = tmp_path / "reports.jsonl"
    reports = _reports()
    articles.write_text("".join(json.dumps(report) + "\n" for report in reports), encoding="utf-8")

    killed_db = databases.new(migrated=False)
    run = _process(articles, killed_db, start_new_session=True)  # its own process group: the workers die with it
    try:
        deadline = time.monotonic() + 90
        while _stored_articles(killed_db, databases) < 40 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
    stored_when_killed = _stored_articles(killed_db, databases)
    assert 0 < stored_when_killed < len(reports), "the kill should come in the middle of the run"

    resumed = _completed(articles, killed_db)
    assert f"{stored_when_killed} already stored" in resumed

    clean_db = databases.new(migrated=False)
    _completed(articles, clean_db, workers=1)  # one uninterrupted run (and one worker: the same events)
    clean = _contents(clean_db)
    assert clean["counts"]["articles"] == len(reports)
    assert 80 < clean["counts"]["events"] < len(reports)  # many events, and many reports merged into them
    assert _contents(killed_db) == clean

    again = _completed(articles, killed_db)
    assert f"0 articles stored ({len(reports)} already stored" in again
    assert _contents(killed_db) == clean
