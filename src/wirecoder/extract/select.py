"""Stage: mark the sentences worth parsing (needs: sentences; adds: candidates).

Parsing is the expensive step. Only sentences with a word that can report an
incident, a casualty or a toll go through it, plus the opening sentences,
which carry the dateline and the article's main place."""

from __future__ import annotations

import re

from ..document import Document
from .segment import PLAYLIST_ENTRY

NEEDS = ("sentences",)
ADDS = ("candidates",)

#: word starts that can report political violence, protest, or a casualty count
EVENT_CUES = re.compile(
    r"\b(?:"
    r"kill|dead|deceased|death|die[ds]?\b|dying|slain|slay|murder|homicide|manslaughter|massacre|execut|behead|lynch|fatal"
    r"|shot\b|shoot|gunfire|gunshot|gunm[ae]n|gunfight|firefight|fired\b|opened fire|sniper|stray bullet"
    r"|wound|injur|hurt|hospitali[sz]|critical condition|stable condition|grazed|passed away|took the li(?:fe|ves)\b"
    # the fate of victims told with neither a harm word nor an event word ("All three are listed in fair
    # condition", "The boy was taken to a hospital"): counted when it continues the incident told before
    r"|(?:serious|fair|good|guarded|grave|satisfactory|unknown|poor|life-threatening)(?: but \w+)? condition|hospital\b"
    r"|(?:struck|hit) by (?:a |stray )?(?:bullets?|gunfire)|bullets? (?:struck|hit)\b"
    r"|clash|fight|battle|skirmish|ambush|raid|assault|attack|offensive|incursion|storm(?:ed|ing)\b|overr[au]n"
    r"|bomb|explo|blast|detonat|shell|mortar|rocket|missile|artillery|air ?strike|air raid|drone|warplane|helicopter gunship"
    r"|grenade|landmine|\bmine\b|\bied\b|suicide|chemical|sarin|chlorine|gas attack|barrel"
    r"|protest|demonstrat|rally|rallies|march(?:ed|ers)\b|sit-in|strike\b|riot|looted|loot|torched|set fire|arson|burn(?:ed|t|ing)\b"
    r"|tear ?gas|rubber bullets|water cannon|dispers|stone-throw|threw (?:stones|rocks)"
    r"|arrest|detain|round(?:ed)? up|custody|abduct|kidnap|hostage|disappear|rape|sexual"
    r"|defect|desert|mutin|seiz|captur|took control|taken control|recaptur|retook|regain|withdr[ae]w|handed over"
    r"|ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|signed an? (?:deal|agreement)"
    r"|headquarters|base\b|weapons cache|defus|intercept"
    r"|toll|casualt|victim|stab|beat(?:en|ing)?\b|tortur|assassin|curfew|claim(?:ed|s)? (?:the )?(?:\w+ )?(?:life|lives)\b"
    r")",
    re.IGNORECASE,
)

#: the opening sentences are parsed anyway: they name the article's main place and day
OPENING_SENTENCES = 2


#: a line that points to another story: "MORE: Man dies after shooting", "Related Coverage ..."
OTHER_STORY = re.compile(r"^\W*(?:MORE|RELATED|Related(?: Coverage| Stories| Story| Articles?| Links?)?|READ MORE|Read [Mm]ore|"
                         r"SEE ALSO|See [Aa]lso|ALSO|PREVIOUS(?: STORY| COVERAGE)?|Previous [Ss]tory|WATCH|VIDEO|PHOTOS)\b\s*[:|>-]?")
_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "or", "by", "with", "from", "after", "near", "as"}


def is_candidate(text: str) -> bool:
    return EVENT_CUES.search(text) is not None


def is_link_to_another_story(text: str) -> bool:
    """A headline of another story in the body ("Man Shot, Killed Few Blocks Away From Home"):
    a pointer prefix, or a title-case line with no full stop."""
    if OTHER_STORY.match(text) or PLAYLIST_ENTRY.match(text.lstrip()):
        return True
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 4 or text.rstrip().endswith((".", "!", "?", '"', "”", ":")):
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.8


#: how many sentences of one article are parsed at most: a report tells its incident early, and the
#: tail of a long page (comment threads, lists of other stories) costs time and adds noise
MAX_CANDIDATES = 25


#: a source-led headline with no full stop: "Deputies: 4-year-old dead after finding gun at home"
_SOURCED_HEADLINE = re.compile(r"^(?:Police|Deputies|Sheriff|Officials|Authorities|Cops|Coroner|Prosecutors|Report|Witnesses)"
                               r"(?: say)?:\s+[^.!?]{10,140}$")


def is_trailing_headline(sentence_index: int, sentence_count: int, text: str) -> bool:
    """A source-led headline in the last third of a page: a link to another story (a crosshead of
    the report's own, "Police: Toddler wounded", stands near its top)."""
    return sentence_index >= max(OPENING_SENTENCES, 2 * sentence_count // 3) and bool(_SOURCED_HEADLINE.match(text.strip()))


def run(doc: Document) -> None:
    chosen = 0
    count = len(doc.sentences)
    for sentence in doc.sentences:
        sentence.candidate = chosen < MAX_CANDIDATES and (sentence.index < OPENING_SENTENCES or (
            is_candidate(sentence.text) and not is_link_to_another_story(sentence.text)
            and not is_trailing_headline(sentence.index, count, sentence.text)))
        chosen += sentence.candidate
