"""Web archives and feeds the tests write (warcio writes WARCs), with our own wire-style sentences."""

from __future__ import annotations

import io
from pathlib import Path


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
