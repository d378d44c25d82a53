"""process(): an interrupted run leaves whole articles (with their warnings), and nothing piles up per article;
the events, their ids and the stories do not depend on the order the articles come in."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder import process as process_module
from wirecoder.merge import event_id_for, merge_mention
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


# One car bombing told by a wire story that two outlets ran nearly word for word, a shorter report of it
# from another outlet a day later, and an unrelated shooting elsewhere.
WIRE_STORY = ("KANDAHAR, Afghanistan - A car bomb exploded on Monday outside the governor's office in Kandahar, "
              "killing four policemen and wounding eleven civilians who were queuing at the gate, a provincial "
              "spokesman said, adding that the attacker had parked the car near a busy market before noon.")
WIRE_STORY_REPRINTED = WIRE_STORY.replace("before noon.", "shortly before noon.")
FOLLOW_UP = "Four policemen were killed when a car bomb went off outside the governor's office in Kandahar on Monday, officials said."
ELSEWHERE = "Gunmen shot dead two shopkeepers in Herat on Monday, police said."


def _one_bombing_and_a_shooting() -> list[Article]:
    return [make_article(WIRE_STORY, article_id="wire-b"), make_article(WIRE_STORY_REPRINTED, article_id="wire-a"),
            make_article(FOLLOW_UP, published="2011-12-06", article_id="follow"), make_article(ELSEWHERE, article_id="herat")]


def _what_was_stored(store) -> tuple[list[tuple], dict[str, str | None]]:  # type: ignore[no-untyped-def]
    """The events (id, articles, day, place, toll) and each mention's story."""
    events = sorted((e.event_id, tuple(sorted(e.article_ids)), e.event_date, e.place.location, e.fatalities, e.injuries,
                     e.independent_sources) for e in store.events())
    stories = {m.mention_id: m.story_id for e in store.events() for m in store.mentions_of(e.event_id)}
    return events, stories


def test_the_events_ids_and_stories_are_the_same_whatever_order_the_articles_come_in(resources: Resources,
                                                                                   monkeypatch) -> None:
    articles = _one_bombing_and_a_shooting()
    runs = []
    for order, page in ((articles, 10), (articles[::-1], 1), ([articles[2], articles[0], articles[3], articles[1]], 3)):
        monkeypatch.setattr(process_module, "MERGE_PAGE", page)  # the waiting articles read a page at a time
        store = open_store(":memory:")
        process(order, store, resources, batch_size=2)
        runs.append(_what_was_stored(store))
    assert runs[0] == runs[1] == runs[2]
    events, stories = runs[0]
    bombing = next(e for e in events if "follow" in e[1])
    assert bombing[1] == ("follow", "wire-a", "wire-b") and bombing[6] == 2  # the two copies are one source
    # named by its earliest report, the copies' story by the first of them (same day: the lower id)
    assert bombing[0] == event_id_for("wire-a:m1")
    assert stories["wire-a:m1"] == stories["wire-b:m1"] == "wire-a"


def test_a_run_stopped_while_merging_leaves_the_rest_to_merge_on_the_next_run(resources: Resources, monkeypatch) -> None:
    articles = _one_bombing_and_a_shooting()
    whole = open_store(":memory:")
    process(articles, whole, resources)
    merged = []

    def killed_at_the_third_merge(mention, store, settings):  # type: ignore[no-untyped-def]
        if len(merged) == 2:
            raise Interrupted
        merged.append(mention.mention_id)
        return merge_mention(mention, store, settings)

    store = open_store(":memory:")
    with monkeypatch.context() as patch:
        patch.setattr(process_module, "merge_mention", killed_at_the_third_merge)
        with pytest.raises(Interrupted):
            process(articles[::-1], store, resources)
    assert store.count("articles") == 4 and len(store.unmerged_articles(limit=10)) == 2  # stored, two of them merged
    report = process(articles, store, resources)  # nothing left to read: the merging is finished
    assert report.already_stored == 4
    assert _what_was_stored(store) == _what_was_stored(whole)


def test_a_call_without_leftovers_merges_only_its_own_articles(resources: Resources, monkeypatch) -> None:
    wire_b, wire_a, follow, herat = _one_bombing_and_a_shooting()
    store = open_store(":memory:")
    with monkeypatch.context() as patch:  # a batch run killed before its merge: its articles wait
        patch.setattr(process_module, "merge_unmerged", lambda *args: None)
        process([wire_b, herat], store, resources)
    report = process([wire_a, follow], store, resources, leftovers=False)  # an API request meanwhile
    assert {a for e in store.events() for a in e.article_ids} == {"wire-a", "follow"}
    assert set(report.event_ids) == {e.event_id for e in store.events()}
    assert sorted(store.unmerged_articles(limit=10)) == ["herat", "wire-b"]  # left to the next batch run
    process([], store, resources)
    whole = open_store(":memory:")
    process([wire_b, herat, wire_a, follow], whole, resources)
    assert store.unmerged_articles(limit=10) == [] and len(list(store.events())) == len(list(whole.events()))


def test_an_article_another_run_merged_since_the_page_was_read_is_not_merged_again(resources: Resources) -> None:
    store = open_store(":memory:")
    process(_one_bombing_and_a_shooting(), store, resources)
    before = _what_was_stored(store)
    pages = iter([["wire-a", "herat"], []])  # a page read just before another writer merged these
    store.unmerged_articles = lambda limit: next(pages)  # type: ignore[method-assign]
    report = process_module.ProcessReport()
    process_module.merge_unmerged(store, resources, report)
    assert report.events_created == report.events_updated == 0
    assert _what_was_stored(store) == before
