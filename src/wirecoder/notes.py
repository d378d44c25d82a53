"""The one-sentence summary in an event's `notes` (ACLED's column), written from its fields."""

from __future__ import annotations

from datetime import date

from .model import Actor, Place


def summary(sub_event_type: str, day: date, place: Place, actor1: Actor | None, actor2: Actor | None,
            killed: int, injured: int | None, claimants: list[str], reports: int = 1, independent: int | None = None) -> str:
    """'On 2012-01-13, shelling/artillery/missile attack (A vs B) in Bab Amr, Homs, Syria: 9 killed, 12 injured (per ...).'"""
    who = " vs ".join(a.name for a in (actor1, actor2) if a) or "unidentified actors"
    where = ", ".join(x for x in (place.location, place.admin1, place.country) if x)
    toll = f"{killed} killed" + (f", {injured} injured" if injured else "")
    source = f" (per {', '.join(claimants)})" if claimants else ""
    copies = f" ({independent} independent)" if independent is not None and independent < reports else ""
    reported = f" Reported by {reports} articles{copies}." if reports > 1 else ""
    return f"On {day.isoformat()}, {sub_event_type.lower()} ({who}) in {where}: {toll}{source}.{reported}"
