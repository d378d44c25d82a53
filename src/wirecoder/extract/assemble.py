"""Stage: from sentence frames to the article's mentions (needs: frames, counts,
places, times, claimants, country_context; adds: mentions).

Each frame gets the place and the day its own sentence ties to it. Frames then
group into incidents: the same place (or no place of their own), a compatible
type and no conflicting day. An incident becomes a Mention when it has a place
below the country (DOMAIN.md: a country-only incident is not an event) and a
day; a casualty figure with no place at all ("at least 23 people were killed
yesterday" across a country) is kept as a claim instead.

Within an incident, counts follow the codebook: the largest figure given for
the same victims, plus victims marked as additional ("a second man"); people
shot whose fate is not stated are counted as injured.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from ..document import AREA_RELATION, SITE_RELATION, Document, EventFrame, PlaceMention, TimeExpression
from ..gazetteer import Gazetteer, GazetteerEntry
from ..gazetteer.names import fold_accents
from ..geo import distance_km
from ..model import SUB_EVENT_TYPES, Claim, Count, Mention, Place, mention_id_for, types_compatible
from ..notes import summary
from . import actors as actor_rules
from .claims import claim_subject
from .counts import DIE_LEMMAS, KILL_LEMMAS, TOTAL_ONLY, TRANSPORT_LEMMAS, Token, clause_of, statements
from .dates import NIGHT, WRITTEN_OUT_DAY, upcoming
from .lexicon import CUMULATIVE, PROTEST_INTERVENTION, WHOLE_CONFLICT_TOLL
from .quantities import find_quantities

NEEDS = ("frames", "counts", "places", "times", "claimants", "country_context", "outlet_town")
ADDS = ("mentions",)

RELATION_RANK = {"in": 4, "dateline": 3, "near": 2, "": 1, "from": 0, AREA_RELATION: 0, "hospital": -1}
SUB_CITY_FEATURES = {"neighbourhood", "district", "landmark", "camp", "crossing"}
REPORTING_WORDS = re.compile(r"\b(?:said|says|told|reported|announced|added|confirmed|condition|released|charged|arrested|arraigned|appeared|identified|scheduled|held|vigil"
                             # a statement or a filing: "authorities stated Wednesday", "charges filed Friday",
                             # "a news release issued Sunday"
                             r"|stated|filed|issued"
                             # the state of things when the report was written: "police were still on the scene Sunday
                             # morning", "a search continued Monday", "the motive remained unclear Monday"
                             r"|still|remained|remains|continued|continues|continuing|underway|revealed|update)\b", re.I)

#: verbs of an inquiry after the incident: "police on Friday were investigating the death"
INQUIRY_LEMMAS = {"investigate", "search", "seek", "identify", "charge", "arraign", "announce", "release", "probe", "ask", "urge",
                  "say", "tell", "arrest",
                  # the courts' days: "was indicted today", "pleaded guilty Tuesday", "was sentenced Friday"
                  "indict", "sentence", "plead", "convict", "acquit",
                  # and the days after: "was extradited Monday", "appeared in court Friday", "was buried Saturday"
                  "extradite", "appear", "testify", "bury", "mourn", "remember", "honor", "attend",
                  # a victim's state at the time of the report: "remained in critical condition Friday"
                  "remain",
                  # the arrest's own words: "was booked Monday", "was taken into custody Friday afternoon"
                  # (not "surrendered": a standoff that ends in a surrender is the incident's own day)
                  "book", "jail", "detain", "apprehend", "capture",
                  # what the courts do later: "charges were dismissed Tuesday", "an indictment unsealed today",
                  # "faced a judge Tuesday" (not a march or a rally: a protest is an event of its own day)
                  "dismiss", "unseal", "face", "deliberate",
                  # filings and findings: "prosecutors filed a charge Wednesday", "a warrant was issued Monday",
                  # "the coroner ruled the death a homicide Thursday", "authorities stated Wednesday"
                  "file", "issue", "rule", "state",
                  # the victim's leaving hospital: "was discharged Thursday evening"
                  "discharge"}
#: nouns naming what follows an incident: a day said of one of them is theirs ("at his arraignment Monday",
#: "in a Saturday night press conference", "the funeral Friday")
AFTERMATH_NOUNS = {"arraignment", "hearing", "trial", "conference", "briefing", "appearance", "funeral", "vigil",
                   "visitation", "memorial", "autopsy", "meeting", "sentencing", "indictment", "interview", "statement"}
#: who or what acts after an incident: a day on a verb they are the subject of is theirs ("the funeral was held
#: Saturday", "an investigation is underway Tuesday", "a judge ordered on Tuesday that bail remain")
AFTERMATH_SUBJECTS = AFTERMATH_NOUNS | {"investigation", "inquiry", "probe", "manhunt", "judge", "jury", "court", "verdict", "service"}
#: nouns naming an incident: a day said of one of them is the incident's, whatever verb the phrase hangs on
INCIDENT_NOUNS = {"shooting", "killing", "murder", "homicide", "slaying", "death", "stabbing", "attack", "gunfire",
                  "shootout", "ambush", "incident", "rampage", "massacre", "robbery", "invasion"}


#: verbs telling the incident itself: a day told right after one of them is the incident's, wherever the
#: parse hangs it ("is accused of killing a man at a bar, 601 Main St., on Jan. 26")
INCIDENT_VERB_LEMMAS = {"kill", "shoot", "wound", "injure", "stab", "murder", "slay", "gun"}


#: "said the argument Wednesday night", "said that on Monday": what follows "said" is what was said,
#: and a day in it is that thing's day ("told the newspaper Tuesday" is still the telling's)
_SAID_CLAUSE = re.compile(r"\b(?:said|says|say)\s+(?:that|the|a|an|his|her|their|two|three|four|five)\b", re.I)


#: "as of Monday", "as of Wednesday afternoon": the day a state of things was told, not an incident's
_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)


#: what was said opens with the hour of what happened: "police say around 9:15 p.m. on Sunday, officers found ...",
#: "deputies said that just after 4 p.m. Friday a boy ..." (a statement is not told to the minute before its day)
_SAID_THE_HOUR = re.compile(r"\b(?:said|says|say)\s+(?:that\s+)?(?:(?:at|around|about|approximately|shortly\s+(?:after|before)|"
                            r"just\s+(?:after|before))\s+)?(?:[1-9]|1[0-2])(?::\d{2})?\s*[ap]\.?\s?m\.?,?\s+(?:on\s+)?$", re.I)


def _statement_day(text: str, local: int) -> bool:
    """Whether the day at `local` in a sentence dates a statement ("police said Tuesday"); not
    when the incident itself "was reported" then ("the shooting was reported about 4 p.m. Saturday"),
    nor when the day is inside what was said ("police said the shooting Tuesday night ...")."""
    before = text[max(0, local - 25):local]
    if _AS_OF.search(before):
        return True  # "as of Monday, the boy was still in hospital": the state of things when the report was written
    match = REPORTING_WORDS.search(before)
    if not match:
        return False
    if _SAID_CLAUSE.match(before, match.start()):
        return False
    wider = text[max(0, local - 25 - 12):local]  # "was" may lie just before the window: "was reported at 11:42 a.m. Monday"
    return not (match.group(0).lower() == "reported" and re.search(r"\b(?:was|were)\s+reported\b", wider, re.I))


def _inquiry_day(doc: Document, time: TimeExpression) -> bool:
    """Whether a day dates an inquiry or a statement ("police on Friday were investigating")
    rather than what happened: the verb it hangs on says so."""
    offset = time.start - doc.sentence(time.sentence).start
    if _AS_OF.search(doc.sentence(time.sentence).text[max(0, offset - 8):offset]):
        return True  # "as of Wednesday afternoon, the girl was in stable condition", whatever verb the day hangs on
    parse = doc.sentence(time.sentence).parse
    if parse is None:
        return False
    token = next((t for t in parse if t.idx >= offset), None)
    while token is not None and token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        if not offset <= token.idx < offset + len(time.text) and token.pos_ == "NOUN" and token.lemma_.lower() in INCIDENT_NOUNS:
            return False  # "charged in the May 31 death", "arrested in a shooting Sunday night": the incident's day
        if not offset <= token.idx < offset + len(time.text) and token.pos_ == "NOUN" and token.lemma_.lower() in AFTERMATH_NOUNS:
            return True  # "at his arraignment Monday": the hearing's day
        token = token.head
    if token is None:
        return False
    told_after = [t for t in parse if token.i < t.i and t.idx < offset and t.pos_ == "VERB"]
    if told_after and told_after[-1].lemma_.lower() in INCIDENT_VERB_LEMMAS:
        return False  # "charged with ... killing a man at a bar on Jan. 26": the day follows the killing, not the charge
    if not told_after and _of_time_of_day(doc, time) and _incident_told_between(token, offset):
        return False  # "charged in the shooting of a student at an apartment Tuesday evening": the hour is the shooting's
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in AFTERMATH_SUBJECTS for c in token.children):
        return True  # "the funeral was held Saturday": the day of what followed
    if token.dep_ in ("acl", "relcl") and token.head.lemma_.lower() in AFTERMATH_SUBJECTS:
        return True  # "an autopsy conducted Tuesday", "the hearing held Monday": the same, told as the noun's phrase
    if token.lemma_.lower() in ("take", "make") and any(t.lower_ in ("custody", "appearance") for t in token.children
                                                         for t in t.subtree):
        return True  # "was taken into custody Friday", "made his first appearance in court Friday"
    if token.lemma_.lower() == "turn" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        return True  # "turned himself in to police Thursday": the suspect's surrender, days after the shooting
    return token.lemma_.lower() in INQUIRY_LEMMAS


def _incident_told_between(verb: Token, offset: int) -> bool:
    """Whether an incident noun stands between an inquiry's verb and a day told after it ("charged in the
    fatal shooting of a boy at a park Sunday night"): the day, told with its hour or its part of the day,
    ends the incident's phrase (a statement or a charge is rarely told to the hour). Not a noun naming a charge:
    "charged with murder Tuesday night" is the charge's day."""
    return any(verb.i < t.i and t.idx < offset and t.pos_ == "NOUN" and t.lemma_.lower() in INCIDENT_NOUNS
               and t.lemma_.lower() not in CHARGE_NAME_LEMMAS for t in verb.doc)


def _day_after_the_fact(doc: Document, time: TimeExpression) -> bool:
    """A day of a statement or an inquiry about the incident, not of the incident itself."""
    sentence = doc.sentence(time.sentence)
    local = time.start - sentence.start
    if _dates_the_incident(sentence.text, local, local + len(time.text)):
        return False  # "charged Thursday in the May 31 death": the day the incident noun carries is its own
    if _SAID_THE_HOUR.search(sentence.text[max(0, local - 60):local]):
        return False  # "police say around 9:15 p.m. on Sunday, officers found a man shot": the hour and day are the incident's
    return _statement_day(sentence.text, local) or _aftermath_day(sentence.text, local, local + len(time.text)) or _inquiry_day(doc, time)


_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: what follows an incident, as written: the hearing, the funeral, the press conference
_AFTERMATH_WRITTEN = (r"(?:arraignments?|hearings?|trial|(?:press\s+|news\s+)?conferences?|briefing|appearance|funerals?|"
                      r"vigils?|visitation|memorial|autops(?:y|ies)|meeting|sentencing|indictment)")
#: "at his arraignment Monday", "during the hearing in Clark County Court on Monday": the noun, then only
#: prepositions, articles and names before the day
#: (a name, not a day: "a press conference Tuesday on Friday's shooting" gives the conference Tuesday, not Friday)
_AFTERMATH_BEFORE = re.compile(r"\b" + _AFTERMATH_WRITTEN + r"(?:\s+(?:in|at|of|on|the|a|an|(?!" + _WEEKDAY_NAME + r")[A-Z][\w.'’-]*))*\s+$")
#: the court's and the jail's days: "appeared before a judge Friday morning", "in juvenile court Friday", "halted his
#: trial Tuesday", "walked out of jail Thursday" (not "in the county jail Thursday": an incident may happen there)
_COURT_BEFORE = re.compile(r"\b(?:court|judge|trial|bail|bond|(?:out\s+of|from)\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?jail)\s+(?:on\s+)?$", re.I)
#: "a Saturday night press conference", "Wednesday morning's brief hearing"
#: (a word between only after a possessive: "June 7 will stand trial" is the trial of the June 7 incident)
_AFTERMATH_AFTER = re.compile(r"^(?:\s+(?:morning|afternoon|evening|night))?(?:(?:'s|’s)(?:\s+[\w-]+)?)?\s+" + _AFTERMATH_WRITTEN + r"\b", re.I)


def _aftermath_day(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is said of what followed the incident: a hearing, a funeral,
    a press conference ("at his arraignment Monday", "in a Saturday night press conference")."""
    before = text[max(0, start - 80):start]
    if re.match(r"on\s", text[start:end], re.I):
        before += "on "
    after = text[end:end + 40]
    if _INCIDENT_AFTER.search(after):
        return False
    return bool(_AFTERMATH_BEFORE.search(before) or _COURT_BEFORE.search(before) or _AFTERMATH_AFTER.match(after))


#: the incident nouns as written, whose day a follow-up gives in a phrase the parse may not tie to them
#: ("the May 31 death", "the shooting on Aug. 29"); INCIDENT_NOUNS above are the same words' lemmas in the parse
_INCIDENT_NOUN_WRITTEN = r"(?:shootings?|death|deaths|killings?|slayings?|murders?|homicides?|shootout|rampage|spree|stabbing|gunfights?|gun\s?battles?|home\s+invasions?|massacre|gunfire)"
_INCIDENT_BEFORE = re.compile(r"\b" + _INCIDENT_NOUN_WRITTEN + r"\b[^.;:\"]{0,60}\bon\s+$", re.I)
#: a day told right after the noun: "a shooting incident last Saturday", "the killing Sunday" (not after "death",
#: "homicide" or "murder": "ruled the death a homicide Thursday", "charged with murder Friday" give a ruling's or a
#: charge's day)
_INCIDENT_RIGHT_BEFORE = re.compile(r"\b(?:shootings?|killings?|slayings?|stabbing|shootout|rampage|spree)(?:\s+incident)?\s+$", re.I)
#: a week, a month or a year told after the noun only says how long ago it was ("the shootings last month pleaded")
_NOT_A_DAY = re.compile(r"\b(?:week|weekend|month|year)s?\b", re.I)
_INCIDENT_AFTER = re.compile(r"^,?\s*(?:\d{4},?\s+)?(?:(?:fatal|deadly|double|triple|quadruple|attempted)\s+)?" + _INCIDENT_NOUN_WRITTEN + r"\b"
                             # "Sunday's shooting", "Monday night's deadly drive-by", "Tuesday's incident": the possessive
                             # names the day of what follows it
                             r"|^(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[\w-]+\s+){0,3}?(?:"
                             + _INCIDENT_NOUN_WRITTEN + r"|incident|attack|drive-by|gunfire|violence|standoff)\b", re.I)


def _dates_the_incident(text: str, start: int, end: int) -> bool:
    """Whether the day at text[start:end] is said of the incident noun: "in the May 31 death of",
    "the June 2, 2015, shooting", "in connection with the shooting at a gas station on Aug. 29"."""
    before = text[max(0, start - 80):start]
    if re.match(r"on\s", text[start:end], re.I):
        before += "on "  # the expression took its preposition ("on April 9")
    if _INCIDENT_AFTER.search(text[end:end + 50]):
        return True
    if _INCIDENT_RIGHT_BEFORE.search(before) and not _NOT_A_DAY.search(text[start:end]):
        return True
    said_of = _INCIDENT_BEFORE.search(before)
    # not when a statement or an arrest comes between ("the shooting, and was arrested on Monday"),
    # nor when the noun names a charge ("pleaded not guilty to murder on Feb. 25": the plea's day)
    return said_of is not None and not REPORTING_WORDS.search(said_of.group(0)) and not _CUSTODY_OR_COURT.search(
        said_of.group(0)) and not _CHARGE_BEFORE.search(before[:said_of.start()])


#: what follows an incident, told between its noun and a day: the day is the custody's or the court's ("gunfire
#: and took him into custody on Oct. 9", "the killing, is due back in court on Nov. 22")
_CUSTODY_OR_COURT = re.compile(r"\b(?:custody|booked|jailed|court|due|trial|hearing|sentenc\w*|will|set)\b", re.I)


#: which type an incident takes when its sentences differ (ACLED's aggregation rules)
TYPE_PRIORITY = ["Riots", "Protests", "Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"]


#: an incident dated this long before the report is background, unless the report has nothing newer
BACKGROUND_DAYS = 31
#: a year ("in 2014"), not a house number ("the 2000 block of", "2012 Elm Street")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?!\s+(?:block|[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+)?(?:block|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way|Court|Ct)\b)")


def _joined_day_wins(joined: TimeExpression, kept: TimeExpression) -> bool:
    """Whether the day of a sentence joining an incident replaces the day it has: a more precise day does; an
    earlier one only when told in the report's opening (further down, an earlier day is more often another
    shooting or a day recalled than the incident's own, which the opening has dated)."""
    if joined.precision != kept.precision:
        return joined.precision < kept.precision
    return joined.day < kept.day and (joined.sentence < OPENING_SENTENCES or kept.sentence >= OPENING_SENTENCES)


def _far_below_the_opening(first: EventFrame, joined: EventFrame) -> bool:
    """Whether a frame joining an incident first told in the report's opening is told far below it."""
    return 0 <= first.sentence < OPENING_SENTENCES <= joined.sentence


@dataclass
class Incident:
    frames: list[EventFrame] = field(default_factory=list)
    place: PlaceMention | None = None
    time: TimeExpression | None = None
    #: the day a sentence far below the opening would give an incident the opening tells with no day
    far_time: TimeExpression | None = None

    @property
    def historical(self) -> bool:
        return bool(self.frames) and self.frames[0].historical

    def join(self, frame: EventFrame, time: TimeExpression | None) -> None:
        self.frames.append(frame)
        if time is not None and not frame.followup and self.time is None and _far_below_the_opening(self.frames[0], frame):
            # "Five people were shot ... Friday" in the fifteenth sentence of a report whose opening tells its
            # shooting with no day: more often another shooting the report recalls than this one's day
            self.far_time = self.far_time or time
            return
        if time is not None and not frame.followup and (self.time is None or _joined_day_wins(time, self.time)):
            # the most precise day ("on Aug. 5" over "earlier this month"), and of those the first: a
            # victim who died days later was hurt on the day of the incident
            self.time = time

    @property
    def told(self) -> bool:
        """Whether a sentence tells the incident with a verb ("was shot"), not only names it ("accused in
        the shooting death of a teenager")."""
        return any(not f.nominal or f.counted_by_verb for f in self.frames if f.event_type != "Strategic developments" and f.sentence >= 0)

    @property
    def first_sentence(self) -> int:
        return min(f.sentence for f in self.frames)


#: the farthest a place may lie from the town it is measured from to be placed near that town (ACLED's
#: geo_precision 2 covers a place near a town, not one a day's drive away: "280 km northwest of Damascus")
NEAR_REFERENCE_KM = 50
_DISTANCE_STATED = re.compile(r"(\d[\d,.]*)\s*(km|kilometres|kilometers|miles|mi)\b\D{0,40}$", re.I)


def _measured_close_by(doc: Document, place: PlaceMention) -> bool:
    """Whether the distance written before a place measured from ("15 km northwest of Gwoza") is short."""
    sentence = doc.sentence(place.sentence)
    local = place.start - (sentence.start if place.sentence >= 0 else 0)
    stated = _DISTANCE_STATED.search(sentence.text[max(0, local - 60):local])
    if stated is None:
        return False
    try:
        number = float(stated.group(1).replace(",", ""))
    except ValueError:
        return False
    return number * (1.609 if stated.group(2).lower().startswith("mi") else 1.0) <= NEAR_REFERENCE_KM


def _frame_place(doc: Document, frame: EventFrame) -> PlaceMention | None:
    """The place a frame's own sentence ties to it: the most precise one, then the one said to be
    its place ("in X" before "near X"), then the one nearest the trigger. A dateline is where the
    reporter was; it counts only when the sentence names nothing else. A sentence naming only where the
    hurt were taken (a hospital's town, "transferred to X") is placed where the report places its incident."""
    # (a sea or a region beyond one country places no incident: it is in no country)
    here = [p for p in doc.places if p.sentence == frame.sentence and p.entry is not None
            and p.relation not in ("distance", SITE_RELATION) and p.entry.country_code is not None]
    if all(p.entry.feature in ("country", "admin1", "admin2") for p in here):
        # "a village 15 km northwest of Gwoza": with no other town named, near the town it is measured from (more
        # precise than the province: "in Kauwa village, Borno state, 18 km north of Monguno")
        here = [p for p in doc.places if p.sentence == frame.sentence and p.entry is not None and p.relation == "distance"
                and p.entry.country_code is not None and _measured_close_by(doc, p)] or here
    if all(p.relation in ("hospital", "from") for p in here):
        return None  # where the hurt were taken ("to an Indianapolis hospital", "transferred to Ramadi") only
    home = doc.country_context[0][0] if doc.country_context else None
    # a dateline in another country than the one the report is about is where the reporter was ("BEIRUT
    # -- Army defectors ambushed a convoy near <a village too small to know>" is a Syrian incident)
    here = [p for p in here if not _foreign_dateline(doc, p)]
    if not here:
        return None
    # names given way to while the sentence names another: a namesake abroad ("near ... Guadalajara"
    # in a Virginia report), the reporter's dateline, the town of the hospital the victim was taken to
    for unlikely in (lambda p: p.relation == AREA_RELATION,  # "(Beni, Nord-Kivu)": where the place before it lies
                     lambda p: home is not None and p.entry.country_code != home,
                     lambda p: p.relation == "dateline",
                     lambda p: p.relation == "hospital"):
        if len(here) > 1:
            here = [p for p in here if not unlikely(p)] or here
    dateline_near = _dateline_town_near_the_city(doc, frame, here)
    if dateline_near is not None:
        return dateline_near
    below_country = [p for p in here if p.entry.feature != "country"]
    if not below_country:
        return here[0]
    # a neighbourhood inside a named city is the more precise place ("the Bab Amr district of Homs")
    for part in below_country:
        if part.entry.feature in SUB_CITY_FEATURES and any(
            other is not part and distance_km(part.entry.latitude, part.entry.longitude, other.entry.latitude, other.entry.longitude) < 20
            for other in below_country
        ):
            return part
    return max(below_country, key=lambda p: (p.entry.feature not in ("admin1", "admin2"), RELATION_RANK.get(p.relation, 1),
                                             -p.precision, -abs(p.start - frame.trigger_start)))


#: how large a dateline town may be against the city it is placed near, to be a town located by that city
NEAR_CITY_SHARE = 0.25


def _dateline_town_near_the_city(doc: Document, frame: EventFrame, here: list[PlaceMention]) -> PlaceMention | None:
    """The dateline's town when the frame's sentence places the incident only "near" a larger city the
    town lies close to ("MARIETTA, Ga. -- a gunman wounded three people ... outside Atlanta"): the near
    city is how a wire locates a town its readers do not know, and the dateline names that town. A
    dateline in the larger city ("DAMASCUS -- troops shelled villages near Douma") is the bureau's, not
    the incident's, and stays given way to."""
    if len(here) != 1 or here[0].relation != "near" or doc.dateline is None or frame.sentence != doc.dateline.sentence:
        return None
    near = here[0]
    dateline = next((p for p in doc.places if p.relation == "dateline" and p.sentence == frame.sentence and p.entry is not None), None)
    if dateline is None or dateline.entry.feature in ("admin1", "admin2", "country") or _foreign_dateline(doc, dateline):
        return None
    # a town the readers do not know beside the city they do, not a city beside a city of its size ("OAKLAND --
    # ... near San Francisco", "HAMA -- ... near Homs": the dateline is a bureau there too)
    smaller = (dateline.entry.population or 0) <= NEAR_CITY_SHARE * (near.entry.population or 0)
    close = distance_km(dateline.entry.latitude, dateline.entry.longitude, near.entry.latitude, near.entry.longitude) <= NEAR_REFERENCE_KM
    return dateline if smaller and close else None


#: a sentence that opens by saying it tells another incident than the one before
_ANOTHER_INCIDENT = re.compile(r"^\W*(?:in (?:a |an )?(?:separate|another|unrelated|second) (?:\w+ )?(?:incident|attack|clash|shooting|development)s?"
                               r"|separately|elsewhere)\b", re.I)


def _told_apart(doc: Document, frame: EventFrame) -> bool:
    """Whether a frame's sentence says it tells another incident ("In a separate incident, troops shot ...")."""
    return frame.sentence >= 0 and bool(_ANOTHER_INCIDENT.match(doc.sentence(frame.sentence).text))


#: what may stand between two places a sentence gives one happening: "in Deraa and in the eastern city of"
_COORDINATION = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+(?:and|as well as)\s+)(?:in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:(?:city|town|village|province|provinces|cities|towns) of\s+)?$", re.I)


def _other_places_coordinated(doc: Document, frame: EventFrame, place: PlaceMention) -> list[PlaceMention]:
    """The towns a protest's sentence names beside its place, joined by "and" or commas ("also marched in
    Deraa and in Deir al-Zor"): crowds of each town. Only for a protest without casualties, whose toll
    cannot be split between the towns."""
    if frame.event_type != "Protests" or _counts_told(frame) or frame.sentence < 0:
        return []
    text, base = doc.sentence(frame.sentence).text, doc.sentence(frame.sentence).start
    here = sorted((p for p in doc.places if p.sentence == frame.sentence and p.entry is not None and p.entry.feature != "country"
                   and p.relation not in ("distance", "from", "hospital", "dateline", AREA_RELATION, SITE_RELATION)),
                  key=lambda p: p.start)
    if place not in here:
        return []
    # the run of places joined to the frame's place, either way
    position = here.index(place)
    joined = []
    for step in (1, -1):
        at = position
        while 0 <= at + step < len(here):
            first, second = (here[at], here[at + step]) if step == 1 else (here[at + step], here[at])
            if not _COORDINATION.match(text[first.end - base:second.start - base]):
                break
            at += step
            joined.append(here[at])
    return [p for p in joined if not _same_place(p, place)]


def _foreign_dateline(doc: Document, place: PlaceMention) -> bool:
    """Whether a dateline lies in another country than the one the report is about, which it names places
    of (not only its name: "a tourist visiting from Australia" makes no New Orleans report Australian)."""
    home = doc.country_context[0][0] if doc.country_context else None
    return place.relation == "dateline" and home is not None and place.entry is not None and place.entry.country_code != home \
        and any(p.entry is not None and p.entry.country_code == home and p.entry.feature != "country" for p in doc.places)


def _frame_time(doc: Document, frame: EventFrame) -> tuple[TimeExpression | None, bool]:
    """The day the frame's own clause names; (time, attached to the trigger)."""
    here = [t for t in doc.times if t.sentence == frame.sentence and not _page_stamp(doc, t) and not _still_to_come(doc, t)]
    if not here:
        return None, False
    token = frame.trigger_token
    if token is not None:
        sentence_start = frame.trigger_start - token.idx
        clause = clause_of(token)
        top = min(clause, key=lambda t: len(list(t.ancestors)))
        if top.dep_ in ("relcl", "acl") and top.head.i != top.i:
            # "a shooting on November 12 where five people were shot": the day is the noun's
            clause = clause + [t for child in top.head.children if child.i != top.i for t in child.subtree]
        spans = [(sentence_start + t.idx, sentence_start + t.idx + len(t.text)) for t in clause]
        # a day before the noun in its own phrase is the noun's ("charged in the March 18th shooting")
        premodifier = (sentence_start + token.left_edge.idx, frame.trigger_start) if frame.nominal else (0, 0)
        attached = [t for t in here if any(s <= t.start < e or t.start <= s < t.end for s, e in spans)
                    and not (_inquiry_day(doc, t) and token.lemma_ not in INQUIRY_LEMMAS
                             and not 0 <= t.start - frame.trigger_start - len(token.text) <= 3  # "her murder Thursday night"
                             and not premodifier[0] <= t.start < premodifier[1])]
        if frame.nominal and _names_a_charge(doc, frame):
            # "was charged with murder Thursday", "held Thursday on charges of murder": the day is the
            # charge's; only a day the sentence says of the incident itself is the incident's
            attached = []
        if frame.nominal and token.dep_ not in ("nsubj", "nsubjpass") and any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in token.children):
            # "at his hearing Friday he denied any part in the shootings": the shootings were told
            # before; only a day said of them is theirs ("the shooting on Sunday", "Sunday's shooting")
            own_start = sentence_start + token.left_edge.idx
            own_end = sentence_start + token.right_edge.idx + len(token.right_edge.text)
            attached = [t for t in attached if own_start <= t.start < own_end]
            if not attached:
                return None, False
        if attached and token.lemma_ not in INQUIRY_LEMMAS:
            attached = _days_of_the_incident(doc, attached)
        if attached:
            nearest = min(attached, key=lambda t: abs(t.start - frame.trigger_start))
            return _day_hurt(doc, token, nearest, here), True
    loose = [t for t in here if not _day_after_the_fact(doc, t)]
    if loose:
        return min(loose, key=lambda t: abs(t.start - frame.trigger_start)), False
    return None, False


def _days_of_the_incident(doc: Document, attached: list[TimeExpression]) -> list[TimeExpression]:
    """Of the days a clause telling violence names, those of the incident: a follow-up's sentence names
    the hearing's day and the incident's ("had a hearing today on charges that he killed a man ... on
    Aug. 1"); the nearer day to the verb may be the hearing's. A day of a statement, a hearing or an
    arrest counts only where the clause names no other."""
    return [t for t in attached if not _day_after_the_fact(doc, t)] or attached


#: the crimes a charge is named for: "charged with murder", "on charges of attempted murder"
CHARGE_NAME_LEMMAS = {"murder", "manslaughter", "homicide", "assault"}
#: a charge told before the crime's name: "charged with first-degree murder", "pleaded guilty to manslaughter",
#: "on charges of attempted murder", "a warrant for murder"
_CHARGE_BEFORE = re.compile(r"\b(?:charged\s+with|charges?\s+(?:of|for|including)|counts?\s+of|guilty\s+(?:to|of)|convicted\s+of|"
                            r"indicted\s+(?:on|for)|accused\s+of|(?:arrested|booked|held|jailed|wanted|sentenced)\s+(?:for|on)|warrants?\s+for)"
                            r"\s+(?:(?:a|an|one|two|three|four|five|\d+|single|capital|attempted|felony|aggravated|reckless|"
                            r"involuntary|voluntary|criminal|first|second|third|[\w]+-degree|degree)\s+){0,4}$", re.I)
#: a charge told after the crime's name: "on murder charges", "a manslaughter count", "a murder warrant"
_CHARGE_AFTER = re.compile(r"^(?:\s+(?:and\s+)?[\w-]+){0,3}?\s+(?:charges?|counts?|warrants?|indictments?)\b", re.I)


def _names_a_charge(doc: Document, frame: EventFrame) -> bool:
    """Whether a nominal trigger names the crime a suspect is charged with ("charged with murder"),
    not the incident: the day told with it is the charge's."""
    token = frame.trigger_token
    if token is None or token.lemma_.lower() not in CHARGE_NAME_LEMMAS:
        return False
    sentence = doc.sentence(frame.sentence)
    local = frame.trigger_start - sentence.start
    after = sentence.text[local + len(token.text):local + len(token.text) + 40]
    return bool(_CHARGE_BEFORE.search(sentence.text[max(0, local - 80):local]) or _CHARGE_AFTER.match(after))


#: deaths told after the shooting that caused them
LATER_DEATH_LEMMAS = {"die", "succumb"}


def _day_hurt(doc: Document, trigger: Token, time: TimeExpression, here: list[TimeExpression]) -> TimeExpression:
    """'died Saturday of a wound suffered on Friday': a victim who died later was hurt on the
    incident's day, the earlier day the sentence names."""
    if trigger.lemma_.lower() not in LATER_DEATH_LEMMAS or time.precision != 1:
        return time
    # (a date years back in the sentence is a birth or a past case, not the wound)
    earlier = [t for t in here if t.precision == 1 and 0 < (time.day - t.day).days <= BACKGROUND_DAYS
               and not _day_after_the_fact(doc, t)]
    return min(earlier, key=lambda t: t.day) if earlier else time


#: a town's name said of a person: "a Waverly man", "Minot teenager", "the Dover-area teen", "a Mesa 16-year-old"
_PERSON_AFTER_TOWN = re.compile(r"^(?:-area|\s+area)?\s+(?:\d+-year-old\s+)?(?:man|men|woman|women|teen|teens|teenager|teenagers|"
                                r"boy|boys|girl|girls|child|children|toddler|youth|infant|baby|resident|residents|couple|"
                                r"mother|father|student|native|\d+-year-old)(?![\w-])", re.I)


def _a_persons_town(doc: Document, place: PlaceMention) -> bool:
    """Whether a place is named only as whose a person is ("A Waverly man died in a hunting accident"): the
    town the victim is from, which a place told near it in another sentence may be more precise than."""
    sentence = doc.sentence(place.sentence)
    local = place.end - (sentence.start if place.sentence >= 0 else 0)
    return place.relation in ("", "in", "from") and _PERSON_AFTER_TOWN.match(sentence.text[local:local + 40]) is not None


#: a residence told after a name: "Hank Doe, 9, of Magnolia", "the victim, of Columbus"
_RESIDENCE_BEFORE = re.compile(r",\s+of\s+$")
#: a place's police or sheriff: "Erie Police say", "the Butler County Sheriff's Office", "Urbana police"
_AGENCY_AFTER = re.compile(r"^(?:['’]s)?\s+(?:Police|police|Sheriff|sheriff|(?:County\s+)?(?:Sheriff|sheriff)['’]s|[Dd]eputies)\b")


def _told_only_as_whose(doc: Document, place: PlaceMention) -> bool:
    """Whether the report names a town only as whose its people are: "a Detroit man", "Jane Doe, 24, of Detroit",
    "from Detroit" (where it happened the report says otherwise, if at all)."""
    if place.entry is None or place.entry.feature != "city":
        return False
    named = [p for p in doc.places if p.entry is not None and p.entry.id == place.entry.id and p.relation != SITE_RELATION]
    return bool(named) and all(p.relation == "from" or _a_persons_town(doc, p) or _a_residence(doc, p) for p in named)


def _a_residence(doc: Document, place: PlaceMention) -> bool:
    """Whether a town is written as where the person just named lives ("John Doe, 31, of Detroit")."""
    sentence = doc.sentence(place.sentence)
    local = place.start - (sentence.start if place.sentence >= 0 else 0)
    return _RESIDENCE_BEFORE.search(sentence.text[max(0, local - 10):local]) is not None


def _investigating_agency_s_place(doc: Document, town: PlaceMention) -> PlaceMention | None:
    """The town or county whose police or sheriff the report names ("Erie Police say a Detroit man ..."): where
    an incident happened that the report places only by its people's home town; the first one named."""
    assert town.entry is not None
    for place in doc.places:
        entry = place.entry
        if entry is None or entry.id == town.entry.id or entry.feature not in ("city", "admin2") \
                or entry.country_code != town.entry.country_code or place.relation == SITE_RELATION:
            continue
        sentence = doc.sentence(place.sentence)
        local = place.end - (sentence.start if place.sentence >= 0 else 0)
        if _AGENCY_AFTER.match(sentence.text[local:local + 30]):
            return place
    return None


def _placed_by_its_police(doc: Document, place: PlaceMention) -> PlaceMention:
    """The place of the police or sheriff the report names, for an incident it places only by its people's home
    town (narrowed, a county, to a town the report names in it)."""
    if not _told_only_as_whose(doc, place):
        return place
    agency = _investigating_agency_s_place(doc, place)
    return refine_place(doc, agency) if agency is not None else place


def _a_place_near_the_town(place: PlaceMention, town: PlaceMention) -> bool:
    """Whether a frame's place is a smaller place told near a town ("shot at a rural residence near Allison"):
    where it happened, more precisely than the victim's town. Not a larger town of whose area the report
    speaks ("the Houston area"), nor a town a sentence names "in" (where the hurt were driven to the hospital)."""
    return (place.relation == "near" and place.entry is not None and town.entry is not None and place.entry.feature == "city"
            and place.entry.population < town.entry.population)


def _same_place(first: PlaceMention, second: PlaceMention) -> bool:
    a, b = first.entry, second.entry
    if a is None or b is None:
        return False
    if a.id == b.id:
        return True
    if a.feature == "country" or b.feature == "country":
        return False
    if _within(first, second) or _within(second, first):
        return True  # "in South Dakota" and Sisseton in it, "Henry County" and Knightstown in it
    if (a.feature == "admin1") != (b.feature == "admin1"):
        return False
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 15


def _compatible(incident: Incident, frame: EventFrame, time: TimeExpression | None) -> bool:
    if incident.historical != frame.historical:
        return False
    if not any(types_compatible(f.sub_event_type, frame.sub_event_type) for f in incident.frames):
        return False
    if time is not None and incident.time is not None and time.day != incident.time.day and not frame.followup:
        # "shot Wednesday ... died Friday": one incident, told over days; "earlier this month ... on Aug. 5": one day
        return _same_victim(incident, frame) or _covers(time, incident.time) or _covers(incident.time, time)
    return True


def _covers(vague: TimeExpression, day: TimeExpression) -> bool:
    """Whether a week or a month told ("last week", "earlier this month") can hold a day told elsewhere."""
    if vague.precision == 2:
        return abs((vague.day - day.day).days) <= 7
    return vague.precision == 3 and abs((vague.day - day.day).days) <= 31


def _victims(frame: EventFrame) -> set[str]:
    return {part for identities in frame.identified.values() for identity in identities for part in identity.split(";")}


def _same_victim(incident: Incident, frame: EventFrame) -> bool:
    """Whether a frame tells of a person the incident already names (the same age or name)."""
    mine = _victims(frame)
    return bool(mine) and any(mine & _victims(other) for other in incident.frames)


#: "bringing the toll to": a sentence telling an incident and the toll it adds to
_RAISES_A_TOLL = re.compile(r"\b(?:bring|rais|push|tak)\w* (?:the|its|their) (?:\w+ )?toll\b", re.I)


def _a_conflicts_toll(text: str) -> bool:
    """Whether a sentence tells the toll of a whole uprising or war, not an incident and what it adds to it."""
    return bool(WHOLE_CONFLICT_TOLL.search(text)) and not _RAISES_A_TOLL.search(text)


def _historical(doc: Document, frame: EventFrame, time: TimeExpression | None) -> bool:
    """A frame about the past: dated well before the report, or in a sentence naming an earlier year."""
    published = doc.published
    if published is None:
        return False
    if time is not None:
        return (published - time.day).days > BACKGROUND_DAYS
    years = [int(y) for y in _YEAR.findall(doc.sentence(frame.sentence).text)]
    return any(year < published.year for year in years) and not any(
        t.sentence == frame.sentence and (published - t.day).days <= BACKGROUND_DAYS for t in doc.times)


def _specific(frame: EventFrame, time: TimeExpression | None) -> bool:
    """Whether a frame without a place still states an incident: a count, a day, or a past-tense verb."""
    if frame.sentence < 0:
        return True  # a headline states its story's incident
    if frame.tense == "present":
        return False
    return _counts_told(frame) or time is not None or not frame.nominal or _said_to_have_happened(frame)


#: verbs that say a named incident took place ("The shooting occurred at 10 p.m.")
_HAPPENED = frozenset({"occur", "happen", "unfold", "erupt"})


def _said_to_have_happened(frame: EventFrame) -> bool:
    """Whether a noun trigger is what a past-tense sentence says happened ("The shooting occurred
    shortly after 9 p.m.", "the stabbing took place in a parking lot"): one incident, even without a day."""
    token = frame.trigger_token
    if token is None or token.dep_ != "nsubj" or token.head.tag_ not in ("VBD", "VBN"):
        return False
    verb = token.head
    return verb.lemma_ in _HAPPENED \
        or (verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)) \
        or (verb.lemma_ == "break" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children))


def _counts_told(frame: EventFrame) -> bool:
    return any(v is not None for v in (frame.killed, frame.injured, frame.shot, frame.arrested, frame.killed_or_injured)) or bool(
        frame.additional)


def _default_place(doc: Document) -> PlaceMention | None:
    """Where an article's unplaced incident happened: its dateline, else its main place; the town in
    the site's name only when the article names no other; else, near the town of the site's address
    ("nbcchicago.com"): a local site's report of "a shooting in Bedford Dwellings" is in its town's area."""
    candidates = [p for p in doc.places if p.entry is not None and p.entry.feature != "country" and p.relation != "distance"
                  and p.entry.country_code is not None]
    # (not where the hurt were taken, nor where someone came from: "she had driven over from Tulsa")
    candidates = [p for p in candidates if p.relation not in ("hospital", "from")] or candidates
    candidates = [p for p in candidates if p.relation != SITE_RELATION] or candidates
    candidates = [p for p in candidates if not _foreign_dateline(doc, p)]
    headline = [p for p in candidates if p.sentence < 0]
    if headline:
        # the headline names where its story happened; a dateline may be elsewhere. Of its places, the one
        # it says the incident was in, before a town naming whose people they were ("Dover teen shot in Milford")
        return max(headline, key=lambda p: p.relation in ("in", "near"))
    for place in candidates:
        if place.relation == "dateline":
            return place
    opening = [p for p in candidates if p.sentence <= 1]
    if opening:
        return opening[0]
    counts: dict[int, int] = {}
    for place in candidates:
        counts[place.entry.id] = counts.get(place.entry.id, 0) + 1
    if counts:
        top = max(counts.items(), key=lambda kv: kv[1])[0]
        return next(p for p in candidates if p.entry.id == top)
    return doc.outlet_town


def _within(city: PlaceMention, unit: PlaceMention) -> bool:
    a, b = city.entry, unit.entry
    if a is None or b is None or a.feature != "city" or a.country_code != b.country_code:
        return False
    if b.feature == "admin1":
        return a.admin1 == b.admin1
    # (two towns of a country whose districts the gazetteer does not know are not one place: Douma and Deraa)
    return (a.admin2 is not None and a.admin2 == b.admin2) or distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= 40


def _towns_of_the_county(towns: list[PlaceMention], county: GazetteerEntry) -> list[PlaceMention]:
    """Of the towns near a county, those the gazetteer puts in it, when the report names any: "a shooting in
    Preble County ... on a road near New Paris" is in New Paris, not in Dayton a county away, however often a
    Dayton station names its own town. The town of the site's name is none of the county's. A town only near
    it stands in where the report names none inside it (the gazetteer's counties are not always a town's)."""
    named = [p for p in towns if p.relation != SITE_RELATION]
    inside = [p for p in named if p.entry is not None and (p.entry.country_code, p.entry.admin1, p.entry.admin2)
              == (county.country_code, county.admin1, county.admin2)]
    return inside or named


def refine_place(doc: Document, place: PlaceMention) -> PlaceMention:
    """A state or county the incident sentence names, narrowed to the town the article places it in
    ("in Louisiana" in a report datelined "MARKSVILLE, La."), or a state to the county it names in it."""
    if place.entry is None or place.entry.feature not in ("admin1", "admin2"):
        return place
    towns = [p for p in doc.places if _within(p, place) and p.relation not in ("distance", "from", AREA_RELATION)]
    # the town of the hospital the hurt were taken to is no narrowing of a county, whose own seat is as near
    # ("in Pontotoc County ... flown to a Tupelo hospital"); a state's largest town is farther than that town
    untreated = [p for p in towns if p.relation != "hospital"]
    towns = untreated if place.entry.feature == "admin2" else untreated or towns
    if place.entry.feature == "admin2":
        towns = _towns_of_the_county(towns, place.entry)
    if not towns and place.entry.feature == "admin1":
        # no town in the state, but a county of it ("Carlton, Georgia" too small to know ... "Elbert County")
        towns = [p for p in doc.places if p.entry is not None and p.entry.feature == "admin2" and p.relation not in ("distance", "from", "hospital")
                 and (p.entry.country_code, p.entry.admin1) == (place.entry.country_code, place.entry.admin1)]
    if not towns:
        return place
    dateline = [p for p in towns if p.relation == "dateline"]
    if dateline:
        return dateline[0]
    counts: dict[int, int] = {}
    for town in towns:
        counts[town.entry.id] = counts.get(town.entry.id, 0) + 1
    best = max(counts, key=lambda key: counts[key])
    return next(p for p in towns if p.entry.id == best)


def _a_tolls_sentence(text: str, frame: EventFrame) -> bool:
    """'Since March, 40 people have been shot': a figure summed over many incidents. Not "a total of 12
    people were shot in the fight": a total whose figures the counting kept as one incident's own."""
    if not CUMULATIVE.search(text):
        return False
    counted = any(count is not None for count in (frame.killed, frame.injured, frame.shot))
    return bool(CUMULATIVE.search(TOTAL_ONLY.sub("", text))) or not counted


def group(doc: Document) -> tuple[list[Incident], list[EventFrame]]:
    """Incidents of the article, and the unplaced frames of toll sentences (their counts are claims)."""
    incidents: list[Incident] = []
    tolls: list[EventFrame] = []
    orphans: list[tuple[EventFrame, TimeExpression | None]] = []
    claim_sentences = {doc.sentence_at(c.evidence.start) for c in doc.claims if c.evidence.field == "text"} - {-1}
    # a headline sums up the body: it joins the body's incidents (the one at its place) rather than starting its own
    headlines = [f for f in doc.frames if f.sentence < 0]
    for frame in doc.frames:
        if frame.sentence < 0:
            continue
        place = None if frame.continues else _frame_place(doc, frame)
        if place is not None and place.relation == "hospital":
            place = None  # where the victim was taken: the incident is the one told around it
        if place is not None and place.relation == "dateline" and _a_conflicts_toll(doc.sentence(frame.sentence).text):
            place = None  # "BEIRUT -- More than 9,000 people have been killed in the uprising": a toll, told from there
        time, _attached = _frame_time(doc, frame)
        if place is not None and place.entry.feature == "country":
            continue  # "across Syria": a country-wide statement is not an incident
        if _historical(doc, frame, time):
            frame.historical = True
        if place is None:
            if _a_tolls_sentence(doc.sentence(frame.sentence).text, frame) or frame.sentence in claim_sentences:
                tolls.append(frame)  # a toll or a statistic ("10,000 soldiers have deserted"): its figures are claims
                continue
            if not _specific(frame, time):
                continue  # "attacks were concentrating on ...": no incident of its own to add to
            previous = incidents[-1] if incidents else None
            if previous is not None and _compatible(previous, frame, time) and not _told_apart(doc, frame):
                previous.join(frame, time)
            else:
                orphans.append((frame, time))
            continue
        for elsewhere in _other_places_coordinated(doc, frame, place):
            # "protesters also demonstrated in Deraa and in Deir al-Zor": a protest in each town (ACLED codes
            # one event per place), each its own incident
            incidents.append(Incident(place=elsewhere, time=None if frame.followup else time, frames=[replace(frame)]))
        match = next((i for i in reversed(incidents) if i.place is not None and _same_place(i.place, place) and _compatible(i, frame, time)), None)
        if match is None:
            match = Incident(place=place, time=None if frame.followup else time, frames=[frame])
            incidents.append(match)
            # frames told before any place ("A man was shot and killed late Saturday.") belong here when they fit,
            # unless this one is told as another incident ("In a separate incident, ...")
            for orphan, orphan_time in list(orphans):
                if _compatible(match, orphan, orphan_time) and not _told_apart(doc, frame):
                    match.join(orphan, orphan_time)
                    orphans.remove((orphan, orphan_time))
            continue
        if place.precision < match.place.precision or (
                place.entry.feature in SUB_CITY_FEATURES and match.place.entry.feature not in SUB_CITY_FEATURES) or (
                _a_persons_town(doc, match.place) and _a_place_near_the_town(place, match.place)):
            match.place = place
        match.join(frame, time)
    for frame in headlines:
        place, (time, _attached) = _frame_place(doc, frame), _frame_time(doc, frame)
        if CUMULATIVE.search(doc.sentence(frame.sentence).text) or _the_round_up_of_the_lead(doc, frame):
            tolls.append(frame)
            continue
        frame.historical = _historical(doc, frame, time)
        told_there = next((i for i in incidents if place is not None and i.place is not None and _same_place(i.place, place)
                           and _compatible(i, frame, time)), None)
        if told_there is not None:
            told_there.join(frame, time)
            told_there.place = _headline_town_of_the_incident(doc, frame, told_there.place)
        else:
            orphans.insert(0, (frame, time))
    if orphans:
        place = _default_place(doc)
        if place is None:
            # nothing in the report says where: its casualty figures are kept as claims
            tolls.extend(orphan for orphan, _ in orphans)
        else:
            # unplaced frames of an article that names its place elsewhere ("ROCKY MOUNT, N.C. -- ...")
            for orphan, orphan_time in orphans:
                target = next((i for i in incidents if _compatible(i, orphan, orphan_time)
                               and not any(_told_apart(doc, f) for f in i.frames)), None)
                if target is None:
                    incidents.append(Incident(place=place, time=orphan_time, frames=[orphan]))
                else:
                    target.join(orphan, orphan_time)
                    target.place = _headline_town_of_the_incident(doc, orphan, target.place)
    for incident in incidents:
        incident.frames.sort(key=lambda f: f.sentence)
    if any(not i.historical and i.told for i in incidents):
        incidents = _follow_up_dated_by_its_past(doc, incidents)
        incidents = [i for i in incidents if not i.historical]  # background a report recalls is not its news
    elif any(i.historical and i.told for i in incidents):
        # a court report ("accused in the shooting death of a girl ... plea deals Friday") names its
        # incident only in passing, and tells it where it dates it ("was killed on March 31, 2014")
        incidents = [i for i in incidents if i.historical and i.told] + [i for i in incidents if not i.historical]
    # the incident a report is about first: violence and crowds before arrests and other developments,
    # then the one its headline tells, then the one the report tells most about, then the one it tells first
    incidents.sort(key=lambda i: (all(f.event_type == "Strategic developments" for f in i.frames), not i.told,
                                  not any(f.sentence < 0 for f in i.frames), -len({f.sentence for f in i.frames}), i.first_sentence))
    return _without_retellings(doc, incidents), tolls



#: the body's first sentences, where a round-up report tells its toll
LEAD_SENTENCES = 3


def _the_round_up_of_the_lead(doc: Document, headline: EventFrame) -> bool:
    """'Two teens die early Thursday' above 'Two teenagers died early Thursday in separate incidents': the
    headline's dead are the toll the lead gives over several incidents, no one incident's."""
    if headline.killed is None or headline.killed.best < 2:
        return False
    return any(s.kind == "killed" and s.cumulative and s.count.best == headline.killed.best
               for sentence in doc.sentences[:LEAD_SENTENCES] if sentence.parse is not None
               for s in statements(sentence.parse))


def _headline_town_of_the_incident(doc: Document, frame: EventFrame, place: PlaceMention | None) -> PlaceMention | None:
    """The town a headline says its incident happened in ("Girl shot in Kent drive-by"), in place of another
    town the body's incident it joins was placed in: the body names other towns in passing (where the suspect
    lives, where other shootings were), the headline names the one it is about. Only a town the body names
    too: a headline's town alone is as often a namesake the gazetteer reads wrongly ("in Washington Park") or
    where the news after the incident happened; so is the town of an arrest ("Suspect ... arrested in Portola").
    A state or a county in the headline narrows nothing ("Man shot in Ohio"), and a part of the town or a place
    beside it is the same."""
    if frame.sentence >= 0 or frame.event_type == "Strategic developments":
        return place
    told_in = _frame_place(doc, frame)
    if told_in is None or told_in.relation != "in" or told_in.entry is None or told_in.entry.feature in ("country", "admin1", "admin2"):
        return place
    if not any(p.sentence >= 0 and p.entry is not None and p.entry.id == told_in.entry.id for p in doc.places):
        return place
    if any(p.sentence < 0 and p.relation == "in" and p.entry is not None and p.entry.id != told_in.entry.id for p in doc.places):
        return place  # ("Suspect in Reno shooting arrested in Portola": which town is whose, the headline does not say)
    if place is not None and (place.entry is None or place.entry.feature == "country" or (
            place.entry.feature not in ("admin1", "admin2") and distance_km(
            place.entry.latitude, place.entry.longitude, told_in.entry.latitude, told_in.entry.longitude) <= BESIDE_THE_TOWN_KM)):
        return place
    # (a state or a county the body's incident was placed in, a town's surroundings or a state named in passing
    # "convictions in Georgia", gives way to the town the headline names: it is the more precise place)
    return told_in


#: how far from a town a place the body names may lie and still be the town's incident ("in Englewood", "in Kent")
BESIDE_THE_TOWN_KM = 15


#: what a follow-up report's news is, in its headline or opening: the courts and the arrests after an incident
#: ("Man on trial in death of son", "Suspect pleads guilty in ...", "Two more arrested in ... shooting")
_FOLLOW_UP_NEWS = re.compile(r"\b(?:sentenc\w*|convict\w*|pleads?|pleaded|pled|guilty|trial|jury|jurors|verdict|acquitt\w*|"
                             r"indict\w*|arraign\w*|charged|charges|arrest\w*|extradit\w*|testif\w*|hearing)\b", re.I)


def _opening(doc: Document) -> str:
    """The headline and the first two sentences: where a report says what its news is."""
    return " ".join([doc.article.title or ""] + [doc.sentence(s).text for s in range(min(2, len(doc.sentences)))])


def _opens_with_follow_up_news(doc: Document) -> bool:
    """Whether the headline or the first two sentences tell what followed an incident: a trial, a plea, an arrest."""
    return bool(_FOLLOW_UP_NEWS.search(_opening(doc)))


def _follow_up_dated_by_its_past(doc: Document, incidents: list[Incident]) -> list[Incident]:
    """A follow-up report (a trial, a plea, an arrest) names its incident in its news with no day of
    its own ("a man charged with murder after his son shot himself", dated only by the report or the
    hearing), and tells it where it dates it, as past ("the boy was fatally shot Nov. 9"). At the same
    place, with no other toll, the two are one incident, of the day told: the hearing is no new
    incident (DOMAIN.md), and a report of it dated at the hearing would count the incident twice.
    A report recalling past incidents on several days (a list of cases) is left as it is."""
    if doc.published is None or not _opens_with_follow_up_news(doc):
        return incidents
    past = [i for i in incidents if i.historical and i.told and i.time is not None and i.time.precision == 1 and i.place is not None
            and not any(f.sentence >= 0 and _ANOTHER_TIME.search(doc.sentence(f.sentence).text) for f in i.frames)]
    if not past or len({i.time.day for i in incidents if i.historical and i.time is not None}) != 1:
        return incidents  # a report recalling past incidents on several days (a list of cases): no telling which is its own
    for news in incidents:
        if news.historical or news.place is None or not _dated_by_the_report(doc, news.time):
            continue
        told_there = [p for p in past if _same_place(news.place, p.place) and _tolls_agree(news, p)
                      and any(types_compatible(f.sub_event_type, g.sub_event_type) for f in news.frames for g in p.frames)]
        if not told_there:
            continue
        for frame in (f for p in told_there for f in p.frames):
            frame.historical = False  # the report's news, told as past
        news.frames = sorted(news.frames + [f for p in told_there for f in p.frames], key=lambda f: f.sentence)
        news.time = told_there[0].time
        incidents = [i for i in incidents if all(i is not p for p in told_there)]
        past = [p for p in past if all(p is not t for t in told_there)]
    return incidents


def _follow_up_dated_by_itself(doc: Document, day: date, incident: Incident) -> bool:
    """Whether a report whose news is what followed an incident (a trial, a plea, an arrest) dates the
    incident only by itself: no day told of the incident, or only the report's own or a statement's,
    a hearing's or an arrest's ("a jury convicted him Tuesday"), and so the report's day or the day
    before. Its incident may be months or years older, and merging must look for it there
    (merge/follow_ups.py); a report of an arrest the day after a shooting gives the same day, and finds
    no older event naming the same people."""
    if incident.historical or doc.published is None or not _news_is_what_followed(doc):
        return False
    return day >= doc.published - timedelta(days=1) and (incident.time is None or _dated_by_the_report(doc, incident.time))


#: follow-up words a first report uses too, negated or in another sense: "No arrests have been made", "no one
#: has been charged", "neighbours reported hearing gunshots"
_NOT_FOLLOW_UP_NEWS = re.compile(r"\b(?:no|not|nobody|none)\b(?:\s+\w+){0,3}?\s+(?:arrest\w*|charged|charges)\b"
                                 r"|\bhearing\s+(?:(?:several|multiple|many|two|three|the|a|an)\s+)?"
                                 r"(?:gun\w*|shots?|pops?|bangs?|noises?|screams?|yelling|explosions?|sirens?)\b", re.I)


def _news_is_what_followed(doc: Document) -> bool:
    """Whether the headline or the first two sentences tell what followed an incident (a trial, a plea, an
    arrest), not only that none has followed yet ("No arrests have been made") or what witnesses heard."""
    return bool(_FOLLOW_UP_NEWS.search(_NOT_FOLLOW_UP_NEWS.sub(" ", _opening(doc))))


def _dated_by_the_report(doc: Document, time: TimeExpression | None) -> bool:
    """Whether an incident's day is only the report's: none, the report's own day ("today", a page
    stamp), or the day of a statement, a hearing or an arrest (the day before may be the incident's:
    "died Tuesday night" in Wednesday's report)."""
    if time is None:
        return True
    return doc.published is not None and (time.day >= doc.published or _day_after_the_fact(doc, time))


def _tolls_agree(first: Incident, second: Incident) -> bool:
    """Whether two incidents' dead may be the same people: the same number, or one tells none."""
    killed_first, killed_second = _largest_toll(first)[0], _largest_toll(second)[0]
    return killed_first == killed_second or 0 in (killed_first, killed_second)


def _retells(later: Incident, earlier: Incident) -> bool:
    """Whether an incident the grouping kept apart only tells again one the report already has: it
    names no victim and gives no count of its own, at the same place (or a town beside it) on the
    same day ("I watched them shooting at each other from across the street Sunday", a neighbour says,
    in a report of that shooting). A second incident states something of its own: who was hit, how many;
    unless it is the same toll of two or more as the first's ("Thirteen people shot overnight" in the
    headline, "13 people were wounded late Saturday" below). That same toll on the same day is the
    incident again wherever the sentence places it: a town read from a street's name or a victim's home
    town is not a second shooting of as many people that day."""
    if later.historical != earlier.historical:
        return False
    if any(_counts_told(f) or f.identified for f in later.frames) and not _same_victims(later, earlier):
        return False
    if later.place is None or earlier.place is None or later.place.entry is None or earlier.place.entry is None:
        return False
    if not any(types_compatible(f.sub_event_type, g.sub_event_type) for f in later.frames for g in earlier.frames):
        return False
    a, b = later.place.entry, earlier.place.entry
    near = _same_place(later.place, earlier.place) or (
        a.country_code == b.country_code and a.admin1 == b.admin1 and a.feature != "admin1" and b.feature != "admin1"
        and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= RETELLING_KM)
    if not near:
        # (a far town's name in a sentence that tells the same people hit on the same day is not the incident's place)
        return _same_victims(later, earlier) and (later.time is None or (earlier.time is not None and later.time.day == earlier.time.day))
    return later.time is None or earlier.time is None or abs((later.time.day - earlier.time.day).days) <= 1


#: a retelling may name a town beside the incident's (a suburb, the county seat) up to this far
RETELLING_KM = 25.0


def _named_again(later: Incident, earlier: Incident) -> bool:
    """Whether an incident a report only names ("charged in the shooting deaths of a woman and her
    daughter", "to stand trial for the slayings of two teenagers") is the one it tells elsewhere: the
    same place, compatible types and the same toll. A court report tells its incident as past
    ("were killed on Aug. 6") and names it in its news ("an arrest was made in the deaths"); the
    two readings differ only in being dated to the past or not, and are one incident, as DOMAIN.md
    has it (the same incident told twice in one article is one event)."""
    if later.told or not earlier.told or later.place is None or earlier.place is None:
        return False
    if not _same_place(later.place, earlier.place):
        return False
    if not any(types_compatible(f.sub_event_type, g.sub_event_type) for f in later.frames for g in earlier.frames):
        return False
    toll = _largest_toll(later)
    if sum(toll) == 0 or toll != _largest_toll(earlier):
        return False
    return later.time is None or earlier.time is None or later.time.day == earlier.time.day


def _same_victims(later: Incident, earlier: Incident) -> bool:
    """Whether two incidents of one report tell the same toll of two or more people (the dead and the
    hurt alike): one person hurt is too common a toll to say so."""
    toll = _largest_toll(later)
    return sum(toll) >= 2 and toll == _largest_toll(earlier)


def _largest_toll(incident: Incident) -> tuple[int, int]:
    """(killed, hit): the largest count of the dead and of the hurt or shot its sentences tell."""
    killed = max((f.killed.best for f in incident.frames if f.killed is not None), default=0)
    hit = max((c.best for f in incident.frames for c in (f.injured, f.shot) if c is not None), default=0)
    return killed, hit


#: words that tell an incident as one more after another: "again", "two more", "another shooting", "a separate shooting"
_ANOTHER_TIME = re.compile(r"\b(?:again|\w+ more|another|second|separate|unrelated|renewed|latest)\b", re.I)


def _told_a_day_apart(doc: Document, later: Incident, earlier: Incident) -> bool:
    """Whether an incident the grouping kept apart only for its day is the earlier one told again:
    the same town (or the county or state holding it), at most a day apart, compatible types
    ("shot seven people at a party late Saturday"; "two suspects were sought Sunday after they shot
    seven people"). A report's frames at one town on one day are already one incident (`group`); a
    day's difference there comes from a night that crossed midnight or from the day something was
    said, not from a second incident."""
    if later.historical != earlier.historical or later.time is None or earlier.time is None:
        return False
    if any(f.additional or _ANOTHER_TIME.search(doc.sentence(f.sentence).text) for f in later.frames if f.sentence >= 0):
        return False  # "shelled the town again on Saturday, killing two more": the next day's own incident
    if later.place is None or earlier.place is None or later.place.entry is None or earlier.place.entry is None:
        return False
    a, b = later.place, earlier.place
    if "country" in (a.entry.feature, b.entry.feature):
        return False
    holds = (b.entry.feature in ("admin1", "admin2") and _within(a, b)) or (a.entry.feature in ("admin1", "admin2") and _within(b, a))
    if a.entry.id != b.entry.id and not holds:
        return False  # (a town and its county or state are one place; two towns, or two parts of a city, are not)
    if not any(types_compatible(f.sub_event_type, g.sub_event_type) for f in later.frames for g in earlier.frames):
        return False
    if _largest_toll(later)[0] > _largest_toll(earlier)[0]:
        return False  # more dead told on the other day: another incident, or a toll beyond this one
    return abs((later.time.day - earlier.time.day).days) <= 1


#: how long after an incident a report tells one of its victims dying of the wounds ("died a week later")
LATER_DEATH_DAYS = 7
_DIED = re.compile(r"\b(?:died|dies|succumbed|succumbs|passed\s+away|pronounced\s+(?:\w+\s+)?dead|declared\s+dead|"
                   r"(?:taken|removed)\s+off\s+life\s+support)\b", re.I)


def _a_later_death(doc: Document, later: Incident, earlier: Incident) -> bool:
    """Whether an incident the grouping kept apart for its later day only tells a victim of the earlier one
    dying of the wounds ("On Sunday evening, detectives learned the teen had passed away", in a report of
    Friday's shooting): every sentence of it tells a death, of no more people than the earlier one hit, at
    its place (or a town beside it) within a week after it, and of no one else it names. The death is no
    incident of its own (DOMAIN.md: a victim who dies later is one of the incident's dead)."""
    if later.historical != earlier.historical or later.time is None or earlier.time is None:
        return False
    if not 0 < (later.time.day - earlier.time.day).days <= LATER_DEATH_DAYS:
        return False
    told = [doc.sentence(f.sentence).text for f in later.frames if f.sentence >= 0]
    if not told or not all(_DIED.search(text) and not _ANOTHER_TIME.search(text) for text in told):
        return False
    if any(f.additional for f in later.frames):
        return False
    killed, hit = _largest_toll(later)
    earlier_killed, earlier_hit = _largest_toll(earlier)
    if killed == 0 or hit > 0 or killed > max(earlier_killed + earlier_hit, earlier_hit):
        return False  # ("a 17-year-old died and three others were hurt": a shooting of its own)
    later_names, earlier_names = set().union(*map(_victims, later.frames)), set().union(*map(_victims, earlier.frames))
    if later_names and earlier_names and not later_names & earlier_names:
        return False  # another person named: another death
    return _beside(later, earlier)


def _beside(later: Incident, earlier: Incident) -> bool:
    """Whether two incidents' places are one place, a town and its county, or towns beside each other."""
    if later.place is None or earlier.place is None or later.place.entry is None or earlier.place.entry is None:
        return False
    a, b = later.place.entry, earlier.place.entry
    if "country" in (a.feature, b.feature):
        return False
    if _same_place(later.place, earlier.place) or _within(later.place, earlier.place) or _within(earlier.place, later.place):
        return True
    return (a.country_code == b.country_code and a.admin1 == b.admin1 and a.feature != "admin1" and b.feature != "admin1"
            and distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= RETELLING_KM)


#: a sentence that opens by setting what it tells beside something else: "Earlier on Saturday, ...", "Meanwhile, ..."
_TOLD_AS_NEXT = re.compile(r"^\W*(?:earlier|later|meanwhile|elsewhere|separately|also|in other news)\b", re.I)


def _placed_far_on_its_day(doc: Document, later: Incident, earlier: Incident) -> bool:
    """Whether an incident the grouping kept apart only for a far town tells the earlier one again: on its
    day, no more dead and no more hurt than it, and only people it tells (`_victims_told_before`). A town read far
    from the incident in such a sentence is where a victim lives or was flown to, a street's or a person's
    name, where the suspect was caught ("taken to a hospital in Memphis", "of Miami", "at Elm and Van Buren"),
    more often than a second shooting the report tells that day with none of its own victims."""
    if later.historical != earlier.historical or _beside(later, earlier):
        return False
    if later.time is not None and earlier.time is not None and later.time.day != earlier.time.day:
        return False  # ("On Friday, gunmen killed two villagers in ...", beside Saturday's shelling: another day's own)
    if later.place is None or earlier.place is None or later.place.entry is None or earlier.place.entry is None:
        return False
    if earlier.place.entry.feature in ("admin1", "admin2") and later.place.entry.feature not in ("admin1", "admin2"):
        return False  # (a town's incident is not one a state or a county was read for: the town is the more precise)
    if not any(types_compatible(f.sub_event_type, g.sub_event_type) for f in later.frames for g in earlier.frames):
        return False
    if any(f.additional or (f.sentence >= 0 and (_ANOTHER_TIME.search(doc.sentence(f.sentence).text)
                                                 or _TOLD_AS_NEXT.match(doc.sentence(f.sentence).text))) for f in later.frames):
        return False  # "another man was shot in Toledo", "Earlier on Saturday, a woman was stabbed in Houston": one more
    later_sentences, earlier_sentences = {f.sentence for f in later.frames}, {f.sentence for f in earlier.frames}
    if later_sentences & earlier_sentences:
        return False  # one sentence's towns ("protests in Hama and in Deraa"): an event in each
    if len(later_sentences) > len(earlier_sentences):
        return False  # (a report tells its incident at more length than it retells it in passing)
    killed, hit = _largest_toll(later)
    earlier_killed, earlier_hit = _largest_toll(earlier)
    if killed + hit == 0 or killed > earlier_killed or hit > earlier_killed + earlier_hit:
        return False  # (those it tells shot may be the dead: "found the man shot in the head")
    return _victims_told_before(doc, later, earlier)


def _victims_told_before(doc: Document, later: Incident, earlier: Incident) -> bool:
    """Whether every sentence of an incident that counts people hit tells people the earlier incident has:
    people told before ("the girl was shot in the leg", "both were flown to ..."), or named and aged as the
    earlier one's sentences name them ("Braison Howard, 3, of Nacogdoches"). "A man was shot in Houston",
    "killed five people in Homs" tell people of their own."""
    told = " ".join([doc.article.title or ""] + [doc.sentence(f.sentence).text for f in earlier.frames if f.sentence >= 0])
    for frame in later.frames:
        kinds = {kind for kind in ("killed", "injured", "shot") if getattr(frame, kind) is not None}
        if kinds <= frame.refers_back:
            continue
        names = _victims(frame)
        if not names or not all(_told_in(identity, told) for identity in names):
            return False
    return True


def _told_in(identity: str, text: str) -> bool:
    """Whether a victim's age or name ("age:15", "name:kari oehme") is told in a text: the age as an age, the
    surname as a word (the earlier sentences may name the victim without counting him)."""
    kind, _, value = identity.partition(":")
    if kind == "age":
        return re.search(rf"\b{re.escape(value)}(?:-(?:year|month)-old|,|\s+years?\s+old)", text, re.I) is not None
    words = value.split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", text, re.I) is not None


def _without_retellings(doc: Document, incidents: list[Incident]) -> list[Incident]:
    """The incidents without their retellings (see `_retells`): a retelling is no event of its own.
    Its sentences become more evidence of the first incident it retells when they tell it with
    that incident's sub-event types (so its type stays as told); otherwise they are left out.
    An incident told again a day apart at the same town (`_told_a_day_apart`) is one incident:
    its sentences join the first one's, dated by the earlier of their days when the report tells the
    earlier one in its opening (see `_retold_day_wins`). So is a victim's death told days later
    (`_a_later_death`) and the incident read at a far town on its day (`_placed_far_on_its_day`): their
    sentences join it, and its day stays."""
    kept: list[Incident] = []
    for incident in incidents:
        again = next((k for k in kept if _told_a_day_apart(doc, incident, k)), None)
        if again is not None:
            again.frames = sorted(again.frames + incident.frames, key=lambda f: f.sentence)
            if again.time is not None and _retold_day_wins(incident.time, again.time):
                again.time = incident.time  # as `Incident.join` does: of two days told, the incident's is the first
            continue
        died = next((k for k in kept if _a_later_death(doc, incident, k)), None)
        if died is not None:
            # (the day of the death is not the incident's: the earlier one's stays)
            died.frames = sorted(died.frames + incident.frames, key=lambda f: f.sentence)
            continue
        told = next((k for k in kept if _retells(incident, k) or _named_again(incident, k)), None)
        if told is None:
            far = next((k for k in kept if _placed_far_on_its_day(doc, incident, k)), None)
            if far is None:
                kept.append(incident)
            elif {f.sub_event_type for f in incident.frames} <= {f.sub_event_type for f in far.frames}:
                # (its day is not the incident's: it is only read far away, and may be another story's)
                far.frames = sorted(far.frames + incident.frames, key=lambda f: f.sentence)
        elif {f.sub_event_type for f in incident.frames} <= {f.sub_event_type for f in told.frames}:
            told.frames = sorted(told.frames + incident.frames, key=lambda f: f.sentence)
            if told.time is None or _retold_day_wins(incident.time, told.time):
                # as `Incident.join` does: the headline's "Five men shot at party" is dated where the body says when
                told.time = incident.time
    return kept


def _retold_day_wins(retold: TimeExpression | None, kept: TimeExpression) -> bool:
    """Whether the day of an incident told again replaces the day of the incident it is merged into: a more
    precise day does; an earlier one only when the report tells it in its opening (the headline's "overnight"
    is the body's "late Saturday", the first report's "Monday night" is told "early Tuesday"). Further down,
    an earlier day at the same place is more often another shooting the report recalls ("the drive-by comes
    after another shooting on Sunday", "the third fatal shooting in the city over the weekend") than the
    news's own, which the opening has dated."""
    if retold is None:
        return False
    if retold.precision != kept.precision:
        return retold.precision < kept.precision
    return retold.day < kept.day and retold.sentence < OPENING_SENTENCES


def _toll_claims(doc: Document, frames: list[EventFrame]) -> list[Claim]:
    """'At least 23 people were reported killed yesterday' across a country: a claim, not an event."""
    claims = []
    for frame in frames:
        if frame.killed is None or frame.killed.best == 0:
            continue
        sentence = doc.sentence(frame.sentence)
        quantity = next((q for q in find_quantities(sentence.text) if q.value == frame.killed.best), None)
        if quantity is None or any(c.evidence.start == sentence.start and c.quantity == quantity.value for c in doc.claims):
            continue
        time, _ = _frame_time(doc, frame)
        claims.append(Claim(
            claim_id=f"{doc.article.id}:c{len(doc.claims) + len(claims) + 1}",
            article_id=doc.article.id,
            quantity=quantity.value,
            qualifier=quantity.qualifier,
            what=claim_subject(sentence.text, quantity) or "people killed",
            claimant=sentence.claimant,
            as_of=time.day if time else doc.published,
            country=doc.claims[0].country if doc.claims else None,
            evidence=sentence.evidence(doc.article.id),
        ))
    return claims


#: words before a date that make it the page's own time stamp
_STAMP = re.compile(r"\b(?:posted|updated?|published|created|modified|last updated)\b\W*"
                    # (an update's hour may come first: "UPDATE 8:30 PM, JAN. 3", "Update, 9:45 a.m. Sunday:")
                    r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\b\.?\W*)?(?:on\s+)?$|\(@\w+\)\s*$"
                    # a weather alert the page carries: "Lake Effect Snow Warning issued January 11 at 6:51PM"
                    r"|\b(?:warning|watch|advisory)\s+issued\s+$", re.I)
_EXPLICIT_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: how far into an article its narrative day is looked for
ANCHOR_SENTENCES = 10


def _page_stamp(doc: Document, time: TimeExpression) -> bool:
    """A page's own time stamp ("Posted: Tuesday, May 5, 2015"), not any incident's day."""
    sentence = doc.sentence(time.sentence)
    local = time.start - sentence.start
    if _STAMP.search(sentence.text[max(0, local - 24):local]):
        return True
    return bool(_EXPLICIT_YEAR.search(time.text)) and time.day == doc.published and time.sentence <= 1


#: "Tuesday afternoon", "late Saturday", "overnight": a time of day belongs to an incident, not to a statement
_TIME_OF_DAY = re.compile(r"morning|afternoon|evening|night|overnight|dawn|noon|late|early|yesterday", re.I)


def _still_to_come(doc: Document, time: TimeExpression) -> bool:
    """Whether a day told without its year is one to come (a hearing, a sentencing), not last year's. Not a day
    said of an incident ("pleaded guilty in the Dec. 4 shootout" in October): a shooting is told once it has
    happened, so it is last year's, however near this year's same day. Unless the sentence tells of what is to
    come before the day ("charged in the shootout, will be back in court on Dec. 4", "a trial in the killing is
    set to begin on Dec. 4"): the noun then names the case, and the day is the court's."""
    if not upcoming(time, doc.published) or not _said_of_the_incident(doc, time):
        return upcoming(time, doc.published)
    sentence = doc.sentence(time.sentence)
    local_end = time.end - sentence.start
    if _INCIDENT_AFTER.search(sentence.text[local_end:local_end + 50]):
        return False  # "the Dec. 4 shootout": the noun's own day
    return bool(_TO_COME.search(sentence.text[:time.start - sentence.start]))


#: what a sentence tells as still to come, or as the court's business, before a day it names
_TO_COME = re.compile(r"\b(?:will|would|shall|scheduled|set\s+(?:to|for)|due|upcoming|next|court|trial|hearing|"
                      r"sentencing|meeting|vigil|rally)\b", re.I)


def _within_week(doc: Document, time: TimeExpression | None) -> TimeExpression | None:
    """'last week's drive-by shooting', told later as 'on Tuesday, July 26': the day, when the
    article names one in that week that is not an arrest's or a statement's. So too for a month:
    'killed last month', told later as 'shot on Dec. 23' (a day written out, in that month)."""
    if time is None or time.precision not in (2, 3):
        return None
    for other in doc.times:
        if other.precision != 1:
            continue
        if time.precision == 2 and abs((other.day - time.day).days) > 5:
            continue
        if time.precision == 3 and ((other.day.year, other.day.month) != (time.day.year, time.day.month)
                                    or not WRITTEN_OUT_DAY.search(other.text) or _still_to_come(doc, other)):
            continue
        if _day_after_the_fact(doc, other) or _page_stamp(doc, other):
            continue
        return other
    return None


def _far_day_stands(doc: Document, far: TimeExpression, anchor: TimeExpression | None) -> bool:
    """Whether the day a far sentence gives an incident its opening leaves undated stands against the day the
    opening's narrative sits on: when the opening names none, when the far day is said of the incident noun
    ("Tuesday's incident marks the third shooting"), or when the opening's day is background ("unlike
    the Thanksgiving shooting of 2013") and the far day is not."""
    if anchor is None or (far.sentence >= 0 and _said_of_the_incident(doc, far)):
        return True
    return _long_before(doc, anchor) and not _long_before(doc, far)


def _long_before(doc: Document, time: TimeExpression) -> bool:
    """Whether a day lies so long before the report that it is background, not the report's news."""
    return doc.published is not None and (doc.published - time.day).days > BACKGROUND_DAYS


def _anchor_time(doc: Document) -> TimeExpression | None:
    """The day an article's narrative sits on when a sentence names none: the first day the
    opening sentences name (one with a time of day first), leaving out page stamps and the
    days statements were made ("police said Tuesday")."""
    candidates = []
    statement_days = []
    told_further: list[TimeExpression] = []
    said_of_it: list[TimeExpression] = []
    written_further: list[TimeExpression] = []
    for time in doc.times:
        if time.precision != 1 or _page_stamp(doc, time) or _still_to_come(doc, time):
            continue
        if _EXPLICIT_YEAR.search(time.text) and time.day == doc.published:
            continue  # a full date equal to the publication day: the page's date, not the incident's
        if time.sentence >= 0 and _said_of_the_incident(doc, time):
            said_of_it.append(time)
        if time.sentence > ANCHOR_SENTENCES:
            if not told_further and _of_time_of_day(doc, time) and not _day_after_the_fact(doc, time):
                told_further.append(time)
            elif (not written_further and WRITTEN_OUT_DAY.search(time.text) and doc.published is not None
                  and time.day < doc.published and not _day_after_the_fact(doc, time)):
                written_further.append(time)
            continue
        if _day_after_the_fact(doc, time):
            statement_days.append(time)  # "police said Tuesday", "was arrested Monday night": a last resort
            continue
        candidates.append(time)
    # a day the opening says of the incident itself ("charged in the Nov. 13 shooting") before the days of what
    # the report is about now (a trial, an arrest), unless a sentence telling violence with its verb names a
    # day first; further down, a day said of an incident may be another's ("unlike the June 30 death of ..."):
    # it comes after the opening's days, before the statements'
    told_by_verb = {f.sentence for f in doc.frames if not f.nominal}
    told_first = next((t for t in candidates if t.sentence in told_by_verb), None)
    opening_said_of_it = [t for t in said_of_it if t.sentence <= ANCHOR_SENTENCES]
    if opening_said_of_it and (told_first is None or (opening_said_of_it[0].sentence, opening_said_of_it[0].start)
                               < (told_first.sentence, told_first.start)):
        return opening_said_of_it[0]
    timed = [t for t in candidates if _of_time_of_day(doc, t)]
    if not timed and doc.published is not None:
        # a report about a day past (a plea, an arrest) that dates its incident in full: "discharged June 3"
        dated = [t for t in candidates if WRITTEN_OUT_DAY.search(t.text) and t.day < doc.published]
        if dated:
            return dated[0]
    if timed:
        # a day the opening tells before the first one with its hour, and earlier than it, is the incident's:
        # "struck by a stray bullet in his home Monday ... Leaving her home Tuesday night, his mother said"
        earlier = [t for t in candidates if (t.sentence, t.start) < (timed[0].sentence, timed[0].start) and t.day < timed[0].day
                   and t.sentence < OPENING_SENTENCES]
        chosen = earlier[0] if earlier else timed[0]
        return _hour_of_the_violence_before(doc, chosen, timed[1:] + told_further) or chosen
    # a report that opens with the scene and the victims may tell the day with its hour only further on
    # ("Officers were called there about 9 p.m. Monday" in its fifteenth sentence): that day, when the
    # opening names none at all (a statement's day told there is the likelier: further down come
    # memorials, hearings and other incidents)
    # and last, a day written out further down ("Deputies found the car on July 14"), before the publication
    # day: a follow-up or a page stamped weeks on tells its incident's day only there
    if not candidates and not said_of_it and statement_days:
        earlier = _told_before_the_news(doc, statement_days[0], told_further + written_further)
        if earlier is not None:
            return earlier
    return (candidates or said_of_it or statement_days or told_further or written_further or [None])[0]


#: how many days before the report's own day, told of no violence, the hour of the violence may come
HOUR_BEFORE_THE_REPORT_S_DAY = 2


def _hour_of_the_violence_before(doc: Document, chosen: TimeExpression, others: list[TimeExpression]) -> TimeExpression | None:
    """'A family waited at the hospital Friday morning' opening a report of Friday, and 'at about 9:30 p.m. Thursday
    a shot went off' below it: a day of the report's own told where no violence is (a vigil, a court, a bedside)
    gives way to a day just before it that a sentence telling the violence gives to the hour."""
    if chosen.day != doc.published or _tells_violence(doc, chosen.sentence):
        return None
    return next((t for t in others if 0 < (chosen.day - t.day).days <= HOUR_BEFORE_THE_REPORT_S_DAY
                 and _told_to_the_hour(doc, t) and _tells_violence(doc, t.sentence)), None)


def _tells_violence(doc: Document, sentence: int) -> bool:
    """Whether a sentence tells violence: an event frame's, or one about a gun or its shots."""
    return any(f.sentence == sentence for f in doc.frames) or bool(_OF_THE_SHOOTING.search(doc.sentence(sentence).text))


def _told_to_the_hour(doc: Document, time: TimeExpression) -> bool:
    """'at about 9:30 p.m. Thursday', 'Thursday at 5:30 p.m.': a day told with its clock hour."""
    sentence = doc.sentence(time.sentence)
    local_start, local_end = time.start - sentence.start, time.end - sentence.start
    return bool(_CLOCK.search(sentence.text[max(0, local_start - 25):local_start]) or _CLOCK.search(sentence.text[local_end:local_end + 12]))


#: how long before the day of a report's news (an arrest, a release on bail) its incident may have happened
NEWS_AFTER_THE_INCIDENT_DAYS = 7


#: what a sentence about a shooting's own moments names: its gun, its shots
_OF_THE_SHOOTING = re.compile(r"\b(?:guns?|pistols?|handguns?|rifles?|shotguns?|firearms?|weapons?|shots?|gunshots?|gunfire|"
                              r"bullets?|fired|shooting)\b", re.I)


def _told_before_the_news(doc: Document, news: TimeExpression, further: list[TimeExpression]) -> TimeExpression | None:
    """'walked out of jail Thursday' in a report's opening and 'found the gun under a sofa Tuesday night' further
    down: when the opening names only the day of what followed the incident, a day the report tells further down
    in the week before it, in a sentence telling the incident, is the incident's (what followed came after it); a
    later day there is another story's, and a sentence naming two days tells a span or a schedule ("stolen between
    9 p.m. Friday and noon Saturday", "services at 8 a.m. Saturday and 11 a.m. Sunday"), not the incident's hour."""
    # (only a day told of the incident: a frame's sentence, or one about its gun or its shots; not "the council
    # met Tuesday night")
    told_with_a_frame = {f.sentence for f in doc.frames}
    earlier = [t for t in further if 0 < (news.day - t.day).days <= NEWS_AFTER_THE_INCIDENT_DAYS
               and (t.sentence in told_with_a_frame or _OF_THE_SHOOTING.search(doc.sentence(t.sentence).text))
               and len({other.day for other in doc.times if other.sentence == t.sentence}) == 1]
    return min(earlier, key=lambda t: (t.sentence, t.start)) if earlier else None


def _said_of_the_incident(doc: Document, time: TimeExpression) -> bool:
    """Whether a day is told of an incident noun: "the Nov. 13 shooting scene", "Sunday's shooting"."""
    sentence = doc.sentence(time.sentence)
    local = time.start - sentence.start
    return _dates_the_incident(sentence.text, local, local + len(time.text))


_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\bmidnight\b|\bnoon\b", re.I)


def _of_time_of_day(doc: Document, time: TimeExpression) -> bool:
    """'Tuesday afternoon', 'between 9 p.m. and 10 p.m. Thursday': a day told with its hour."""
    if _TIME_OF_DAY.search(time.text):
        return True
    sentence = doc.sentence(time.sentence)
    local_start, local_end = time.start - sentence.start, time.end - sentence.start
    return bool(_CLOCK.search(sentence.text[max(0, local_start - 25):local_start]) or _CLOCK.search(sentence.text[local_end:local_end + 12]))


def _total(frames: list[EventFrame], kind: str) -> Count | None:
    """The largest figure any sentence gives for one kind of victim, or more where a sentence
    adds victims ("another man was wounded") to those told up to it."""
    told = [(f, getattr(f, kind), kind in f.vague) for f in frames if getattr(f, kind) is not None]
    # "women killed" (3) gives way to "two women were killed"
    firm = [(f, count) for f, count, vague in told if not vague] or [(f, count) for f, count, _ in told]
    top = max((count for _, count in firm), key=lambda c: c.best, default=None)
    firm_frames = {id(f) for f, _ in firm}

    def told_in(frame: EventFrame) -> int:
        if kind == "shot":  # "a man was killed ... another man was shot": one more than the dead
            return _people_hit(frame)
        count = getattr(frame, kind)
        return count.best if count is not None and id(frame) in firm_frames else 0

    for adding in (f for f in frames if f.additional.get(kind)):
        more_people = adding.additional[kind]
        if _told_again(frames, adding, kind):
            continue
        # the others are more than those told just before them ("one victim was found at the scene ...
        # two other victims went to a hospital"); the headline sums up the whole report, not the body before
        earlier = [f for f in frames if 0 <= f.sentence < adding.sentence]
        last = next((f for f in reversed(earlier) if told_in(f) or (kind == "injured" and _tells_the_dead_only(f))), None)
        if kind in adding.rest_of_group and not (last is not None and kind != "killed" and _tells_the_dead_only(last)):
            continue  # "four were found shot, one was dead ... the other three": among the four
        if kind in adding.described and last is not None and not _vague_figure(last, kind) and not _tells_the_dead_only(last):
            # "One was killed and five others injured ... Another victim was in critical condition": one of
            # the five, told by how he is (beside "One died at the scene. Another is in critical
            # condition", the dead just told, or beside "several were hurt", no figure, he is more)
            continue
        before = told_in(last) if last is not None and not _one_of_a_group_told(frames, adding) else 0
        with_added = before + more_people
        if top is None:
            top = Count.exact(with_added)
        elif with_added > top.best:
            more = with_added - top.best
            top = Count(best=with_added, low=top.low + more if top.low is not None else None,
                        high=top.high + more if top.high is not None else None)
    return top


def _one_of_a_group_told(frames: list[EventFrame], adding: EventFrame) -> bool:
    """'He shot four people, killing one ... A third man was shot in the neck and killed': the dead an ordinal
    tells is one of a group another sentence tells hit, as many as the ordinal or more; his death is one of
    those that group tells, not one more (but "two men were shot dead ... a third man" is a third death)."""
    ordinal = adding.ordinal_of_the_dead
    return ordinal > 0 and any(_people_hit(f) >= ordinal for f in frames if f is not adding)


def _vague_figure(frame: EventFrame, kind: str) -> bool:
    """Whether the figure a frame gives for one kind is only the codebook's reading of a vague word
    ("several were hurt"); people hit count the dead and the hurt too."""
    return kind in frame.vague or (kind == "shot" and bool(frame.vague & {"killed", "injured"}))


def _tells_the_dead_only(frame: EventFrame) -> bool:
    """'One man died at the hospital. Another man is in critical condition.': "another" is beside
    the dead just told, one of the hurt told before them, not one more."""
    return frame.killed is not None and frame.killed.best > 0 and frame.injured is None and frame.shot is None


def _told_again(frames: list[EventFrame], adding: EventFrame, kind: str) -> bool:
    """'One killed, eight others wounded ... she was among eight other people wounded': the others
    told beside the dead before, told again (not where those told before are the dead themselves)."""
    more_people = adding.additional[kind]
    return kind != "killed" and any(
        getattr(f, kind) is not None and getattr(f, kind).best == more_people and f.killed is not None and f.killed.best != more_people
        for f in frames if f is not adding)


def _people_hit(frame: EventFrame) -> int:
    """People a sentence says were hit: shot, or killed and injured."""
    return max(frame.shot.best if frame.shot else 0,
               (frame.killed.best if frame.killed else 0) + (frame.injured.best if frame.injured else 0))


class _People:
    """Victims a report names one by one, by age or by name; the same person told twice counts once.

    Ages and names are counted apart ("a 16-year-old" and "William Pagan" may be one boy), so
    the number of people is the larger of the distinct ages and the distinct names (names that
    share a word, "Ketron" and "Ketron Nathan", are one person)."""

    def __init__(self, identities: set[str]) -> None:
        self.ages: set[str] = set()
        self.names: list[set[str]] = []
        for identity in identities:
            for part in identity.split(";"):
                kind, _, value = part.partition(":")
                if kind == "age":
                    self.ages.add(value)
                elif kind == "name":
                    self._add_name(set(value.split()))

    def _add_name(self, words: set[str]) -> None:
        for cluster in [c for c in self.names if c & words]:
            words |= cluster
            self.names.remove(cluster)
        self.names.append(words)

    def without(self, others: _People) -> _People:
        """These people less those told in others. Where others are told only by age ("a
        17-year-old died"), a person told only by name ("Lane was taken to hospital") may be one of
        them, so a kind of identity the others lack tells no one apart."""
        rest = _People(set())
        told_apart_by_age = bool(others.ages) or not others.names
        told_apart_by_name = bool(others.names) or not others.ages
        rest.ages = self.ages - others.ages if told_apart_by_age else set()
        rest.names = [c for c in self.names if not any(_one_name(c, o) for o in others.names)] if told_apart_by_name else []
        return rest

    def among(self, others: _People) -> int:
        """How many of these people the others surely include: the same age or the same name."""
        return max(len(self.ages & others.ages), sum(1 for c in self.names if any(_one_name(c, o) for o in others.names)))

    def __len__(self) -> int:
        return max(len(self.ages), len(self.names))


def _one_name(first: set[str], second: set[str]) -> bool:
    """Whether two names may be one person's: one holds the other ("ketron", "ketron nathan"); a
    shared surname alone is a family ("wyatt krauss", "dale krauss")."""
    return bool(first) and bool(second) and (first <= second or second <= first)


#: words telling that someone hurt may live ("was treated and released", "is expected to survive", "is alive",
#: "in critical condition"). Read in the whole report, because the sentences telling the living often tell no
#: harm and make no frame; a match anywhere, even negated or of another incident, only keeps the killed rule of
#: a murder-suicide from counting those he shot as dead, the conservative reading.
_SURVIVORS = re.compile(r"\b(?:treated and released|released from (?:the |a )?hospital|expected to (?:survive|recover|live)|"
                        r"will survive|survived (?:the|his|her|their)\b|non\W*life\W*threatening|not (?:believed to be |considered )?"
                        r"life\W*threatening|(?:stable|good|fair|critical|serious|grave|guarded) condition|alive|"
                        r"hospitali[sz]ed|recovering|survivors?)\b", re.I)


def _counts(frames: list[EventFrame], survivors_told: bool = False) -> tuple[Count, Count | None, Count | None, int | None]:
    """killed, injured, arrested and the mixed figure of one incident told in several sentences.

    The same victims are told again and again ("four were shot ... the four victims"), so a
    kind's count is its largest figure, plus victims marked as additional ("another man was
    wounded"). People hit whose fate is not told are injured unless counted as killed."""
    # "he shot three relatives and then himself ... two were treated and released": those he shot died only
    # where the report tells no one as living, nor, counting them all dead, has anyone left hurt
    murder_suicide = 0 if survivors_told else _shot_in_a_murder_suicide(frames)
    counted = _counts_with(frames, murder_suicide)
    if murder_suicide and counted[1] is not None and counted[1].best > 0:
        return _counts_with(frames, 0)
    return counted


def _counts_with(frames: list[EventFrame], murder_suicide: int) -> tuple[Count, Count | None, Count | None, int | None]:
    """The counts of `_counts`, with the dead a murder-suicide's killer and those he shot would make."""
    dead_identities = set().union(*(f.identified.get("killed", set()) for f in frames))
    hurt_identities = set().union(*(f.identified.get(k, set()) for f in frames for k in ("injured", "shot")))
    dead_people = _People(dead_identities)
    # (the other names and ages of the dead tell who among the hurt died; they count no one more)
    dead_as_told_anywhere = _People(_with_linked(dead_identities, hurt_identities))
    hurt_people = _People(hurt_identities).without(dead_as_told_anywhere)
    killed = _total(frames, "killed") or Count.exact(0)
    # a killer who then killed himself is one more than the people his sentence says he
    # killed; a total told elsewhere ("three are dead") already counts him
    with_killer = max(((f.killed.best if f.killed else 0) + 1 for f in frames if f.perpetrator_died), default=0)
    with_killer = max(with_killer, _dead_with_a_killer_told_apart(frames), murder_suicide)
    if with_killer > killed.best:
        killed = Count(best=with_killer, low=with_killer, high=killed.high and max(killed.high, with_killer))
    # "two teens were shot ... a 15-year-old died ... a 17-year-old died": the dead by their distinct ages, up
    # to the people the report says were hit; with no such figure, other ages of the dead are mostly other cases
    # told beside it ("a 4-year-old was killed the same way last spring") or a headline misread
    top_shot = _total(frames, "shot")
    if top_shot is not None and killed.best < len(dead_people.ages) <= top_shot.best:
        killed = Count(best=len(dead_people.ages), low=len(dead_people.ages), high=killed.high and max(killed.high, len(dead_people.ages)))
    # "Soto and three of his cousins were wounded ... Soto died": the wounded less the dead among them;
    # and "the victim was taken away in critical condition" beside a death is, as likely as not, the dead
    # (a survivor is told first as such: "a man was killed and a woman wounded")
    told_hurt = [f for f in frames if not (killed.best and "injured" in f.refers_back and not f.killed)]
    top_injured = _total([_without_the_dead(f, dead_as_told_anywhere) for f in told_hurt], "injured")
    injured_best = top_injured.best if top_injured else 0
    injured_best = _hurt_apart_from_the_dead(frames, killed.best, injured_best)
    injured_best = max(0, injured_best - max(_dead_among_the_hurt_told_before(frames, injured_best),
                                             _dead_told_back_as_the_hurt(frames, injured_best)))
    # named survivors count beside the dead, unless the dead are unnamed and could be among them
    named_survivors = max(0, len(hurt_people) - max(0, killed.best - len(dead_people)))
    hit = max(top_shot.best if top_shot else 0, killed.best + injured_best, killed.best + named_survivors,
              killed.best + _shot_by_the_killer_and_alive(frames), killed.best + _one_more_carried_alive(frames, killed.best))
    injured: Count | None = None
    if top_injured is not None or top_shot is not None or hurt_people:
        injured = Count.exact(max(injured_best, hit - killed.best))
    if injured is not None and injured.best == 1 and killed.best == 1 and _the_dead_told_gravely_hurt(frames, dead_people):
        injured = Count.exact(0)
    top_arrested = _total(frames, "arrested")
    arrested = Count.exact(top_arrested.best) if top_arrested else None
    mixed = max((f.killed_or_injured for f in frames if f.killed_or_injured is not None), default=None)
    return killed, injured, arrested, mixed


def _one_more_carried_alive(frames: list[EventFrame], killed: int) -> int:
    """'Three men were killed ... A girl of six was flown to a hospital': beside two dead or more, one person told
    as new (not "the victim", "she") and only as carried to care, in a sentence telling no death, is someone the
    toll of the dead does not hold (1; else 0). Beside one death he may be the dead before he died."""
    if killed < 2:
        return 0
    return int(any(f.sentence >= 0 and f.killed is None and not f.refers_back and not f.additional
                   and f.trigger_token is not None and f.trigger_token.lemma_.lower() in TRANSPORT_LEMMAS
                   and f.trigger_token.tag_ == "VBN"  # ("was flown", not "sending him for treatment")
                   and _people_hit(f) == 1 and not _tells_a_death(f.trigger_token.sent) for f in frames))


def _tells_a_death(sentence: Token) -> bool:
    """'flown to the trauma centre, where she died hours later': a death told beside the care, counted or not."""
    return any(t.lemma_.lower() in DIE_LEMMAS | KILL_LEMMAS or t.lower_ in ("dead", "killed") for t in sentence)


def _dead_with_a_killer_told_apart(frames: list[EventFrame]) -> int:
    """'A man shot his wife and then turned the gun on himself ... The woman died at the scene': a killer's own
    death, told in a sentence that tells none of his victims dead, is one more than the dead the body tells
    elsewhere (0 where no such sentence is). Not where those dead outnumber the people his sentence says he
    shot ("shot his two sons and then himself ... all three are dead": the three hold him), nor beside a toll
    that holds him ("a murder-suicide", "including the gunman", "killed two before killing himself"), nor beside
    a headline's toll (a summing up that may hold him)."""
    apart = [f for f in frames if f.killer_died_apart]
    if not apart or any(f.killer_among_dead or (f.perpetrator_died and not f.killer_died_apart) for f in frames):
        return 0  # (a sentence that tells his death beside his victims' has counted him already)
    shot_by_him = max((f.shot_by_killer for f in apart), default=0) or None
    if not any(f.killing_told for f in frames) and shot_by_him is None:
        return 0  # "a boy died of a self-inflicted wound ... he was pronounced dead": no one else he killed
    victims = max((f.killed.best for f in frames if f.killed is not None and not f.perpetrator_died and f.sentence >= 0), default=0)
    if not victims or (shot_by_him is not None and victims > shot_by_him):
        return 0
    return victims + 1


def _shot_in_a_murder_suicide(frames: list[EventFrame]) -> int:
    """'Family found in an apparent murder-suicide ... he shot his wife and son before killing himself': where a
    toll holds the killer and no one is told hurt, those he shot died, and he with them (0 where no such
    sentence is)."""
    if not any(f.killer_among_dead for f in frames) or any(f.injured is not None and f.injured.best > 0 for f in frames):
        return 0
    dead = max((f.shot.best + 1 for f in frames if f.perpetrator_died and f.killed is None and f.shot is not None
                and "shot" not in f.vague), default=0)
    # ("he shot the girl and her mother, then himself ... the mother was taken to a hospital": one of them told
    # apart as hit, so maybe alive; but "they found three people with gunshot wounds" are the dead told as hit)
    hit_apart = [f.shot.best for f in frames if f.shot is not None and not f.perpetrator_died]
    return dead if all(hit >= dead for hit in hit_apart) else 0


def _shot_by_the_killer_and_alive(frames: list[EventFrame]) -> int:
    """'He shot his girlfriend and then himself': the people a killer who died shot are others than him, so
    those of them the report tells dead nowhere (neither in his sentence nor in any other) were hurt."""
    # (the most dead any sentence tells, his own sentence's victims among them; where that figure is the killer
    # himself, "the suspect died", taking it for a victim errs low)
    # (a toll that holds him, "a murder-suicide", "five dead, including the gunman", has one victim fewer)
    dead_told = max((f.killed.best - int(f.killer_among_dead and not f.perpetrator_died) for f in frames if f.killed is not None),
                    default=0)
    tolls = [f.killed for f in frames if f.killed is not None]
    if tolls and all(toll.high is None for toll in tolls):
        return 0  # (only "a murder-suicide", at least two dead: no figure of his victims to count the living by)
    alive = 0
    # ("shot his children and then himself": a plural's reading is no figure to count the living by)
    for frame in (f for f in frames if f.perpetrator_died and f.shot is not None and "shot" not in f.vague):
        alive = max(alive, frame.shot.best - dead_told)
    return alive


def _the_dead_told_gravely_hurt(frames: list[EventFrame], dead: _People) -> bool:
    """'A 16-year-old was critically injured ... The boy died Friday': in a report of one death, the one
    person told only as gravely hurt, in sentences telling no death, is the dead told before he died,
    unless the report tells them apart (another sex, another age or name, a killer who died too)."""
    hurt = [f for f in frames if f.injured is not None and f.injured.best > 0]
    if not hurt or not all(f.gravely_hurt_one for f in hurt) or any(f.perpetrator_died for f in frames):
        return False
    if any(f.additional.get("injured") or f.additional.get("shot") or (f.shot is not None and f.shot.best > 1) for f in frames):
        return False
    if len(set().union(*(f.sexes.get(kind, set()) for f in frames for kind in ("killed", "injured")))) > 1:
        return False
    hurt_people = _People(set().union(*(f.identified.get("injured", set()) for f in hurt)))
    return not (hurt_people.ages and dead.ages and not hurt_people.ages & dead.ages) and not (
        hurt_people.names and dead.names and not any(_one_name(a, b) for a in hurt_people.names for b in dead.names))


def _with_linked(dead: set[str], others: set[str]) -> set[str]:
    """The dead with the other names or ages the report gives them: "Gabby Lee, an 8-year-old, was
    shot ... the 8-year-old died ... Lee was in critical condition" (Lee is the girl who died)."""
    linked = set(dead)
    told_dead = {part for identity in dead for part in identity.split(";")}
    for identity in others:
        parts = identity.split(";")
        if len(parts) > 1 and any(_same_person_part(part, told) for part in parts for told in told_dead):
            linked.add(identity)
    return linked


def _same_person_part(part: str, told: str) -> bool:
    """The same age, or a name one of whose forms holds the other ("hill carter", "gabby hill carter";
    not "wyatt krauss" and "david krauss", a family's two people)."""
    kind, _, value = part.partition(":")
    told_kind, _, told_value = told.partition(":")
    if kind != told_kind:
        return False
    if kind == "age":
        return value == told_value
    words, told_words = set(value.split()), set(told_value.split())
    return bool(words) and bool(told_words) and (words <= told_words or told_words <= words)


def _dead_among_the_hurt_told_before(frames: list[EventFrame], injured: int) -> int:
    """'Four people were injured in a shooting. One of the men later died.': the dead told as a share
    of the hurt, when the hurt's figure was told before them and without any dead."""
    shares = [f for f in frames if f.dead_among_hurt and f.killed is not None and f.sentence >= 0]
    if not shares or not injured:
        return 0
    first = min(f.sentence for f in shares)
    hurt_before = any(f.injured is not None and f.injured.best == injured and not f.killed and 0 <= f.sentence < first for f in frames)
    told_dead_elsewhere = any(f.killed is not None and f.killed.best and not f.dead_among_hurt and f.sentence >= 0 for f in frames)
    return max(f.killed.best for f in shares) if hurt_before and not told_dead_elsewhere else 0  # type: ignore[union-attr]


def _hurt_apart_from_the_dead(frames: list[EventFrame], killed: int, injured: int) -> int:
    """'Four people were wounded ... A man is dead and three others were hospitalized': where a sentence
    tells the dead apart from the hurt, a figure of hurt that is both together, in a sentence telling no
    death, was told before one of them died (GVA counts him killed only)."""
    split = [f.injured.best for f in frames if f.killed is not None and f.killed.best == killed and f.injured is not None
             and not f.vague & {"killed", "injured"} and f.injured.best > 0]
    if not killed or not split or injured != max(split) + killed:
        return injured
    if any(f.injured is not None and f.injured.best == injured and f.killed is not None for f in frames):
        return injured  # ("one dead and four hurt" told too: the four are beside the dead)
    return max(split)


def _dead_told_back_as_the_hurt(frames: list[EventFrame], injured: int) -> int:
    """'A man was wounded in a shooting Friday. He died at the hospital': where every sentence of the
    body that tells a death points back to someone ("he", "the victim") and only the hurt were told
    before it, the dead are among the hurt (GVA counts them killed, not also injured). Not "a deputy was
    shot ... the suspect is now dead": the culprit was not one of those he hurt."""
    deaths = [f for f in frames if f.killed is not None and f.killed.best > 0 and f.sentence >= 0]
    if any(f.culprit_dead for f in deaths):
        return 0
    if not deaths or not injured or not all("killed" in f.refers_back for f in deaths):
        return 0
    first = min(f.sentence for f in deaths)
    # ("multiple people had been injured ... the man died": a vague figure may not hold him)
    if not any(f.injured is not None and f.injured.best > 0 and "injured" not in f.vague and not f.killed
               and 0 <= f.sentence < first for f in frames):
        return 0
    return max(f.killed.best for f in deaths)  # type: ignore[union-attr]


def _without_the_dead(frame: EventFrame, dead: _People) -> EventFrame:
    if frame.injured is None or not frame.identified.get("injured"):
        return frame
    died = _People(frame.identified["injured"]).among(dead)
    if not died:
        return frame
    return replace(frame, injured=Count.exact(max(0, frame.injured.best - died)))


#: state forces, and the crowd of a protest, named in a sentence that tells of harm
_STATE_FORCES = re.compile(r"\b(?:police(?:men)?|security forces|troops|soldiers|army|military|gendarme\w*|regime forces|"
                           r"government forces)\b", re.I)
_THE_CROWD = re.compile(r"\b(?:crowds?|protesters|protestors|demonstrators|marchers|mourners|rally|protest|demonstration|march)\b", re.I)


def _force_against_the_crowd(doc: Document, frames: list[EventFrame], sub_event_type: str) -> EventFrame | None:
    """The frame, if any, telling that state forces killed or wounded people of the crowd of a protest
    the report otherwise tells as peaceful or only broken up, in a sentence of its own ("Thousands
    rallied in Hama ... Security forces opened fire on the crowd, killing two"): ACLED's one event
    of excessive force against protesters, not a protest and a separate attack."""
    if sub_event_type not in ("Peaceful protest", "Protest with intervention"):
        return None
    for frame in frames:
        if SUB_EVENT_TYPES[frame.sub_event_type] != "Violence against civilians" or frame.sentence < 0:
            continue
        harmed = any(c is not None and c.best > 0 for c in (frame.killed, frame.injured)) or bool(frame.shot and frame.shot.best)
        text = doc.sentence(frame.sentence).text
        if harmed and _STATE_FORCES.search(text) and _THE_CROWD.search(text):
            return frame
    return None


#: a protest's course, its gravest told first: ACLED codes a protest the police broke up, or fired on, as
#: that, whichever sentence tells it ("Hundreds marched in Tunis. Police arrested 12 demonstrators.")
PROTEST_SEVERITY = ("Excessive force against protesters", "Protest with intervention")


def _crowd_dispersed(doc: Document, frames: list[EventFrame], sub_event_type: str) -> bool:
    """Whether the sentence right after a peaceful protest's, telling of no incident of its own, says
    that state forces broke it up ("Hundreds marched in Santiago. Police used water cannon to disperse
    them."): ACLED's protest with intervention, whose breaking up no trigger word of its own tells."""
    if sub_event_type != "Peaceful protest":
        return False
    told = {f.sentence for f in doc.frames}
    for frame in frames:
        following = frame.sentence + 1
        if frame.sentence < 0 or following >= len(doc.sentences) or following in told:
            continue
        text = doc.sentence(following).text
        if _STATE_FORCES.search(text) and PROTEST_INTERVENTION.search(text):
            return True
    return False


def _event_type(frames: list[EventFrame]) -> tuple[str, str, EventFrame]:
    # the headline only sums up: a body sentence of the same type is the better source
    best = min(frames, key=lambda f: (TYPE_PRIORITY.index(f.event_type), f.sentence < 0,
                                      PROTEST_SEVERITY.index(f.sub_event_type) if f.sub_event_type in PROTEST_SEVERITY else len(PROTEST_SEVERITY),
                                      f.sentence))
    return best.event_type, best.sub_event_type, best


#: kilometres in a degree of latitude
KM_PER_DEGREE = 111.2
#: where a compass part of a county lies from the county's centre ("in northwest Harris County"): about half way
#: to its edge, for a county of the usual size
COUNTY_PART_KM = 20.0
_COMPASS_BEARINGS = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0, "southwest": 225.0,
                     "west": 270.0, "northwest": 315.0}
_COMPASS_PART_BEFORE = re.compile(r"\b((?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+$", re.I)
_COMPASS_PART_FIRST = re.compile(r"((?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+(?=\S)", re.I)


def _point_of_a_part_of_the_county(doc: Document, place: PlaceMention) -> tuple[float, float] | None:
    """A point for "north Harris County", "in southwestern Cooper County": the county's own point is its seat or
    its centre, which a report that names the part of the county it happened in places farther than it says.
    The part may be told where the county is named again ("FRANKLIN COUNTY -- ... in north Franklin County")."""
    entry = place.entry
    if entry is None or entry.feature != "admin2":
        return None
    latitude, longitude = entry.centre_latitude or entry.latitude, entry.centre_longitude or entry.longitude
    if latitude is None or longitude is None:
        return None
    for named in [place] + [p for p in doc.places if p.entry is not None and p.entry.id == entry.id and p is not place]:
        direction = _compass_part_written(doc, named)
        if direction is not None:
            bearing = math.radians(_COMPASS_BEARINGS[direction])
            return (latitude + COUNTY_PART_KM * math.cos(bearing) / KM_PER_DEGREE,
                    longitude + COUNTY_PART_KM * math.sin(bearing) / (KM_PER_DEGREE * math.cos(math.radians(latitude))))
    return None


def _compass_part_written(doc: Document, place: PlaceMention) -> str | None:
    """The compass part of an area written before its name or as the first word of it ("South Bexar County"),
    unless the name has it itself ("East Baton Rouge Parish")."""
    sentence = doc.sentence(place.sentence)
    local = place.start - (sentence.start if place.sentence >= 0 else 0)
    written = _COMPASS_PART_BEFORE.search(sentence.text[max(0, local - 20):local])
    if written is None and place.entry is not None and not _COMPASS_PART_FIRST.match(place.entry.name):
        written = _COMPASS_PART_FIRST.match(place.text)
    return written.group(1).lower().replace("-", "") if written is not None else None


def _place(place: PlaceMention, gazetteer: Gazetteer, point: tuple[float, float] | None = None) -> Place:
    """The event's place; `point` stands in for the gazetteer's where the report places it more exactly."""
    entry = place.entry
    assert entry is not None
    country = gazetteer.country(entry.country_code) if entry.country_code else None
    location = entry.name if entry.feature != "admin1" else (entry.admin1 or entry.name)
    if not location.isascii():
        # "Ḩadīthah": the report's own spelling ("Haditha") reads better, when it is plain
        written = place.text.title() if place.text.isupper() else place.text
        location = written if written.isascii() and len(written) > 2 else fold_accents(location)
    return Place(
        location=location,
        country=country.name if country else None,
        country_code=entry.country_code,
        iso3=country.iso3 if country else None,
        admin1=entry.admin1 if entry.feature != "admin1" else (entry.admin1 or entry.name),
        admin2=entry.admin2,
        latitude=point[0] if point else entry.latitude,
        longitude=point[1] if point else entry.longitude,
        geo_precision=place.precision,
        geonameid=entry.id if entry.id > 0 else None,
        feature=entry.feature,
    )


def _nation_of(gazetteer: Gazetteer) -> actor_rules.NationOf:
    """The gazetteer's reading of a word as a nation ("Russian", "Israel", "U.S."), for the forces
    a report names by their nation (actors.nation_of_forces)."""
    def nation(word: str) -> str | None:
        possessive = word.endswith("'s")
        found = gazetteer.country_code_for(word[:-2] if possessive else word)
        if found is None or (found[1] == "name" and not possessive):
            return None
        country = gazetteer.country(found[0])
        return country.name if country else None
    return nation


#: a clock time in the small hours: "about 2 a.m.", "at 3:15 a.m."
_SMALL_HOURS = re.compile(r"\b(?:[1-5](?::\d{2})?|12:\d{2})\s*a\.?\s?m\b", re.I)
#: a clock time in the evening: "about 11 p.m.", "at 9:45 p.m."
_EVENING_HOURS = re.compile(r"\b(?:[6-9]|1[01])(?::\d{2})?\s*p\.?\s?m\b", re.I)
#: the first hours of a day: "early Sunday", "Sunday morning", "this morning"
_MORNING = re.compile(r"\b(?:early|morning|dawn)\b", re.I)
#: the sentences that open a report: where it says when its night's incident happened (the hour often comes
#: after the scene and the victims: "Officers were called around 3:30 a.m." in the fifth sentence)
OPENING_SENTENCES = 6


_EARLY = re.compile(r"^(?:on\s+)?early\s+", re.I)


def _after_midnight(doc: Document, incident: Incident, time: TimeExpression) -> date:
    """The calendar day of an incident dated by its night. "Overnight" is read as the evening before
    the report, but the report often says which side of midnight it fell on: a shooting "overnight
    ... about 2 a.m." or told as "early Sunday" happened on the next day; "about 11 p.m." or
    "Saturday night" beside it keep the evening's day."""
    if time.precision != 1 or not NIGHT.search(time.text):
        return time.day
    next_day = time.day + timedelta(days=1)
    if doc.published is not None and next_day > doc.published:
        return time.day
    sentences = {f.sentence for f in incident.frames} | {time.sentence} | set(range(min(OPENING_SENTENCES, len(doc.sentences))))
    told = " ".join(doc.sentence(s).text for s in sorted(sentences) if s >= 0)
    if _SMALL_HOURS.search(told):
        return next_day
    if _EVENING_HOURS.search(told):
        return time.day
    told_days = [t for t in doc.times if t.sentence in sentences and t.sentence >= 0 and t is not time and t.precision == 1
                 and not NIGHT.search(t.text)]
    named = [t for t in told_days if not _day_after_the_fact(doc, t)]
    if any(t.day == time.day for t in named):
        return time.day  # "Saturday night", "late Saturday": the night's evening
    if any(t.day == next_day and _MORNING.search(t.text) for t in named):
        return next_day
    # (and a statement or a discovery told early that morning: "police said early Thursday", "found early Thursday
    # morning": a night's report that speaks in its small hours speaks after midnight)
    if any(t.day == next_day and _EARLY.match(t.text) for t in told_days):
        return next_day
    return time.day


#: a death told after the shooting that caused it: "died Sunday", "was pronounced dead Monday night"
_DEATH_BEFORE = re.compile(r"\b(?:died|dies|succumbed|passed away|pronounced dead)\b[^.;:]{0,40}$", re.I)
#: the cause told after a death's day: "died Thursday after a separate shooting", "... after an accident"
_OWN_CAUSE_AFTER = re.compile(r"[^.;:]{0,25}?\bafter (?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:" + _INCIDENT_NOUN_WRITTEN
                              + r"|accident)\b", re.I)
#: how long after being hurt a victim may die and the report still tell the wound's day
DEATH_AFTER_DAYS = 7


def _day_of_the_wound(doc: Document, time: TimeExpression) -> TimeExpression:
    """'Bryant, 22, died Wednesday night' in a report that says he was shot Sunday night: the day a
    victim died is the incident's only when the report names no earlier day, within a week, that is
    not a statement's or an arrest's (as `_day_hurt` does within one sentence)."""
    if time.precision != 1:
        return time
    sentence = doc.sentence(time.sentence)
    local = time.start - sentence.start
    # (an hour between the death and its day is no sentence end: "was pronounced dead at 12:09 p.m. Wednesday")
    death = _DEATH_BEFORE.search(_CLOCK.sub("at that hour", sentence.text[max(0, local - 60):local]))
    if death is None or re.search(r"\b" + _INCIDENT_NOUN_WRITTEN + r"|\b(?:accident|after|when|from|of|following)\b", death.group(0), re.I):
        return time  # "died after a shooting Saturday", "died Wednesday after being shot Monday": the day is the shooting's
    if _OWN_CAUSE_AFTER.match(sentence.text, time.end - sentence.start):
        return time  # "died Thursday after a separate shooting": a death of its own, not a wound told before
    # (an earlier day in a sentence that tells of violence: "the hunting season opened Friday" is no wound's day)
    earlier = [t for t in doc.times if t.precision == 1 and 0 < (time.day - t.day).days <= DEATH_AFTER_DAYS
               and (t.sentence < 0 or doc.sentence(t.sentence).candidate)
               and not _page_stamp(doc, t) and not _still_to_come(doc, t) and not _day_after_the_fact(doc, t)]
    return min(earlier, key=lambda t: t.day) if earlier else time


#: a weekday alone, as a report tells it ("Saturday", "early Sunday morning"), not "last Saturday" or "this Sunday"
_BARE_WEEKDAY = re.compile(r"^(?:on\s+|late\s+|early\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _weekday_of_the_dated_incident(doc: Document, time: TimeExpression) -> TimeExpression:
    """A follow-up dates its incident in full ("the Sept. 13 shooting") and elsewhere tells it by its
    weekday alone ("early that Sunday morning", a caption kept from the first report: "was shot and
    killed Saturday"), which is read against the report as the last such day before it. In a report
    whose news is what followed (a court, an arrest), a weekday that is the weekday of the day the
    report gives its incident in full, more than a week before it, is that day."""
    if time.precision != 1 or doc.published is None or not _BARE_WEEKDAY.match(time.text):
        return time
    if not _opens_with_follow_up_news(doc):
        return time
    dated = [t for t in doc.times if t.precision == 1 and t.sentence >= 0 and WRITTEN_OUT_DAY.search(t.text)
             and (time.day - t.day).days > 7 and t.day.weekday() == time.day.weekday() and _said_of_the_incident(doc, t)]
    return dated[0] if len({t.day for t in dated}) == 1 else time


#: how many days before its news a follow-up's incident lies at least (a week: nearer, the news may be its own day)
FOLLOW_UP_AFTER_DAYS = 7


def _day_the_follow_up_dates_in_full(doc: Document, time: TimeExpression) -> TimeExpression:
    """'waived his preliminary hearing Wednesday' ... 'was fatally shot on the evening of March 20': a report whose
    news is what followed an incident (a plea, an arrest, a hearing) dates the news by its weekday and the incident,
    weeks before, in full, as an incident noun's day ("the Aug. 31 shooting") or a violent verb's ("killed Sept.
    1"). The day of the news is the report's; the one day written out that way is the incident's."""
    if doc.published is None or time.precision != 1 or (doc.published - time.day).days > FOLLOW_UP_AFTER_DAYS:
        return time
    if not _opens_with_follow_up_news(doc):
        return time
    told_by_verb = {(told.sentence, told.start) for told, attached in (_frame_time(doc, f) for f in doc.frames if not f.nominal)
                    if told is not None and attached}
    if (time.sentence, time.start) in told_by_verb or (time.sentence >= 0 and _said_of_the_incident(doc, time)):
        return time  # "a girl shot and killed herself Tuesday night", "the Christmas shooting": the day is the incident's
    told_by_noun = {(told.sentence, told.start) for told, attached in (_frame_time(doc, f) for f in doc.frames if f.nominal)
                    if told is not None and attached}
    dated = [t for t in doc.times if t.precision == 1 and t.sentence >= 0 and WRITTEN_OUT_DAY.search(t.text)
             and FOLLOW_UP_AFTER_DAYS < (time.day - t.day).days <= 366 and not _still_to_come(doc, t)
             and not _page_stamp(doc, t) and (_said_of_the_incident(doc, t) or (t.sentence, t.start) in told_by_verb
                                              or (t.sentence, t.start) in told_by_noun)]
    return dated[0] if len({t.day for t in dated}) == 1 else time


def _only_in_a_state(doc: Document, incident: Incident) -> bool:
    """Whether the report places an incident in no narrower place than a state, even after narrowing the
    state to a town of it the report names (`refine_place`)."""
    if incident.place is None or incident.place.entry is None:
        return False
    refined = refine_place(doc, incident.place)
    return refined.entry is not None and refined.entry.feature == "admin1"


def _placed_below_a_state_first(doc: Document, incidents: list[Incident]) -> list[Incident]:
    """The incidents, the first placed in a town or a county before one placed only in a state that would lead
    them. A report tells its own incident where it happened ("a shooting at a nightclub in Caruthersville");
    a state named alone is where a suspect was caught ("captured in Arkansas"), an older case it recalls ("as a
    Colorado jury deliberates") or a border ("near the Oregon border"), which leads when it gathers the report's
    sentences that name no place ("One man was killed and six were hurt."): those tell the town's incident too."""
    if not incidents or not _only_in_a_state(doc, incidents[0]):
        return incidents
    below = next((i for i in incidents if not _only_in_a_state(doc, i)), None)
    if below is None:
        return incidents
    state = incidents[0]
    unplaced = [f for f in state.frames if not any(p.sentence == f.sentence and p.entry is not None for p in doc.places)]
    if unplaced and len(unplaced) < len(state.frames):
        state.frames = [f for f in state.frames if f not in unplaced]
        below.frames = sorted(below.frames + unplaced, key=lambda f: f.sentence)
    return [below] + [i for i in incidents if i is not below]


def run(doc: Document, gazetteer: Gazetteer) -> None:
    article = doc.article
    anchor = _anchor_time(doc)
    mentions: list[Mention] = []
    narrative: TimeExpression | None = None
    incidents, tolls = group(doc)
    incidents = _placed_below_a_state_first(doc, incidents)
    nation_of = _nation_of(gazetteer)
    survivors_told = bool(_SURVIVORS.search(article.text))
    for incident in incidents:
        if incident.place is None or incident.place.entry is None:
            continue
        time = _within_week(doc, incident.time) or incident.time
        if time is None and incident.far_time is not None and _far_day_stands(doc, incident.far_time, anchor):
            time = _within_week(doc, incident.far_time) or incident.far_time
        time = time or narrative or anchor
        if time is not None:
            time = _day_of_the_wound(doc, time)
            time = _weekday_of_the_dated_incident(doc, time)
            time = _day_the_follow_up_dates_in_full(doc, time)
            day, precision = _after_midnight(doc, incident, time), time.precision
            narrative = incident.time or narrative
        elif doc.published is not None:
            day, precision = doc.published, 1
        else:
            doc.warnings.append(f"an incident in sentence {incident.first_sentence + 1} has no date: the article has no publication date")
            continue
        event_type, sub_event_type, main = _event_type(incident.frames)
        force = _force_against_the_crowd(doc, incident.frames, sub_event_type)
        if force is not None:
            sub_event_type, main = "Excessive force against protesters", force  # (its sentence names who fired)
        elif _crowd_dispersed(doc, incident.frames, sub_event_type):
            sub_event_type = "Protest with intervention"
        killed, injured, arrested, mixed = _counts(incident.frames, survivors_told)
        refined = _placed_by_its_police(doc, refine_place(doc, incident.place))
        place = _place(refined, gazetteer, _point_of_a_part_of_the_county(doc, refined))
        sentence = doc.sentence(main.sentence)
        actor1 = actor2 = None
        if main.trigger_token is not None:
            actor1, actor2 = actor_rules.assign(event_type, sub_event_type, main.trigger_token, sentence.text, place.country, day,
                                                nation_of)
        claimants = list(dict.fromkeys(doc.sentence(f.sentence).claimant for f in incident.frames if doc.sentence(f.sentence).claimant))
        evidence = [doc.sentence(s).evidence(article.id) for s in sorted({f.sentence for f in incident.frames})]
        mentions.append(Mention(
            mention_id=mention_id_for(article.id, len(mentions) + 1),
            article_id=article.id,
            event_type=event_type,
            sub_event_type=sub_event_type,
            event_date=day,
            time_precision=precision,
            place=place,
            actor1=actor1,
            actor2=actor2,
            fatalities=killed,
            injuries=injured,
            arrests=arrested,
            killed_or_injured=mixed,
            claimants=claimants,
            evidence=evidence,
            notes=summary(sub_event_type, day, place, actor1, actor2, killed.best, injured.best if injured else None, claimants),
            outlet=article.outlet,
            published=article.published,
            dated_by_report=_follow_up_dated_by_itself(doc, day, incident),
        ))
    doc.mentions = _arrests_without_the_crime_s_toll(mentions)
    doc.claims.extend(_toll_claims(doc, tolls))


def _arrests_without_the_crime_s_toll(mentions: list[Mention]) -> list[Mention]:
    """The report's mentions, an arrest's dead and hurt left to the crime it follows when the report tells
    that crime as an incident of its own: violence with harm of its own, near the arrest, on its day or before.
    "A man was arrested in the fatal shooting of ..." names the victim of the shooting, not of the arrest;
    counted on both, the one death is two in every total. An arrest told without its crime keeps them: they
    are then the only record of the harm."""
    return [_without_harm(m) if m.sub_event_type == "Arrests" and (m.fatalities.best or m.injuries)
            and any(_the_crime_of(m, other) for other in mentions) else m for m in mentions]


def _the_crime_of(arrest: Mention, other: Mention) -> bool:
    harmed = other.fatalities.best > 0 or (other.injuries is not None and other.injuries.best > 0)
    return (SUB_EVENT_TYPES[other.sub_event_type] in _VIOLENT_TYPES and harmed and other.event_date <= arrest.event_date
            and distance_km(arrest.place.latitude, arrest.place.longitude, other.place.latitude, other.place.longitude)
            <= CRIME_OF_AN_ARREST_KM)


#: event types whose harm an arrest may follow (not a protest, not another strategic development)
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
#: how far from an arrest the crime it follows may lie (a suspect caught in the next town)
CRIME_OF_AN_ARREST_KM = 50.0


def _without_harm(mention: Mention) -> Mention:
    return replace(mention, fatalities=Count.exact(0), injuries=None, killed_or_injured=None,
                   notes=summary(mention.sub_event_type, mention.event_date, mention.place, mention.actor1, mention.actor2, 0,
                                 None, mention.claimants))
