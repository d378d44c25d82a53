"""`wirecoder load DIR --db ...`: the Parquet output of a Spark run into a store.

Reads the datasets with pyarrow (no Spark or Java needed to load) and stores
them as `wirecoder process` would have: each article in input order with its
story, mentions, claims and the pipeline's warnings, then every event with its
history (so `events`, `export`, `history` and the API work on the result), and
the rejects. Articles are written in transactions of `batch` articles.

Loading the same folder again changes nothing: articles already stored are
passed over, with the events and history they brought. A Spark run is merged
on its own: its events are not merged with events already in the database from
other runs (load into a new database, or one that holds other periods). Load
while no other run writes to the database: between a batch of articles and
their events, another run's merge would take the loaded mentions as waiting for
a merge. A load stopped half way is finished by loading again; a `process` run
before that merges the loaded articles that have no events yet as its own.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from ..merge.stories import band_keys
from ..model import Mention
from ..process import extraction_failed, extraction_warning
from ..store import Store
from .records import (article_from_plain, claims_from_row, event_from_row, mentions_from_row, reject_from_row)


@dataclass
class LoadReport:
    articles: int = 0
    already_stored: int = 0
    mentions: int = 0
    claims: int = 0
    events: int = 0
    rejects: int = 0


def _rows(folder: Path, name: str, columns: list[str] | None = None, batch: int = 2_000) -> Iterator[dict[str, Any]]:
    import pyarrow.dataset as ds

    path = folder / name
    if not path.is_dir():
        raise ConfigurationError(f"{folder} has no {name}/ dataset: give the --out folder of a finished "
                                 f"`wirecoder process --engine spark` run")
    dataset = ds.dataset(str(path), format="parquet")
    for part in dataset.to_batches(columns=columns, batch_size=batch):
        yield from part.to_pylist()


def _sorted(folder: Path, name: str, key: str) -> list[dict[str, Any]]:
    return sorted(_rows(folder, name), key=lambda row: row[key])


def load(folder: str | Path, store: Store, *, batch: int = 500) -> LoadReport:
    """Store the articles, mentions, claims, stories, events and rejects of a Spark run's output."""
    import numpy as np

    folder = Path(folder)
    report = LoadReport()
    stories = {row["article_id"]: row for row in _rows(folder, "stories")}
    new_articles: set[str] = set()
    # the articles in input order (the order the local engine stores them in); loaded in batches
    articles = _sorted(folder, "articles", "seq")
    for start in range(0, len(articles), batch):
        with store.transaction():
            for row in articles[start:start + batch]:
                article = article_from_plain(json.loads(row["article_json"]))
                if row["error"] is not None:
                    report.rejects += store.add_reject(extraction_failed(article, row["error"]))
                    continue
                if store.stored_article(article.id) is not None:
                    report.already_stored += 1
                    continue
                mentions: list[Mention] = mentions_from_row(row)
                story = stories.get(article.id)
                if story is not None:
                    signature = bytes(story["signature"])
                    store.add_story(article.id, story["story_id"], signature, band_keys(np.frombuffer(signature, dtype=np.uint64)))
                    for mention in mentions:
                        mention.story_id = story["story_id"]
                claims = claims_from_row(row)
                store.add_article(article, mentions, claims)
                for warning in row["warnings"] or []:
                    report.rejects += store.add_reject(extraction_warning(article, warning))
                new_articles.add(article.id)
                report.articles += 1
                report.mentions += len(mentions)
                report.claims += len(claims)
    # events by their first article's place in the input (the local engine creates them in the merge order;
    # the order rows are stored in changes no event)
    events = _sorted(folder, "events", "first_seq")
    for start in range(0, len(events), batch):
        with store.transaction():
            for row in events[start:start + batch]:
                event, history = event_from_row(row)
                if not new_articles.intersection(event.article_ids):
                    continue
                store.save_event(event)
                store.record_changes(history)
                report.events += 1
    with store.transaction():
        for row in _sorted(folder, "rejects", "seq"):
            report.rejects += store.add_reject(reject_from_row(row))
    return report
