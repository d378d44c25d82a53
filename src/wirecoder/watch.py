"""Watch feeds: poll each, read each new entry's page, process and merge it into the store.

The library behind `wirecoder watch`. What a restart needs is in the database
(store.FeedState and the entries taken, migration 6), never in memory, so a
watcher can be stopped at any moment, or run from cron with `--once`:

- a feed is asked with its ETag and Last-Modified; a 304 costs nothing;
- an entry is known by its id (guid), else its link; only new ones are read;
- each new entry's page is fetched (timeout, size limit) and read as HTML; when
  that fails, the entry's own summary is the article;
- entries are marked as taken, and the feed's validators saved, only after
  their articles are stored: a stop in between reads them again, and `process`
  recognises what it already stored (ids from the content), so nothing is
  lost and nothing is stored twice;
- a feed that fails (network, HTTP error, not a feed) is logged with why, and
  waits every x 2^failures (capped by settings.watch_max_backoff_seconds) before
  it is polled again.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .errors import ConfigurationError, FetchError, InputError
from .fetch import HttpClient
from .ingest.feeds import FeedEntry, article_from_entry, parse_feed
from .ingest.readers import article_from_html
from .model import Article, Origin, Reject
from .pipeline import Resources
from .process import process
from .store import FeedState, Store

log = logging.getLogger("wirecoder.watch")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: str) -> float:
    """'90s', '10m', '2h', '1d' or a number of seconds -> seconds."""
    match = _DURATION.match(value.lower())
    if not match or float(match.group(1)) <= 0:
        raise ConfigurationError(f"{value!r} is not a duration: give a number with s, m, h or d, e.g. 10m")
    return float(match.group(1)) * _UNITS[match.group(2)]


def read_feed_list(path: Path) -> list[str]:
    """The feed URLs of a file, one a line, in order and each once; '#' starts a comment."""
    urls: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), start=1):
        url = "" if line.lstrip().startswith("#") else re.split(r"\s#", line, maxsplit=1)[0].strip()
        if not url:
            continue
        if not url.lower().startswith(("http://", "https://")) or any(c.isspace() for c in url):
            raise ConfigurationError(f"{path}:{number}: {url!r} is not a feed address (http:// or https://, one a line)")
        if url not in urls:
            urls.append(url)
    if not urls:
        raise ConfigurationError(f"{path} lists no feeds: give one http:// or https:// address a line")
    return urls


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class PollReport:
    """What one round over the feeds did."""

    feeds: int = 0
    not_modified: int = 0
    failed: int = 0
    waiting: int = 0  # backing off after failures: not asked this round
    new_entries: int = 0
    pages_read: int = 0  # the others were read from the feed's summary
    stored: int = 0
    already_stored: int = 0
    rejected: int = 0
    events_created: int = 0
    events_updated: int = 0

    def summary(self) -> str:
        return (f"{self.feeds} feeds ({self.not_modified} not modified, {self.failed} failed, {self.waiting} backing off); "
                f"{self.new_entries} new entries ({self.pages_read} pages read, the others from the feed's summary) -> "
                f"{self.stored} articles stored ({self.already_stored} already stored, {self.rejected} rejected); "
                f"{self.events_created} new events, {self.events_updated} updated")


def poll_once(urls: list[str], store: Store, resources: Resources, client: HttpClient, *,
              now: Callable[[], datetime] = utc_now) -> PollReport:
    """One round: every feed not backing off is asked, and its new entries processed."""
    report = PollReport(feeds=len(urls))
    for url in urls:
        _poll_feed(url, store, resources, client, now(), report)
    return report


def watch(urls: list[str], store: Store, resources: Resources, client: HttpClient, *, once: bool = False,
          now: Callable[[], datetime] = utc_now, sleep: Callable[[float], None] = time.sleep,
          on_round: Callable[[PollReport], None] | None = None) -> None:
    """Poll every settings.watch_every_seconds until interrupted; with `once`, one round."""
    while True:
        report = poll_once(urls, store, resources, client, now=now)
        if on_round:
            on_round(report)
        if once:
            return
        sleep(resources.settings.watch_every_seconds)


def _poll_feed(url: str, store: Store, resources: Resources, client: HttpClient, now: datetime, report: PollReport) -> None:
    settings = resources.settings
    state = store.feed_state(url) or FeedState(url=url)
    if state.retry_after and now < datetime.fromisoformat(state.retry_after):
        log.info("%s: backing off after %d failures (last: %s); next try after %s", url, state.failures,
                 state.last_error, state.retry_after)
        report.waiting += 1
        return
    validators = {}
    if state.etag:
        validators["If-None-Match"] = state.etag
    if state.last_modified:
        validators["If-Modified-Since"] = state.last_modified
    try:
        answer = client.get(url, validators, timeout=settings.fetch_timeout_seconds, max_bytes=settings.max_feed_bytes)
        if answer.status == 304:
            log.info("%s: not modified", url)
            store.save_feed_state(replace(state, failures=0, retry_after=None, last_error=None, checked_at=now.isoformat()))
            report.not_modified += 1
            return
        if answer.status != 200:
            raise FetchError(url, f"HTTP status {answer.status}")
        feed = parse_feed(answer.body, Origin(url))
    except (FetchError, InputError) as error:
        failures = state.failures + 1
        delay = min(settings.watch_every_seconds * 2 ** failures, settings.watch_max_backoff_seconds)
        retry_after = (now + timedelta(seconds=delay)).isoformat()
        log.warning("%s: %s; %d failures in a row, next try after %s", url, error.reason, failures, retry_after)
        store.save_feed_state(replace(state, failures=failures, retry_after=retry_after, last_error=error.reason,
                                      checked_at=now.isoformat()))
        report.failed += 1
        return
    entries = list({entry.key: entry for entry in reversed(feed.entries)}.values())[::-1]  # each key once, first wins
    seen = store.seen_feed_items(url, [entry.key for entry in entries])
    new = [entry for entry in entries if entry.key not in seen]
    report.new_entries += len(new)
    results = [_read_entry(entry, url, client, resources, report) for entry in new]
    if results:
        run = process(results, store, resources, workers=1, leftovers=False)
        report.stored += run.stored
        report.already_stored += run.already_stored
        report.rejected += run.rejected
        report.events_created += run.events_created
        report.events_updated += run.events_updated
        for problem in run.problems:
            log.warning("%s: %s", problem.origin, problem.reason)
    # only now, with the articles stored: a stop before this line reads the entries again next time
    store.add_feed_items(url, [(entry.key, entry.link, result.id if isinstance(result, Article) else None)
                               for entry, result in zip(new, results)])
    store.save_feed_state(FeedState(url=url, etag=answer.header("ETag"), last_modified=answer.header("Last-Modified"),
                                    checked_at=now.isoformat()))
    log.info("%s: %d entries, %d new", url, len(entries), len(new))


def _read_entry(entry: FeedEntry, feed_url: str, client: HttpClient, resources: Resources, report: PollReport) -> Article | Reject:
    """An entry's page as the article, else its summary."""
    settings = resources.settings
    origin = Origin(entry.link or feed_url)
    if entry.link:
        try:
            answer = client.get(entry.link, {}, timeout=settings.fetch_timeout_seconds, max_bytes=settings.max_article_bytes)
            content_type = (answer.header("Content-Type") or "text/html").lower()
            if answer.status != 200:
                raise FetchError(entry.link, f"HTTP status {answer.status}")
            if "html" not in content_type:
                raise FetchError(entry.link, f"not an HTML page ({content_type})")
            article = article_from_html(answer.body, origin, settings)
            article.url = entry.link
            article.outlet = entry.outlet or article.outlet
            if article.published is None and entry.published is not None:
                article.published, article.published_raw = entry.published, entry.published_raw
            report.pages_read += 1
            return article
        except (FetchError, InputError) as error:
            log.info("%s: page not read (%s); reading the feed's summary instead", entry.link, error.reason)
    try:
        return article_from_entry(entry, origin, settings)
    except InputError as error:
        return Reject(origin=origin, reason=error.reason)
