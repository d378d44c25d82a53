"""Running wirecoder over gold articles, the same way `process` does, into a scratch database."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..ingest import article_from_record
from ..model import Article, Origin
from ..pipeline import Resources
from ..process import ProcessReport, process
from ..store import SqliteStore


def articles_from_records(records: Iterable[dict[str, Any]], source: str) -> list[Article]:
    return [article_from_record(record, Origin(source, number)) for number, record in enumerate(records, start=1)]


def process_in_memory(articles: list[Article], resources: Resources,
                      progress: Callable[[str], None] | None = None) -> tuple[SqliteStore, ProcessReport]:
    """Process articles into an in-memory database (extraction, storage and merging, as in a real run)."""
    store = SqliteStore(":memory:")
    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if progress and done[0] % 200 == 0:
            progress(f"  {done[0]}/{len(articles)} articles")

    report = process(articles, store, resources, workers=resources.settings.worker_count, on_article=tick)
    return store, report
