"""Web archives (WARC, plain or gzipped, as news crawls are distributed) -> Articles.

Each HTTP `response` record whose status is 200 and whose payload is HTML goes
through the HTML reader; the record's WARC-Target-URI is the article's url, its
host the outlet, and its WARC-Date the publication date when the page gives none.
Other responses (images, redirects, error pages) are counted as skipped; other
record types (requests, metadata, warcinfo) are not pages and are passed over.
A corrupt record is a reject naming the file and the record's byte offset (of
the compressed file for .warc.gz); reading resumes at the next record found.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from ..errors import InputError
from ..model import Article, Origin, Reject, Skipped
from ..settings import Settings

#: how a record starts: a gzip member (one per record in a .warc.gz) or a WARC header line
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def looks_like_warc(head: bytes) -> bool:
    """The first bytes of a file are a WARC record, plain or gzipped."""
    if head.startswith(_GZIP_MAGIC):
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return head.startswith(b"WARC/")


def read_warc_file(path: Path, settings: Settings) -> Iterator[Article | Reject | Skipped]:
    """Every HTML page of a web archive, in order; one corrupt record costs only itself."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from .readers import article_from_html

    source = str(path)
    skipped = 0
    with open(path, "rb") as stream:
        compressed = stream.read(3) == _GZIP_MAGIC
        start = 0
        while start is not None:
            stream.seek(start)
            records = ArchiveIterator(stream)
            offset = start
            try:
                for record in records:
                    offset = records.offset  # get_record_offset() would read past the payload first
                    result = _page_of(record, Origin(source), offset, settings, article_from_html)
                    if result is None:
                        continue
                    if isinstance(result, Skipped):
                        skipped += 1
                    else:
                        yield result
                start = None
            except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as error:
                # warcio knows where the failing record began: it is where the previous one ended
                failed_at = max(offset, getattr(records, "offset", offset) or offset)
                yield Reject(origin=Origin(source), reason=f"corrupt WARC record at byte offset {failed_at}: "
                                                           f"{str(error).strip() or type(error).__name__}; skipped")
                start = _next_record_start(stream, failed_at + 1, compressed)
    if skipped:
        yield Skipped(origin=Origin(source), count=skipped,
                      reason="archived responses skipped (not HTML pages, or status other than 200)")


def _page_of(record: Any, origin: Origin, offset: int, settings: Settings, article_from_html: Any) -> Article | Reject | Skipped | None:
    """One record as an article, a reject (a page that cannot be read), a skip, or None (not a response)."""
    if record.rec_type != "response":
        return None
    headers = record.http_headers
    if headers is None:  # a response record of another protocol (dns:, ftp:)
        return Skipped(origin=origin, count=1, reason="")
    content_type = (headers.get_header("Content-Type") or "").lower()
    if headers.get_statuscode() != "200" or "html" not in content_type:
        return Skipped(origin=origin, count=1, reason="")
    uri = record.rec_headers.get_header("WARC-Target-URI")
    where = f"record at byte offset {offset} ({uri})"
    try:
        payload = record.content_stream().read(settings.max_article_bytes + 1)
        if len(payload) > settings.max_article_bytes:
            raise InputError(origin, f"{where}: the page is larger than one article can be "
                                     f"({settings.max_article_bytes} bytes, WIRECODER_MAX_ARTICLE_BYTES)")
        try:
            article = article_from_html(payload, origin, settings)
        except InputError as error:
            raise InputError(origin, f"{where}: {error.reason}") from error
    except InputError as error:
        return Reject(origin=origin, reason=error.reason)
    article.url = uri or article.url
    host = urlsplit(uri).hostname if uri else None
    if host:
        article.outlet = host.removeprefix("www.")
    if article.published is None:
        archived = record.rec_headers.get_header("WARC-Date")
        article.published = _day(archived)
        article.published_raw = archived if article.published else None
    article.extra["warc_offset"] = offset
    return article


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _next_record_start(stream: BinaryIO, position: int, compressed: bool) -> int | None:
    """Where the next record seems to begin at or after `position`: a gzip member's magic bytes, or a
    WARC version line at the start of a line. None at the end of the file."""
    marker = _GZIP_MAGIC if compressed else b"\n" + _WARC_MAGIC
    skip = 0 if compressed else 1
    stream.seek(position)
    carried = b""
    base = position
    while chunk := stream.read(_SCAN_CHUNK):
        data = carried + chunk
        found = data.find(marker)
        if found >= 0:
            return base + found + skip
        carried = data[-(len(marker) - 1):]
        base += len(data) - len(carried)
    return None
