"""Scoring conflict places on the UCDP GED sample (../shared/gold/ucdp): where an incident happened, read
from the wording conflict coders use for places ("Kata Qala village of Khwaja Sabz Posh District").

UCDP's records carry no report text (their headlines are often only a source's name), but each has a
`where_description` in the wording of conflict reporting, the coordinates coded for it, and how precisely
(`where_prec`: 1 the place itself, 2 within about 25 km of it, 3 a district, 4 a province, 5-7 a line, a
country or the sea). Each description becomes a one-sentence report in one fixed wording, headlined with
its country as a dateline would give it, and goes through the whole pipeline, as `process` runs it. The
event's place is scored against UCDP's coordinates: within 25 km where UCDP knew the place (where_prec
1-2), within 50 km where it knew only the district (3). Descriptions of provinces and wider areas (4-7) are
left out: their coordinates are a centroid no description points to.

A description naming nothing the gazetteer knows gives no event (a country alone is no event's place):
it counts as not found, and as wrong."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..geo import distance_km
from ..pipeline import Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records, process_in_memory

#: how far the event may lie from UCDP's coordinates, by UCDP's precision code
ALLOWED_KM = {1: 25.0, 2: 25.0, 3: 50.0}
#: UCDP writes a country's former name in brackets: "DR Congo (Zaire)", "Yemen (North Yemen)"
_FORMER_NAME = re.compile(r"\s*\([^)]*\)")
#: a description that starts with its own preposition ("near the village of ...") needs no "in"
_OWN_PREPOSITION = re.compile(r"(?:in|near|at|on|around|between|outside|inside|along|across|off|from|north|south|"
                              r"east|west|targeting)\b")


def report_of(record: dict[str, Any]) -> dict[str, Any] | None:
    """The one-sentence report telling of fighting at the record's described place, or None when UCDP gives
    no usable description or codes only a province or a wider area."""
    description = " ".join(str(record.get("where_description") or "").split()).strip(" .;,")
    if not description or description == "None" or record.get("where_prec") not in ALLOWED_KM:
        return None
    if description.lower().startswith("the vicinity"):
        description = "in " + description
    where = description if _OWN_PREPOSITION.match(description) else "in " + description
    country = _FORMER_NAME.sub("", record["country"]).strip()
    return {"id": str(record["id"]), "title": f"Clashes in {country}", "text": f"Clashes were reported {where}.",
            "published": record["date_start"]}


def score_ucdp(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
               progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    path = gold_path(gold_dir, "ucdp", "events.jsonl")
    pairs = [(record, report) for record in read_jsonl(path) if (report := report_of(record)) is not None]
    pairs = choose(pairs, limit, sample)
    store, report = process_in_memory(articles_from_records([r for _, r in pairs], str(path)), resources, progress)
    counted = {precision: {"descriptions": 0, "found": 0, "within": 0} for precision in ALLOWED_KM}
    failures = []
    for record, written in pairs:
        precision = record["where_prec"]
        figures = counted[precision]
        figures["descriptions"] += 1
        mentions = store.mentions_of_article(written["id"])
        if not mentions:
            failures.append({"record": record["id"], "text": written["text"], "predicted": None})
            continue
        place = mentions[0].place
        figures["found"] += 1
        km = distance_km(place.latitude, place.longitude, record["latitude"], record["longitude"])
        if km <= ALLOWED_KM[precision]:
            figures["within"] += 1
        else:
            failures.append({"record": record["id"], "text": written["text"], "km": round(km),
                             "predicted": [place.location, place.admin1, place.country]})

    def ratio(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    precise = [counted[1], counted[2]]
    precise_total = sum(f["descriptions"] for f in precise)
    return {
        "set": "ucdp",
        "descriptions": sum(f["descriptions"] for f in counted.values()),
        "event_found": ratio(sum(f["found"] for f in counted.values()), sum(f["descriptions"] for f in counted.values())),
        "place_within_25km": ratio(sum(f["within"] for f in precise), precise_total),
        "district_within_50km": ratio(counted[3]["within"], counted[3]["descriptions"]),
        "by_precision": {str(k): {"descriptions": f["descriptions"], "found": ratio(f["found"], f["descriptions"]),
                                  "within": ratio(f["within"], f["descriptions"])} for k, f in counted.items()},
        "articles_per_second": round(report.articles_per_second, 1),
        "failures": failures,
    }
