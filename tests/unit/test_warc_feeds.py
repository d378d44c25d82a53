"""Web archives and feeds -> Article, Reject or Skipped (ingest/warc.py, ingest/feeds.py), on files the tests write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from webarchives import ATOM, CRAWL, MARKET, RSS, write_warc

from wirecoder.ingest import read_file, read_inputs
from wirecoder.model import Article, Reject, Skipped
from wirecoder.settings import Settings

SETTINGS = Settings()


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def crawl(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    write_warc(path, CRAWL, request.param)
    return path


def test_each_html_response_becomes_an_article_and_the_rest_are_counted(crawl: Path) -> None:
    results = list(read_file(crawl, SETTINGS))
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.url for a in articles] == ["https://www.testwire.example/world/depot", "https://news.example.org/market"]
    assert [a.outlet for a in articles] == ["testwire.example", "news.example.org"]
    assert articles[0].text.startswith("Gunmen attacked a bus depot")
    assert articles[0].title == "Gunmen attack bus depot"
    assert not [r for r in results if isinstance(r, Reject)]
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert len(skipped) == 1 and skipped[0].count == 2


def test_the_page_date_comes_first_then_the_warc_date(crawl: Path) -> None:
    depot, market = [r for r in read_file(crawl, SETTINGS) if isinstance(r, Article)]
    assert depot.published == date(2013, 4, 6)
    assert market.published == date(2013, 4, 8)
    assert market.published_raw == "2013-04-08T10:00:00Z"


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_corrupt_record_is_a_reject_with_its_offset_and_the_rest_is_read(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("broken.warc.gz" if gzipped else "broken.warc")
    records = [CRAWL[0], ("https://news.example.org/broken", MARKET, "200 OK", "text/html"), CRAWL[3]]
    offsets = write_warc(path, records, gzipped)
    raw = bytearray(path.read_bytes())
    broken = offsets[1]
    if gzipped:
        raw[broken + 20:broken + 60] = b"\x00" * 40  # inside the compressed member
    else:
        raw[broken:broken + 8] = b"WARX/9.9"
    path.write_bytes(bytes(raw))
    results = list(read_file(path, SETTINGS))
    rejects = [r for r in results if isinstance(r, Reject)]
    assert len(rejects) == 1
    assert rejects[0].origin.source == str(path)
    assert f"corrupt WARC record at byte offset {broken}" in rejects[0].reason
    urls = [r.url for r in results if isinstance(r, Article)]
    assert urls == ["https://www.testwire.example/world/depot", "https://news.example.org/market"]


@pytest.mark.parametrize("name", ["world.rss", "world.xml", "world-feed"])
def test_rss_entries_become_articles_by_suffix_or_content(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(RSS)
    results = list(read_file(path, SETTINGS))
    article, reject = results
    assert isinstance(article, Article)
    assert article.title == "Gunmen attack bus depot"
    assert article.text == "Gunmen attacked a bus depot on Friday, killing two drivers, police said.\n\nThe attackers escaped."
    assert article.url == "https://testwire.example/depot"
    assert article.outlet == "Test Wire World"
    assert article.published == date(2013, 4, 6)
    assert isinstance(reject, Reject) and reject.reason.startswith("entry 2: ") and "no summary or content" in reject.reason


def test_atom_entry_content_and_updated_date(tmp_path: Path) -> None:
    path = tmp_path / "world.atom"
    path.write_bytes(ATOM)
    (article,) = read_file(path, SETTINGS)
    assert isinstance(article, Article)
    assert article.text == "Police arrested nine protesters at the port on Monday, a witness said."
    assert (article.url, article.outlet, article.published) == ("https://testwire.example/arrest", "Test Wire Atom", date(2013, 4, 9))


def test_an_xml_file_that_is_no_feed_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_bytes(b"<?xml version='1.0'?><settings><colour>blue</colour></settings>")
    (reject,) = read_file(path, SETTINGS)
    assert isinstance(reject, Reject) and "neither an RSS nor an Atom feed" in reject.reason


def test_a_broken_feed_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_bytes(b"<rss><channel><item><title>unclosed")
    results = list(read_file(path, SETTINGS))
    assert all(isinstance(r, Reject) for r in results) or all(isinstance(r, Article) for r in results)


def test_folders_read_archives_and_feeds(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz", CRAWL[:1], True)
    (tmp_path / "world.atom").write_bytes(ATOM)
    urls = sorted(r.url for r in read_inputs([str(tmp_path)], SETTINGS) if isinstance(r, Article))
    assert urls == ["https://testwire.example/arrest", "https://www.testwire.example/world/depot"]
