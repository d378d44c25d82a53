"""Evaluation: scorers for the gold sets' formats, shared by `wirecoder eval` and the accuracy gate."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..pipeline import Resources
from .case2021 import score_case2021
from .geoparsing import score_geoparsing
from .gold import default_gold_dir
from .gva import score_gva
from .incidents import score_gva_incidents, score_gvc
from .questions import score_gva_questions
from .seeds import score_seeds
from .tempeval import score_tempeval
from .ucdp import score_ucdp

SCORERS = {"seeds": score_seeds, "gva": score_gva, "gva-incidents": score_gva_incidents, "gva-questions": score_gva_questions,
           "gvc": score_gvc, "case2021": score_case2021, "geoparsing": score_geoparsing, "tempeval": score_tempeval,
           "ucdp": score_ucdp}


def run_evaluation(gold_set: str, resources: Resources, *, gold_dir: str | Path | None = None, limit: int | None = None,
                   sample: int | None = None, progress: Callable[[str], None] | None = None,
                   case2021_split: str = "all") -> dict[str, Any]:
    """Figures for one gold set (or "all"), keyed by set name. `case2021_split` scores one half of the
    CASE 2021 snippets ("train" or "heldout", see evaluate/case2021.py) instead of all."""
    folder = Path(gold_dir) if gold_dir else default_gold_dir()
    names = list(SCORERS) if gold_set == "all" else [gold_set]
    results = {}
    for name in names:
        if progress:
            progress(f"evaluating {name} ...")
        options = {"split": case2021_split} if name == "case2021" else {}
        results[name] = SCORERS[name](resources, folder, limit=limit, sample=sample, progress=progress, **options)
    return results


__all__ = ["SCORERS", "default_gold_dir", "run_evaluation"]
