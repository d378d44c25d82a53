"""Scoring merging on GVA incidents (../shared/gold/gva/incidents.jsonl): which articles
report the same incident.

Every article is processed and merged as `process` does; an article's predicted
cluster is the event its main mention (its first) was merged into, and an article
with no mention stands alone. The clustering of articles is scored with B-cubed
precision, recall and F1 (Bagga and Baldwin 1998): per article, the share of its
predicted cluster that is in its gold incident, and the share of its gold incident
that is in its predicted cluster, averaged over articles. An article that gold
lists under two incidents (a few reports cover two shootings) is scored under the
first. --sample N takes whole incidents, in a seeded random order, until N
articles: a sample of articles would break incidents apart.

The Gun Violence Corpus (gvc) is scored the same way, its documents grouped by
their incident.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..model import lead_article
from ..pipeline import Resources
from .gold import SAMPLE_SEED, gold_path, read_jsonl
from .runs import articles_from_records, process_in_memory


def b_cubed(predicted: dict[str, str], gold: dict[str, str]) -> dict[str, float | None]:
    """B-cubed precision, recall and F1 of a clustering: item -> cluster label, over gold's items."""
    items = list(gold)
    if not items:
        return {"precision": None, "recall": None, "f1": None}
    by_predicted: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item in items:
        by_predicted.setdefault(predicted.get(item, f"alone:{item}"), set()).add(item)
        by_gold.setdefault(gold[item], set()).add(item)
    precision = recall = 0.0
    for item in items:
        mine = by_predicted[predicted.get(item, f"alone:{item}")]
        truth = by_gold[gold[item]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    precision /= len(items)
    recall /= len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def _incident_sample(incidents: list[dict[str, Any]], articles: int) -> list[dict[str, Any]]:
    order = list(range(len(incidents)))
    random.Random(SAMPLE_SEED).shuffle(order)
    chosen, total = [], 0
    for index in order:
        if total >= articles:
            break
        chosen.append(index)
        total += len(incidents[index]["doc_ids"])
    return [incidents[i] for i in sorted(chosen)]


def _main_clusters(events: Iterable[Any]) -> dict[str, str]:
    """article id -> the event holding its first mention."""
    cluster: dict[str, str] = {}
    for event in events:
        for mention_id in event.mention_ids:
            article_id = lead_article(mention_id)
            if article_id is not None:
                cluster[article_id] = event.event_id
    return cluster


def _clustering(records: list[dict[str, Any]], gold: dict[str, str], resources: Resources,
                progress: Callable[[str], None] | None, source: str) -> dict[str, Any]:
    store, report = process_in_memory(articles_from_records(records, source), resources, progress)
    predicted = _main_clusters(store.events())
    alone = {doc_id: f"alone:{doc_id}" for doc_id in gold}
    return {
        "articles": len(records),
        "incidents": len(set(gold.values())),
        "events": len(set(predicted.values())),
        "b_cubed": b_cubed(predicted, gold),
        "b_cubed_all_alone": b_cubed(alone, gold),
        "articles_per_second": round(report.articles_per_second, 1),
    }


def score_gva_incidents(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                        progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    folder = gold_path(gold_dir, "gva")
    incidents = list(read_jsonl(folder / "incidents.jsonl"))
    if sample is not None:
        incidents = _incident_sample(incidents, sample)
    if limit is not None:
        incidents = incidents[:limit]
    gold: dict[str, str] = {}
    for incident in incidents:
        for doc_id in incident["doc_ids"]:
            gold.setdefault(doc_id, str(incident["incident_id"]))
    records = [a for a in read_jsonl(folder / "articles.jsonl") if a["id"] in gold]
    return {"set": "gva-incidents", **_clustering(records, gold, resources, progress, "gva/articles.jsonl")}


def score_gvc(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
              progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The Gun Violence Corpus (../shared/gold/gvc/docs.jsonl) at the document level: its
    documents grouped into events against its incidents (its mention-level event
    coreference is finer than wirecoder's events, which are incidents)."""
    documents = list(read_jsonl(gold_path(gold_dir, "gvc", "docs.jsonl")))
    if sample is not None:
        random.Random(SAMPLE_SEED).shuffle(documents)
        documents = documents[:sample]
    if limit is not None:
        documents = documents[:limit]
    records = [{"id": d["doc_id"], "title": d.get("title"), "text": d["text"], "published": d.get("dct")} for d in documents]
    gold = {d["doc_id"]: str(d["incident_id"]) for d in documents}
    return {"set": "gvc", **_clustering(records, gold, resources, progress, "gvc/docs.jsonl")}
