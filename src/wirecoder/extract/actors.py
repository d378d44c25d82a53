"""Actors: who did it to whom, named in ACLED's style with inter codes.

The sentence's agent ("by security forces", the subject of "shelled") and
patient (the people killed, the object attacked) are matched against a
curated, country-aware lexicon: "troops" in a Syrian report is "Military
Forces of Syria (2000-)"; "protesters" is "Protesters (Syria)"; a named
armed group keeps its name. In Violence against civilians the victim is
always actor2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from collections.abc import Callable

from ..model import Actor

Token = Any


#: a country named by a word before "forces", "troops", "police"...: "Russian", "Israel's", "U.S."
#: -> "Russia", "Israel", "United States"; None for any other word (from the gazetteer's demonyms,
#: country names and aliases)
NationOf = Callable[[str], "str | None"]


@dataclass(frozen=True, slots=True)
class ActorPattern:
    pattern: re.Pattern[str]
    name: str  # may use {country}
    inter: int


def _p(regex: str, name: str, inter: int) -> ActorPattern:
    return ActorPattern(re.compile(regex, re.I), name, inter)


#: checked in order; the first that matches a phrase names its actor
ACTOR_LEXICON: list[ActorPattern] = [
    # named non-state groups
    _p(r"\bboko haram\b", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2),
    _p(r"\bal[- ]?shabaa?b\b", "Al Shabaab", 2),
    _p(r"\btaliban\b", "Taliban", 2),
    # the Islamic State's branches are named by where they fight ("Islamic State (Syria)")
    _p(r"\b(?:islamic state|isis|isil|daesh)\b", "Islamic State ({country})", 2),
    _p(r"\bjnim\b|\bgroup (?:for|to) (?:the )?support (?:of )?islam and muslims\b", "JNIM: Group for Support of Islam and Muslims", 2),
    _p(r"\ballied democratic forces\b|\badf (?:rebels|militants|fighters|militia)\b", "ADF: Allied Democratic Forces", 2),
    _p(r"\bm23\b|\bmarch 23 movement\b", "M23: March 23 Movement", 2),
    _p(r"\bhayat tahrir al[- ]sham\b|\bhts\b", "HTS: Hayat Tahrir al Sham", 2),
    _p(r"\b(?:jabhat|al)[- ]nusra\b|\bnusra front\b", "Jabhat al Nusra", 2),
    _p(r"\bsyrian democratic forces\b|\bsdf\b", "QSD: Syrian Democratic Forces", 2),
    _p(r"\bpkk\b|\bkurdistan workers'? party\b", "PKK: Kurdistan Workers Party", 2),
    _p(r"\bfarc\b|\brevolutionary armed forces of colombia\b", "FARC: Revolutionary Armed Forces of Colombia", 2),
    _p(r"\beln\b", "ELN: National Liberation Army", 2),
    _p(r"\brapid support forces\b|\brsf (?:fighters|troops|forces|militia\w*|paramilitar\w*)\b", "RSF: Rapid Support Forces", 2),
    _p(r"\bwagner (?:group|mercenar\w+|fighters|forces|troops|pmc)\b", "Wagner Group", 8),  # "Wagner" alone is a surname
    _p(r"\bfree syrian army\b|\bfsa\b", "Free Syrian Army", 2),
    _p(r"\bal[- ]qaeda\b|\baqap\b|\baqim\b", "Al Qaeda", 2),
    _p(r"\bhezbollah\b", "Hezbollah", 3),
    _p(r"\bhamas\b", "Hamas Movement", 3),
    _p(r"\bshabiha\b|\bpro-(?:government|regime|assad) (?:militia\w*|gunmen|thugs)\b", "Shabiha Militia", 3),
    # defectors and rebels
    _p(r"\b(?:army |military )?(?:defectors|deserters|defected soldiers|mutineers)\b", "Mutiny of Military Forces of {country}", 2),
    _p(r"\b(?:rebels?|separatists?|insurgents?|guerrillas?|jihadists?|militants?|armed opposition|opposition fighters|fighters)\b", "Rebel Forces ({country})", 2),
    # state forces
    _p(r"\b(?:police(?:men|man)?|officers?|patrolm[ae]n|deputies|deputy|sheriff|state troopers?|gendarme\w*|riot police)\b", "Police Forces of {country}", 1),
    _p(r"\b(?:soldiers?|troops|army|military|armed forces|security forces|government forces|regime forces|"
       r"loyalist forces|forces loyal|secret police|intelligence|air force|tanks?|national guard|marines|navy|"
       r"warplanes?|jets|helicopters?|artillery|forces)\b", "Military Forces of {country}", 1),
    # militias and unknown armed men
    _p(r"\b(?:militia\w*|vigilantes?|tribesmen)\b", "Militia ({country})", 3),
    _p(r"\b(?:gunm[ae]n|shooters?|assailants?|attackers?|armed men|suspects?|killers?|perpetrators?|bombers?|kidnappers?|abductors?|unknown (?:men|persons))\b",
       "Unidentified Armed Group ({country})", 3),
    # crowds
    _p(r"\b(?:rioters?|mobs?|looters?)\b", "Rioters ({country})", 5),
    _p(r"\b(?:protesters?|protestors?|demonstrators?|marchers?|students protesting|crowds?)\b", "Protesters ({country})", 6),
    # civilians
    _p(r"\b(?:civilians?|residents?|villagers?|people|persons?|m[ae]n|wom[ae]n|child(?:ren)?|kids?|boys?|girls?|teens?|"
       r"teenagers?|students?|worshipp?ers?|farmers?|passers?-by|bystanders?|famil(?:y|ies)|journalists?|victims?|"
       r"shoppers?|pedestrians?|infants?|bab(?:y|ies)|toddlers?|mother|father|sons?|daughters?|wife|husband|"
       r"brothers?|sisters?|\d+-year-olds?|individuals?|youths?|customers?|passengers?|workers?|he|she|him|her)\b",
       "Civilians ({country})", 7),
]

_CIVILIANS = ACTOR_LEXICON[-1]

#: ACLED dates state forces by regime; where we know the period, it is part of the name
REGIME_PERIODS: dict[str, list[tuple[date, date | None, str]]] = {
    "Syria": [(date(2000, 7, 17), date(2024, 12, 8), "2000-")],
    "Iraq": [(date(2014, 9, 8), date(2018, 10, 25), "2014-2018"), (date(2018, 10, 25), date(2022, 10, 27), "2018-2022")],
    "Nigeria": [(date(2010, 5, 6), date(2015, 5, 29), "2010-2015"), (date(2015, 5, 29), date(2023, 5, 29), "2015-2023")],
    "Kenya": [(date(2013, 4, 9), date(2022, 9, 13), "2013-2022")],
    "United States": [(date(2009, 1, 20), date(2017, 1, 20), "2009-2017"), (date(2017, 1, 20), date(2021, 1, 20), "2017-2021")],
    "Russia": [(date(2000, 5, 7), None, "2000-")],
    "Ukraine": [(date(2019, 5, 20), None, "2019-")],
}


#: ACLED writes "Military Forces of the United States", "Police Forces of the Philippines"
COUNTRIES_WITH_THE = {
    "United States", "United Kingdom", "Netherlands", "Philippines", "Central African Republic", "Bahamas",
    "Gambia", "Comoros", "Maldives", "Czech Republic", "Dominican Republic", "United Arab Emirates",
    "Democratic Republic of the Congo", "Republic of the Congo", "Marshall Islands", "Solomon Islands",
}


def canonical(pattern: ActorPattern, country: str | None, day: date | None) -> Actor:
    name = pattern.name.format(country=country or "Unknown")
    if country in COUNTRIES_WITH_THE:
        name = name.replace(f"Forces of {country}", f"Forces of the {country}")
    if "Forces of {country}" in pattern.name and country and day:
        for start, end, label in REGIME_PERIODS.get(country, []):
            if start <= day and (end is None or day < end):
                name = f"{name} ({label})"
                break
    return Actor(name=name, inter=pattern.inter)


#: words that may stand between the nation and its forces: "Russian armed forces" needs none,
#: "Syrian government troops", "Israeli special forces" one of these
_BETWEEN_NATION_AND_FORCES = {"government", "regime", "state", "special", "elite", "regular", "federal",
                              "national", "border", "security", "military", "army", "naval", "air", "ground"}


def nation_of_forces(text: str, start: int, nation_of: NationOf | None) -> str | None:
    """The country whose state forces a phrase names, from the word before it ("Russian troops",
    "Israel's army", "Syrian government forces"); None when no nation is named there. A nation
    inside a hyphenated word names someone else's forces ("pro-Russian forces", "Turkish-backed
    fighters") and is not read."""
    if nation_of is None:
        return None
    words = text[:start].split()[-2:]  # the word just before, and one before a word like "government"
    for position, word in enumerate(reversed(words)):
        word = word.strip("\"'(“‘,").replace("’", "'")
        if word[:1].isupper() and "-" not in word.strip("."):
            nation = nation_of(word)
            if nation:
                return nation
        if position > 0 or word.lower() not in _BETWEEN_NATION_AND_FORCES:
            return None
    return None


def actor_for_phrase(phrase: str, country: str | None, day: date | None, nation_of: NationOf | None = None) -> Actor | None:
    """The actor a phrase names in a report from `country`; state forces a nation is named for
    ("Russian forces" in Ukraine) are that nation's."""
    for pattern in ACTOR_LEXICON:
        match = pattern.pattern.search(phrase)
        if match:
            return canonical(pattern, _forces_country(pattern, phrase, match.start(), country, nation_of), day)
    return None


def _forces_country(pattern: ActorPattern, text: str, start: int, country: str | None, nation_of: NationOf | None) -> str | None:
    if "Forces of {country}" not in pattern.name:
        return country
    return nation_of_forces(text, start, nation_of) or country


def _phrase(token: Token) -> str:
    doc = token.doc
    return doc[token.left_edge.i:token.right_edge.i + 1].text


def agent_and_patient(trigger: Token) -> tuple[str | None, str | None]:
    """The text of who acted and who was acted on, read off the parse around a trigger."""
    agent = patient = None
    verb = trigger
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    agent = _phrase(grandchild)
        elif child.dep_ == "nsubj":
            agent = _phrase(child)
        elif child.dep_ == "nsubjpass":
            patient = _phrase(child)
        elif child.dep_ == "dobj":
            patient = _phrase(child)
        elif child.dep_ == "prep" and child.lower_ in ("with", "between", "against", "on"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and patient is None:
                    patient = _phrase(grandchild)
    if agent is None and patient is None and verb.dep_ == "conj":
        return agent_and_patient(verb.head)
    if agent is None and verb.dep_ in ("acl", "amod") and verb.head.i != verb.i:
        patient = patient or _phrase(verb.head)
    return agent, patient


def assign(event_type: str, sub_event_type: str, trigger: Token, sentence_text: str,
           country: str | None, day: date | None, nation_of: NationOf | None = None) -> tuple[Actor | None, Actor | None]:
    """actor1 and actor2 of a frame."""
    agent_text, patient_text = agent_and_patient(trigger)
    if agent_text and _WEAPON_FIRST.match(agent_text):
        agent_text = None  # "a bomb aimed at a police patrol exploded": the police are the target, not who set it
    agent = actor_for_phrase(agent_text, country, day, nation_of) if agent_text else None
    patient = actor_for_phrase(patient_text, country, day, nation_of) if patient_text else None
    if event_type in ("Protests", "Riots"):
        crowd = actor_for_phrase(sentence_text, country, day) if re.search(r"protest|demonstrat|rally|march", sentence_text, re.I) else None
        kind = "Rioters" if event_type == "Riots" and sub_event_type == "Violent demonstration" and not re.search(r"protest|demonstrat", sentence_text, re.I) else None
        crowd_name = f"{'Rioters' if event_type == 'Riots' else 'Protesters'} ({country or 'Unknown'})"
        first = Actor(crowd_name, 5 if event_type == "Riots" else 6)
        second = None
        if sub_event_type in ("Protest with intervention", "Excessive force against protesters", "Violent demonstration"):
            police = re.search(r"\b(?:police|security forces|troops|soldiers|army|military|gendarme\w*|riot squads?)\b", sentence_text, re.I)
            if police:
                second = actor_for_phrase(police.group(0), nation_of_forces(sentence_text, police.start(), nation_of) or country, day)
        if sub_event_type == "Excessive force against protesters" and second:
            return second, first
        del crowd, kind
        return first, second
    if event_type == "Violence against civilians":
        victim = patient if patient and patient.inter == 7 else Actor(f"Civilians ({country or 'Unknown'})", 7)
        perpetrator = agent if agent and agent.inter != 7 else None
        if perpetrator is None:
            perpetrator = _first_armed(sentence_text, country, day, exclude=victim, nation_of=nation_of) or _unidentified(country)
        return perpetrator, victim
    if event_type == "Strategic developments" and sub_event_type == "Arrests":
        arrester = agent if agent and agent.inter in (1, 2, 3, 8) else _first_armed(sentence_text, country, day, exclude=None, nation_of=nation_of)
        return arrester, patient if patient and patient != arrester else None
    first = agent if agent and agent.inter != 7 else _first_armed(sentence_text, country, day, exclude=None, nation_of=nation_of)
    second = patient if patient and patient != first else _first_armed(sentence_text, country, day, exclude=first, nation_of=nation_of)
    if first is None and second is not None and second.inter == 7:
        first = _unidentified(country)  # a bomb in a market: someone set it
    if sub_event_type in _PLANTED_WEAPONS and (agent is None or agent.inter == 7) and first is not None and first.inter == 1 \
            and second is None:
        # "a roadside bomb exploded near a police vehicle": state forces a planted or thrown bomb is
        # only told near are its target, and whoever set it is not named
        first, second = _unidentified(country), first
    if event_type == "Explosions/Remote violence":
        if first is None:
            first = _unidentified(country)  # a grenade thrown into a bar: someone threw it
        if second is None and first.inter != 7 and _CIVILIANS.pattern.search(sentence_text):
            second = canonical(_CIVILIANS, country, day)  # "shelled the town, killing two civilians"
    if event_type == "Battles" and first and second and first.inter != 1 and second.inter == 1:
        first, second = second, first  # state forces first, as ACLED lists them
    return first, second


#: a phrase about a weapon, not about who used it
_WEAPON_FIRST = re.compile(r"(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?(?:bombs?|ieds?|devices?|explosives?|"
                           r"(?:land)?mines?|grenades?|shells?|rockets?|missiles?|blasts?|explosions?|car bombs?)\b", re.I)

#: explosions whose weapon is set or thrown by hand, which state forces are far more often the target of
_PLANTED_WEAPONS = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade")

#: "police said", "a police spokesman": the actor as a source of the report, not a party to it
SOURCE_AFTER = re.compile(r"\s*(?:'s\s+)?(?:there\s+|here\s+)?(?:said|say|says|told|reported|report|spokes\w+|officials?|department|statement|chief|sources?|investigators?|detectives?)\b", re.I)


def _unidentified(country: str | None) -> Actor:
    """ACLED's name for a perpetrator the report does not name."""
    return Actor(f"Unidentified Armed Group ({country or 'Unknown'})", 3)


def _first_armed(text: str, country: str | None, day: date | None, exclude: Actor | None,
                 nation_of: NationOf | None = None) -> Actor | None:
    """The first armed actor a sentence names (other than `exclude`)."""
    best: tuple[int, Actor] | None = None
    for pattern in ACTOR_LEXICON:
        if pattern.inter in (5, 6, 7):
            continue
        for match in pattern.pattern.finditer(text):
            if SOURCE_AFTER.match(text, match.end()):
                continue
            actor = canonical(pattern, _forces_country(pattern, text, match.start(), country, nation_of), day)
            if exclude is not None and actor.name == exclude.name:
                continue  # "Russian troops ... Ukrainian troops": the next match may be the other side
            if best is None or match.start() < best[0]:
                best = (match.start(), actor)
            break
    return best[1] if best else None
