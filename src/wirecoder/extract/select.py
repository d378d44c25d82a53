"""Stage: mark the sentences worth parsing (needs: sentences; adds: candidates).

Parsing is the expensive step. Only sentences with a word that can report an
incident, a casualty or a toll go through it, plus the opening sentences,
which carry the dateline and the article's main place."""

from __future__ import annotations

import re

from ..document import Document

NEEDS = ("sentences",)
ADDS = ("candidates",)

#: word starts that can report political violence, protest, or a casualty count
EVENT_CUES = re.compile(
    r"\b(?:"
    r"kill|dead|death|die[ds]?\b|dying|slain|slay|murder|homicide|manslaughter|massacre|execut|behead|lynch|fatal"
    r"|shot\b|shoot|gunfire|gunshot|gunm[ae]n|gunfight|firefight|fired\b|opened fire|sniper|stray bullet"
    r"|wound|injur|hurt|hospitali[sz]|critical condition|stable condition|grazed"
    r"|clash|fight|battle|skirmish|ambush|raid|assault|attack|offensive|incursion|storm(?:ed|ing)\b|overr[au]n"
    r"|bomb|explo|blast|detonat|shell|mortar|rocket|missile|artillery|air ?strike|air raid|drone|warplane|helicopter gunship"
    r"|grenade|landmine|\bmine\b|\bied\b|suicide|chemical|sarin|chlorine|gas attack|barrel"
    r"|protest|demonstrat|rally|rallies|march(?:ed|ers)\b|sit-in|strike\b|riot|looted|loot|torched|set fire|arson|burn(?:ed|t|ing)\b"
    r"|tear ?gas|rubber bullets|water cannon|dispers|stone-throw|threw (?:stones|rocks)"
    r"|arrest|detain|round(?:ed)? up|custody|abduct|kidnap|hostage|disappear|rape|sexual"
    r"|defect|desert|mutin|seiz|captur|took control|taken control|recaptur|retook|regain|withdr[ae]w|handed over"
    r"|ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|signed an? (?:deal|agreement)"
    r"|headquarters|base\b|weapons cache|defus|intercept"
    r"|toll|casualt|victim|stab|beat(?:en|ing)?\b|tortur|assassin|curfew"
    r")",
    re.IGNORECASE,
)

#: the opening sentences are parsed anyway: they name the article's main place and day
OPENING_SENTENCES = 2


def is_candidate(text: str) -> bool:
    return EVENT_CUES.search(text) is not None


def run(doc: Document) -> None:
    for sentence in doc.sentences:
        sentence.candidate = sentence.index < OPENING_SENTENCES or is_candidate(sentence.text)
