"""Finding and reading the gold sets in ../shared/gold (read at run time, never copied)."""

from __future__ import annotations

import json
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import EvaluationError

SAMPLE_SEED = 20111203  # fixed: the same sample on every machine and run


def default_gold_dir() -> Path:
    """$WIRECODER_GOLD, else ../shared/gold beside the repository, else beside the working directory."""
    explicit = os.environ.get("WIRECODER_GOLD")
    if explicit:
        return Path(explicit)
    repository = Path(__file__).resolve().parents[3]
    for candidate in (repository.parent / "shared" / "gold", Path.cwd().parent / "shared" / "gold"):
        if candidate.is_dir():
            return candidate
    return repository.parent / "shared" / "gold"


def gold_path(gold_dir: Path, *parts: str) -> Path:
    path = gold_dir.joinpath(*parts)
    if not path.exists():
        raise EvaluationError(f"gold data not found: {path}. Pass --gold DIR (the folder holding seeds/, gva/, ...) or set WIRECODER_GOLD.")
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as exc:
                    raise EvaluationError(f"{path}:{number}: not JSON ({exc.msg})") from exc


def choose(items: list[Any], limit: int | None, sample: int | None) -> list[Any]:
    """A fixed seeded sample (--sample) and/or the first N (--limit)."""
    chosen = items
    if sample is not None and sample < len(items):
        indices = sorted(random.Random(SAMPLE_SEED).sample(range(len(items)), sample))
        chosen = [items[i] for i in indices]
    if limit is not None:
        chosen = chosen[:limit]
    return chosen
