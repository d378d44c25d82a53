"""Benchmark the API: read latency and throughput on /events over 100,000 events, and ingest.

1. Builds a SQLite database of --events made-up events (seeded: 30 countries, two
   years, a few thousand towns, ACLED types, actors, tolls, notes and evidence
   drawn from a small vocabulary) by saving them straight through the store, so
   the full-text index and the filter columns are filled as in real use.
2. Starts `wirecoder serve` on it (a real uvicorn server on localhost, one
   process) and runs --clients concurrent readers for --seconds, each sending a
   mix of /events queries (no filter, country, dates, type and toll, admin1,
   actor, map box, full-text words, GeoJSON, and the next page of an earlier
   answer), 100 events a page. Prints the p50/p95/p99 latency per kind of query
   and over all, and requests per second.
3. Ingest: makes a token and POSTs the first --ingest GVA articles
   (../shared/gold/gva/articles.jsonl) in batches of --batch through the API:
   half of them alone (the first batch loads the language model and is timed
   apart), then the other half while half as many readers keep reading, whose
   latency under that write load is printed too.

    .venv/bin/python bench/api_bench.py [--events 100000] [--clients 8] [--seconds 20] [--ingest 200] [--batch 10]
                                        [--server-workers 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY / "src"))

from wirecoder.model import SUB_EVENT_TYPES, Actor, Event, Evidence, Place  # noqa: E402
from wirecoder.store import SqliteStore  # noqa: E402
from wirecoder.tokens import create_token  # noqa: E402

WIRECODER = REPOSITORY / ".venv" / "bin" / "wirecoder"
GVA = REPOSITORY.parent / "shared" / "gold" / "gva" / "articles.jsonl"
FIRST_DAY = date(2022, 1, 1)
DAYS = 730
COUNTRIES = 30
#: words for made-up notes and evidence: the full-text queries pick among them
WORDS = ("market checkpoint convoy village bridge school clinic mosque church border camp road farm police army militia "
         "rebels protesters students traders drivers shelling gunfire airstrike grenade ambush raid curfew strike").split()
ACTORS = ["Military Forces of Country {n}", "Police Forces of Country {n}", "Rebel Front of Country {n}",
          "Protesters (Country {n})", "Unidentified Armed Group (Country {n})"]


def made_up_events(count: int, seed: int = 20261201) -> list[Event]:
    rng = random.Random(seed)
    sub_types = list(SUB_EVENT_TYPES)
    centres = [(rng.uniform(-35, 55), rng.uniform(-110, 130)) for _ in range(COUNTRIES)]
    events = []
    for number in range(count):
        country = rng.randrange(COUNTRIES)
        town, region = rng.randrange(100), rng.randrange(8)
        code = chr(65 + country // 26) + chr(65 + country % 26)
        latitude, longitude = centres[country][0] + rng.uniform(-4, 4), centres[country][1] + rng.uniform(-4, 4)
        sub_type = rng.choice(sub_types)
        sentence = " ".join(rng.choice(WORDS) for _ in range(12))
        event_id = f"ev-bench-{number:07d}"
        article_id = f"bench-{number:07d}"
        events.append(Event(
            event_id=event_id, event_type=SUB_EVENT_TYPES[sub_type], sub_event_type=sub_type,
            event_date=FIRST_DAY + timedelta(days=rng.randrange(DAYS)), time_precision=1,
            place=Place(location=f"Town {country}-{town}", country=f"Country {country}", country_code=code,
                        iso3="X" + code, admin1=f"Region {country}-{region}", latitude=latitude, longitude=longitude),
            actor1=Actor(rng.choice(ACTORS).format(n=country), rng.randint(1, 8)),
            actor2=Actor(f"Civilians (Country {country})", 7) if rng.random() < 0.5 else None,
            fatalities=rng.choice([0, 0, 0, 1, 1, 2, 3, 5, 8, 13, 40]),
            mention_ids=[f"{article_id}:m1"], article_ids=[article_id],
            sources=[f"Outlet {rng.randrange(50)}"], evidence=[Evidence(article_id, 0, len(sentence), sentence)],
            notes=f"{sub_type} in Town {country}-{town}: " + " ".join(rng.choice(WORDS) for _ in range(6)) + ".",
        ))
    return events


def build_database(path: Path, count: int) -> float:
    started = time.perf_counter()
    store = SqliteStore(path)
    try:
        with store.transaction():
            for event in made_up_events(count):
                store.save_event(event)
    finally:
        store.close()
    return time.perf_counter() - started


def query_mix(rng: random.Random) -> tuple[str, dict[str, str]]:
    """One /events query of a kind a dashboard or an analyst sends."""
    country = f"Country {rng.randrange(COUNTRIES)}"
    since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - 60))
    kind = rng.choice(["all", "country", "country+dates", "type+toll", "admin1", "actor", "bbox", "text", "geojson", "next page"])
    params = {
        "all": {},
        "country": {"country": country},
        "country+dates": {"country": country, "since": since.isoformat(), "until": (since + timedelta(days=60)).isoformat()},
        "type+toll": {"type": rng.choice(["Battles", "Protests", "Riots"]), "min_fatalities": "5"},
        "admin1": {"admin1": f"Region {rng.randrange(COUNTRIES)}-{rng.randrange(8)}"},
        "actor": {"actor": rng.choice(["police forces", "rebel front", "military forces"])},
        "bbox": {"bbox": "10,20,40,45"},
        "text": {"q": " ".join(rng.sample(WORDS, 2))},
        "geojson": {"country": country, "format": "geojson"},
        "next page": {"since": since.isoformat()},
    }[kind]
    return kind, params


async def readers(base: str, clients: int, seconds: float, stop: asyncio.Event | None = None) -> dict[str, list[float]]:
    """Latency (ms) of every /events request, per kind of query, from `clients` concurrent loops."""
    timings: dict[str, list[float]] = {}
    deadline = time.perf_counter() + seconds

    async def loop(number: int) -> None:
        rng = random.Random(number)
        async with httpx.AsyncClient(base_url=base, timeout=30) as client:
            while time.perf_counter() < deadline and not (stop and stop.is_set()):
                kind, params = query_mix(rng)
                if kind == "next page":  # the first page is a query by date; it counts as one
                    started = time.perf_counter()
                    first = await client.get("/events", params=params)
                    timings.setdefault("since", []).append((time.perf_counter() - started) * 1000)
                    params = {**params, "cursor": first.json()["next_cursor"]}
                started = time.perf_counter()
                response = await client.get("/events", params=params)
                elapsed = (time.perf_counter() - started) * 1000
                if response.status_code != 200:
                    raise SystemExit(f"/events {params} answered {response.status_code}: {response.text[:300]}")
                timings.setdefault(kind, []).append(elapsed)

    await asyncio.gather(*(loop(n) for n in range(clients)))
    return timings


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def summarise(timings: dict[str, list[float]], seconds: float) -> dict[str, dict[str, float]]:
    rows = {kind: values for kind, values in sorted(timings.items())}
    rows["all"] = [v for values in timings.values() for v in values]
    return {kind: {"requests": len(values), "p50_ms": round(statistics.median(values), 1),
                   "p95_ms": round(percentile(values, 0.95), 1), "p99_ms": round(percentile(values, 0.99), 1)}
            for kind, values in rows.items()} | {
        "requests_per_second": {"value": round(len(rows["all"]) / seconds, 1)}}


def gva_batches(count: int, batch: int) -> list[list[dict]]:
    if not GVA.exists():
        raise SystemExit(f"ingest articles not found: {GVA} (../shared beside the repository), or give --ingest 0")
    articles = []
    with open(GVA, encoding="utf-8") as source:
        for line in source:
            if len(articles) >= count:
                break
            articles.append(json.loads(line))
    return [articles[i:i + batch] for i in range(0, len(articles), batch)]


async def ingest(base: str, token: str, batches: list[list[dict]]) -> tuple[float, float, int, int]:
    """(first batch seconds, the rest's articles per second, articles stored, events touched)."""
    headers = {"Authorization": f"Bearer {token}"}
    stored = touched = 0
    async with httpx.AsyncClient(base_url=base, timeout=600, headers=headers) as client:
        started = time.perf_counter()
        first = await client.post("/articles", json={"articles": batches[0]})
        first_seconds = time.perf_counter() - started
        if first.status_code != 200:
            raise SystemExit(f"ingest answered {first.status_code}: {first.text[:300]}")
        started = time.perf_counter()
        for batch in batches[1:]:
            response = await client.post("/articles", json={"articles": batch})
            result = response.json()
            stored += result["stored"]
            touched += len(result["events"])
        rest_seconds = time.perf_counter() - started
    return first_seconds, sum(len(b) for b in batches[1:]) / rest_seconds, stored, touched


def wait_for(base: str, server: subprocess.Popen) -> None:
    for _ in range(300):
        if server.poll() is not None:
            raise SystemExit(f"the server stopped ({server.returncode})")
        try:
            if httpx.get(base + "/openapi.json", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not start within 30 s")


def print_table(title: str, summary: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    print(f"  {'query':<14}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind, row in summary.items():
        if kind != "requests_per_second":
            print(f"  {kind:<14}{row['requests']:>9}{row['p50_ms']:>9}{row['p95_ms']:>9}{row['p99_ms']:>9}")
    print(f"  {summary['requests_per_second']['value']} requests/s")


async def main_async(options: argparse.Namespace, base: str, token: str) -> dict:
    results: dict = {}
    results["reads"] = summarise(await readers(base, options.clients, options.seconds), options.seconds)
    print_table(f"/events, {options.clients} concurrent readers, {options.seconds:.0f} s", results["reads"])
    if options.ingest:
        batches = gva_batches(options.ingest, options.batch)
        half = len(batches) // 2 + 1  # the first half alone (its first batch loads the model), the second under reads
        first_seconds, alone, stored, touched = await ingest(base, token, batches[:half])
        print(f"\ningest alone: {sum(len(b) for b in batches[:half])} GVA articles in batches of {options.batch}: first batch "
              f"{first_seconds:.1f} s (loads the model), then {alone:.1f} articles/s ({stored} stored, {touched} events touched)")
        started = time.perf_counter()
        writer = asyncio.create_task(ingest(base, token, batches[half - 1:]))  # the one batch again: already stored, quick
        stop = asyncio.Event()
        writer.add_done_callback(lambda _: stop.set())
        during = await readers(base, max(1, options.clients // 2), 3600, stop)
        _, under_reads, _, _ = await writer
        seconds = time.perf_counter() - started
        results["ingest"] = {"articles": sum(len(b) for b in batches), "batch": options.batch,
                             "first_batch_seconds": round(first_seconds, 1), "articles_per_second_alone": round(alone, 1),
                             "articles_per_second_under_reads": round(under_reads, 1)}
        print(f"ingest under reads: {sum(len(b) for b in batches[half:])} more articles at {under_reads:.1f} articles/s")
        results["reads_during_ingest"] = summarise(during, seconds)
        print_table(f"/events while ingesting, {max(1, options.clients // 2)} readers", results["reads_during_ingest"])
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--ingest", type=int, default=200, help="GVA articles to ingest (0: none)")
    parser.add_argument("--batch", type=int, default=10)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--server-workers", type=int, default=1, help="`wirecoder serve --workers`")
    parser.add_argument("--json", help="also write the results here")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.db"
        build_seconds = build_database(database, options.events)
        print(f"{options.events} made-up events stored in {build_seconds:.1f} s ({database.stat().st_size / 1e6:.0f} MB)")
        store = SqliteStore(database)
        try:
            token = create_token(store, "bench")
        finally:
            store.close()
        base = f"http://127.0.0.1:{options.port}"
        server = subprocess.Popen([str(WIRECODER), "serve", "--db", str(database), "--port", str(options.port),
                                   "--workers", str(options.server_workers)],
                                  env={**os.environ, "WIRECODER_WORKERS": "1"})
        try:
            wait_for(base, server)
            results = asyncio.run(main_async(options, base, token))
        finally:
            server.terminate()
            server.wait(timeout=30)
    results["machine"] = {"cores": os.cpu_count(), "events": options.events, "clients": options.clients,
                          "server_workers": options.server_workers}
    if options.json:
        Path(options.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
