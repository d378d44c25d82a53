"""Are two stores' events the same? The check behind the Spark engine's promise (same input, same
events as the local engine), used by its tests and by bench/spark_compare.py."""

from __future__ import annotations

from typing import Any

from ..model import to_plain
from ..store import Store


def event_summary(store: Store) -> dict[str, dict[str, Any]]:
    """Every event, by id, as the fields that must match: the whole event (ids, day, place, counts,
    sources, evidence, notes...) and its history without the times it was recorded."""
    summary = {}
    for event in store.events():
        plain = to_plain(event)
        plain["history"] = [(c.change, c.detail, c.article_id) for c in store.history(event.event_id)]
        summary[event.event_id] = plain
    return summary


def differences(expected: Store, actual: Store, limit: int = 20) -> list[str]:
    """What differs between the events of two stores, at most `limit` lines (none: the same)."""
    first, second = event_summary(expected), event_summary(actual)
    found = [f"only in the first: {event_id}" for event_id in sorted(first.keys() - second.keys())]
    found += [f"only in the second: {event_id}" for event_id in sorted(second.keys() - first.keys())]
    for event_id in sorted(first.keys() & second.keys()):
        for name in first[event_id]:
            if first[event_id][name] != second[event_id].get(name):
                found.append(f"{event_id} {name}: {first[event_id][name]!r} != {second[event_id].get(name)!r}")
    return found[:limit] if limit else found
