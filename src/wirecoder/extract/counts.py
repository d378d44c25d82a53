"""Counting the people a sentence says were killed, injured, shot or arrested.

Works on the parse: the trigger ("killed", "shot dead", "wounded", "died")
is followed to the people it happened to (the passive subject, the object, the
subject of "died"), and that phrase is counted: its number ("seven", "4,600",
"a dozen"), a singular ("a man", "he") or a coordination, which is a sum
("seven members ..., five army rebels and three civilians" = 15; "he and three
others" = 4). Codebook rules (DOMAIN.md): "killed or wounded" is a mixed
figure, never a death count; vague words count low ("several" = 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from ..document import Document
from ..ingest.datelines import MONTHS
from ..model import Count
from .lexicon import CUMULATIVE
from .quantities import QUANTITY, VAGUE, parse_quantity, words_to_number

Token = Any  # a spaCy Token

NEEDS = ("frames", "parses", "places")
ADDS = ("counts",)

KILL_LEMMAS = {"kill", "murder", "slay", "execute", "massacre", "assassinate", "behead", "lynch", "slain"}
DIE_LEMMAS = {"die", "perish", "succumb"}
INJURE_LEMMAS = {"wound", "injure", "hurt", "wounded", "injured", "hospitalize", "hospitalise", "graze"}
ARREST_LEMMAS = {"arrest", "detain", "apprehend", "nab", "jail", "imprison"}
SHOOT_LEMMAS = {"shoot", "stab"}
#: ways of killing that a report tells with "to death" after them ("beat a suspected thief to death",
#: "hacked three farmers to death"); not "sentenced to death", which kills no one that day
TO_DEATH_LEMMAS = {"beat", "hack", "burn", "stone", "club", "bludgeon", "batter", "kick", "strangle", "choke", "knife", "slash",
                   "cut", "torture", "starve", "crush", "trample", "stomp", "hammer", "whip", "drown", "maul", "stamp"}
HARM_WORDS = KILL_LEMMAS | DIE_LEMMAS | INJURE_LEMMAS | SHOOT_LEMMAS | {"dead", "killed", "injured", "wounded", "shot"}
#: what befalls people in an incident (arrests are told apart)
HARM_KINDS = ("killed", "injured", "shot")
SINGULAR_PRONOUNS = {"he", "she", "him", "her", "his", "himself", "herself", "self", "i", "me"}
SINGULAR_DETERMINERS = {"a", "an", "one", "another", "each", "this", "that"}
ADDITIVE_WORDS = {"another", "other", "others", "more", "further"}
#: "a fourth victim": at least four in all
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
YEAR = re.compile(r"(?:19|20)\d{2}")
MONTH = re.compile(r"(?:" + "|".join(MONTHS) + r")\.?$", re.I)
#: parts of the body a person is hit in ("was hit in the leg")
BODY_PARTS = {"face", "head", "leg", "legs", "arm", "arms", "chest", "back", "neck", "shoulder", "foot", "feet", "hand", "stomach",
              "abdomen", "hip", "thigh", "knee", "ankle", "buttock", "buttocks", "eye", "jaw", "torso", "groin", "wrist", "finger",
              "toe", "side", "calf"}
#: what a harm verb's object may be besides a person: a body part, a thing, an animal
NOT_PEOPLE = BODY_PARTS | {
    "car", "vehicle", "house", "home", "window", "door", "wall", "tire", "tyre", "film", "movie", "video", "scene", "show",
    "lot", "bit", "deal", "sleep", "end", "heat", "silence", "battery", "giveaway", "ringer",  # "a dead sleep"
    "round", "bullet", "shell", "casing", "time",  # "15 rounds were shot": not people
    # "the rifle hit the ground", "pull out a gun and shoot": weapons and what a shot or a fall strikes
    "gun", "handgun", "rifle", "shotgun", "pistol", "revolver", "weapon", "firearm", "ground", "floor", "ceiling", "roof",
    "pole", "tree", "fence", "truck", "bus", "building", "apartment", "windshield", "glass", "target",
    "gunshot", "wound", "injury",  # "the exit wound of the gunshot"
    "hole", "holes",  # "shooting a hole through her hand": the wound, not a second person
    "age", "ages",  # "shot his sons, ages 3 and 4", the ages parsed as the object: not more people
    "heart", "feelings", "pride",  # "it hurt my heart"
    "fetus", "foetus", "dog", "cat", "horse", "animal", "pet", "puppy", "k9", "k-9", "cow", "deer",
    "shooting", "incident",  # "five shootings, four days, three people dead": incidents counted, not people
}
#: places a harm word may stand before ("the dead end street"): no one (but "the mayor of the town" is someone)
PLACE_NOUNS = {"street", "road", "avenue", "lane", "alley", "block", "corner", "area", "neighborhood", "neighbourhood", "city",
               "town", "park", "parking", "yard"}
PEOPLE_NOUNS = re.compile(
    r"^(?:people|persons?|civilians?|men|man|women|woman|child(?:ren)?|kids?|boys?|girls?|teens?|teenagers?|"
    r"soldiers?|troops|police(?:men)?|officers?|rebels?|insurgents?|militants?|fighters?|defectors?|protesters?|"
    r"demonstrators?|members?|victims?|residents?|villagers?|students?|others?|suspects?|gunm[ae]n|individuals?|"
    r"adults?|juveniles?|brothers?|sisters?|relatives?|worshippers?|passengers?|guards?|workers?|journalists?|"
    r"infants?|babies|baby|toddlers?|deputies|deputy|agents?|personnel|bystanders?|passers-by|shoppers?|pedestrians?|"
    r"inmates?|prisoners?|detainees?|wife|wives|husbands?|mothers?|fathers?|sons?|daughters?|girlfriend|boyfriend|friends?|"
    r"moms?|dads?|firefighters?|paramedics?|troopers?|"
    r"cousins?|nephews?|nieces?|grandmother|grandfather|owner|clerk|driver|customers?|neighbou?rs?|student|"
    r"uncles?|aunts?|grand(?:son|daughter|child)s?|step(?:son|daughter|father|mother|brother|sister)s?|fianc[eé]e?|"
    r"roommates?|co-?workers?|classmates?|teammates?|partners?|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|"
    r"\d+-year-olds?|youths?|young|elderly|patrons?|employees?|staff|casualties|dead|wounded|injured|bodies|body)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Statement:
    """One count a sentence gives: `kind` of `count` people, via `trigger`."""

    kind: str  # killed | injured | shot | arrested | killed_or_injured
    count: Count
    trigger: Token
    victims: Token | None
    additive: bool  # "another", "two others": adds to counts told before
    vague: bool
    cumulative: bool  # a toll "since March", "so far": a claim, not this incident's count
    identities: frozenset[str] = frozenset()
    #: the perpetrator's own death ("before turning the gun on himself"): always one more than the victims
    perpetrator: bool = False


def _number_of(token: Token) -> tuple[Count, bool, str | None] | None:
    """The number a number token (and its modifiers) states: (count, vague, qualifier)."""
    if re.match(r"-\d", token.doc.text[token.idx + len(token.text):token.idx + len(token.text) + 2]):
        return None  # "Code Annotated 39-13-202": a reference number, not people
    if token.like_num and _ADDRESS_AFTER.match(token.doc.text, token.idx + len(token.text)):
        return None  # "shots fired at 900 Garden Way": an address
    if token.like_num and _CLOCK_AFTER.match(token.doc.text, token.idx + len(token.text)):
        return None  # "just before 4 o'clock one person was found dead": an hour, not four people
    # the number and what modifies it on its left ("at least", "some", "twenty -"): not "one of four women"
    words = [t for t in token.subtree if t.i <= token.i and (t.i == token.i or t.head.i == token.i or t.head.head.i == token.i)]
    if any(t.tag_ == "$" or t.text in _CURRENCY for t in words) or (token.i > 0 and token.doc[token.i - 1].text in _CURRENCY):
        return None  # "a $1.7 million bond": money, not people
    text = " ".join(t.text for t in words if t.dep_ != "punct" or t.text == "-").replace(" - ", "-").replace(" ,", ",")
    matches = [(match, quantity) for match in QUANTITY.finditer(text) if (quantity := parse_quantity(match)) is not None]
    # an article is no figure beside the number itself: "an additional 53" is 53, not one
    matches.sort(key=lambda found: found[0].group(0).strip().lower() in ("a", "an") and token.text.lower() not in ("a", "an"))
    for match, quantity in matches:
        if token.text.lower() in match.group(0).lower() or token.like_num:
            return Count(best=quantity.value, low=quantity.low, high=quantity.high), quantity.vague, quantity.qualifier
    value = words_to_number(token.text)
    if value is not None:
        return Count.exact(value), False, None
    return None


_CURRENCY = {"$", "US$", "€", "£", "¥"}
_CLOCK_AFTER = re.compile(r"\s*(?:o['’]\s?clock|[ap]\.\s?m\.|[ap]m\b)", re.I)
_ADDRESS_AFTER = re.compile(r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Way|Drive|Dr|Lane|Ln|"
                            r"Boulevard|Blvd|Court|Ct|Place|Pl|Circle|Parkway|Pkwy|Highway|Hwy|Terrace|Trail)\b")


@dataclass(frozen=True, slots=True)
class Counted:
    """What a noun phrase says about how many people."""

    count: Count
    vague: bool = False
    additive: bool = False  # "another man", "two others": more than those told before
    #: who they are, when the phrase says ("age:15", "name:john smith"): the same person told twice is one
    identities: frozenset[str] = frozenset()


_AGE = re.compile(r"\b(\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                  r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
                  r"|nineteen)[- ](?:year|yr)s?[- ]old\b", re.I)


_NAME_AGE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+)* , (\d{1,2}) ,")


#: what hangs on a person's noun and may name other people: clauses ("who was shot by a 4-year-old") and phrases
_OTHER_PEOPLES_PHRASES = {"acl", "relcl", "prep", "agent"}


def _identity(head: Token) -> frozenset[str]:
    """A single victim's identity from the phrase, "age:16;name:william pagan": what is said of
    them (an age, a name), so that the same person told twice is counted once."""
    # (not the people of a clause or phrase hanging on it: "a mother shot by her 4-year-old son", "the son of Tom Lee")
    own = [t for t in head.subtree if not any(a.i != head.i and head in a.ancestors and (
        a.dep_ == "conj" or (a.head.i == head.i and a.dep_ in _OTHER_PEOPLES_PHRASES)) for a in [t, *t.ancestors])]
    text = " ".join(t.text for t in own)
    parts = []
    age = _AGE.search(text.replace(" - ", "-")) or _NAME_AGE.match(text)
    years = words_to_number(age.group(1).replace(" ", "-")) if age else None
    if years is not None:
        parts.append(f"age:{years}")  # "a 3-year-old", "a three-year-old": one age
    # (a title-case headline's "Firefighter Shot" is no name)
    names = [t.lower_ for t in own if t.ent_type_ == "PERSON" and t.tag_ in ("NNP", "NNPS")
             and not PEOPLE_NOUNS.match(t.lower_) and t.lemma_.lower() not in HARM_WORDS and t.lower_ not in HARM_WORDS]
    if names:
        parts.append("name:" + " ".join(names))
    return frozenset({";".join(parts)}) if parts else frozenset()


def count_phrase(head: Token, with_conjuncts: bool = True) -> Counted | None:
    """How many people a noun phrase names, or None when it does not say.

    Coordinated phrases are summed ("a man and a woman" = 2)."""
    lower = head.lower_
    if head.lemma_.lower() in NOT_PEOPLE | PLACE_NOUNS or (not PEOPLE_NOUNS.match(head.text) and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in NOT_PEOPLE for g in c.children) for c in head.children)):
        # "grazed her face", "injuring one of the family dogs": not people hurt (but "the driver of the
        # truck" is a person)
        return None
    if head.tag_ in ("NNP", "NNPS") and not PEOPLE_NOUNS.match(head.text) and any(
            c.like_num and c.dep_ == "nummod" and c.i == head.i + 1 and not _is_age_number(c) for c in head.children):
        return None  # "WMC Action News 5", "Channel 4": a name with its number, no one hurt
    if any(child.lower_ == "unborn" for child in head.children):
        return None  # "her unborn child also died": victim counts (GVA's, ours) count people born
    definite = any(child.lower_ in ("the", "these", "those", "both", "all") for child in head.children)
    # "the other five were taken to a hospital": the rest of a group, more than those just told when
    # they were of another fate (assembly weighs which)
    additive = (not definite or _the_rest(head)) and (any(child.lower_ in ADDITIVE_WORDS for child in head.children if child.dep_ != "conj")
                                 or lower in ("another", "others"))
    result: tuple[Count, bool] | None = None
    if lower in ("family", "group") and head.tag_ == "NN":
        # "a family of five": the number is in the 'of' phrase
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if inner is not None and inner.like_num:
            found = _number_of(inner)
            if found:
                return Counted(found[0], found[1], False, frozenset())
    if lower in ("total", "number", "tally") and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        # "a total of 50 people": the count is in the 'of' phrase
        of = next(c for c in head.children if c.dep_ == "prep" and c.lower_ == "of")
        inner = next((g for g in of.children if g.dep_ == "pobj"), None)
        if inner is not None and (lower != "number" or not any(c.lower_ == "a" for c in head.children)):
            return count_phrase(inner, with_conjuncts)
    if lower == "neither" or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children):
        # "neither the driver nor the passenger was hurt", "neither of them was hit": no one, however many
        # the coordination names
        return Counted(Count.exact(0))
    if lower in ("no", "none", "nobody", "noone") or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        # "no one", "no officers were injured", "no other victims were hurt": no one at all
        result = (Count.exact(0), False)
        additive = False
    elif YEAR.fullmatch(head.text):
        return None  # "the 2001 killings": a year, not a count
    elif any(child.lower_ in ORDINALS for child in head.children if child.dep_ == "amod") and not head.lower_.startswith("grader"):
        # ("an eighth-grader" is one pupil, not eight)
        if definite:
            result = (Count.exact(1), False)  # "the fifth man was pronounced dead": one of those told before
        else:
            # "a fourth victim": four in all, not one more
            ordinal = _ordinal(head) or 1
            result = (Count(best=ordinal, low=ordinal, high=None), False)
        additive = False
    elif _is_age(head) and head.lower_ == "old":
        result = (Count.exact(1), False)  # "a 15-year-old", a headline's bare "Four-year-old"
    elif (head.like_num or head.pos_ == "NUM") and _is_age_number(head):
        result = (Count.exact(1), False)  # "Shawn Johnson, 21, of Lynchburg", "8 yo girl": an age, one person
    elif head.like_num or head.pos_ == "NUM":
        found = _number_of(head)
        if found:
            result = (found[0], found[1])
    elif lower in SINGULAR_PRONOUNS or lower == "another":
        result = (Count.exact(1), False)  # "three were killed and another injured": one more
    elif lower in ("both", "couple", "pair"):
        result = (Count.exact(2), False)
    elif lower == "number" and any(child.lower_ == "a" for child in head.children):
        result = (Count(best=3, low=3, high=None), True)  # "a number were wounded"
    elif lower in VAGUE and head.tag_ == "NNP" and head.text[:1].isupper() and head.i > 0 and any(
            c.dep_ == "compound" and c.tag_ == "NNP" for c in head.children):
        result = (Count.exact(1), False)  # "Dale Few", "Ann Many": a name, not a vague word
    elif lower in VAGUE or lower in ("dozens", "scores", "hundreds", "thousands"):
        value = VAGUE.get(lower, VAGUE.get(lower + " of", 3))
        result = (Count(best=value, low=value, high=None), True)
    else:
        for child in head.children:
            if YEAR.fullmatch(child.text):
                continue
            if child.dep_ == "nummod" or (child.like_num and child.dep_ in ("amod", "quantmod", "compound")):
                if _is_age_number(child):
                    result = (Count.exact(1), False)  # "8 yo girl"
                    break
                found = _number_of(child)
                if found:
                    result = (found[0], found[1])
                    break
            if child.dep_ == "amod" and child.lower_ in ("several", "many", "numerous", "few", "multiple", "various"):
                result = (Count(best=3, low=3, high=None), True)
                break
        if result is None and head.tag_ in ("NNS", "NNPS"):
            # "2 sheriff's deputies": the parser hangs the number on the possessive
            number = next((g for c in head.children if c.dep_ == "poss" and c.tag_ == "NN" for g in c.children
                           if g.dep_ == "nummod" and g.i == c.left_edge.i), None)
            found = _number_of(number) if number is not None else None
            if found:
                result = (found[0], found[1])
        if result is None and head.tag_ not in ("NNS", "NNPS") and not head.lower_.endswith("olds"):
            determiners = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
            if determiners & (SINGULAR_DETERMINERS | {"his", "her", "the", "its", "their", "my", "our"}):
                if head.tag_ in ("NN", "NNP") or _is_age(head):
                    result = (Count.exact(1), False)  # "a man", "the 15-year-old", "his wife"
        # (not "Sunday's shooting": a day)
        if result is None and (head.tag_ == "NNP" and head.ent_type_ not in ("GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME")
                               or _listed_after_a_persons_name(head)  # "Jones, Smith and Brown": "Smith and Brown" read as a firm
                               or head.tag_ == "NNPS" and head.ent_type_ == "PERSON"  # "Keith Flowers was shot"
                               or head.tag_ in ("NNP", "NNPS") and any(_is_age(c) for c in head.children)):
            # a name: one person ("Caudill died"; "16-year-old Ann Lee of Troy", whatever entity the parse made of it)
            result = (Count.exact(1), False)
        if result is None and head.tag_ in ("NN", "NNP") and PEOPLE_NOUNS.match(head.text):
            if not any(child.dep_ == "det" for child in head.children):
                result = (Count.exact(1), False)  # "police said 23-year-old John Smith was shot"
        if result is None and head.dep_ == "conj" and _kin_read_as_adjective(head):
            result = (Count.exact(1), False)  # "his mother, stepfather and grandmother": a person in a list, mis-tagged
        if result is None and (head.tag_ in ("NNS", "NNPS") or head.lower_.endswith("olds")) and PEOPLE_NOUNS.match(head.text):
            if any(c.lower_ == "both" for c in head.children):
                result = (Count.exact(2), False)  # "both men"
            elif any(c.lower_ in ("twin", "twins") for c in head.children):
                result = (Count.exact(2), False)  # "twin brothers": two, not the codebook's several
            elif (ages := _ages_listed(head)) >= 2:
                result = (Count.exact(ages), False)  # "his sons, ages 3 and 4": as many as the ages
            elif definite:
                return None  # "the victims were already dead", "all the victims": people counted before, not a new figure
            else:
                result = (Count(best=3, low=3, high=None), True)  # plural without a number: the codebook's low reading
    identities = _identity(head) if result is not None and result[0].best == 1 else frozenset()
    # "two of the victims": the number is the head, its 'of' phrase only says who
    if with_conjuncts:
        parts = [Counted(result[0], result[1], additive, identities)] if result else []
        # (not "two men who were killed and two officers who were wounded": each with its own clause, its own fate)
        # (nor "Girl, 15, killed and 1 wounded": each with its own participle)
        listed = [c for c in head.children if c.dep_ == "conj" and not (_own_clause(c) and _own_clause(head))
                  and not (_has_own_harm(c) and _has_own_harm(head)) and not (_in_headline(head) and _has_own_deed(c))]
        if result is not None and not result[1]:
            # "seven soldiers, five army defectors and three civilians": a listed group parsed as an apposition
            # (not "Man, woman dead, 2 children injured": those others have their own harm)
            # (not a bare number, "three men, two seventeen years old, one twenty": an age, no more people)
            listed += [c for c in head.children if c.dep_ == "appos" and any(g.dep_ == "nummod" for g in c.children)
                       and not c.like_num
                       and not (_has_own_harm(c) and _has_own_harm(head)) and c.lower_ not in ("age", "aged", "ages")
                       and c.ent_type_ not in ("DATE", "TIME") and not MONTH.match(c.text)]  # ("others injured ..., Nov. 7")
            # "a 3-year-old and two adults were wounded": the first person, an age, parsed as a modifier of the second
            # (not "found the 13-year-old and 6-year-old dead": "dead" misread as their noun, one list already)
            if head.lower_ not in ("dead", "wounded", "injured"):
                listed += [c for c in head.children if c.dep_ == "amod" and c.i < head.i and _is_age(c)
                           and any(g.dep_ == "cc" for g in c.children)]
            # "Ann Lee, 55, Rose Lee, 29, and Tom Lee, 8": names each with an age, a list parsed as appositions;
            # "his son, his daughter": kin of the same person, a list (not "John Smith, her boyfriend")
            listed += [c for c in head.children if c.dep_ == "appos" and c not in listed and (
                (_aged_name(c) and _aged_name(head))
                or (c.tag_ == "NN" and head.tag_ == "NN" and c.lemma_ != head.lemma_ and PEOPLE_NOUNS.match(c.text)
                    and PEOPLE_NOUNS.match(head.text) and _possessor(c) is not None and _possessor(c) == _possessor(head)))]
            if result[0].best == 1:
                listed += [c for c in _people_listed_as_appositions(head) if c not in listed]
            if _in_headline(head) and not any(c.dep_ == "det" for c in head.children):
                # a headline's "Man, woman dead": bare nouns listed as appositions
                listed += [c for c in head.children if c.dep_ == "appos" and c.tag_ in ("NN", "NNP") and PEOPLE_NOUNS.match(c.text)
                           and not any(g.dep_ in ("det", "poss") for g in c.children) and c not in listed
                           and not (_has_own_harm(c) and _has_own_harm(head))  # "girl killed, grandmother injured"
                           # "Man dead, brother questioned" (but "Girl, man killed": the harm told after the list is the list's)
                           and not any(g.dep_ in ("acl", "relcl") and g.lemma_.lower() not in HARM_WORDS for g in c.children)]
                if head.dep_ in ("nsubj", "nsubjpass") and head.i > 0:
                    # "Father, daughter found dead": the first of the list parsed as hanging on the verb
                    listed += [c for c in head.head.children if c.dep_ == "npadvmod" and c.i < head.i and c.tag_ in ("NN", "NNP")
                               and PEOPLE_NOUNS.match(c.text) and head.doc[c.i + 1].text == ","
                               and not any(g.dep_ in ("det", "poss") for g in c.children)]
        breakdown = 0
        for conjunct in listed:
            if conjunct.lower_ in REFLEXIVES and head.dep_ == "appos":
                continue  # "his wife, his mother and himself": the killer, counted apart (the list's head is no victim's)
            if conjunct.pos_ == "NOUN" and _kind(conjunct) is not None:
                continue  # "the murder of a boy and the attempted murder of his mother": another act, its victims its own
            if _in_a_state(conjunct) and not _in_a_state(head):
                continue  # "Three dead and one in critical condition": the one is alive, told by his own state
            if _fate_of_its_own(conjunct, listed, head):
                continue
            counted = count_phrase(conjunct, with_conjuncts=True)
            if counted and _ordinal(conjunct) is not None:
                counted = Counted(Count.exact(1), False, False, counted.identities)  # "..., and a fourth victim": one more in the list
            if counted and not (counted.vague and result and not result[1]):
                # "some 1,100 soldiers and police": one number for the whole coordination
                parts.append(counted)
                breakdown += counted.count.best
        # (set off by a comma: "two men and two women" is four)
        set_off = bool(listed) and listed[0].left_edge.i > 0 and head.doc[listed[0].left_edge.i - 1].text in (",", "—", "–", "-", ":")
        if result is not None and not result[1] and head.tag_ == "NNS" and breakdown == result[0].best and set_off and (
                head.lemma_.lower() in NAMELESS_PEOPLE or (
                    (head.lemma_.lower() == "other" or PEOPLE_NOUNS.match(head.text) and not _SEX_OR_AGE.match(head.text))
                    and all(_SEX_OR_AGE.match(c.text) or _is_age(c) for c in listed))):
            # "four people, three women and one man,": the group and who they were, not eight; so too
            # "three others, two boys and a girl" (but "two soldiers, one rebel and one civilian" are
            # four, and "2 adults, 2 children" a list of two groups)
            parts = parts[:1]
        if result is not None and not result[1] and (head.like_num or head.pos_ == "NUM") and set_off \
                and breakdown == result[0].best and all(c.tag_ in ("NNP", "NNPS") for c in listed):
            # "Two of the victims, Ann Ruiz and Carl Dunn, later died": the two, by name (names
            # the parser joined to the number rather than set beside it)
            parts = parts[:1]
        if result is not None and not result[1] and set_off and head.doc[listed[0].left_edge.i - 1].text == ":":
            # "Three people were hurt: two cousins, a neighbour": what follows a colon tells who the
            # group was (however the parser splits the list), never more people
            parts = parts[:1]
        if len(parts) > 1:
            lows = [p.count.low for p in parts]
            highs = [p.count.high for p in parts]
            return Counted(
                Count(best=sum(p.count.best for p in parts),
                      low=sum(lows) if all(v is not None for v in lows) else None,  # type: ignore[misc]
                      high=sum(highs) if all(v is not None for v in highs) else None),  # type: ignore[misc]
                any(p.vague for p in parts), additive, frozenset().union(*(p.identities for p in parts)),
            )
    if result is None:
        return None
    return Counted(result[0], result[1], additive, identities)


def _people_listed_as_appositions(head: Token) -> list[Token]:
    """'A 44-year-old woman, a 20-year-old man and a 12-year-old girl', 'Ann Ruiz, Tom Dunn and Lee Fox': one
    person, then others set off by commas and closed by "and", which the parser hangs on the first as
    appositions (the last joined to the one before it). Not a person told again ("John Smith, a father of
    two and a veteran": a description opens with its article)."""
    appositions = [c for c in head.children if c.dep_ == "appos" and c.i > head.i and head.doc[c.left_edge.i - 1].text == ","
                   and c.tag_ in ("NN", "NNP") and (c.tag_ == "NNP" or PEOPLE_NOUNS.match(c.text))
                   and not any(g.dep_ == "det" for g in c.children)]
    closed = any(any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children) and any(g.dep_ == "conj" for g in c.children)
                 for c in appositions)
    # ("a 23-year-old man, father and husband": roles of the one man, no one told on his own; but "whose
    # sister, nephew and two cousins were shot": the kin of someone, each another, unless a comma closes them off
    # as an aside: "her husband, father and grandfather, was shot" is one man)
    items = appositions + [g for c in appositions for g in c.children if g.dep_ == "conj"]
    last = max(item.right_edge.i for item in items) if items else head.i
    set_off = last + 1 < len(head.doc) and head.doc[last + 1].text == ","
    kin = _possessor(head) is not None and not set_off
    return appositions if closed and (head.tag_ == "NNP") == all(c.tag_ == "NNP" for c in appositions) \
        and (kin or all(_a_person_told_on_its_own(c) for c in items)) else []


def _a_person_told_on_its_own(noun: Token) -> bool:
    """'22-year-old man', 'a 16-year-old girl', 'Tom Dunn': a person of a list with his own age, name or
    article, not a bare role or kin word that tells more of the one before ("father", "husband")."""
    if noun.tag_ == "NNP":
        return True
    aged = any(_is_age(c) for c in noun.children) or _is_age(noun)
    counted = any(c.dep_ in ("det", "nummod") for c in noun.children) and bool(PEOPLE_NOUNS.match(noun.text))
    return aged or counted


def _listed_after_a_persons_name(token: Token) -> bool:
    """A name in a list that opens with a person's name ("Jones, Smith and Brown", "Ann Walker, 18, and Tavon
    Bolden, 20"): a person, whatever place or firm the parser took it for."""
    if token.tag_ != "NNP" or token.dep_ != "conj" or token.ent_type_ in ("DATE", "TIME") or token.text.isupper():
        return False  # (not "in Marksville, LA": a state's code the parser joined to the name)
    if not any(c.dep_ == "cc" for c in (*token.children, *token.head.children)):
        return False  # a list says "and" ("Smith and Brown")
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.i != token.i and first.tag_ == "NNP" and first.ent_type_ in ("PERSON", "")


def _has_own_deed(noun: Token) -> bool:
    """'boy recovering', 'brother questioned': a headline's person with a participle of their own that
    tells no harm, so not among those a harm of the line befell."""
    return any(c.dep_ == "acl" and c.lemma_.lower() not in HARM_WORDS and c.lower_ not in HARM_WORDS for c in noun.children)


def _ages_listed(noun: Token) -> int:
    """How many ages a plural set off with "ages" lists ("his sons, ages 3 and 4": two), else 0."""
    ages = next((c for c in noun.children if c.dep_ == "appos" and c.lower_ in ("ages", "aged")), None)
    if ages is None:
        return 0
    return sum(1 for t in ages.subtree if t.i != ages.i and t.like_num and t.text.isdigit())


def _in_a_state(noun: Token) -> bool:
    """'one in critical condition', 'two others in critical', '2 others in hospital': a phrase that
    tells its own people's state, so that they are not among the dead or hurt of the phrase it is
    listed with."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        if any(g.lower_ in CONDITION_WORDS or g.lemma_.lower() == "hospital"
               or (g.lemma_.lower() == "condition" and any(w.lower_ in CONDITION_WORDS for w in g.children))
               for g in prep.children):
            return True
    return False


def _aged_name(token: Token) -> bool:
    """'Ann Lee, 55': a name with an age set off after it."""
    return token.tag_ == "NNP" and any(c.dep_ == "appos" and c.like_num and _is_age_number(c) for c in token.children)


def _possessor(token: Token) -> str | None:
    """'his' of "his son": whose kin a noun names."""
    return next((c.lower_ for c in token.children if c.dep_ == "poss"), None)


#: words that tell who people were by sex or age only, as a breakdown of a group told before them
_SEX_OR_AGE = re.compile(r"^(?:m[ae]n|wom[ae]n|boys?|girls?|males?|females?|adults?|child(?:ren)?|kids?|teens?|teenagers?|"
                         r"juveniles?|minors?|infants?|bab(?:y|ies)|toddlers?|youths?)$", re.I)


def _the_rest(head: Token) -> bool:
    """'the other five', 'the other two victims': the rest of a group (not "the other dead man", one of
    those told)."""
    children = list(head.children)
    return any(c.lower_ == "the" for c in children) and any(c.lower_ == "other" for c in children) and (
        head.like_num or any(c.dep_ == "nummod" for c in children))


def _is_age_number(token: Token) -> bool:
    """A number that is someone's age: after a name and a comma, or before "yo"/"years old"."""
    doc = token.doc
    before = doc[token.i - 2:token.i] if token.i >= 2 else None
    if before is not None and before[1].text == "," and before[0].tag_ == "NNP" and before[0].ent_type_ == "PERSON" and (
            token.text.isdigit() or token.i + 1 >= len(doc) or not doc[token.i + 1].pos_ in ("NOUN", "ADJ")):
        return True  # "Shawn Johnson, 21, of Lynchburg" (not "Kyle Lee, two adult women and a girl")
    if (before is not None and before[1].text == "," and PEOPLE_NOUNS.match(before[0].lower_) and before[0].tag_ not in ("NNS", "NNPS")
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ","):
        return True  # "Boy, 3, wounded in accidental shooting": an age
    if before is not None and before[1].text.rstrip(".") in ("Jr", "Sr", "II", "III", "IV"):
        return True  # "Larry Watkins Jr. 26,": an age after a name's suffix
    if token.i >= 1 and doc[token.i - 1].lower_ in ("age", "aged", "ages"):
        return True  # "Michael Ballour, age 41"
    if token.text.isdigit():
        # "three men, aged 21, 22 and 24", "ages 21, 32, and 49": each number of a list of ages
        start = token.i - 1
        while start >= 0 and (doc[start].text in (",", "and", "&", "-") or doc[start].text.isdigit()):
            start -= 1
        if start >= 0 and start < token.i - 1 and doc[start].lower_ in ("age", "aged", "ages"):
            return True
        # "two men, one 17 and the other 21": a number after "one", or after "the other" that follows it
        after_one = token.i >= 1 and doc[token.i - 1].lower_ == "one"
        after_the_other = token.i >= 2 and doc[token.i - 1].lower_ == "other" and any(
            t.lower_ == "one" and doc[t.i + 1].text.isdigit() for t in doc[max(0, token.i - 8):token.i - 2])
        if (after_one or after_the_other) and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            return True
    if re.fullmatch(r"\d{1,3}-?(?:yo|y/o)", token.text, re.I):
        return True
    return bool(_AGE_AFTER.match(doc.text, token.idx + len(token.text)))


#: "8 yo", "20 y/o", "6-yo", "15 years old", "2 yr old" after a number: an age
#: (the dots of "y.o." are optional: "a 17 y.o killed ..." is a person's age, not 17 people; the word
#: boundary stands after the letters, as none follows a closing dot)
_AGE_AFTER = re.compile(r"\s*-?\s*(?:(?:yo|y/o|y\.o)\b\.?|(?:(?:years?|yrs?)[ -]old|years? of age)\b)", re.I)


def _is_age(token: Token) -> bool:
    """'old' in "a 15-year-old": the phrase names one person by age."""
    return token.lower_ in ("old", "olds") and any(c.lower_ in ("year", "month", "years", "months") for c in token.children)


#: a headline's length in tokens at most ("Ex-firefighter killed 6-year-old boy, wife, himself" is 17)
HEADLINE_TOKENS = 20


def _in_headline(token: Token) -> bool:
    """A parse of a headline: short, no final full stop (an ellipsis is a headline cut short, "Boy critical after ...")."""
    doc = token.doc
    text = doc.text.rstrip()
    return len(doc) <= HEADLINE_TOKENS and (not text.endswith((".", '."', ".”'")) or text.endswith(("...", "…")))


_AGE_AFTER_NUMBER = re.compile(r"[- ](?:year|month|week)s?[- ]old", re.I)


def is_headline_shot(token: Token) -> bool:
    """A headline's "shot" tagged as a noun that is its verb ("Juvenile shot in arm in Duquesne",
    "Teenager Shot In Duquesne"): the head of the line, with a place phrase or nothing after it,
    and no article before it ("a shot at the title")."""
    said = token.dep_ == "ccomp" and token.head.lemma_.lower() == "say"  # "16-year-old shot outside club, police say"
    if token.lower_ != "shot" or token.tag_.startswith("VB") or not (token.dep_ == "ROOT" or said) or not _in_headline(token):
        return False
    if any(t.like_num and not _AGE_AFTER_NUMBER.match(t.doc.text, t.idx + len(t.text)) for t in token.doc[:token.i]):
        return False  # "9 shot, 1 fatally", "Two Juveniles Shot": the headline's figures are read as such (not "15-Year-Old")
    children = list(token.children)
    return not any(c.dep_ == "det" for c in children) and (
        any(c.dep_ == "prep" for c in children) or token.i + 1 == len(token.doc))


#: verbs whose subject comes upon the hurt ("deputies found ... with a gunshot wound"): never the hurt themselves
FINDING_LEMMAS = {"find", "discover", "locate"}
_NOT_BEARERS = re.compile(r"^(?:hospital|center|centre|room|home|house|scene|car|vehicle|station|er)$", re.I)


def _bearer(with_word: Token) -> Token | None:
    """Who is 'with' the wounds: the person the phrase hangs on, else the verb's object or subject."""
    head = with_word.head
    if head.pos_ in ("NOUN", "PROPN", "PRON") and not _NOT_BEARERS.match(head.text):
        return head
    own_subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if head.pos_ == "ADJ" and own_subject is not None:
        return own_subject  # "officers found the victim dead with a gunshot wound": the victim, not the officers
    if head.lower_ == "old" and _is_age(head):
        return head  # "found the 15-year-old with gunshot wounds": the age stands for the person
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if head.lemma_.lower() in FINDING_LEMMAS and not _is_passive(head):
        return _object(head)  # "officers found a man with a gunshot wound": whom they found, never the finders
    return _object(head) or _subject(head)


def _fate_of_its_own(conjunct: Token, listed: list[Token], head: Token) -> bool:
    """'two dead men and a boy unharmed', 'a man and a woman dead, as well as two injured students': a
    person of a list told unhurt, or told with a harm of his own after another of the list was told with
    one, is not among those the list's harm befell (each harm counts its own people)."""
    if any(_UNHURT.fullmatch(c.text) for c in conjunct.children):
        return True
    if not _has_own_harm(conjunct):
        return False
    before = [head] + [c for c in listed if c.i < conjunct.i]
    return any(_has_own_harm(other) for other in before)


def _own_clause(noun: Token) -> bool:
    """'two officers who received injuries': a phrase that tells what befell it in its own relative clause."""
    return any(c.dep_ == "relcl" and _kind(c) in HARM_KINDS for c in noun.children)


def _has_own_harm(noun: Token) -> bool:
    return any(g.dep_ in ("acl", "amod") and g.lemma_.lower() in HARM_WORDS for g in noun.children)


def _whole_list(victims: Token, trigger: Token) -> Token:
    """'one man and two children dead', 'Wallkill man, two children dead': a harm told after the
    last of a list is the whole list's, unless the first has its own ('Man, woman dead, 2 children injured')."""
    head = victims
    # (the first may be an age standing for the person: "3-year-old and four adults shot")
    while head.dep_ in ("conj", "appos") and head.head.i != head.i and (head.head.pos_ in ("NOUN", "PROPN", "NUM") and (
            PEOPLE_NOUNS.match(head.head.text) or head.head.like_num or any(c.dep_ == "nummod" for c in head.head.children))
            or head.dep_ == "conj" and _is_age(head.head)):
        head = head.head
    if head.i == victims.i or trigger.i < victims.i or _has_own_harm(head) or head.head.lemma_.lower() in HARM_WORDS:
        return victims  # "5 shot, 1 killed": the first has its own harm
    return head


#: verbs of saying: their subject is a source, not someone a harm befell
SPEECH_LEMMAS = {"say", "tell", "report", "state", "add", "confirm"}


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head  # "a girl and her mother who were shot": the girl and her mother
            return child
    for auxiliary in (c for c in verb.children if c.dep_ in ("aux", "auxpass")):
        for child in auxiliary.children:  # a parse that hangs the subject on "were"
            if child.dep_ in ("nsubjpass", "nsubj"):
                return child
    reported = next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.head.i), None) \
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in SPEECH_LEMMAS and verb.head.i != verb.i else None
    if reported is not None:
        # "two men suffered wounds, police said, and were taken to a hospital": the verb joins the
        # saying, but its subject is the reported clause's (the men), never the speaker's (police)
        return _subject(reported)
    if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        return _subject(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.i != verb.i:
        return _subject(verb.head)  # "Man shot, killed in Bluffton": a participle shares the subject
    if verb.dep_ in ("ccomp", "oprd") and verb.head.lemma_ in ("find", "discover", "leave") and (
            verb.tag_ == "VBN" or _in_headline(verb)):
        return _subject(verb.head)  # "a family was found fatally shot", "Wounded teen found outside a bar dies"
    return None


def _object(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return child
    return None


def _is_passive(verb: Token) -> bool:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "conj", "oprd", "advcl", "xcomp", "ccomp", "relcl", "ROOT"):
        if verb.dep_ == "conj":
            return _is_passive(verb.head)
        return not any(child.dep_ in ("nsubj", "dobj") for child in verb.children)
    return False


def _victims(trigger: Token) -> Token | None:
    """The phrase naming who a trigger happened to."""
    lemma = trigger.lemma_.lower()
    headline_shot = is_headline_shot(trigger)
    if _in_headline(trigger) and (trigger.tag_.startswith("VB") or lemma in ("dead", "wounded", "injured", "hurt") or headline_shot):
        # a Title Case headline's "Teen Injured In Hunting Accident": the person parsed as a modifier
        modifier = next((c for c in trigger.children if c.dep_ == "compound" and c.i < trigger.i and PEOPLE_NOUNS.match(c.text)), None)
        if modifier is not None:
            return modifier
    if headline_shot:  # "Juvenile shot ...", "16-year-old shot ...": whoever the line puts before it
        return _subject(trigger) or next((c for c in trigger.children if c.dep_ == "nummod" or (
            c.i < trigger.i and c.dep_ in ("amod", "compound", "npadvmod") and (_is_age(c) or PEOPLE_NOUNS.match(c.text)))), None)
    if _still_in_hospital(trigger):
        return _subject(trigger.head.head)
    if lemma == "hospital":
        return trigger.head.head  # a headline's "man and woman dead, child in hospital"
    if lemma == "condition":
        # "X is in critical condition" / "X remains in ... condition" / "listed in ... condition"
        verb = trigger.head.head if trigger.head.dep_ == "prep" else trigger.head
        if (verb.pos_ in ("NOUN", "PROPN") and PEOPLE_NOUNS.match(verb.text) or _is_age(verb)) and _in_headline(trigger):
            return verb  # a headline's "Child in critical condition after shooting", "Killeen 2-year-old in critical condition"
        if (verb.lemma_.lower() == "leave" or verb.lemma_.lower() in TRANSPORT_LEMMAS) and _object(verb) is not None:
            # "a shooting leaves one boy in critical condition", "medics took the boy to a hospital in
            # critical condition": the one in that condition, not who took him
            return _object(verb)
        return _subject(verb) if verb.i != trigger.i else None
    if lemma == "fight":
        return _subject(trigger)  # "another is fighting for her life"
    if lemma in ("suffer", "sustain", "receive", "recover") or _had_a_wound(trigger) or _came_to_hospital(trigger):
        return _subject(trigger)
    if lemma == "send":
        return _object(trigger)
    if lemma in ("claim", "take") and _claimed_life(trigger) is not None:
        return _claimed_life(trigger)
    if trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB"):
        if lemma in DIE_LEMMAS or _passed_away(trigger) or lemma == "survive":
            return _subject(trigger)
        if lemma == "shoot" and not _is_passive(trigger) and any(
                c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and (PEOPLE_NOUNS.match(g.text) or g.tag_ == "PRP")
                                                              for g in c.children) for c in trigger.children):
            return None  # "a gunman shot at a dozen people": fired at them; who was hit is told elsewhere
        left_hurt = _left_hurt(trigger)
        if left_hurt is not None:
            return left_hurt
        if trigger.dep_ in ("xcomp", "oprd") and trigger.head.lemma_.lower() in ("find", "leave") and trigger.tag_ == "VBN":
            # "a boy found fatally shot in a garage", "police found him shot": whom they found
            finder = trigger.head
            found_person = _object(finder) or (finder.head if finder.dep_ == "acl" else None) or _subject(finder)
            if found_person is not None:
                return found_person
        if _is_passive(trigger):
            if trigger.dep_ == "acl":  # "five people killed in the attack"
                return _whole_list(trigger.head, trigger)
            subject = _subject(trigger) or _killed_after_a_deed(trigger)
            if subject is None and _in_headline(trigger):
                # "7 Hurt in Galt after Drive-by Shooting", "Four-year-old wounded in ...": a headline's
                # number or age hangs on the verb
                subject = next((c for c in trigger.children if c.dep_ == "nummod" or (c.dep_ in ("amod", "npadvmod") and _is_age(c))), None)
            return subject
        found = _object(trigger)
        if found is None and not _is_passive(trigger):
            # a headline's "Man kills 2-year-old before shooting himself": the age parsed as the verb's complement
            found = next((c for c in trigger.children if c.dep_ in ("acomp", "oprd") and _is_age(c)), None)
        if found is None and lemma in ("wound", "injure") and trigger.tag_ in ("VBN", "VBD") and not any(
                c.dep_ in ("aux", "auxpass") for c in trigger.children):
            # "a shooting that left a girl dead and her friend injured": a participle with its patient as
            # subject and no "was" (these verbs always take an object when the subject did the harm)
            # (the phrase right before the participle: "two men wanted ... a trooper injured" is the trooper)
            patient = next((c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "NUM")
                            and all(t.pos_ == "ADV" for t in trigger.doc[c.right_edge.i + 1:trigger.i])), None)
            if patient is not None:
                return patient
        if found is not None and found.lower_ in ("himself", "herself", "themselves") and lemma in TRANSPORT_LEMMAS:
            return _subject(trigger)  # "a fourth victim drove herself to a hospital", "two men drove themselves": the victims
        if found is None and trigger.tag_ == "VBD" and _in_headline(trigger) and lemma in KILL_LEMMAS | SHOOT_LEMMAS | INJURE_LEMMAS \
                and trigger.dep_ != "relcl":  # ("Man who shot and killed his son": who did it)
            subject = _subject(trigger)  # headline style drops "was": "6-year-old shot and killed"
            if subject is not None:
                return subject
        if found is None and trigger.tag_ == "VBN" and trigger.dep_ == "conj":
            # "three people are dead and another hospitalized": the one more hurt parsed as the participle's determiner
            another = next((c for c in trigger.children if c.dep_ == "det" and c.lower_ == "another"), None)
            if another is not None:
                return another
        if found is None and trigger.dep_ == "conj" and trigger.head.lemma_.lower() not in TRANSPORT_LEMMAS:
            # "shot and killed a man": the object may hang on either verb (but "sending two people to the
            # hospital and killing a teen": those sent to hospital are not the one killed)
            found = _object(trigger.head)
        if found is None:
            # "shot and wounded a man"; not "fired first and saved himself and two deputies": the object of a
            # joined verb is whom the harm befell only when that verb is a harm too
            found = next((_object(c) for c in trigger.children if c.dep_ == "conj" and _object(c) is not None
                          and c.lemma_.lower() in HARM_WORDS), None)
        if found is not None:
            return found
        if trigger.dep_ == "acl":
            return trigger.head
        if trigger.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
            return _subject(trigger)  # "we have 10 defectors killed": a participle with its patient as subject
        return None
    if lemma in ("dead", "wounded", "injured", "hurt", "deceased"):  # ("found a deceased man")
        if lemma == "deceased" and trigger.dep_ == "amod" and (trigger.head.head.lemma_.lower() not in ("find", "locate", "discover")
                                                               or any(c.dep_ == "conj" for c in trigger.head.children)):
            # "her deceased husband": someone who died before; "one deceased male and a second male
            # suffering a wound": the word is the first one's alone
            return None
        if trigger.dep_ in ("acomp", "oprd"):
            head = trigger.head
            if head.lemma_ in ("leave",):
                # "left five dead": the number may hang on the adjective when the verb is a relative clause's
                return _object(head) or next((c for c in trigger.children if c.dep_ == "nummod"), None)
            if trigger.dep_ == "oprd" and head.lemma_.lower() in ("pronounce", "declare", "find") and _object(head) is not None:
                return _object(head)  # "medics pronounced him dead": whom they pronounced dead, not the medics
            return _subject(head)
        if trigger.dep_ == "advmod" and trigger.head.lemma_.lower() in ("pronounce", "declare") and _object(trigger.head) is not None:
            return _object(trigger.head)  # the same, "dead" parsed as an adverb
        if trigger.dep_ == "amod":
            own_number = next((c for c in trigger.children if c.dep_ == "nsubj" and c.like_num), None)
            if own_number is not None:
                return own_number  # a headline's "5 shot, 2 dead": the dead have their own number
            return _whole_list(trigger.head, trigger)
        if trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN"):
            return trigger.head  # "found a 16-year-old girl dead in the basement"
        own_subject = next((c for c in trigger.children if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and lemma == "deceased")), None)
        if own_subject is not None:
            return own_subject  # "4 people shot, 3 dead", "the driver was deceased"
        if trigger.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "ROOT", "appos"):
            # "five dead", "two wounded": the adjective stands for the people
            for child in trigger.children:
                if child.dep_ == "nummod" or child.like_num:
                    return child
            return trigger
        return None
    if lemma in ("death", "killing", "murder", "fatality", "casualty", "injury", "shooting", "wound"):
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
            if child.dep_ == "nummod" and lemma != "wound":
                return trigger
        if lemma in ("injury", "wound") and trigger.dep_ == "pobj" and trigger.head.lower_ == "with":
            return _bearer(trigger.head)  # "found a man with a gunshot wound", "walked into a hospital with gunshot wounds"
        if lemma in ("shooting", "death") or (lemma in ("injury", "wound") and trigger.dep_ in ("nsubj", "nsubjpass")):
            # "the child's shooting", "Wright's injuries": the person it happened to
            return next((c for c in trigger.children if c.dep_ == "poss" and (c.tag_ != "PRP$" or c.lower_ in ("his", "her"))), None)
    return None


_TIME_PREPOSITIONS = {"before", "after", "while", "upon"}


def _killed_after_a_deed(participle: Token) -> Token | None:
    """'opened fire on his parents before being fatally shot by police': a killing told by a passive gerund with no
    subject of its own befell the subject of the clause it follows, someone other than those that clause harms."""
    preposition = participle.head
    if participle.dep_ != "pcomp" or preposition.dep_ != "prep" or preposition.lower_ not in _TIME_PREPOSITIONS \
            or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in participle.children) or _kind(participle) != "killed":
        return None
    return _subject(preposition.head)


def _left_hurt(participle: Token) -> Token | None:
    """'the shot left the boy seriously injured', 'found the woman wounded': the person a participle
    follows as the object of "left" or "found", however the parse hangs the participle (on the noun,
    on "left", or on the verb before it), when it has no subject, object or auxiliary of its own."""
    if participle.tag_ not in ("VBN", "VBD") or participle.dep_ not in ("advcl", "conj", "acl", "xcomp", "oprd", "ccomp") \
            or participle.lemma_.lower() not in INJURE_LEMMAS | SHOOT_LEMMAS or any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in participle.children):
        return None
    before = participle.i - 1
    while before >= 0 and participle.doc[before].pos_ == "ADV":
        before -= 1  # "left the boy seriously injured"
    if before < 0:
        return None
    person = participle.doc[before]
    last = person
    while person.dep_ != "dobj" and person.head.i != person.i and (
            (person.head.i > person.i and person.head.pos_ in ("NOUN", "PROPN")) or person.dep_ == "conj"):
        person = person.head  # (the last of a list, "left a boy and two women wounded", leads to its first, the object)
    if person.dep_ != "dobj" or person.right_edge.i != before or person.head.lemma_.lower() not in ("leave", "find"):
        return None
    if last.dep_ == "conj" and any(c.lower_ in HARM_WORDS for c in person.children if c.i < last.i):
        return last  # "left a man dead and other people injured": the first has his own fate; the hurt are the last
    return person


_SURVIVABLE = re.compile(r"\b(?:minor|superficial|stable|non\W*life\W*threatening|not (?:believed to be |considered )?life\W*threatening|"
                         r"expected to (?:survive|recover)|will survive|treated and released)\b", re.I)


#: words that tell that hurt people will live: told of again, they are not the dead ("the deputy is in stable
#: condition", "the boy is recovering and expected to be OK")
_WILL_LIVE = re.compile(r"\b(?:minor|superficial|stable|non\W*life\W*threatening|"
                        r"not (?:believed to be |considered )?life\W*threatening|"
                        r"expected to (?:survive|recover|live|be (?:ok|okay|fine|all right))|will survive|treated and released|"
                        r"recovering|released from (?:the |a )?hospital)\b", re.I)


def _not_saved(verb: Token) -> bool:
    """'was rushed to a hospital but did not survive', 'doctors were unable to save her': died."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in ("survive", "save"):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma == "survive":
        return negated and _object(verb) is None  # (not "did not survive the crash": a crash's toll)
    # "doctors were unable to save the boy", "were not able to save her" (not "saved his life": he lived)
    able = verb.head if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("able", "unable") else None
    unable = able is not None and (able.lower_ == "unable" or any(c.dep_ == "neg" for c in [*able.children, *able.head.children]))
    person = _object(verb)
    return (negated or unable) and person is not None and (
        person.lower_ in ("him", "her") or PEOPLE_NOUNS.match(person.text) is not None)


def _passed_away(verb: Token) -> bool:
    """'he passed away': died."""
    return verb.lemma_.lower() == "pass" and verb.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "away" for c in verb.children)


def _still_in_hospital(noun: Token) -> bool:
    """'her father remains in the hospital', 'the boy is still in the hospital': someone hurt, alive
    (not "she works in the hospital", "he died in the hospital")."""
    if noun.lemma_.lower() != "hospital" or noun.dep_ != "pobj" or noun.head.lower_ != "in" or noun.head.dep_ != "prep":
        return False
    verb = noun.head.head
    subject = _subject(verb)
    # (not "two were wounded, one remains in the hospital": a share of those told)
    return verb.lemma_.lower() in ("remain", "stay", "be") and verb.pos_ in ("VERB", "AUX") and verb.dep_ != "relcl" \
        and subject is not None and subject.lower_ != "one" and not subject.like_num \
        and (PEOPLE_NOUNS.match(subject.text) is not None or subject.tag_ in ("PRP", "NNP"))


def _claimed_life(verb: Token) -> Token | None:
    """Whom 'claimed' took: 'claimed the life of a teen' (the teen), 'claimed two lives' (two),
    'Claims Youth'; None when a claim is a statement ("police claimed the man fired first")."""
    subject = _subject(verb)
    if subject is None or subject.lemma_.lower() not in ("shooting", "violence", "gunfire", "attack", "bullet", "blast", "crash", "fire",
                                                          "accident", "incident", "gunshot", "discharge", "gun", "firearm"):
        return None
    target = _object(verb)
    if target is None:
        return None
    if target.lemma_.lower() == "life":
        of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        person = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        owner = next((c for c in target.children if c.dep_ == "poss"), None)
        return person or owner or (target if any(c.dep_ == "nummod" for c in target.children) else None)
    return target if PEOPLE_NOUNS.match(target.text) else None


def _called_fatal(noun: Token) -> bool:
    """'the fatal shooting', 'a deadly stabbing'; not 'a non-fatal shooting'."""
    return any(c.lower_ in ("fatal", "deadly") for c in noun.children) and not any(
        c.lower_ in ("non", "non-", "not") for c in noun.children)


def _kind(trigger: Token) -> str | None:
    lemma = trigger.lemma_.lower()
    text = trigger.lower_
    children = {c.lower_ for c in trigger.children}
    if lemma in TO_DEATH_LEMMAS and trigger.tag_.startswith("VB") and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in trigger.children):
        return "killed"  # "residents beat a suspected kidnapper to death"
    if text == "dead" and trigger.dep_ in ("acomp", "oprd", "xcomp", "advmod") and trigger.head.tag_.startswith("VB") \
            and trigger.head.lemma_.lower() in SHOOT_LEMMAS | KILL_LEMMAS and not _is_passive(trigger.head) \
            and _object(trigger.head) is not None:
        return None  # "gunmen shot dead a councillor": the one shot dead is the verb's object, counted with the verb
    if text == "dead" and trigger.i + 1 < len(trigger.doc) and trigger.doc[trigger.i + 1].lower_ in ("end", "-end", "ends"):
        return None  # "a dead end street": a street, no one dead
    if lemma in KILL_LEMMAS or lemma in DIE_LEMMAS or text in ("dead", "killed", "slain", "deceased") or lemma in ("death", "killing", "fatality") \
            or _passed_away(trigger) or _not_saved(trigger):
        if lemma in ("death",) and trigger.pos_ == "NOUN" and not any(c.dep_ == "nummod" or c.lower_ == "of" for c in trigger.children):
            return None
        return "killed"
    if trigger.pos_ == "NOUN" and lemma == "shooting" and any(
            (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "poss" for c in trigger.children):
        # "the shooting of a 3-year-old girl", "the child's shooting"; "the fatal shooting of" is a death
        return "killed" if _called_fatal(trigger) else "shot"
    if trigger.pos_ == "NOUN" and lemma in ("injury", "wound") and trigger.dep_ == "pobj" and trigger.head.lower_ == "with":
        if re.search(r"\b(?:fatal|mortal)\b", trigger.doc[trigger.left_edge.i:trigger.i].text, re.I):
            return "killed"
        return "shot"  # "found a man with a gunshot wound": hit, his fate told elsewhere
    if trigger.pos_ == "NOUN" and lemma in ("injury", "wound") and trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "poss" for c in trigger.children):
        if _SURVIVABLE.search(trigger.doc.text):
            return "injured"  # "Wright's injuries are not life threatening"
        return "shot"  # "the child's injuries were from one gunshot": hurt, fate told elsewhere
    if lemma in INJURE_LEMMAS or text in ("wounded", "injured", "hurt") or _wound_as_a_verb(trigger):
        if ("fatally" in children or "mortally" in children) and not _not_fatally(trigger):
            return "killed"
        if trigger.dep_ == "amod" and any(c.lower_ == "the" for c in trigger.head.children) and not _SURVIVABLE.search(trigger.doc.text):
            return "shot"  # "deputies found the injured teen": the victim told of again, fate told elsewhere
        if lemma in ("hospitalize", "hospitalise") and re.search(r"\b(?:psychiatric|mental|evaluation|observation)\b", trigger.doc.text, re.I):
            return None  # "hospitalized for psychiatric evaluation": not hurt
        return "injured"
    if (lemma in SHOOT_LEMMAS and trigger.tag_.startswith("VB")) or is_headline_shot(trigger):
        fate = any(c.lower_ == "fatally" and not _not_fatally(trigger) or (c.lower_ == "dead" and not any(g.dep_ in ("nsubj", "nummod") or g.like_num for g in c.children))
                   for c in trigger.children)
        if fate or "death" in {c.lower_ for c in trigger.subtree if c.head.i == trigger.i or c.head.head.i == trigger.i}:
            return "killed"
        if _DEATH_AFTER.match(trigger.doc.text, trigger.idx + len(trigger.text)):
            return "killed"  # "shot to death", "shot dead", however the parse hangs them
        if _survived(trigger):
            return "injured"  # "his wife was shot but survived": hurt, and alive
        return "shot"
    if _still_in_hospital(trigger):
        # "her father remains in the hospital": hurt, alive when the report was written ("is in the
        # hospital": hurt, whose fate a later sentence may tell)
        return "injured" if trigger.head.head.lemma_.lower() in ("remain", "stay") else "shot"
    if lemma == "hospital" and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and _in_headline(trigger) \
            and trigger.head.head.pos_ in ("NOUN", "PROPN") and PEOPLE_NOUNS.match(trigger.head.head.text):
        return "injured"  # a headline's "child in hospital"
    if lemma in ("claim", "take") and trigger.tag_.startswith("VB") and _claimed_life(trigger) is not None:
        return "killed"  # "the shooting claimed the life of a teen", a headline's "Shooting Claims Youth"
    if lemma in ARREST_LEMMAS or (lemma == "take" and "custody" in {t.lower_ for t in trigger.subtree}):
        return "arrested"
    if lemma == "recover" and trigger.pos_ == "VERB" and not _is_passive(trigger) and _object(trigger) is None \
            and not _recovered_by_the_police(trigger):
        return "injured"  # "a teen is recovering after ..." (not "the weapon was recovered")
    if _survived_the_harm(trigger):
        return "injured"  # "her brother survived", "is expected to survive": hit, and alive
    if lemma == "condition" and any(c.lower_ in CONDITION_WORDS for c in trigger.children):
        return "injured"  # "is in critical condition"
    if lemma == "fight" and trigger.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.lemma_.lower() == "life" for g in c.children) for c in trigger.children):
        return "injured"  # "is fighting for her life"
    if (lemma in ("suffer", "sustain", "receive") or _had_a_wound(trigger)) and any(
            c.dep_ == "dobj" and c.lemma_ in ("wound", "injury", "injuries") for c in trigger.children):
        # ("received life-threatening injuries" as much as "suffered" them)
        wound = next(c for c in trigger.children if c.dep_ == "dobj" and c.lemma_ in ("wound", "injury", "injuries"))
        described = trigger.doc[wound.left_edge.i:wound.i + 1].text.lower()
        if re.search(r"\b(?:fatal|mortal|deadly)\b", described) and not re.search(r"\bnon\W*(?:fatal|mortal|deadly)", described):
            return "killed"  # "suffered a fatal gunshot wound"
        minor = _SURVIVABLE.search(trigger.doc[wound.left_edge.i:wound.i + 1].text)
        return "injured" if minor else "shot"
    if lemma in TRANSPORT_LEMMAS and _to_hospital(trigger):
        if _SURVIVABLE.search(trigger.doc.text):
            return "injured"  # "taken to a hospital with non-life-threatening injuries": hurt, and will live
        return "shot"  # taken to hospital: hurt, fate not yet told
    if lemma in ("hit", "strike", "graze") and trigger.tag_.startswith("VB") and (HIT_CONTEXT.search(trigger.doc.text) or _hit_in_the_body(trigger)):
        if any(c.lower_ in ("fatally", "mortally") for c in trigger.children):
            return "killed"  # "a deputy was fatally struck by a bullet"
        return "injured" if _survived(trigger) else "shot"
    if lemma == "treat" and any(c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children):
        return "injured"
    if lemma == "treat" and trigger.tag_.startswith("VB") and _to_hospital(trigger, ("at", "in")):
        return "shot"  # "is being treated at a hospital": hurt, fate not yet told
    if _came_to_hospital(trigger):
        return "shot"  # "two other victims arrived at the hospital in private cars": hurt, fate not yet told
    return None


def _shot_dead(verb: Token) -> bool:
    """'was fatally shot', 'was shot and killed': a death told by the shot that caused it."""
    return verb.lemma_.lower() in SHOOT_LEMMAS or (verb.dep_ == "conj" and verb.head.lemma_.lower() in SHOOT_LEMMAS)


def _not_fatally(verb: Token) -> bool:
    """'was also shot in the hand, but was not fatally wounded': the negation of the adverb denies the death, not the
    wound."""
    return any(c.lower_ in ("fatally", "mortally") and (any(g.dep_ == "neg" for g in c.children)
                                                         or (c.i > 0 and c.doc[c.i - 1].lower_ in ("not", "n't")))
               for c in verb.children)


def _wound_as_a_verb(token: Token) -> bool:
    """'to kill one person and wound five others': the base form, which the tagger lemmatises as "wind"
    (not the past "the road wound", but a verb joined to a base form is one too, however it is tagged)."""
    return token.lower_ == "wound" and token.pos_ == "VERB" and (
        token.tag_ in ("VB", "VBP") or (token.dep_ == "conj" and token.head.tag_ == "VB"))


#: verbs of people who reach a hospital by themselves: "walked into", "arrived at", "went to", "showed up at"
SELF_ARRIVAL_LEMMAS = {"arrive", "walk", "go", "show", "come"}
#: the police and their like, by the nouns reports call them
_LAW_OFFICERS = re.compile(
    r"police(?:men)?|officers?|deputies|deputy|detectives?|investigators?|troopers?|agents?|authorities|cops?", re.I)
#: people who go to a hospital to see or guard the hurt, not as patients
_VISITORS = re.compile(r"^(?:" + _LAW_OFFICERS.pattern + r"|paramedics?|"
                       r"firefighters?|personnel|staff|relatives?|family|families|friends?|parents?|mothers?|fathers?|moms?|dads?|"
                       r"wife|wives|husbands?|brothers?|sisters?|sons?|daughters?|uncles?|aunts?|cousins?|nephews?|nieces?|"
                       r"grand(?:mother|father|parent)s?|members?|reporters?|journalists?|witness(?:es)?)$", re.I)


def _recovered_by_the_police(verb: Token) -> bool:
    """'police also recovered a Glock they believed was used': what the police recover is evidence, not their
    health (the parser may leave the thing found without its verb)."""
    finder = _subject(verb)
    # (not "two officers are recovering from their wounds", "the deputy will recover": their own health)
    found = verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lemma_ == "do" for c in verb.children)
    return finder is not None and _LAW_OFFICERS.fullmatch(finder.text) is not None and found \
        and not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


def _came_to_hospital(verb: Token) -> bool:
    """'two other victims arrived at the hospital', 'three others went to a hospital for treatment': in a
    report of violence, people who came to a hospital by themselves were hurt. Not the police, kin or
    reporters who went there to see them ("detectives went to the hospital", "his mother rushed to ...")."""
    if verb.lemma_.lower() not in SELF_ARRIVAL_LEMMAS or verb.pos_ != "VERB" or _object(verb) is not None:
        return False
    if not _to_hospital(verb, ("to", "into", "at")) or _with_a_wound(verb):
        return False  # ("arrived at a hospital with gunshot wounds": the wounds tell them, and how they add)
    if any(c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.subtree):
        return False  # went there for something: "went to the hospital to give statements", "to look for relatives"
    comer = _subject(verb)
    return comer is not None and not _kin_of_someone(comer) and not _VISITORS.match(comer.text) \
        and (comer.like_num or comer.lower_ in ADDITIVE_WORDS or _is_age(comer)
             or (comer.pos_ == "NOUN" and PEOPLE_NOUNS.match(comer.text) is not None))


def _with_a_wound(verb: Token) -> bool:
    """'walked into a hospital with a gunshot wound': a "with" in the verb's phrase names a wound or an injury
    (however the parse hangs it: on the verb, on "up", on the hospital)."""
    return any(t.lower_ == "with" and any(g.lemma_.lower() in ("wound", "injury") for g in t.children) for t in verb.subtree)


def _had_a_wound(verb: Token) -> bool:
    """'one passenger had a gunshot wound', 'he had gunshot wounds to the head': a wound one has is
    one suffered (a wound of a gun or a knife, not "had an injury" from a fall long ago)."""
    return verb.lemma_.lower() == "have" and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("wound", "wounds")
        and any(g.lower_ in ("gunshot", "bullet", "stab", "gun", "shotgun") for g in c.children) for c in verb.children)


def _hit_in_the_body(verb: Token) -> bool:
    """'A second victim was hit in the leg': someone struck in a part of the body is hurt, whatever the
    sentence says struck them (not "the car was hit in the side": the subject must be a person)."""
    subject = _subject(verb)
    return _is_passive(verb) and subject is not None and (PEOPLE_NOUNS.match(subject.text) is not None or subject.tag_ in ("PRP", "NNP")) \
        and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in BODY_PARTS for g in c.children)
                for c in verb.children)


#: what one survives in a shooting's report: the harm itself, not an illness or a crash told beside it
_HARMS_SURVIVED = {"shooting", "shootings", "wound", "wounds", "injury", "injuries", "gunshot", "gunshots", "shot", "shots",
                   "stabbing", "bullet", "bullets"}  # (not "the ambush", "the attack": many live through one unhit)
#: survivors the report says were not hit ("survived unharmed", "escaped without a scratch")
_UNHURT = re.compile(r"\b(?:unharmed|unhurt|uninjured|unscathed|without (?:an? )?(?:injury|injuries|scratch|wound))\b", re.I)


def _survived_the_harm(verb: Token) -> bool:
    """'Her brother survived', 'the 16-year-old who survived the shooting', 'is expected to survive': in a
    report of a shooting, a person who survived it was hit and lived. Not "is survived by his wife" (his
    family), "survived cancer", "survived by hiding" (not hit), nor "did not survive" (died)."""
    if verb.lemma_.lower() != "survive" or verb.pos_ != "VERB" or _is_passive(verb) or any(c.dep_ == "neg" for c in verb.children):
        return False
    harm = _object(verb)
    if harm is not None and harm.lower_ not in _HARMS_SURVIVED:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in verb.children) or _UNHURT.search(verb.doc.text):
        return False
    survivor = _subject(verb)
    return survivor is not None and (PEOPLE_NOUNS.match(survivor.text) is not None or survivor.tag_ in ("PRP", "NNP")
                                     or _is_age(survivor) or survivor.like_num) and survivor.lower_ not in ("i", "we", "you", "it")


def _survived(verb: Token) -> bool:
    """'was shot but survived', 'was hit in the leg and survived': the same person's next verb says they lived."""
    return any(c.dep_ == "conj" and c.lemma_.lower() == "survive" and not any(g.dep_ == "neg" for g in c.children)
               for c in verb.children)


_DEATH_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:to death|dead)\b", re.I)
CONDITION_WORDS = {"critical", "serious", "stable", "fair", "grave", "life-threatening", "guarded", "good"}
TRANSPORT_LEMMAS = {"take", "rush", "transport", "airlift", "fly", "send", "carry", "drive", "admit", "hospitalize", "hospitalise", "bring"}
HIT_CONTEXT = re.compile(r"\b(?:shot|shots|gunshots?|gunfire|bullets?|fired?|shooting|gunman|gun|shotguns?|pellets?|birdshot|buckshot)\b", re.I)


def _to_hospital(verb: Token, prepositions: tuple[str, ...] = ("to", "into")) -> bool:
    if verb.lemma_ in ("hospitalize", "hospitalise") or (verb.lemma_ == "admit" and any(c.dep_ == "auxpass" for c in verb.children)):
        return True  # "was admitted" (not "the boy who admitted the gun went off")
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            place = " ".join(t.lower_ for t in child.subtree)
            if re.search(r"hospital|medical center|medical centre|trauma|emergency room|\ber\b", place):
                return True
    return False


def clause_of(trigger: Token) -> list[Token]:
    """The tokens of the clause a trigger belongs to, without the clauses hanging off it.

    "Five were killed on Friday, bringing the death toll to 40": the toll is
    another clause; "So far we have 10 defectors killed": "so far" is this one."""
    head = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and trigger.head.i != trigger.i:
        head = trigger.head  # "fought a gun battle ... on Tuesday": the verb carries the day
    while head.head.i != head.i and (
        head.dep_ in ("conj", "xcomp", "acl", "oprd", "acomp", "amod", "pobj", "prep")
        or (head.dep_ == "ccomp" and head.head.lemma_ in ("have", "be", "get", "leave", "report"))
    ):
        head = head.head
    path = {t.i for t in trigger.ancestors} | {trigger.i}
    tokens = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        for child in token.children:
            since = child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "since" for g in child.children)
            if child.i not in path and not since and (
                child.dep_ in ("advcl", "relcl", "ccomp", "parataxis")
                or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
            ):
                continue  # another clause; but "since the uprising began" says how long this one counts
            stack.append(child)
    return sorted(tokens, key=lambda t: t.i)


_IN_A_MONTH = re.compile(r"\b(?:in|during|through|throughout) (?:the month of )?(?:"
                         + "|".join(m.title() for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))  # the full names
                         + r")\b(?! \d)")
#: the words of a total, which may sum up one incident ("a total of 12 people were shot in the fight") or many
TOTAL_ONLY = re.compile(r"(?:a total of|in total|in all|altogether|overall)", re.I)
_ONE_INCIDENT = re.compile(r"\b(?:the|this|that|a|an|Sunday's|Saturday's|Friday's|Monday's|Tuesday's|Wednesday's|Thursday's) "
                           r"(?:[\w-]+ )?(?:shooting|attack|blast|explosion|bombing|incident|rampage|massacre|ambush|crash|fight|gunfight|shootout|"
                           r"brawl|melee|altercation|standoff|robbery|home invasion|party)\b", re.I)
_ONE_DAY = re.compile(r"\b(?:(?:early|late|on|last) (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|last night|this morning)\b")
_OPENS_WITH_TOTAL = re.compile(r"\W*(?:so far|to date|in all|in total|altogether|overall)\b", re.I)


#: a span of hours, or a whole city, that a count of people shot sums over: a round-up of a city's shootings
#: ("twelve people were shot in about ten hours", "20 people shot over a span of 80 hours", "shot across
#: the city", "killed in shootings throughout the day", "wounded since Friday evening": days that run
#: from a past day up to the report, all of whose shootings the count holds)
#: several incidents told as one run ("a string of separate, apparently unrelated shootings", "a series of
#: shootings", "a rash of homicides"): the count is theirs together, no one incident's
_STRING_OF_INCIDENTS = re.compile(r"\b(?:series|string|spate|rash|wave) of (?:[\w-]+ ,? ?){0,3}?(?:shootings|incidents|attacks|homicides|killings)\b"
                                  r"|\bseparate ,? ?(?:[\w-]+ ,? ?){0,3}?(?:shootings|incidents)\b", re.I)
_ROUND_UP_SPAN = re.compile(
    r"\b(?:since (?:last |early |late )?(?:weekend|(?:sun|mon|tues|wednes|thurs|fri|satur)day)"
    r"|(?:in|over) (?:less than |under |about |just |roughly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[- ]hours?\b|(?:over |in )(?:a|the) (?:span|period|stretch) of"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?- ?hour (?:span|period|stretch)"
    r"|across (?:the|a) city|citywide|throughout the (?:city|day|night|weekend))\b",
    re.I)


def _cumulative(trigger: Token, victims: Token | None) -> bool:
    """A count that totals many incidents: 'since March', 'so far', 'the toll'."""
    clause = " ".join(t.text for t in clause_of(trigger))
    marker = (CUMULATIVE.search(clause) or _OPENS_WITH_TOTAL.match(trigger.doc.text) or _ROUND_UP_SPAN.search(clause)
              or _STRING_OF_INCIDENTS.search(clause))
    if marker:
        if not TOTAL_ONLY.fullmatch(marker.group(0).strip()):
            return True
        # "a total of 50 people were killed in the shooting", "a total of three people were killed at
        # the property early Saturday": the total of one incident, not a toll
        return not _total_of_one_incident(trigger)
    if victims is not None:
        phrase = trigger.doc[victims.left_edge.i:victims.right_edge.i + 1].text.lower()
        if "toll" in phrase or ("total" in phrase and not _total_of_one_incident(trigger)):
            return True
    if trigger.tag_ == "NNS" and trigger.lower_ in _INCIDENT_NOUNS and any(
            c.dep_ == "nummod" and c.lower_ not in MULTIPLES for c in trigger.children):
        return True  # "eight murders this week", "two killings within the last week": incidents counted
    cause = _subject(trigger) if trigger.lemma_.lower() in ("claim", "take") else None
    if cause is not None and cause.tag_ == "NNS" and cause.lower_ in _INCIDENT_NOUNS and any(
            c.dep_ == "nummod" and c.lower_ not in MULTIPLES for c in cause.children):
        return True  # "three shootings that took the lives of five people": several incidents' toll
    return False


def _total_of_one_incident(trigger: Token) -> bool:
    """'a total of 50 people were killed in the shooting', 'a total of three people were killed at the
    property early Saturday': the total of one incident (not 'over the weekend', 'across the city')."""
    if _ONE_INCIDENT.search(trigger.doc.text):
        return True
    sentence = trigger.doc.text
    if CUMULATIVE.search(TOTAL_ONLY.sub("", sentence)) or _MANY_PLACES_OR_DAYS.search(sentence) or _SEVERAL_INCIDENTS.search(sentence):
        return False
    # "In total, two were killed, the gunman among them, and six more were wounded": a total
    # that names no span of days, places or incidents sums up the one incident told (but "a total of
    # 30 people have been killed": a toll still growing)
    return not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)


_SEVERAL_INCIDENTS = re.compile(r"\b(?:shootings|attacks|incidents|homicides|murders|killings|slayings|stabbings|bombings|"
                                r"explosions|clashes|raids|strikes|cities|towns|neighbou?rhoods|counties|states)\b", re.I)
_MANY_PLACES_OR_DAYS = re.compile(r"\b(?:weekend|week|month|year|across|citywide|separate|different|several|various)\b", re.I)
_INCIDENT_NOUNS = {"murders", "killings", "homicides", "shootings", "slayings"}


def _mixed(trigger: Token) -> bool:
    """'killed or wounded': a figure that does not say how many died."""
    lemma = trigger.lemma_.lower()
    related = [trigger, *[c for c in trigger.children if c.dep_ == "conj"]]
    if trigger.dep_ == "conj":
        related.append(trigger.head)
    lemmas = {t.lemma_.lower() for t in related} | {t.lower_ for t in related}
    has_or = any(c.dep_ == "cc" and c.lower_ in ("or", "and/or") for t in related for c in t.children)
    harms_death = bool(lemmas & (KILL_LEMMAS | DIE_LEMMAS | {"killed", "dead"}))
    harms_injury = bool(lemmas & (INJURE_LEMMAS | {"wounded", "injured"}))
    return has_or and harms_death and harms_injury and lemma in KILL_LEMMAS | INJURE_LEMMAS | DIE_LEMMAS | {"dead", "wounded", "injured"}


def statements(parse: Any) -> list[Statement]:
    """Every count of people the sentence states (worked out once per parse, then kept on it)."""
    cached = parse.user_data.get("wirecoder.statements")
    if cached is None:
        cached = parse.user_data["wirecoder.statements"] = _statements(parse)
    return cached


#: what is done to the people a crime is laid on ("two men charged after ...")
ACCUSED_LEMMAS = {"charge", "accuse", "indict", "sentence", "convict", "arraign", "jail", "suspect"}


def _the_accused(victims: Token) -> bool:
    """'Two men charged after ...': people told by what the law did to them, the accused (not "the man,
    charged with robbery in 2010, was shot", an aside on someone the harm befell, nor "a man charged with
    robbery was shot", the subject of a passive, nor "a mob killed a man accused of blasphemy", the
    object the harm was done to)."""
    return victims.dep_ not in ("nsubjpass", "dobj", "pobj", "dative") and any(c.dep_ == "acl" and c.i == victims.i + 1 and c.lemma_.lower() in ACCUSED_LEMMAS for c in victims.children)


def _object_with_another_fate(verb: Token, victims: Token, kind: str) -> bool:
    """'Officer killed, 2 deputies hurt': the verb's object has a participle of its own telling
    another fate ("hurt"), so it is not the object of the verb."""
    return victims.dep_ == "dobj" and victims.head.i == verb.i and any(
        c.dep_ == "acl" and (own := _kind(c)) in HARM_KINDS and own != kind for c in victims.children)


def _attempted(token: Any) -> bool:
    """'charged with the attempted murder of his wife': she lived."""
    return any(child.dep_ in ("amod", "compound") and child.lower_ in ("attempted", "attempt") for child in token.children)


#: the adverbs that tell a shot as a mishap (one place for the parse's and the text's readings)
_MISHAP_ADVERBS = ("accidentally", "unintentionally", "inadvertently", "mistakenly")


def _by_mishap(verb: Token) -> bool:
    """'he accidentally shot another teen': a shot by mishap, as a rule the one of the incident."""
    return any(c.dep_ == "advmod" and c.lower_ in _MISHAP_ADVERBS for c in verb.children)


def _statements(parse: Any) -> list[Statement]:
    found: list[Statement] = []
    seen: set[tuple[int, str]] = set()
    for token in parse:
        kind = _kind(token)
        if kind is None or not _happened(token) or (kind == "killed" and _attempted(token)):
            continue
        victims = _victims(token)
        if victims is None and token.dep_ == "conj" and token.head.lemma_.lower() not in TRANSPORT_LEMMAS:
            # (not "sending two people to the hospital and killing a teen": those sent are not the one killed)
            victims = _victims(token.head) if _kind(token.head) else None
        if victims is not None and victims.lower_ in ("they", "them"):
            # "The man and the girl were rushed to a hospital where they later died": the people named before
            victims = next((t for t in parse if t.i < victims.i and t.dep_ in ("nsubj", "nsubjpass", "dobj")
                            and t.pos_ in ("NOUN", "PROPN", "NUM") and (c := count_phrase(t)) is not None and not c.vague), None)
        if victims is not None and _object_with_another_fate(token, victims, kind):
            # a headline's "Officer killed, 2 deputies hurt": the parser made the hurt the killer's object;
            # the one killed is the subject
            subject = _subject(token)
            victims = subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") and PEOPLE_NOUNS.match(subject.text) else None
        if victims is not None and kind in HARM_KINDS and token.lemma_.lower() in KILL_LEMMAS | SHOOT_LEMMAS | INJURE_LEMMAS \
                and _the_accused(victims):
            continue  # a headline's "Two men charged after girl shot, killed": the men are the accused, not the dead
        if victims is None:
            continue
        if kind == "injured" and token.lemma_.lower() == "hurt" and (victims.lower_ in ("i", "we", "you") or victims.tag_ == "PRP" and token.tag_ in ("VBZ", "VBP")):
            continue  # "I'm hurt", "one of our students is hurt": feelings and generalities, not casualties
        if kind == "injured" and token.lemma_.lower() == "hurt" and _hurt_in_feelings(token):
            continue  # "the community is hurting", "my boys are hurt by this": grief, not wounds
        if kind in ("injured", "shot") and token.lemma_.lower() not in SHOOT_LEMMAS and _hurt_otherwise(token):
            # "was hurt when she fell": not hit by the gunfire
            # (but "shot himself while fleeing" is a gunshot, whatever he was doing)
            continue
        counted = count_phrase(victims)
        if counted is None and (_surname_read_as_organisation(victims) or _surname_read_as_a_place(victims, token)):
            counted = Counted(Count.exact(1), identities=_identity(victims))  # "Velazquez suffered a minor hand injury"
        if counted is None:
            continue
        if kind == "killed" and _ordinal(victims) is not None and _shot_dead(token):
            # "a third man was shot in the head and killed": the ordinal counts the people hit; one of them died,
            # one more than the dead told before ("two men were shot dead ... a third man was also shot and killed")
            counted = replace(counted, count=Count.exact(1), additive=True)
        count, vague, additive = counted.count, counted.vague, counted.additive
        # (the subject of "two others walked into a hospital" is who came, not a shooter)
        shooter = _subject(token) if additive and token.tag_.startswith("VB") and not _is_passive(token) \
            and not _came_to_hospital(token) else None
        if shooter is not None and victims.lower_ not in ("another", "others") and (
                shooter.lemma_.lower() == victims.lemma_.lower() or _by_mishap(token)):
            # "one teen shot another teen", "he accidentally shot another boy": another than the shooter, not one
            # more victim
            additive = False
        verbs = [token, token.head] if token.dep_ == "conj" else [token]  # "was also struck but suffered injuries"
        # "Gino Nicolas, 24, was also killed", "a toddler was also struck": more than those told before
        # (a name "also shot" is mostly one of those counted, named now: often the suspect; "a fourth
        # victim was also hurt" is four in all, the ordinal says so)
        # (several names the verb itself says were "also wounded" are more people, not the suspect named now)
        if kind != "arrested" and victims.lower_ not in SINGULAR_PRONOUNS and (
                kind == "killed" or victims.pos_ != "PROPN" or (count.best > 1 and victims.head.i == token.i)) \
                and _ordinal(victims) is None and any(
                c.dep_ == "advmod" and c.lower_ == "also" for verb in verbs for c in verb.children):
            additive = True
        if _mixed(token):
            kind = "killed_or_injured"
        for more in _objects_joined_to_the_verb(token, victims) + _companions(token, victims) + _names_listed_as_subjects(victims) \
                + _people_listed_after_an_aside(victims):
            # (with the people joined to it: "... his mother, stepfather and grandmother" hangs the last on the second)
            extra = count_phrase(more)
            if extra is not None and (more.i, kind) not in seen:
                seen.add((more.i, kind))
                found.append(Statement(kind, extra.count, token, more, extra.additive, extra.vague, False, extra.identities))
        if (victims.i, kind) in seen:
            continue
        seen.add((victims.i, kind))
        # "the shooting of a 17-year-old" names the victim the report tells of elsewhere; it does not tell them apart
        # (but "a 15-year-old was taken to hospital in critical condition" tells of that person, as a verb would)
        identities = frozenset() if token.pos_ == "NOUN" and token.lemma_.lower() not in _STATE_NOUNS else counted.identities
        # "45 people were killed in July": a month's toll (one victim "killed in July" is an incident's)
        monthly = count.best >= 3 and bool(_IN_A_MONTH.search(" ".join(t.text for t in clause_of(token))))
        found.append(Statement(kind, count, token, victims, additive, vague, monthly or _cumulative(token, victims), identities))
    if len(parse) and _in_headline(parse[0]):
        # a headline's "Three People Dead", "Killing 1 Officer, Wounding 2": title case the parser misreads
        told = {s.kind for s in found}
        toll = bool(CUMULATIVE.search(parse.text))  # "6 Dead, 28 Wounded In Weekend Shootings"
        found.extend(Statement(kind, count, parse[0], None, False, False, toll)
                     for kind, count in _headline_tolls(parse.text) if kind not in told)
        if "killed" not in {s.kind for s in found} and (_ONE_DIES.search(parse.text) or _ONE_SHOT_DEAD.search(parse.text)) and not toll:
            # "Juvenile Dies After ...", "Boy Dies After Being Shot": a Title Case verb read as a name
            found.append(Statement("killed", Count.exact(1), parse[0], None, False, False, False))
        if not {s.kind for s in found} & {"killed", "injured", "shot"} and not toll:
            # "Boy stable after accidental shooting", "Girl, 15, is killed by masked gunmen", "3-year-old kills
            # herself": one person the headline names with a fate the parser misses in its short line
            found.extend(Statement(kind, Count.exact(1), parse[0], None, False, False, False)
                         for kind, pattern in _ONE_PERSON_IN_A_HEADLINE if pattern.search(parse.text))
    listed = _listed_tolls(parse.text)
    if listed:
        # "1 killed, 3 injured": a headline's list, which the parser reads badly
        found = [s for s in found if s.kind not in {kind for kind, _ in listed}]
        # (a round-up's list, "one of three killed and 27 wounded over an eight-hour stretch", is a toll too)
        round_up = CUMULATIVE.search(parse.text) or _ROUND_UP_SPAN.search(parse.text) or _STRING_OF_INCIDENTS.search(parse.text)
        found.extend(Statement(kind, count, parse[0], None, False, False, bool(round_up)) for kind, count in listed)
    # "10 people were killed and 13 injured in separate shootings": a toll marks its whole coordination
    tolls = {s.trigger.i for s in found if s.cumulative}
    found = [replace(s, cumulative=True)
             if not s.cumulative and (s.trigger.head.i in tolls or any(c.i in tolls for c in s.trigger.children if c.dep_ == "conj"))
             else s for s in found]
    # a person told both hurt and dead ("a toddler who was injured ... has died") died
    dead = {s.victims.i for s in found if s.kind == "killed" and s.victims is not None}
    found = [s for s in found if not (s.kind in ("injured", "shot") and s.victims is not None and s.victims.i in dead)]
    found = _without_the_share_that_died(found)
    found = _named_then_died(found)
    found = _one_person_told_hurt_then_dead(found)
    found = [s for s in found if not (_named_as(s.victims) and any(o is not s and o.victims is not None and not _named_as(o.victims)
                                                                     for o in found))]
    found.extend(_fatally_shares(parse, found))
    if _SUICIDE_AFTER.search(parse.text):
        # "killed his wife before shooting himself": the killer died too, not one more wounded
        found = [s for s in found if not (s.kind in ("shot", "injured") and s.victims is not None and s.victims.lower_ in ("himself", "herself"))]
    found.extend(_suicides(parse, found))
    murder_suicide = MURDER_SUICIDE.search(parse.text)
    if murder_suicide and not re.search(r"\battempted\s+$", parse.text[max(0, murder_suicide.start() - 12):murder_suicide.start()], re.I) \
            and any(s.perpetrator for s in found) and not any(
            s.kind == "killed" and not s.perpetrator for s in found):
        # "shoots 8-year-old boy, then himself in murder-suicide": those he shot were murdered
        found = [replace(s, kind="killed") if s.kind == "shot" and s.victims is not None
                 and s.victims.lower_ not in ("himself", "herself") else s for s in found]
    if any(s.perpetrator for s in found):
        # "killed his wife and himself", "kills infant, self": the killer listed among those he killed
        # is the perpetrator counted apart, not one more of his victims
        found = [_without_the_killer_listed(s) for s in found]
        found = [s for s in found if s.count.best > 0 or s.kind != "killed" or s.perpetrator]
    found.extend(_multiples(parse, found))
    found.extend(_named_victims(parse, found))
    found.extend(_murders_charged(parse, found))
    return found


REFLEXIVES = {"himself", "herself", "self"}


def _without_the_killer_listed(statement: Statement) -> Statement:
    """A killed statement less the killer its list names ("his two sons and himself": two)."""
    if statement.kind != "killed" or statement.perpetrator or statement.victims is None or statement.victims.lower_ in REFLEXIVES:
        return statement
    # (the joined words a list sums: "wife and himself"; an apposition "son, himself" was not counted)
    listed = [t for t in statement.victims.subtree if t.lower_ in REFLEXIVES and t.dep_ == "conj"
              and all(a.dep_ == "conj" for a in t.ancestors if a.i != statement.victims.i and statement.victims in a.ancestors)]
    if not listed:
        return statement
    best = max(0, statement.count.best - len(listed))
    return replace(statement, count=Count(best=best, low=best if statement.count.low is not None else None,
                                          high=max(0, statement.count.high - len(listed)) if statement.count.high is not None else None))


_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
#: a number that is an age ("kills 12-year-old"), not a count
_NOT_AN_AGE = r"(?![- ](?:year|yr|month)s?[- ]old)"
_NOT_A_CONJUNCTION = r"(?!(?:and|or|but)\b)"
_LISTED = re.compile(
    # (a word may say who: "one man dead and nine injured", "two teens dead, 19 people hurt")
    # (not "a gunman killed one person and wounded five": a clause of its own)
    rf"\b(?P<dead>{_NUMBER_WORD})(?P<age1>-year-old)?\s+(?:{_NOT_A_CONJUNCTION}[a-z-]+\s+)?(?:killed|dead|die[sd]?)\b[,;]?\s*(?:and\s+|&\s+)?"
    rf"(?P<hurt>{_NUMBER_WORD})\s+(?:{_NOT_A_CONJUNCTION}[a-z-]+\s+){{0,2}}(?:injured|wounded|hurt)\b"
    rf"|\bkill(?:s|ed)\s+(?P<dead2>{_NUMBER_WORD})(?P<age>-year-old)?\b[^,;.]{{0,20}}?,?\s*(?:and\s+)?(?:injur\w*|wound\w*|hurt(?:s|ing)?)\s+(?P<hurt2>{_NUMBER_WORD})\b",
    re.I,
)


#: nouns that say how a person is, not name a harm the report tells elsewhere
_STATE_NOUNS = {"condition"}
_WHENEVER = re.compile(r"\b(?:any ?time|whenever|every time|each time)\b", re.I)
_ILLNESS = re.compile(r"^(?:cancer|illness|disease|causes|overdose|stroke|leukemia|covid(?:-19)?|pneumonia|diabetes)$", re.I)


#: "the two were shot, along with another woman": people harmed beside those the verb names
_BESIDE = {"along", "together"}


def _companions(trigger: Token, victims: Token) -> list[Token]:
    """The people an 'along with' or 'together with' phrase adds to a harm's victims, whether the
    parse hangs the phrase on the verb or on the victims (people only: not "along with his car")."""
    withs = []
    for head in (trigger, victims):
        for child in head.children:
            if child.lower_ in _BESIDE:
                withs += [g for g in child.children if g.lower_ == "with"]
            elif child.lower_ == "with" and child.i > 0 and child.doc[child.i - 1].lower_ in _BESIDE:
                withs.append(child)
    return [g for w in withs for g in w.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN", "NUM")
            and (PEOPLE_NOUNS.match(g.text) or g.pos_ == "PROPN" or g.like_num or any(c.dep_ == "nummod" for c in g.children))]


def _objects_joined_to_the_verb(trigger: Token, victims: Token) -> list[Token]:
    """'shot three people in the legs and another person in the abdomen': a second object the parser
    joined to the verb rather than to the first object (people only: not "and fled the scene")."""
    if trigger.pos_ == "NOUN" and victims.dep_ == "pobj" and victims.head.lower_ == "of" and victims.head.head.i == trigger.i:
        # "the fatal shooting of a woman and two of her children": the second joined to the noun
        return [c for c in trigger.children if c.dep_ == "conj" and c.i > victims.i and _people_of_a_number(c)]
    if victims.dep_ not in ("dobj", "obj") or victims.head.i != trigger.i:
        return []
    return [c for c in trigger.children if c.dep_ == "conj" and c.i > victims.i and (c.pos_ in ("NOUN", "PROPN") or _kin_read_as_adjective(c))
            and PEOPLE_NOUNS.match(c.text)]


def _names_listed_as_subjects(victims: Token) -> list[Token]:
    """'Duncan, Greer and Lindsay were pronounced dead': the rest of a list of names the parser made a second
    subject of the verb, beside the first name, rather than joined to it."""
    if victims.dep_ not in ("nsubj", "nsubjpass") or victims.tag_ != "NNP":
        return []
    doc = victims.doc
    # (the second subject ends the list with "and": not "Ann Lutes, 15, Minot died", her town after her age)
    return [c for c in victims.head.children if c.dep_ == victims.dep_ and c.i > victims.i and c.tag_ == "NNP"
            and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," and doc[c.left_edge.i - 2].i == victims.right_edge.i
            and any(g.dep_ == "conj" for g in c.children)]


def _people_listed_after_an_aside(victims: Token) -> list[Token]:
    """'Two brothers, aged 8 and 11, and their aunt were hurt': an aside inside the list makes the
    parser hang its last people on the verb as a second subject, not joined to the first."""
    if victims.dep_ not in ("nsubj", "nsubjpass"):
        return []
    doc = victims.doc
    # (the "and" before them hangs on the first people's phrase, on its aside: the list goes on)
    return [c for c in victims.head.children if c.dep_ == victims.dep_ and c.i > victims.i and PEOPLE_NOUNS.match(c.text)
            and c.left_edge.i > 0 and doc[c.left_edge.i - 1].lower_ == "and" and doc[c.left_edge.i - 1].i == victims.right_edge.i
            and doc[c.left_edge.i - 2].text == ","]


def _people_of_a_number(token: Token) -> bool:
    """'two of her children', 'three teens': a number of people (not "the arrest of a man")."""
    if token.pos_ == "NOUN":
        return PEOPLE_NOUNS.match(token.text) is not None and token.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "nummod" for c in token.children)
    return token.like_num and any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.dep_ == "pobj" and PEOPLE_NOUNS.match(g.text) for g in c.children) for c in token.children)


def _kin_read_as_adjective(token: Token) -> bool:
    """'killed his mother, stepfather, and grandmother': a person of a list the tagger took for an adjective."""
    return token.tag_ == "JJ" and PEOPLE_NOUNS.match(token.text) is not None and not token.lower_.endswith("s") \
        and token.lower_ not in ("dead", "wounded", "injured", "young", "elderly")


#: what hurts feelings, not bodies: "hurt by this", "hurt by the news of his death"
_GRIEVOUS = {"this", "that", "news", "loss", "death", "deaths", "words", "decision", "comments", "verdict", "ruling", "tragedy"}
#: what "it" or a deed hurts when the hurt is grief: a whole group, not a number of people
#: ("it has hurt our community"; "it hurt 12 people" is a wound, as "Sunday's violence hurt 20 people")
_GRIEVING_GROUPS = {"community", "communities", "family", "families", "city", "town", "neighborhood", "neighbourhood",
                    "congregation", "school", "department", "force", "us", "everyone", "everybody", "all"}


def _hurt_in_feelings(verb: Token) -> bool:
    """'the community is hurting', 'families are hurting', 'my boys are hurt by this': grief (not
    "he was hurting from a wound", nor "hurt by gunfire")."""
    if verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) and _object(verb) is None \
            and not any(c.dep_ == "prep" and c.lower_ in ("from", "after") for c in verb.children):
        return True
    agent = next((c for c in verb.children if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")), None)
    cause = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if cause is None and not _is_passive(verb):
        # "it has hurt our community", "the loss hurts the family": what grieves a whole group ("it hurt 12
        # people", "the violence hurt 20": wounds)
        hurt = _object(verb)
        cause = _subject(verb)
        if cause is not None and (cause.lower_ == "it" or cause.lower_ in _GRIEVOUS):
            return hurt is not None and hurt.lower_ in _GRIEVING_GROUPS and not any(c.like_num for c in hurt.children)
        return False
    return cause is not None and cause.lower_ in _GRIEVOUS


#: what hurts people in a shooting besides its bullets: their own fall, trip or trampling (fleeing or running
#: alone hurts no one: "wounded as they fled the shelling" were hit while fleeing; glass and debris stay counted:
#: a sentence is read alone, and in a blast told in the sentence before they are its wounds)
_MISHAP_LEMMAS = {"fall", "trample", "trip", "jump"}
#: what tells an explosion, whose glass and debris are its wounds (DOMAIN.md keeps every injury)
_BLAST = re.compile(r"\b(?:bomb\w*|blasts?|explo(?:ded|sions?|sives?|de|des)|shell(?:s|ed|ing|fire)|mortars?|rockets?|grenades?|"
                    r"missiles?|air ?strikes?|IEDs?|detonat\w+|artillery)\b", re.I)
_GUNFIRE_CAUSES = re.compile(r"\b(?:gun\w*|bullets?|shots?|pellets?|rounds?)\b", re.I)


def _hurt_otherwise(trigger: Token) -> bool:
    """'The child was hurt after falling', 'a woman was injured when she tripped': hurt in the incident by her own
    mishap, not shot, so not among its shooting victims (unless the same words also tell a gunshot)."""
    if trigger.lemma_.lower() == "wound" or _BLAST.search(trigger.doc.text):
        return False  # a wound is a wound; and in a blast, glass and debris are how it wounds
    causes = [c for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from", "after", "while", "when")]
    told_cause = " ".join(t.text for c in causes for g in c.children if g.dep_ in ("pobj", "conj") for t in g.subtree)
    if _GUNFIRE_CAUSES.search(told_cause):
        return False
    mishaps = [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")]
    mishaps += [g for c in causes for g in c.children if g.dep_ == "pcomp"]  # "after falling", "while fleeing"
    # (the victim's own mishap, "after falling", "when she fell"; not others' flight: "as passengers ran")
    return any(m.lemma_.lower() in _MISHAP_LEMMAS and m.tag_.startswith("VB")
               and all(c.tag_ == "PRP" for c in m.children if c.dep_ in ("nsubj", "nsubjpass")) for m in mishaps)


def _surname_read_as_organisation(victims: Token) -> bool:
    """A one-word name the parser takes for an organisation, as the subject of a harm or the object of a verb
    of harm ("the gun went off, killing Waylon"): a person."""
    return (victims.tag_ == "NNP" and victims.ent_type_ == "ORG" and (victims.dep_ in ("nsubj", "nsubjpass") or (
                victims.dep_ == "dobj" and victims.head.lemma_.lower() in KILL_LEMMAS | SHOOT_LEMMAS | INJURE_LEMMAS))
            and victims.text[:1].isupper() and not victims.text.isupper()
            and not any(c.dep_ in ("compound", "det") for c in victims.children)
            and not (victims.i + 1 < len(victims.doc) and victims.doc[victims.i + 1].ent_type_ == "ORG"))


#: what the parser takes a one-word surname for besides an organisation ("Rivera", "Broadway": a town, a street)
_PLACE_OR_THING_ENTITIES = {"GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"}


def _surname_read_as_a_place(victims: Token, trigger: Token) -> bool:
    """A one-word surname the parser takes for a place or a thing, as the one a report says was killed or
    died ("Rivera was killed in the attack", "Broadway was shot and killed"): a person. Only with a verb of
    death, which no town or street undergoes (a town "hurt" by a storm or a factory closing is no casualty). A
    name read as a town or a country is a person only as the one a passive verb of killing befell ("Rivera was
    killed"): "corruption killed Lebanon", "the siege killed Madaya", "Europe died in Srebrenica" are figures of speech."""
    if victims.ent_type_ in ("GPE", "LOC") and not (victims.dep_ == "nsubjpass" and trigger.lemma_.lower() in KILL_LEMMAS):
        return False
    return (trigger.lemma_.lower() in KILL_LEMMAS | DIE_LEMMAS and victims.tag_ == "NNP" and victims.ent_type_ in _PLACE_OR_THING_ENTITIES
            and victims.dep_ in ("nsubj", "nsubjpass", "dobj")
            and victims.text[:1].isupper() and not victims.text.isupper()
            and not any(c.dep_ in ("compound", "det", "amod") for c in victims.children)
            and not (victims.i + 1 < len(victims.doc) and victims.doc[victims.i + 1].ent_type_ == victims.ent_type_))


def _happened(trigger: Token) -> bool:
    """Whether a harm verb states a harm: not "intent to kill", "did not hurt", "executing a warrant"."""
    if _not_saved(trigger):
        return True  # "did not survive": the negation is the death
    if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in ("almost", "nearly", "narrowly")) for c in trigger.children):
        return False  # "did not hurt", "was almost killed"
    if trigger.tag_ == "VBG" and trigger.lemma_.lower() in KILL_LEMMAS | SHOOT_LEMMAS and any(
            c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "’s", "'re", "am") for c in trigger.children):
        return False  # "it's killing kids": a generality, not an incident
    if _WHENEVER.search(trigger.doc.text) and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("is", "are", "'s", "’s") for c in trigger.children):
        return False  # "any time one of our students is hurt": a generality, not this incident
    if trigger.lower_ == "dying" and any(c.dep_ == "aux" for c in trigger.children):
        return False  # "he was dying": not dead yet
    if trigger.lemma_.lower() in ("die", "succumb") and any(
            c.dep_ == "prep" and c.lower_ in ("of", "from", "to") and any(_ILLNESS.match(g.text) for g in c.children)
            for c in trigger.children):
        return False  # "died of cancer", "succumbed to cancer": not a violent death
    if trigger.tag_ == "VB" and trigger.head.lemma_.lower() == "let" and any(c.dep_ == "neg" for c in trigger.head.children):
        return False  # "please don't let me die": a victim's plea, not a death
    if trigger.lemma_.lower() == "survive" and trigger.head.lemma_.lower() in ("expect", "likely"):
        return True  # "is expected to survive": hurt now, a survivor foreseen
    if trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        if _about_to(trigger.head):
            return False  # "she thought she was going to die": a fear told, not a death
        # ("went on to kill", "using a rifle to fatally shoot three people": done)
        return trigger.head.lemma_.lower() in ("go", "begin", "start", "continue", "manage", "use", "rifle", "gun", "weapon")
    if trigger.lemma_.lower() == "execute" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("warrant", "order", "search", "plan", "strategy") for c in trigger.children):
        return False
    return True


def _about_to(verb: Token) -> bool:
    """Whether a verb is the "was going to" of what someone feared or meant would happen (not "went on to")."""
    return verb.lemma_.lower() == "go" and verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)


#: "Shooting Leaves 17 Year-Old Dead": an age written apart from its number, one person, not seventeen
_NOT_YEARS_OLD = r"(?!(?:years?|months?)-old\b)"
_HEADLINE_TOLLS = [
    ("killed", re.compile(rf"\b(?P<n>{_NUMBER_WORD})\s+(?:{_NOT_YEARS_OLD}[A-Za-z-]+\s+)?(?:dead|killed|die|dies|slain)\b|\b(?:killing|kills|kill)\s+(?P<n2>{_NUMBER_WORD})\b{_NOT_AN_AGE}"
                          rf"|\b(?:shot|shooting)\b[^,;.]{{0,5}},\s+(?P<n3>{_NUMBER_WORD})\s+fatally\b", re.I)),
    ("injured", re.compile(rf"\b(?P<n>{_NUMBER_WORD})\s+(?:{_NOT_YEARS_OLD}[A-Za-z-]+\s+)?(?:hurt|injured|wounded)\b|\b(?:wounding|injuring|wounds|injures)\s+(?P<n2>{_NUMBER_WORD})\b{_NOT_AN_AGE}", re.I)),
    ("shot", re.compile(rf"\b(?P<n>{_NUMBER_WORD})\s+(?:{_NOT_YEARS_OLD}[A-Za-z-]+\s+)?shot\b(?!\s+(?:dead|to death))", re.I)),
]


#: a headline's one person who died, in Title Case ("Otter Creek Boy Dies After ...")
_ONE_DIES = re.compile(r"\b(?:Man|Woman|Boy|Girl|Teen|Teenager|Child|Toddler|Infant|Baby|Juvenile|Youth|Student|Father|Mother|"
                       r"Son|Daughter|Officer|Deputy|Victim|\d+-Year-Old|[A-Z][a-z]+-Year-Old)(?:,\s+\d{1,3},)?\s+(?:Dies|dies)\b")
#: a headline's one person "shot and killed", whatever the parser makes of "shot" ("6-year-old playing with gun shot and
#: killed", "Teenager shot, killed in ...")
_ONE_SHOT_DEAD = re.compile(r"\b(?:man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|juvenile|youth|student|father|mother|"
                            r"son|daughter|officer|deputy|victim|\d+-year-old|[a-z]+-year-old)(?:\s+(?!who\b|that\b|which\b)[\w-]+){0,3}?"
                            r"\s+shot(?:,| and)\s+killed\b", re.I)


#: one person a headline names, and the fate it tells of them
_ONE_PERSON = (r"\b(?:man|woman|boy|girl|teen|teenager|child|toddler|infant|baby|juvenile|youth|student|father|mother|son|daughter|"
               r"officer|deputy|trooper|victim|driver|clerk|(?:\d+|[a-z]+)-(?:year|month)-old)(?:,\s+\d{1,3},)?\s+(?:is\s+|was\s+)?")
_ONE_PERSON_IN_A_HEADLINE = [
    ("killed", re.compile(_ONE_PERSON + r"(?:killed|slain|fatally\s+shot|shot\s+dead|shot\s+to\s+death|kills\s+(?:him|her)self)\b", re.I)),
    ("injured", re.compile(_ONE_PERSON + r"(?:(?:in\s+)?(?:critical|serious|stable|fair)(?:\s+(?:but|and)\s+(?:critical|serious|stable|fair))?(?:\s+condition)?\s+(?:after|following|in)\b|"
                                         r"(?:critically\s+|seriously\s+)?(?:wounded|injured|hurt|hospitalized)\b|"
                                         r"suffers\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:wound|injury|injuries)\b)", re.I)),
    # ("Two arrested after child shot", "5-Year-Old Accidentally Shot After Finding Gun"; not "shot at", "shot dead",
    # nor "mother shot husband", "teen shot himself": the shooter, not someone shot)
    ("shot", re.compile(_ONE_PERSON + r"(?:struck\s+by\s+(?:a\s+)?(?:stray\s+)?(?:gunfire|gunshots?|bullets?)|"
                                      r"shoots\s+(?:him|her)?self|(?:accidentally\s+)?shot(?=\s*$|\s+(?:in|on|near|outside|"
                                      r"inside|after|while|by|during|following|over|early|late|overnight|accidentally|multiple|"
                                      r"twice|once|again|\w+day)\b))", re.I)),
]


def _headline_tolls(text: str) -> list[tuple[str, Count]]:
    found = []
    for kind, pattern in _HEADLINE_TOLLS:
        match = pattern.search(text)
        if match:
            number = next(g for g in (match.groupdict().get(k) for k in ("n", "n2", "n3")) if g)
            value = words_to_number(number)
            if value is not None and value > 0 and not (number.lower() in ("a", "an") and kind != "killed"):
                found.append((kind, Count.exact(value)))
    return found


def _listed_tolls(text: str) -> list[tuple[str, Count]]:
    """'1 killed, 3 injured', '2 dead and 4 wounded', 'kills 1, injures 3': (kind, count) pairs."""
    match = _LISTED.search(text)
    if not match:
        return []
    dead = match.group("dead") or match.group("dead2")
    hurt = match.group("hurt") or match.group("hurt2")
    dead_count = 1 if match.group("age") or match.group("age1") else words_to_number(dead)
    hurt_count = words_to_number(hurt)
    if dead_count is None or hurt_count is None:
        return []
    return [("killed", Count.exact(dead_count)), ("injured", Count.exact(hurt_count))]


_REMEMBERED = re.compile(r"\b(?:vigil|memorial|funeral|remembrance|service)s?\b[^.;]{0,25}$", re.I)
_HOMICIDE_VICTIM = re.compile(r"\b(?:homicide|murder|shooting death|slaying) victims?\b", re.I)


def _named_victims(parse: Any, found: list[Statement]) -> list[Statement]:
    """'the homicide victim': someone killed, whatever else the sentence says."""
    match = _HOMICIDE_VICTIM.search(parse.text)
    if not match or any(s.kind == "killed" for s in found):
        return []
    if _REMEMBERED.search(parse.text[:match.start()]):
        return []  # "a vigil for a homicide victim": someone killed before, not in this incident
    token = next((t for t in parse if t.idx >= match.start()), parse[-1])
    plural = match.group(0).lower().endswith("victims")
    return [Statement("killed", Count(best=3, low=3, high=None) if plural else Count.exact(1), token, None, False, plural, False)]


def _shooting_death(token: Token) -> bool:
    """'charged in a shooting death': one death at least, as 'a fatal shooting' is."""
    return token.lower_ == "death" and token.i > 0 and token.doc[token.i - 1].lower_ in ("shooting", "stabbing")


MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
MULTIPLE_KIND = {"shooting": "shot", "homicide": "killed", "murder": "killed", "killing": "killed", "stabbing": "shot"}


def _multiples(parse: Any, found: list[Statement]) -> list[Statement]:
    """'a quadruple shooting': four people shot; 'a double homicide': two killed; 'a fatal shooting':
    at least one killed."""
    extra = []
    for token in parse:
        kind = MULTIPLE_KIND.get(token.lemma_.lower()) or MULTIPLE_KIND.get(token.lower_)
        if _shooting_death(token) and not any(s.kind == "killed" for s in found + extra):
            extra.append(Statement("killed", Count(best=1, low=1, high=None), token, None, False, False, False))
        if kind is None:
            continue
        if _called_fatal(token) and not any(s.kind == "killed" for s in found):
            # ("two fatal shootings in 13 months" are several incidents: a toll)
            several = token.tag_ == "NNS" and any(c.dep_ == "nummod" for c in token.children)
            extra.append(Statement("killed", Count(best=1, low=1, high=None), token, None, False, False, several))
        for child in token.children:
            if child.lower_ in MULTIPLES and not any(s.kind == kind for s in found):
                extra.append(Statement(kind, Count.exact(MULTIPLES[child.lower_]), token, child, False, False, False))
    return extra


#: the crimes whose every count is one person dead ("two counts of murder")
DEATH_CHARGES = {"murder", "homicide", "manslaughter"}


def _murders_charged(parse: Any, found: list[Statement]) -> list[Statement]:
    """'He faces three counts of murder': a charge counted once per person killed, so at least as many
    dead, where the sentence tells no death of its own (not 'two counts of attempted murder': they lived)."""
    if any(s.kind == "killed" for s in found):
        return []
    for token in parse:
        if token.lemma_.lower() != "count" or token.pos_ != "NOUN":
            continue
        number = next((c for c in token.children if c.dep_ == "nummod"), None)
        # ("three counts of murder", or "three murder counts")
        crime = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"), None) or next(
            (c for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in DEATH_CHARGES), None)
        if number is None or crime is None or crime.lemma_.lower() not in DEATH_CHARGES:
            continue
        if any(t.lower_ in ("attempted", "attempt") for t in parse[min(number.i, crime.i):max(token.i, crime.i) + 1]):
            continue  # ("two attempted murder counts", "two counts of attempted murder": they lived)
        found_number = _number_of(number)
        if found_number is not None and not found_number[1] and found_number[0].best > 0:
            dead = found_number[0].best
            return [Statement("killed", Count(best=dead, low=dead, high=None), token, None, False, False, False)]
    return []


#: nouns that name one person's death as a crime or a fate ("charged in killing", "Teen's death")
DEATH_CRIME_NOUNS = {"murder", "homicide", "killing", "slaying", "death"}


def _crime_of_a_death_in_headline(parse: Any, found: list[Statement]) -> list[Statement]:
    """'Two teens charged in killing', 'Arrest made in homicide', 'Teen's death ruled accidental': a
    headline that names the incident a murder or a death tells one person died, though it gives no
    figure (not 'attempted murder', nor 'homicide detectives', where the word only names a trade).
    Only the title: in the body such words name past crimes and charges of other incidents too, and
    its short lines are often links to other stories ("Man charged in Elm Street homicide")."""
    if not len(parse) or not _in_headline(parse[0]) or any(s.kind == "killed" for s in found):
        return []
    for token in parse:
        if _names_a_death(token) and not _attempted(token) \
                and not (token.i > 0 and token.doc[token.i - 1].lower_ in ("attempted", "near", "near-")):
            return [Statement("killed", Count(best=1, low=1, high=None), token, None, False, False, False)]
    return []


def _names_a_death(token: Token) -> bool:
    """One death named by a noun ("in homicide", "girl's death"), or by a verb's -ing form that has
    no object and so stands as a noun ("charged in killing"); not a noun naming a trade
    ("homicide detectives") or several ("two murders")."""
    if token.lower_ in DEATH_CRIME_NOUNS and token.tag_ == "VBG" and token.dep_ == "pcomp":
        return not any(c.dep_ in ("dobj", "nsubj") for c in token.children)
    if _a_punishment(token):
        return False
    return token.lemma_.lower() in DEATH_CRIME_NOUNS and token.pos_ == "NOUN" and token.tag_ == "NN" and token.dep_ != "compound"


def _a_punishment(token: Token) -> bool:
    """'sentenced to death', 'condemned to death', 'faces death penalty': a death a court may order, no one's death."""
    if token.lower_ != "death":
        return False
    before = token.doc[token.i - 2:token.i].text.lower() if token.i >= 2 else ""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return before.endswith(("sentenced to", "condemned to", "sentence to", "sentences to")) or after in ("penalty", "sentence", "row")


#: (the gun turned on oneself may be named by its kind or its owner: "turned an AK-47 on himself", "his shotgun")
SUICIDE = re.compile(r"\b(?:turn(?:ed|ing|s)? (?:the|his|her|an?) (?:[\w.-]+ )?(?:gun|weapon|shotgun|rifle|handgun|pistol|revolver|"
                     r"firearm|ak-47|ar-15) on (?:himself|herself)|(?:shot|shooting|killed|killing|kill) (?:himself|herself)|"
                     r"(?:took|taking|take) (?:his|her) own life|(?:and|then) (?:then )?(?:himself|herself)|commit(?:s|ted|ting)? suicide|"
                     r"kill(?:s|ed)? [^.;]{1,40}, (?:and )?self)\b", re.I)  # a headline's "kills 3 bandmates, self"
_SUICIDE_AFTER = re.compile(r"\b(?:before|then|later)\s+(?:fatally\s+)?(?:shooting|shot|killing|killed)\s+(?:himself|herself)\b", re.I)
MURDER_SUICIDE = re.compile(r"\bmurder[- /]suicide\b", re.I)


def _suicides(parse: Any, found: list[Statement]) -> list[Statement]:
    """A perpetrator who then killed himself is one more death, counted apart from the victims;
    "a murder-suicide" is at least two dead, the perpetrator among them ("a man and his daughter
    were found dead in an apparent murder-suicide" is two, not three)."""
    if any(s.victims is not None and s.victims.lower_ in ("himself", "herself", "self") for s in found):
        return []
    if any(s.kind == "killed" and s.victims is not None and _reflexive_listed(s.victims) for s in found):
        # "a man who shot and killed his son, himself": the killer listed among those he killed
        killer = next(t for t in parse if t.lower_ in ("himself", "herself"))
        return [Statement("killed", Count.exact(1), killer, killer, True, False, False, perpetrator=True)]
    match = SUICIDE.search(parse.text)
    if match and re.search(r"\b(?:tried|tries|trying|attempted|attempting|attempt|threatened|threatening|wanted|planned)\s+to\s+$",
                           parse.text[max(0, match.start() - 30):match.start()], re.I):
        match = None  # "tried to kill herself": she lived
    if match and _shot_himself_by_mishap(parse, match, found):
        match = None
    if match:
        token = next((t for t in parse if t.idx >= match.start()), parse[-1])
        return [Statement("killed", Count.exact(1), token, None, True, False, False, perpetrator=True)]
    match = MURDER_SUICIDE.search(parse.text)
    if match:
        token = next((t for t in parse if t.idx >= match.start()), parse[-1])
        # "a double murder-suicide": two murdered, then the killer
        murdered = MULTIPLES.get(parse.text[max(0, match.start() - 12):match.start()].split()[-1].lower(), 1) if match.start() else 1
        told = sum(s.count.best for s in found if s.kind == "killed")
        if re.search(r"\battempted\s+$", parse.text[max(0, match.start() - 12):match.start()], re.I):
            # "an attempted murder-suicide": the victim lived; only the killer is surely dead
            return [] if told else [Statement("killed", Count.exact(1), token, None, False, False, False, perpetrator=True)]
        if not told:
            return [Statement("killed", Count(best=murdered + 1, low=murdered + 1, high=None), token, None, False, False, False)]
        if told < murdered + 1 and murdered > 1:  # "Boy, 3, killed by father in double murder-suicide": two more
            return [Statement("killed", Count.exact(murdered + 1 - told), token, None, False, False, False)]
        if told == 1 or (told and all(s.trigger.lemma_.lower() in KILL_LEMMAS and not _is_passive(s.trigger) and _subject(s.trigger) is not None
                                      for s in found if s.kind == "killed")):
            # "a boy was killed in a murder-suicide": a murder-suicide leaves two dead at least, the killer
            # one more; so does "Husband kills wife and stepdaughter in murder-suicide" (those he killed, and
            # he), unlike "a man and his daughter were found dead in a murder-suicide" (both told)
            return [Statement("killed", Count.exact(1), token, None, True, False, False, perpetrator=True)]
    return []


def _reflexive_listed(victims: Token) -> bool:
    """'his son, himself', and at the end of a longer list, 'his son, his daughter, himself' (each name set
    beside the one before it): the killer named among the people a list counts."""
    return any(t.lower_ in ("himself", "herself") and t.dep_ in ("appos", "conj")
               and all(a.dep_ in ("appos", "conj") for a in t.ancestors if a.i != victims.i and victims in a.ancestors)
               for t in victims.subtree if t.i != victims.i)


def _killed_by_someone(statement: Statement) -> bool:
    """'A man killed his wife', 'she was shot dead by a neighbour': a killing someone did, not only a death."""
    trigger = statement.trigger
    if trigger.lemma_.lower() not in KILL_LEMMAS | SHOOT_LEMMAS or trigger.pos_ != "VERB" or (
            statement.victims is not None and statement.victims.lower_ in REFLEXIVES):
        return False
    if _is_passive(trigger):
        return any(c.dep_ == "agent" for c in trigger.children)
    killer = _subject(trigger)
    return killer is not None and (statement.victims is None or killer.i != statement.victims.i) and (
        killer.pos_ in ("PROPN", "PRON") or PEOPLE_NOUNS.match(killer.text) is not None)


_MISHAP = re.compile(r"\b(?:accident\w*|unintentional\w*|inadvertent\w*|mishap)\b", re.I)
_SELF_INFLICTED = re.compile(r"\bself[- ]inflicted\b", re.I)


def _killed_by_own_hand(parse: Any, found: list[Statement]) -> list[Statement]:
    """'He then killed himself', 'the gunman died of a self-inflicted gunshot wound': the one death a sentence
    tells is the killer's own, by his hand, so the perpetrator's (one more than his victims, wherever they are
    told)."""
    killed = [s for s in found if s.kind == "killed"]
    if len(killed) != 1 or killed[0].perpetrator or killed[0].count.best != 1 or killed[0].victims is None:
        return found
    death = killed[0]
    reflexive = death.victims.lower_ in REFLEXIVES and death.trigger.lemma_.lower() in KILL_LEMMAS | SHOOT_LEMMAS
    if not (reflexive or _SELF_INFLICTED.search(parse.text)):
        return found
    return [replace(s, perpetrator=True, additive=True) if s is death else s for s in found]


_MISHAP_BEFORE = re.compile(rf"\b(?:accidental|{'|'.join(_MISHAP_ADVERBS)})\s+(?:\w+\s+)?$", re.I)
#: a wound in a limb: "shot himself in the left leg", "in his hand"
_LIMB_AFTER = re.compile(r"\s+in\s+(?:the|his|her)\s+(?:(?:left|right|lower|upper)\s+)?(?:legs?|foot|feet|hands?|arms?|thighs?|knees?|"
                         r"fingers?|toes?|ankles?|wrists?|hips?|shoulders?|buttocks?|groin|calf|shin)\b", re.I)


def _shot_himself_by_mishap(parse: Any, match: re.Match[str], found: list[Statement]) -> bool:
    """Whether 'shot himself' tells no killer's death beside his victims: 'accidentally shot himself',
    'shot himself in the leg' (he hurt himself: a wound, his fate told elsewhere); and 'he shot himself
    and died', 'a man died after shooting himself' (the one death the sentence tells is his own)."""
    words = match.group(0).lower().split()
    if words[0] in ("shot", "shoots", "shoot", "shooting") and (
            _MISHAP_BEFORE.search(parse.text[max(0, match.start() - 30):match.start()]) or _LIMB_AFTER.match(parse.text, match.end())):
        return True
    verb = next((t for t in parse if match.start() <= t.idx < match.end() and t.lemma_.lower() in KILL_LEMMAS | SHOOT_LEMMAS), None)
    if verb is None:
        return False
    shooter = _subject(verb)
    for death in (s for s in found if s.kind == "killed" and not s.perpetrator and s.victims is not None):
        # ("shot and killed his neighbour and then shot himself": a death he dealt, not his own)
        same_clause = (death.trigger.head.i == verb.i or verb.head.i == death.trigger.i) and death.trigger.lemma_.lower() in DIE_LEMMAS
        if (shooter is not None and death.victims.i == shooter.i) or (same_clause and death.count.best == 1 and (
                shooter is None or _subject(death.trigger) is None)):
            return True  # "he shot himself and died": the dead is the shooter
    return False


def _fatally_shares(parse: Any, found: list[Statement]) -> list[Statement]:
    """'Two men were shot, one fatally': the share that died (not again where a headline's toll
    already read it: "2 people shot, 1 fatally")."""
    extra: list[Statement] = []
    if any(s.kind == "killed" for s in found):
        return extra
    for statement in found:
        if statement.kind != "shot":
            continue
        for child in statement.trigger.children:
            if child.like_num and any(g.lower_ in ("fatally", "mortally") for g in child.children):
                number = _number_of(child)
                if number:
                    extra.append(Statement("killed", number[0], statement.trigger, child, False, False, statement.cumulative))
    return extra


#: words that tell how hurt people are or where they were taken, not that they were hurt
STATE_LEMMAS = TRANSPORT_LEMMAS | SELF_ARRIVAL_LEMMAS | {"condition", "hospital", "recover", "fight", "treat", "remain", "stay"}


def _added_by_their_state(found: list[Statement], kind: str) -> bool:
    """Whether the people a sentence adds of one kind are told only by their condition or care ("Another
    victim was in critical condition", "two others were taken to a hospital"), not by the harm itself
    ("another man was shot"): a report goes through the victims it counted already that way."""
    added = [s for s in found if s.kind == kind and s.additive and not s.perpetrator]
    # ("the suspect was also taken to a hospital": "also" tells someone more, whatever the verb)
    return bool(added) and all(s.trigger.lemma_.lower() in STATE_LEMMAS and not _told_also(s.trigger) for s in added)


def _told_also(verb: Token) -> bool:
    """'was also taken', 'also was shot and taken': the verb, or the one it is joined to, says "also"."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "advmod" and c.lower_ == "also" for v in verbs for c in v.children)


def _sum(counts: list[Count]) -> Count | None:
    if not counts:
        return None
    lows = [c.low for c in counts]
    highs = [c.high for c in counts]
    return Count(
        best=sum(c.best for c in counts),
        low=sum(lows) if all(v is not None for v in lows) else None,  # type: ignore[misc]
        high=sum(highs) if all(v is not None for v in highs) else None,  # type: ignore[misc]
    )


def _years_told(trigger: Token) -> set[int]:
    """Years naming the incident a count's clause describes ("a July 2014 shooting that left a
    girl dead"); a year in the clause itself dates its whole sentence, which assembly weighs."""
    tokens = clause_of(trigger)
    head = min(tokens, key=lambda t: len(list(t.ancestors)))
    if head.dep_ not in ("relcl", "acl") or head.head.i == head.i:
        return set()
    noun = head.head
    return {int(t.text) for child in noun.children if child.i < noun.i for t in child.subtree if YEAR.fullmatch(t.text)}


def _superseded(statement: Statement) -> bool:
    """'Deputies initially said six people were shot, then lowered the figure to three': a first
    figure the sentence says was corrected."""
    return _said_first_then_corrected(statement) or _early_word_found_wrong(statement)


def _said_first_then_corrected(statement: Statement) -> bool:
    return any(a.lemma_.lower() in ("say", "report", "state", "believe", "think") and any(
        c.dep_ == "advmod" and c.lower_ in ("originally", "initially") for c in a.children) for a in statement.trigger.ancestors)


#: "early reports said one man had died, but that proved to be incorrect": an early word, then its denial
_EARLY_WORD = re.compile(r"\b(?:early|earlier|initial|initially|first|original|originally|preliminary)\b", re.I)
_FOUND_WRONG = re.compile(r"\b(?:was|were|is|proved|proven|turned out)(?: to be)? (?:incorrect|wrong|false|untrue|inaccurate|erroneous)\b",
                          re.I)


def _early_word_found_wrong(statement: Statement) -> bool:
    """A harm an early report told, in a sentence that then says that report was wrong: no harm
    of the incident (the early word stands before the harm, the denial after it)."""
    trigger = statement.trigger
    before, after = trigger.doc.text[:trigger.idx], trigger.doc.text[trigger.idx:]
    return bool(_EARLY_WORD.search(before)) and bool(_FOUND_WRONG.search(after))


def _of_another_month(statement: Statement, published: Any) -> bool:
    """'in retaliation for the January shooting death of another man': more victims, of a harm
    named by a month other than the report's, are another incident's (a follow-up's own incident,
    "the January shooting deaths of four", is told by month too: it is not more victims)."""
    trigger = statement.trigger
    if published is None or trigger.pos_ != "NOUN" or not statement.additive:
        return False
    before = _MONTH_BEFORE.search(trigger.doc.text[max(0, trigger.idx - 30):trigger.idx])
    return before is not None and MONTHS[before.group(1).lower()] != published.month


def _days_apart(statement: Statement) -> bool:
    """'His death came four days after another man was shot on the same block': more victims told
    days apart from the sentence's own are another incident's."""
    trigger = statement.trigger
    return statement.additive and bool(_DAYS_APART.search(trigger.doc.text[:trigger.idx]))


_DAYS_APART = re.compile(r"\b(?:days?|weeks?|months?|years?) (?:after|before)\b[^.;]*$", re.I)


def _of_an_earlier_year(statement: Statement, published: Any) -> bool:
    """'a retaliation shooting linked to a 2015 murder': a harm noun dated by an earlier year is
    another incident's."""
    trigger = statement.trigger
    if published is None or trigger.pos_ != "NOUN":
        return False
    before = re.search(r"\b((?:19|20)\d{2})\s+(?:[a-z-]+\s+)?$", trigger.doc.text[max(0, trigger.idx - 25):trigger.idx])
    return before is not None and int(before.group(1)) < published.year


#: "the January shooting death", "a Dec. 3 killing": a month right before a harm noun
#: ("March" and "May" are left out: "a May shooting" is rare, "may kill" is not)
_MONTH_BEFORE = re.compile(r"\b(" + "|".join(sorted((m.title() for m in MONTHS if m not in ("may", "march", "mar")), key=len, reverse=True))
                           + r")\.?(?:\s+\d{1,2})?\s+(?:[a-z-]+\s+)?$")
REFERRING_PRONOUNS = SINGULAR_PRONOUNS - {"i", "me"}


def _one_statement_per_victim(told: list[Statement]) -> list[Statement]:
    """'the death of a boy who was killed when shots were fired': one boy, told by two words;
    '17-year-old dead in shooting ... a shooting that left a 17-year-old dead': one, told twice."""
    kept: list[Statement] = []
    for statement in told:
        same = [o for o in kept if not o.additive and o.victims is not None and statement.victims is not None and (
            o.victims.i == statement.victims.i
            or (statement.count.best == 1 and o.count.best == 1 and _same_person(o.identities, statement.identities)))]
        if statement.additive or statement.victims is None or not same:
            kept.append(statement)
    # "a man who died of a gunshot wound ... the DNR on the death of Tom Reed": a death a noun names
    # beside one a verb tells is that one person (a noun names the victim told elsewhere; it tells no one apart)
    by_verb = [s for s in kept if not s.additive and s.count.best == 1 and s.trigger.pos_ != "NOUN" and s.victims is not None]
    if len(by_verb) == 1:
        kept = [s for s in kept if not (s.trigger.pos_ == "NOUN" and not s.additive and s.count.best == 1 and s.victims is not None
                                        and s.victims.i != by_verb[0].victims.i
                                        and not _named_apart(s.victims, by_verb[0].identities)
                                        and not _the_culprit(by_verb[0].victims) and not _the_culprit(s.victims))]
    return kept


def _the_culprit(victims: Token) -> bool:
    """'Teen suspect in murder of girl dies': the one who did it, someone else than the victim."""
    return victims.lemma_.lower() in ("suspect", "gunman", "shooter", "killer", "attacker", "assailant", "perpetrator")


def _named_apart(victims: Token, identities: frozenset[str]) -> bool:
    """Whether a name in a noun's victims differs from the name another statement gives its one person."""
    named = {p[5:] for identity in identities for p in identity.split(";") if p.startswith("name:")}
    own = set(_identity(victims))
    own_names = {p[5:] for identity in own for p in identity.split(";") if p.startswith("name:")}
    return bool(named) and bool(own_names) and not any(set(a.split()) & set(b.split()) for a in named for b in own_names)


def _same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two one-person identities ("age:17;name:lee cole") that share their age or name."""
    parts_a = {p for identity in a for p in identity.split(";")}
    parts_b = {p for identity in b for p in identity.split(";")}
    return bool(parts_a & parts_b)


def _without_repeated_people(told: list[Statement]) -> list[Statement]:
    """One sentence's statements of one kind, without a pronoun that refers back to a person the
    sentence already counts ("a teenager sustained injuries when she was shot" is one; "he shot
    himself in the stomach and shot himself in the foot" is one)."""
    # "he hit me in the hand and he shot me": the speaker, however often the quote names them
    speaker = [s for s in told if s.victims is not None and s.victims.lower_ in ("i", "me")]
    told = [s for s in told if s not in speaker[1:]]
    stated = [s for s in told if not s.additive]
    # "one officer shot the boy six times, a second officer shot the boy twice": one boy
    seen: set[str] = set()
    for statement in list(stated):
        victims = statement.victims
        if victims is not None and victims.tag_ == "NN" and any(c.lower_ == "the" for c in victims.children):
            if victims.lemma_.lower() in seen:
                told = [s for s in told if s is not statement]
                stated.remove(statement)
            seen.add(victims.lemma_.lower())
    pronouns = [s for s in stated if s.victims is not None and s.victims.lower_ in REFERRING_PRONOUNS]
    if not pronouns or len(stated) < 2:
        return told
    others = [s for s in stated if s not in pronouns]
    kept = others if others else [max(pronouns, key=lambda s: s.count.best)]
    return kept + [s for s in told if s.additive]


def _without_the_dead_subject_told_again(told: list[Statement]) -> list[Statement]:
    """'Young was pronounced dead at the scene and he died of gunshot wounds': a pronoun after the one
    dead person a sentence makes its subject is that person again (not "the gunman killed a man before
    he died": there the dead man is the object, and "he" is the gunman)."""
    stated = [s for s in told if not s.additive and not s.perpetrator and s.victims is not None]
    subjects = [s for s in stated if s.count.best == 1 and s.victims.lower_ not in REFERRING_PRONOUNS  # type: ignore[union-attr]
                and s.victims.dep_ in ("nsubj", "nsubjpass")]  # type: ignore[union-attr]
    if len(subjects) != 1:
        return told
    first = subjects[0].victims
    return [s for s in told if not (s in stated and (s.victims.lower_ in ("he", "she") or _killed_by_no_one_named(s))  # type: ignore[union-attr]
                                    and s.victims.i > first.i and _may_be_one_person(s.victims, first)  # type: ignore[union-attr]
                                    and not _someone_named_between(first, s.victims))]  # type: ignore[union-attr]


def _someone_named_between(first: Token, pronoun: Token) -> bool:
    """'Lee was pronounced dead at the scene while Ray was taken to a hospital, where he died': a person by name made
    the subject between the dead subject and a pronoun is whom the pronoun refers to."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NNP" and t.ent_type_ == "PERSON" and first not in (t, *t.ancestors)
               and t.i not in {c.i for c in first.subtree} for t in first.doc[first.i + 1:pronoun.i])


def _without_the_same_one_told_again(told: list[Statement]) -> list[Statement]:
    """'Days after a boy was shot and killed, police say that boy was murdered by the clerk': one person
    named by "the", "that" or "this" and the noun a person told before in the sentence was named by is that
    person again (not "the other boy", "a second boy")."""
    stated = [s for s in told if not s.additive and not s.perpetrator and s.count.best == 1 and s.victims is not None]
    again = {id(s) for s in stated if s.victims.tag_ == "NN" and _named_as_told(s.victims)  # type: ignore[union-attr]
        and not any(c.lower_ in _NOT_THE_SAME for c in s.victims.children)  # type: ignore[union-attr]
        and any(o.victims.i < s.victims.i and o.victims.lemma_.lower() == s.victims.lemma_.lower()  # type: ignore[union-attr]
                for o in stated if o is not s)}
    return [s for s in told if id(s) not in again]


def _without_one_death_told_twice(told: list[Statement]) -> list[Statement]:
    """'Gunfire kills 1 man near a bar Police say the gunfire left one man dead': a headline run into its
    lead tells one unnamed death twice, by the same noun (or by a bare number beside a noun); one person,
    not two (not "another child", "a second man")."""
    unnamed = [s for s in told if not s.additive and not s.perpetrator and s.victims is not None
               and not s.identities and not any(c.lower_ in _NOT_THE_SAME for c in s.victims.children)]
    # (so too a group: "Four dead in shooting ... where four people were found dead", a caption run into its text)
    again = {id(later) for size in {s.count.best for s in unnamed if not s.vague}
             for same in [[s for s in unnamed if s.count.best == size and not s.vague]]
             for first, later in zip(same, same[1:]) if _may_name_one_death(first.victims, later.victims)}
    return [s for s in told if id(s) not in again]


def _without_the_deeds_a_result_sums(told: list[Statement]) -> list[Statement]:
    """'shot his wife and killed their two sons before turning the gun on himself, leaving four dead': the
    dead a closing "leaving N dead" gives are those of the deeds told before it, not more; the sentence
    gives the larger of the two readings, never their sum."""
    results = [s for s in told if _the_dead_a_deed_left(s)]
    if not results:
        return told
    result = max(results, key=lambda s: s.count.best)
    # (the killer's own death, "before turning the gun on himself", is among them too)
    deeds = [s for s in told if s not in results and (not s.additive or s.perpetrator) and s.trigger.i < result.trigger.i]
    if not deeds:
        return told
    if sum(s.count.best for s in deeds) <= result.count.best:
        return [s for s in told if s not in deeds]
    return [s for s in told if s not in results]


def _the_dead_a_deed_left(statement: Statement) -> bool:
    """'..., leaving five dead', 'a murder-suicide that left five dead': the dead of a clause that tells what
    the deed told before it left."""
    trigger = statement.trigger
    leaving = trigger.head
    return (trigger.lower_ == "dead" and trigger.dep_ == "oprd" and leaving.lemma_.lower() == "leave"
            and (leaving.tag_ == "VBG" and leaving.dep_ in ("advcl", "conj", "xcomp") or leaving.dep_ in ("relcl", "acl")))


def _may_name_one_death(first: Token | None, later: Token | None) -> bool:
    """Two words for one unnamed dead person: the same noun ("child", "child"), or a bare "1" beside a noun."""
    if first is None or later is None:
        return False
    return first.lemma_.lower() == later.lemma_.lower() or _bare_number(first) or _bare_number(later)


def _named_as_told(noun: Token) -> bool:
    """'the boy', 'this boy', 'that boy' (the parser may read "that" as a conjunction, leaving the noun bare)."""
    determiners = [c for c in noun.children if c.dep_ in ("det", "poss", "nummod", "amod")]
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in determiners) or (
        not determiners and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "that")


def _killed_by_no_one_named(statement: Statement) -> bool:
    """'Ann Lee has died after a gun went off, striking and killing her': "her" killed by no person the
    sentence names is the dead subject again (not "he died after he killed her": someone he killed)."""
    victims = statement.victims
    if victims is None or victims.lower_ not in ("him", "her") or victims.dep_ != "dobj":
        return False
    killer = _subject(statement.trigger)
    return killer is None or not (killer.tag_ in ("PRP", "NNP") or PEOPLE_NOUNS.match(killer.text) is not None)


def _named_as(victims: Token | None) -> bool:
    """'Two men killed were identified as Vincent Wade, 32, who was pronounced dead ...': the names of
    people the sentence has counted already."""
    while victims is not None and victims.dep_ in ("conj", "appos") and victims.head.i != victims.i:
        victims = victims.head
    return victims is not None and victims.dep_ == "pobj" and victims.head.lower_ == "as" and victims.head.head.lemma_.lower() in (
        "identify", "name", "list")


def _one_person_told_hurt_then_dead(found: list[Statement]) -> list[Statement]:
    """'The child was taken to a hospital in critical condition, and he later died', 'the teen died after
    he was taken to a hospital in critical condition': a pronoun for the one person the sentence tells
    both hurt and dead (not "he was killed and his wife was hurt": she is someone else)."""
    dead = [s for s in found if s.kind == "killed" and not s.perpetrator and not s.additive and s.count.best == 1 and s.victims is not None]
    # (a killer's death by his own hand is not the death of the one he hurt: "wounding him before killing himself")
    dead = [s for s in dead if s.victims is not None and s.victims.lower_ not in REFLEXIVES]
    if len(dead) != 1:
        return found
    killed = dead[0].victims
    # ("she was listed in critical condition until she died": the same pronoun twice is one person too)
    return [s for s in found if not (
        s.kind in ("injured", "shot") and not s.additive and s.count.best == 1 and s.victims is not None
        and ((s.victims.lower_ in _HE_OR_SHE) != (killed.lower_ in _HE_OR_SHE) or _one_pronoun(s.victims, killed))
        and _may_be_one_person(s.victims, killed))]


def _one_pronoun(first: Token, second: Token) -> bool:
    """'she ... she', 'him ... he': one pronoun told twice in a sentence."""
    return {first.lower_, second.lower_} <= {"he", "him"} or {first.lower_, second.lower_} <= {"she", "her"}


_HE_OR_SHE = {"he", "she", "him", "her"}
_FEMALE = re.compile(r"^(?:she|her|woman|women|girl|mother|mom|wife|daughter|sister|grandmother|aunt|niece|girlfriend|lady)$", re.IGNORECASE)
_MALE = re.compile(r"^(?:he|him|man|men|boy|father|dad|husband|son|brother|grandfather|uncle|nephew|boyfriend)$", re.IGNORECASE)


def _may_be_one_person(first: Token, second: Token) -> bool:
    """Whether two phrases may name one person: not a woman and a man."""
    return not ((_FEMALE.match(first.text) and _MALE.match(second.text)) or (_MALE.match(first.text) and _FEMALE.match(second.text)))


def _without_the_share_that_died(found: list[Statement]) -> list[Statement]:
    """'One of four women wounded in the shooting has died': the dead are a share of the hurt, who
    are one fewer (the shot stay four: hit, whatever befell them)."""
    adjusted = []
    for statement in found:
        if statement.kind == "injured" and statement.victims is not None:
            died = sum(s.count.best for s in found if s.kind == "killed" and s.victims is not None and s.victims.pos_ == "NUM"
                       and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.i == statement.victims.i for g in c.children)
                               for c in s.victims.children))
            if died:
                if died >= statement.count.best:
                    continue
                statement = replace(statement, count=Count.exact(statement.count.best - died))
        adjusted.append(statement)
    return adjusted


def _share_of_those_told(victims: Token | None) -> bool:
    """'one of the victims', 'two of them', 'one of those men': a share of a group told before."""
    if victims is None or not (victims.pos_ == "NUM" or victims.lower_ == "one"):
        return False
    groups = [g for c in victims.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return any(g.lower_ == "them" or any(d.lower_ in ("the", "those", "these") for d in g.children) for g in groups)


def _named_then_died(found: list[Statement]) -> list[Statement]:
    """'Soto was taken to a hospital, where he died': the pronoun is the one person just named
    hurt, who died (the name goes with the death; the hurt is not counted apart)."""
    for death in [s for s in found if s.kind == "killed" and s.victims is not None and s.victims.lower_ in ("he", "she")
                  and not s.identities and s.count.best == 1]:
        named = [s for s in found if s.kind in ("shot", "injured") and s.identities and s.count.best == 1
                 and s.victims is not None and s.victims.i < death.victims.i]
        if len(named) == 1:
            found = [replace(death, identities=named[0].identities) if s is death else s for s in found if s is not named[0]]
    return found


#: nouns that say no more than "people": a list after them can say who they were, and they tell no
#: one apart from anyone else
NAMELESS_PEOPLE = {"person", "people", "victim", "individual", "one", "someone"}


def _hurt_beside_the_dead(by_kind: dict[str, list[Statement]]) -> None:
    """'an officer was shot and a man killed': the one shot is someone else than the one killed, and
    was hurt (whoever is only "shot" beside a death is otherwise taken to be the dead)."""
    dead = [s for s in by_kind.get("killed", []) if not s.additive]
    if not dead or not all(s.count.best == 1 and s.victims is not None and s.victims.pos_ == "NOUN" for s in dead):
        return
    moved = [s for s in by_kind.get("shot", []) if not s.additive and s.count.best == 1 and s.victims is not None
             and s.victims.pos_ == "NOUN" and s.victims.dep_ == "nsubjpass" and s.victims.lemma_.lower() not in NAMELESS_PEOPLE
             and all(d.victims.lemma_.lower() not in NAMELESS_PEOPLE | {s.victims.lemma_.lower()} for d in dead)]
    if moved:
        by_kind["shot"] = [s for s in by_kind["shot"] if s not in moved]
        by_kind.setdefault("injured", []).extend(replace(s, kind="injured") for s in moved)


def _shot_beside_the_dead(by_kind: dict[str, list[Statement]]) -> int:
    """'shot his daughter and killed her mother', 'one was killed and two others were taken to a hospital':
    people told shot beside the sentence's dead, apart from them: by a verb joined to the one that tells
    someone else killed (not "shot the boy, killing him", where the second verb tells what became of the
    first's victim), or as "others"."""
    # (the killer's own death is no one else's: "shot his girlfriend and killed himself" hit one person)
    dead = [s for s in by_kind.get("killed", []) if s.victims is not None and not s.perpetrator]
    if not dead:
        return 0
    return sum(s.count.best for s in by_kind.get("shot", [])
               if not s.additive and s.victims is not None and (
                   (_others(s.victims) and not _fate_of_those_shot(s, dead)) or _shot_by_a_joined_verb(s, dead)))


def _hurt_apart_from_those_shot(by_kind: dict[str, list[Statement]]) -> int:
    """'Two shot and wounded, three others grazed': the others a sentence tells hurt beside the people it tells
    shot are apart from them (the hurt told apart from a sentence's dead are read elsewhere)."""
    shot = [s for s in by_kind.get("shot", []) if not s.additive and not (s.victims is not None and _others(s.victims))]
    if not shot or by_kind.get("killed"):
        return 0
    return sum(s.count.best for s in by_kind.get("injured", [])
               if not s.additive and not s.vague and s.victims is not None and _others(s.victims))


def _others(victims: Token) -> bool:
    """'two others', 'another man': people told apart from those the sentence named before."""
    return victims.lower_ in ("others", "another") or any(c.lower_ in ("other", "another") for c in victims.children if c.dep_ != "conj")


def _fate_of_those_shot(shot: Statement, dead: list[Statement]) -> bool:
    """'one teen shot another in the chest, killing the youth': a death hung on the shooting verb and told
    of a person (not of a share: "shot three others, killing one") is the fate of the one shot."""
    return any(d.trigger.head.i == shot.trigger.i and d.trigger.dep_ == "advcl" and d.victims is not None
               and d.victims.pos_ == "NOUN" and not d.victims.like_num for d in dead)


def _shot_by_a_joined_verb(shot: Statement, dead: list[Statement]) -> bool:
    victims = shot.victims
    return victims is not None and victims.pos_ == "NOUN" and victims.dep_ == "dobj" and victims.lemma_.lower() not in NAMELESS_PEOPLE \
        and any(_joined_verbs(shot.trigger, d.trigger) and d.victims is not None
                and d.victims.lemma_.lower() not in NAMELESS_PEOPLE | {victims.lemma_.lower()} for d in dead)


def _joined_verbs(first: Token, second: Token) -> bool:
    """Two verbs coordinated ("shot ... and killed ..."), each with its own clause."""
    return first.pos_ == second.pos_ == "VERB" and (
        (first.dep_ == "conj" and first.head.i == second.i) or (second.dep_ == "conj" and second.head.i == first.i))


def _without_shares(told: list[Statement]) -> list[Statement]:
    """'The four victims were taken to a hospital, one with serious injuries': a bare number after a
    larger group of the same sentence is a share of it, not more people; so too "the three victims were
    rushed to a hospital, where one is in critical condition and two others were treated": "one" and
    "two others" break the group down when together they are no more than it."""
    stated = [s for s in told if not s.additive]
    shares = [s for s in stated if _bare_number(s.victims)]
    dropped = {id(s) for s in shares
               if any(o.victims is not None and o.victims.i < s.victims.i and o.count.best > s.count.best for o in stated)}
    for group in stated:
        if group.victims is None or _bare_number(group.victims):
            continue
        after = [s for s in stated if s.victims is not None and s.victims.i > group.victims.i]
        breakdown = [s for s in after if _bare_number(s.victims)]
        # "two others" after "one": the rest of the group broken down, not more people
        breakdown += [s for s in after if s.victims.lower_ == "others" and breakdown and min(b.victims.i for b in breakdown) < s.victims.i]
        if len(breakdown) > 1 and sum(s.count.best for s in breakdown) <= group.count.best:
            dropped |= {id(s) for s in breakdown}
    dropped |= {id(s) for s in stated if _cared_for_among_the_hit(s, stated)}
    return [s for s in told if id(s) not in dropped]


def _cared_for_among_the_hit(statement: Statement, stated: list[Statement]) -> bool:
    """'Four people were shot and one victim was flown to a trauma center', 'shot three men, sending two
    people to the hospital': people a sentence tells by their care after it told a group hit are among that
    group, when they are no more than it."""
    if statement.victims is None or statement.trigger.lemma_.lower() not in STATE_LEMMAS:
        return False
    return any(o is not statement and o.victims is not None and o.victims.i < statement.victims.i
               and o.trigger.lemma_.lower() not in STATE_LEMMAS and o.count.best >= statement.count.best for o in stated)


def _without_the_same_people_again(told: list[Statement]) -> list[Statement]:
    """'the murder of Ann Lee and her son since the two were shot to death': a number told with "the"
    names people the sentence counted already, when it counted at least as many before it."""
    stated = [s for s in told if not s.additive and s.victims is not None]
    again = {id(s) for s in stated if _definite_number(s.victims) and any(
        o.victims.i < s.victims.i and o.count.best >= s.count.best for o in stated if o is not s)}  # type: ignore[union-attr]
    return [s for s in told if id(s) not in again]


def _definite_number(victims: Token | None) -> bool:
    """'the two', 'the three men': people told before, by their number."""
    if victims is None:
        return False
    numbered = victims.like_num or any(c.dep_ == "nummod" for c in victims.children)
    return numbered and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in victims.children)


def _bare_number(victims: Token | None) -> bool:
    """'one', 'two' standing alone for people ("one is in critical condition"), not "two men"."""
    return victims is not None and (victims.pos_ == "NUM" or victims.lower_ == "one") and victims.head.pos_ not in ("NOUN", "PROPN")


def _with_ordinals_in_a_list(told: list[Statement]) -> list[Statement]:
    """'two people shot in the leg, one in the back, and a fourth victim grazed': the ordinal is the
    last of the list (four in all, so one here), not four more."""
    stated = [s for s in told if not s.additive]
    if len(stated) < 2:
        return told
    adjusted = []
    for statement in told:
        ordinal = _ordinal(statement.victims) if statement in stated else None
        if ordinal is not None:
            others = sum(s.count.best for s in stated if s is not statement)
            statement = replace(statement, count=Count.exact(max(1, ordinal - others)))
        adjusted.append(statement)
    return adjusted


def _ordinals_after_other_harms(told: list[Statement], found: list[Statement]) -> list[Statement]:
    """'two men suffered minor injuries and a third person died': the ordinal counts the people the
    sentence told of before it, whatever befell them, so one died here, not three."""
    adjusted = []
    for statement in told:
        ordinal = _ordinal(statement.victims) if not statement.additive else None
        before = _other_fates_before(statement, found) if ordinal is not None else 0
        if ordinal is not None and before:
            statement = replace(statement, count=Count.exact(max(1, ordinal - before)))
        adjusted.append(statement)
    return adjusted


def _other_fates_before(statement: Statement, found: list[Statement]) -> int:
    """People the sentence told of before this statement's victims whom another fate befell."""
    if statement.victims is None:
        return 0
    return sum(o.count.best for o in found if o.kind in HARM_KINDS and _fate(o.kind) != _fate(statement.kind)
               and not o.additive and o.victims is not None and o.victims.i < statement.victims.i)


def _fate(kind: str) -> str:
    """Dead or hurt: people shot whose fate is not told are counted with the hurt."""
    return "dead" if kind == "killed" else "hurt"


def _ordinal(victims: Token | None) -> int | None:
    """The ordinal of "a fourth victim" (not of "the fourth victim", one told before)."""
    if victims is None or any(c.lower_ in ("the", "this", "that") for c in victims.children):
        return None
    return next((ORDINALS[c.lower_] for c in victims.children if c.dep_ == "amod" and c.lower_ in ORDINALS), None)


def _told_of_earlier_year(statement: Statement, published: Any) -> bool:
    if published is None:
        return False
    years = _years_told(statement.trigger)
    return bool(years) and max(years) < published.year


def _without_place_names(identity: str, place_words: set[str]) -> str:
    """An identity less a "name" that is a place's ("Stoneham firefighter": the town, not a person)."""
    parts = [p for p in identity.split(";") if not (p.startswith("name:") and set(p[5:].split()) <= place_words)]
    return ";".join(parts)


_NOT_THE_SAME = {"other", "another", "second", "third", "fourth", "fifth", "surviving", "two", "both"}


def _told_before(victims: Token | None) -> bool:
    """'the victim', 'the child', 'she': one person the report has told of already, not a new one."""
    if victims is None:
        return False
    if victims.lower_ in ("he", "she", "him", "her"):
        return True
    children = list(victims.children)
    return (victims.tag_ == "NN" and PEOPLE_NOUNS.match(victims.text) is not None
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children)
            and not any(c.dep_ in ("nummod", "conj", "appos") or c.lower_ in _NOT_THE_SAME for c in children))


#: a sentence telling, in passing, the victims of one incident other than the report's: "the targets of
#: another shooting that left two dead" (not "a woman was wounded in a separate shooting in Rockford": an
#: incident of its own, with its own count; nor "killed in separate shootings across the city": a total
#: that may hold the report's own)
_ANOTHER_INCIDENT = re.compile(r"\b(?:in|during|from|of) (?:another|a separate|an unrelated)\b"
                               r"(?:[\s,-]+(?!(?:in|at|on|of|the)\b)[\w-]+){0,3}?[\s-]+(?:shooting|incident|attack|homicide)\b"
                               r"[^.;]{0,30}?\b(?:that|which|where)\b", re.I)


#: a time told as before the incident the report is about ("weeks earlier", "a year and a half ago",
#: "last November", "a previous shooting"); "last week" and "days ago" are left out: a follow-up dates
#: its own incident so ("the man shot last week has died")
_BEFORE_THIS_INCIDENT = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a few|\d+) (?:weeks?|months?|years?)(?: and a half)? (?:ago|earlier|before)"
    r"|weeks earlier|months earlier|previous (?:shooting|incident|homicide|attack)|last (?:" + "|".join(
        m.title() for m in MONTHS if len(m) > 3 or m in ("may", "june", "july")) + r")\b(?! \d))", re.I)


def _dead_before_this_incident(statement: Statement) -> bool:
    """A death its own clause dates before the report's incident: "a teen who was killed in a previous
    shooting at the same spot", "a year and a half ago, a girl was killed by a stray bullet". Not in a
    sentence of the courts: a sentencing or a filing dates the report's own incident months back
    ("given probation for killing his friend 18 months ago")."""
    if _COURT_MATTER.search(statement.trigger.doc.text):
        return False
    clause = clause_of(statement.trigger)
    text = statement.trigger.doc[clause[0].i:clause[-1].i + 1].text if clause else ""
    after_the_death = statement.trigger.doc[statement.trigger.i:clause[-1].i + 1].text if clause else ""
    return bool(_BEFORE_THIS_INCIDENT.search(text) or _LAST_YEAR_AFTER_THE_DEATH.match(after_the_death))


#: "killed last year": the year told after the death verb dates it ("a man who moved here last year was killed",
#: "the city's first homicide since last year" tell the report's own)
_LAST_YEAR_AFTER_THE_DEATH = re.compile(r"\S+(?:\s+(?!since\b)\S+){0,5}?\s+(?:last year|earlier this year)\b", re.I)


#: what a report calls its own incident when it sets it after another ("the shooting comes a week after ...")
_THIS_INCIDENT_WORDS = {"shooting", "shootings", "incident", "attack", "violence", "killing", "slaying", "stabbing",
                        "homicide", "gunfire", "bloodshed", "this", "it"}
_AFTER_WORDS = {"after", "following"}


def _harm_of_an_incident_before(trigger: Token) -> bool:
    """A harm told as the one the report's incident comes after: "the shooting comes a week after a fatal
    shooting at a party", "this all comes a day after a man was killed outside the bar", "the overnight shootings
    follow a fatal shooting in the suburbs". Its dead and hurt are the earlier incident's, not this one's.
    Only with a time between them or the harm told as another: "the shooting came after the man killed his
    neighbour" (police shot him for it) and "it came after a teen was killed" (a vigil's) tell the report's own."""
    after: Token | None = None
    for token in (trigger, *trigger.ancestors):
        if token.lower_ in _AFTER_WORDS:
            after = token
        elif token.dep_ == "advcl":
            after = next((child for child in token.children if child.dep_ == "mark" and child.lower_ in _AFTER_WORDS), after)
        if token.dep_ == "dobj" and token.head.lemma_ == "follow":
            after = token.head
        if after is not None and token.lemma_ in ("come", "follow") and token.pos_ == "VERB":
            subject = _subject(token)
            return subject is not None and subject.lower_ in _THIS_INCIDENT_WORDS and _apart_in_time_or_told_as_another(after, trigger)
    return False


#: the time a report sets between its incident and one before ("a week after", "two days after")
_TIME_BETWEEN_WORDS = {"minute", "hour", "day", "week", "weekend", "month", "year", "night"}
#: a harm told as another incident than the report's own ("after a fatal shooting", "after another killing")
_ANOTHER_INCIDENT_WORDS = {"another", "earlier", "previous", "prior", "separate", "fatal", "deadly"}


def _apart_in_time_or_told_as_another(after: Token, trigger: Token) -> bool:
    doc = after.doc
    before = doc[max(0, after.i - 3):after.i]
    between = doc[min(after.i, trigger.i):max(after.i, trigger.i) + 1]
    return any(t.lemma_.lower() in _TIME_BETWEEN_WORDS for t in before) or any(t.lower_ in _ANOTHER_INCIDENT_WORDS for t in between)


_COURT_MATTER = re.compile(r"\b(?:sentenc|probation|prosecut|court|trial|judge|jury|jurors|indict|charg|plea|convict|filing)\w*", re.I)


#: a sentence that opens by dating itself a season or more before the report tells a past incident
#: ("Last year, two men were shot on the same corner"; "Five years ago, a girl was hit by a stray bullet")
_OPENS_WITH_AN_EARLIER_TIME = re.compile(
    r"\W*(?:last (?:year|month|summer|fall|autumn|winter|spring)|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|a few|\d+) (?:years?|months?) (?:ago|earlier|before))\s*,", re.I)


#: words that tell someone's life is in danger: they may die of their wounds ("critically injured", "in grave
#: condition", "fighting for his life", "life-threatening injuries")
_GRAVE = re.compile(r"\b(?:critical(?:ly)?|grave(?:ly)?|life\W*threatening|fighting for (?:his|her|their) li(?:fe|ves))\b", re.I)


def _gravely_hurt_one(text: str, by_kind: dict[str, list[Statement]]) -> bool:
    """Whether a sentence tells one person hurt, in danger of death, and no one dead: "A boy is in critical
    condition after he was shot" (not "a man was killed and a woman critically hurt": told apart from the dead;
    nor "one was critically hurt and another in stable condition")."""
    hurt = [s for s in by_kind.get("injured", []) if not s.additive]
    return (not by_kind.get("killed") and len(hurt) == 1 and hurt[0].count.best == 1 and not hurt[0].vague
            and not _kin_of_someone(hurt[0].victims)
            and not any(s.count.best > 1 for s in by_kind.get("shot", []))
            and bool(_GRAVE.search(text)) and not _SURVIVABLE.search(text))


def _kin_of_someone(victims: Token | None) -> bool:
    """'his father', 'the boy's mother': someone named by kinship to another person, as a rule the
    dead or the shooter told elsewhere, so not that person."""
    return victims is not None and any(c.dep_ == "poss" for c in victims.children)


def _sex_of(victims: Token | None) -> str | None:
    """'female' for "a woman", "she", "his daughter"; 'male' for "a man", "he"; None when the phrase does not say."""
    if victims is None:
        return None
    if _FEMALE.match(victims.text):
        return "female"
    if _MALE.match(victims.text):
        return "male"
    return None


#: a toll that holds the killer: "four people died, including the gunman", "the shooter is among the dead",
#: "a murder-suicide" (those he killed and he)
_KILLER_AMONG_THE_DEAD = re.compile(
    r"\bmurder[- /]suicide\b|\bincluding (?:(?:the|a|an) )?(?:[\w-]+ )?(?:suspect|gunman|shooter|killer|attacker|assailant|perpetrator)\b"
    r"|\b(?:suspect|gunman|shooter|killer|attacker|assailant|perpetrator)\b[^.;]{0,30}\bamong\b", re.I)


def run(doc: Document) -> None:
    """Fill each frame with the counts its sentence gives (tolls and totals left to the claims)."""
    place_words = {word.lower() for place in doc.places for word in place.text.split()}
    by_mishap = bool(_MISHAP.search(doc.article.text))
    for frame in doc.frames:
        sentence = doc.sentence(frame.sentence)
        if sentence.parse is None:
            continue
        # a toll, or victims of an incident years before the report, are not this incident's count
        told = statements(sentence.parse)
        if not by_mishap:  # ("a boy accidentally shot himself ... he killed himself with his father's rifle": the only one hurt)
            told = _killed_by_own_hand(sentence.parse, told)
        if frame.sentence < 0:  # (the title only: a body's short lines are often links to other stories)
            told += _crime_of_a_death_in_headline(sentence.parse, told)
        # a harm dated by an earlier year beside the sentence's own harms is another incident's
        # (alone, it is the incident a follow-up reports: "sentenced for the 2014 murder")
        dated = [s for s in told if _of_an_earlier_year(s, doc.published)]
        if len(dated) == len(told):
            dated = []
        dated += [s for s in told if _days_apart(s)]
        found = [s for s in told
                 if not s.cumulative and not _told_of_earlier_year(s, doc.published) and not _of_another_month(s, doc.published)
                 and s not in dated and not _superseded(s)]
        if frame.sentence >= 0 and _ANOTHER_INCIDENT.search(sentence.text):
            found = []  # "the targets of another shooting that left two dead": another incident's victims, not this one's
        if frame.sentence >= 0 and _OPENS_WITH_AN_EARLIER_TIME.match(sentence.text):
            found = []  # "Last year, four men were wounded on the same block": a past incident told for background
        # "a teen killed at the same corner just weeks earlier": a death told as before this incident is another's
        found = [s for s in found if not (s.kind == "killed" and not s.perpetrator and _dead_before_this_incident(s))]
        # "the shooting comes a week after a fatal shooting at a party": the party's dead are another incident's
        found = [s for s in found if s.perpetrator or not _harm_of_an_incident_before(s.trigger)]
        if any(s.perpetrator for s in found):
            # "he shot the other three victims and then killed himself": the others are others than him
            found = [replace(s, additive=False) if s.additive and s.victims is not None and _the_rest(s.victims) else s for s in found]
        if any(not s.additive for s in found):
            # "one dead and four others injured": the others are beside this sentence's dead, not more
            # (a killer's own death stays one more)
            found = [replace(s, additive=s.perpetrator) for s in found]
        # "dozens more were hurt": too vague to add to anything; it stands as its own reading
        found = [replace(s, additive=False) if s.additive and s.vague else s for s in found]
        # "a second man was injured": the second person hit, not two more injured
        # (but "murdering four and wounding a fifth": the fifth, after the dead, is the one hurt)
        found = [replace(s, kind="shot") if s.kind == "injured" and _ordinal(s.victims) and not _other_fates_before(s, found)
                 else s for s in found]
        frame.identified = {}
        for statement in found:
            identities = {i for i in (_without_place_names(identity, place_words) for identity in statement.identities) if i}
            if identities:
                frame.identified.setdefault(statement.kind, set()).update(identities)
        by_kind: dict[str, list[Statement]] = {}
        killer_in_the_toll = False  # ("..., leaving three dead": the killer's own death among the three)
        for statement in found:
            by_kind.setdefault(statement.kind, []).append(statement)
        for kind, told in by_kind.items():
            told = _one_statement_per_victim(_ordinals_after_other_harms(told, found))
            if kind != "killed":  # "four were killed before he was shot dead": the killer is one more
                told = _without_repeated_people(told)
            else:
                told = _without_one_death_told_twice(_without_the_same_one_told_again(_without_the_dead_subject_told_again(told)))
                summed = _without_the_deeds_a_result_sums(told)
                killer_in_the_toll = any(s.perpetrator for s in told if s not in summed)
                told = summed
            by_kind[kind] = _without_shares(_with_ordinals_in_a_list(_without_the_same_people_again(told)))
        _hurt_beside_the_dead(by_kind)
        # a figure only the codebook's reading of a plural gives ("women killed") yields to a stated one;
        # so does "no officers were injured", which says who was not hurt, not how many were
        frame.vague = {kind for kind, told in by_kind.items() if all(s.vague or s.count.best == 0 for s in told if not s.additive)}
        frame.killed = _sum([s.count for s in by_kind.get("killed", []) if not s.additive])
        frame.injured = _sum([s.count for s in by_kind.get("injured", []) if not s.additive])
        frame.shot = _sum([s.count for s in by_kind.get("shot", []) if not s.additive])
        shot_apart = _shot_beside_the_dead(by_kind)
        if shot_apart:  # ("killed his wife and shot their daughter": two people hit, whatever the daughter's fate)
            hit = (frame.killed.best if frame.killed else 0) + shot_apart
            frame.shot = Count.exact(max(hit, frame.shot.best if frame.shot else 0))
        hurt_apart = _hurt_apart_from_those_shot(by_kind)
        if hurt_apart and frame.shot is not None:  # ("two were shot and three others grazed": five people hit)
            frame.shot = Count.exact(frame.shot.best + hurt_apart)
        frame.arrested = _sum([s.count for s in by_kind.get("arrested", []) if not s.additive])
        # ("the boy is in stable condition": someone told of before, but alive, so not the one who died)
        frame.refers_back = {kind for kind, told in by_kind.items() if told and all(_told_before(s.victims) for s in told)
                             and not (kind == "injured" and _WILL_LIVE.search(sentence.text))}
        frame.additional = {}
        dead = by_kind.get("killed", [])
        frame.dead_among_hurt = bool(dead) and all(_share_of_those_told(s.victims) for s in dead)
        frame.culprit_dead = bool(dead) and all(s.victims is not None and _the_culprit(s.victims) for s in dead)
        frame.ordinal_of_the_dead = max((_ordinal(s.victims) or 0 for s in dead if s.additive), default=0)
        frame.rest_of_group = {s.kind for s in found if s.additive and s.victims is not None and _the_rest(s.victims)}
        frame.perpetrator_died = any(s.perpetrator for s in found) and not killer_in_the_toll
        frame.killer_died_apart = frame.perpetrator_died and frame.killed is None and not by_mishap
        # ("killed her and three others before fatally shooting himself": his death told beside theirs, maybe counted)
        frame.killer_among_dead = bool(_KILLER_AMONG_THE_DEAD.search(sentence.text)) or (
            frame.killed is not None and not frame.killer_died_apart and bool(SUICIDE.search(sentence.text) or _SELF_INFLICTED.search(sentence.text)))
        frame.killing_told = any(s.kind == "killed" and not s.perpetrator and _killed_by_someone(s) for s in found)
        if frame.killer_died_apart and frame.sentence >= 0:
            shot = sum(s.count.best for s in found if s.kind == "shot" and not s.additive and s.victims is not None
                       and s.victims.lower_ not in REFLEXIVES)
            frame.shot_by_killer = max(0, shot - (frame.injured.best if frame.injured else 0))
        frame.described = {kind for kind in ("injured", "shot") if _added_by_their_state(found, kind)}
        frame.counted_by_verb = any(s.trigger.pos_ != "NOUN" for s in found if s.kind != "arrested")
        for statement in found:
            if statement.additive and not statement.perpetrator:
                frame.additional[statement.kind] = frame.additional.get(statement.kind, 0) + statement.count.best
        frame.sexes = {kind: {sex for s in told if (sex := _sex_of(s.victims)) is not None} for kind, told in by_kind.items()}
        frame.gravely_hurt_one = _gravely_hurt_one(sentence.text, by_kind) and not frame.additional
        mixed = by_kind.get("killed_or_injured", [])
        frame.killed_or_injured = max((s.count.best for s in mixed), default=None)
