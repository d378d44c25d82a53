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


def test_a_question_whose_answer_gva_leaves_unknown_is_not_asked(resources, tmp_path: Path) -> None:
    # a May incident in Harlan whose injured GVA does not give: May's and the year's injury answers there
    # are unknown (the killed ones are not); its missing coordinates keep no state question out
    unknown = {"doc_ids": [], "incident_id": "3", "has_gva_record": True, "num_injured": None, "num_killed": 0,
               "date": "2016-05-20", "location": "Harlan", "admin1": "Kentucky", "longitude": None, "latitude": None}
    (tmp_path / "gva").mkdir()
    (tmp_path / "gva" / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    (tmp_path / "gva" / "incidents.jsonl").write_text("".join(json.dumps(i) + "\n" for i in [*INCIDENTS, unknown]),
                                                      encoding="utf-8")
    figures = run_evaluation("gva-questions", resources, gold_dir=tmp_path)["gva-questions"]
    assert figures["questions_per_kind"] == {"incidents_killed": 4, "incidents_injured": 0, "people_killed": 4, "people_injured": 0}
    assert (figures["incident_counts_exact"], figures["victim_counts_exact"]) == (1.0, 1.0)


def test_a_questions_sample_takes_whole_states_and_asks_only_of_them(resources, tmp_path: Path) -> None:
    ohio_article = {"id": "t-4", "title": "Man wounded in Dayton", "published": "2016-06-04", "outlet": "Test Wire",
                    "text": "DAYTON, Ohio (Test Wire) - A man was wounded in a shooting on Main Street in Dayton on Friday "
                            "night, police said."}
    ohio = {"doc_ids": ["t-4"], "incident_id": "4", "has_gva_record": True, "num_injured": 1, "num_killed": 0,
            "date": "2016-06-03", "location": "Dayton", "admin1": "Ohio", "longitude": -84.19, "latitude": 39.76}
    (tmp_path / "gva").mkdir()
    (tmp_path / "gva" / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in [*ARTICLES, ohio_article]),
                                                      encoding="utf-8")
    (tmp_path / "gva" / "incidents.jsonl").write_text("".join(json.dumps(i) + "\n" for i in [*INCIDENTS, ohio]), encoding="utf-8")
    whole = run_evaluation("gva-questions", resources, gold_dir=tmp_path)["gva-questions"]
    assert (whole["articles"], whole["questions"]) == (4, 24)
    # one article asked for: the first state of the seeded order, whole (Kentucky's three articles or Ohio's one)
    figures = run_evaluation("gva-questions", resources, gold_dir=tmp_path, sample=1)["gva-questions"]
    assert (figures["articles"], figures["questions"]) in ((3, 16), (1, 8))
    assert (figures["incident_counts_exact"], figures["victim_counts_exact"]) == (1.0, 1.0)


def _timex(text: str, doc: str, value: str, kind: str = "DATE") -> dict:
    start = doc.index(text)
    return {"type": kind, "value": value, "text": text, "start": start, "end": start + len(text)}


def test_time_expressions_are_scored_against_their_values(resources, tmp_path: Path) -> None:
    text = ("Deputies said the shop on Elm Street was robbed on Saturday. The owner reopened it on March 3, "
            "and he has run it for a decade. A trial is set for next week.")
    timexes = [_timex("Saturday", text, "2016-02-27"),  # read right
               _timex("March 3", text, "2016-03-03"),  # read as last year's: a wrong value
               _timex("a decade", text, "P10Y", "DURATION"),  # not a date: outside the count
               _timex("next week", text, "2016-W11")]  # the future: the stage reads no such date
    (tmp_path / "tempeval3").mkdir()
    record = {"doc_id": "te-1", "dct": "2016-03-02", "title": "", "text": text, "timexes": timexes}
    (tmp_path / "tempeval3" / "docs.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    figures = run_evaluation("tempeval", resources, gold_dir=tmp_path)["tempeval"]
    assert (figures["gold_dates"], figures["predicted"]) == (3, 2)
    assert (figures["found_recall"], figures["found_precision"]) == (0.6667, 1.0)
    assert (figures["value_accuracy"], figures["value_f1"], figures["day_recall"]) == (0.5, 0.4, 0.5)


def _ucdp(record_id: int, where: str, precision: int, latitude: float, longitude: float, country: str = "Syria") -> dict:
    return {"id": record_id, "country": country, "where_description": where, "where_prec": precision,
            "latitude": latitude, "longitude": longitude, "date_start": "2013-05-04", "best": 2}


def test_conflict_places_are_scored_against_ucdp_coordinates(resources, tmp_path: Path) -> None:
    records = [
        _ucdp(1, "in the town of Saraqib in Idlib province", 1, 35.864, 36.806),  # placed right
        _ucdp(2, "near Kunduz city", 2, 37.60, 68.86, "Afghanistan"),  # Kunduz is about 100 km from these
        _ucdp(3, "Qaryat Zzyzx hamlet", 1, 35.0, 37.0),  # a name no gazetteer knows: no event
        _ucdp(4, "Jisr al-Shughur district", 3, 35.81, 36.32),  # a district: within 50 km
        _ucdp(5, "Idlib province", 4, 35.8, 36.6),  # a province's centroid: left out
        _ucdp(6, "None", 1, 35.0, 37.0),  # no description: left out
    ]
    (tmp_path / "ucdp").mkdir()
    (tmp_path / "ucdp" / "events.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    figures = run_evaluation("ucdp", resources, gold_dir=tmp_path)["ucdp"]
    assert figures["descriptions"] == 4
    assert figures["event_found"] == 0.75
    assert figures["place_within_25km"] == pytest.approx(1 / 3, abs=1e-4)
    assert figures["district_within_50km"] == 1.0
    assert {f["record"] for f in figures["failures"]} == {2, 3}
