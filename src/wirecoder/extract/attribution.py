"""Stage: who each sentence credits (needs: sentences, parses; adds: claimants).

"..., activists said", "according to a leading activist group", "the Syrian
Observatory for Human Rights (SOHR) said", "state news agency SANA said".
A pronoun speaker ("they said", "he said") is the last speaker named before.
Unparsed sentences are read with patterns for the common wire forms.
"""

from __future__ import annotations

import re
from typing import Any

from ..document import Document

NEEDS = ("sentences", "dateline", "parses")
ADDS = ("claimants",)

REPORTING_LEMMAS = {"say", "tell", "report", "claim", "add", "state", "confirm", "announce", "estimate", "allege",
                    "quote", "accuse", "blame", "insist", "describe", "note", "write", "post", "testify"}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}

#: one name per source, whatever the report calls it
CANONICAL_SOURCES: dict[str, str] = {
    "sohr": "Syrian Observatory for Human Rights",
    "the observatory": "Syrian Observatory for Human Rights",
    "observatory": "Syrian Observatory for Human Rights",
    "syrian observatory": "Syrian Observatory for Human Rights",
    "the syrian observatory": "Syrian Observatory for Human Rights",
    "the syrian observatory for human rights": "Syrian Observatory for Human Rights",
    "syrian observatory for human rights": "Syrian Observatory for Human Rights",
    "the british-based syrian observatory for human rights": "Syrian Observatory for Human Rights",
    "the british-based monitoring group": "Syrian Observatory for Human Rights",
    "sana": "SANA",
    "state news agency sana": "SANA",
    "the state news agency sana": "SANA",
    "syrian state news agency sana": "SANA",
    "the official sana news agency": "SANA",
    "lcc": "Local Coordination Committees",
    "local coordination committees": "Local Coordination Committees",
    "the local coordination committees": "Local Coordination Committees",
}
_TRAILING = re.compile(r"\s*\((?:[A-Z]{2,8})\)\s*$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)
_END_SAID = re.compile(
    r"[,;]\s*(?P<who>(?:the\s+|a\s+|an\s+)?[A-Za-z][\w'’.() -]{1,80}?)\s+(?:said|says|say|reported|reports|told\s+[\w\s]{1,40}?|added|claimed|confirmed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+today|\s+yesterday|\s+in a statement|\s+late\s+\w+)?\s*[.\"”]*\s*$"
)
_START_SAID = re.compile(r"^(?P<who>(?:the\s+)?[A-Z][\w'’.() -]{1,60}?)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)\s+(?:said|says|say|reported|told|added|confirmed)\b")
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>(?:the\s+|a\s+|an\s+)?[\w'’. -]{2,80}?)(?=[,.;:]|$|\s+(?:who|which|on|in)\b)", re.I)


def normalise_claimant(phrase: str) -> str | None:
    """'the Syrian Observatory for Human Rights (SOHR)' -> 'Syrian Observatory for Human Rights'."""
    cleaned = " ".join(phrase.replace("\n", " ").split()).strip(" ,.\"'“”")
    cleaned = _TRAILING.sub("", cleaned)
    if not cleaned:
        return None
    lowered = cleaned.lower()
    if lowered in CANONICAL_SOURCES:
        return CANONICAL_SOURCES[lowered]
    for key, value in CANONICAL_SOURCES.items():
        if len(key) > 4 and key in lowered:
            return value
    if lowered in PRONOUNS or lowered in ("who", "which", "that", "this", "there", "it"):
        return None
    stripped = _LEADING.sub("", cleaned) if not re.match(r"^(?:a|an)\s", cleaned, re.I) else cleaned
    first, _, rest = stripped.partition(" ")
    if first.lower() in COMMON_SOURCES:
        stripped = " ".join([first.lower(), rest]).strip()  # "Activists said" and "..., activists said": one source
    return stripped[:80]


COMMON_SOURCES = {"activists", "police", "witnesses", "residents", "officials", "authorities", "medics", "doctors",
                  "sources", "investigators", "prosecutors", "deputies", "officers", "troops", "rebels", "opposition"}


def _speaker_phrase(token: Any) -> str:
    """The subject phrase, without the clauses and asides hanging off it."""
    excluded: set[int] = set()
    for child in token.children:
        if child.dep_ in ("relcl", "acl", "appos"):
            excluded |= {t.i for t in child.subtree}
    kept = [t for t in token.subtree if t.i not in excluded]
    return "".join(t.text_with_ws for t in kept).strip(" ,;:")


def _from_parse(parse: Any) -> tuple[str | None, bool]:
    """(speaker phrase, is_pronoun) from the parse of one sentence."""
    for token in parse:
        if token.lower_ == "according" and token.i + 1 < len(parse) and token.nbor(1).lower_ == "to":
            for child in token.nbor(1).children:
                if child.dep_ == "pobj":
                    return _speaker_phrase(child), False
    for token in parse:
        if token.lemma_.lower() in REPORTING_LEMMAS and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj":
                    if child.lower_ in PRONOUNS:
                        return child.lower_, True
                    return _speaker_phrase(child), False
    return None, False


def _from_patterns(text: str) -> tuple[str | None, bool]:
    stripped = text.strip()
    for pattern in (_ACCORDING, _END_SAID, _START_SAID):
        match = pattern.search(stripped)
        if match:
            who = match.group("who").strip()
            if who.lower() in PRONOUNS:
                return who.lower(), True
            return who, False
    return None, False


def run(doc: Document) -> None:
    last: str | None = None
    for sentence in doc.sentences:
        phrase, pronoun = (_from_parse(sentence.parse) if sentence.parse is not None else (None, False))
        if phrase is None:
            phrase, pronoun = _from_patterns(doc.analysed_text(sentence))
        if phrase is None:
            sentence.claimant = None
            continue
        if pronoun:
            sentence.claimant = last
            continue
        claimant = normalise_claimant(phrase)
        sentence.claimant = claimant
        if claimant:
            last = claimant

