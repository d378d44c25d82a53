"""The readable tables the CLI prints: events (`wirecoder events`, `make demo`) and claims (`wirecoder claims`)."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Claim, Event
from .store.base import ClaimantSummary

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


def _table(columns: list[tuple[str, int]], rows: list[list[str]]) -> list[str]:
    lines = ["  ".join(name.ljust(width) for name, width in columns), "  ".join("-" * width for _, width in columns)]
    lines += ["  ".join(_cut(cell, width).ljust(width) for cell, (_, width) in zip(row, columns)) for row in rows]
    return lines


CLAIM_COLUMNS = [("as of", 10), ("claimant", 36), ("figure", 22), ("what", 40), ("country", 14), ("article", 32)]


def claims_table(claims: Sequence[Claim]) -> str:
    """One line per claimed figure, in the order given (oldest first): a claimant's toll over time."""
    rows = [[
        claim.as_of.isoformat() if claim.as_of else "?",
        claim.claimant or "(unattributed)",
        " ".join(x for x in (claim.qualifier, f"{claim.quantity:,}" if claim.quantity is not None else "?") if x),
        claim.what,
        claim.country or "",
        claim.article_id,
    ] for claim in claims]
    return "\n".join([*_table(CLAIM_COLUMNS, rows), f"{len(claims)} claims (figures as their claimants gave them; never events)"])


CLAIMANT_COLUMNS = [("claimant", 40), ("claims", 6), ("first", 10), ("last", 10)]


def claimants_table(claimants: Sequence[ClaimantSummary]) -> str:
    """Who makes claims, with how many and over which days."""
    rows = [[c.claimant or "(unattributed)", str(c.claims), c.first_as_of.isoformat() if c.first_as_of else "?",
             c.last_as_of.isoformat() if c.last_as_of else "?"] for c in claimants]
    return "\n".join(_table(CLAIMANT_COLUMNS, rows))
