"""Web archives and feeds -> Article, Reject or Skipped (ingest/warc.py, ingest/feeds.py), on files the tests write."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from wirecoder.ingest import read_file, read_inputs
from wirecoder.model import Article, Reject, Skipped
from wirecoder.settings import Settings

SETTINGS = Settings()


def page(title: str, *paragraphs: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>{meta}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Copyright Test Wire.</footer></body></html>").encode()


DEPOT = page("Gunmen attack bus depot",
             "Gunmen attacked a bus depot on the edge of the city on Friday, killing two drivers, police said.",
             "The attackers escaped in a pickup truck, and nobody has claimed responsibility for the attack so far.",
             "Officials said the depot would stay closed while investigators searched the site for evidence.",
             published="2013-04-06")
MARKET = page("Blast hits market",
              "A bomb exploded in a crowded market on Sunday, wounding eleven shoppers, a hospital official said.",
              "Police sealed off the area and searched nearby streets for a second device, residents said.",
              "It was the third attack on the market since the start of the year, a local council member said.")


def write_warc(path: Path, records: list[tuple[str, bytes, str, str]], gzipped: bool) -> list[int]:
    """(uri, payload, status line, content type) as response records, each after its request; the offsets of the responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    offsets = []
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzipped)
        for uri, payload, status, content_type in records:
            request = writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            response = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                                                 warc_headers_dict={"WARC-Date": "2013-04-08T10:00:00Z"})
            offsets.append(stream.tell())
            writer.write_record(response)
    return offsets


CRAWL = [
    ("https://www.testwire.example/world/depot", DEPOT, "200 OK", "text/html; charset=utf-8"),
    ("https://www.testwire.example/logo.png", b"\x89PNG not really", "200 OK", "image/png"),
    ("https://news.example.org/missing", b"<html><body>Not found</body></html>", "404 Not Found", "text/html"),
    ("https://news.example.org/market", MARKET, "200 OK", "text/html"),
]


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


RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire World</title><link>https://testwire.example/</link>
<item><title>Gunmen attack bus depot</title><link>https://testwire.example/depot</link><guid>depot-1</guid>
<pubDate>Sat, 06 Apr 2013 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Gunmen attacked a bus depot on Friday, killing two drivers, police said.&lt;/p&gt;&lt;p&gt;The attackers escaped.&lt;/p&gt;</description></item>
<item><title>Empty item</title><link>https://testwire.example/empty</link></item>
</channel></rss>
"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire Atom</title><id>urn:test</id><updated>2013-04-09T00:00:00Z</updated>
<entry><title>Police arrest protesters</title><id>urn:arrest</id><link href="https://testwire.example/arrest"/>
<updated>2013-04-09T14:05:00Z</updated>
<content type="html">&lt;p&gt;Police arrested nine protesters at the port on Monday, a witness said.&lt;/p&gt;</content></entry>
</feed>
"""


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
