"""process(): an interrupted run leaves whole articles (with their warnings), and nothing piles up per article."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder import process as process_module
from wirecoder.model import Article, Reject
from wirecoder.pipeline import Resources
from wirecoder.process import process
from wirecoder.store import open_store

UNDATED = "Gunmen killed three villagers in Kafr Nabl, Idlib province, the local council said."


def make_article(text: str, published: str | None = "2011-12-05", article_id: str = "t1") -> Article:
    return Article(id=article_id, text=text, published=date.fromisoformat(published) if published else None,
                   outlet="Test Wire", content_hash=article_id)


class Interrupted(BaseException):
    """Stands for a kill at that moment (a BaseException, as KeyboardInterrupt is: nothing catches it)."""


def test_an_article_and_its_extraction_warnings_are_stored_together_or_not_at_all(resources: Resources) -> None:
    store = open_store(":memory:")
    article = make_article(UNDATED, published=None, article_id="undated")
    record_reject = store.add_reject

    def killed_at_the_extraction_warning(reject: Reject) -> bool:
        if "has no date" in reject.reason:
            raise Interrupted
        return record_reject(reject)

    store.add_reject = killed_at_the_extraction_warning  # type: ignore[method-assign]
    with pytest.raises(Interrupted):
        process([article], store, resources)
    assert store.stored_article("undated") is None  # rolled back with its warning: a re-run does it again
    store.add_reject = record_reject  # type: ignore[method-assign]

    report = process([article], store, resources)
    assert report.stored == 1
    assert any("has no date" in reject.reason for reject in store.rejects())
    assert process([article], store, resources).already_stored == 1


def test_a_repeated_id_is_stored_once_whether_still_in_flight_or_already_stored(resources: Resources) -> None:
    store = open_store(":memory:")
    texts = [f"Police said a bomb wounded {n} people in Kandahar on Monday." for n in range(2, 6)]
    articles = [make_article(text, article_id=f"a{n}") for n, text in enumerate(texts)]
    # a1 comes again in the same batch as itself (in flight), a0 once stored
    report = process([articles[0], articles[1], articles[1], articles[2], articles[3], articles[0]], store, resources, batch_size=3)
    assert (report.stored, report.already_stored) == (4, 2)
    assert store.count("articles") == 4


def test_a_summary_only_report_keeps_the_first_problems_counts_the_rest_and_no_event_ids(resources: Resources,
                                                                                          monkeypatch) -> None:
    monkeypatch.setattr(process_module, "KEPT_PROBLEMS", 3)
    articles = [make_article(UNDATED, published=None, article_id=f"u{n}") for n in range(4)]
    articles += [make_article(f"Police said a bomb wounded {n} people in Kandahar on Monday.", article_id=f"d{n}") for n in (3, 4)]
    store = open_store(":memory:")
    report = process(articles, store, resources, summary_only=True)
    assert report.warnings == 8  # each: no publication date, and an incident without a date
    assert len(report.problems) == 3 and report.problems_left_off == 5
    assert report.events_created > 0 and report.event_ids == []
    assert len(store.rejects()) == 8  # all recorded

    full = process(articles, open_store(":memory:"), resources)  # what the API answers with: everything
    assert len(full.problems) == 8 and full.problems_left_off == 0 and len(full.event_ids) == full.events_created
