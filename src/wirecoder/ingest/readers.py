"""Readers: files, folders and standard input -> Articles (or Rejects).

Every reader yields either an Article or a Reject naming file, line and
reason, so one bad record never stops a batch."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..model import Article, Origin, Reject, Skipped
from ..settings import Settings
from .datelines import find_dateline_date, find_dateline_outlet, split_headline
from .records import article_from_record, content_hash, derived_article_id

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
HTML_SUFFIXES = (".html", ".htm")
WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom")
#: read as a feed when it is one (by its first bytes), rejected otherwise
SNIFFED_SUFFIXES = (".xml",)
READABLE_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + WARC_SUFFIXES + FEED_SUFFIXES + SNIFFED_SUFFIXES

ReadResult = Article | Reject | Skipped


def _size(count: int) -> str:
    """Bytes as people read them: '512 bytes', '3.2 kB', '50.0 MB'."""
    if count < 1000:
        return f"{count} bytes"
    if count < 1_000_000:
        return f"{count / 1000:.1f} kB"
    return f"{count / 1e6:.1f} MB"


def _reject(error: InputError) -> Reject:
    origin = error.origin if isinstance(error.origin, Origin) else Origin(str(error.origin))
    return Reject(origin=origin, reason=error.reason, excerpt=error.excerpt[:200])


def read_inputs(inputs: Iterable[str], settings: Settings) -> Iterator[ReadResult]:
    """Everything named on the command line: files, folders (recursively, sorted) and '-'."""
    for name in inputs:
        if name == "-":
            yield from read_stream(sys.stdin.buffer, Origin("<stdin>"), settings)
            continue
        path = Path(name)
        if path.is_dir():
            for file_path in sorted(p for p in path.rglob("*") if p.is_file()):
                if _hidden(file_path.relative_to(path)):
                    continue
                if not file_path.name.lower().endswith(READABLE_SUFFIXES):
                    if file_path.name.lower() in ("readme.md", "readme", "license"):
                        continue
                    yield Reject(
                        origin=Origin(str(file_path)),
                        reason=f"not a readable input (expected {', '.join(READABLE_SUFFIXES)}); skipped",
                        severity="warning",
                    )
                    continue
                yield from read_file(file_path, settings)
        elif path.exists():
            yield from read_file(path, settings)
        else:
            yield Reject(origin=Origin(name), reason="no such file or folder")


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def read_file(path: Path, settings: Settings) -> Iterator[ReadResult]:
    """One file, by its suffix: .warc(.gz) and .rss/.atom by their suffix; .xml and unknown suffixes
    by their first bytes (a WARC record, an RSS/RDF/Atom root element), else an unknown suffix is plain text."""
    from .feeds import read_feed_file
    from .warc import read_warc_file

    origin = Origin(str(path))
    lower = path.name.lower()
    try:
        if lower.endswith(JSONL_SUFFIXES):
            yield from _read_jsonl_file(path, settings)
            return
        kind = "warc" if lower.endswith(WARC_SUFFIXES) else "feed" if lower.endswith(FEED_SUFFIXES) else None
        if kind is None and not lower.endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
            kind = _sniffed_kind(path)
            if kind is None and lower.endswith(SNIFFED_SUFFIXES):
                raise InputError(origin, "an XML file that is neither an RSS nor an Atom feed; skipped")
        if kind == "warc":
            yield from read_warc_file(path, settings)
            return
        if kind == "feed":
            yield from read_feed_file(path, settings)
            return
        size = path.stat().st_size
        if size > settings.max_article_bytes:
            raise InputError(
                origin,
                f"file is {_size(size)}, more than one article can be "
                f"(limit {_size(settings.max_article_bytes)}, WIRECODER_MAX_ARTICLE_BYTES); "
                "split it or give it as JSON Lines",
            )
        raw = path.read_bytes()
        if lower.endswith(HTML_SUFFIXES):
            yield article_from_html(raw, origin, settings)
        else:
            yield _article_from_text_bytes(raw, origin, settings)
    except InputError as error:
        yield _reject(error)
    except OSError as error:
        yield Reject(origin=origin, reason=f"cannot read file: {error.strerror or error}")


def _sniffed_kind(path: Path) -> str | None:
    """'warc' or 'feed' when the file's first bytes say so."""
    from .feeds import looks_like_feed
    from .warc import looks_like_warc

    with open(path, "rb") as stream:
        head = stream.read(4096)
    if looks_like_warc(head):
        return "warc"
    return "feed" if looks_like_feed(head) else None


def read_stream(stream: io.BufferedIOBase, origin: Origin, settings: Settings) -> Iterator[ReadResult]:
    """Standard input: JSON Lines when it starts with '{', otherwise one plain-text article."""
    if not hasattr(stream, "peek"):
        stream = io.BufferedReader(stream)  # type: ignore[arg-type]
    head = stream.peek(64)[:64]  # type: ignore[attr-defined]
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        yield from _read_jsonl_lines(stream, origin, settings)
        return
    raw = stream.read(settings.max_article_bytes + 1)
    try:
        if len(raw) > settings.max_article_bytes:
            raise InputError(origin, "standard input is larger than one article can be; give JSON Lines instead")
        yield _article_from_text_bytes(raw, origin, settings)
    except InputError as error:
        yield _reject(error)


def read_records(records: Iterable[object], source: str, settings: Settings) -> Iterator[ReadResult]:
    """Records already parsed as JSON (an API request's articles): each in the input format,
    named by `source` and its 1-based position, as a JSON Lines file's lines are."""
    for number, record in enumerate(records, start=1):
        try:
            yield _with_default_date(article_from_record(record, Origin(source, number)), settings)
        except InputError as error:
            yield _reject(error)


def _read_jsonl_file(path: Path, settings: Settings) -> Iterator[ReadResult]:
    origin = Origin(str(path))
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as stream:  # type: ignore[operator]
            yield from _read_jsonl_lines(stream, origin, settings)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield Reject(origin=origin, reason=f"cannot read compressed file: {error}")


def _read_jsonl_lines(stream: Iterable[bytes], origin: Origin, settings: Settings) -> Iterator[ReadResult]:
    for number, raw_line in enumerate(stream, start=1):
        line_origin = Origin(origin.source, number)
        if not raw_line.strip():
            continue
        try:
            if len(raw_line) > settings.max_article_bytes:
                raise InputError(line_origin, f"line is {_size(len(raw_line))}, over the article size limit ({_size(settings.max_article_bytes)})")
            try:
                line = raw_line.decode("utf-8").lstrip("\ufeff").rstrip("\r\n")
            except UnicodeDecodeError as exc:
                raise InputError(line_origin, f"not valid UTF-8 (byte {exc.start} of the line)") from exc
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(line_origin, f"malformed JSON: {exc.msg} at column {exc.colno}", line[:120]) from exc
            article = article_from_record(record, line_origin)
            yield _with_default_date(article, settings)
        except InputError as error:
            yield _reject(error)


def _decode_text(raw: bytes, origin: Origin) -> str:
    if not raw.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(origin, "binary file (contains NUL bytes); expected text, JSON Lines or HTML")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            origin,
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); convert it, e.g. `iconv -f latin1 -t utf-8`",
        ) from exc


def _article_from_text_bytes(raw: bytes, origin: Origin, settings: Settings) -> Article:
    text = _decode_text(raw, origin).replace("\r\n", "\n")
    title, body = split_headline(text)
    if not body.strip():
        raise InputError(origin, "no article text after the headline")
    published = settings.default_published or find_dateline_date(text)
    return article_without_id(
        body, title, origin, published, published.isoformat() if published else None,
        outlet=find_dateline_outlet(body),
        extra={"source_file": os.path.basename(origin.source)} if origin.source != "<stdin>" else {},
    )


def article_without_id(text: str, title: str | None, origin: Origin, published: date | None, published_raw: str | None,
                        **fields: object) -> Article:
    """An article from a file that gives no id: its id is derived from what it says."""
    digest = content_hash(title, text)
    return Article(id=derived_article_id(digest), text=text, title=title, published=published,
                   published_raw=published_raw, content_hash=digest, origin=origin, **fields)  # type: ignore[arg-type]


def article_from_html(raw: bytes, origin: Origin, settings: Settings) -> Article:
    import trafilatura  # imported here: only HTML input needs it

    if not raw.strip():
        raise InputError(origin, "empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(origin, "binary file (contains NUL bytes); expected an HTML page")
    # bytes, not text: trafilatura reads the page's declared encoding
    extracted = trafilatura.extract(raw, output_format="json", with_metadata=True, include_comments=False)
    if not extracted:
        raise InputError(origin, "no article text found in the HTML page")
    meta = json.loads(extracted)
    text = meta.get("text") or ""
    title = meta.get("title")
    if title and text.startswith(title):
        text = text[len(title):].lstrip("\n")
    if not text.strip():
        raise InputError(origin, "no article text found in the HTML page")
    published = settings.default_published
    if published is None and meta.get("date"):
        try:
            published = date.fromisoformat(meta["date"][:10])
        except ValueError:
            published = None
    return article_without_id(
        text, title, origin, published, meta.get("date"),
        url=meta.get("source") or meta.get("url") or None,
        outlet=meta.get("sitename") or meta.get("source-hostname") or meta.get("hostname") or None,
    )


def _with_default_date(article: Article, settings: Settings) -> Article:
    if article.published is None and settings.default_published is not None:
        article.published = settings.default_published
    return article
