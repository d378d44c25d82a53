"""Counting questions in the style of SemEval-2018 Task 5, made from GVA's incidents and
answered from the event table.

"How many incidents with someone killed were there in Chicago, Illinois in May 2016?",
"How many people were injured in Ohio in 2015?": the questions a user asks of an
event database, and the ones duplicates and missed merges get wrong. Questions are
made for every city (GVA's city or county and its state) and every state, for
every month and year in which the gold incidents give a non-zero answer, of four
kinds: incidents with someone killed, incidents with someone injured, people
killed, people injured. Gold answers count GVA's incidents (those with a date
and a place); a question whose answer GVA leaves unknown (an incident in it lacks
the count asked for) is not asked. wirecoder's answers count the events it
stored from all the GVA articles. An event is in a state when its admin1 is that state, and in a city
when it is in the state and within 25 km of the city (the median of the city's
gold incident coordinates: GVA's cities are names, wirecoder's places may be a
neighbourhood or a suburb of them). A question is right only when the count is
exact. Figures: the share exact for incident counts and for victim counts, and per kind.
--sample N takes whole states, in a seeded random order, until their incidents have N articles, and
asks only about them (a sample of articles would leave answers counting incidents never read).
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from statistics import median
from typing import Any

from ..geo import distance_km
from ..model import Event, lead_article
from ..pipeline import Resources
from .gold import SAMPLE_SEED, gold_path, read_jsonl
from .runs import articles_from_records, process_in_memory

CITY_KM = 25.0
KINDS = {
    "incidents_killed": ("incidents", lambda killed, injured: int(killed > 0)),
    "incidents_injured": ("incidents", lambda killed, injured: int(injured > 0)),
    "people_killed": ("victims", lambda killed, injured: killed),
    "people_injured": ("victims", lambda killed, injured: injured),
}


def _periods(day: str) -> list[str]:
    return [day[:7], day[:4]]  # "2016-05" (a month), "2016" (a year)


def _event_counts(event: Event) -> tuple[int, int]:
    return event.fatalities, event.injuries or 0


def score_gva_questions(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    folder = gold_path(gold_dir, "gva")
    incidents = [i for i in read_jsonl(folder / "incidents.jsonl")
                 if i.get("has_gva_record") and i.get("date") and i.get("admin1") and i.get("location")]
    records = list(read_jsonl(folder / "articles.jsonl"))
    if sample is not None:
        states = _state_sample(incidents, sample)
        incidents = [i for i in incidents if i["admin1"] in states]
        read = {article_id for i in incidents for article_id in i["doc_ids"]}
        records = [r for r in records if r["id"] in read]
    # gold answers per (kind, place, period); a place is ("state", admin1) or ("city", location, admin1)
    gold: dict[tuple[Any, ...], int] = defaultdict(int)
    # an incident whose count of a kind GVA does not give leaves every answer of that kind it falls in unknown
    unknown: set[tuple[Any, ...]] = set()
    city_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for incident in incidents:
        city = ("city", incident["location"], incident["admin1"])
        if incident.get("latitude") is not None and incident.get("longitude") is not None:
            city_points[(incident["location"], incident["admin1"])].append((incident["latitude"], incident["longitude"]))
        killed, injured = incident.get("num_killed"), incident.get("num_injured")
        for place in (("state", incident["admin1"]), city):
            for period in _periods(incident["date"]):
                for kind, (_, value) in KINDS.items():
                    if (killed if kind.endswith("killed") else injured) is None:
                        unknown.add((kind, place, period))
                    else:
                        gold[(kind, place, period)] += value(killed or 0, injured or 0)
    # a city question needs the city's place: the median of its incidents' coordinates
    questions = sorted(key for key, answer in gold.items() if answer > 0 and key not in unknown
                       and (key[1][0] == "state" or (key[1][1], key[1][2]) in city_points))
    if limit is not None:
        questions = questions[:limit]
    centres = {city: (median(p[0] for p in points), median(p[1] for p in points)) for city, points in city_points.items()}

    store, _ = process_in_memory(articles_from_records(records, "gva/articles.jsonl"), resources, progress)
    events = [e for e in store.events() if e.place.country_code == "US" and e.event_type != "Strategic developments"]
    led = [e for e in events if any(lead_article(m) is not None for m in e.mention_ids)]
    figures = {"set": "gva-questions", "articles": len(records), "questions": len(questions)}
    figures.update(_score(questions, gold, centres, events))
    # GVA links each article to the incident it leads with; incidents it recalls in passing ("a
    # shooting on the same block last year") are real events, but none of GVA's answers count them
    figures["answered_from_events_a_report_leads_with"] = _score(questions, gold, centres, led)
    return figures


def _state_sample(incidents: list[dict[str, Any]], articles: int) -> set[str]:
    """Whole states, in a seeded random order, until their incidents have `articles` articles."""
    per_state: dict[str, int] = defaultdict(int)
    for incident in incidents:
        per_state[incident["admin1"]] += len(incident["doc_ids"])
    order = sorted(per_state)
    random.Random(SAMPLE_SEED).shuffle(order)
    chosen: set[str] = set()
    total = 0
    for state in order:
        if total >= articles:
            break
        chosen.add(state)
        total += per_state[state]
    return chosen


def _score(questions: list[tuple[Any, ...]], gold: dict[tuple[Any, ...], int], centres: dict[tuple[str, str], tuple[float, float]],
           events: list[Event]) -> dict[str, Any]:
    by_state_period: dict[tuple[str, str], list[Event]] = defaultdict(list)
    for event in events:
        for period in _periods(event.event_date.isoformat()):
            by_state_period[(event.place.admin1 or "", period)].append(event)

    def answer(kind: str, place: tuple[Any, ...], period: str) -> int:
        candidates = by_state_period.get((place[-1], period), [])
        if place[0] == "city":
            latitude, longitude = centres[(place[1], place[2])]
            candidates = [e for e in candidates
                          if distance_km(e.place.latitude, e.place.longitude, latitude, longitude) <= CITY_KM]
        value = KINDS[kind][1]
        return sum(value(*_event_counts(e)) for e in candidates)

    right: dict[str, int] = defaultdict(int)
    asked: dict[str, int] = defaultdict(int)
    too_many: dict[str, int] = defaultdict(int)
    for kind, place, period in questions:
        group = KINDS[kind][0]
        scope = f"{place[0]} in a {'month' if len(period) == 7 else 'year'}"
        ours, truth = answer(kind, place, period), gold[(kind, place, period)]
        for key in (kind, group, f"{group}, {scope}"):
            asked[key] += 1
            right[key] += ours == truth
            too_many[key] += ours > truth

    def share(key: str) -> float | None:
        return round(right[key] / asked[key], 4) if asked[key] else None

    return {
        "incident_counts_exact": share("incidents"),
        "victim_counts_exact": share("victims"),
        "per_kind": {kind: share(kind) for kind in KINDS},
        # where the counts go wrong: the share exact per place and period, and the share counted too high
        "per_scope": {key: share(key) for key in sorted(asked) if ", " in key},
        "too_many": {group: round(too_many[group] / asked[group], 4) for group in ("incidents", "victims") if asked[group]},
        "questions_per_kind": {kind: asked[kind] for kind in KINDS},
    }
