"""The readable event table `wirecoder events` and `make demo` print."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Event

COLUMNS = [("date", 10), ("type", 34), ("location", 30), ("killed", 6), ("injured", 7), ("sources", 7), ("actors", 58)]


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def event_table(events: Sequence[Event]) -> str:
    """One line per event, the columns an analyst scans first, and a total line."""
    header = "  ".join(name.ljust(width) for name, width in COLUMNS)
    lines = [header, "  ".join("-" * width for _, width in COLUMNS)]
    for event in events:
        place = event.place
        where = ", ".join(x for x in (place.location, place.country) if x)
        if place.geo_precision > 1:
            where += f" (~{place.geo_precision})"
        actors = " vs ".join(a.name for a in (event.actor1, event.actor2) if a) or "-"
        injured = "" if event.injuries is None else str(event.injuries)
        killed = str(event.fatalities) + ("!" if event.contradictions else "")
        cells = [
            event.event_date.isoformat(),
            f"{event.event_type}: {event.sub_event_type}" if event.event_type != event.sub_event_type else event.event_type,
            where,
            killed,
            injured,
            str(len(event.article_ids)) + (f" ({event.independent_sources})" if event.independent_sources < len(event.article_ids) else ""),
            actors,
        ]
        lines.append("  ".join(_cut(cell, width).ljust(width) for cell, (_, width) in zip(cells, COLUMNS)))
    total = sum(e.fatalities for e in events)
    lines.append(f"{len(events)} events, {total} killed (conservative counts; '!' = reports disagree; '~2'/'~3' = place known only approximately; '3 (2)' = 3 sources, 2 independent)")
    return "\n".join(lines)
