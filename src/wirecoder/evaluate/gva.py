"""Scoring on Gun Violence Archive articles (../shared/gold/gva), per article.

Each article reports one incident with a gold date, address coordinates,
number killed and number injured. The article's main event is its first
mention (the incident a report leads with); a best-of figure (the mention
closest to the gold incident) is reported beside it. Articles where nothing
is found count as wrong on every field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..geo import distance_km
from ..model import Mention
from ..pipeline import Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records, process_in_memory

PLACE_KM = 25.0


def scorable_articles(gold_dir: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Articles whose incident has a GVA record with date and coordinates, in file order."""
    folder = gold_path(gold_dir, "gva")
    incident_of: dict[str, dict[str, Any]] = {}
    for incident in read_jsonl(folder / "incidents.jsonl"):
        if incident.get("has_gva_record") and incident.get("date") and incident.get("latitude") is not None:
            for doc_id in incident["doc_ids"]:
                incident_of[doc_id] = incident
    articles = [a for a in read_jsonl(folder / "articles.jsonl") if a["id"] in incident_of]
    return articles, incident_of


def _fields(mention: Mention | None, incident: dict[str, Any]) -> dict[str, bool]:
    if mention is None:
        return {"date": False, "place": False, "killed": False, "injured": False}
    return {
        "date": mention.event_date == date.fromisoformat(incident["date"]),
        "place": distance_km(mention.place.latitude, mention.place.longitude, incident["latitude"], incident["longitude"]) <= PLACE_KM,
        "killed": mention.fatalities.best == incident["num_killed"],
        "injured": (mention.injuries.best if mention.injuries else 0) == incident["num_injured"],
    }


def score_gva(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
              progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    articles, incident_of = scorable_articles(gold_dir)
    chosen = choose(articles, limit, sample)
    store, report = process_in_memory(articles_from_records(chosen, "gva/articles.jsonl"), resources, progress)
    totals = {"found": 0, "date": 0, "place": 0, "killed": 0, "injured": 0}
    best_totals = {"date": 0, "place": 0, "killed": 0, "injured": 0}
    failures = []
    for record in chosen:
        incident = incident_of[record["id"]]
        mentions = store.mentions_of_article(record["id"])
        main = mentions[0] if mentions else None
        fields = _fields(main, incident)
        totals["found"] += main is not None
        for key, ok in fields.items():
            totals[key] += ok
        best = max((_fields(m, incident) for m in mentions), key=lambda f: sum(f.values()), default=_fields(None, incident))
        for key, ok in best.items():
            best_totals[key] += ok
        if not all(fields.values()):
            failures.append({"article": record["id"], **{k: v for k, v in fields.items()},
                             "gold": [incident["date"], incident["location"], incident["num_killed"], incident["num_injured"]],
                             "predicted": [main.event_date.isoformat(), main.place.location, main.fatalities.best,
                                           main.injuries.best if main.injuries else 0] if main else None})
    n = len(chosen)

    def ratio(value: int) -> float | None:
        return round(value / n, 4) if n else None

    return {
        "set": "gva",
        "articles": n,
        "event_found": ratio(totals["found"]),
        "date_exact": ratio(totals["date"]),
        "place_within_25km": ratio(totals["place"]),
        "killed_exact": ratio(totals["killed"]),
        "injured_exact": ratio(totals["injured"]),
        "best_of_mentions": {k: ratio(v) for k, v in best_totals.items()},
        "articles_per_second": round(report.articles_per_second, 1),
        "failures": failures,
    }
