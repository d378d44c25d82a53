"""The Spark engine: `wirecoder process --engine spark INPUT... --out DIR`.

The same stages as the local engine (process.py), spread over a cluster:

1. read (driver): the readers and the admission of process.py, so rejects,
   warnings and repeated ids are handled as locally; each article gets its
   position in the input (`seq`), the order rows are written and loaded in
   (stories and merging go in the merge order of merge/order.py, as locally);
2. extract (executors): articles are partitioned across the executors; each
   Python worker builds the pipeline (spaCy model, gazetteer) once and keeps it
   for every task it runs; the results go to `articles/` (Parquet), with each
   article's story signature (MinHash of its incidents' sentences);
3. stories (driver): near-copies found in merge order (publication day, then
   article id: merge/order.py) on the signatures alone
   (a cheap band lookup; the MinHashing was done on the executors), to
   `stories/`; mentions with their story to `mentions/`;
4. merge (executors): by block, country x run of days or country x week with
   overlapping edges, checked and redone where needed so that the events are
   exactly those of the local engine (see blocking.py); to `events/`, each with
   its history.

`wirecoder load DIR --db ...` (load.py) puts the lot into SQLite or PostgreSQL.
The driver keeps per run: the ids of the articles read (for repeats), the
stories' band index and the mention -> event table, small beside the articles;
articles go to the executors in chunks of `chunk_size`, so the driver never
holds more text than one chunk.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ..ingest import ReadResult
from ..model import Article, EventChange, Reject
from ..process import ProcessReport, admitted
from ..settings import Settings
from . import blocking, folding
from .records import dumps, event_row, mention_row, mentions_from_row, placed_from_row, reject_row

#: articles sent to the executors at a time (the driver holds one chunk of text)
CHUNK_SIZE = 20_000
#: articles per Spark partition (the task unit); small enough that two cores share a small input
ARTICLES_PER_PARTITION = 100


@dataclass
class SparkReport:
    """What a Spark run did, for the summary the CLI prints and the run.json it writes."""

    out: str
    read: int = 0
    extracted: int = 0
    already_read: int = 0
    failed: int = 0
    rejected: int = 0
    warnings: int = 0
    skipped: int = 0
    mentions: int = 0
    claims: int = 0
    events: int = 0
    #: merge blocks: all, those merged whole (components), those re-merged whole after the check
    blocks: int = 0
    whole_blocks: int = 0
    #: mentions whose week-block guess (pass 1) the check found different from the local engine's choice
    disagreements: int = 0
    remerged_components: int = 0
    remerged_mentions: int = 0
    #: events of follow-up reports folded into the older events they follow (merge/follow_ups.py)
    folded: int = 0
    seconds: float = 0.0
    #: where the time went: reading and extraction, stories and mentions, merging (with events written)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def articles_per_second(self) -> float:
        return self.extracted / self.seconds if self.seconds else 0.0


def spark_session(master: str | None = None, *, app_name: str = "wirecoder", config: dict[str, str] | None = None) -> Any:
    """A SparkSession on `master` (default: the one spark-submit gave, else local[*]).

    In local mode the Python workers must run this interpreter and import this wirecoder (a
    checkout run with PYTHONPATH=src included); on a cluster the executors need wirecoder and
    its model installed (README: "Running on a Spark cluster")."""
    try:
        from pyspark import SparkConf
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigurationError("--engine spark needs PySpark: install the 'spark' extra "
                                 "(pip install -e '.[spark]', which `make install` does)") from exc
    builder = SparkSession.builder.appName(app_name)
    given = SparkConf().get("spark.master")
    master = master or given or "local[*]"
    builder = builder.master(master)
    if master.startswith("local"):
        package_parent = str(Path(__file__).resolve().parents[2])
        python_path = os.pathsep.join(p for p in (package_parent, os.environ.get("PYTHONPATH")) if p)
        # PySpark takes the workers' interpreter from PYSPARK_PYTHON (else "python3", which may lack
        # our dependencies); one given by the user wins
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        builder = (builder.config("spark.executorEnv.PYTHONPATH", python_path)
                   .config("spark.ui.showConsoleProgress", "false"))
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    try:
        session = builder.getOrCreate()
    except Exception as exc:  # PySpark's own errors (no Java, a master it cannot reach) say little on their own
        raise ConfigurationError(f"Spark could not start on {master!r} ({exc}); it needs Java 17 or later "
                                 f"(`java -version`) and, for a cluster, a reachable --master") from exc
    session.sparkContext.setLogLevel("ERROR")
    return session


# --- the Parquet schemas ---------------------------------------------------------


def _schemas() -> dict[str, Any]:
    from pyspark.sql.types import (ArrayType, BinaryType, BooleanType, DateType, DoubleType, IntegerType, LongType, StringType,
                                   StructField, StructType)

    def fields(*items: tuple[str, Any]) -> Any:
        return StructType([StructField(name, kind, True) for name, kind in items])

    text, texts = StringType(), ArrayType(StringType())
    return {
        "articles": fields(("seq", LongType()), ("article_id", text), ("content_hash", text), ("published", text),
                           ("outlet", text), ("article_json", text), ("mentions_json", texts), ("claims_json", texts),
                           ("warnings", texts), ("error", text), ("signature", BinaryType())),
        "mentions": fields(("seq", LongType()), ("mention_index", IntegerType()), ("mention_id", text), ("article_id", text),
                           ("country_code", text), ("event_date", DateType()), ("latitude", DoubleType()),
                           ("longitude", DoubleType()), ("event_type", text), ("sub_event_type", text), ("story_id", text),
                           ("dated_by_report", BooleanType()), ("mention_json", text)),
        "stories": fields(("seq", LongType()), ("article_id", text), ("story_id", text), ("signature", BinaryType())),
        "events": fields(("event_id", text), ("event_date", DateType()), ("country", text), ("country_code", text),
                         ("iso3", text), ("event_type", text), ("sub_event_type", text), ("fatalities", LongType()),
                         ("latitude", DoubleType()), ("longitude", DoubleType()), ("first_seq", LongType()),
                         ("mention_ids", texts), ("event_json", text), ("history_json", text)),
        "rejects": fields(("seq", LongType()), ("source", text), ("line", LongType()), ("reason", text), ("excerpt", text),
                          ("severity", text), ("article_id", text)),
    }


def _tuples(schema: Any, rows: Iterable[dict[str, Any]]) -> Iterator[tuple]:
    names = schema.fieldNames()
    for row in rows:
        yield tuple(row[name] for name in names)


# --- executors: extraction ---------------------------------------------------------

# One pipeline per Python worker, built on its first task and kept for the next ones (Spark reuses its
# Python workers): the language model and gazetteer are loaded once per worker, not once per task.
_executor_pipeline: tuple[Settings, Any] | None = None


def _pipeline(settings: Settings, batch_size: int) -> Any:
    global _executor_pipeline
    if _executor_pipeline is None or _executor_pipeline[0] != settings:
        from ..pipeline import Pipeline, default_resources

        _executor_pipeline = (settings, Pipeline(default_resources(settings), batch_size=batch_size))
    return _executor_pipeline[1]


def extract_partition(settings: Settings, batch_size: int, items: Iterable[tuple[int, Article]]) -> Iterator[dict[str, Any]]:
    """Run the pipeline over one partition's (seq, article) pairs: articles/ rows."""
    from ..merge.stories import story_signature

    pipeline = _pipeline(settings, batch_size)
    items = iter(items)
    while batch := list(islice(items, batch_size)):
        for (seq, _), doc in zip(batch, pipeline.process_batch([article for _, article in batch]), strict=True):
            article = doc.article
            failed = doc.error is not None
            values = None if failed else story_signature(doc.mentions)
            yield {
                "seq": seq, "article_id": article.id, "content_hash": article.content_hash,
                "published": article.published.isoformat() if article.published else None, "outlet": article.outlet,
                "article_json": dumps(article),
                "mentions_json": [] if failed else [dumps(m) for m in doc.mentions],
                "claims_json": [] if failed else [dumps(c) for c in doc.claims],
                "warnings": list(doc.warnings), "error": doc.error,
                "signature": None if values is None else bytearray(values.tobytes()),
            }


def _with_story(stories: dict[str, str], row: Any) -> Iterator[dict[str, Any]]:
    story_id = stories.get(row["article_id"])
    for index, mention in enumerate(mentions_from_row(row)):
        if story_id is not None:
            mention.story_id = story_id
        yield mention_row(row["seq"], index, mention)


# --- executors: merging ---------------------------------------------------------------


def _blocks_seeing(blocks: dict[str | None, list[blocking.Block]], country_code: str | None, day: Any) -> list[str]:
    return [b.block_id for b in blocks.get(country_code, []) if b.sees(country_code, day)]


def _merge_block(by_id: dict[str, blocking.Block], settings: Settings, item: tuple[str, Iterable[Any]]) -> list[tuple]:
    """Pass 1 (and the re-merge of a component): the events of the block's own mentions."""
    block_id, rows = item
    placed = [placed_from_row(row) for row in rows]
    assigned = blocking.replay(placed, settings)
    block = by_id.get(block_id)
    return [(p.mention.mention_id, assigned[p.mention.mention_id], p.mention.place.country_code, p.mention.event_date)
            for p in placed if block is None or block.owns(p.mention.place.country_code, p.mention.event_date)]


def _check_block(by_id: dict[str, blocking.Block], assigned: dict[str, str], settings: Settings,
                 item: tuple[str, Iterable[Any]]) -> list[tuple[str, int]]:
    """Pass 2: (component, mentions whose guessed event is not the local engine's) of a block that has any."""
    block_id, rows = item
    block = by_id[block_id]
    placed = [placed_from_row(row) for row in rows]
    own = {p.mention.mention_id for p in placed if block.owns(p.mention.place.country_code, p.mention.event_date)}
    wrong = blocking.disagreements(placed, own, assigned, settings)
    return [(block.component, len(wrong))] if wrong else []


def _assemble(merged_into: dict[str, str], fold_changes: dict[str, list[EventChange]],
              item: tuple[str, Iterable[Any]]) -> dict[str, Any]:
    event_id, rows = item
    placed = [placed_from_row(row) for row in rows]
    if event_id in fold_changes:  # it took in follow-ups' events
        event, history = folding.assemble_folded(event_id, placed, merged_into, fold_changes[event_id])
    else:
        event, history = blocking.assemble(event_id, placed)
    return event_row(event, history, min(p.order[0] for p in placed))


def _slim(row: Any) -> dict[str, Any]:
    return {"seq": row["seq"], "mention_index": row["mention_index"], "mention_json": row["mention_json"]}


# --- the driver ---------------------------------------------------------------------


def run_spark(inputs: Iterable[ReadResult], out: str | Path, settings: Settings, spark: Any, *, batch_size: int = 32,
              chunk_size: int = CHUNK_SIZE, whole_component_days: int = blocking.WHOLE_COMPONENT_DAYS,
              overlap_days: int | None = None, check: bool = True) -> SparkReport:
    """Process `inputs` on `spark` into Parquet datasets under `out` (replaced when present).

    `whole_component_days` and `overlap_days` shape the merge blocks (blocking.py); `check=False`
    skips the check of the week blocks and keeps their guesses (only to measure what it catches)."""
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    schemas = _schemas()
    report = SparkReport(out=str(out))
    _extract(inputs, out, settings, spark, schemas, report, batch_size, chunk_size)
    report.stage_seconds["extract"] = round(time.perf_counter() - started, 1)
    articles = spark.read.schema(schemas["articles"]).parquet(str(out / "articles"))
    stories = _assign_stories(articles, out, spark, schemas)
    _write_mentions(articles, stories, out, spark, schemas)
    counts = articles.selectExpr("count(*) AS n", "sum(size(mentions_json)) AS m", "sum(size(claims_json)) AS c",
                                 "count(error) AS failed", "sum(size(warnings)) AS w").first()
    report.extracted = int(counts["n"]) - int(counts["failed"])
    report.failed = int(counts["failed"])
    report.mentions, report.claims = int(counts["m"] or 0), int(counts["c"] or 0)
    report.warnings += int(counts["w"] or 0)
    report.stage_seconds["stories"] = round(time.perf_counter() - started - report.stage_seconds["extract"], 1)
    _merge(out, settings, spark, schemas, report, whole_component_days, overlap_days, check)
    report.seconds = time.perf_counter() - started
    report.stage_seconds["merge"] = round(report.seconds - sum(report.stage_seconds.values()), 1)
    (out / "run.json").write_text(json.dumps({k: v for k, v in report.__dict__.items() if k != "problems"}, indent=1) + "\n",
                                  encoding="utf-8")
    return report


def _extract(inputs: Iterable[ReadResult], out: Path, settings: Settings, spark: Any, schemas: dict[str, Any],
             report: SparkReport, batch_size: int, chunk_size: int) -> None:
    """Read on the driver, extract on the executors, chunk by chunk, into articles/ and rejects/."""
    admission = ProcessReport(summary_only=True)
    rejects: list[dict[str, Any]] = []

    def record(reject: Reject) -> None:
        rejects.append(reject_row(len(rejects), reject))
        if reject.severity == "error":
            admission.rejected += 1
        else:
            admission.warnings += 1
        if len(report.problems) < 1000:
            report.problems.append(f"{'rejected' if reject.severity == 'error' else 'warning'}: {reject}")

    # the run is its own database: an id read twice is taken once, like a repeat within one local run
    seen: set[str] = set()
    articles = admitted(inputs, admission, record, lambda _: None, seen)
    context = spark.sparkContext
    extract = extract_partition
    seq, mode = 0, "overwrite"
    while chunk := list(islice(articles, chunk_size)):
        numbered = list(enumerate(chunk, start=seq))
        seq += len(chunk)
        slices = max(context.defaultParallelism, -(-len(numbered) // ARTICLES_PER_PARTITION))
        rows = context.parallelize(numbered, slices).mapPartitions(lambda items: extract(settings, batch_size, items))
        frame = spark.createDataFrame(rows.mapPartitions(lambda part: _tuples(schemas["articles"], part)), schemas["articles"])
        frame.write.mode(mode).parquet(str(out / "articles"))
        mode = "append"
    if mode == "overwrite":  # nothing to extract: still leave an (empty) dataset for load
        spark.createDataFrame([], schemas["articles"]).write.mode(mode).parquet(str(out / "articles"))
    spark.createDataFrame(list(_tuples(schemas["rejects"], rejects)), schemas["rejects"]).coalesce(1) \
        .write.mode("overwrite").parquet(str(out / "rejects"))
    report.read, report.already_read = admission.read, admission.already_stored
    report.rejected, report.warnings, report.skipped = admission.rejected, admission.warnings, admission.skipped


def _assign_stories(articles: Any, out: Path, spark: Any, schemas: dict[str, Any]) -> dict[str, str]:
    """Each article's story, in merge order (as the local engine finds them: publication day, undated
    last, then article id), from the signatures the executors computed."""
    import numpy as np

    from ..merge.stories import story_of
    from ..store import SqliteStore

    index = SqliteStore(":memory:")  # the band index, as the local engine's database keeps it
    stories: dict[str, str] = {}
    rows = []
    try:
        signed = (articles.where("signature IS NOT NULL AND error IS NULL").select("seq", "article_id", "published", "signature")
                  .orderBy(articles.published.asc_nulls_last(), articles.article_id))
        for row in signed.toLocalIterator():
            story_id = story_of(row["article_id"], np.frombuffer(bytes(row["signature"]), dtype=np.uint64), index)
            if story_id is not None:
                stories[row["article_id"]] = story_id
                rows.append((row["seq"], row["article_id"], story_id, row["signature"]))
    finally:
        index.close()
    spark.createDataFrame(rows, schemas["stories"]).coalesce(1).write.mode("overwrite").parquet(str(out / "stories"))
    return stories


def _write_mentions(articles: Any, stories: dict[str, str], out: Path, spark: Any, schemas: dict[str, Any]) -> None:
    shared = spark.sparkContext.broadcast(stories)
    schema = schemas["mentions"]
    rows = articles.where("error IS NULL").rdd.flatMap(lambda row: _with_story(shared.value, row))
    spark.createDataFrame(rows.mapPartitions(lambda part: _tuples(schema, part)), schema) \
        .write.mode("overwrite").parquet(str(out / "mentions"))


def _merge(out: Path, settings: Settings, spark: Any, schemas: dict[str, Any], report: SparkReport,
           whole_component_days: int, overlap_days: int | None, check: bool) -> None:
    """Merge the mentions into events by block (blocking.py), exactly as the local engine would."""
    mentions = spark.read.schema(schemas["mentions"]).parquet(str(out / "mentions"))
    context = spark.sparkContext
    reported = mentions.select("country_code", "event_date").distinct().collect()
    days = [(row["country_code"], row["event_date"]) for row in reported]
    blocks = blocking.plan_blocks(days, settings, whole_component_days=whole_component_days, overlap_days=overlap_days)
    report.blocks, report.whole_blocks = len(blocks), sum(b.whole for b in blocks)
    by_country: dict[str | None, list[blocking.Block]] = defaultdict(list)
    for block in blocks:
        by_country[block.country_code].append(block)
    by_id = {b.block_id: b for b in blocks}
    partitions = max(1, min(len(blocks), 4 * context.defaultParallelism))
    shared_blocks, shared_ids = context.broadcast(dict(by_country)), context.broadcast(by_id)
    rows = mentions.select("seq", "mention_index", "mention_id", "country_code", "event_date", "mention_json").rdd

    # pass 1: each block's guess for its own mentions (exact for whole components)
    keyed = rows.flatMap(lambda r: [(b, _slim(r))
                                    for b in _blocks_seeing(shared_blocks.value, r["country_code"], r["event_date"])])
    guessed = keyed.groupByKey(partitions).flatMap(lambda item: _merge_block(shared_ids.value, settings, item)).collect()
    assigned = {mention_id: event_id for mention_id, event_id, _, _ in guessed}

    # pass 2: check the week blocks; a component with any disagreement is merged again whole
    redo: set[str] = set()
    if check:
        found = _check(guessed, assigned, blocks, rows, settings, context, partitions)
        redo = {component for component, _ in found}
        report.disagreements = sum(wrong for _, wrong in found)
    if redo:
        shared_redo = context.broadcast(redo)

        def owner_component(row: Any) -> str | None:
            block = blocking.owner(shared_blocks.value.get(row["country_code"], []), row["country_code"], row["event_date"])
            return block.component if block.component in shared_redo.value else None

        again = (rows.map(lambda r: (owner_component(r), r)).filter(lambda kv: kv[0] is not None)
                 .map(lambda kv: (kv[0], _slim(kv[1]))).groupByKey(partitions)
                 .flatMap(lambda item: _merge_block({}, settings, item)).collect())
        for mention_id, event_id, _, _ in again:
            assigned[mention_id] = event_id
        report.remerged_components, report.remerged_mentions = len(redo), len(again)

    # follow-ups dated by themselves join the older events they follow, as locally once all is merged
    folds = _fold(mentions, assigned, settings, context)
    merged_into = {mention_id: assigned[mention_id] for mention_id in assigned if assigned[mention_id] in folds.into}
    for mention_id, event_id in merged_into.items():
        assigned[mention_id] = folds.into[event_id]
    report.folded = len(folds.into)

    # the events, each from all its mentions, with its history
    final, shared_into = context.broadcast(assigned), context.broadcast(merged_into)
    shared_changes = context.broadcast(folds.changes)
    events = (rows.map(lambda r: (final.value[r["mention_id"]], _slim(r))).groupByKey(partitions)
              .map(lambda item: _assemble(shared_into.value, shared_changes.value, item)))
    schema = schemas["events"]
    spark.createDataFrame(events.mapPartitions(lambda part: _tuples(schema, part)), schema) \
        .write.mode("overwrite").parquet(str(out / "events"))
    report.events = len(set(assigned.values()))


def _fold(mentions: Any, assigned: dict[str, str], settings: Settings, context: Any) -> folding.Folds:
    """Fold the events of follow-ups dated by themselves into the older events they follow (folding.py):
    the follow-ups' mentions, then those of every event they could join, on the driver."""
    flagged = [row["mention_id"] for row in mentions.where("dated_by_report").select("mention_id").collect()]
    follow_ups = folding.follow_up_events(assigned, flagged)
    if not follow_ups:
        return folding.Folds({}, {})
    shared = context.broadcast(assigned)
    rows = mentions.select("seq", "mention_index", "mention_id", "country_code", "event_date", "latitude", "longitude",
                           "mention_json").rdd
    theirs: dict[str, list[blocking.Placed]] = defaultdict(list)
    for row in rows.filter(lambda r: shared.value[r["mention_id"]] in follow_ups).collect():
        theirs[assigned[row["mention_id"]]].append(placed_from_row(row))
    windows = context.broadcast(folding.FoldReach.of(theirs, settings))

    def reach(row: Any) -> tuple[str, tuple[frozenset[int], frozenset[Any]]]:
        near = windows.value.near(row["country_code"], row["latitude"], row["longitude"])
        return shared.value[row["mention_id"]], (near, frozenset([row["event_date"]]))

    # per event: the windows its mentions are near, and its mentions' days (few)
    reached = (rows.map(reach).reduceByKey(lambda a, b: (a[0] | b[0], a[1] | b[1]))
               .filter(lambda kv: windows.value.reaches(*kv[1])).keys().collect())
    wanted = context.broadcast(set(reached) | follow_ups)
    placed = [placed_from_row(row) for row in rows.filter(lambda r: shared.value[r["mention_id"]] in wanted.value).collect()]
    return folding.fold(placed, assigned, follow_ups, settings)


def _check(guessed: list[tuple], assigned: dict[str, str], blocks: list[blocking.Block], rows: Any, settings: Settings,
           context: Any, partitions: int) -> list[tuple[str, int]]:
    """Pass 2 (blocking.py): the components where a week block's guess is not the local engine's,
    with the number of mentions it got wrong (per block)."""
    checked = {b.block_id: b for b in blocks if not b.whole}
    if not checked:
        return []
    routes = context.broadcast(blocking.check_routes(guessed, blocks, settings))
    shared_assigned, by_id = context.broadcast(assigned), context.broadcast(checked)
    keyed = rows.flatMap(lambda r: [(b, _slim(r)) for b in routes.value.get(r["mention_id"], [])])
    found = keyed.groupByKey(partitions).flatMap(lambda item: _check_block(by_id.value, shared_assigned.value, settings, item))
    return found.collect()
