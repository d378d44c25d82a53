"""Reading numbers the way reports write them.

"15", "4,600", "ten", "twenty-three", "a dozen", "dozens", "several",
"some 14,000", "more than 10,000", "between 10 and 15", "tens of thousands".
Vague words follow the codebook (DOMAIN.md): several/many/a few/a number of
-> 3; dozens -> 12; tens -> 10; hundreds -> 100; a dozen -> 12.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "lone": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "couple": 2, "pair": 2, "both": 2, "dozen": 12, "score": 20,
    "double": 2, "triple": 3, "quadruple": 4, "quintuple": 5,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: vague quantities: (value, is_vague)
VAGUE = {
    "tens of thousands of": 10000, "tens of thousands": 10000, "hundreds of thousands of": 100000,
    "hundreds of thousands": 100000, "several hundred": 200, "several thousand": 2000, "a few hundred": 200,
    "a few thousand": 2000,
    "several": 3, "many": 3, "a few": 3, "few": 3, "a number of": 3, "a number": 3, "numerous": 3, "some": 3,
    "various": 3, "multiple": 3, "scores of": 20, "scores": 20, "dozens of": 12, "dozens": 12, "tens of": 10,
    "tens": 10, "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "thousands": 1000,
    "a handful of": 3, "a handful": 3,
}
QUALIFIERS = (
    "at least", "at most", "more than", "over", "nearly", "almost", "close to", "about", "around", "approximately",
    "roughly", "some", "up to", "as many as", "fewer than", "less than", "an estimated", "estimated", "just over",
    "just under", "well over", "upwards of", "in excess of", "a total of", "a further", "another", "so far",
)

_NUMBER_WORD = "|".join(sorted(list(UNITS) + list(SCALES), key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
_WORDS = rf"(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*)"
_QUALIFIER = "|".join(sorted((re.escape(q) for q in QUALIFIERS), key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(v) for v in VAGUE), key=len, reverse=True))

QUANTITY = re.compile(
    rf"\b(?:(?P<qualifier>{_QUALIFIER})\s+)?"
    rf"(?:between\s+(?P<low>{_DIGITS}|{_WORDS})\s+and\s+(?P<high>{_DIGITS}|{_WORDS})"
    rf"|(?P<from>{_DIGITS})\s*(?:-|–|to)\s*(?P<to>{_DIGITS})"
    rf"|(?P<vague>{_VAGUE})(?:\s+of)?"
    rf"|(?P<number>(?:{_DIGITS})(?:\s+(?:hundred|thousand|million))?|{_WORDS}))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int  # the conservative reading
    low: int | None
    high: int | None
    qualifier: str | None
    vague: bool
    start: int
    end: int
    text: str


def words_to_number(text: str) -> int | None:
    """'twenty-three' -> 23, 'two hundred' -> 200, '4,600' -> 4600, 'a dozen' -> 12."""
    cleaned = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return int(float(cleaned))
    match = re.fullmatch(r"(\d+(?:\.\d+)?)\s+(hundred|thousand|million)", cleaned)
    if match:
        return int(float(match.group(1)) * SCALES[match.group(2)])
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", cleaned):
        if word == "and" or not word:
            continue
        if word in UNITS:
            value = UNITS[word]
            if word in ("a", "an") and seen:
                continue
            if word == "dozen":
                current = max(current, 1) * 12  # "a dozen" = 12, "two dozen" = 24
            else:
                current += value if word not in ("a", "an") else 1
            seen = True
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_quantity(match: re.Match[str]) -> Quantity | None:
    parts = match.groupdict()
    qualifier = (parts.get("qualifier") or "").lower() or None
    if parts.get("low"):
        low, high = words_to_number(parts["low"]), words_to_number(parts["high"])
        if low is None or high is None:
            return None
        return Quantity(low, low, high, qualifier or "between", False, match.start(), match.end(), match.group(0))
    if parts.get("from"):
        low, high = words_to_number(parts["from"]), words_to_number(parts["to"])
        if low is None or high is None or high <= low:
            return None
        return Quantity(low, low, high, qualifier or "between", False, match.start(), match.end(), match.group(0))
    if parts.get("vague"):
        phrase = parts["vague"].lower()
        value = VAGUE[phrase]
        return Quantity(value, value, None, qualifier or phrase, True, match.start(), match.end(), match.group(0))
    value = words_to_number(parts["number"])
    if value is None:
        return None
    low: int | None = value
    high: int | None = value
    if qualifier in ("at least", "more than", "over", "just over", "well over", "upwards of", "in excess of"):
        high = None
    elif qualifier in ("up to", "as many as", "at most", "nearly", "almost", "fewer than", "less than", "just under"):
        low = None
    elif qualifier in ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated", "close to"):
        low = high = None
    return Quantity(value, low, high, qualifier, False, match.start(), match.end(), match.group(0))


def find_quantities(text: str) -> list[Quantity]:
    found = []
    for match in QUANTITY.finditer(text):
        quantity = parse_quantity(match)
        if quantity is not None:
            found.append(quantity)
    return found
