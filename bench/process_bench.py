"""Benchmark `wirecoder process`: articles per second and peak memory.

Runs the real command, as a user would, over N articles made from
../shared/gold/gva/articles.jsonl (the first N; past its end the articles are
repeated with new ids) into a fresh SQLite database, once per worker setting
and size, and samples the resident memory of the whole process tree (the main
process and its workers, summed) every 0.1 s from /proc. The articles are
written to a file line by line and `process` streams them: a peak that stays
flat from 2,000 to 10,000 articles shows that memory does not grow with the input.

    .venv/bin/python bench/process_bench.py [--articles 1000 ...] [--workers 1 2] [--spark 'local[2]']

With `--spark MASTER` the Spark engine runs too (`process --engine spark`, Parquet
out; the tree then holds the driver, Spark's JVM and its Python workers). The
language model load is part of the figure (a user pays it too); the
gazetteer must already be built (`make install` does it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
GVA = REPOSITORY.parent / "shared" / "gold" / "gva" / "articles.jsonl"


def tree_rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            parent = int(fields[1])
            with open(f"/proc/{entry}/statm", encoding="utf-8") as handle:
                pages = int(handle.read().split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def run(articles: Path, workers: int, count: int, master: str | None = None) -> dict[str, float]:
    """One run of `wirecoder process` (this checkout's code, run by this interpreter): the local engine with
    `workers`, or with `master` the Spark engine (its JVM and Python workers are in the process tree too)."""
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.db"
        command = [sys.executable, "-m", "wirecoder", "process", str(articles), "--quiet"]
        if master is None:
            command += ["--db", str(database), "--workers", str(workers)]
        else:
            command += ["--engine", "spark", "--master", master, "--out", str(Path(folder) / "parquet")]
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPOSITORY / "src"),
                                                                                 os.environ.get("PYTHONPATH")])))
        started = time.perf_counter()
        child = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=environment)
        peak = 0
        while child.poll() is None:
            peak = max(peak, tree_rss_bytes(child.pid))
            time.sleep(0.1)
        seconds = time.perf_counter() - started
        summary = child.stderr.read().strip().splitlines()[-1] if child.stderr else ""
        if child.returncode != 0:
            raise SystemExit(f"wirecoder process failed ({child.returncode}): {summary}")
    return {"engine": f"spark {master}" if master else "local", "workers": workers, "articles": count,
            "seconds": round(seconds, 1),
            "articles_per_second": round(count / seconds, 1), "peak_memory_mb": round(peak / 1e6), "summary": summary}


def write_articles(target: Path, count: int) -> None:
    """`count` GVA articles, line by line; repeats get new ids (`<id>-r2`, ...) so that all are stored."""
    written = 0
    repeat = 1
    while written < count:
        with open(GVA, encoding="utf-8") as source, open(target, "a", encoding="utf-8") as sink:
            for line in source:
                if written >= count:
                    break
                if repeat > 1:
                    record = json.loads(line)
                    record["id"] = f"{record['id']}-r{repeat}"
                    line = json.dumps(record, ensure_ascii=False) + "\n"
                sink.write(line)
                written += 1
        repeat += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="+", default=[1000], help="sizes to run (each with every worker setting)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--spark", nargs="*", default=[], metavar="MASTER",
                        help="also run the Spark engine on these masters, e.g. --spark 'local[2]' (Parquet out, no load)")
    parser.add_argument("--json", help="also write the results here")
    options = parser.parse_args()
    if not GVA.exists():
        raise SystemExit(f"benchmark data not found: {GVA} (../shared beside the repository)")
    results = []
    for count in options.articles:
        with tempfile.TemporaryDirectory() as folder:
            sample = Path(folder) / "articles.jsonl"
            write_articles(sample, count)
            for workers in options.workers:
                results.append(run(sample, workers, count))
                _print(results[-1])
            for master in options.spark:
                results.append(run(sample, 0, count, master))
                _print(results[-1])
    if options.json:
        Path(options.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    sys.exit(0)


def _print(result: dict[str, float]) -> None:
    who = result["engine"] if result["engine"] != "local" else f"workers {result['workers']}"
    print(f"{who}: {result['articles']} articles in {result['seconds']} s = "
          f"{result['articles_per_second']} articles/s, peak memory {result['peak_memory_mb']} MB", flush=True)


if __name__ == "__main__":
    main()
