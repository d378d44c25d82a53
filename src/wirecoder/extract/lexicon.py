"""The words the extraction stages look for, in one place.

Triggers map a lemma to what kind of happening it reports; weapon and setting
cues decide between sub-event types; the modality cues keep threats, plans,
denials, hypotheticals and anniversaries out of the event table.
"""

from __future__ import annotations

import re

#: lemma -> trigger category (verbs, nouns and adjectives that report a happening)
TRIGGERS: dict[str, str] = {
    # harm to people
    "kill": "kill", "murder": "kill", "slay": "kill", "slain": "kill", "execute": "kill", "execution": "kill",
    "massacre": "kill", "assassinate": "kill", "assassination": "kill", "behead": "kill", "lynch": "kill",
    "killing": "kill", "homicide": "kill", "die": "die", "dead": "die", "death": "die", "fatality": "die",
    "shoot": "shoot", "shooting": "shoot", "gunfire": "shoot", "gunshot": "shoot", "stab": "stab", "stabbing": "stab",
    "wound": "injure", "injure": "injure", "hurt": "injure", "injury": "injure", "wounded": "injure", "injured": "injure",
    "torture": "torture", "beat": "beat",
    # fighting
    "clash": "clash", "fight": "clash", "fighting": "clash", "battle": "clash", "gunfight": "clash", "gunbattle": "clash",
    "firefight": "clash", "skirmish": "clash", "ambush": "clash", "shootout": "clash",
    "attack": "attack", "raid": "attack", "assault": "attack", "storm": "attack", "offensive": "attack",
    # explosions and remote violence
    "bomb": "explode", "bombing": "explode", "explode": "explode", "explosion": "explode", "blast": "explode",
    "detonate": "explode", "shell": "shell", "shelling": "shell", "bombard": "shell", "bombardment": "shell",
    "airstrike": "airstrike", "strike": "airstrike", "grenade": "grenade",
    # protest and riot
    "protest": "protest", "demonstrate": "protest", "demonstration": "protest", "rally": "protest", "march": "protest",
    "sit-in": "protest",
    "riot": "riot", "rioting": "riot", "rioter": "riot", "loot": "loot", "looting": "loot", "torch": "loot",
    "vandalize": "loot", "vandalise": "loot", "burn": "loot", "ransack": "loot", "mob": "mob",
    # strategic developments
    "arrest": "arrest", "detain": "arrest", "apprehend": "arrest", "round": "arrest", "detention": "arrest",
    "abduct": "abduct", "kidnap": "abduct", "abduction": "abduct", "kidnapping": "abduct", "disappear": "abduct",
    "rape": "rape",
    "defect": "defect", "defection": "defect", "desert": "defect", "mutiny": "defect",
    "capture": "capture", "seize": "capture", "overrun": "capture", "recapture": "recapture", "retake": "recapture", "retook": "recapture",
    "regain": "recapture", "withdraw": "withdraw", "ceasefire": "agree", "truce": "agree",
    "defuse": "disrupt", "dismantle": "disrupt", "intercept": "disrupt",
    "liberate": "recapture", "surrender": "agree", "molest": "rape", "molestation": "rape",
}

#: categories that are violence against people (their counts matter)
CASUALTY_CATEGORIES = {"kill", "die", "shoot", "stab", "injure", "torture", "beat"}

#: lemmas too common to report a happening unless their sentence has another cue
WEAK_TRIGGERS = {"round", "burn", "strike", "march", "storm", "beat", "desert", "disappear", "withdraw", "fight", "death",
                 "injury", "offensive", "seize", "capture", "regain", "intercept", "dismantle", "rally", "attack"}

#: words in a sentence that decide an explosion's sub-event type (checked in this order)
WEAPON_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("Chemical weapon", re.compile(r"\b(?:chemical (?:weapon|attack|agent|munition)s?|sarin|chlorine|mustard gas|nerve agents?|"
                                 r"(?:toxic|poison\w*) gas(?:es)?|gas attacks?)\b", re.I)),
    ("Suicide bomb", re.compile(r"\bsuicide (?:bomb\w*|attack\w*|car|vest|belt)|\bblew (?:himself|herself|themselves) up\b", re.I)),
    ("Air/drone strike", re.compile(r"\b(?:air ?strikes?|air raids?|air attacks?|drones?|warplanes?|war planes|jets?|fighter (?:jets|planes)|helicopter gunships?|helicopters?|aircraft|barrel bombs?|bombers?|aerial (?:bombardments?|bombings?|attacks?|strikes?))\b", re.I)),
    ("Remote explosive/landmine/IED", re.compile(r"\b(?:ied|improvised explosive|roadside bomb|car bomb|bomb|landmines?|land mines?|(?<!gold )(?<!coal )(?<!copper )(?<!diamond )(?<!tin )(?<!salt )mines?(?! workers)|explosive devices?|booby[- ]trap\w*|explosives?|bomb blast)\b", re.I)),
    ("Grenade", re.compile(r"\bgrenades?\b", re.I)),
    ("Shelling/artillery/missile attack", re.compile(r"\b(?:shell(?:s|ed|ing)?|artillery|mortars?|rockets?|missiles?|tank fire|tanks? fired|tanks? attack\w*|howitzers?|bombard\w*|katyusha)\b", re.I)),
]

#: armed actors: a killing between two of them is a battle, not violence against civilians
ARMED_WORDS = re.compile(
    r"\b(?:soldiers?|troops|army|armed forces|military|security forces|police(?:men)?|officers?|rebels?|insurgents?|"
    r"militants?|fighters?|defectors?|deserters?|gunmen|militia\w*|guerrillas?|jihadists?|forces|guards?|"
    r"taliban|shabaab|boko haram|islamic state|isis|isil|al[- ]qaeda|free syrian army|fsa|paramilitar\w*)\b",
    re.I,
)
PROTEST_INTERVENTION = re.compile(
    r"\b(?:tear ?gas|water cannons?|rubber bullets|baton\w*|dispers\w*|broke up|break up|charged|truncheons?|pepper spray|"
    r"arrest(?:ed|ing|s)?|detain(?:ed|ing|s)?|beat(?:en|ing)?)\b", re.I)
PROTEST_EXCESSIVE = re.compile(
    r"\b(?:live (?:ammunition|rounds|fire|bullets)|opened fire on|fired on|shot (?:dead|at)|killed|killing)\b", re.I)
CROWD = re.compile(r"\b(?:hundreds|thousands|dozens|crowds?|mobs?|protesters|demonstrators|rioters|residents|youths|students|people|villagers|supporters)\b", re.I)
PROTEST_VIOLENT = re.compile(
    r"\b(?:threw (?:stones|rocks|petrol bombs|molotov\w*|bottles)|stone[- ]throw\w*|hurled|torched|set fire|set ablaze|pelted|"
    r"set (?:\w+ )?alight|blocked (?:a |the )?(?:main )?roads? with burning|"
    r"burn(?:ed|t|ing) (?:tyres|tires|cars|vehicles|buildings?|shops?|police)|clashed with|clashes with|rioted|"
    r"vandali[sz]\w*|smashed|looted|ransacked|attacked (?:police|security)|molotov|turn(?:ed|ing) violent|"
    r"(?:violent|aggressive) (?:protests?|demonstrations?|rallies|marches))\b", re.I)

#: an arrest following a protest is an intervention, not a separate Arrests event
TERRITORY_OBJECTS = re.compile(r"\b(?:town|city|village|area|district|base|airport|checkpoint|territory|control|neighbou?rhood|hill|positions?|outpost|post|region|province|crossing|border)\b", re.I)

#: words that mark a statement as not (yet) a happening
MODAL_WORDS = {"will", "would", "could", "might", "may", "should", "must", "shall", "can", "'ll", "wo", "ca"}
NON_FACTUAL_GOVERNORS = {
    "threaten", "plan", "vow", "intend", "prepare", "want", "seek", "try", "attempt", "aim", "hope", "call", "urge",
    "warn", "fear", "deny", "refuse", "reject", "prevent", "avoid", "avert", "stop", "ban", "prohibit", "condemn",
    "demand", "propose", "consider", "expect", "threat", "allege", "rumour", "rumor", "claim", "order",
    "promise", "pledge", "decide", "agree", "would", "need", "ask", "encourage", "announce", "mark",
    "commemorate", "remember", "anniversary", "protest", "against", "discuss",
}
ANNIVERSARY = re.compile(r"\b(?:anniversary|commemorat\w*|memorial|marking (?:one|two|\w+) years?|years? (?:ago|since) (?:the|a)\b)", re.I)
FUTURE_WORDS = re.compile(r"\b(?:tomorrow|next (?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later this (?:week|month|year)|upcoming|planned for|scheduled)\b", re.I)
#: words that make plural shootings a round-up of several incidents ("weekend shootings", "two shootings")
_SEVERAL = (r"(?:separate|unrelated|different|multiple|several|weekend|overnight|holiday|citywide|city|two|three|four|five|six|"
            r"seven|eight|nine|ten|\d+|(?:sun|mon|tues|wednes|thurs|fri|satur)day)")
#: the toll of a whole uprising or war: "killed since the uprising began", "in the year-long uprising",
#: "during the crackdown" (never one incident's, even under a dateline)
CONFLICT_TOLL = (
    r"since the (?:start|beginning|outbreak) of the (?:[\w-]+ )?(?:uprising|revolt|revolution|crackdown|insurgency|conflict|war|unrest)"
    r"|since the (?:uprising|revolt|revolution|crackdown|insurgency|conflict|war|unrest) (?:began|started|erupted|broke out)"
    r"|(?:in|during) the (?:[\w-]+ )?(?:uprising|revolt|revolution|crackdown|insurgency|civil war)"
    r"|(?:in|during) the (?:[\w-]+-long|ongoing|\d+-year|\w+-year-old) (?:war|conflict|fighting)"
)
WHOLE_CONFLICT_TOLL = re.compile(rf"\b(?:{CONFLICT_TOLL})\b", re.I)
CUMULATIVE = re.compile(
    r"\b(?:since (?:the (?:start|beginning|outbreak)|(?:early |late |mid-)?(?:january|february|march|april|may|june|july|"
    r"august|september|october|november|december|\d{4})|the uprising|the revolt|the conflict|the war|the crackdown|protests)"
    r"|so far(?: this year)?|to date|in total|in all\b|altogether|(?:death|casualty) tolls?|\btoll\b|a total of|this year|"
    r"over the (?:past|last) (?:\w+ )?(?:days|weeks|months|years)|during the (?:\w+[- ])*(?:uprising|crackdown|conflict|war|revolt|unrest|insurgency)"
    r"|in the past (?:\w+ )?(?:weeks|months|years)|" + CONFLICT_TOLL +
    # "two children killed in one week", "two teens died in separate incidents": more than one incident
    r"|in (?:just |only )?(?:a|one|two|three|four|five|six|seven|\d+) (?:days|weeks?|months?)|separate (?:[\w-]+ ){0,3}?(?:incidents|shootings|attacks|accidents)"
    # "wounded in shootings", "hurt in weekend shootings", "in two shootings": several incidents (not "in the
    # shootings", one spree; nor "in Stockton shootings", which may be one)
    r"|(?:injured|wounded|killed|shot|hurt|dead)\s+in\s+(?:(?:[\w'-]+\s+){0,2}?" + _SEVERAL + r"\s+(?:[\w'-]+\s+){0,2}?)?"
    r"(?:shootings|stabbings|(?:shooting )?incidents)"
    r"|(?:weekend|holiday|overnight) (?:shootings|violence))\b",
    re.I,
)


_REMOTE = ("Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
           "Remote explosive/landmine/IED", "Grenade")
_HARM = ("Armed clash", "Attack")
#: the sub-event types a trigger category can report: the classifier may choose only among the
#: types a sentence's factual triggers allow ("arrested" can be Arrests or a protest's intervention,
#: never an air strike)
CATEGORY_SUB_EVENT_TYPES: dict[str, tuple[str, ...]] = {
    # harm to people: a change of territory, an explosion, a rape, a protest or a mob needs its own trigger
    # word (or, for an explosion, its weapon named: events.allowed_sub_event_types)
    **{category: _HARM for category in ("kill", "die", "shoot", "stab", "injure", "torture", "beat", "clash", "attack")},
    **{category: (*_REMOTE, "Armed clash", "Attack", "Violent demonstration", "Disrupted weapons use", "Other")
       for category in ("explode", "shell", "airstrike", "grenade")},
    "protest": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
                "Mob violence"),
    "riot": ("Violent demonstration", "Mob violence", "Protest with intervention"),
    "mob": ("Mob violence", "Violent demonstration", "Attack"),
    "loot": ("Looting/property destruction", "Violent demonstration", "Mob violence", "Attack"),
    "arrest": ("Arrests", "Protest with intervention", "Abduction/forced disappearance"),
    "abduct": ("Abduction/forced disappearance", "Arrests", "Attack"),
    "rape": ("Sexual violence", "Attack"),
    "defect": ("Change to group/activity",),
    "capture": ("Non-state actor overtakes territory", "Government regains territory", "Non-violent transfer of territory",
                "Arrests", "Abduction/forced disappearance", "Disrupted weapons use", "Headquarters or base established"),
    "recapture": ("Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"),
    "withdraw": ("Non-violent transfer of territory", "Government regains territory", "Non-state actor overtakes territory",
                 "Change to group/activity", "Agreement"),
    "agree": ("Agreement", "Non-violent transfer of territory", "Change to group/activity"),
    "disrupt": ("Disrupted weapons use", "Remote explosive/landmine/IED", "Air/drone strike", "Arrests"),
    "found": ("Disrupted weapons use", "Arrests"),
    "base": ("Headquarters or base established", "Non-violent transfer of territory"),
    "regroup": ("Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory", "Other"),
    "other": ("Other", "Change to group/activity", "Headquarters or base established", "Non-violent transfer of territory"),
}
