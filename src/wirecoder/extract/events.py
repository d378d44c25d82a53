"""Stage: find the incidents each sentence reports and their ACLED type
(needs: parses; adds: frames).

A sentence yields a frame when a trigger ("killed", "clashes", "shelled",
"protesters", "arrested") reports something that happened. Triggers under a
negation, a modal, a verb of threat, plan, denial or condemnation, a
"since ..." phrase, an anniversary or a future time do not. The frame's
sub-event type comes from its triggers and the sentence's cues (weapons, who
fought whom, what the police did to the protest), with ACLED's aggregation
rules: a battle with shelling is a battle; a protest that turns violent is a riot.

A trained classifier (wirecoder/classifier.py), when given, then chooses the
sub-event type among those the sentence's factual triggers allow
(`CATEGORY_SUB_EVENT_TYPES`): it replaces the rules' choice when sure enough,
and types a sentence whose triggers the rules could not type. It never makes
an event of a sentence the rules found no factual trigger in, so negations,
threats, plans and the rest stay non-events. Each frame records who typed it
(`typed_by`: "rules", "classifier", or "classifier over rules: <their type>").

`type_known_event` answers another question, outside the pipeline: which of the 25
types a whole report is, when it is already known to tell an event (CASE 2021's
snippets are chosen so).
"""

from __future__ import annotations

import re
from typing import Any

from ..classifier import SubEventClassifier, Thresholds
from ..document import Document, EventFrame, Sentence
from ..model import SUB_EVENT_TYPES, family
from .counts import PEOPLE_NOUNS, is_headline_shot, statements
from .segment import is_title_case
from .lexicon import (
    ANNIVERSARY,
    ARMED_WORDS,
    CASUALTY_CATEGORIES,
    CATEGORY_SUB_EVENT_TYPES,
    CROWD,
    CUMULATIVE,
    FUTURE_WORDS,
    MODAL_WORDS,
    NON_FACTUAL_GOVERNORS,
    PROTEST_EXCESSIVE,
    PROTEST_INTERVENTION,
    PROTEST_VIOLENT,
    TERRITORY_OBJECTS,
    TRIGGERS,
    WEAK_TRIGGERS,
    WEAPON_CUES,
)

NEEDS = ("sentences", "parses")
ADDS = ("frames",)

Token = Any

#: weapons and explosives that can be found or seized before use (plural: "a gun was recovered" at a
#: shooting's scene is evidence, not a weapons cache)
_WEAPONS = (r"(?:weapons|arms|firearms|rifles|guns|pistols|bullets|cartridges|ammunition|munitions|grenades|rockets|mortars|bombs|explosives|missiles"
            r"|rpgs|ieds|vbieds|landmines|mines|explosive devices)\b")

#: phrases a single lemma cannot catch
PHRASE_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("shoot", re.compile(r"\bopen(?:ed|s)? fire\b|\bexchange(?:d|s)? (?:of )?fire\b|\bfired (?:live (?:rounds|ammunition) )?(?:on|at|into)\b", re.I)),
    ("protest", re.compile(
        r"\b(?:tear ?gas|water cannons?|rubber bullets|batons?|dispersed|broke up|fired (?:on|at)|opened fire on|arrested|detained)\b"
        r"[^.;]{0,60}\b(?:protesters|demonstrators|marchers|rally|protest|sit-in)\b"
        r"|\b(?:protesters|demonstrators|marchers)\b[^.;]{0,40}\b(?:were|was) (?:dispersed|tear-gassed|arrested|detained|beaten)\b"
        r"|\b(?:held|staged|organi[sz]ed|joined|led) (?:a |an )?(?:\w+ )?(?:rally|protest|demonstration|march|sit-in)\b", re.I)),
    ("riot", re.compile(
        r"\b(?:protesters|demonstrators|rioters|youths|crowds?|mobs?|residents|villagers|students)\b(?!['’])[^.;]{0,60}\b(?:threw|hurled|pelted|"
        r"set fire|torched|burned|burnt|stormed|smashed|ransacked|looted|stoned)\b", re.I)),
    ("loot", re.compile(r"\bset (?:fire to|ablaze)\b", re.I)),
    # "the shooting claimed (took) the life of", "he passed away"
    ("kill", re.compile(r"\b(?:claim|t[ao]ke|took)(?:n|ed|s)? the (?:life|lives) of\b|\bclaim(?:ed|s)? (?:\w+ )?lives\b|\bpass(?:ed|es)? away\b", re.I)),
    # "investigating a possible murder-suicide": a killing, though "murder" only modifies "suicide" (the hedge
    # doubts who killed whom, not that people died)
    ("kill", re.compile(r"\bmurder[- ]suicides?\b", re.I)),
    # "fired artillery at their positions", "launched rockets into the town": shelling without the word "shelled"
    ("shell", re.compile(r"\b(?:fired|fires|firing|launched|launching|lobbed|lobbing|rained) (?:\w+ ){0,3}?(?:artillery|mortars?|mortar "
                         r"(?:rounds|shells)|rockets?|missiles?|shells|howitzers?)\b", re.I)),
    ("airstrike", re.compile(r"\bair ?strikes?\b|\bair raids?\b|\bdrone strikes?\b|\bbombed by (?:warplanes|jets|aircraft)\b"
                             # "Israeli aircraft struck targets in ...", "a drone hit a vehicle near ..."
                             r"|\b(?:aircraft|warplanes?|war planes?|(?:fighter )?jets|drones?|helicopter gunships?)\s+(?:\w+\s+)?"
                             r"(?:struck|bombed|hit|targeted|pounded|attacked|fired (?:missiles|rockets) (?:at|on|into))\b", re.I)),
    ("capture", re.compile(r"\b(?:took|taken|seized|gained|wrested) (?:full |complete |total |effective )?control of\b|\boverr(?:a|u)n\b", re.I)),
    ("recapture", re.compile(r"\b(?:regained|retook|recaptured|restored|recovered|took back|won back) (?:full |complete |total )?control\b", re.I)),
    ("base", re.compile(r"\b(?:established|set up|opened|built) (?:a |an |its |their |new )*(?:\w+ )?(?:base|headquarters|outpost|command centre|command center)\b", re.I)),
    ("withdraw", re.compile(r"\bhanded (?:over )?control\b|\bhanded over\b|\bwithdrew (?:peacefully )?from\b", re.I)),
    ("agree", re.compile(r"\b(?:signed|reached|agreed (?:to|on)|concluded|brokered) (?:a |an |the )?(?:\w+ )?(?:ceasefire|cease-fire|truce|peace (?:deal|agreement|accord)|agreement|deal|accord)\b", re.I)),
    ("disrupt", re.compile(r"\b(?:defused|dismantled|intercepted|shot down) (?:a |an |the |two |three |several )?(?:\w+ )?(?:bombs?|ieds?|mines?|explosives?|rockets?|missiles?|drones?|devices?)\b|\bseized (?:a |an )?(?:large )?(?:weapons|arms|ammunition) (?:cache|stockpile|depot)\b", re.I)),
    ("other", re.compile(r"\b(?:imposed|declared) (?:a |an )?(?:\w+ )?(?:curfew|state of emergency|martial law)\b", re.I)),
    ("protest", re.compile(r"\b(?:took|take|taking|poured) (?:to|into) the streets\b|\bstaged (?:a |an )?(?:\w+ )?(?:protest|rally|sit-in|demonstration|march|strike)\b|\b(?:protesters|demonstrators|marchers) (?:gathered|chanted|marched|blocked|rallied|converged|assembled)\b", re.I)),
    ("mob", re.compile(  # a lynching is a mob's doing, and so is vigilantes' (not their being attacked)
        r"\b(?:a |an |angry )?mobs?\b|\blynch(?:ed|es|ing)?\b|\bby (?:a group of )?(?:\w+ )?vigilantes\b"
        r"|\bvigilantes? (?:\w+ )?(?:killed|beat|lynched|attacked|murdered|burned|torched|hacked)\b"
        # people of the place killing someone with their own hands: "residents beat a suspected kidnapper to death"
        r"|\b(?:residents|villagers|locals|youths|a crowd|crowds)\s+(?:\w+\s+)?(?:beat|stoned|burned|burnt|hacked|clubbed|set)\b"
        r"[^.;]{0,50}\b(?:to death|alive|ablaze)\b", re.I)),
    ("rape", re.compile(r"\bsexual(?:ly)? (?:assault\w*|violence|abuse\w*)\b", re.I)),
    ("explode", re.compile(r"\b(?:blew|blow|blows|blown) (?:himself|herself|themselves) up\b", re.I)),
    ("shell", re.compile(  # "missiles hit ...", "fired mortar rounds at ...", "rockets fired from ... landed"
        r"\b(?:missiles?|rockets?|mortars?|mortar (?:rounds|shells)|projectiles)\b[^.;]{0,40}\b(?:hit|struck|landed|fell|slammed)\b"
        r"|\bfired (?:\w+ ){0,3}(?:missiles?|rockets?|mortars?|mortar rounds|shells|projectiles)\b"
        r"|\b(?:hit|struck|targeted) by (?:an? )?(?:[\w-]+ ){0,2}(?:missiles?|rockets?|mortars?|mortar rounds|shells|tank fire)\b", re.I)),
    ("shell", re.compile(  # a chemical attack told by its agent ("were attacked with poisonous gas")
        r"\b(?:used|dropped|fired|launched|pounded|attacked|hit|struck)\b[^.;]{0,60}\b(?:poison\w* gas\w*|chemical (?:weapons?|munitions)"
        r"|chlorine|sarin|toxic gas\w*|nerve agents?|mustard gas)\b"
        r"|\b(?:poison\w* gas\w*|chemical weapons?|chlorine (?:munitions|bombs?|barrels?)|sarin|toxic gas\w*)\b[^.;]{0,60}\b(?:were|was) (?:used|dropped|fired|launched)\b", re.I)),
    ("disrupt", re.compile(  # weapons found before use
        r"\b(?:cache|stash|stockpile|depot)s? (?:of |containing )(?:\w+ ){0,4}(?:weapons|arms|firearms|ammunition|explosives|projectiles|grenades)\b"
        r"|\b(?:found|discovered|seized|uncovered|recovered|destroyed|cleared|defused)\b[^.;]{0,50}\b(?:arms caches?|weapons caches?|landmines"
        r"|mines|ieds|vbieds|improvised explosive devices|explosive devices)\b", re.I)),
    ("base", re.compile(  # "set up two military bases", "a new observation post was established"
        r"\b(?:establish(?:ed|ing)|set(?:ting)? up|built|opened) (?:a |an |its |their |new |two |three |several )*(?:\w+ ){0,2}"
        r"(?:bases|outposts|(?:military|observation|army|border) (?:posts?|points?))\b"
        r"|\b(?:base|outpost|post|point)s? (?:was|were|has been|have been) (?:established|set up)\b", re.I)),
    ("agree", re.compile(  # prisoner exchanges and releases, deals, talks
        r"\b(?:exchange|swap|release)\w* (?:\w+ ){0,2}(?:of )?(?:\w+ ){0,2}(?:prisoners|detainees|hostages|captives)\b"
        r"|\b(?:prisoners?|detainees?) (?:exchange|swap)\b"
        r"|\b(?:under|as part of|in line with) (?:an? |the )?(?:\w+ ){0,2}(?:deal|agreement|accord|truce)\b"
        r"|\b(?:started|began|held|opened|launched|resumed) (?:\w+ )?(?:peace )?talks\b", re.I)),
    ("recapture", re.compile(r"\b(?:freed|liberated) (?:\w+ ){0,3}(?:villages?|towns?|city|areas?|districts?|neighbou?rhoods?|region)\b", re.I)),
    ("withdraw", re.compile(r"\bhandover of\b", re.I)),
    ("regroup", re.compile(  # an armed group's forces moved or massed, a group formed, merged or split (no fighting)
        r"\b(?:troops|soldiers|fighters|militants|tanks|reinforcements|(?:army|military|rebel) (?:units|forces))\b[^.;]{0,60}?"
        r"\b(?:moved|redeployed|deployed|massed|mobili[sz]ed|(?:were|have been|had been) sent)\b"
        r"|\b(?:moved|moving|redeployed|deployed|sent|massed|massing|mobili[sz]ed|mobili[sz]ing) (?:\w+ ){0,3}"
        r"(?:troops|soldiers|fighters|tanks|reinforcements)\b"
        r"|\b(?:formed|founded|created|established) (?:a |an )?(?:new )?(?:[\w-]+ ){0,2}(?:armed group|militia|brigade|"
        r"alliance|coalition|organi[sz]ation|battalion|front)\b"
        r"|\bmerged (?:with|into)\b|\bsplit from\b|\bpledged (?:allegiance|loyalty) to\b|\bjoined forces with\b", re.I)),
    ("loot", re.compile(r"\bset fire (?:on|in)\b|\bset on fire\b|\blooting spree\b", re.I)),
    ("protest", re.compile(r"\b(?:rall(?:y|ies)|protests?|demonstrations?|sit-ins?|marches) (?:were|was|have been|has been) (?:held|staged|organi[sz]ed)\b", re.I)),
    ("found", re.compile(  # weapons found before use; not "seized the town and its weapons" (a capture)
        rf"\b(?:found|discovered|uncovered|unearthed|recovered|confiscated|cleared)\b[^.;]{{0,80}}\b{_WEAPONS}"
        rf"|\b{_WEAPONS}[^.;]{{0,80}}\b(?:were|was|have been|had been|being) (?:found|discovered|uncovered|seized|confiscated|recovered|cleared|captured|impounded)\b",
        re.I)),
]


#: the police, whose officers "deployed" to a scene are no change to an armed group's activity
POLICE_WORDS = re.compile(r"\b(?:police|officers|deputies|sheriff'?s?|swat|troopers|agents)\b", re.I)

#: state forces named before a capture verb, with no non-state group named before it ("the army
#: took control of the town", not "rebels seized the town after soldiers fled")
STATE_CAPTURE = re.compile(
    r"^(?:(?!\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|militia\w*|gunmen|separatists?|opposition|taliban|"
    r"islamic state|isis|isil|daesh|al[- ]shabaab|boko haram|defectors?|deserters?)\b)[^.;])*?"
    r"\b(?:army|troops|soldiers|government forces|security forces|armed forces|military|state forces|(?:syrian|iraqi|afghan|"
    r"nigerian|somali|malian|federal|national|government) (?:forces|army|troops))\b"
    r"(?:(?!\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|militia\w*|gunmen|separatists?|defectors?|deserters?)\b)[^.;]){0,80}?"
    r"\b(?:seized|captured|took|taken|overran|gained|wrested)\b", re.I)

#: a non-state group named before a retaking verb, with no state force named before it: the codebook's
#: "Government regains territory" is the state's alone ("militants recaptured the village from the army")
NON_STATE_RECAPTURE = re.compile(
    r"^(?:(?!\b(?:army|troops|soldiers|government|security forces|armed forces|military|police)\b)[^.;])*?"
    r"\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|militia\w*|gunmen|separatists?|taliban|islamic state|isis|isil|"
    r"daesh|al[- ]shabaa?b|boko haram|defectors?)\b"
    r"(?:(?!\b(?:army|troops|soldiers|government|security forces|armed forces|military|police)\b)[^.;]){0,80}?"
    r"\b(?:recaptured|retook|re-took|regained|took back|won back|recovered|liberated)\b", re.I)

#: police and protesters fighting each other: ACLED's rioters, not a battle between armed groups
CLASH_WITH_PROTESTERS = re.compile(
    r"\b(?:clash\w*|fought|scuffl\w*|skirmish\w*)\b[^.;]{0,60}\b(?:protesters|demonstrators|rioters|marchers)\b"
    r"|\b(?:protesters|demonstrators|rioters|marchers)\b[^.;]{0,40}\b(?:clash\w*|fought|scuffled)\b", re.I)

#: an attack on an armed target (a military base, a patrol, a checkpoint): both sides armed, so ACLED's
#: armed clash, not violence against civilians
ARMED_TARGET = re.compile(
    r"\b(?:attack\w*|raid\w*|storm\w*|ambush\w*|assault\w*)\b (?:on |against )?(?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}"
    r"(?:military|army|police|security|border|troops'?|soldiers'?) (?:bases?|patrols?|posts?|outposts?|checkpoints?|convoys?|"
    r"barracks|camps?|positions?|stations?)\b", re.I)

#: leaving from or handing back under a deal: the deal carried out is the transfer of territory
#: ("fighters began leaving the town under an evacuation deal"); and a state leaving a treaty is
#: an agreement's matter, not territory ("withdrew from the arms treaty")
LEAVING_UNDER_DEAL = re.compile(
    r"\b(?:leav\w*|left|evacuat\w*|withdr[ae]w\w*|pull(?:ed|ing)? out|handed over|handing over|hand over)\b[^.;]{0,80}"
    r"\b(?:under|as part of|in line with|in accordance with) (?:an? |the )?(?:\w+ ){0,2}(?:deal|agreement|accord|truce)\b", re.I)
#: ground taken as a deal hands it over: "took control of the district as part of the ceasefire deal"
TAKEN_UNDER_DEAL = re.compile(r"\b(?:under|as part of|in line with|in accordance with) (?:an? |the )?(?:\w+ ){0,2}"
                              r"(?:deal|agreement|accord|truce)\b", re.I)
LEAVING_A_TREATY = re.compile(
    r"\bwithdr[ae]w\w* (?:\w+ ){0,2}from (?:an? |the |its |their )?(?:[\w-]+ ){0,4}(?:treaty|pact|accord|agreement|deal|"
    r"convention)\b", re.I)

#: protesters as those shot at, killed or hurt: "fired live rounds at protesters", "shot dead 22 anti-coup
#: demonstrators", "demonstrators were killed" (ACLED's excessive force against protesters, whoever fired)
PROTESTERS_HARMED = re.compile(
    r"\b(?:fired|shot|opened fire|shooting)\s+(?:[\w-]+\s+){0,3}?(?:at|on|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:protesters|protestors|demonstrators|marchers|the crowd of protesters)\b"
    r"|\b(?:killed|killing|shot dead|shot|wounded|wounding|injured|injuring)\s+(?:at least\s+)?(?:\d+|\w+)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:protesters|protestors|demonstrators|marchers)\b"
    r"|\b(?:protesters|protestors|demonstrators|marchers)\s+(?:were|was|have been|had been)\s+(?:killed|shot|wounded|injured)\b", re.I)
#: force against a protest the report itself calls excessive or lethal
EXCESSIVE_FORCE = re.compile(r"\b(?:excessive|lethal|deadly|disproportionate) force\b", re.I)

#: people stopped by the authorities ("intercepted 15 suspected members"): an arrest, not disrupted weapons use
INTERCEPTED_PEOPLE = re.compile(
    r"\bintercepted (?:\w+ ){0,3}(?:members|suspects|men|women|people|persons|individuals|militants|fighters|smugglers|"
    r"recruits|operatives)\b", re.I)

#: the harm a protest is about ("marched against the killing of a student", "protested the arrest of
#: their leader"): the protest's cause, not what happened at it
PROTEST_CAUSE = re.compile(
    r"\b(?:against|over|after|following|in response to|to (?:denounce|condemn|mourn)|demanding justice for|in protest at)\b"
    r"[^.;]{0,40}?\b(?:killings?|shootings?|deaths?|murders?|arrests?|detentions?|rapes?|assassinations?|abductions?|"
    r"kidnappings?)\b(?: of\b[^.;,]{0,40})?", re.I)

#: a death told after the incident ("died later in hospital"), whose day is not the incident's
FOLLOWUP_DEATH = re.compile(r"\b(?:later|hospital|succumb\w*|ha(?:s|ve) (?:since )?died|died (?:of|from) (?:his|her|their) (?:injuries|wounds))\b", re.I)


def _governors(token: Token, depth: int = 4) -> list[Token]:
    """The words above a token, up to a relative clause's edge: "the shot that killed a girl may
    have been accidental" does not make the killing a maybe."""
    chain = []
    current = token
    for _ in range(depth):
        if current.head.i == current.i or current.dep_ == "relcl" or _told_as_a_past_fact(current) or _contrasted(current):
            break
        current = current.head
        chain.append(current)
    return chain


def _contrasted(token: Token) -> bool:
    """A clause set against the one before it by "but" or "yet" says its own thing: "police have not
    given the names, but the paper reported that two men were shot" does not deny the shooting."""
    # (the parser hangs the "but" on the first clause's verb, between the two verbs)
    return token.dep_ == "conj" and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and token.head.i < c.i < token.i for c in token.head.children)


def _told_as_a_past_fact(token: Token) -> bool:
    """A clause opened by "after", "since" or "when" with a past verb states what happened, whatever
    the clause above wants or fears ("police want answers after a boy was found shot to death")."""
    return token.dep_ == "advcl" and token.tag_ in ("VBD", "VBN") and any(
        c.dep_ == "mark" and c.lower_ in ("after", "when", "since", "following") for c in token.children)


def is_factual(trigger: Token, sentence_text: str, category: str) -> bool:
    """Whether a trigger reports something that happened (not a threat, plan, denial, future...)."""
    if any(child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither")) for child in trigger.children):
        return False  # "troops did not fire", "no arrests were made"
    if _describes_someone(trigger):
        return True
    # (a modal above "after shooting himself" is of what follows the act, not of the act: "should recover
    # after shooting himself", "could face charges after stabbing a neighbour")
    clause = [trigger] if _done_before_the_governor(trigger) else [trigger, *_governors(trigger, 2)]
    for token in clause:
        if token.pos_ in ("VERB", "AUX") or token.i == trigger.i:
            for child in token.children:
                if child.dep_ == "aux" and child.lower_ in MODAL_WORDS:
                    return False
                if child.dep_ == "mark" and child.lower_ in ("if", "unless", "whether"):
                    return False
    for governor in _governors(trigger):
        lemma = governor.lemma_.lower()
        if lemma in NON_FACTUAL_GOVERNORS and not (category == "agree" and lemma in ("agree", "announce")) \
                and not (category == "protest" and lemma == "protest") \
                and not (lemma == "call" and trigger.head.i == governor.i and trigger.dep_ in ("oprd", "dobj")):
            return False  # (but "what investigators are calling an accidental shooting" names one)
        if lemma in ("investigate", "probe", "verify") and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("report", "claim", "allegation", "rumour", "rumor", "whether") for c in governor.children):
            return False  # "investigating reports that troops killed ...": not yet a fact
        if governor.lower_ == "since" or (governor.dep_ == "prep" and governor.lower_ in ("against", "without")):
            return False
        if any(c.dep_ == "neg" for c in governor.children) and governor.pos_ in ("VERB", "AUX"):
            return False
    for child in trigger.children:
        if child.lower_ in ("threat", "threats", "fear", "fears", "risk") or (child.dep_ == "amod" and child.lower_ in ("possible", "potential", "planned", "alleged", "attempted", "failed", "thwarted", "foiled")):
            return False
    if trigger.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in trigger.children):
        # "to kill", "to protest": an aim, unless a past verb states it happened ("went on to kill")
        head = trigger.head
        if head.lemma_.lower() not in ("go", "begin", "start", "continue", "manage", "use"):
            return False
    window = sentence_text
    if ANNIVERSARY.search(window) and category not in CASUALTY_CATEGORIES:
        return False
    if FUTURE_WORDS.search(window) and trigger.tag_ in ("VB", "VBZ", "VBP", "NN", "NNS"):
        return False
    if trigger.pos_ == "NOUN" and trigger.tag_ == "NNS" and not any(c.dep_ in ("nummod", "det") for c in trigger.children):
        # "defectors are increasing their attacks": a generic plural in a present-tense clause
        head = trigger.head
        if head.tag_ in ("VBZ", "VBP", "VBG") and not any(c.tag_ == "VBD" for c in head.children) and not _past_of_a_day(head):
            return False
    return True


def _done_before_the_governor(trigger: Token) -> bool:
    """Whether the trigger is a gerund told as done before the verb it hangs on ("recover after shooting himself"),
    that verb not told as still to come: "the army will pull back after shelling the hills" plans both acts
    (unless the gerund has a day of its own)."""
    if not (trigger.tag_ == "VBG" and trigger.dep_ == "pcomp" and trigger.head.lower_ in _DONE_BEFORE_PREPOSITIONS
            and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children)):
        return False
    governor = trigger.head.head
    # ("will be charged after shooting his wife on Monday": a day of its own dates the act)
    return not any(c.dep_ == "aux" and c.lower_ in _STILL_TO_COME for c in governor.children) or _told_of_a_day(trigger)


def _describes_someone(trigger: Token) -> bool:
    """Whether a participle tells what befell the person it follows ("tries to save a boy shot in the head",
    "hopes to find the man wounded in the raid"): a fact about that person, whatever the verbs above
    them plan or try."""
    person = trigger.head
    return trigger.dep_ == "acl" and trigger.tag_ in ("VBN", "VBD") and person.pos_ == "NOUN" \
        and not any(c.dep_ == "aux" for c in trigger.children) and PEOPLE_NOUNS.match(person.text) is not None


#: verbs whose past is spelt as their present: the tagger may read "villagers beat a thief" as present
SAME_FORM_PAST = {"beat", "hit", "cut", "set", "put", "hurt", "shut", "burst", "cast", "spread", "let", "quit", "shed", "split"}
_PAST_DAY = re.compile(r"^(?:yesterday|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}|january|february|"
                       r"march|april|may|june|july|august|september|october|november|december)$", re.I)

#: what struck someone when "struck" or "hit" means shot ("struck by a stray bullet", "hit by gunfire")
_BY_GUNFIRE = re.compile(r"\s+by\s+(?:a\s+|an\s+)?(?:stray\s+|errant\s+|single\s+|random\s+)?(?:bullets?|gunfire|gunshots?|"
                         r"shotgun\s+(?:blasts?|pellets))\b", re.I)


def _past_of_a_day(verb: Token) -> bool:
    """Whether a verb whose past looks like its present is told of a day ("villagers beat a man to death
    on Saturday"): it is the past, whatever the tagger read."""
    return verb.lower_ in SAME_FORM_PAST and _told_of_a_day(verb)


def _told_of_a_day(verb: Token) -> bool:
    """Whether a verb has a day of its own that is past or today ("on Saturday", "yesterday")."""
    for child in verb.children:
        if child.dep_ == "npadvmod" and _PAST_DAY.match(child.text):
            return True
        if child.dep_ == "prep" and child.lower_ == "on" and any(_PAST_DAY.match(g.text) for g in child.subtree):
            return True
    return False


def _triggers(sentence: Sentence) -> list[tuple[str, Token]]:
    parse = sentence.parse
    found: list[tuple[str, Token]] = []
    title_case = sentence.index < 0 and is_title_case(sentence.text)
    for token in parse:
        lemma = token.lemma_.lower()
        if token.lower_ in ("raped", "rapes", "raping"):
            lemma = "rape"  # the tagger's lemma is sometimes "rap"
        category = TRIGGERS.get(lemma) or TRIGGERS.get(token.lower_)
        if category is None and token.lower_ == "shot" and any(c.dep_ == "nummod" for c in token.children):
            category = "shoot"  # a headline's "5 shot on the west side", tagged as a noun
        if category is None and sentence.index < 0 and is_headline_shot(token):
            category = "shoot"  # "Juvenile shot in arm in Duquesne", "Teenager Shot In Duquesne"
        if lemma in ("strike", "hit", "graze") and token.pos_ == "VERB" \
                and _BY_GUNFIRE.match(sentence.text, token.idx + len(token.text)):
            category = "shoot"  # "a boy was struck by a stray bullet": shot, though no word says so
        if category is None:
            continue
        if token.pos_ in ("ADP", "DET", "PRON", "NUM") or (token.pos_ == "PROPN" and not title_case):
            continue  # (a Title Case headline's "Found Dead" is tagged as a name)
        if token.pos_ == "NOUN" and (token.dep_ in ("compound", "amod") or (token.i + 1 < len(parse) and parse[token.i + 1].text == "-")):
            continue  # "bomb-making materials", "bomb squad", "protest leaders": a modifier, not a happening
        if lemma == "strike" and category != "shoot" and not re.search(r"\b(?:air|drone|missile|rocket)\s*strikes?\b|\bairstrike", sentence.text, re.I):
            continue
        if lemma in ("shell",) and token.pos_ == "NOUN" and not re.search(r"\bshells?\b.*\b(?:fell|hit|landed|struck|fired|slammed|rained|exploded|crashed|pounded)|\b(?:tank|artillery|mortar) shells?\b", sentence.text, re.I):
            continue
        if lemma == "fight" and token.pos_ == "VERB" and not ARMED_WORDS.search(sentence.text):
            continue
        if lemma == "march" and token.pos_ == "NOUN":
            continue
        if lemma in ("round",) and not any(c.lower_ == "up" for c in token.children):
            continue
        if lemma == "burn" and not re.search(r"\b(?:set fire|burn(?:ed|t) (?:down |\d+ |dozens of |several |many |the |their )?(?:tyres|tires|cars?|vehicles?|houses?|homes?|huts|shops?|buildings?|churches|mosques?|police stations?|offices?))", sentence.text, re.I):
            continue
        if lemma in ("death",) and not re.search(r"\b(?:\d+|\w+) deaths\b|\bdeath of\b|\bto death\b|\bdeath(?:s)? (?:in|at|after)\b"
                                                  r"|\b(?:shooting|stabbing|beating) deaths?\b", sentence.text, re.I):
            continue
        if lemma in ("base",):
            continue
        if lemma == "execute" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("warrant", "order", "search", "plan", "strategy") for c in token.children):
            continue  # "executing a search warrant"
        found.append((category, token))
    for category, pattern in PHRASE_TRIGGERS:
        if category == "regroup" and POLICE_WORDS.search(sentence.text):
            continue  # officers sent to a scene are no armed group's move
        for match in pattern.finditer(sentence.text):
            token = next((t for t in parse if t.idx >= match.start()), None)
            if token is not None:
                found.append((category, token))
    return found


def _armed_victims(parse: Any) -> bool:
    """Whether the people killed or hurt in the sentence are armed actors (then it is a fight)."""
    for statement in statements(parse):
        if statement.victims is None or statement.kind == "arrested":
            continue
        phrase = parse[statement.victims.left_edge.i:statement.victims.right_edge.i + 1].text
        if ARMED_WORDS.search(phrase) and not re.search(r"\bcivilians?\b", phrase, re.I):
            return True
    return False


def _armed_agent(parse: Any) -> bool:
    """Whether the harm in the sentence was done by an armed actor ("by gunmen", "soldiers killed ...")."""
    for statement in statements(parse):
        if statement.kind == "arrested":
            continue
        trigger = statement.trigger
        for child in trigger.children:
            if child.dep_ == "agent":
                if any(ARMED_WORDS.search(parse[g.left_edge.i:g.right_edge.i + 1].text) for g in child.children):
                    return True
            elif child.dep_ == "nsubj" and child is not statement.victims:
                if ARMED_WORDS.search(parse[child.left_edge.i:child.right_edge.i + 1].text):
                    return True
    return bool(re.search(r"\b(?:clash\w*|fight\w*|battle\w*|gunfight|firefight|exchange of fire|ambush\w*)\b", parse.text, re.I))


def classify(categories: set[str], text: str, parse: Any) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) for the triggers of one sentence."""
    violent = categories & (CASUALTY_CATEGORIES | {"attack", "explode", "shell", "airstrike", "grenade", "clash"})
    if "disrupt" in categories and not categories & {"kill", "die", "injure"}:
        if INTERCEPTED_PEOPLE.search(text) and not re.search(_WEAPONS, text, re.I):
            return "Strategic developments", "Arrests"
        return "Strategic developments", "Disrupted weapons use"  # "defused a roadside bomb": no blast
    if "found" in categories and not categories & CASUALTY_CATEGORIES:
        return "Strategic developments", "Disrupted weapons use"  # "grenades and mortars were found in a farm"
    if "rape" in categories:
        return "Violence against civilians", "Sexual violence"  # also when it happened as a protest was broken up
    fighters = re.search(r"\b(?:troops|soldiers|army|rebels|militants|defectors|fighters|militia\w*|insurgents|gunmen)\b", text, re.I)
    # (herders who "clashed with spears and guns" fight a battle: armed, they are no rioters)
    armed = fighters or ("clash" in categories and re.search(r"\b(?:guns?|rifles|firearms|spears|machetes|bows and arrows)\b", text, re.I))
    if not categories & {"protest", "riot", "mob"} and PROTEST_VIOLENT.search(text) and _crowd_named(text) \
            and not (categories & {"clash", "loot"} and armed):  # (militants looting villagers' homes: no riot)
        return "Riots", "Violent demonstration"  # "hundreds of people burned tyres and threw stones at police"
    if violent & {"kill", "die", "shoot", "injure"} and PROTESTERS_HARMED.search(text) and not categories & {"riot", "mob"} \
            and not PROTEST_VIOLENT.search(text):
        return "Protests", "Excessive force against protesters"  # "security forces shot dead 22 demonstrators"
    if categories & {"protest", "riot", "mob"}:
        if "mob" in categories and (violent or "loot" in categories):
            return "Riots", "Mob violence"
        if "riot" in categories or PROTEST_VIOLENT.search(text) or ("loot" in categories and "protest" in categories) \
                or ("clash" in categories and "protest" in categories and not fighters):
            return "Riots", "Violent demonstration"  # (protesters "involved in clashes" with police: a riot)
        if "protest" in categories:
            cause = PROTEST_CAUSE.search(text)
            course = PROTEST_CAUSE.sub(" ", text)  # what happened at the protest, without what it was about
            if (PROTEST_EXCESSIVE.search(course) and violent & {"kill", "die", "shoot", "injure"}) or EXCESSIVE_FORCE.search(course):
                return "Protests", "Excessive force against protesters"
            if PROTEST_INTERVENTION.search(course) or ("arrest" in categories and not cause):
                return "Protests", "Protest with intervention"
            if not violent or cause:
                return "Protests", "Peaceful protest"
    if "recapture" in categories and TERRITORY_OBJECTS.search(text):
        if NON_STATE_RECAPTURE.search(text):
            return "Battles", "Non-state actor overtakes territory"
        return "Battles", "Government regains territory"
    if "capture" in categories and TERRITORY_OBJECTS.search(text) and not ("arrest" in categories):
        if TAKEN_UNDER_DEAL.search(text):
            return "Strategic developments", "Non-violent transfer of territory"  # "took control of Lachin under the ceasefire deal"
        if STATE_CAPTURE.search(text):
            return "Battles", "Government regains territory"  # the state's forces take ground: the codebook's regaining
        return "Battles", "Non-state actor overtakes territory"
    if "clash" in categories:
        if CLASH_WITH_PROTESTERS.search(text) and not fighters:
            return "Riots", "Violent demonstration"
        return "Battles", "Armed clash"
    if violent or "explode" in categories:
        for sub_event_type, pattern in WEAPON_CUES:
            if pattern.search(text) and (categories & {"explode", "shell", "airstrike", "grenade", "attack", "kill", "die", "injure"}):
                if sub_event_type == "Air/drone strike" and not (categories & {"airstrike", "explode", "attack", "shell"}) and not re.search(r"air ?strike|air raid|warplane|jets? (?:struck|bombed|hit)|drone strike", text, re.I):
                    continue
                return "Explosions/Remote violence", sub_event_type
        if "explode" in categories:
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if "shell" in categories:
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if "airstrike" in categories:
            return "Explosions/Remote violence", "Air/drone strike"
        if "grenade" in categories:
            return "Explosions/Remote violence", "Grenade"
    if "abduct" in categories:
        return "Violence against civilians", "Abduction/forced disappearance"
    if violent == {"attack"} and "arrest" in categories and not re.search(r"\b(?:attack\w*|assault\w*|storm\w*|offensive)\b", text, re.I):
        return "Strategic developments", "Arrests"  # "arrested 40 people in house-to-house raids": raids that harmed no one
    if violent:
        if ("attack" in categories and ARMED_TARGET.search(text)) or (parse is not None and _armed_victims(parse) and _armed_agent(parse)):
            return "Battles", "Armed clash"
        return "Violence against civilians", "Attack"
    if "arrest" in categories:
        return "Strategic developments", "Arrests"
    if "defect" in categories:
        return "Strategic developments", "Change to group/activity"
    if "loot" in categories:
        return "Strategic developments", "Looting/property destruction"
    if "agree" in categories:
        if LEAVING_UNDER_DEAL.search(text):
            return "Strategic developments", "Non-violent transfer of territory"
        return "Strategic developments", "Agreement"
    if "withdraw" in categories:
        if LEAVING_A_TREATY.search(text):
            return "Strategic developments", "Agreement"
        return "Strategic developments", "Non-violent transfer of territory"
    if "disrupt" in categories:
        return "Strategic developments", "Disrupted weapons use"
    if "base" in categories:
        return "Strategic developments", "Headquarters or base established"
    if "regroup" in categories:
        return "Strategic developments", "Change to group/activity"
    if "other" in categories:
        return "Strategic developments", "Other"
    if "protest" in categories:
        return "Protests", "Peaceful protest"
    return None


def allowed_sub_event_types(categories: set[str], text: str = "") -> set[str]:
    """The sub-event types a sentence's factual trigger categories can report; when they tell of
    harm, also each explosion type whose weapon the sentence names ("killed by a mortar round")."""
    allowed = {sub_event_type for category in categories for sub_event_type in CATEGORY_SUB_EVENT_TYPES.get(category, ())}
    if categories & (CASUALTY_CATEGORIES | {"attack", "clash"}):
        allowed |= {sub_event_type for sub_event_type, pattern in WEAPON_CUES if pattern.search(text)}
    return allowed


#: the rules' decisions whose event type the classifier keeps: ACLED's aggregation rule (a protest
#: that turns violent is one Riots event) and a stated absence of harm ("defused a bomb")
RULES_KEEP_EVENT_TYPE = frozenset({"Violent demonstration", "Mob violence", "Disrupted weapons use"})


def _crowd_named(text: str) -> bool:
    """Whether the sentence names a crowd: "people" counted in ones ("three people torched two cars") are
    a few culprits, not a crowd."""
    return any(not (match.group().lower() == "people" and re.search(r"\b(?:one|two|three|four|five|six|seven|eight|nine|\d)\s+$",
                                                                      text[:match.start()], re.I))
               for match in CROWD.finditer(text))


def _weapon_named(sub_event_type: str, text: str) -> bool:
    """Whether the sentence names the weapon of the explosion type the rules chose ("a grenade attack
    killed ten"): the weapon decides that it was an explosion, whatever the classifier's words say."""
    return any(t == sub_event_type and pattern.search(text) for t, pattern in WEAPON_CUES)


def choose_sub_event_type(by_rules: str | None, categories: set[str], scores: dict[str, float] | None,
                          thresholds: Thresholds, text: str = "") -> tuple[str, str] | None:
    """(sub-event type, who typed it) from the rules' choice and the classifier's scores, or None.

    The classifier may choose only among the types the sentence's triggers allow
    (`allowed_sub_event_types`). A sentence the rules left untyped gets the classifier's best
    type when its probability reaches `thresholds.add`. A type the rules chose gives way to the
    classifier's best when that is more probable by at least `thresholds.override` and of the
    same family (violence, crowd, strategic: a shooting followed by an arrest stays a shooting),
    and of the same event type when the rules applied an aggregation rule (`RULES_KEEP_EVENT_TYPE`) or
    typed an explosion by the weapon the sentence names."""
    allowed = allowed_sub_event_types(categories, text)
    if scores is None or not allowed:
        return (by_rules, "rules") if by_rules else None
    if by_rules is None:
        best = max(sorted(allowed), key=lambda t: scores.get(t, 0.0))
        return (best, "classifier") if scores.get(best, 0.0) >= thresholds.add else None
    allowed = {t for t in allowed if family(t) == family(by_rules)}
    if by_rules in RULES_KEEP_EVENT_TYPE:
        allowed = {t for t in allowed if SUB_EVENT_TYPES[t] == SUB_EVENT_TYPES[by_rules]}
    if _weapon_named(by_rules, text):
        # "shelled": shelling, unless the sentence also names another weapon ("rockets fired from helicopters")
        allowed = {t for t in allowed if _weapon_named(t, text)}
    if SUB_EVENT_TYPES[by_rules] == "Protests" and not (categories & {"riot", "mob", "loot"} or PROTEST_VIOLENT.search(text)):
        allowed = {t for t in allowed if SUB_EVENT_TYPES[t] != "Riots"}  # a riot needs the crowd's own violence told
    best = max(sorted(allowed | {by_rules}), key=lambda t: scores.get(t, 0.0))
    margin = scores.get(best, 0.0) - scores.get(by_rules, 0.0)
    if best != by_rules and margin > 0 and margin >= thresholds.override:
        return best, f"classifier over rules: {by_rules}"
    return by_rules, "rules"


def type_known_event(by_frames: str | None, scores: dict[str, float], rules_weight: float) -> tuple[str, str]:
    """(sub-event type, who typed it) of a whole report that is known to tell an event, such as a
    CASE 2021 snippet, from the type its sentence frames gave (None: they found no event) and the
    classifier's scores of the whole report.

    Not used by the pipeline, where a sentence without a factual trigger must stay a non-event:
    here the event is given, so the question is only which of the 25 types it is. The classifier
    reads the whole report (a sentence's frame sees one sentence) and the frames' type counts
    `rules_weight` times its probability; when the frames found nothing, the classifier's best
    of the 25 types is the answer ("none" is not one of them)."""
    weighted = {t: scores.get(t, 0.0) * (rules_weight if t == by_frames else 1.0) for t in SUB_EVENT_TYPES}
    best = max(sorted(weighted), key=lambda t: weighted[t])
    if by_frames is None:
        return best, "classifier"
    return (best, "frames") if best == by_frames else (best, f"classifier over frames: {by_frames}")


def frame_sentence(sentence: Sentence, classifier: SubEventClassifier | None = None) -> EventFrame | None:
    """The incident one parsed sentence reports, or None (rules alone when no classifier is given)."""
    factual = factual_triggers(sentence)
    if factual is None:
        return None
    scores = classifier.scores([sentence.text])[0] if classifier is not None else None
    return frame_of(sentence, factual, scores, classifier.thresholds if classifier is not None else Thresholds())


def factual_triggers(sentence: Sentence) -> list[tuple[str, Token]] | None:
    """The triggers of a sentence that state an event (not negated, planned, threatened...), or None
    when it states none: the rules' gate, before any type is chosen."""
    if sentence.parse is None:
        return None
    text = sentence.text
    factual = [(category, token) for category, token in _triggers(sentence) if is_factual(token, text, category)]
    if not factual:
        return None
    strong = [(c, t) for c, t in factual if t.lemma_.lower() not in WEAK_TRIGGERS]
    if not strong and not any(c in CASUALTY_CATEGORIES for c, _ in factual):
        # only weak words ("attack", "fight"): an event only with a concrete cue beside them
        if not re.search(r"\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b", text, re.I) \
                and not CUMULATIVE.search(text):
            if not any(t.pos_ == "VERB" and t.tag_ == "VBD" for _, t in factual):
                return None
    return factual


def frame_of(sentence: Sentence, factual: list[tuple[str, Token]], scores: dict[str, float] | None,
             thresholds: Thresholds) -> EventFrame | None:
    """The frame of a sentence with factual triggers, typed by the rules and the classifier's scores."""
    text = sentence.text
    categories = {category for category, _ in factual}
    by_rules = classify(categories, text, sentence.parse)
    chosen = choose_sub_event_type(by_rules[1] if by_rules else None, categories, scores, thresholds, text)
    if chosen is None:
        return None
    sub_event_type, typed_by = chosen
    event_type = SUB_EVENT_TYPES[sub_event_type]
    main = _main_trigger(factual, sub_event_type)
    return _frame(sentence, main, event_type, sub_event_type, typed_by=typed_by,
                  nominal=not main.tag_.startswith("VB") or (main.dep_ in ("amod", "compound") and main.head.pos_ == "NOUN"),  # "the shooting death"
                  followup=_tells_a_death_only(factual) and (FOLLOWUP_DEATH.search(text) is not None or _dies_someone_told(main)))


def _tells_a_death_only(factual: list[tuple[str, Token]]) -> bool:
    """Whether a sentence tells a death and nothing else: its only other triggers are the death's
    cause ("died from his injuries", "died of a gunshot wound"), which tell how the victim died,
    not that someone else was hurt."""
    deaths = [token for category, token in factual if category == "die"]
    return bool(deaths) and all(category == "die" or _cause_of(token, deaths) for category, token in factual)


def _cause_of(token: Token, deaths: list[Token]) -> bool:
    """'died from a gunshot wound': the wound is the object of the "of" or "from" the death governs."""
    return token.dep_ == "pobj" and token.head.lower_ in ("of", "from") and any(token.head.head.i == d.i for d in deaths)


def _dies_someone_told(trigger: Token) -> bool:
    """Whether a death is told of someone the report has already introduced ("the girl died Friday",
    "Jones died Thursday", "he died at the hospital"): a victim of the incident dying, perhaps days
    later, not a new incident ("a man died Saturday after ...")."""
    subject = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she")
    if subject.pos_ == "PROPN":
        return True
    determiner = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    return determiner is not None and determiner.lower_ in ("the", "his", "her", "their", "that")


def _frame(sentence: Sentence, trigger: Token, event_type: str, sub_event_type: str, **more: Any) -> EventFrame:
    """The frame of one sentence, told by its trigger word."""
    return EventFrame(sentence=sentence.index, trigger=trigger.text, trigger_start=sentence.start + trigger.idx,
                      trigger_end=sentence.start + trigger.idx + len(trigger.text), event_type=event_type,
                      sub_event_type=sub_event_type, tense=_tense(trigger), trigger_token=trigger, **more)


def _tense(trigger: Token) -> str:
    """'past' or 'present' for a verb trigger (nouns count as past: they name what happened)."""
    if not trigger.tag_.startswith("VB"):
        return "past"
    auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ in ("VBD",) or a.lower_ in ("had", "was", "were", "has", "have") for a in auxiliaries):
        return "past"
    if trigger.tag_ in ("VBD", "VBN") or _past_of_a_day(trigger):
        return "past"
    if trigger.tag_ == "VBG" and not auxiliaries and trigger.dep_ in ("advcl", "conj") and trigger.head.i != trigger.i \
            and trigger.head.tag_.startswith("VB"):
        return _tense(trigger.head)  # "opened fire on the crowd, killing two people": when the shots were fired
    if trigger.tag_ == "VBG" and not auxiliaries and trigger.dep_ == "pcomp":
        preposition, governor = trigger.head, trigger.head.head
        if _done_before_the_governor(trigger):
            # "is in custody after shooting his wife", "should recover after shooting himself": done before
            # whatever is told now or might follow
            return "past"
        if preposition.lower_ in _SEQUENCE_PREPOSITIONS and governor.tag_.startswith("VB"):
            # "shot his wife before killing himself", "was hurt while fleeing": a step told beside another is
            # as past as that other
            return _tense(governor)
        if preposition.lower_ in ("of", "with", "for", "to", "in") and governor.lemma_.lower() in _ACCUSING:
            return "past"  # "is accused of shooting his brother", "charged with killing": a deed already done
    return "present"


#: prepositions that set one act beside another in time
_SEQUENCE_PREPOSITIONS = frozenset({"after", "before", "while", "since", "upon"})
#: ... and those that set it before the other: unless the other is still to come, the act is done
_DONE_BEFORE_PREPOSITIONS = frozenset({"after", "since", "upon"})
#: auxiliaries telling an act still to come (not those of an outcome guessed at: "should recover", "could face")
_STILL_TO_COME = frozenset({"will", "shall", "'ll", "wo"})
#: verbs of charging, judging and confessing: the deed they are of has been done
_ACCUSING = frozenset({"accuse", "charge", "convict", "suspect", "arrest", "indict", "sentence", "jail", "acquit",
                       "arraign", "admit", "confess", "plead"})


_PREFERRED = {
    "Battles": ("clash", "attack", "capture", "recapture", "kill", "shoot"),
    "Explosions/Remote violence": ("explode", "shell", "airstrike", "grenade", "attack", "kill"),
    "Violence against civilians": ("kill", "shoot", "stab", "abduct", "rape", "attack", "die", "injure"),
    "Protests": ("protest",),
    "Riots": ("riot", "mob", "protest"),
    "Strategic developments": ("arrest", "defect", "loot", "agree", "withdraw", "disrupt", "found", "base", "regroup", "other"),
}


def _main_trigger(factual: list[tuple[str, Token]], sub_event_type: str) -> Token:
    order = _PREFERRED[SUB_EVENT_TYPES[sub_event_type]]
    ranked = sorted(factual, key=lambda ct: (order.index(ct[0]) if ct[0] in order else len(order), ct[1].i))
    return ranked[0][1]


def continuation_frame(sentence: Sentence, previous: EventFrame) -> EventFrame | None:
    """A sentence with no event word that still tells the incident told just before it: its
    victims' fate ("The uncle was taken to a hospital and is in stable condition")."""
    if sentence.parse is None or sentence.index < 0:
        return None
    told = [s for s in statements(sentence.parse)
            if s.kind in ("injured", "shot", "killed") and s.victims is not None and not s.cumulative
            and is_factual(s.trigger, sentence.text, "die" if s.kind == "killed" else "injure")]  # not "he could have died"
    if not told:
        return None
    main = told[0].trigger
    # what became of the victims later: not the incident's own day, nor its place
    return _frame(sentence, main, previous.event_type, previous.sub_event_type, followup=True, continues=True,
                  typed_by=previous.typed_by)


def run(doc: Document, classifier: SubEventClassifier | None = None) -> None:
    sentences = ([doc.title] if doc.title is not None else []) + doc.sentences
    factual = [factual_triggers(sentence) for sentence in sentences]
    if doc.title is not None and factual[0] is None and doc.title_in_lower_case is not None \
            and doc.title_in_lower_case.parse is not None:
        # a Title Case headline whose verb the parser took for a name ("One Person Shot Outside ...")
        sentences[0] = doc.title_in_lower_case
        factual[0] = factual_triggers(sentences[0])
    # the classifier scores the document's event sentences in one call: one at a time cost a fifth of
    # the pipeline's time
    gated = [sentence.text for sentence, found in zip(sentences, factual) if found is not None]
    scored = iter(classifier.scores(gated)) if classifier is not None and gated else iter(())
    thresholds = classifier.thresholds if classifier is not None else Thresholds()
    frames: list[EventFrame] = []
    for sentence, found in zip(sentences, factual):
        frame = frame_of(sentence, found, next(scored, None), thresholds) if found is not None else None
        if frame is None and frames:
            # the victims' fate told after an arrest ("X was arrested. Three others were also struck by
            # bullets.") continues the violence told before the arrest, not the arrest
            violent = next((f for f in reversed(frames) if f.event_type != "Strategic developments"), frames[-1])
            frame = continuation_frame(sentence, violent)
        if frame is not None:
            frames.append(frame)
    doc.frames = frames
