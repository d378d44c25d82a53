"""Scoring ACLED sub-event types on CASE 2021 Task 2 snippets (../shared/gold/case2021).

Only snippets labelled with one of the 25 ACLED sub-event types count. A
snippet is typed by the extraction stages alone (it has no date or place to
build a full event from): the sub-event type of its highest-priority frame,
or "none". Weighted F1 as in the shared task."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..extract.assemble import TYPE_PRIORITY
from ..model import SUB_EVENT_TYPES
from ..pipeline import STAGES, Pipeline, Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records

NONE = "none"


def weighted_f1(gold: list[str], predicted: list[str]) -> tuple[float, dict[str, dict[str, float]]]:
    """Per-class F1 over the gold labels, averaged weighted by gold support."""
    support = Counter(gold)
    per_class = {}
    total = 0.0
    for label, count in support.items():
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = count - tp
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3), "support": count}
        total += f1 * count
    return (total / len(gold) if gold else 0.0), per_class


def score_case2021(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                   progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    path = gold_path(gold_dir, "case2021", "snippets.jsonl")
    snippets = [s for s in read_jsonl(path) if s.get("in_label_set_from_subtask") == 1 and s.get("acled_sub_event_type") in SUB_EVENT_TYPES]
    snippets = choose(snippets, limit, sample)
    names = [stage.name for stage in STAGES]
    stages = STAGES[:names.index("counts") + 1]  # a snippet's type needs no places of incidents, claims or merging
    pipeline = Pipeline(resources, stages=stages)
    articles = articles_from_records(({"id": s["id"], "text": s["text"]} for s in snippets), str(path))
    predicted = []
    for doc in pipeline.process(articles):
        frames = sorted(doc.frames, key=lambda f: (TYPE_PRIORITY.index(f.event_type), f.sentence))
        predicted.append(frames[0].sub_event_type if frames else NONE)
    gold = [s["acled_sub_event_type"] for s in snippets]
    f1, per_class = weighted_f1(gold, predicted)
    type_ok = sum(1 for g, p in zip(gold, predicted) if p != NONE and SUB_EVENT_TYPES[g] == SUB_EVENT_TYPES[p])
    return {
        "set": "case2021",
        "snippets": len(snippets),
        "sub_event_weighted_f1": round(f1, 4),
        "sub_event_accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(gold), 4) if gold else None,
        "event_type_accuracy": round(type_ok / len(gold), 4) if gold else None,
        "no_event_found": sum(p == NONE for p in predicted),
        "per_class": per_class,
    }
