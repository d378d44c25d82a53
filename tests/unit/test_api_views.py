"""What the API works out beyond stored records (api/views.py): evidence marked in an article,
independent sources and copies, and cursors."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.api.views import claim_cursor, encode_cursor, event_cursor, event_sources, highlights
from wirecoder.errors import BadRequestError
from wirecoder.model import Article, Event, Evidence, Mention, Place

PLACE = Place(location="Springfield", country="United States", country_code="US")


def _mention(mention_id: str, article_id: str, spans: list[tuple[int, int, str]], story_id: str | None = None) -> Mention:
    return Mention(mention_id=mention_id, article_id=article_id, event_type="Battles", sub_event_type="Armed clash",
                   event_date=date(2020, 5, 1), time_precision=1, place=PLACE, story_id=story_id,
                   evidence=[Evidence(article_id, start, end, "", field) for start, end, field in spans])


def test_overlapping_spans_are_marked_once_and_the_text_is_escaped() -> None:
    article = Article(id="a1", title="Clash <live>", text="Guards & rebels fought. Two died. Calm returned.")
    first = _mention("a1:m1", "a1", [(0, 23, "text"), (24, 33, "text"), (6, 12, "title")])
    second = _mention("a1:m2", "a1", [(16, 33, "text"), (40, 400, "text")])  # the last span lies outside the text
    found, title_html, text_html = highlights(article, [first, second])
    assert [(h.field, h.start, h.end, h.mention_ids) for h in found] == [
        ("title", 6, 12, ["a1:m1"]), ("text", 0, 33, ["a1:m1", "a1:m2"])]
    assert title_html == 'Clash <mark data-mentions="a1:m1">&lt;live&gt;</mark>'
    assert text_html == '<mark data-mentions="a1:m1 a1:m2">Guards &amp; rebels fought. Two died.</mark> Calm returned.'


def test_an_article_without_evidence_or_title() -> None:
    found, title_html, text_html = highlights(Article(id="a2", text="Quiet <day>."), [])
    assert (found, title_html, text_html) == ([], None, "Quiet &lt;day&gt;.")


def test_the_first_report_of_a_story_is_independent_and_later_ones_copy_it() -> None:
    event = Event(event_id="ev-1", event_type="Battles", sub_event_type="Armed clash", event_date=date(2020, 5, 1),
                  time_precision=1, place=PLACE, article_ids=["w1", "w2", "own", "w3"])
    mentions = [_mention("w1:m1", "w1", [], story_id="w0"), _mention("w2:m1", "w2", [], story_id="w0"),
                _mention("own:m1", "own", []), _mention("w3:m1", "w3", [], story_id="w0")]
    articles = {"w1": Article(id="w1", text="x", outlet="Wire", title="T", published_raw="2020-05-02")}
    sources = event_sources(event, mentions, articles)
    assert [(s.article_id, s.independent, s.copy_of) for s in sources] == [
        ("w1", True, None), ("w2", False, "w1"), ("own", True, None), ("w3", False, "w1")]
    assert (sources[0].outlet, sources[0].published, sources[1].outlet) == ("Wire", "2020-05-02", None)


def test_cursors_round_trip_and_refuse_what_they_did_not_make() -> None:
    assert event_cursor(encode_cursor("2020-05-01", "ev-1")) == (date(2020, 5, 1), "ev-1")
    assert claim_cursor(encode_cursor("", "c-1")) == ("", "c-1")
    for bad in ("", "%%%", encode_cursor("2020-05-01"), encode_cursor("May Day", "ev-1"), "WzEsIDJd"):  # the last: [1, 2]
        with pytest.raises(BadRequestError, match="next_cursor"):
            event_cursor(bad)
