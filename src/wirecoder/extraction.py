"""Running the pipeline over batches of articles, in this process or in worker processes.

Storage only needs what the pipeline read from each article (an Extraction),
so the expensive part can run in parallel while one process keeps all the
database writes. Results come back in input order (the order they are stored
in); merging does not depend on it (process.py merges in the merge order, after
the input is stored), so the events and their ids are the same whatever the number
of workers or the order of the input. At most a few batches
are in flight at a time: memory stays bounded however large the input.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .model import Article, Claim, Mention
from .pipeline import Pipeline, Resources, default_resources
from .settings import Settings


@dataclass(slots=True)
class Extraction:
    """What the pipeline read from one article."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # a stage failed on this article: report it, store nothing


def _extract(pipeline: Pipeline, articles: list[Article]) -> list[Extraction]:
    return [Extraction(doc.article, doc.mentions, doc.claims, doc.warnings, doc.error) for doc in pipeline.process_batch(articles)]


class InProcessExtractor:
    """The pipeline in this process (tests, small inputs, `--workers 1`)."""

    def __init__(self, resources: Resources, batch_size: int) -> None:
        self.pipeline = Pipeline(resources, batch_size=batch_size)

    def extract(self, batches: Iterable[list[Article]]) -> Iterator[list[Extraction]]:
        for batch in batches:
            yield _extract(self.pipeline, batch)

    def close(self) -> None:
        pass


# Each worker process builds its pipeline once, at start-up, and keeps it for its life.
_worker_pipeline: Pipeline | None = None


def _start_worker(settings: Settings, batch_size: int) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(default_resources(settings), batch_size=batch_size)


def _work(articles: list[Article]) -> list[Extraction]:
    assert _worker_pipeline is not None, "worker was not started"
    return _extract(_worker_pipeline, articles)


class ParallelExtractor:
    """The pipeline in `workers` processes, each loading the language model and gazetteer once."""

    def __init__(self, settings: Settings, workers: int, batch_size: int) -> None:
        context = multiprocessing.get_context("spawn")  # no fork after threads and models are loaded
        self.workers = workers
        self.pool = context.Pool(workers, initializer=_start_worker, initargs=(settings, batch_size))

    def extract(self, batches: Iterable[list[Article]]) -> Iterator[list[Extraction]]:
        in_flight: deque = deque()
        limit = 2 * self.workers
        for batch in batches:
            in_flight.append(self.pool.apply_async(_work, (batch,)))
            if len(in_flight) >= limit:
                yield in_flight.popleft().get()
        while in_flight:
            yield in_flight.popleft().get()

    def close(self) -> None:
        self.pool.close()
        self.pool.join()

