"""Watching feeds with an in-memory HTTP client (watch.py, fetch.py): new entries only, pages else summaries,
conditional requests, backoff on a failing feed, and what a restart remembers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wirecoder.errors import ConfigurationError, FetchError
from wirecoder.fetch import HttpResponse, InMemoryHttpClient
from wirecoder.pipeline import Resources
from wirecoder.store import SqliteStore
from wirecoder.watch import parse_duration, poll_once, read_feed_list

FEED = "https://testwire.example/world.rss"
START = datetime(2017, 9, 18, 12, 0, tzinfo=timezone.utc)


def item(number: int, summary: str, day: str = "Sun, 17 Sep 2017 09:00:00 GMT") -> str:
    return (f"<item><title>Report {number}</title><link>https://testwire.example/r{number}</link><guid>r{number}</guid>"
            f"<pubDate>{day}</pubDate><description>{summary}</description></item>")


def rss(*items: str) -> bytes:
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>{''.join(items)}"
            f"</channel></rss>").encode()


def page(title: str, *paragraphs: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>".encode()


FIRST = "Gunmen killed four villagers in Dayton, Ohio on Saturday, police said."
SECOND = "Police arrested nine protesters in Houston, Texas on Monday, a spokesman said."
THIRD = "A car bomb killed six soldiers at a checkpoint in Homs, Syria on Sunday, activists said."
PAGE_ONE = page("Gunmen kill four in Dayton", FIRST,
                "The gunmen fled in a grey van after the shooting at the edge of the town, a police spokesman told reporters.",
                "Officers sealed off the street and asked residents to stay indoors while they searched nearby houses.")
HTML = {"content-type": "text/html; charset=utf-8"}


@pytest.fixture
def store():
    opened = SqliteStore(":memory:")
    yield opened
    opened.close()


@pytest.fixture
def client() -> InMemoryHttpClient:
    return InMemoryHttpClient({
        FEED: HttpResponse(200, rss(item(1, FIRST), item(2, SECOND)), {"etag": '"v1"', "last-modified": "Mon, 18 Sep 2017 11:00:00 GMT"}),
        "https://testwire.example/r1": HttpResponse(200, PAGE_ONE, HTML),
        # r2's page is missing: its summary is the article
    })


def test_new_entries_are_read_from_their_pages_else_their_summaries(store, client, resources: Resources) -> None:
    report = poll_once([FEED], store, resources, client, now=lambda: START)
    assert (report.new_entries, report.pages_read, report.stored, report.rejected) == (2, 1, 2, 0)
    assert report.events_created >= 2
    urls = {store.article(a).url for a in _article_ids(store)}
    assert urls == {"https://testwire.example/r1", "https://testwire.example/r2"}
    texts = sorted(store.article(a).text for a in _article_ids(store))
    assert any(t.startswith(FIRST) and "grey van" in t for t in texts)  # the page, not the summary
    assert SECOND in texts
    assert store.seen_feed_items(FEED, ["r1", "r2"]) == {"r1", "r2"}
    assert store.feed_state(FEED).etag == '"v1"'


def _article_ids(store: SqliteStore) -> list[str]:
    return [row[0] for row in store._db.execute("SELECT id FROM articles ORDER BY id")]


def test_a_second_poll_sends_the_validators_and_takes_nothing_twice(store, client, resources: Resources) -> None:
    poll_once([FEED], store, resources, client, now=lambda: START)
    client.requests.clear()
    again = poll_once([FEED], store, resources, client, now=lambda: START + timedelta(minutes=10))
    assert (again.new_entries, again.stored) == (0, 0)
    assert client.requests == [(FEED, {"If-None-Match": '"v1"', "If-Modified-Since": "Mon, 18 Sep 2017 11:00:00 GMT"})]
    client.answers[FEED] = HttpResponse(304)
    unchanged = poll_once([FEED], store, resources, client, now=lambda: START + timedelta(minutes=20))
    assert (unchanged.not_modified, unchanged.new_entries) == (1, 0)
    assert store.feed_state(FEED).etag == '"v1"'  # a 304 keeps the validators


def test_a_new_entry_is_taken_and_the_old_ones_are_not(store, client, resources: Resources) -> None:
    poll_once([FEED], store, resources, client, now=lambda: START)
    client.answers[FEED] = HttpResponse(200, rss(item(3, THIRD), item(1, FIRST), item(2, SECOND)), {"etag": '"v2"'})
    report = poll_once([FEED], store, resources, client, now=lambda: START + timedelta(minutes=10))
    assert (report.new_entries, report.stored) == (1, 1)
    assert store.seen_feed_items(FEED, ["r3"]) == {"r3"}


def test_a_failing_feed_backs_off_exponentially_up_to_the_cap(store, resources: Resources, caplog) -> None:
    client = InMemoryHttpClient({FEED: FetchError(FEED, "cannot fetch: connection refused")})
    every = resources.settings.watch_every_seconds
    moment = START
    delays = []
    for _ in range(8):
        report = poll_once([FEED], store, resources, client, now=lambda: moment)
        assert report.failed == 1
        state = store.feed_state(FEED)
        retry = datetime.fromisoformat(state.retry_after)
        delays.append((retry - moment).total_seconds())
        # before the retry time the feed is not asked
        asked = len(client.requests)
        waiting = poll_once([FEED], store, resources, client, now=lambda: retry - timedelta(seconds=1))
        assert waiting.waiting == 1 and len(client.requests) == asked
        moment = retry
    assert delays[:3] == [every * 2, every * 4, every * 8]
    assert max(delays) == resources.settings.watch_max_backoff_seconds
    assert state.failures == 8 and "connection refused" in state.last_error
    assert "connection refused" in caplog.text
    client.answers[FEED] = HttpResponse(200, rss(item(2, SECOND)))
    recovered = poll_once([FEED], store, resources, client, now=lambda: moment)
    assert recovered.stored == 1 and store.feed_state(FEED).failures == 0


@pytest.mark.parametrize("answer", [HttpResponse(500), HttpResponse(200, b"<html>not a feed</html>")])
def test_an_error_status_or_a_page_that_is_no_feed_is_a_failure(store, resources: Resources, answer: HttpResponse) -> None:
    client = InMemoryHttpClient({FEED: answer})
    report = poll_once([FEED], store, resources, client, now=lambda: START)
    assert report.failed == 1 and store.feed_state(FEED).failures == 1


def test_feed_list_comments_blank_lines_and_duplicates(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# world desk\n{FEED}\n\nhttps://testwire.example/b.atom  # Atom\n{FEED}\n", encoding="utf-8")
    assert read_feed_list(listing) == [FEED, "https://testwire.example/b.atom"]
    listing.write_text("ftp://testwire.example/feed\n", encoding="utf-8")
    with pytest.raises(ConfigurationError, match="feeds.txt:1"):
        read_feed_list(listing)


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("10m", 600), ("2h", 7200), ("1d", 86400), ("45", 45)])
def test_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


def test_a_duration_that_is_none() -> None:
    with pytest.raises(ConfigurationError, match="not a duration"):
        parse_duration("soon")
