"""Stage: cumulative and aggregate statistics, kept as claims (needs: sentences,
parses, times, claimants; adds: claims).

"pushing the death toll close to 4,600", "the imprisonment of some 14,000
people", "more than 10,000 soldiers have deserted", "So far we have 10 army
defectors killed". A claim is a quantity, what it counts, who claims it and as
of when; it never becomes an event, and its number never becomes an event's
count.
"""

from __future__ import annotations

import re
from datetime import date

from ..document import Document, Sentence
from ..gazetteer import Gazetteer
from ..model import Claim
from .counts import statements
from .lexicon import CUMULATIVE
from .quantities import Quantity, find_quantities

NEEDS = ("sentences", "parses", "times", "claimants", "country_context")
ADDS = ("claims",)

COUNTED_NOUNS = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?P<noun>people|persons|civilians|soldiers|troops|police(?:men)?|officers|rebels|insurgents|"
    r"militants|fighters|defectors|deserters|protesters|demonstrators|refugees|prisoners|detainees|deaths|dead|"
    r"casualties|children|women|men|members|activists|students|journalists|residents|villagers|Syrians|Iraqis|"
    r"Afghans|Palestinians|Yemenis|Libyans|Egyptians|Nigerians|Somalis|Sudanese|Americans|victims|others)\b",
    re.I,
)
NOMINAL_VERBS = {
    "imprisonment": "imprisoned", "detention": "detained", "killing": "killed", "killings": "killed",
    "deaths": "killed", "arrest": "arrested", "arrests": "arrested", "displacement": "displaced",
    "execution": "executed", "executions": "executed", "disappearance": "disappeared",
}
_AFTER_VERB = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:have|has|had|were|was|are|been|being)?\s*(?:been\s+)?(?P<verb>killed|died|dead|deserted|defected|detained|arrested|imprisoned|displaced|wounded|injured|fled|missing|jailed|executed)\b", re.I)
_BEFORE_VERB = re.compile(r"\b(?P<verb>killed|kill|detained|arrested|imprisoned|displaced|wounded|injured|executed|deserted)\s+(?:an?\s+)?$", re.I)
_NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:%|percent|per cent|dollars|euros|pounds|km|kilomet|miles?|hours?|days?|years?|months?|weeks?|minutes?|a\.m|p\.m|am\b|pm\b|block|acres|tonnes|tons|metres|meters|feet|square|-year|year-old|times|rounds)", re.I)
_TOLL_BEFORE = re.compile(
    r"\b(?P<what>(?:death|casualty|overall|total)?\s*toll|total|tally)\b(?:[^.;]{0,110}?"
    r"\b(?:to|at|of|reached|hit|passed|past|topped|exceeded|is|was|stands|stood|now))?\s+$", re.I)
_NUMBER_OF = re.compile(r"\bthe number of (?P<what>[\w\s'-]{3,60}?) (?:at|to|as|was|is|stood)\b", re.I)

CROWD_SIZE = re.compile(r"\b(?:protest|rally|march|demonstration|crowd|gathering|sit-in|procession)s? (?:by|of)\s+$", re.I)
PROTEST_WORDS = re.compile(r"\b(?:protest\w*|rall(?:y|ies|ied)|march\w*|demonstrat\w*|gathered)\b", re.I)
MIN_AGGREGATE = 100  # a bare count of people this large in a report is a statistic, not one incident's toll


def _qualifier(quantity: Quantity, sentence_text: str, start: int) -> str | None:
    if quantity.qualifier:
        return quantity.qualifier
    window = sentence_text[max(0, start - 20):start].lower()
    for word in ("so far", "some", "about", "nearly", "almost", "more than", "at least", "an estimated", "estimated"):
        if window.rstrip().endswith(word):
            return word
    if "so far" in sentence_text.lower():
        return "so far"
    return None


def claim_subject(sentence_text: str, quantity: Quantity) -> str | None:
    """What a number counts: 'people killed', 'death toll', 'soldiers deserted'."""
    before = sentence_text[:quantity.start]
    after = sentence_text[quantity.end:]
    toll = _TOLL_BEFORE.search(before) if not quantity.vague else None
    if toll:
        return " ".join(toll.group("what").split()).lower() or "toll"
    number_of = _NUMBER_OF.search(sentence_text)
    if number_of and number_of.end() <= quantity.start + 1:
        return " ".join(number_of.group("what").split())
    noun = COUNTED_NOUNS.match(after.lstrip())
    if not noun:
        return None
    counted = after.lstrip()[:noun.end()]
    counted = re.sub(r"^(?:of|the)\s+", "", counted.strip())
    rest = after.lstrip()[noun.end():]
    conj = re.match(r"^\s+and\s+(police(?:men)?|soldiers|civilians|children|women|troops|officers)\b", rest, re.I)
    if conj:
        counted += " and " + conj.group(1)
        rest = rest[conj.end():]
    verb = _AFTER_VERB.match(rest)
    if verb:
        mixed = re.match(r"\s+or\s+(wounded|injured)\b", rest[verb.end():])
        return f"{counted} {verb.group('verb').lower()}" + (f" or {mixed.group(1)}" if mixed else "")
    verb_before = _BEFORE_VERB.search(before)
    if verb_before:
        participle = verb_before.group("verb").lower()
        return f"{counted} {'killed' if participle == 'kill' else participle}"
    nominal = re.search(r"\b(\w+) of\s+$", before)
    if nominal and nominal.group(1).lower() in NOMINAL_VERBS:
        return f"{counted} {NOMINAL_VERBS[nominal.group(1).lower()]}"
    return counted


def _as_of(doc: Document, sentence: Sentence) -> date | None:
    times = [t for t in doc.times if t.sentence == sentence.index and t.precision == 1]
    return times[0].day if times else doc.published


def sentence_claims(doc: Document, sentence: Sentence) -> list[tuple[Quantity, str]]:
    """(quantity, what) for each statistic in one sentence."""
    text = sentence.text
    cumulative_spans: list[tuple[int, int]] = []
    incident_spans: list[tuple[int, int]] = []  # the victims of this sentence's own incident
    if sentence.parse is not None:
        for statement in statements(sentence.parse):
            if statement.victims is None:
                continue
            phrase = sentence.parse[statement.victims.left_edge.i:statement.victims.right_edge.i + 1]
            (cumulative_spans if statement.cumulative else incident_spans).append((phrase.start_char, phrase.end_char))
    found: list[tuple[Quantity, str]] = []
    for quantity in find_quantities(text):
        if quantity.text.lower() in ("a", "an", "one", "no", "both", "single", "lone") or _NOT_PEOPLE_AFTER.match(text[quantity.end:]):
            continue
        if re.fullmatch(r"(?:19|20)\d{2}", quantity.text.strip()) or text[max(0, quantity.start - 1):quantity.start] in ("$", "£", "€", "#"):
            continue
        in_cumulative = any(s <= quantity.start < e for s, e in cumulative_spans)
        what = claim_subject(text, quantity)
        if what is None:
            continue
        if not in_cumulative and any(s <= quantity.start < e for s, e in incident_spans) and quantity.value < MIN_AGGREGATE:
            continue  # "six people were killed ..., bringing the toll to 5,400": the six are the incident's
        if CROWD_SIZE.search(text[max(0, quantity.start - 30):quantity.start]) or (
                what in ("people", "protesters", "demonstrators", "supporters") and PROTEST_WORDS.search(text)):
            continue  # "a protest by several hundred people": the size of a crowd, an event's detail
        local = text[max(0, quantity.start - 80):min(len(text), quantity.end + 80)]
        is_toll = what.endswith("toll") or what in ("total", "tally")
        large = quantity.value >= MIN_AGGREGATE
        if in_cumulative or is_toll or (large and not quantity.vague) or (large and CUMULATIVE.search(local)) \
                or (CUMULATIVE.search(local) and re.search(r"\bso far\b|\bsince\b|\bin total\b|\bto date\b", local, re.I)):
            found.append((quantity, what))
    return found


def run(doc: Document, gazetteer: Gazetteer) -> None:
    country_name = None
    if doc.country_context:
        info = gazetteer.country(doc.country_context[0][0])
        country_name = info.name if info else None
    claims: list[Claim] = []
    for sentence in doc.sentences:
        if not sentence.candidate and not re.search(r"\d{3}|thousand|hundred|toll", sentence.text, re.I):
            continue
        for quantity, what in sentence_claims(doc, sentence):
            claims.append(Claim(
                claim_id=f"{doc.article.id}:c{len(claims) + 1}",
                article_id=doc.article.id,
                quantity=quantity.value,
                qualifier=_qualifier(quantity, sentence.text, quantity.start),
                what=what,
                claimant=sentence.claimant,
                as_of=_as_of(doc, sentence),
                country=country_name,
                evidence=sentence.evidence(doc.article.id),
            ))
    doc.claims = claims
