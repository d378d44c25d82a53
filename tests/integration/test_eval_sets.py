"""The merging scorers on a small gold set of our own in the GVA format: B-cubed of the articles
grouped into events, and counting questions answered from the event table (evaluate/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirecoder.evaluate import run_evaluation

ARTICLES = [
    {"id": "t-1", "title": "Man shot dead outside Harlan bar", "published": "2016-04-24", "outlet": "Test Wire",
     "text": "HARLAN, Ky. (Test Wire) - A man was shot dead outside a bar on Elm Street in Harlan on Saturday night, "
             "police said. Police identified him as Darnell Hayes, 31."},
    {"id": "t-2", "title": "Police name man killed outside bar", "published": "2016-04-25", "outlet": "Other Wire",
     "text": "HARLAN, Ky. (Other Wire) - Police on Monday named the man who was shot and killed outside an Elm Street "
             "bar in Harlan on Saturday as Darnell Hayes, 31."},
    {"id": "t-3", "title": "Two women wounded in Harlan", "published": "2016-05-10", "outlet": "Test Wire",
     "text": "HARLAN, Ky. (Test Wire) - Two women were wounded when shots were fired at a house on Oak Street in Harlan "
             "on Sunday, deputies said."},
]
INCIDENTS = [
    {"doc_ids": ["t-1", "t-2"], "incident_id": "1", "has_gva_record": True, "num_injured": 0, "num_killed": 1,
     "date": "2016-04-23", "location": "Harlan", "admin1": "Kentucky", "longitude": -83.322, "latitude": 36.843},
    {"doc_ids": ["t-3"], "incident_id": "2", "has_gva_record": True, "num_injured": 2, "num_killed": 0,
     "date": "2016-05-08", "location": "Harlan", "admin1": "Kentucky", "longitude": -83.320, "latitude": 36.845},
]


@pytest.fixture(scope="module")
def gold_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("gold")
    (folder / "gva").mkdir()
    (folder / "gva" / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    (folder / "gva" / "incidents.jsonl").write_text("".join(json.dumps(i) + "\n" for i in INCIDENTS), encoding="utf-8")
    return folder


def test_articles_grouped_as_the_incidents_score_one(resources, gold_dir: Path) -> None:
    figures = run_evaluation("gva-incidents", resources, gold_dir=gold_dir)["gva-incidents"]
    assert figures["b_cubed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert figures["b_cubed_all_alone"]["recall"] == pytest.approx((0.5 + 0.5 + 1) / 3, abs=1e-4)


def test_counting_questions_are_answered_from_the_events(resources, gold_dir: Path) -> None:
    figures = run_evaluation("gva-questions", resources, gold_dir=gold_dir)["gva-questions"]
    # city and state, each in April, May and the year: 2 + 2 + 4 questions with a non-zero answer
    assert figures["questions"] == 16
    assert (figures["incident_counts_exact"], figures["victim_counts_exact"]) == (1.0, 1.0)
