"""Process a stream of inputs into a store: read, extract, store, merge.

The one library entry point behind `wirecoder process` (and the evaluation).
Each article is stored with its mentions, claims and warnings in one
transaction as it is read; once the input is read, the mentions stored but not
yet merged are merged into events, article by article, in the merge order
(merge/order.py: publication day, then article id), each article in one
transaction. The events are so a function of the articles, not of their input
order or of how the work was split. An interrupted run (even kill -9) leaves
whole articles or none, and merged articles or none; a re-run stores the rest
and merges everything still unmerged in the same order, completing it exactly.
Re-processing the same input changes nothing: stored articles are recognised
by id and content hash and skipped.

Memory stays bounded however long the input: inputs are read lazily, a few
batches are in flight, and with `summary_only` (the command line) nothing is
kept per article or event once stored: the report counts, and keeps only the
first problems (all are recorded in the store).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from .errors import StorageError
from .extraction import Extraction, InProcessExtractor, ParallelExtractor
from .ingest import ReadResult
from .merge import assign_story, fold_follow_ups, merge_mention
from .merge.order import ArticleOrder, article_order
from .model import Article, Mention, Origin, Reject, Skipped
from .pipeline import Resources
from .store import Store, StoredArticle

#: articles waiting to be merged that are read from the store at a time: their ids only (100,000 are
#: a few MB), and each page costs a pass over all waiting mentions, so a page holds many
MERGE_PAGE = 100_000
#: problems a summary-only report keeps for its caller to show; the rest are counted (all are recorded in the store)
KEPT_PROBLEMS = 1000


@dataclass
class ProcessReport:
    """What a run did, for the summary the CLI prints."""

    read: int = 0
    stored: int = 0
    already_stored: int = 0
    rejected: int = 0
    warnings: int = 0
    #: records of the inputs passed over on purpose (a web archive's images and error pages)
    skipped: int = 0
    mentions: int = 0
    claims: int = 0
    events_created: int = 0
    events_updated: int = 0
    #: events of follow-up reports folded into the older event they follow (counted in created or updated before)
    events_folded: int = 0
    seconds: float = 0.0
    #: keep counts only, and the first KEPT_PROBLEMS problems: for runs of any length
    summary_only: bool = False
    #: the rejects and warnings (with summary_only the first KEPT_PROBLEMS; every one is recorded in the store)
    problems: list[Reject] = field(default_factory=list)
    #: the events this run created or changed, each once, in the order first touched (none with summary_only)
    event_ids: list[str] = field(default_factory=list)
    _event_ids_seen: set[str] = field(default_factory=set, repr=False)

    def touched(self, event_id: str) -> None:
        """Note an event the run created or changed (a set as well as the list: runs can be long)."""
        if not self.summary_only and event_id not in self._event_ids_seen:
            self._event_ids_seen.add(event_id)
            self.event_ids.append(event_id)

    def folded(self, folded_id: str, into_id: str) -> None:
        """Note an event folded into another: it is gone, the other changed."""
        self.events_folded += 1
        if folded_id in self._event_ids_seen:
            self._event_ids_seen.discard(folded_id)
            self.event_ids.remove(folded_id)
        self.touched(into_id)

    @property
    def problems_left_off(self) -> int:
        """Problems counted but not kept in `problems`."""
        return self.rejected + self.warnings - len(self.problems)

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds else 0.0


def _origin(article: Article) -> Origin:
    return article.origin or Origin(article.id)


def process(
    inputs: Iterable[ReadResult],
    store: Store,
    resources: Resources,
    *,
    batch_size: int = 32,
    workers: int = 1,
    on_article: Callable[[int], None] | None = None,
    summary_only: bool = False,
    leftovers: bool = True,
) -> ProcessReport:
    """Read, extract, store and merge everything `inputs` yields.

    With `workers` > 1 the pipeline runs in that many processes (each building
    its own resources from `resources.settings`); storage stays in this one.
    With `leftovers` (a batch run) the merge also takes every stored article an
    interrupted run left unmerged; without it (an API request, a feed poll: a few
    articles, a caller waiting) only the articles this call stored, so that it
    neither reports another run's events as its own nor does that run's work."""
    started = time.perf_counter()
    report = ProcessReport(summary_only=summary_only)
    # Articles read but not yet stored: a repeat of one of them is not extracted twice. A repeat of a
    # stored one is found in the store, so the set holds a few batches, never the whole run.
    in_flight: set[str] = set()
    # without leftovers, the articles to merge: this call's, a few (with their place in the merge order)
    stored_here: list[tuple[ArticleOrder, str]] = []

    def record(reject: Reject) -> None:
        store.add_reject(reject)  # recorded once, however often the same input is re-run
        if not report.summary_only or len(report.problems) < KEPT_PROBLEMS:
            report.problems.append(reject)
        if reject.severity == "error":
            report.rejected += 1
        else:
            report.warnings += 1

    articles = iter(admitted(inputs, report, record, store.stored_article, in_flight, on_article))
    batches = iter(lambda: list(islice(articles, batch_size)), [])
    extractor = ParallelExtractor(resources.settings, workers, batch_size) if workers > 1 else InProcessExtractor(resources, batch_size)
    try:
        for extractions in extractor.extract(batches):
            for extraction in extractions:
                if _store(extraction, store, report, record) and not leftovers:
                    stored_here.append((article_order(extraction.article.id, extraction.article.published), extraction.article.id))
                in_flight.discard(extraction.article.id)
                if on_article:
                    on_article(1)
    finally:
        extractor.close()
    if leftovers:
        merge_unmerged(store, resources, report)
    else:
        merge_articles([article_id for _, article_id in sorted(stored_here)], store, resources, report)
    report.seconds = time.perf_counter() - started
    return report


def admitted(inputs: Iterable[ReadResult], report: ProcessReport, record: Callable[[Reject], None],
             stored_article: Callable[[str], StoredArticle | None], in_flight: set[str],
             on_article: Callable[[int], None] | None = None) -> Iterator[Article]:
    """The articles of `inputs` to extract, in input order: rejects are recorded, skipped records
    counted, articles already stored (`stored_article`) or already on their way (`in_flight`, to which
    each admitted id is added) passed over. Shared by the local engine and the Spark engine's driver."""
    for item in inputs:
        if isinstance(item, Reject):
            record(item)
            continue
        if isinstance(item, Skipped):
            report.skipped += item.count
            continue
        report.read += 1
        if (bad_field := _field_with_nul(item)) is not None:
            # no report holds one; PostgreSQL cannot store one, and both stores keep the same
            record(Reject(origin=_origin(item), reason=f"'{bad_field}' contains a NUL character (\\u0000): not text; "
                                                       f"remove it and send the record again"))
            continue
        stored = stored_article(item.id)
        if stored is not None or item.id in in_flight:
            if stored is not None and stored.content_hash != item.content_hash:
                record(Reject(origin=_origin(item), article_id=item.id, severity="warning",
                              reason=f"article id {item.id!r} is already stored with a different text; the stored version is kept"))
            report.already_stored += 1
            if on_article:
                on_article(1)
            continue
        in_flight.add(item.id)
        if item.published is None:
            record(Reject(origin=_origin(item), article_id=item.id, severity="warning",
                          reason="no publication date: relative dates ('yesterday', 'on Saturday') cannot be "
                                 "resolved; give 'published' or --published"))
        yield item


def _field_with_nul(article: Article) -> str | None:
    """The first field of an article holding a NUL character, if any."""
    for name in ("id", "title", "text", "published_raw", "url", "outlet", "language"):
        value = getattr(article, name)
        if isinstance(value, str) and "\x00" in value:
            return "published" if name == "published_raw" else name
    return None


def extraction_failed(article: Article, error: str) -> Reject:
    """The reject of an article a pipeline stage failed on (it is not stored)."""
    return Reject(origin=_origin(article), article_id=article.id,
                  reason=f"could not be processed ({error}); not stored, a re-run will retry it")


def extraction_warning(article: Article, warning: str) -> Reject:
    """A caveat a stage noted on an article that is stored."""
    return Reject(origin=_origin(article), article_id=article.id, severity="warning", reason=warning)


def _store(extraction: Extraction, store: Store, report: ProcessReport,
           record: Callable[[Reject], None]) -> bool:
    """Store an extracted article (whether it was: an article a stage failed on is a reject)."""
    article = extraction.article
    if extraction.error is not None:
        record(extraction_failed(article, extraction.error))
        return False
    # One transaction for the article and its warnings: a re-run skips a stored article, so
    # anything recorded after the commit would be lost by a kill at that moment. Its merge waits
    # for the end of the input (merge_unmerged), which finds it by its mentions without an event.
    with store.transaction():
        store.add_article(article, extraction.mentions, extraction.claims)
        for warning in extraction.warnings:
            record(extraction_warning(article, warning))
    report.stored += 1
    report.mentions += len(extraction.mentions)
    report.claims += len(extraction.claims)
    return True


def merge_unmerged(store: Store, resources: Resources, report: ProcessReport) -> None:
    """Merge every stored article whose mentions are in no event yet (this run's, and any an
    interrupted run left), in the merge order, so that the stories and events (their members,
    fields and ids) are the same whatever order the articles came in."""
    # a page at a time, so memory stays bounded however many wait; a merged article leaves the
    # waiting ones, so the next page starts where this one ended
    last_page: list[str] = []
    follow_ups: list[str] = []
    while waiting := store.unmerged_articles(MERGE_PAGE):
        if waiting[0] in last_page:  # a store that did not record the merges would loop here for ever
            raise StorageError(f"article {waiting[0]!r} was merged but its mentions are in no event: the database "
                               f"did not keep the merge; check that it is writable and run the command again")
        follow_ups += merge_articles(waiting, store, resources, report, fold=False)
        last_page = waiting
    _fold(follow_ups, store, resources, report)


def merge_articles(article_ids: list[str], store: Store, resources: Resources, report: ProcessReport, *,
                   fold: bool = True) -> list[str]:
    """Merge stored articles, in the order given (the merge order), each in a transaction of its own:
    a kill leaves an article merged or not at all. Then (with `fold`) fold the events of follow-up
    reports dated by themselves into the older events they follow (merge/follow_ups.py); without it,
    return those events for the caller to fold once all is merged."""
    follow_ups: list[str] = []
    for article_id in article_ids:
        with store.transaction():
            follow_ups += _merge_article(article_id, store, resources, report)
    if not fold:
        return follow_ups
    _fold(follow_ups, store, resources, report)
    return []


def _merge_article(article_id: str, store: Store, resources: Resources, report: ProcessReport) -> list[str]:
    """Set the article's story on its mentions, then merge each into its event; the events its
    follow-up mentions dated by themselves went to."""
    # read within the transaction: another run writing to the same database (they take turns) may
    # have merged the article since the page was read, and a mention is merged once
    mentions = [mention for mention in store.mentions_of_article(article_id) if mention.event_id is None]
    if not mentions:
        return []
    if assign_story(article_id, mentions, store) is not None:
        store.set_story(mentions)
    follow_ups = []
    for mention in mentions:
        event, created = merge_mention(mention, store, resources.settings)
        report.touched(event.event_id)
        if created:
            report.events_created += 1
        else:
            report.events_updated += 1
        if mention.dated_by_report:
            follow_ups.append(event.event_id)
    return follow_ups


def _fold(follow_ups: list[str], store: Store, resources: Resources, report: ProcessReport) -> None:
    """Fold the follow-ups' events into the older events they follow."""
    for folded, joined in fold_follow_ups(follow_ups, store, resources.settings):
        report.folded(folded, joined)
