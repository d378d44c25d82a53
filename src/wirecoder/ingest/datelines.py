"""Find the publication date and headline of a plain-text report.

Wire copy often opens with a headline line and carries a dateline such as
"BEIRUT, Monday 30 May 2011" or a caption date "September 30 2011"."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_DATE_PATTERNS = [
    # Monday 30 May 2011 / 30 May, 2011
    re.compile(_WEEKDAY + r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    # September 30 2011 / Sept. 30, 2011
    re.compile(_WEEKDAY + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})\b", re.I),
    # 2011-09-30
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<monthnum>\d{2})-(?P<day>\d{2})\b"),
]

#: how far into a text a dateline is looked for
DATELINE_WINDOW = 3000


def find_dateline_date(text: str) -> date | None:
    """The first full calendar date written near the top of the text, if any."""
    head = text[:DATELINE_WINDOW]
    found: list[tuple[int, date]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(head):
            parts = match.groupdict()
            month = int(parts["monthnum"]) if parts.get("monthnum") else MONTHS[parts["month"].lower().rstrip(".")]
            try:
                found.append((match.start(), date(int(parts["year"]), month, int(parts["day"]))))
            except ValueError:
                continue
    return min(found)[1] if found else None


#: "BEIRUT, Saturday 14 January 2012 (Wirecoder Wire) -": the agency or outlet in a dateline
_DATELINE_OUTLET = re.compile(r"^[A-Z][A-Z .'’-]{2,40}(?:,[^(\n]{0,60})?\s*\(([A-Z][^)\n]{1,40})\)\s*[-—–:]", re.M)


def find_dateline_outlet(text: str) -> str | None:
    """The outlet a plain-text report names in its dateline, if any."""
    match = _DATELINE_OUTLET.search(text[:DATELINE_WINDOW])
    return match.group(1).strip() if match else None


def split_headline(text: str) -> tuple[str | None, str]:
    """(headline, body) when the first line reads as a headline, else (None, text).

    A headline is a short first line that does not end like a sentence and is
    followed by more text."""
    stripped = text.lstrip("\ufeff")
    first, newline, rest = stripped.partition("\n")
    candidate = first.strip()
    if not newline or not rest.strip() or not candidate:
        return None, text
    if len(candidate) > 160 or candidate[-1] in ".!?\"'”’:;,":
        return None, text
    if len(candidate.split()) < 3:
        return None, text
    return candidate, rest.lstrip("\n")
