"""Scoring the seed reports: their hand-made gold events and claims (../shared/gold/seeds).

A gold event is found when a predicted event of its article lies within 25 km
and within its date tolerance; then type, sub-type, place and fatalities
are compared. Optional gold events neither count as missed nor make a
prediction a false alarm. Claims are found by quantity; a claim whose number
turns up as an event's death toll counts against us."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..geo import distance_km
from ..pipeline import Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records, process_in_memory

PLACE_KM = 25.0


def _matches(gold: dict[str, Any], event: dict[str, Any]) -> bool:
    if gold.get("lat") is None or distance_km(gold["lat"], gold["lon"], event["latitude"], event["longitude"]) > PLACE_KM:
        return False
    if gold.get("date") is None:
        return True
    tolerance = gold.get("date_tolerance_days", 0)
    return abs((date.fromisoformat(event["event_date"]) - date.fromisoformat(gold["date"])).days) <= tolerance


def score_seeds(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    from ..export import event_record

    folder = gold_path(gold_dir, "seeds")
    records = choose(list(read_jsonl(folder / "articles.jsonl")), limit, sample)
    gold = {g["id"]: g for g in read_jsonl(folder / "gold.jsonl")}
    store, _ = process_in_memory(articles_from_records(records, str(folder / "articles.jsonl")), resources, progress)
    events = [event_record(e) for e in store.events()]
    claims = list(store.claims())

    required = found = type_ok = sub_ok = fatal_ok = precise_ok = 0
    predicted = matched_predictions = 0
    claims_gold = claims_found = claims_as_events = 0
    details = []
    for record in records:
        article_gold = gold.get(record["id"])
        if article_gold is None:
            continue
        mine = [e for e in events if record["id"] in e["article_ids"]]
        predicted += len(mine)
        matched_predictions += sum(1 for e in mine if any(_matches(g, e) for g in article_gold["events"]))
        for gold_event in article_gold["events"]:
            if gold_event.get("optional"):
                continue
            required += 1
            candidates = [e for e in mine if _matches(gold_event, e)]
            candidates.sort(key=lambda e: (e["event_type"] != gold_event["event_type"], e["sub_event_type"] != gold_event["sub_event_type"]))
            best = candidates[0] if candidates else None
            acceptable = gold_event.get("fatalities_acceptable", [gold_event.get("fatalities")])
            outcome = {"article": record["id"], "gold": f"{gold_event['sub_event_type']} {gold_event.get('location')} {gold_event.get('date')}",
                       "found": best is not None}
            if best is not None:
                found += 1
                type_ok += best["event_type"] == gold_event["event_type"]
                sub_ok += best["sub_event_type"] in [gold_event["sub_event_type"], *gold_event.get("sub_event_type_also", [])]
                fatal_ok += best["fatalities"] in acceptable
                precise_ok += best["geo_precision"] == gold_event.get("geo_precision", best["geo_precision"])
                outcome.update(predicted=f"{best['sub_event_type']} {best['location']} {best['event_date']} killed {best['fatalities']}")
            details.append(outcome)
        mine_claims = [c for c in claims if c.article_id == record["id"]]
        for gold_claim in article_gold.get("claims", []):
            if gold_claim.get("quantity") is None:
                continue
            claims_gold += 1
            claims_found += any(c.quantity == gold_claim["quantity"] for c in mine_claims)
            claims_as_events += any(e["fatalities"] == gold_claim["quantity"] for e in mine)

    def ratio(a: int, b: int) -> float | None:
        return round(a / b, 4) if b else None

    return {
        "set": "seeds",
        "articles": len(records),
        "gold_events": required,
        "event_recall": ratio(found, required),
        "event_precision": ratio(matched_predictions, predicted),
        "event_type": ratio(type_ok, found),
        "sub_event_type": ratio(sub_ok, found),
        "fatalities_exact": ratio(fatal_ok, found),
        "geo_precision_exact": ratio(precise_ok, found),
        "gold_claims": claims_gold,
        "claim_recall": ratio(claims_found, claims_gold),
        "claims_as_events": claims_as_events,
        "details": details,
    }
