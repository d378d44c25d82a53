"""Readers: JSON Lines, plain text, HTML, folders and standard input -> Article or Reject (ingest/)."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from wirecoder.errors import InputError
from wirecoder.ingest import article_from_record, content_hash, read_file, read_inputs, read_stream
from wirecoder.ingest.datelines import find_dateline_date, split_headline
from wirecoder.model import Article, Origin, Reject
from wirecoder.settings import Settings

SETTINGS = Settings()

RECORD_A = {
    "id": "wire-001",
    "title": "Gunmen attack bus depot",
    "text": "Gunmen attacked a bus depot on Friday, killing two drivers, police said.",
    "published": "2013-04-06",
    "url": "https://example.org/depot",
    "outlet": "Test Wire",
    "language": "en",
    "desk": "metro",
    "tags": ["crime", "transport"],
}
RECORD_B = {"text": "Protesters blocked the ring road on Monday, a witness said.", "published": "2013-04-09T14:05:00Z"}
RECORD_C = {"id": "wire-003", "text": "Police arrested five men at the port on Sunday."}


def _lines(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _read(path: Path, settings: Settings = SETTINGS) -> list[Article | Reject]:
    return list(read_file(path, settings))


def _one_article(path: Path, settings: Settings = SETTINGS) -> Article:
    (item,) = _read(path, settings)
    assert isinstance(item, Article), item
    return item


def _one_reject(path: Path, settings: Settings = SETTINGS) -> Reject:
    (item,) = _read(path, settings)
    assert isinstance(item, Reject), item
    return item


# --- JSON Lines ---------------------------------------------------------------------


def test_jsonl_record_becomes_an_article_with_unknown_fields_kept(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", _lines(RECORD_A))
    article = _one_article(path)
    assert article.id == "wire-001"
    assert article.title == "Gunmen attack bus depot"
    assert article.text == RECORD_A["text"]
    assert article.published == date(2013, 4, 6)
    assert article.published_raw == "2013-04-06"
    assert (article.url, article.outlet, article.language) == ("https://example.org/depot", "Test Wire", "en")
    assert article.extra == {"desk": "metro", "tags": ["crime", "transport"]}
    assert article.content_hash == content_hash(RECORD_A["title"], RECORD_A["text"])
    assert article.origin == Origin(str(path), 1)


def test_iso_datetime_published_gives_the_day_as_written() -> None:
    article = article_from_record({"text": "x y z", "published": "2013-04-09T23:30:00-05:00"}, Origin("f.jsonl", 1))
    assert article.published == date(2013, 4, 9)
    assert article.published_raw == "2013-04-09T23:30:00-05:00"


def test_missing_id_is_derived_from_the_content_and_stable(tmp_path: Path) -> None:
    first = _one_article(_write(tmp_path / "one.jsonl", _lines(RECORD_B)))
    spaced = {**RECORD_B, "text": "  " + RECORD_B["text"].replace(" ", "  ")}
    second = _one_article(_write(tmp_path / "two.jsonl", _lines(spaced)))
    other = _one_article(_write(tmp_path / "three.jsonl", _lines({**RECORD_B, "text": RECORD_B["text"] + " More."})))
    assert first.id == "a" + content_hash(None, RECORD_B["text"])[:16]
    assert first.id == second.id  # whitespace differences do not change the id
    assert other.id != first.id
    assert first.id == _one_article(tmp_path / "one.jsonl").id  # a re-read gives the same id


def test_numeric_id_becomes_a_string() -> None:
    assert article_from_record({"id": 42, "text": "Two men were hurt."}, Origin("f", 1)).id == "42"


def test_malformed_line_is_rejected_with_file_line_and_reason_and_the_next_lines_are_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", _lines(RECORD_A, '{"id": "broken", "text": "Police', "", RECORD_C))
    items = _read(path)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    reject = items[1]
    assert reject.origin == Origin(str(path), 2)
    assert str(reject).startswith(f"{path}:2: malformed JSON")
    assert reject.severity == "error"
    assert '"broken"' in reject.excerpt
    assert items[2].id == "wire-003" and items[2].origin == Origin(str(path), 4)  # blank line 3 skipped, numbering kept


def test_malformed_json_column_points_at_the_error(tmp_path: Path) -> None:
    line = '{"id": "broken", "text": '
    reject = _one_reject(_write(tmp_path / "feed.jsonl", line + "\n"))
    assert f"column {len(line) + 1}" in reject.reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('["a", "list"]', "expected a JSON object, found list"),
        ('"just a string"', "expected a JSON object, found str"),
        ('{"id": "x1", "title": "No text"}', "missing 'text'"),
        ('{"id": "x1", "text": 17}', "missing 'text'"),
        ('{"id": "x1", "text": "   "}', "'text' is empty"),
        ('{"id": "x1", "text": "Police fired.", "published": "yesterday"}', "'published' value 'yesterday' is not YYYY-MM-DD"),
        ('{"id": "x1", "text": "Police fired.", "published": "2011-13-45"}', "is not YYYY-MM-DD or an ISO 8601 datetime"),
        ('{"id": "x1", "text": "Police fired.", "published": 20111204}', "'published' must be a string"),
        ('{"id": "x1", "text": "Police fired.", "title": ["a"]}', "'title' must be a string or null"),
        ('{"id": "x1", "text": "Police fired.", "outlet": 5}', "'outlet' must be a string or null"),
        ('{"id": ["x1"], "text": "Police fired."}', "'id' must be a string"),
        ('{"id": "  ", "text": "Police fired."}', "'id' is blank"),
    ],
)
def test_invalid_records_are_rejected_with_a_reason(tmp_path: Path, line: str, reason: str) -> None:
    path = _write(tmp_path / "feed.jsonl", _lines(line, RECORD_C))
    reject, article = _read(path)
    assert isinstance(reject, Reject) and isinstance(article, Article)
    assert reject.origin == Origin(str(path), 1)
    assert reason in reject.reason


def test_invalid_utf8_line_is_rejected_and_the_rest_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", b'{"text": "caf\xe9 owner shot"}\n' + _lines(RECORD_C).encode())
    reject, article = _read(path)
    assert isinstance(reject, Reject) and reject.origin == Origin(str(path), 1)
    assert "not valid UTF-8" in reject.reason
    assert isinstance(article, Article) and article.id == "wire-003"


def test_an_oversize_jsonl_line_is_rejected(tmp_path: Path) -> None:
    big = {"id": "big", "text": "word " * 100}
    path = _write(tmp_path / "feed.jsonl", _lines(big, RECORD_C))
    reject, article = _read(path, Settings(max_article_bytes=200))
    assert isinstance(reject, Reject) and reject.origin == Origin(str(path), 1)
    assert "over the article size limit" in reject.reason
    assert isinstance(article, Article) and article.id == "wire-003"


def test_jsonl_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", b"\xef\xbb\xbf" + _lines(RECORD_C).encode())
    assert _one_article(path).id == "wire-003"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(_lines(RECORD_A, "not json", RECORD_C))
    items = _read(path)
    assert [i.id for i in items if isinstance(i, Article)] == ["wire-001", "wire-003"]
    (reject,) = [i for i in items if isinstance(i, Reject)]
    assert reject.origin == Origin(str(path), 2)


def test_corrupt_gzip_is_a_reject_not_a_crash(tmp_path: Path) -> None:
    reject = _one_reject(_write(tmp_path / "feed.jsonl.gz", b"this is not gzip data at all"))
    assert reject.origin == Origin(str(tmp_path / "feed.jsonl.gz"))
    assert "cannot read compressed file" in reject.reason


def test_default_published_fills_only_missing_dates(tmp_path: Path) -> None:
    path = _write(tmp_path / "feed.jsonl", _lines(RECORD_A, RECORD_C))
    dated, undated = _read(path, Settings(default_published=date(2013, 5, 1)))
    assert dated.published == date(2013, 4, 6)
    assert undated.published == date(2013, 5, 1)


# --- plain text ---------------------------------------------------------------------------

TEXT_WITH_DATELINE = (
    "Militants storm police post in northern town\n"
    "\n"
    "KANO, Monday 30 May 2011 (Test Wire) - Militants stormed a police post on Sunday night, killing three officers.\n"
    "\n"
    "A police spokesman said the attackers escaped.\n"
)


def test_text_file_headline_body_and_dateline(tmp_path: Path) -> None:
    article = _one_article(_write(tmp_path / "report.txt", TEXT_WITH_DATELINE))
    assert article.title == "Militants storm police post in northern town"
    assert article.text.startswith("KANO, Monday 30 May 2011")
    assert article.text.endswith("the attackers escaped.\n")
    assert article.published == date(2011, 5, 30)
    assert article.published_raw == "2011-05-30"
    assert article.id == "a" + content_hash(article.title, article.text)[:16]
    assert article.extra == {"source_file": "report.txt"}
    assert article.origin == Origin(str(tmp_path / "report.txt"))


def test_caption_date_and_crlf_line_ends(tmp_path: Path) -> None:
    text = "Bridge bombed on main highway\r\n\r\nSeptember 30 2011\r\nA bomb damaged a bridge on the highway on Thursday.\r\n"
    article = _one_article(_write(tmp_path / "report.txt", text))
    assert article.title == "Bridge bombed on main highway"
    assert "\r" not in article.text
    assert article.published == date(2011, 9, 30)


def test_text_without_a_headline_or_date(tmp_path: Path) -> None:
    text = "A bomb damaged a bridge on the highway on Thursday.\nNo one was hurt.\n"
    article = _one_article(_write(tmp_path / "report.txt", text))
    assert article.title is None
    assert article.text == text
    assert article.published is None


def test_settings_default_published_dates_plain_text(tmp_path: Path) -> None:
    text = "A bomb damaged a bridge on the highway on Thursday.\n"
    article = _one_article(_write(tmp_path / "report.txt", text), Settings(default_published=date(2014, 2, 2)))
    assert article.published == date(2014, 2, 2)
    assert article.published_raw == "2014-02-02"


def test_the_same_text_gets_the_same_id_wherever_it_is(tmp_path: Path) -> None:
    first = _one_article(_write(tmp_path / "a" / "report.txt", TEXT_WITH_DATELINE))
    second = _one_article(_write(tmp_path / "b" / "copy.txt", TEXT_WITH_DATELINE))
    assert first.id == second.id
    assert first.content_hash == second.content_hash


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KANO, Monday 30 May 2011 (Test Wire) - text", date(2011, 5, 30)),
        ("30 May, 2011", date(2011, 5, 30)),
        ("September 30 2011", date(2011, 9, 30)),
        ("Sept. 30, 2011 - text", date(2011, 9, 30)),
        ("Posted 2011-09-30 at noon", date(2011, 9, 30)),
        ("Filed on 31 February 2011, then September 2 2011", date(2011, 9, 2)),  # an impossible date is skipped
        ("No date here, only May and 2011 apart.", None),
    ],
)
def test_find_dateline_date(text: str, expected: date | None) -> None:
    assert find_dateline_date(text) == expected


def test_find_dateline_date_takes_the_first_in_the_text() -> None:
    assert find_dateline_date("2011-09-30 update: the attack on 2 September 2011 ...") == date(2011, 9, 30)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Three killed in market blast\n\nBody text here.", "Three killed in market blast"),
        ("Three people were killed in a market blast.\nMore text.", None),  # ends like a sentence
        ("Breaking\nMore text.", None),  # too short
        ("Three killed in market blast", None),  # nothing follows
        ("Three killed in market blast\n\n   \n", None),
        ("\ufeffThree killed in market blast\nBody.", "Three killed in market blast"),
    ],
)
def test_split_headline(text: str, title: str | None) -> None:
    assert split_headline(text)[0] == title


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"Header\x00\x01\x02binary junk", "binary file (contains NUL bytes)"),
        (b"Caf\xe9 owner shot in market\n\nA gunman shot a caf\xe9 owner.", "not valid UTF-8 (byte 0xe9 at offset 3)"),
    ],
)
def test_unreadable_text_files_are_rejected_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = _write(tmp_path / "bad.txt", content)
    reject = _one_reject(path)
    assert reject.origin == Origin(str(path))
    assert reason in reject.reason
    assert reject.severity == "error"


def test_a_file_over_the_size_limit_is_rejected_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "huge.txt", "A gunman shot two guards. " * 100)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("an oversize file must not be read"))
    reject = _one_reject(path, Settings(max_article_bytes=1000))
    assert reject.origin == Origin(str(path))
    assert "more than one article can be" in reject.reason
    assert "WIRECODER_MAX_ARTICLE_BYTES" in reject.reason


def test_a_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    text = "A gunman shot two guards at the gate."
    path = _write(tmp_path / "fits.txt", text)
    assert _one_article(path, Settings(max_article_bytes=len(text))).text == text


def test_a_missing_file_is_a_reject(tmp_path: Path) -> None:
    reject = _one_reject(tmp_path / "nowhere.txt")
    assert "cannot read file" in reject.reason


# --- HTML -----------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Gunmen storm checkpoint outside town | Test Wire</title>
<meta property="og:title" content="Gunmen storm checkpoint outside town">
<meta property="og:site_name" content="Test Wire">
<meta property="og:url" content="https://example.org/news/checkpoint">
<meta property="article:published_time" content="2012-01-14T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Gunmen storm checkpoint outside town</h1>
<p>Gunmen stormed an army checkpoint outside the town on Friday and killed four soldiers, an activist group said on Saturday.</p>
<p>The attackers fled towards the hills after a gunfight that lasted about an hour, the group said in a statement.</p>
<p>There was no immediate comment from the authorities about the attack on the checkpoint or about the missing soldiers.</p>
</article>
<footer>Copyright Test Wire. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture(scope="module")
def html_article(tmp_path_factory: pytest.TempPathFactory) -> Article:
    path = _write(tmp_path_factory.mktemp("html") / "page.html", PAGE)
    return _one_article(path)


def test_html_page_text_title_and_date(html_article: Article) -> None:
    assert html_article.title == "Gunmen storm checkpoint outside town"
    assert html_article.text.startswith("Gunmen stormed an army checkpoint outside the town on Friday")
    assert "the missing soldiers." in html_article.text
    assert "Home" not in html_article.text and "Copyright" not in html_article.text  # boilerplate left out
    assert html_article.published == date(2012, 1, 14)
    assert html_article.id == "a" + content_hash(html_article.title, html_article.text)[:16]


def test_html_page_url(html_article: Article) -> None:
    assert html_article.url == "https://example.org/news/checkpoint"


def test_html_page_outlet_is_the_site_name(html_article: Article) -> None:
    assert html_article.outlet == "Test Wire"


def test_html_without_article_text_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.html", "<html><head><title>Nothing</title></head><body></body></html>")
    reject = _one_reject(path)
    assert "no article text found in the HTML page" in reject.reason


def test_binary_html_is_rejected(tmp_path: Path) -> None:
    path = _write(tmp_path / "blob.html", b"<html>\x00\x00\x00</html>")
    assert "binary file" in _one_reject(path).reason


# --- folders and standard input ---------------------------------------------------------


def test_folders_are_read_recursively_sorted_and_hidden_files_skipped(tmp_path: Path) -> None:
    root = tmp_path / "in"
    _write(root / "b.txt", "Police dispersed a march on Monday.\n")
    _write(root / "a" / "z.jsonl", _lines(RECORD_C))
    _write(root / "a" / "y.txt", "Rebels seized a hill on Sunday.\n")
    _write(root / ".hidden.txt", "Hidden files are not articles.\n")
    _write(root / ".cache" / "c.txt", "Nor is anything under a hidden folder.\n")
    _write(root / "README.md", "notes about the folder")
    _write(root / "table.csv", "a,b\n1,2\n")
    items = list(read_inputs([str(root)], SETTINGS))
    assert [(type(i).__name__, i.origin.source) for i in items] == [
        ("Article", str(root / "a" / "y.txt")),
        ("Article", str(root / "a" / "z.jsonl")),
        ("Article", str(root / "b.txt")),
        ("Reject", str(root / "table.csv")),
    ]
    warning = items[-1]
    assert warning.severity == "warning"
    assert "not a readable input" in warning.reason


def test_a_missing_input_is_a_reject(tmp_path: Path) -> None:
    (reject,) = read_inputs([str(tmp_path / "nothing-here")], SETTINGS)
    assert isinstance(reject, Reject)
    assert reject.reason == "no such file or folder"


def test_a_file_named_directly_with_an_unknown_suffix_is_read_as_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "report.md", "Police dispersed a march on Monday.\n")
    (article,) = read_inputs([str(path)], SETTINGS)
    assert isinstance(article, Article) and article.text == "Police dispersed a march on Monday.\n"


def test_stdin_plain_text() -> None:
    raw = b"Militants storm police post in northern town\n\nMilitants stormed a police post on Sunday night.\n"
    (article,) = read_stream(io.BytesIO(raw), Origin("<stdin>"), Settings(default_published=date(2011, 5, 30)))
    assert isinstance(article, Article)
    assert article.title == "Militants storm police post in northern town"
    assert article.text == "Militants stormed a police post on Sunday night.\n"
    assert article.published == date(2011, 5, 30)
    assert article.extra == {}
    assert article.origin == Origin("<stdin>")


def test_stdin_jsonl_from_a_buffered_stream() -> None:
    raw = _lines(RECORD_A, "{oops", RECORD_C).encode()
    items = list(read_stream(io.BufferedReader(io.BytesIO(raw)), Origin("<stdin>"), SETTINGS))
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert [i.origin for i in items] == [Origin("<stdin>", 1), Origin("<stdin>", 2), Origin("<stdin>", 3)]
    assert items[2].id == "wire-003"


def test_stdin_jsonl_from_bytesio() -> None:
    items = list(read_stream(io.BytesIO(_lines(RECORD_A, RECORD_C).encode()), Origin("<stdin>"), SETTINGS))
    assert [i.id for i in items] == ["wire-001", "wire-003"]


def test_stdin_larger_than_an_article_is_rejected() -> None:
    (reject,) = read_stream(io.BytesIO(b"A gunman shot two guards. " * 50), Origin("<stdin>"), Settings(max_article_bytes=100))
    assert isinstance(reject, Reject)
    assert reject.origin == Origin("<stdin>")
    assert "larger than one article" in reject.reason


def test_empty_stdin_is_rejected() -> None:
    (reject,) = read_stream(io.BytesIO(b""), Origin("<stdin>"), SETTINGS)
    assert isinstance(reject, Reject) and reject.reason == "empty file"


def test_input_error_carries_origin_and_reason() -> None:
    with pytest.raises(InputError) as caught:
        article_from_record([1, 2], Origin("feed.jsonl", 7))
    assert str(caught.value) == "feed.jsonl:7: expected a JSON object, found list"


def test_plain_text_dateline_names_the_outlet(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Gunmen Attack Checkpoint Near Aleppo\n\nALEPPO, Syria, Friday 3 February 2012 (Harbour Wire) - "
                      "Gunmen attacked a checkpoint on Friday, killing two soldiers, a monitoring group said.\n", encoding="utf-8")
    article = next(iter(read_file(report, Settings())))
    assert article.outlet == "Harbour Wire"
    assert article.published == date(2012, 2, 3)
