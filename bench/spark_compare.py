"""Does `--engine spark` give the local engine's events? Runs both on the first N GVA articles.

    PYTHONPATH=src .venv/bin/python bench/spark_compare.py --articles 500 [--master local[2]]
        [--whole-component-days 28] [--no-check]

The local engine (`process`, 2 workers) writes one SQLite database; the Spark
engine writes Parquet, loaded with `wirecoder load` into another; then every
event is compared: id, day, place, counts, articles, sources, evidence, notes
and its history. `--whole-component-days 0` makes every busy period a week
block (the blocking the issue describes, with the check that makes it exact);
`--no-check` keeps the week blocks' unchecked guesses, to measure how often
blocking alone would differ from the local engine.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
GVA = REPOSITORY.parent / "shared" / "gold" / "gva" / "articles.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--workers", type=int, default=2, help="the local engine's workers")
    parser.add_argument("--whole-component-days", type=int, default=None)
    parser.add_argument("--overlap-days", type=int, default=None)
    parser.add_argument("--no-check", action="store_true")
    parser.add_argument("--keep", help="keep the databases and Parquet in this folder")
    parser.add_argument("--reuse-local", action="store_true", help="take the local engine's database from an earlier --keep run")
    options = parser.parse_args()
    if not GVA.exists():
        raise SystemExit(f"GVA articles not found: {GVA} (../shared beside the repository)")

    from wirecoder.ingest import read_inputs
    from wirecoder.pipeline import default_resources
    from wirecoder.process import process
    from wirecoder.settings import Settings
    from wirecoder.spark import blocking, load, run_spark, spark_session
    from wirecoder.spark.compare import differences
    from wirecoder.store import SqliteStore

    folder = Path(options.keep or tempfile.mkdtemp(prefix="spark-compare-"))
    folder.mkdir(parents=True, exist_ok=True)
    sample = folder / "articles.jsonl"
    with open(GVA, encoding="utf-8") as source:
        sample.write_text("".join(line for _, line in zip(range(options.articles), source)), encoding="utf-8")
    settings = Settings.from_environment()

    local_db, spark_db = folder / "local.db", folder / "spark.db"
    spark_db.unlink(missing_ok=True)
    if options.reuse_local and local_db.exists():
        local = SqliteStore(str(local_db))
    else:
        local_db.unlink(missing_ok=True)
        started = time.perf_counter()
        local = SqliteStore(str(local_db))
        report = process(read_inputs([str(sample)], settings), local, default_resources(settings), workers=options.workers)
        local_seconds = time.perf_counter() - started
        print(f"local ({options.workers} workers): {report.stored} articles, {report.mentions} mentions, "
              f"{len(list(local.events()))} events, {local_seconds:.1f} s", flush=True)

    spark = spark_session(options.master, config={"spark.ui.enabled": "false"})
    started = time.perf_counter()
    try:
        shape = {}
        if options.whole_component_days is not None:
            shape["whole_component_days"] = options.whole_component_days
        if options.overlap_days is not None:
            shape["overlap_days"] = options.overlap_days
        result = run_spark(read_inputs([str(sample)], settings), folder / "parquet", settings, spark,
                           check=not options.no_check, **shape)
    finally:
        spark.stop()
    spark_seconds = time.perf_counter() - started
    loaded = SqliteStore(str(spark_db))
    load(folder / "parquet", loaded)
    print(f"spark ({options.master}): {result.extracted} articles, {result.mentions} mentions, {result.events} events, "
          f"{spark_seconds:.1f} s; {result.blocks} merge blocks ({result.whole_blocks} whole components), "
          f"{result.disagreements} week-block guesses corrected, {result.remerged_components} components merged again "
          f"({result.remerged_mentions} mentions); seconds by stage {result.stage_seconds}", flush=True)

    found = differences(local, loaded, limit=0)
    same_rejects = sorted(map(str, local.rejects())) == sorted(map(str, loaded.rejects()))
    print(json.dumps({"articles": options.articles, "local_events": len(list(local.events())),
                      "spark_events": len(list(loaded.events())), "differences": len(found),
                      "same_rejects": same_rejects, "blocks": result.blocks, "whole_blocks": result.whole_blocks,
                      "disagreements": result.disagreements, "remerged_components": result.remerged_components,
                      "reach_days": blocking.reach_days(settings)}))
    for line in found[:20]:
        print("  " + line)
    sys.exit(0 if not found and same_rejects else 1)


if __name__ == "__main__":
    main()
