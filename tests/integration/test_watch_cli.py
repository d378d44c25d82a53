"""`wirecoder watch --once` against a feed and its pages served by a local http.server (no internet), and
`wirecoder process` on a web archive and a feed the test writes."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from webarchives import ATOM, CRAWL, write_warc

from wirecoder.store import SqliteStore

FIRST = "Gunmen killed four villagers in Dayton, Ohio on Saturday, police said."
SECOND = "Police arrested nine protesters in Houston, Texas on Monday, a spokesman said."
THIRD = "A car bomb killed six soldiers at a checkpoint in Homs, Syria on Sunday, activists said."


class Site:
    """What the local server serves (path -> (status, content type, body)), and the requests it got."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.requests: list[tuple[str, str | None]] = []  # (path, If-None-Match)
        self.not_modified = 0

    def feed(self, *items: tuple[int, str]) -> None:
        body = "".join(f"<item><title>Report {n}</title><link>{self.base}/r{n}</link><guid>r{n}</guid>"
                       f"<pubDate>Sun, 17 Sep 2017 09:00:00 GMT</pubDate><description>{text}</description></item>"
                       for n, text in items)
        self.pages["/world.rss"] = (200, "application/rss+xml",
                                    f"<?xml version='1.0'?><rss version='2.0'><channel><title>Test Wire</title>{body}"
                                    f"</channel></rss>".encode())
        for number, text in items:
            self.pages[f"/r{number}"] = (200, "text/html", (
                f"<html><head><title>Report {number}</title></head><body><article><h1>Report {number}</h1><p>{text}</p>"
                "<p>The authorities said an investigation had been opened and asked witnesses to come forward.</p>"
                "</article></body></html>").encode())


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            served.requests.append((self.path, self.headers.get("If-None-Match")))
            status, content_type, body = served.pages.get(self.path, (404, "text/plain", b"not found"))
            etag = f'"{hash(body) & 0xFFFFFFFF:x}"'
            if status == 200 and self.headers.get("If-None-Match") == etag:
                served.not_modified += 1
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if status == 200:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # port 0: a free port
    served.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield served
    server.shutdown()
    server.server_close()


def _events(run_cli, db: Path) -> list[dict]:
    result = run_cli("export", "--db", db)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_watch_once_takes_new_entries_once_honours_304_and_backs_off(site: Site, run_cli, tmp_path: Path) -> None:
    site.feed((1, FIRST), (2, SECOND))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# our test wire\n{site.base}/world.rss\n{site.base}/gone.rss  # fails\n", encoding="utf-8")
    db = tmp_path / "watch.db"

    first = run_cli("watch", feeds, "--db", db, "--once", "--quiet")
    assert first.exit_code == 0, first.stderr
    events = _events(run_cli, db)
    assert {url for e in events for url in e["article_ids"]} and len(events) >= 2
    assert {e["country"] for e in events} >= {"United States"}
    assert _count(db, "articles") == 2
    assert ("/r1", None) in site.requests and ("/r2", None) in site.requests  # each page fetched

    site.requests.clear()
    second = run_cli("watch", feeds, "--db", db, "--once", "--quiet")
    assert second.exit_code == 0, second.stderr
    assert _count(db, "articles") == 2 and _events(run_cli, db) == events
    assert site.not_modified == 1  # the feed answered 304 to its ETag
    assert [path for path, _ in site.requests] == ["/world.rss"]  # the failing feed is backing off; no page fetched

    site.feed((3, THIRD), (1, FIRST), (2, SECOND))
    third = run_cli("watch", feeds, "--db", db, "--once", "--quiet")
    assert third.exit_code == 0, third.stderr
    assert _count(db, "articles") == 3
    after = _events(run_cli, db)
    assert any(e["country"] == "Syria" for e in after)
    assert len(after) > len(events)

    store = SqliteStore(db)
    try:
        failing = store.feed_state(f"{site.base}/gone.rss")
        assert failing.failures == 1 and failing.last_error == "HTTP status 404" and failing.retry_after
        assert store.seen_feed_items(f"{site.base}/world.rss", ["r1", "r2", "r3"]) == {"r1", "r2", "r3"}
    finally:
        store.close()


def test_watch_refuses_a_feed_list_without_feeds(run_cli, tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# nothing yet\n", encoding="utf-8")
    result = run_cli("watch", feeds, "--db", tmp_path / "w.db", "--once")
    assert result.exit_code != 0
    assert "lists no feeds" in str(result.exception) + result.stderr


def test_process_reads_a_web_archive_and_a_feed(run_cli, tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz", CRAWL, True)
    (tmp_path / "world.atom").write_bytes(ATOM)
    db = tmp_path / "read.db"
    result = run_cli("process", tmp_path / "crawl.warc.gz", tmp_path / "world.atom", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.stderr
    assert "3 articles stored" in result.stderr and "2 archive records skipped" in result.stderr
    again = run_cli("process", tmp_path / "crawl.warc.gz", tmp_path / "world.atom", "--db", db, "--workers", "1")
    assert "0 articles stored (3 already stored" in again.stderr
