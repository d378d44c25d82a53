"""Printing evaluation figures as a table (the JSON is written as is)."""

from __future__ import annotations

from typing import Any

HIDDEN = {"set", "details", "failures", "per_class"}


def _rows(prefix: str, figures: dict[str, Any]) -> list[tuple[str, str]]:
    rows = []
    for key, value in figures.items():
        if key in HIDDEN:
            continue
        if isinstance(value, dict):
            rows.extend(_rows(f"{prefix}{key}.", value))
        else:
            rows.append((prefix + key, "-" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))))
    return rows


def format_table(results: dict[str, dict[str, Any]]) -> str:
    lines = []
    for name, figures in results.items():
        lines.append(f"== {name}")
        rows = _rows("", figures)
        width = max((len(k) for k, _ in rows), default=10)
        lines.extend(f"  {key.ljust(width)}  {value}" for key, value in rows)
    return "\n".join(lines)
