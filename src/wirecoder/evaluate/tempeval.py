"""Scoring time expressions on TempEval-3 (../shared/gold/tempeval3): a side check of the dates stage.

The dates stage exists to date incidents: it finds the expressions that name a
day, a week or a month ("on Saturday", "last week", "in March") and resolves
them against the publication date, as TempEval resolves them against the
document creation time. Gold DATE expressions count (durations, sets and
clock times are outside what the stage reads).

- Found: a predicted expression overlaps a gold DATE span (lenient, as
  TempEval-3's relaxed match). Precision counts predicted expressions that
  overlap any gold time expression, of whatever type.
- Value: the predicted value, written as TIMEX3 writes it (a day 2013-03-22, a
  week 2013-W11, a month 2013-03), equals the gold value. Value F1 is
  TempEval-3's: right values over predicted and over gold.
- Day recall: of the gold expressions whose value is one calendar day, the
  share read as that day: the figure that matters for dating incidents.

The stage never dates anything after the report ("next week" is read as no
date): gold expressions pointing to the future count against recall here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..document import TimeExpression
from ..errors import EvaluationError
from ..pipeline import STAGES, Pipeline, Resources
from .gold import choose, gold_path, read_jsonl
from .runs import articles_from_records

_CALENDAR_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def timex_value(time: TimeExpression) -> str:
    """The TIMEX3 value of a resolved expression: its day, its ISO week, or its month."""
    if time.precision == 1:
        return time.day.isoformat()
    if time.precision == 2:
        year, week, _ = time.day.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{time.day.year}-{time.day.month:02d}"


def _overlapping(time: TimeExpression, timexes: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((t for t in timexes if time.start < t["end"] and t["start"] < time.end), None)


def score_tempeval(resources: Resources, gold_dir: Path, limit: int | None = None, sample: int | None = None,
                   progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    path = gold_path(gold_dir, "tempeval3", "docs.jsonl")
    docs = choose(list(read_jsonl(path)), limit, sample)
    names = [stage.name for stage in STAGES]
    # the dates stage reads sentences and datelines only: no parse, no places
    pipeline = Pipeline(resources, stages=(STAGES[names.index("segment")], STAGES[names.index("dates")]))
    articles = articles_from_records(({"id": d["doc_id"], "text": d["text"], "published": d["dct"]} for d in docs), str(path))
    gold_dates = predicted = predicted_on_gold = found = right_value = days = right_days = 0
    for record, doc in zip(docs, pipeline.process(articles)):
        if doc.published != date.fromisoformat(record["dct"][:10]):
            raise EvaluationError(f"{path}: {record['doc_id']}: its creation time {record['dct']!r} was not read as a publication date")
        timexes = record["timexes"]
        dated = [t for t in timexes if t["type"] == "DATE"]
        gold_dates += len(dated)
        days += sum(1 for t in dated if _CALENDAR_DAY.match(t["value"]))
        predicted += len(doc.times)
        predicted_on_gold += sum(1 for time in doc.times if _overlapping(time, timexes) is not None)
        for timex in dated:
            time = next((t for t in doc.times if t.start < timex["end"] and timex["start"] < t.end), None)
            if time is None:
                continue
            found += 1
            if timex_value(time) == timex["value"]:
                right_value += 1
                right_days += bool(_CALENDAR_DAY.match(timex["value"]))

    def ratio(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    precision, recall = ratio(predicted_on_gold, predicted), ratio(found, gold_dates)
    value_precision, value_recall = ratio(right_value, predicted), ratio(right_value, gold_dates)
    return {
        "set": "tempeval3",
        "documents": len(docs),
        "gold_dates": gold_dates,
        "predicted": predicted,
        "found_precision": precision,
        "found_recall": recall,
        "found_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "value_accuracy": ratio(right_value, found),
        "value_f1": round(2 * value_precision * value_recall / (value_precision + value_recall), 4) if right_value else 0.0,
        "day_recall": ratio(right_days, days),
    }
