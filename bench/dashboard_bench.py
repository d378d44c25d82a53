"""Benchmark the dashboard: how long the page takes to load 10,000 events in a browser.

1. Builds a SQLite database of --events made-up events (api_bench.py's generator:
   30 countries, two years) unless --db names one.
2. Starts `wirecoder serve` on it (one process, localhost) and opens the dashboard
   --runs times in Debian's headless Chromium (Playwright, a new browser context each
   time, so nothing is cached), at 1366x768.
3. Prints, per run, the time from navigation to the first page of events on the map,
   and to the page having every event on the map and in the list and the timeline
   drawn (`body[data-loaded]`), and the part of it spent fetching and drawing the
   events; then the medians.

    .venv/bin/python bench/dashboard_bench.py [--events 10000] [--runs 5] [--db FILE]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_bench import WIRECODER, build_database, wait_for  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def measure(base: str, runs: int, expected: int) -> list[dict]:
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            for _ in range(runs):
                context = browser.new_context(viewport={"width": 1366, "height": 768})
                page = context.new_page()
                page.goto(base + "/app/")
                page.wait_for_selector("body[data-loaded]", state="attached", timeout=60_000)
                load = page.evaluate("window.wirecoderLoad")
                if load["events"] != expected:
                    raise SystemExit(f"the page loaded {load['events']} events, not {expected}")
                results.append(load)
                context.close()
        finally:
            browser.close()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", help="an existing database to serve (its events must number --events)")
    parser.add_argument("--json", help="also write the results here")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        db = Path(options.db) if options.db else Path(folder) / "dashboard-bench.db"
        if not options.db:
            print(f"building {options.events:,} events: {build_database(db, options.events):.1f} s")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([str(WIRECODER), "serve", "--db", str(db), "--port", str(port)])
        try:
            wait_for(base, server)
            results = measure(base, options.runs, options.events)
        finally:
            server.terminate()
            server.wait(timeout=10)
    for number, load in enumerate(results, 1):
        print(f"run {number}: first events on the map after {load['firstPageSinceNavigation']} ms, all loaded after "
              f"{load['sinceNavigation']} ms (events fetched and drawn in {load['milliseconds']} ms)")
    median = statistics.median(load["sinceNavigation"] for load in results)
    first = statistics.median(load["firstPageSinceNavigation"] for load in results)
    print(f"median: first events after {first:.0f} ms, all {options.events:,} after {median:.0f} ms")
    if options.json:
        Path(options.json).write_text(json.dumps({"events": options.events, "runs": results, "median_ms": median, "first_ms": first}, indent=2))


if __name__ == "__main__":
    main()
