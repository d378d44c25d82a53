"""Scoring ACLED sub-event types on CASE 2021 Task 2 snippets (../shared/gold/case2021).

Only snippets labelled with one of the 25 ACLED sub-event types count. The
task gives each snippet as a report of an event, so a snippet is typed as a
report known to tell an event (`events.type_known_event`): the sub-event type
of its highest-priority frame from the extraction stages (it has no date or
place to build a full event from), weighed with the scores of the whole snippet
(`classifier.report_classifier`: the n-gram classifier blended with a logistic
regression over all-MiniLM-L6-v2 sentence embeddings and n-grams together), and the best of the 25
types by those scores when the frames found no event. The pipeline itself never does this: there a sentence without a
factual trigger stays a non-event. The frames' own figure (a snippet without a
frame counts as "none") is reported beside it as `frames_weighted_f1`.
Weighted F1 as in the shared task.

The 395 labelled snippets are split once into two halves (`split_halves`):
within each sub-event type, snippets are ordered by a seeded hash of their id
and dealt alternately to "train" and "heldout" (train first, so a type with an
odd count gives train one more). `wirecoder train classifier` learns from the
train half only; `wirecoder eval case2021 --split heldout` scores the other
half, the honest figure. A full run reports both halves too."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..classifier import BlendedReportClassifier, ReportClassifier, report_classifier
from ..extract.assemble import TYPE_PRIORITY
from ..extract.events import type_known_event
from ..model import SUB_EVENT_TYPES
from ..pipeline import STAGES, Pipeline, Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records

NONE = "none"
#: what the figures measure, said in the output
TYPED_AS = "reports known to tell an event: frames' type weighed with the classifier's, its best type when no frame"
BLENDED = " (the whole report read by the n-gram classifier blended with a logistic regression over sentence embeddings and n-grams)"
FRAMES_ONLY = "frames' type alone (no classifier): 'none' when no frame"
SPLITS = ("all", "train", "heldout")
#: changing the seed changes which snippets the shipped classifier may have seen: retrain after it
SPLIT_SEED = "wirecoder-case2021-halves-1"


def split_halves(snippets: list[dict[str, Any]]) -> dict[str, str]:
    """Snippet id -> "train" or "heldout": a fixed, seeded split stratified by sub-event type."""
    by_type: dict[str, list[str]] = defaultdict(list)
    for snippet in snippets:
        by_type[snippet["acled_sub_event_type"]].append(str(snippet["id"]))
    halves = {}
    for ids in by_type.values():
        ordered = sorted(ids, key=lambda i: hashlib.sha256(f"{SPLIT_SEED}:{i}".encode()).hexdigest())
        for position, snippet_id in enumerate(ordered):
            halves[snippet_id] = "train" if position % 2 == 0 else "heldout"
    return halves


def labelled_snippets(gold_dir: Path, split: str = "all") -> list[dict[str, Any]]:
    """The snippets labelled with one of the 25 ACLED sub-event types, of one half or all."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    path = gold_path(gold_dir, "case2021", "snippets.jsonl")
    snippets = [s for s in read_jsonl(path) if s.get("in_label_set_from_subtask") == 1 and s.get("acled_sub_event_type") in SUB_EVENT_TYPES]
    if split == "all":
        return snippets
    halves = split_halves(snippets)
    return [s for s in snippets if halves[str(s["id"])] == split]


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


def predict_snippets(resources: Resources, snippets: list[dict[str, Any]], origin: str = "case2021") -> list[str]:
    """The sub-event type of each snippet as a report known to tell an event (the frames' type
    alone, or "none", without a classifier)."""
    return known_event_types(report_classifier(resources.classifier), snippets, frame_types(resources, snippets, origin))


def known_event_types(reports: ReportClassifier | None, snippets: list[dict[str, Any]], by_frames: list[str]) -> list[str]:
    """`events.type_known_event` for each snippet, given the type its frames gave and what reads
    whole reports (`classifier.report_classifier`; None: the frames' type alone)."""
    if reports is None:
        return list(by_frames)
    scores = reports.scores([s["text"] for s in snippets])
    return [type_known_event(None if t == NONE else t, s, reports.rules_weight)[0] for t, s in zip(by_frames, scores)]


def frame_types(resources: Resources, snippets: list[dict[str, Any]], origin: str = "case2021") -> list[str]:
    """The sub-event type of each snippet's highest-priority frame, as the pipeline reads it, or "none"."""
    names = [stage.name for stage in STAGES]
    stages = STAGES[:names.index("counts") + 1]  # a snippet's type needs no places of incidents, claims or merging
    pipeline = Pipeline(resources, stages=stages)
    articles = articles_from_records(({"id": s["id"], "text": s["text"]} for s in snippets), origin)
    predicted = []
    for doc in pipeline.process(articles):
        frames = sorted(doc.frames, key=lambda f: (TYPE_PRIORITY.index(f.event_type), f.sentence))
        predicted.append(frames[0].sub_event_type if frames else NONE)
    return predicted


def figures(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Weighted F1, accuracy, event-type accuracy and per-class figures of predicted against gold sub-event types."""
    f1, per_class = weighted_f1(gold, predicted)
    type_ok = sum(1 for g, p in zip(gold, predicted) if p != NONE and SUB_EVENT_TYPES[g] == SUB_EVENT_TYPES[p])
    return {
        "snippets": len(gold),
        "sub_event_weighted_f1": round(f1, 4),
        "sub_event_accuracy": round(sum(g == p for g, p in zip(gold, predicted)) / len(gold), 4) if gold else None,
        "event_type_accuracy": round(type_ok / len(gold), 4) if gold else None,
        "no_event_found": sum(p == NONE for p in predicted),
        "per_class": per_class,
    }


def score_case2021(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                   progress: Callable[[str], None] | None = None, split: str = "all") -> dict[str, Any]:
    """Figures on all labelled snippets or one half ("train": what the shipped classifier learnt from;
    "heldout": never seen in training). A run over all also gives each half's weighted F1."""
    snippets = labelled_snippets(gold_dir, split)
    halves = split_halves(labelled_snippets(gold_dir))
    snippets = choose(snippets, limit, sample)
    by_frames = frame_types(resources, snippets, str(gold_path(gold_dir, "case2021", "snippets.jsonl")))
    reports = report_classifier(resources.classifier)
    predicted = known_event_types(reports, snippets, by_frames)
    gold = [s["acled_sub_event_type"] for s in snippets]
    typed_as = FRAMES_ONLY if reports is None else TYPED_AS + (BLENDED if isinstance(reports, BlendedReportClassifier) else "")
    result = {"set": "case2021", "split": split, "typed_as": typed_as,
              **figures(gold, predicted), "frames_weighted_f1": round(weighted_f1(gold, by_frames)[0], 4),
              "frames_no_event_found": sum(t == NONE for t in by_frames)}
    if split == "all":
        for half in ("train", "heldout"):
            chosen = [i for i, s in enumerate(snippets) if halves[str(s["id"])] == half]
            result[f"{half}_weighted_f1"] = round(weighted_f1([gold[i] for i in chosen], [predicted[i] for i in chosen])[0], 4)
    per_class = result.pop("per_class")
    return {**result, "per_class": per_class}
