"""Stage: find place names and resolve them (needs: sentences, parses; adds: places, country_context).

Recognition combines three cues: the dateline ("ROCKY MOUNT, N.C. --"),
the parser's entities (GPE/LOC/FAC), and capitalised names after a locative
word ("in Rastan", "town of Rastan") checked against the gazetteer, which
catches the places the parser calls people. A name only counts when it is the
whole capitalised run ("Nash General Hospital" is not the town of Nash).

Resolution ranks each name's gazetteer candidates by the article's context:
countries and states it mentions (names, aliases, demonyms, "City, ST"),
the admin unit written beside the name, population, and closeness to the
other places of the same article.

Geoparsing (`wirecoder geoparse`) also takes the names no locative word
introduces, and buildings and streets: extract/every_place.py.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..document import AREA_RELATION, OUTLET_RELATION, SITE_RELATION, Document, PlaceMention, Sentence
from ..gazetteer import CountryInfo, Gazetteer, GazetteerEntry
from ..gazetteer.names import (ARABIC_ARTICLES, GENERIC_ADMIN_WORDS, TRANSLITERATED_COUNTRIES, name_key, run_together, sound_key_of,
                                 spelling_key, transliteration_key)
from ..gazetteer.outlets import outlet_home
from ..geo import distance_km

NEEDS = ("sentences", "dateline", "parses")
ADDS = ("places", "country_context", "outlet_town")

_NAME_WORD = r"(?:(?:Mt|St|Ft|Ste)\.\s?)?(?:(?:al|el|ar|as|ash|ad|an|at|az|ad|ed)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"
_CONNECTOR = r"(?:al|el|ar|as|ash|ad|an|az|de|del|da|do|di|du|la|le|les|los|las|ez|es|bin|ibn|abu|of|upon|i)"
#: a day or month after a name is when, not part of the name ("in South Los Angeles Wednesday")
_NOT_A_NAME_WORD = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
                    r"July|August|September|October|November|December)\b)")
#: a run of capitalised words (with the small particles names carry)
CAPITALISED_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_NOT_A_NAME_WORD}{_NAME_WORD}){{0,4}}")
#: words before a name that make it a place
LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|from|into|across|around|toward|towards|throughout|to|of|between|and|via|inside|within|"
    r"beyond|past|reached|entered|shelled|stormed|besieged|captured|seized|recaptured|took|pounded|bombed|hit|struck|raided|attacked|targeted|"
    # what an attack is made on: "airstrikes on Sanaa", "the assault on Homs"
    r"(?:attacks?|air ?strikes?|drone strikes?|raids?|assaults?|offensive|crackdown)\s+on)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|"
    r"northwestern|northeastern|southwestern|southeastern|north|south|east|west|rural|restive|besieged|embattled|"
    r"rebel-held|opposition-held|government-held|flashpoint|nearby|neighbouring|neighboring|coastal|eastern)\s+)?"
    # an Arabic article written apart from its name: "in al Dumayr", "of al- Bukamal" (not "an", "as", "at", which
    # are English words before any name; "ash" and the others are, before a capitalised name, only articles)
    r"(?:(?:al|el|ar|ash|az|ez|es|ed|ath|adh)-?\s+)?)$"
)
#: an Arabic article written apart from the name after it ("from al Nusra", "in al Dumayr")
_DETACHED_ARTICLE_BEFORE = re.compile(r"\b(?:al|el|ar|ash|az|ez|es|ed|ath|adh)-?\s+$", re.I)
#: names that follow such an article in the news far more often as groups, channels, papers and families than
#: as places, though some are also villages: after the article they are never read as places
NAMES_AFTER_AN_ARTICLE = frozenset({
    "qaeda", "qaida", "nusra", "shabab", "shabaab", "jazeera", "arabiya", "assad", "sadr", "aqsa", "akhbar", "ahram",
    "watan", "baath", "hayat", "mahdi", "masry", "sharq", "quds", "islam", "islamiya", "jamaa", "dawla", "thawra",
})
#: words after a name that make it a state's ("New York Gov.", "the New York border", "Ohio lawmakers")
_STATE_WORDS_AFTER = re.compile(r"\s+(?:Gov\.|Lt\. Gov\.|(?:Governor|governor|border|state line|Legislature|legislature|lawmakers|"
                                r"General Assembly|State Senate|state senate|Attorney General|Secretary of State)\b)")
_AFTER_NAME_ADMIN = re.compile(r"\s+(province|governorate|region|state|district|county|city|town|village|countryside|area|suburbs?|neighbou?rhood|district)\b", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|outskirts of|suburbs? of|close to|edge of|vicinity of|countryside of|around|north of|south of|east of|west of|(?:north|south)(?:-?(?:east|west))?(?:ern)? part of)\s+(?:the\s+)?(?:city of\s+|town of\s+)?$", re.I)
#: "15 km northwest of Gwoza", "120 km north of the port of Kismayo", "130 km from the capital Kinshasa": the place
#: measured from
_DISTANCE_BEFORE = re.compile(r"\b\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|mi)\s*(?:\([^)]*\)\s*)?(?:to the\s+)?(?:north|south|east|west)?"
                              r"(?:-?(?:north|south|east|west))?\s+(?:of|from)\s+"
                              r"(?:the\s+(?:\w+\s+)?(?:capital|city|town|port|village)\s+(?:of\s+)?)?$", re.I)
#: "pronounced dead at Christ Medical Center in Oak Lawn": where the hospital is, not the incident
_HOSPITAL_BEFORE = re.compile(r"\b(?:Hospital|Medical Cent(?:er|re)|Trauma Cent(?:er|re)|Health Cent(?:er|re)|Clinic|Infirmary)\s+in\s+$")
#: "arraigned in 34th District Court in Romulus", "taken to Troop 4 in Georgetown", "sent to the state Crime Lab
#: in Little Rock": where the accused or the dead were taken afterwards, no more the incident's place than a
#: hospital's town (a courthouse is named as where shootings happen: it is not among them; nor is a street
#: called "Smiley Court")
_CUSTODY_BEFORE = re.compile(r"\b(?:(?:District|Circuit|Superior|Municipal|Magistrate|Criminal|Juvenile|Family|Probate|"
                             r"General Sessions|Common Pleas|Justice) Court|[Jj]ail|Detention Cent(?:er|re)|"
                             r"Correctional (?:Cent(?:er|re)|Facility|Institution)|Crime Lab(?:oratory)?|crime lab(?:oratory)?|"
                             r"Medical Examiner['’]s Office|Troop [A-Z0-9]{1,2})\s+in\s+$")
#: "an Indianapolis hospital", "a Memphis-area hospital": where the victim was taken, likewise
_HOSPITAL_AFTER = re.compile(r"(?:-area|\s+area)?\s+(?:hospital|medical center|trauma center)\b", re.IGNORECASE)
#: ("according to the Stephens County sheriff", "next door to the Elm Lake home" tell no journey)
#: "the town of Bakhmut", "the village of Mbau": the name that follows is a place's, whatever the parser says
#: how far from the whole it is said to lie in a part of it may be ("the Damascus suburb of Douma")
PART_OF_WHOLE_KM = 60
#: an area's kind written before its name: "the province of Idlib", "the governorate of Deir al-Zor"
_KIND_BEFORE_NAME = re.compile(r"\b(province|governorate|region|district|county)\s+of\s+$", re.I)
#: a place named as the whole another lies in: "the Damascus suburb of Douma", "the Homs district of Bab Amr"
_PART_OF_AFTER = re.compile(r"\s+(?:suburbs?|district|neighbou?rhood|quarter|countryside|outskirts|province|governorate)\s+of\s+", re.I)
#: (plural too, and the parts of a place: "the villages of Nad Ali", "a locality of Ghazni", "the outskirts of Tarin Kot",
#: "the frontline of Kafr Nabl")
_KIND_OF_PLACE_OF = re.compile(r"\b(?:town|city|village|hamlet|settlement|district|governorate|province|municipality|"
                               r"suburb|neighbou?rhood|region|locality|outskirt|countryside|vicinity|frontline|front line|area|"
                               r"surrounding|environ)s?\s+of\s+(?:the\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|(?<!according )(?<!next door )to|towards?|fled|visit(?:ed|ing)?)\s+(?:the\s+)?$", re.I)
_STATE_AFTER = re.compile(r",\s*((?:[A-Z]\.\s?){2}|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
#: a town's name used as a modifier: "Raleigh toddler", "Richmond police said", "a Lafayette teen"
_MODIFIED_NOUNS = (
    r"(?:man|men|woman|women|teen|teens|teenager|toddler|child|children|boy|girl|baby|"
    r"infant|mother|father|family|resident|residents|student|students|couple|police|officers?|deputies|sheriff(?:['’]s)?|"
    r"firefighters?|"
    r"home|homes|house|apartment|school|church|store|park|bar|nightclub|club|neighborhood|neighbourhood|street|streets|center|centre|"
    r"shooting|homicide|murder|killing|gang|native|council|mayor|gunman|gunmen|shooter|suspect|victim|cops?|chief|"
    r"officials|authorities|\d+-year-old)"
)
_PLACE_MODIFIES = re.compile(rf"\s+(?:(?:\d+-year-old|area|county|city)\s+)?{_MODIFIED_NOUNS}(?![\w-])", re.I)
#: one word of those nouns, for names inside a longer capitalised run
_MODIFIED_NOUN = re.compile(_MODIFIED_NOUNS, re.I)
STREET_NAME = re.compile(
    r"\b(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy|"
    r"Interstate|Route|Freeway|Expressway|Terrace|Circle|Trail|Pike|Turnpike|Hospital|Church|School|University|College|"
    r"Center|Centre|Mall|Apartments|Department|Office|Police|Station|Club|Bar|Hotel|Motel|Restaurant|Store|Market|"
    r"Company|Inc|Jail|Prison|Court|House|Building|Tower|Stadium|Arena)$"
)
#: the second of two crossing streets: "the intersection of Poydras and Bolivar", "the corner of 5th and Elm"
_CROSS_STREET_BEFORE = re.compile(r"\b(?:block|corner|intersection)s? of\s+(?:[A-Z0-9][\w.'’]*\s+){1,3}(?:and|&)\s+$", re.I)
_PLURAL_STREETS = r"(?:[Ss]treets|[Aa]venues|[Rr]oads|[Bb]oulevards|[Dd]rives|[Ss]ts\.?|[Aa]ves\.?)\b"
#: the first of two streets named together: "at Elgin and Main streets"
_STREETS_AFTER = re.compile(r"\s+(?:and|&)\s+(?:[A-Z0-9][\w.'’]*\s+){1,3}" + _PLURAL_STREETS)
#: and the second: "at Main and Elgin streets"
_AND_BEFORE = re.compile(r"\b[A-Z0-9][\w.'’]*\s+(?:and|&)\s+$")
_PLURAL_STREET = re.compile(r"\s+" + _PLURAL_STREETS)
#: a numbered street beside a name: "near 108th and Ida", "at Ida and 108th"
_NUMBERED_STREET_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:and|&)\s+$")
_NUMBERED_STREET_AFTER = re.compile(r"\s+(?:and|&)\s+\d+(?:st|nd|rd|th)\b")
#: a town's own institutions named after it: "Waycross Police", "the Albany Police Department", "Harris County
#: Sheriff's Office", "Monroe Civic Center" (but "Edwards Street" names a person)
TOWN_INSTITUTION = re.compile(r"^(?!\S+ (?:Street|Avenue|Road|Drive|Boulevard) )[A-Z][a-z]+(?: [A-Z][a-z]+)? "
                              r"(?:(?:Civic |Convention |Community )?(?:Police|Center|Centre)"
                              r"|(?:Metropolitan |Metro )?(?:Police Department|Police Dept\.?)|Sheriff['’]s (?:Office|Department))$")
#: a direction before a town's name makes it part of the town ("South Toledo", "West Montgomery")
DIRECTION_PREFIX = re.compile(r"^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|Western|Central|Downtown|Greater|Upper|Lower)\s+", re.I)
#: capitalised words that are never place names on their own in news text
NOT_PLACES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "police", "army",
    "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",  # "Nov. 7" is no town (Nov, Tajikistan)
    "america", "coast", "mary",  # "America" alone is the country, named in full elsewhere; a first name; a coast
    "the", "a", "an", "he", "she", "they", "it", "we", "i", "this", "that", "there", "his", "her", "their", "mr",
    "mrs", "ms", "dr", "off", "ofc", "president", "god", "allah", "christmas", "easter", "ramadan", "eid", "human", "spring",
    "reuters", "associated press", "afp", "ap", "cnn", "bbc", "twitter", "facebook", "islam", "muslim", "muslims",
    "christian", "christians", "sunni", "shia", "shiite", "alawite", "kurdish", "kurds", "arab", "arabs",
    "state", "city", "county", "street", "road", "avenue", "hospital", "university", "college", "school",
    "department", "ministry", "council", "court", "church", "mosque", "center", "centre", "park", "square",
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "media", "news",
    "officer", "officers", "deputy", "deputies", "sheriff", "chief", "mayor", "governor", "senator", "judge",
    "pm", "am", "et", "est", "gmt", "tv", "hwy", "hwy.", "highway", "interstate", "route", "white", "black", "hispanic", "latino", "asian", "king", "queen", "prince", "union", "republic", "federal", "national",
    "security", "forces", "committee", "committees", "observatory", "coordination", "opposition", "government",
    "regime", "rebels", "free", "district", "province", "region", "area", "village", "town", "at",
    "south side", "north side", "west side", "east side", "northeast", "northwest", "southeast", "southwest",
    # newspapers quoted ("according to the Tribune") and a city's wards ("the West Ward")
    "tribune", "herald", "gazette", "courier", "sentinel", "chronicle", "dispatch", "inquirer", "enquirer", "journal", "ward",
    "downtown", "uptown", "midtown", "west end", "east end", "the district", "southside", "northside", "westside",
    "eastside", "city hall", "capitol", "white house", "congress", "senate", "parliament", "state department",
    "north east", "south east", "north west", "south west", "mother", "father", "family", "time", "today",
    "date", "metro", "jean", "heaven", "paradise", "liberty", "justice", "victory", "unity",
    "fatal", "deadly", "general", "memorial", "suspect", "breaking", "update", "watch", "video", "photos",
    # numbers that open a sentence ("Four men were also shot")
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "hundred", "hundreds", "dozen", "dozens", "first", "second", "third", "fourth", "fifth",
}


@dataclass(slots=True)
class _Context:
    """Evidence for the article's countries and states, with where each piece came from.

    A name is not evidence for itself: when "Denmark" is resolved, the word
    "Denmark" does not count towards the country Denmark."""

    countries: Counter
    admin1s: Counter
    by_name: dict[str, Counter]  # name key -> what that name contributed to `countries`
    #: countries the article's wording ties it to beyond names of towns: one of their states named, or the
    #: way local news there writes
    firm: set[str] = field(default_factory=set)
    #: countries the text names outright, by their names or aliases ("Clashes in Kenya"), not by demonyms
    named: set[str] = field(default_factory=set)
    #: of those, the ones the headline names: the story's own country ("Clashes in Kenya")
    named_in_headline: set[str] = field(default_factory=set)
    #: how often the text words things as US local news does ("the 900 block of", "Sheriff's Office")
    us_style: int = 0
    #: the town the outlet's address names ("chicago.suntimes.com")
    outlet_town: GazetteerEntry | None = None
    #: the outlet's home town, unless the story names another country: also where the story names the town
    #: itself or other states
    home_town: GazetteerEntry | None = None
    #: names left out as parts of the home town's area the gazetteer lacks ("Antioch" on a Nashville station)
    left_out_for_home: bool = False

    def add_country(self, code: str | None, weight: float, source_key: str = "") -> None:
        if code:
            self.countries[code] += weight
            self.by_name.setdefault(source_key, Counter())[code] += weight

    def country_share(self, code: str | None, exclude_key: str | None = None) -> float:
        # (None leaves nothing out: "" is the key of what no name contributed, the wording and the outlet)
        own = self.by_name.get(exclude_key, Counter()) if exclude_key is not None else Counter()
        total = sum(self.countries.values()) - sum(own.values())
        if not code or total <= 0:
            return 0.0
        # smoothed: one weak clue is not certainty
        return (self.countries.get(code, 0) - own.get(code, 0)) / (total + 1.5)

    def leading_country(self, exclude_key: str | None = None) -> str | None:
        """The country the article points to most, leaving out what one name contributed."""
        own = self.by_name.get(exclude_key, Counter()) if exclude_key is not None else Counter()
        weights = {code: weight - own.get(code, 0) for code, weight in self.countries.items()}
        code, weight = max(weights.items(), key=lambda kv: kv[1], default=(None, 0.0))
        return code if weight > 0 else None

    def admin1_share(self, key: tuple[str | None, str | None]) -> float:
        total = sum(self.admin1s.values())
        return self.admin1s.get(key, 0) / (total + 1.0) if total else 0.0


#: a state abbreviation after a town, anywhere near the top ("Sports-Hattiesburg, MS")
_STATE_WRITTEN = re.compile(r"[A-Za-z.]{3,},\s+([A-Z]{2})(?![\w.])")
#: wording typical of US local news: weak evidence for the United States when nothing else names a country
US_STYLE = re.compile(r"\b(?:\d+ block of|Sheriff'?s? (?:Office|Department)|County (?:Sheriff|Jail|Coroner|Prosecutor)|"
                      r"Police Department|state troopers?|\d{3}-\d{3}-\d{4}|Crime ?Stoppers|medical examiner|"
                      r"(?:a|p)\.m\.|(?:called|call to|dialed) 911|911 call|sheriff['’]s deputies|District Attorney|"
                      r"felony|misdemeanor|arraigned|grand jury|first-degree|State Police|Highway Patrol|Amber Alert)", re.I)
#: how often a story names another country (a name 1, a demonym 0.7) for it to be that country's story rather than
#: the local outlet's: one naming is in passing ("a native of Mexico", "served two tours in Iraq")
FOREIGN_STORY_NAMINGS = 2.0
#: a country's name inside a longer name is no evidence for it ("New England", "New Mexico", "Panama City")
_COUNTRY_INSIDE_A_NAME_BEFORE = re.compile(r"\bNew\s$")
#: nor is a country's name that opens the name of a street or a building ("the Macedonia Garden Apartments",
#: "on Jordan Road", "outside the Cuba Grill"): someone named it after the country; it stands where the story is
_NAMED_AFTER_A_COUNTRY = re.compile(
    r"(?:\s+[A-Z][\w'’]*){0,3}?\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|"
    r"Pl|Parkway|Pkwy|Highway|Hwy|Terrace|Circle|Trail|Pike|Apartments|Garden|Gardens|Homes|Village|Mall|Plaza|"
    r"Restaurant|Grill|Cafe|Hotel|Motel|Inn|Market|Store|Bar|Lounge|Club|Church|School|Elementary)\b")

#: what a demonym before it names a kind of food or shop, not a country ("a Chinese restaurant", "Mexican takeout")
_A_BUSINESS_AFTER = re.compile(r"\s+(?:restaurant|takeout|take-out|buffet|food|grocery|market|bakery|cuisine|eatery|"
                               r"diner|store|deli)s?\b", re.I)


#: what a place name is written after where it is the place of what happened: "in", "near", a form's colon
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|at|near|outside|around|of|to|into|across)\s+(?:the\s+)?|:\s*|^\s*)$", re.I)


def _preceding(text: str, start: int, width: int = 60) -> str:
    # a hashtag's mark is no word of its own: "clashes in #Mbengwi" is "in Mbengwi"
    return text[max(0, start - width):start].removesuffix("#")


def _whole_run_at(text: str, start: int) -> re.Match[str] | None:
    return CAPITALISED_RUN.match(text, start)


#: (a run of names may go on past it: "Oguta Local Government Area of Imo State")
_LOCAL_GOVERNMENT_AREA = re.compile(r"\s+Local\s+Government(?:\s+Area)?\b", re.I)


def _trim_generic_tail(name: str) -> tuple[str, str | None]:
    """'Homs Province' -> ('Homs', 'province'); Nigeria's 'Oguta Local Government Area' -> ('Oguta', 'lga')."""
    local_government = _LOCAL_GOVERNMENT_AREA.search(name)
    if local_government and local_government.start() > 0:
        return name[:local_government.start()], "lga"
    words = name.split()
    if len(words) > 1 and words[-1].lower() in GENERIC_ADMIN_WORDS + ("city", "town", "village", "countryside", "lga", "island"):
        return " ".join(words[:-1]), words[-1].lower()
    return name, None


@dataclass(slots=True)
class _Found:
    """A recognised name while it is being resolved."""

    mention: PlaceMention
    entries: list[GazetteerEntry]
    generic: str | None  # "province", "city", ... written beside the name
    hint: tuple[str, str] | None = None  # (country, admin1) written after it: "Dayton, Ohio"


class _Recogniser:
    def __init__(self, gazetteer: Gazetteer, every_name: bool = False) -> None:
        self.gazetteer = gazetteer
        #: names after a locative word that the gazetteer does not know as written: (sentence, start, end)
        self.unknown: list[tuple[Sentence, int, int]] = []
        #: geoparsing: a town the gazetteer lacks is kept as its state (events drop it, as a namesake's
        #: place would mislead and a state's would stand in for the town's)
        self.every_name = every_name
        self.found: dict[tuple[int, int, int], _Found] = {}

    def add(self, sentence: Sentence, start: int, end: int, source: str, shown: str | None = None) -> _Found | None:
        """A candidate name at article offsets [start, end) of `sentence` (title: offsets into the title)."""
        text = sentence.text
        base = sentence.start if sentence.index >= 0 else 0
        local_start, local_end = start - base, end - base
        raw = text[local_start:local_end]
        while raw and raw[-1] in "'’":
            raw = raw[:-1]
            local_end -= 1
            end -= 1
        if raw[-2:] in ("'s", "’s") and len(raw) > 2:
            raw = raw[:-2]  # "Detroit's east side": the town, whose part the words after name
            local_end -= 2
            end -= 2
        if _SAINT.match(raw) and text[local_end:local_end + 2] in ("'s", "’s") and not _PART_OF_TOWN_AFTER.match(text, local_end):
            return None  # "St. Luke's", "St. Patrick's Day": a saint's hospital or feast, not a town's
        if raw.lower() in NOT_PLACES or (_is_state_abbreviation(raw, text[local_end:local_end + 1], self.gazetteer)
                                         and not (raw.rstrip(".") in CITY_LETTERS and text[:local_start].rstrip()[-1:] != ",")):
            return None
        if source != "ner" and (text[local_end:local_end + 2] in ("'s", "’s") or text[local_end:local_end + 1] in ("'", "’")) \
                and not _PART_OF_TOWN_AFTER.match(text, local_end):
            return None  # "Davis' home": a person's name; but "Charleston's East End" is the town's
        if re.search(r"\b(?:block|corner|intersection) of\s+(?:\w+\s+)?$", text[max(0, local_start - 30):local_start], re.I):
            return None  # "the 900 block of Pennsylvania": a street
        if _CROSS_STREET_BEFORE.search(text[max(0, local_start - 60):local_start]) or _STREETS_AFTER.match(text, local_end) or (
                _AND_BEFORE.search(text[max(0, local_start - 40):local_start]) and _PLURAL_STREET.match(text, local_end)) or (
                _NUMBERED_STREET_BEFORE.search(text[max(0, local_start - 20):local_start]) or _NUMBERED_STREET_AFTER.match(text, local_end)):
            return None  # "the intersection of Poydras and Bolivar", "at Elgin and Main streets", "near 108th and Ida": streets
        # the whole name first ("Kansas City", "Harbor City"), then without a generic word, then without a
        # direction (first of all where the direction only points into a large city: "west Charlotte");
        # each as (name, offset in raw, generic word, precision, smallest population that makes it a town)
        attempts: list[tuple[str, int, str | None, int, int]] = [(raw, 0, None, 1, 0)]
        trimmed, generic_tail = _trim_generic_tail(raw)
        if generic_tail:
            attempts.append((trimmed, 0, generic_tail, 1, 0))
        possessive = re.match(r"^(.+?)['’]s\s", raw)
        if possessive and _SAINT.match(possessive.group(1)) and not _PART_OF_TOWN_AFTER.match(raw, possessive.end(1)):
            possessive = None  # "St. Mary's Hospital": the saint's
        if possessive:
            # "Charleston’s East End", "Salinas's Chinatown": in that town; but a headline's
            # "Teen Charged With Friend's Shooting Death" is a friend's, unless a city is meant
            named_part = sentence.index >= 0 or _PART_OF_TOWN_AFTER.match(raw, possessive.end(1))
            attempts.append((possessive.group(1), 0, None, 2, 0 if named_part else HEADLINE_POSSESSIVE_POPULATION))
        direction = DIRECTION_PREFIX.match(raw)
        if direction:
            stripped = (raw[direction.end():], direction.end(), None, 2, 0)
            if raw[0].islower() or self._far_larger(raw[direction.end():], raw):
                # "west Charlotte": a part of the city, not the village GeoNames calls "West Charlotte"
                attempts.insert(0, stripped)
            else:
                attempts.append(stripped)
        if not STREET_NAME.search(raw) or TOWN_INSTITUTION.match(raw):  # "Edwards Street" is no town called Edwards
            for name, offset in _modifier_spans(raw):
                inner = DIRECTION_PREFIX.match(name)
                if inner and self._far_larger(name[inner.end():], name):  # "Near West Charlotte Home"
                    attempts.append((name[inner.end():], offset + inner.end(), None, 2, 0))
                else:
                    attempts.append((name, offset, None, 1, 0))
        for name, offset, generic, precision, smallest in attempts:
            if name.lower() in NOT_PLACES or (len(name) < 3 and name not in CITY_LETTERS):
                continue
            key = (sentence.index, start + offset, start + offset + len(name))
            if key in self.found:
                return self.found[key]
            entries = _without_former_names(self.gazetteer.lookup(name), name)
            entries = entries + _country_by_another_name(self.gazetteer, name, entries)
            abbreviated = _ABBREVIATED_COUNTY.fullmatch(name) if not entries else None
            if abbreviated:  # "in Anson Co.": the county
                entries = [e for e in self.gazetteer.lookup(abbreviated.group(1) + " County") if e.feature == "admin2"]
                generic = generic or "county"
            if smallest and not any(e.population >= smallest for e in entries):
                continue
            if not entries and name.rstrip(".") in CITY_LETTERS:
                city, admin1 = CITY_LETTERS[name.rstrip(".")]
                entries = [e for e in self.gazetteer.lookup(city) if e.admin1 == admin1 and e.feature == "city"]
            if entries:
                break
        else:
            # (only where a place is expected: "in Guerrero Petatlán", "MUNICIPIO: Sinaloa San Ignacio"; "a friend
            # from Virginia Richmond" is a person)
            locative = _LOCATIVE_BEFORE.search(_preceding(text, local_start))
            within = self._place_after_its_province(raw) if locative else None
            if within is None:
                return None
            name, offset, entries = within
            generic, precision = None, 1
            key = (sentence.index, start + offset, start + offset + len(name))
            if key in self.found:
                return self.found[key]
        if generic is None:
            after = _AFTER_NAME_ADMIN.match(text, local_end)
            generic = after.group(1).lower() if after else None
        if generic is None and offset == 0:
            before = _KIND_BEFORE_NAME.search(_preceding(text, local_start))
            generic = before.group(1).lower() if before else None  # "the northern province of Idlib": the province
        if generic is None and _STATE_WORDS_AFTER.match(text, local_end) and any(e.feature == "admin1" for e in entries):
            generic = "state"  # "New York Gov. Andrew Cuomo", "near the New York border": the state, not the city
        mention = PlaceMention(sentence=sentence.index, start=start + offset, end=start + offset + len(name),
                               text=shown or name)
        mention.relation, mention.precision = _relation(_preceding(text, local_start), generic)
        if _HOSPITAL_AFTER.match(text, local_start + offset + len(name)):
            mention.relation, mention.precision = "hospital", 2  # "treated at an Indianapolis hospital"
        mention.precision = max(mention.precision, precision)
        found = _Found(mention, entries, generic)
        self._read_in_the_state_written_before(found, text, local_start, local_end)
        state = _STATE_AFTER.match(text, local_end)
        if state:
            written = state.group(1).strip()
            found.hint = self.gazetteer.admin1_for_abbreviation(written)
            country = self.gazetteer.country_code_for(written)  # "TBILISI, Georgia": the country
            in_state = [] if _LIST_GOES_ON.match(text, state.end()) or (country and any(
                e.country_code == country[0] for e in entries)) else self._state_of_unknown_town(found.hint, entries)
            if in_state and not self.every_name:
                return None  # "Carlton, Georgia" with no Carlton in Georgia: not a Carlton elsewhere
            if in_state:
                # geoparsing: the state it names, not a Carlton elsewhere
                found.entries, found.generic, mention.precision = in_state, "state", 3
        self.found[key] = found
        return found

    def _read_in_the_state_written_before(self, found: _Found, text: str, local_start: int, local_end: int) -> None:
        """"the Ohio city of Springfield", "the Guerrero town of Chilapa": the state before the town's kind says
        which of the town's namesakes is meant, and is itself only where the town lies."""
        written = _STATE_AND_KIND_BEFORE.search(_preceding(text, local_start))
        if written:
            states = {(e.country_code, e.admin1) for e in self.gazetteer.lookup(written.group(1)) if e.feature == "admin1"}
            inside = [e for e in found.entries if (e.country_code, e.admin1) in states]
            if inside:
                found.entries, found.hint = inside, (inside[0].country_code, inside[0].admin1)
        elif _KIND_OF_A_TOWN_AFTER.match(text, local_end) and re.search(r"\b[Tt]he\s+$", _preceding(text, local_start)):
            states = [e for e in found.entries if e.feature == "admin1"]
            if states:
                found.entries, found.mention.relation = states, AREA_RELATION

    def _place_after_its_province(self, raw: str) -> tuple[str, int, list[GazetteerEntry]] | None:
        """A place written after the province it lies in, with no comma between, as some trackers list places
        ("Guerrero Petatlán", "Sinaloa San Ignacio"): the place, its offset in the run, and its readings in that
        province; None when the run opens with no province or the rest names no place in it."""
        words = raw.split()
        for cut in range(1, len(words)):
            province, rest = " ".join(words[:cut]), " ".join(words[cut:])
            provinces = {(e.country_code, e.admin1) for e in self.gazetteer.lookup(province) if e.feature == "admin1"}
            if not provinces or len(rest) < 3:
                continue
            inside = [e for e in self.gazetteer.lookup(rest) if (e.country_code, e.admin1) in provinces]
            if inside:
                return rest, raw.index(rest, len(province)), inside
        return None

    def _state_of_unknown_town(self, hint: tuple[str, str] | None, entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
        """The state written after a town (hint) when none of the town's entries lies in it; else none."""
        if not hint or not hint[1] or any(e.country_code == hint[0] and e.admin1 == hint[1] for e in entries):
            return []
        return [e for e in self.gazetteer.lookup(hint[1]) if e.feature == "admin1" and e.country_code == hint[0]][:1]

    def add_entries(self, sentence: Sentence, start: int, end: int, entries: list[GazetteerEntry],
                    generic: str | None) -> _Found | None:
        """A name already looked up, at offsets [start, end) into the sentence's text."""
        base = sentence.start if sentence.index >= 0 else 0
        key = (sentence.index, base + start, base + end)
        if key in self.found:
            return None
        if generic is None and _STATE_WORDS_AFTER.match(sentence.text, end) and any(e.feature == "admin1" for e in entries):
            generic = "state"
        mention = PlaceMention(sentence=sentence.index, start=base + start, end=base + end, text=sentence.text[start:end])
        mention.relation, mention.precision = _relation(_preceding(sentence.text, start), generic)
        found = _Found(mention, entries, generic)
        self.found[key] = found
        return found

    def _far_larger(self, town: str, whole: str) -> bool:
        """Whether the town a direction is put before is a city far larger than any place the whole
        phrase names ("West Charlotte", a Vermont village, beside Charlotte, a city of 900,000)."""
        towns = [e.population for e in self.gazetteer.lookup(town) if e.feature == "city"]
        named = [e.population for e in self.gazetteer.lookup(whole)]
        return bool(towns) and max(towns) >= LARGE_CITY and max(towns) > 10 * max(named, default=0)

    def add_area_of_unknown_town(self, sentence: Sentence, start: int, end: int, areas: str) -> _Found | None:
        """A town too small for the gazetteer with the areas it lies in after it, smallest first ("in
        Djibasso (Kossi, Boucle du Mouhoun)"): the smallest area the gazetteer knows, as a district
        (geo_precision 2) or a province (3), within the larger ones named."""
        entries = _readings_of_areas(self.gazetteer, areas)
        if entries is None:
            return None
        base = sentence.start if sentence.index >= 0 else 0
        relation, _ = _relation(_preceding(sentence.text, start - base), None)
        district = entries[0].feature != "admin1"
        mention = PlaceMention(sentence=sentence.index, start=start, end=end, text=sentence.text[start - base:end - base],
                               relation=relation, precision=2 if district else 3)
        found = _Found(mention, entries, "district" if district else "province")
        self.found[(sentence.index, start, end)] = found
        return found

    def add_state_of_unknown_town(self, sentence: Sentence, start: int, end: int, town: str, region: str) -> _Found | None:
        """A dateline town too small for the gazetteer ("KINLOCH, Mo."): its state, at state precision."""
        state = self.gazetteer.admin1_for_abbreviation(region)
        if state is None:
            return None
        country, admin1 = state
        entries = [e for e in self.gazetteer.lookup(admin1) if e.feature == "admin1" and e.country_code == country]
        if not entries:
            return None
        mention = PlaceMention(sentence=sentence.index, start=start, end=end, text=town.title() if town.isupper() else town,
                               relation="dateline", precision=3)
        found = _Found(mention, entries[:1], "state")
        self.found[(sentence.index, start, end)] = found
        return found


#: countries whose towns the gazetteer names as English-language news does
ENGLISH_NAMED_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
#: short forms of a name's words, anywhere in it ("Port St. Lucie")
_SHORT_WORDS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def _comparable(name: str) -> str:
    """A name's key with its short words spelled out and no leading "the" ("The Bronx")."""
    return " ".join(_SHORT_WORDS.get(word, word) for word in name_key(name).split()).removeprefix("the ")


def _known_by_another_name(entry: GazetteerEntry, written: str) -> bool:
    """Whether a town of an English-named country has the name (`written`, `_comparable`) only as a former
    or a foreign name: neither its own name (or its first words) nor spelled or sounding as its own
    ("Birmingham", Cartersville, Georgia's name long ago; "Vanderbilt" for Erwin, Tennessee)."""
    if entry.feature != "city" or entry.id < 0 or entry.country_code not in ENGLISH_NAMED_COUNTRIES:
        return False
    own = _comparable(entry.name)
    if own.replace(" ", "") == written.replace(" ", "") or own.startswith(written + " "):
        return False  # "Mc Kees Rocks"; its name cut short: "Oklahoma" for Oklahoma City, "Newcastle" upon Tyne
    sound = sound_key_of(own)
    return sound is None or sound != sound_key_of(written)


#: short capitals that are ordinary words as often as countries ("HELP US", "a CAR bomb")
_ABBREVIATIONS_ALSO_WORDS = frozenset({"US", "CAR"})
#: an abbreviation with stops starts longer names as often as it stands alone ("U.S. Virgin Islands", "U.S. Attorney")
_ABBREVIATION_WITH_STOPS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")


def _country_by_another_name(gazetteer: Gazetteer, name: str, entries: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """The country a name stands for where the gazetteer keeps that name only as an alias of the country
    ("DR Congo", "Bosnia", "the UAE"): news writes countries so as often as by their official names, and a
    conflict report headed "Clashes in DR Congo" is no story of a Brazilian town called Congo. Only for a name
    the gazetteer knows no place by: where towns bear it too ("Trinidad", "Holland"), the story's context
    chooses among them as before."""
    if entries or name in _ABBREVIATIONS_ALSO_WORDS or _ABBREVIATION_WITH_STOPS.fullmatch(name):
        return []
    found = gazetteer.country_code_for(name)
    if found is None or found[1] != "alias":
        return []
    country = gazetteer.country(found[0])
    if country is None:
        return []
    return [e for e in gazetteer.lookup(country.name) if e.feature == "country" and e.country_code == found[0]]


def _without_former_names(entries: list[GazetteerEntry], name: str) -> list[GazetteerEntry]:
    """A name's readings less the towns that held it once, where another place bears it today: news names
    a town by its name today, and means the place that has it ("Antioch" is Antioch, not New Hope,
    Tennessee, once so called). A name only the gazetteer's old names hold keeps them ("Yamacraw", a
    part of Savannah)."""
    written = _comparable(name)
    if not any(_comparable(e.name) == written for e in entries):
        return entries
    return [e for e in entries if not _known_by_another_name(e, written)]


#: the areas a town lies in, written after it as ACLED's notes do: "in Djibasso (Kossi, Boucle du Mouhoun)"
_AREAS_AFTER = re.compile(r"\s*\(([A-Z][^()]{1,80})\)")
#: a state written before the kind of the town it holds: "the Ohio city of Springfield", "the Guerrero town of Chilapa"
_STATE_AND_KIND_BEFORE = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:city|town|village|community|suburb|municipality|"
                                    r"borough|township)\s+of\s+$")
_KIND_OF_A_TOWN_AFTER = re.compile(r"\s+(?:city|town|village|community|suburb|municipality|borough|township)\s+of\s+[A-Z]")
#: the same after the kind of a town too small for the gazetteer: "in Umlazi township (Durban)"
_KIND_THEN_AREAS_AFTER = re.compile(r"\s+(?:town|village|township|locality|neighbou?rhood|area)\s*\(([A-Z][^()]{1,80})\)")
#: a city this large is the one "West <city>" puts a part of, not a small namesake of the whole phrase
LARGE_CITY = 100_000
#: a headline's possessive names a city this large ("Orlando's Pulse Nightclub"); a smaller namesake is a person's
HEADLINE_POSSESSIVE_POPULATION = 50_000
#: a saint's name ("St. Luke", "Saint Mary"): in the possessive, a hospital's, a church's or a feast's
_SAINT = re.compile(r"(?:St|Saint|Ste|Sainte)\.?\s+[A-Z]")
#: "Chicago's South Side", "Charleston's East End": a part of the town before it
_PART_OF_TOWN_AFTER = re.compile(r"['’]s\s+(?:(?:[A-Z][a-z]+|north|south|east|west|far)\s+){0,2}"
                                 r"(?:End|Side|side|neighbou?rhood|downtown|suburbs?|district|outskirts|area|Village|Heights)\b")
_TITLE_CASE_SMALL_WORD = re.compile(r"(?<=\s)(?:In|At|Near|Outside|Inside|From|Into|On|After|Before|For|To|By|With|During|Over|"
                                    r"Following|Amid|And|Or|As|The|A|An)(?=\s)")
_LEADING_ARTICLE = re.compile(r"(?:A|An|The)\s+(?=[A-Z])")
#: a direction before "of" opens no town's name ("15km Northwest of Gwoza")
_DIRECTION_OF = re.compile(r"(?:North|South|East|West)(?:-?(?:east|west|East|West))?(?:ern)?\s+of\s+(?=[A-Z])")
_LEADING_AGE = re.compile(r"[A-Za-z0-9]+-(?:year|month|week)s?-old\s+")
_NAME_WITH_AGE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z]\.)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?), \d{1,2},")
#: cities written by their letters, which state abbreviations would otherwise take ("a shooting in
#: Northwest D.C.", "in East LA")
CITY_LETTERS = {"D.C": ("Washington", "District of Columbia"), "DC": ("Washington", "District of Columbia"),
                "LA": ("Los Angeles", "California"), "L.A": ("Los Angeles", "California")}


#: after "A, B": more names, so the two are a list ("Arkansas, Colorado, Delaware"), not a town and its state
_LIST_GOES_ON = re.compile(r",?\s+and\s+[A-Z]|,\s*[A-Z]")


def _modifier_spans(run: str) -> list[tuple[str, int]]:
    """Names inside a longer capitalised run, where a noun follows them: "Richmond Police Department"
    gives "Richmond"; a headline's "Fatal Houston Shooting" gives "Houston"."""
    words = [(m.group(0), m.start()) for m in re.finditer(r"\S+", run)]
    spans = []
    for end in range(len(words) - 1, 0, -1):
        if not _MODIFIED_NOUN.fullmatch(words[end][0].rstrip(",.:;")):
            continue
        last = end - 1
        while last > 0 and (words[last][0].lower() in _HEADLINE_ADJECTIVES or _MODIFIED_NOUN.fullmatch(words[last][0].rstrip(",.:;"))
                            or (words[last][0] == "Mobile" and words[last + 1][0].startswith("Home"))):
            # "Cameron Accidental Shooting", "Arlington Bar Shooting": the town before the kind of shooting
            # ("Bykota Mobile Home Park": a park of mobile homes, not one in Mobile)
            last -= 1
        for start in range(last + 1):
            offset = words[start][1]
            name = run[offset:words[last][1] + len(words[last][0])]
            spans.append((name, offset))
    return spans


_HEADLINE_ADJECTIVES = {"accidental", "fatal", "deadly", "double", "triple", "quadruple", "drive-by", "officer-involved",
                        "domestic", "overnight", "weekend", "early", "late", "gang", "police", "apparent", "civic", "convention",
                        "community", "metropolitan", "metro"}


def _dateline_hint(gazetteer: Gazetteer, region: str, town_entries: list[GazetteerEntry]) -> tuple[str, str] | None:
    """(country, state) a dateline writes after its town: "Tenn.", "Ind" (its full stop lost), a country,
    or the town's county ("ALTURAS, Modoc County"), which gives the state of the namesake it holds."""
    state = gazetteer.admin1_for_abbreviation(region) or (
        gazetteer.admin1_for_abbreviation(region + ".") if len(region) <= 5 and region.isalpha() else None)
    if state:
        return state
    country = gazetteer.country_code_for(region)
    if country:
        return country[0], ""
    if _WRITTEN_AS_COUNTY.search(region):
        towns = {(e.country_code, e.admin1, e.admin2) for e in town_entries if e.feature == "city"}
        holding = [e for e in gazetteer.lookup(region) if e.feature == "admin2" and (e.country_code, e.admin1, e.admin2) in towns]
        if holding and holding[0].country_code and holding[0].admin1:
            return holding[0].country_code, holding[0].admin1
    return None


def _is_state_abbreviation(raw: str, following: str, gazetteer: Gazetteer) -> bool:
    """'Fla.' or 'NC' written as a state: a hint for other names, not a place to look up as a town."""
    if following == "." and len(raw) <= 5 and gazetteer.admin1_for_abbreviation(raw + "."):
        return True
    if raw.endswith(".") and len(raw) <= 6 and gazetteer.admin1_for_abbreviation(raw):
        return True  # the parser's entity took the full stop: "Tyrone, Mo., ..."
    return len(raw) == 2 and raw.isupper() and gazetteer.admin1_for_abbreviation(raw) is not None


def _relation(before: str, generic: str | None) -> tuple[str, int]:
    """How the words around a name tie it to the event, and the precision that implies."""
    if _DISTANCE_BEFORE.search(before):
        return "distance", 2
    if _HOSPITAL_BEFORE.search(before) or _CUSTODY_BEFORE.search(before):
        return "hospital", 2  # (the relation of every place people are taken to after an incident)
    if _NEAR_BEFORE.search(before):
        return "near", 2
    if generic in ("countryside", "area", "suburb", "suburbs", "neighbourhood", "neighborhood"):
        return "near", 2
    if _FROM_BEFORE.search(before):
        return "from", 1
    if re.search(r"\b(?:in|at|inside|within|of)\s+(?:the\s+)?(?:\w+\s+)?$", before, re.I) or _AREA_AND_COLON_BEFORE.search(before) \
            or _KIND_LABEL_BEFORE.search(before):
        return "in", 1
    return "", 1


#: the kinds of area conflict reports name after a place, each after a comma
_AREA_KINDS = (r"(?:district|sub-?district|village|town|city|area|locality|province|governorate|county|region|commune|"
               r"sector|territory|municipality|LGA|tehsil|thesil|department|state)")
_NAME_OF_AN_AREA = rf"[A-Z][\w'’.-]*(?:\s+(?:{_CONNECTOR}\s+)?[A-Z][\w'’.-]*){{0,3}}"
#: a place and the areas after it, up to the name at hand: "in Barangay Butilen, Datu Salibo, ", "near Gobara, ";
#: the places may first be said to lie in the area that heads the chain ("in Siashan village of Gazara district, ",
#: "in A and B villages of Nad Ali district, ")
_IN_A_CHAIN_OF_AREAS = re.compile(
    r"\b(?:in|near|at|outside|around)\s+(?:the\s+)?(?:(?:village|town|city|district|municipality|commune|community)\s+of\s+)?"
    rf"(?:{_NAME_OF_AN_AREA}(?:\s+(?:and|,)\s+{_NAME_OF_AN_AREA})*\s+{_AREA_KINDS}s?\s+of\s+)?"
    # (each name with its kind, or with what it names: "Court complex, ", "Ameyan market, ")
    rf"(?:{_NAME_OF_AN_AREA}(?:\s+{_AREA_KINDS}|\s+[a-z]+)?\s*,\s*){{1,3}}$")
_AREA_KIND_AFTER = re.compile(rf"\s+{_AREA_KINDS}s?\b", re.I)  # (plural: "in A and B districts")
#: the end of a sentence or of a clause: "..., Indanan, Sulu."
_CLAUSE_ENDS = re.compile(r"\s*(?:[.;)]|$)")


def _an_area(found: _Found, text: str, end: int) -> bool:
    """Whether a name after a place and a comma is one of its areas: a province or district by one of its
    readings, or written with its kind ("Gwoza LGA", "Masisi district")."""
    return found.generic is not None or bool(_AREA_KIND_AFTER.match(text, end)) or any(
        e.feature in ("admin1", "admin2") for e in found.entries) or _the_town_a_chain_ends_with(found, text, end)


def _the_town_a_chain_ends_with(found: _Found, text: str, end: int) -> bool:
    """A town that ends a chain and its sentence is where the places before it lie ("in the old market, Kapedo.",
    "in Praia do Futuro, Fortaleza."): nothing follows it to make it a person's name."""
    return bool(_CLAUSE_ENDS.match(text, end)) and any(e.feature == "city" for e in found.entries)


def _a_province_or_kind_after(gazetteer: Gazetteer, name: str, text: str, end: int) -> bool:
    """A name the parser reads as a person is still an area in a chain of them when it is a province
    ("in Dehraoud district, Uruzgan") or written with its kind; a county or a town is as likely a surname,
    but not where it ends the chain and the sentence ("in Barangay Sawaki, Indanan, Sulu.", "in the old market,
    Kapedo."): a person's
    surname there would be followed by what the person did ("in Dayton, Ohio, Smith said"). There, a name the
    gazetteer does not hold as written is an area too, to be read by its sound ("in Siashan village, Hirat.")."""
    ends = bool(_CLAUSE_ENDS.match(text, end))
    wider = ("admin1", "admin2", "city") if ends else ("admin1",)
    readings = gazetteer.lookup(name)
    return bool(_AREA_KIND_AFTER.match(text, end)) or any(e.feature in wider for e in readings) or (ends and not readings)


#: a place written after the area it lies in and a colon, as conflict trackers list places: "in Aleppo: Afrin",
#: "in Damascus Suburbs: Zamalka"
_AREA_AND_COLON_BEFORE = re.compile(rf"\b(?:in|near|at|outside)\s+(?:the\s+)?{_NAME_OF_AN_AREA}(?:\s+{_AREA_KINDS})?\s*:\s*$")


#: the colon after such an area, up to the place listed in it
_COLON_AFTER_AREA = re.compile(rf"(?:\s+{_AREA_KINDS})?\s*:\s*")


#: a kind of administrative unit as a form's label: "DEPARTMENT: CAUCA MUNICIPALITY: ARGELIA", "Province: Kandahar"
#: (not "area": a weather warning's "Target Area: Daviess; Greene" lists counties, no incident's place)
_KIND_LABEL_BEFORE = re.compile(r"\b(?:district|province|governorate|county|region|commune|municipality|department|"
                                r"state|territory|town|village|city)\s*:\s*$", re.I)


def _locative(before: str) -> bool:
    """Whether the words before a name make it a place: a locative word, its area and a colon, or a label
    naming its kind."""
    return bool(LOCATIVE.search(before) or _AREA_AND_COLON_BEFORE.search(before) or _KIND_LABEL_BEFORE.search(before))


def _written_with_its_kind(name: str, text: str, end: int) -> bool:
    """Whether a name carries its kind of area ("Ghazni city", "Nad Ali district", "Khwaja Sabz Posh District"):
    after a locative word such a name is a place, whatever the parser reads in it."""
    return _trim_generic_tail(name)[1] is not None or bool(_AREA_KIND_AFTER.match(text, end))


_UPPER_CASE_NAME_THEN_TITLE_CASE = re.compile(r"(?:[A-Z][A-Z'’.-]+\s+)*[A-Z][A-Z'’.-]+(?=\s+[A-Z][a-z])")


def _capitalised_runs(gazetteer: Gazetteer, text: str) -> Iterator[re.Match[str]]:
    """The runs of capitalised words; a place's name in capitals is a run of its own before words in title case,
    as forms write a place's name before what lies in it ("MUNICIPALITY: SAN CALIXTO Lagunitas village"); other
    capitals stay in the run (a station's call letters: "KNDU Tri-Cities")."""
    for run in CAPITALISED_RUN.finditer(text):
        upper = _UPPER_CASE_NAME_THEN_TITLE_CASE.match(text, run.start(), run.end())
        if upper is None or run.group(0).isupper() or not gazetteer.lookup(upper.group(0)):
            yield run
            continue
        for part in (CAPITALISED_RUN.match(text, run.start(), upper.end()), CAPITALISED_RUN.match(text, upper.end() + 1, run.end())):
            if part is not None:
                yield part


def _is_demonym(gazetteer: Gazetteer, name: str) -> bool:
    found = gazetteer.country_code_for(name)
    return found is not None and found[1] == "demonym"


def _person_words(sentences: list[Sentence]) -> tuple[set[str], set[str]]:
    """The surnames and all the words of the people an article names."""
    # (a name led by an Arabic article in lower case is a place's as often: "in al Dumair" names no Mr Dumair)
    full_names = [ent.text.split() for s in sentences if s.parse is not None for ent in s.parse.ents
                  if ent.label_ == "PERSON" and len(ent.text.split()) > 1 and ent.text.split()[0] not in ARABIC_ARTICLES]
    # "Trevon Johnson ... in Johnson's arms": a surname the article gives a person is not a town
    surnames = {words[-1] for words in full_names}
    # "Cleveland Smelley ... Cleveland then opened fire": any word of a person's full name, where
    # nothing locative ("in", "near") says the bare word is a place; a name with an age is a
    # person's, whatever the parser says ("Cleveland Smelley, 30,")
    name_words = {word for words in full_names for word in words}
    name_words |= {word for s in sentences for m in _NAME_WITH_AGE.finditer(s.text) for word in m.group(1).split()}
    return surnames, name_words


def _recognise(doc: Document, gazetteer: Gazetteer, recogniser: _Recogniser) -> None:
    sentences = ([doc.title] if doc.title else []) + doc.sentences
    if doc.title and doc.article.title and len(doc.article.title) > len(doc.title.text):
        # the site's name after a headline often names its town ("... - WWBT - Richmond, VA"):
        # read the places of the whole page title, with the headline's own parse
        whole = doc.title.text + doc.article.title[len(doc.title.text):]
        sentences[0] = Sentence(index=-1, start=0, end=len(whole), text=whole, parse=doc.title.parse)
        site_name_from = len(doc.title.text)
    else:
        site_name_from = None
    surnames, name_words = _person_words(sentences)
    for sentence in sentences:
        dateline = doc.dateline
        in_dateline = dateline is not None and sentence.index == dateline.sentence
        # blanked whole: an entry of a video list beside the story, another story's places; a dateline
        # split off as a sentence of its own ("BOZEMAN, Mont. -") is blanked too, but still names the town
        blank = sentence.index >= 0 and not doc.analysed_text(sentence).strip()
        if blank and not in_dateline:
            continue
        base = sentence.start if sentence.index >= 0 else 0
        # 1. the dateline
        if in_dateline:
            city = dateline.city
            local = dateline.start - sentence.start
            # an upper-case dateline city is looked up in title case
            probe = Sentence(index=sentence.index, start=sentence.start, end=sentence.end,
                             text=sentence.text[:local] + (city.title() if city.isupper() else city) + sentence.text[local + len(city):])
            found = recogniser.add(probe, dateline.start, dateline.start + len(city), "dateline", shown=city)
            if found is None and dateline.region:
                found = recogniser.add_state_of_unknown_town(sentence, dateline.start, dateline.start + len(city), city, dateline.region)
            if found:
                found.mention.relation = "dateline"
                if dateline.region:
                    found.hint = _dateline_hint(gazetteer, dateline.region, found.entries)
        if blank:
            continue
        # 2. the parser's entities
        if sentence.parse is not None:
            for ent in sentence.parse.ents:
                if ent.label_ in ("GPE", "LOC", "FAC"):
                    start_char = ent.start_char
                    text = ent.text
                    if text.lower().startswith("the "):
                        start_char += 4
                    run = _whole_run_at(sentence.text, start_char)
                    end_char = max(run.end(), ent.end_char) if run else ent.end_char
                    if sentence.text[start_char:end_char] in name_words and not LOCATIVE.search(_preceding(sentence.text, start_char, 40)):
                        continue
                    recogniser.add(sentence, base + start_char, base + end_char, "ner")
        # 3. capitalised runs after a locative word (also where the parser saw a person)
        people = [(e.start_char, e.end_char) for e in sentence.parse.ents if e.label_ in ("PERSON", "ORG")] if sentence.parse is not None else []
        # a Title Case headline's "Teenager Shot In Duquesne": its small words end a name, as in prose
        scanned = _TITLE_CASE_SMALL_WORD.sub(lambda m: m.group(0).lower(), sentence.text) if sentence.index < 0 else sentence.text
        for run in _capitalised_runs(gazetteer, scanned):
            before = _preceding(scanned, run.start(), 40)
            direction = _DIRECTION_OF.match(run.group(0))  # "15km Northwest of Gwoza": the town after the direction
            age = _LEADING_AGE.match(run.group(0)) or (_LEADING_ARTICLE.match(run.group(0))
                                                       if not gazetteer.lookup(run.group(0)) else None) or direction  # "The Woodlands"
            if age:  # "Sixteen-year-old Bradenton girl", "An Alexandria man": no part of the town's name
                run = CAPITALISED_RUN.match(scanned, run.start() + age.end())
                if run is None:
                    continue
                if direction:
                    before = _preceding(scanned, run.start(), 40)
            if _DETACHED_ARTICLE_BEFORE.search(before) and run.group(0).split()[0].lower() in NAMES_AFTER_AN_ARTICLE:
                continue  # "fighters from al Nusra", "a statement on al Jazeera": a group, a channel, a family
            # a title-case headline's "Galveston Toddler Shoots Self": a name modifying a noun inside the run
            title_modifier = sentence.index < 0 and bool(_modifier_spans(run.group(0)))
            # (one word before "boy", "man", "resident" is where they are from: "a Gresham boy"; a
            # town's police are its own: "Cameron Police Chief Mike Younger said")
            modifier = (run.group(0).count(" ") <= 2 and bool(_PLACE_MODIFIES.match(sentence.text, run.end()))) or bool(
                re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Police|Sheriff)\b", run.group(0))
                or TOWN_INSTITUTION.match(run.group(0)))
            # (a name with its areas after it is a place wherever it stands: "airstrikes on Sanaa (Amanat al Asimah)")
            unplaced = not _locative(before) and not _PLACE_MODIFIES.match(sentence.text, run.end()) and not _areas_after(
                gazetteer, sentence.text, run.end()) and not (title_modifier or modifier) and (
                not _STATE_AFTER.match(sentence.text, run.end()) or run.start() == 0)
            # (the areas after a place, each after a comma: "in Dehraoud district, Uruzgan"; but the towns of a
            # list stay towns: "offices in Los Angeles, Miami, New York")
            in_chain = unplaced and bool(_IN_A_CHAIN_OF_AREAS.search(_preceding(scanned, run.start(), 90)))
            if unplaced and not in_chain:
                continue
            if any(s <= run.start() < e for s, e in people) and not title_modifier and not modifier and not (
                    _locative(before) and not re.search(r"\b(?:of|and|to|from)\s+$", before)) and not (
                    _KIND_OF_PLACE_OF.search(before)) and not (
                    _locative(before) and _areas_after(gazetteer, sentence.text, run.end())) and not (
                    in_chain and _a_province_or_kind_after(gazetteer, run.group(0), sentence.text, run.end())) and not (
                    _locative(before) and _written_with_its_kind(run.group(0), sentence.text, run.end())):
                continue  # the parser reads a person or an organisation here ("Davis", "Jackson said")
            if run.group(0) in surnames and not _STATE_AFTER.match(sentence.text, run.end()):
                continue
            if _is_demonym(gazetteer, run.group(0)):
                continue  # "told him in Spanish": a language (not Spanish, Ontario)
            known = set(recogniser.found) if in_chain else set()
            found = recogniser.add(sentence, base + run.start(), base + run.end(), "gazetteer")
            if in_chain and found is not None and not _an_area(found, sentence.text, run.end()):
                for key in set(recogniser.found) - known:  # "in Dayton, Ohio, Smith said": no area, no place
                    del recogniser.found[key]
                continue
            if in_chain and found is not None and set(recogniser.found) - known:
                # (after a place and a comma, a name is one of its areas: Uruzgan the province, not its town;
                # a name the parser found already is read as it would be anywhere)
                found.entries = [e for e in found.entries if e.feature != "city"] or found.entries
            areas = (_AREAS_AFTER.match(sentence.text, run.end()) or _KIND_THEN_AREAS_AFTER.match(sentence.text, run.end())) \
                if found is None and _locative(before) else None
            if areas:
                found = recogniser.add_area_of_unknown_town(sentence, base + run.start(), base + run.end(), areas.group(1))
            if found is None and (_locative(before) or in_chain):
                # (an area after a place and a comma may be written as the gazetteer does not: "in Siashan village, Hirat")
                recogniser.unknown.append((sentence, run.start(), run.end()))
    if site_name_from is not None:
        # the site's own town (a station's "KSLA News 12 Shreveport") is where it is, not where its
        # stories happen: a regional station reports the whole region
        for found in recogniser.found.values():
            if found.mention.sentence < 0 and found.mention.start >= site_name_from:
                found.mention.relation = SITE_RELATION


def _context(doc: Document, gazetteer: Gazetteer, recogniser: _Recogniser) -> _Context:
    """Countries and states the article points to, by how often it names them."""
    context = _Context(Counter(), Counter(), {})
    texts = ([doc.article.title] if doc.article.title else []) + [s.text for s in doc.sentences]
    us_style = 0
    named_countries: Counter = Counter()  # countries the text names outright, not through a town's reading
    for number, text in enumerate(texts):
        in_headline = number == 0 and bool(doc.article.title)
        for word in re.finditer(r"\b[A-Z][a-zA-Z.'’-]+(?:\s[A-Z][a-z]+)?", text):
            phrase = word.group(0)
            if _COUNTRY_INSIDE_A_NAME_BEFORE.search(text, max(0, word.start() - 4), word.start()):
                continue
            if _NAMED_AFTER_A_COUNTRY.match(text, word.start() + len(word.group(0).split()[0])):
                continue
            found = gazetteer.country_code_for(phrase)
            if found is None and " " in phrase and not _a_place_of_its_own(gazetteer, phrase):
                phrase = phrase.split()[0]
                found = gazetteer.country_code_for(phrase)
            if found and found[1] == "demonym" and _A_BUSINESS_AFTER.match(text, word.start() + len(phrase)):
                continue  # "outside a Chinese restaurant": a kind of food, not the story's country
            if found:
                weight = 1.0 if found[1] != "demonym" else 0.7
                context.add_country(found[0], weight, name_key(phrase))
                named_countries[found[0]] += weight
                if found[1] != "demonym" and not any(e.feature == "admin1" and e.country_code != found[0]
                                                     for e in gazetteer.lookup(phrase)):
                    context.named.add(found[0])  # (not "Georgia", also a state of the United States)
                    if in_headline:
                        context.named_in_headline.add(found[0])
        us_style += len(US_STYLE.findall(text))
    # "... - WFSB 3 Connecticut": a state in the site's name after the headline is the station's
    if doc.title and doc.article.title and len(doc.article.title) > len(doc.title.text):
        for run in CAPITALISED_RUN.finditer(doc.article.title[len(doc.title.text):]):
            states = {(e.country_code, e.admin1) for e in gazetteer.lookup(run.group(0))
                      if e.feature == "admin1" and name_key(e.name) == name_key(run.group(0))}
            if len(states) == 1:
                state = states.pop()
                context.admin1s[state] += 1.0
                context.add_country(state[0], 0.5)
    # "... Sports-Hattiesburg, MS", "(Birmingham, AL)": a state written after any town near the top
    for text in texts[:4]:
        for state in _STATE_WRITTEN.finditer(text):
            hint = gazetteer.admin1_for_abbreviation(state.group(1))
            if hint and hint[1]:
                context.admin1s[hint] += 1.0
                context.add_country(hint[0], 0.5)
    for found in recogniser.found.values():
        if found.hint:
            context.add_country(found.hint[0], 1.5)
            if found.hint[1]:
                context.admin1s[found.hint] += 2.0
        key = name_key(found.mention.text)
        if len(found.entries) == 1:
            entry = found.entries[0]
            if entry.feature == "admin1":
                context.admin1s[(entry.country_code, entry.admin1)] += 1.0
            context.add_country(entry.country_code, 0.5, key)
        elif all(e.feature == "country" for e in found.entries):
            context.add_country(found.entries[0].country_code, 1.0, key)
        elif len({(e.country_code, e.admin1) for e in found.entries if e.feature == "admin1"}) == 1 and found.generic == "state":
            entry = next(e for e in found.entries if e.feature == "admin1")
            context.admin1s[(entry.country_code, entry.admin1)] += 1.0
    context.us_style = us_style
    # (a town read as a foreign namesake, "York City" as York, England, does not silence the wording)
    if us_style and not any(code != "US" and weight >= FOREIGN_STORY_NAMINGS for code, weight in named_countries.items()):
        context.add_country("US", min(2.0, 0.5 * us_style))
        context.firm.add("US")
    # "chicago.suntimes.com": the town in the outlet's address is where it reports from, most days, unless
    # the story is plainly another country's ("naplesnews.com" is no Italian paper), names states of its own
    # ("theoaklandpress.com" is in Michigan, not in the larger Oakland's California) or names the town
    # itself, whose reading is then the story's to make ("losbanosenterprise.com" is no Filipino paper)
    # (our table of outlets knows better than the address which of the towns so named it is: "jacksonsun.com" is
    # in Jackson, Tennessee)
    registered_town = _registered_outlet_town(gazetteer, doc.article.outlet)
    outlet_town = registered_town or _outlet_town(gazetteer, doc.article.outlet)
    plainly_home = outlet_town is not None and not any(code != outlet_town.country_code and weight >= FOREIGN_STORY_NAMINGS
                                                       for code, weight in named_countries.items())
    if plainly_home:
        # (a town's reading abroad is no sign of a foreign story: "Bordeaux" is also a part of Nashville)
        context.home_town = outlet_town
    # (a local outlet our table knows tells its country's story unless it names another country as often as a
    # foreign story does: a victim's family "from Mexico" makes no Californian station's report Mexican)
    if outlet_town is not None and (context.leading_country() in (None, outlet_town.country_code)
                                    or (registered_town is not None and plainly_home)) and not any(
            name_key(found.mention.text) == name_key(outlet_town.name) for found in recogniser.found.values()) and (
            not context.admin1s or (outlet_town.country_code, outlet_town.admin1) in context.admin1s):
        context.outlet_town = outlet_town
        context.admin1s[(outlet_town.country_code, outlet_town.admin1)] += 1.0
        context.add_country(outlet_town.country_code, 0.5)
    # "arkansasonline.com", "nbcconnecticut.com": the state in the outlet's address is the one it reports on,
    # on the same terms
    outlet_state = _outlet_state(gazetteer, doc.article.outlet, context.leading_country())
    if outlet_state is not None and (
            not context.admin1s or (outlet_state.country_code, outlet_state.admin1) in context.admin1s):
        context.admin1s[(outlet_state.country_code, outlet_state.admin1)] += 1.0
        context.add_country(outlet_state.country_code, 0.5)
    context.firm |= {country for country, _ in context.admin1s}
    return context


#: a town this large is the one a news site's address names ("nbcmiami.com", "click2houston.com")
OUTLET_TOWN_POPULATION = 100_000
#: shorter runs of letters inside an address are words more often than towns
OUTLET_TOWN_LETTERS = 5
#: what may come before a town's name in a news site's address: a network, a channel, a word of welcome
#: ("fox13memphis", "click2houston", "mysanantonio"); a town inside a longer word is none ("cumberlink")
_BEFORE_OUTLET_TOWN = re.compile(r"(?:my|the|crimein|everything|local|clickon|click2|west|east|north|south|"
                                 r"capitolhill)?(?:fox|abc|nbc|cbs|cw|wb)?\d*")


@lru_cache(maxsize=4096)
def _outlet_town(gazetteer: Gazetteer, outlet: str | None) -> GazetteerEntry | None:
    """The large town whose name the outlet's address holds, the longest name if several."""
    if not outlet:
        return None
    labels = outlet.lower().split(":")[0].split(".")[:-1]  # the top-level domain names no town
    towns = gazetteer.large_towns(OUTLET_TOWN_POPULATION)
    found: list[tuple[int, int, GazetteerEntry]] = []
    for label in labels:
        for start in range(len(label)):
            for end in range(start + OUTLET_TOWN_LETTERS, len(label) + 1):
                town = towns.get(label[start:end])
                if town is not None and _BEFORE_OUTLET_TOWN.fullmatch(label[:start]):
                    found.append((end - start, town.population, town))
    return max(found, key=lambda f: (f[0], f[1]))[2] if found else None


#: shorter state names are parts of words too often ("goa" in "chicago")
OUTLET_STATE_LETTERS = 4


def _outlet_state(gazetteer: Gazetteer, outlet: str | None, country: str | None) -> GazetteerEntry | None:
    """The country's state or province the outlet is based in: our table of outlets' ("wsmv.com"), else
    the one whose name the address holds ("eastidahonews.com"), the longest name if several ("arkansas",
    not "kansas"); none when it is part of a town's name there ("kansascity.com", "washingtonpost.com").
    Only in a story known to be that country's: the words of addresses are the names of some state
    somewhere ("valley", "central", "coast")."""
    if country is None:
        return None
    # "wsmv.com": our table of outlets knows where an outlet is based, whatever its address says
    states = _registered_outlet_state(gazetteer, outlet) or _states_in_address(gazetteer, outlet)
    found = [state for state in states if state.country_code == country]
    return found[0] if found else None


def _registered_home(gazetteer: Gazetteer, outlet: str | None) -> tuple[str, tuple[str, str]] | None:
    """The town and (country, state) of the outlet's newsroom as our table of outlets has them."""
    home = outlet_home(outlet)
    state = gazetteer.admin1_for_abbreviation(home.state_code) if home is not None else None
    return (home.town, state) if home is not None and state is not None else None


@lru_cache(maxsize=4096)
def _registered_outlet_state(gazetteer: Gazetteer, outlet: str | None) -> tuple[GazetteerEntry, ...]:
    """The state of the outlet's newsroom as our table of outlets has it, if it has the outlet."""
    home = _registered_home(gazetteer, outlet)
    if home is None:
        return ()
    return tuple(entry for entry in gazetteer.lookup(home[1][1])
                 if entry.feature == "admin1" and (entry.country_code, entry.admin1) == home[1])[:1]


@lru_cache(maxsize=4096)
def _registered_outlet_town(gazetteer: Gazetteer, outlet: str | None) -> GazetteerEntry | None:
    """The town of the outlet's newsroom as our table of outlets has it, the largest of that name in its
    state."""
    home = _registered_home(gazetteer, outlet)
    if home is None:
        return None
    towns = [entry for entry in gazetteer.lookup(home[0])
             if entry.feature == "city" and (entry.country_code, entry.admin1) == home[1]]
    return max(towns, key=lambda town: town.population, default=None)


@lru_cache(maxsize=4096)
def _states_in_address(gazetteer: Gazetteer, outlet: str | None) -> tuple[GazetteerEntry, ...]:
    """Every state whose name the outlet's address holds, longest name first."""
    if not outlet:
        return ()
    labels = outlet.lower().split(":")[0].split(".")[:-1]
    states = gazetteer.states()
    town = _outlet_town(gazetteer, outlet)
    town_name = run_together(town.name) if town is not None else ""
    found: list[tuple[int, GazetteerEntry]] = []
    for label in labels:
        label = label.replace("-", "")
        for start in range(len(label)):
            for end in range(start + OUTLET_STATE_LETTERS, len(label) + 1):
                state = states.get(label[start:end])
                if state is not None and label[start:end] not in town_name:
                    found.append((end - start, state))
    return tuple(state for _, state in sorted(found, key=lambda f: -f[0]))


def _a_place_of_its_own(gazetteer: Gazetteer, phrase: str) -> bool:
    """Whether a two-word name is a place apart from the country its first word names ("Panama City")."""
    return any(entry.feature != "country" for entry in gazetteer.lookup(phrase))


#: how well known a sea or a region beyond one country is, counted as people ("the Atlantic", "the Middle East")
WIDE_PLACE_PROMINENCE = 10_000_000


def _score(entry: GazetteerEntry, found: _Found, context: _Context, anchors: list[GazetteerEntry]) -> float:
    population = entry.population or (WIDE_PLACE_PROMINENCE if entry.country_code is None and entry.feature in ("sea", "region") else 0)
    score = 2.0 * math.log10(population + 10) / 6.0
    key = name_key(found.mention.text)
    if name_key(entry.name) == key or (entry.feature == "city" and _seat_of_its_namesake_state(entry, found.entries, key)):
        # "Englewood" is the town of that name before a town once called so (Issaquah); "New York" is the
        # city that is its state's seat before the state
        score += 0.5
    if entry.country_code is None:
        # a sea or a region beyond one country (the Atlantic, the Middle East) sits in any country's story
        score += 4.0 * max((context.country_share(code, key) for code in context.countries), default=0.0)
    else:
        score += 4.0 * context.country_share(entry.country_code, key)
    score += 1.5 * context.admin1_share((entry.country_code, entry.admin1))
    if found.hint:
        if found.hint[0] == entry.country_code:
            score += 2.0
            if found.hint[1] and found.hint[1] == entry.admin1:
                score += 4.0
        else:
            score -= 2.0
    generic = found.generic
    if generic in ("province", "governorate", "region", "state"):
        score += 4.0 if entry.feature == "admin1" else (1.0 if entry.feature in ("region", "admin2") else -1.0)
    elif generic in ("district", "county"):
        score += 3.0 if entry.feature in ("admin2", "admin1") else -1.0
    elif generic in ("city", "town", "village"):
        score += 1.5 if entry.feature == "city" else -1.0
    elif entry.feature == "admin2" or (entry.feature == "admin1" and any(
            e.feature == "city" and (e.admin1 == entry.admin1 or e.population >= max(LARGE_CITY, entry.population // 2))
            for e in found.entries)):
        # a bare name is the town more often than the province named after it ("Homs", "Idlib") or than a state
        # named like a city about as large as the state's largest ("Washington"); but a state is a smaller
        # town abroad's better ("Virginia", not Virginia, Free State)
        score -= 0.4
    if entry.feature == "country":
        # a country's name is the country, unless the article is plainly about another one where a state
        # has that name ("Georgia" in a US story); a small town named after it does not make "China" Texan
        key = name_key(found.mention.text)
        leading = context.leading_country(key)
        elsewhere = leading not in (None, entry.country_code) and context.country_share(leading, key) >= 0.3
        score += 0.3 if elsewhere and any(e.feature == "admin1" and e.country_code == leading for e in found.entries) else 2.5
    if entry.id < 0 and not entry.is_postal_town:  # our curated places: listed because conflict reporting names them
        score += 0.8
    if anchors and entry.latitude is not None:
        near = min((distance_km(entry.latitude, entry.longitude, a.latitude, a.longitude)
                    for a in anchors if a is not entry and a.latitude is not None), default=None)
        if any(_inside(a, entry) for a in anchors if a is not entry):
            near = 0.0  # a town the article names lies in this state ("Shelby" in Montana), wherever its seat is
        elif entry.feature == "city" and any(_inside(entry, a) for a in anchors if a is not entry):
            # the town lies in a state the article names ("Alexandria" in a story about Virginia): weaker, as a
            # state is large ("Portland" in a Houston story is not Portland, Texas)
            near = min(near if near is not None else STATE_AS_NEAR_KM, STATE_AS_NEAR_KM)
        if near is not None and near < 150:
            score += 1.5 * (1 - near / 150)
    return score


#: a town in a state the article names counts as this close to the article's places
STATE_AS_NEAR_KM = 75.0


def _inside(place: GazetteerEntry, area: GazetteerEntry) -> bool:
    if place.feature not in ("city", "admin2", "neighbourhood") or area.feature not in ("admin1", "admin2") \
            or place.country_code != area.country_code:
        return False
    return place.admin1 == area.admin1 if area.feature == "admin1" else place.admin2 == area.admin2 and place.admin1 == area.admin1


def _seat_of_its_namesake_state(town: GazetteerEntry, entries: list[GazetteerEntry], key: str) -> bool:
    """Whether the town is the largest of a state named as written (New York City in New York state)."""
    return any(e.feature == "admin1" and name_key(e.name) == key and e.country_code == town.country_code
               and e.admin1 == town.admin1 and e.population == town.population for e in entries)


#: a name with more namesakes than this ("Springfield") is resolved among its largest and its in-context ones
MAX_CANDIDATES = 40


def _likely(entries: list[GazetteerEntry], context: _Context) -> list[GazetteerEntry]:
    if len(entries) <= MAX_CANDIDATES:
        return entries
    in_context = [e for e in entries if context.countries.get(e.country_code)]
    largest = sorted(entries, key=lambda e: -e.population)[:MAX_CANDIDATES]
    return list({e.id: e for e in in_context + largest}.values())


#: what a town and a county that the article names and that fit each other add to both readings
#: ("Savannah" and "Hardin County": Savannah, Tennessee, not the larger Savannah, Georgia)
HIERARCHY_FIT = 2.0


def _fitting_towns_and_counties(founds: list[_Found], keys: list[str]) -> list[set[int]]:
    """Per name, the ids of its readings that fit a reading of another name the article gives: a town
    in a county it names, or a county holding a town it names."""
    def county_key(entry: GazetteerEntry) -> tuple[str | None, str | None, str | None] | None:
        return (entry.country_code, entry.admin1, entry.admin2) if entry.admin2 else None

    # only a name written as a county ("Hardin County") is one, and only a name that is no state or country
    # is a town: "Texas" and "Houston" would otherwise fit as Texas County, Missouri, and its seat
    written_as_county = [bool(_WRITTEN_AS_COUNTY.search(f.mention.text)) for f in founds]
    only_towns = [_named_for_a_town(f.entries) for f in founds]
    towns_by_name = [{county_key(e) for e in f.entries if e.feature == "city"} - {None} if only_towns[n] else set()
                     for n, f in enumerate(founds)]
    counties_by_name = [{county_key(e) for e in f.entries if e.feature == "admin2"} - {None} if written_as_county[n] else set()
                        for n, f in enumerate(founds)]
    fits: list[set[int]] = []
    for number, found in enumerate(founds):
        others = [n for n in range(len(founds)) if keys[n] != keys[number]]
        counties = set().union(*(counties_by_name[n] for n in others)) if others else set()
        towns = set().union(*(towns_by_name[n] for n in others)) if others else set()
        fits.append({e.id for e in found.entries if county_key(e) is not None and (
            (only_towns[number] and e.feature == "city" and county_key(e) in counties)
            or (written_as_county[number] and e.feature == "admin2" and county_key(e) in towns))})
    return fits


def _named_for_a_town(entries: list[GazetteerEntry]) -> bool:
    """Whether a name's towns outweigh its states and countries ("Savannah", not "California")."""
    largest_town = max((e.population for e in entries if e.feature == "city"), default=0)
    return largest_town > 0 and all(e.population < largest_town for e in entries if e.feature in ("admin1", "country"))


_ABBREVIATED_COUNTY = re.compile(r"(.+) Co\.?")
_WRITTEN_AS_COUNTY = re.compile(r"\b(?:County|Parish|Borough)$", re.IGNORECASE)


def _without_small_namesakes_of_large_towns(found: _Found) -> list[GazetteerEntry]:
    """The name's readings without the postal service's towns (of unknown size: hamlets mostly) that share it
    with a town of SMALL_PLACE or more in their country, unless the text writes the hamlet's state beside the
    name: an Arkansas station's "HOUSTON --" is the Texan city, "Houston, Ark." the hamlet. (A large town
    abroad is left to the story's country: a Connecticut station's Berlin is Connecticut's.)"""
    large_in = {e.country_code for e in found.entries if e.feature == "city" and e.population >= SMALL_PLACE}
    if not large_in:
        return found.entries
    kept = [e for e in found.entries if not (e.is_postal_town and e.country_code in large_in)
            or (found.hint is not None and found.hint == (e.country_code, e.admin1))]
    return kept or found.entries


def _resolve(recogniser: _Recogniser, context: _Context) -> list[PlaceMention]:
    """Pick each name's entry: first on context alone, then again with the article's other places as anchors."""
    founds = sorted(recogniser.found.values(), key=lambda f: (f.mention.sentence, f.mention.start))
    # "JULIET" inside the dateline's "MT. JULIET": a part of a name already found is not another place
    founds = [f for f in founds if not any(
        o is not f and o.mention.sentence == f.mention.sentence and o.mention.start <= f.mention.start
        and f.mention.end <= o.mention.end and (o.mention.end - o.mention.start) > (f.mention.end - f.mention.start)
        for o in founds)]
    keys = [name_key(found.mention.text) for found in founds]
    chosen: dict[int, GazetteerEntry] = {}
    fits = _fitting_towns_and_counties(founds, keys)
    for with_anchors in (False, True):
        for number, found in enumerate(founds):
            # the same name elsewhere is no evidence for itself: "Virginia Beach" (the city) would otherwise
            # pull its other mentions to the county of that name at the same point
            anchors = list({entry.id: entry for other, entry in chosen.items()
                            if keys[other] != keys[number]}.values()) if with_anchors else []
            if with_anchors and context.outlet_town is not None and keys[number] != name_key(context.outlet_town.name):
                anchors.append(context.outlet_town)  # (a neighbourhood of the outlet's town: "Englewood")
            chosen[number] = max(_likely(_without_small_namesakes_of_large_towns(found), context), key=lambda e: _score(e, found, context, anchors)
                                 + (HIERARCHY_FIT if e.id in fits[number] else 0.0))
    # (a neighbourhood's other readings are then judged as any town's)
    away = _neighbourhoods_away_from_their_city(founds, keys, chosen, context)
    left_out = _far_towns_no_name_ties_to_their_state(founds, keys, chosen, context) - away
    context.left_out_for_home = bool(left_out)
    left_out |= away | _town_parts_named_like_towns_elsewhere(founds, chosen)
    if left_out:
        remaining = [n for n in range(len(founds)) if n not in left_out]
        founds, keys = [founds[n] for n in remaining], [keys[n] for n in remaining]
        chosen = {new: chosen[old] for new, old in enumerate(remaining)}
    anchor = next((chosen[n] for n, f in enumerate(founds) if f.mention.relation == "dateline"), None)
    if anchor is None:
        # no dateline: the article's most named sizeable town anchors it instead
        # (not the town in the site's name after the headline: a regional station reports its whole region)
        towns = [chosen[n] for n, f in enumerate(founds) if chosen[n].feature == "city"
                 and chosen[n].population >= SMALL_PLACE and f.mention.relation != SITE_RELATION]
        anchor = max(towns, key=lambda e: sum(1 for t in towns if t.id == e.id), default=None)
    if anchor is None:
        # nor a sizeable town: the town the article names most, when it names it more than once and says
        # something happened in it ("shot in Gary ... Gary police")
        towns = [chosen[n] for n, f in enumerate(founds) if chosen[n].feature == "city"
                 and f.mention.relation not in (SITE_RELATION, "from", "hospital", "distance")]
        said_in = {chosen[n].id for n, f in enumerate(founds) if f.mention.relation == "in"}
        counts = Counter(t.id for t in towns)
        anchor = max((t for t in towns if t.id in said_in), key=lambda e: counts[e.id], default=None)
        if anchor is not None and counts[anchor.id] < 2:
            anchor = None
    # nor a town named twice: a local outlet's town anchors its report ("Homewood" from a Pittsburgh paper
    # is no Alabama suburb); a town of the outlet's own state stays, however far (a station covers its state)
    anchored_by_outlet = anchor is None and context.outlet_town is not None
    if anchored_by_outlet:
        anchor = context.outlet_town
    # (a headline naming a country beside the story's own is no sign of where the story is: "Iraq war veteran
    # killed" over a Fresno shooting)
    headlined_at_home = _main_country(founds, chosen) in context.named_in_headline
    kept, abroad = [], []
    for number, found in enumerate(founds):
        mention = found.mention
        mention.entry = chosen[number]
        # (a town with its state written after it is where the text says, however far: "in Ozark, Missouri"
        # in a report about "a Louisville man")
        stated = (found.hint is not None and found.hint == (mention.entry.country_code, mention.entry.admin1)
                  and name_key(mention.entry.name) == keys[number])
        # (nor is a place of the country the rest of the report is about, datelined from a neighbour's
        # capital: "BEIRUT -- ... in Tal Rifaat, north of Aleppo")
        told_from_abroad = anchor is not None and mention.entry.country_code != anchor.country_code and \
            mention.entry.country_code == context.leading_country(keys[number])
        # (nor is a town of a country whose towns' names news transliterates, where a name seldom recurs: "in
        # Hama and in Deraa" names both)
        unique_names = mention.entry.country_code in TRANSLITERATED_COUNTRIES
        if anchor is not None and mention.relation not in ("dateline", "from") and not stated and not told_from_abroad \
                and not unique_names and _implausibly_far(mention.entry, anchor):
            # a namesake far away: the one near the article's town if there is one ("Hutchinson" in a Kansas
            # story), else nothing (a neighbourhood the gazetteer lacks)
            near = [e for e in found.entries if e.latitude is not None
                    and distance_km(e.latitude, e.longitude, anchor.latitude, anchor.longitude) <= NEAR_NAMESAKE_KM]
            if near:
                mention.entry = max(near, key=lambda e: _score(e, found, context, [anchor]))
            elif not (anchored_by_outlet and (mention.entry.country_code, mention.entry.admin1) == (anchor.country_code, anchor.admin1)):
                continue
        # (a town the headline names beside another country is the story's: "safer in Iraq than in San Bernardino")
        in_headline = any(keys[other] == keys[number] and f.mention.sentence < 0 for other, f in enumerate(founds))
        if not recogniser.every_name and headlined_at_home and not in_headline and _a_town_of_a_country_nothing_points_to(
                recogniser.gazetteer, mention.entry, context, keys[number]):
            abroad.append(found)
        kept.append(found)
        feature = mention.entry.feature
        if feature == "admin1":
            mention.precision = 3
        elif feature in ("admin2", "region", "desert", "mountain", "valley", "neighbourhood", "district",
                         "landmark", "camp", "crossing", "island"):
            mention.precision = max(mention.precision, 2)
    # (a report placed abroad is better than one lost: the towns go only while another place stays)
    abroad_ids = {id(found) for found in abroad}
    if any(id(f) not in abroad_ids and f.mention.entry.feature != "country" and f.mention.relation != SITE_RELATION for f in kept):
        kept = [f for f in kept if id(f) not in abroad_ids]
    mentions = [found.mention for found in kept]
    _states_share_their_towns_relation(mentions)
    return mentions


_WRITTEN_AS_AN_AREA = re.compile(r"\s+(?:district|province|governorate|region|state|department|territory|prefecture|oblast|wilaya)\b", re.I)
#: what stands between a town and the areas written after it: "in Ouled Aissa village, Naciria district"
_KIND_AND_COMMA = re.compile(r"(?:\s+(?:village|town|city|locality|area))?\s*,\s*")


def _without_towns_outside_the_areas_written_after_them(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places less each town read in another province than the district or province written after it:
    "in Ouled Aissa village, Naciria district, Boumerdes province" with the only Ouled Aissa the gazetteer
    holds a province away names a village it lacks, which the areas after it place. (Geoparsing keeps the
    town: there every name counts.)"""
    outside = set()
    for number, town in enumerate(places):
        area = places[number + 1] if number + 1 < len(places) else None
        if town.entry is None or town.entry.feature != "city" or area is None or area.sentence != town.sentence \
                or area.entry is None or area.entry.feature not in ("admin1", "admin2") \
                or area.entry.country_code != town.entry.country_code or None in (town.entry.admin1, area.entry.admin1):
            continue
        sentence = doc.sentence(town.sentence)
        base = sentence.start if sentence.index >= 0 else 0
        # (only an area written with its kind: provinces split and renamed leave "Timika, Papua" and "Tulkarm, West
        # Bank" in areas of other codes)
        written_as_area = _WRITTEN_AS_AN_AREA.search(area.text) or _WRITTEN_AS_AN_AREA.match(sentence.text, area.end - base)
        if _KIND_AND_COMMA.fullmatch(sentence.text[town.end - base:area.start - base]) and written_as_area \
                and town.entry.admin1 != area.entry.admin1:
            outside.add(number)
    return [place for number, place in enumerate(places) if number not in outside]


def _main_country(founds: list[_Found], chosen: dict[int, GazetteerEntry]) -> str | None:
    """The country most of the article's places lie in, when one leads (countries named count as their places)."""
    counts = Counter(chosen[number].country_code for number, found in enumerate(founds)
                     if chosen[number].country_code and found.mention.relation != SITE_RELATION).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


#: a town this large is known the world over: a report may name it without its country ("talks in Istanbul")
WORLD_KNOWN_POPULATION = 1_000_000
#: a country's point is its capital (GeoNames): a town this close to it is the capital
CAPITAL_KM = 25.0
_NO_COUNTRY = CountryInfo("", "", "")


def _a_town_of_a_country_nothing_points_to(gazetteer: Gazetteer, entry: GazetteerEntry, context: _Context, key: str) -> bool:
    """Whether a place is read only as a town abroad while the headline names the report's country outright
    and nothing but this name points to the town's: "Clashes in Syria ... in A'dra" is a Syrian town the
    gazetteer lacks, not Adra in Spain; "Joseph village" no town in Oregon. A report tells of a place
    abroad with its country ("the Turkish town of Akcakale") or its state, or lies over the border, unless
    the place is known the world over: a capital, a city of a million. (Events only: `wirecoder geoparse`
    still lists every reading.)"""
    if not context.named_in_headline or entry.country_code is None or entry.country_code in context.named:
        return False
    if entry.feature in ("country", "sea", "region") or context.country_share(entry.country_code, key) > 0:
        return False
    if entry.population >= WORLD_KNOWN_POPULATION:
        return False
    if any(entry.country_code in (gazetteer.country(named) or _NO_COUNTRY).neighbours for named in context.named_in_headline):
        return False  # (a town over the border: "Arsal" in a Syrian story, Gaza in an Israeli one)
    country = gazetteer.country(entry.country_code)
    return not (country is not None and country.latitude is not None and entry.latitude is not None
                and distance_km(entry.latitude, entry.longitude, country.latitude, country.longitude) <= CAPITAL_KM)


#: a town this far from a local outlet's home, in another state, is a namesake of a place of the outlet's own
#: area unless the article ties it to its state ("a shooting in Antioch" on a Nashville station)
FAR_FROM_OUTLET_KM = 250


def _far_towns_no_name_ties_to_their_state(founds: list[_Found], keys: list[str], chosen: dict[int, GazetteerEntry],
                                           context: _Context) -> set[int]:
    """A local outlet's "shooting in Antioch", with nothing else in the report pointing to California, is in
    its own area (Antioch, a part of Nashville the gazetteer lacks), not in the Californian city: a town far
    from the outlet, in another state or country, stands only where the report ties it there (its state
    written after a name or named itself, another of its towns or counties, its country named). Otherwise
    its namesake near the outlet stands in, or it is left out as a part of the outlet's area the gazetteer
    lacks. A sizeable town ("Atlanta" in a Memphis station's report) is the story's own when the report names
    nothing of the outlet's state (a wire story): it gives way only in a report that does. Says which of the
    names (their numbers in `founds`) are left out."""
    home = context.home_town
    left_out: set[int] = set()
    if home is None or home.latitude is None:
        return left_out
    home_state = (home.country_code, home.admin1)
    written_states = {found.hint for found in founds if found.hint is not None}
    named_states = {state for state, weight in context.admin1s.items() if weight > 0}
    for number, found in enumerate(founds):
        entry = chosen[number]
        if entry.feature not in ("city", "neighbourhood") or entry.latitude is None or found.hint is not None \
                or found.mention.relation in (SITE_RELATION, "from", "hospital", "distance"):
            continue
        state = (entry.country_code, entry.admin1)
        if state == home_state or distance_km(entry.latitude, entry.longitude, home.latitude, home.longitude) <= FAR_FROM_OUTLET_KM:
            continue
        states_of_other_names = {(e.country_code, e.admin1) for n, e in chosen.items() if keys[n] != keys[number]
                                 and e.feature in ("admin1", "admin2", "city") and founds[n].mention.relation != SITE_RELATION}
        if state in states_of_other_names | written_states | named_states:
            continue
        abroad = entry.country_code != home.country_code
        if abroad and context.country_share(entry.country_code, keys[number]) > 0:
            continue  # ("Bordeaux, in France's south-west")
        if not abroad and entry.population >= SMALL_PLACE and (
                found.mention.relation == "dateline" or home_state not in states_of_other_names):
            continue
        near = [e for e in found.entries if e.latitude is not None
                and distance_km(e.latitude, e.longitude, home.latitude, home.longitude) <= NEAR_NAMESAKE_KM]
        if near:
            chosen[number] = max(near, key=lambda e: _score(e, found, context, [home]))
        else:
            left_out.add(number)
    return left_out


#: how far from a neighbourhood of our curated list the story's other places or the outlet's home may lie for
#: the story to be its city's
NEIGHBOURHOOD_CITY_KM = 40


def _neighbourhoods_away_from_their_city(founds: list[_Found], keys: list[str], chosen: dict[int, GazetteerEntry],
                                         context: _Context) -> set[int]:
    """A neighbourhood of our curated list ("Austin", "Washington Park": parts of Chicago) is meant only in a
    story of its city: another place the story names, or the outlet's home, lies near it. Elsewhere its name
    is another town's part, or a person's ("shot struck Austin in the abdomen" in a Beloit report): the
    name's other readings stand in, if it has any. Says which of the names (their numbers in `founds`) are
    left out."""
    left_out: set[int] = set()
    homes = [town for town in (context.home_town, context.outlet_town) if town is not None]
    for number, found in enumerate(founds):
        entry = chosen[number]
        if entry.feature != "neighbourhood" or entry.id >= 0 or entry.latitude is None:
            continue
        # (a state stands at its largest town: "Illinois" says nothing of Chicago)
        around = homes + [other for n, other in chosen.items()
                          if keys[n] != keys[number] and other.feature not in ("country", "admin1")]
        if not around:
            continue  # (a story naming no other town tells nothing against it: "Clashes in Syria ... in Jobar")
        if any(place.latitude is not None and distance_km(entry.latitude, entry.longitude, place.latitude, place.longitude)
               <= NEIGHBOURHOOD_CITY_KM for place in around):
            continue
        others = [e for e in found.entries if e.feature != "neighbourhood"]
        if others:
            chosen[number] = max(others, key=lambda e: _score(e, found, context, []))
        else:
            left_out.add(number)
    return left_out


_PARTS_OF_A_TOWN = frozenset({"neighbourhood", "neighborhood", "suburb", "suburbs"})


def _town_parts_named_like_towns_elsewhere(founds: list[_Found], chosen: dict[int, GazetteerEntry]) -> set[int]:
    """A name written as a part of a town ("La Reforma neighborhood, in the municipality of Juarez, Nuevo Leon")
    read as a town of another province than the one the same sentence names is that town's namesake, not the
    place: the part is too small for the gazetteer, and the town or province named beside it stands in. Says
    which of the names (their numbers in `founds`) are left out."""
    left_out: set[int] = set()
    for number, found in enumerate(founds):
        entry = chosen[number]
        if found.generic not in _PARTS_OF_A_TOWN or entry.feature != "city":
            continue
        provinces = {(other.country_code, other.admin1) for n, other in chosen.items()
                     if n != number and founds[n].mention.sentence == found.mention.sentence
                     and other.feature in ("city", "admin1", "admin2") and other.country_code == entry.country_code}
        if provinces and not any((e.country_code, e.admin1) in provinces for e in found.entries):
            left_out.add(number)
    return left_out


#: the most characters between a town and the state written after it ("Memphis, Tennessee")
_TOWN_STATE_GAP = 3


def _states_share_their_towns_relation(mentions: list[PlaceMention]) -> None:
    """A state written after its town is part of the town's name: "visiting from Memphis, Tennessee" names
    where the victim came from in both words, not Tennessee as the incident's place."""
    for town, state in zip(mentions, mentions[1:]):
        if (town.sentence == state.sentence and town.end <= state.start <= town.end + _TOWN_STATE_GAP
                and town.entry is not None and state.entry is not None and state.entry.feature == "admin1"
                and town.entry.feature != "admin1" and (town.entry.country_code, town.entry.admin1)
                == (state.entry.country_code, state.entry.admin1)):
            state.relation = town.relation


#: the share of the article's country evidence that makes it plainly one country's story
CLEAR_COUNTRY_SHARE = 0.5
#: a foreign city this large is named in any country's story ("flew in from Mexico City")
WELL_KNOWN_ABROAD = 1_000_000
#: what a name can be in any country's story: the larger units and what lies beyond one country
_ANY_COUNTRYS = ("country", "admin1", "continent", "sea", "region")


#: a state or province abroad this large is named in any country's story ("Ontario"), a smaller one is a word
WELL_KNOWN_PROVINCE = 100_000


def _leave_out_small_places_abroad(recogniser: _Recogniser, context: _Context, every_name: bool) -> bool:
    """Leave out each name's readings as a small place abroad when the article is plainly one country's and
    the text writes no state or country beside the name ("York" in a story quoting a county's deputies).

    A name with no reading at home is no place of the story (a word like "Rancheria", a town the gazetteer
    lacks whose only namesake is abroad) only where the article's wording ties it firmly to its country; a
    country counted from names alone is a guess ("Russian roulette" is no Russian story, and a veteran
    "safer in Iraq than in San Bernardino" tells of San Bernardino). Geoparsing (`every_name`) keeps such
    names: there every place named counts, and one abroad is as likely as a word. Says whether anything was
    left out."""
    changed = False
    for position, found in list(recogniser.found.items()):
        if found.hint is not None:
            continue
        key = name_key(found.mention.text)
        home = context.leading_country(key)
        if home is None or context.country_share(home, key) < CLEAR_COUNTRY_SHARE:
            continue
        kept = [e for e in found.entries if e.country_code in (home, None) or e.population >= WELL_KNOWN_ABROAD
                or (e.feature in _ANY_COUNTRYS and (e.feature != "admin1" or not e.population
                                                    or e.population >= WELL_KNOWN_PROVINCE))]
        if len(kept) == len(found.entries):
            continue
        if any(e.country_code == home for e in kept):
            found.entries = kept
            changed = True
        elif not every_name and (home in context.firm or _small_far_and_of_unnamed_countries(
                recogniser.gazetteer, found.entries, context)) and \
                found.mention.relation != "dateline" and any(
                other is not found and any(e.country_code == home for e in other.entries)
                for other in recogniser.found.values()):
            # (only while another name places the story at home: a report is better placed abroad than lost)
            del recogniser.found[position]
            changed = True
    return changed


#: how far from the middle of a story's country a small town abroad must lie to be taken for a namesake: a
#: town across a border may be meant (a raid from Gaza in a story of Israel), one a continent away is not
FAR_ABROAD_KM = 1_000


def _small_far_and_of_unnamed_countries(gazetteer: Gazetteer, entries: list[GazetteerEntry], context: _Context) -> bool:
    """Whether every reading of a name is a small town far abroad, of a country the text never names, in a
    story of a country it names outright: "Clashes in Kenya ... in Mogila location" tells of a Kenyan place
    the gazetteer lacks, not of a Macedonian village. (A large town abroad may be meant: "safer in Iraq than
    in San Bernardino".)"""
    home = context.leading_country()
    if context.firm - {home} or (context.us_style and home != "US"):
        return False  # (the wording ties the story to another country too: "deported to Mexico" in US local news)
    country = gazetteer.country(home) if home in context.named else None
    middle = next((e.centre for e in gazetteer.lookup(country.name) if e.feature == "country" and e.country_code == home),
                  None) if country else None
    if middle is None or middle[0] is None or middle[1] is None:
        return False
    return all(
        e.feature in ("city", "admin1", "admin2") and e.population < SMALL_PLACE and e.country_code not in context.named
        and distance_km(e.latitude, e.longitude, middle[0], middle[1]) > FAR_ABROAD_KM for e in entries)


#: a small place this far from the dateline's city is more likely a namesake than the place meant
FAR_FROM_DATELINE_KM = 250
#: a namesake this close to the article's town is the place meant, where the one chosen was far
NEAR_NAMESAKE_KM = 100
SMALL_PLACE = 100_000


def _implausibly_far(entry: GazetteerEntry, anchor: GazetteerEntry) -> bool:
    if entry.feature in ("country", "admin1", "continent") or entry.country_code is None or entry.population >= SMALL_PLACE:
        return False  # (a sea or a region beyond one country has no country)
    if _inside(entry, anchor):
        # a dateline known only as its state ("PINETOWN, N.C.", a town too small for the gazetteer) stands at
        # the state's largest town, which says nothing of where in the state the story is: the county the
        # report names ("the Beaufort County Sheriff's Office") lies in it, however far from that town
        return False
    return distance_km(entry.latitude, entry.longitude, anchor.latitude, anchor.longitude) > FAR_FROM_DATELINE_KM


def _readings_of_areas(gazetteer: Gazetteer, areas: str) -> list[GazetteerEntry] | None:
    """The smallest of the areas written in brackets ("Beni, Nord-Kivu") the gazetteer knows as a district or
    a province, read within the larger ones named; None when it knows none of them."""
    names = [name.strip() for name in areas.split(",") if name.strip()]
    if any(name.isupper() for name in names):
        return None  # "KNOXVILLE (WATE)", "(AP)": a station or an agency, not an area
    # (a district named after its seat is read as that town where the gazetteer lacks the district: "Douentza")
    readings = [[e for e in gazetteer.lookup(name) if e.feature in ("admin2", "admin1")]
                or [e for e in gazetteer.lookup(name) if e.feature == "city"] for name in names]
    # (the area of that very name before one once so called: "(Islamabad)" is Pakistan's, not Chattogram)
    readings = [sorted(entries, key=lambda e, name=name: (name_key(e.name) != name_key(name), -e.population))
                for entries, name in zip(readings, names)]
    for position, entries in enumerate(readings):
        for larger in readings[position + 1:]:
            within = [e for e in entries if any(e.country_code == a.country_code and e.admin1 == a.admin1 for a in larger)]
            entries = within or entries
        if entries:
            return entries
    return None


def _areas_after(gazetteer: Gazetteer, text: str, end: int) -> bool:
    """Whether areas the gazetteer knows follow a name in brackets, as ACLED's notes write them: a place's,
    where the parser reads a person ("control of Mueda (Mueda, Cabo Delgado)")."""
    areas = _AREAS_AFTER.match(text, end)
    return bool(areas) and _readings_of_areas(gazetteer, areas.group(1)) is not None


def _place_within_areas_after(doc: Document, recogniser: _Recogniser) -> None:
    """A place named as the whole another lies in ("the Damascus suburb of Douma") is no place of the
    incident's. ACLED's notes write the areas a place lies in after it, in brackets, smallest first ("in Oicha
    (Beni, Nord-Kivu)", "areas of Kherson (Kherson)"). They say which of the place's namesakes is meant,
    and where none lies there (Boni of Mali is no Bonn) the smallest area stands in for the town. The
    names in the brackets are the place's areas, not places of the incident of their own."""
    for found in list(recogniser.found.values()):
        mention = found.mention
        if mention.relation == AREA_RELATION or not found.entries:
            continue
        sentence = doc.sentence(mention.sentence)
        base = sentence.start if sentence.index >= 0 else 0
        # ("in Hama: Kaferzita": the area a colon follows is the whole, whatever the sizes)
        listed_in = _COLON_AFTER_AREA.match(sentence.text, mention.end - base)
        part_of = listed_in or _PART_OF_AFTER.match(sentence.text, mention.end - base)
        part = next((other for other in recogniser.found.values() if part_of and other.mention.sentence == mention.sentence
                     and other.mention.start == base + part_of.end()), None)
        if part is not None and (listed_in or max((e.population for e in found.entries), default=0)
                                 > max((e.population for e in part.entries), default=0)):
            # "the Damascus suburb of Douma": the suburb is the place, the one of its namesakes near the whole
            # (a namesake far away is not meant: then the whole stays the place, "the Pittsburgh neighborhood of X";
            # and in "the Baba Amr district of Homs" the smaller name before is the part)
            near = [e for e in part.entries if any(distance_km(e.latitude, e.longitude, w.latitude, w.longitude) <= PART_OF_WHOLE_KM
                                                   for w in found.entries if w.feature != "country")]
            if near:
                part.entries = near
                mention.relation = AREA_RELATION
            continue
        areas = _AREAS_AFTER.match(sentence.text, mention.end - base)
        readings = _readings_of_areas(recogniser.gazetteer, areas.group(1)) if areas else None
        if not readings:
            continue
        for other in recogniser.found.values():
            if other.mention.sentence == mention.sentence and base + areas.start(1) <= other.mention.start < base + areas.end(1):
                other.mention.relation = AREA_RELATION
        # (of areas read in several countries, "Punjab", the one the place lies in: Lahore's)
        readings = [r for r in readings if any(e.country_code == r.country_code for e in found.entries)] or readings
        country, admin1 = readings[0].country_code, readings[0].admin1
        found.hint = found.hint or (country, admin1)
        in_country = [e for e in found.entries if e.country_code == country]
        in_area = [e for e in in_country if e.admin1 == admin1]
        if in_country:
            found.entries = in_area or in_country
        elif all(e.feature not in ("country", "admin1") for e in found.entries):
            district = readings[0].feature != "admin1"
            found.entries, found.generic = readings, "district" if district else "province"
            mention.precision = 2 if district else 3


#: how near a place the report names a reading by sound must lie
SOUND_READING_KM = 100
#: the consonants a name's key needs to be read by sound alone, when the report names no place to be near
LONE_SOUND_KEY_LETTERS = 4


def _place_by_sound(recogniser: _Recogniser, context: _Context) -> bool:
    """Names after a locative word that the gazetteer knows only in another transliteration ("in
    Maarat al-Numan": Ma'arrat an Nu'man), in a report whose leading country is one whose names news
    transliterates: the places of that country they sound like. And, in a report that names that country,
    names the gazetteer knows only as small towns abroad ("Clashes in Syria ... in Arbin": Irbin, not a
    French village). Whether any was added or read anew."""
    country = context.leading_country()
    if country not in TRANSLITERATED_COUNTRIES:
        return False
    named = [e for found in recogniser.found.values() for e in found.entries
             if e.country_code == country and e.feature != "country" and e.latitude is not None]
    added = False
    for sentence, start, end in recogniser.unknown:
        # (the name without the kind of area written with it: "Shirzad District" sounds like Sherzad)
        name, generic = _trim_generic_tail(sentence.text[start:end])
        entries = _sounding_alike_at_home(recogniser.gazetteer, name, country, named)
        if entries and recogniser.add_entries(sentence, start, start + len(name), entries, generic) is not None:
            added = True
    if country in context.named:
        for found in recogniser.found.values():
            entries = _sounding_alike_at_home(recogniser.gazetteer, found.mention.text, country, named, known_abroad=True) \
                if _only_small_towns_abroad(found, country) else []
            if entries:
                found.entries = entries
                added = True
    return added


def _sounding_alike_at_home(gazetteer: Gazetteer, name: str, country: str, named: list[GazetteerEntry], *,
                            known_abroad: bool = False) -> list[GazetteerEntry]:
    """The places of the country that sound like the name, near one of the places the report names if it names
    any: one far from all of them is another place that sounds alike ("Kakrak on the outskirts of Tarin Kot"
    is no Karukh of Herat)."""
    entries = [e for e in gazetteer.lookup_by_sound(name) if e.country_code == country and e.latitude is not None]
    if not named:
        # with no place to be near, a short key ("Shaar": shr) sounds like too many places to trust even the one
        # of the country it finds (a village of another province); unless the name is known, as a small town
        # abroad, and so is a place (`_only_small_towns_abroad`)
        key = transliteration_key(name)
        if known_abroad or (key is not None and len(key) >= LONE_SOUND_KEY_LETTERS):
            return entries
        # but a spelling that differs only within a class of vowels is the same name ("al Dumair", Ad Dumayr)
        return [e for e in entries if spelling_key(e.name) == spelling_key(name)]
    return [e for e in entries if any(distance_km(e.latitude, e.longitude, n.latitude, n.longitude) <= SOUND_READING_KM
                                      for n in named)]


def _only_small_towns_abroad(found: _Found, country: str) -> bool:
    return found.hint is None and found.mention.relation != "dateline" and bool(found.entries) and all(
        e.country_code != country and e.feature == "city" and e.population < SMALL_PLACE for e in found.entries)


def run(doc: Document, gazetteer: Gazetteer, every_name: bool = False) -> None:
    """Find and resolve the document's places; `every_name` (geoparsing) also takes the names no
    locative word introduces (extract/every_place.py)."""
    recogniser = _Recogniser(gazetteer, every_name)
    _recognise(doc, gazetteer, recogniser)
    _place_within_areas_after(doc, recogniser)
    context = _context(doc, gazetteer, recogniser)
    if _place_by_sound(recogniser, context):
        context = _context(doc, gazetteer, recogniser)
    if every_name:
        from .every_place import locate_buildings_and_streets, recognise_every_name  # it builds on this module

        recognise_every_name(doc, gazetteer, recogniser, context)
        context = _context(doc, gazetteer, recogniser)
    # twice: what a foreign reading contributed to the context ("York City" as York, England) goes with it
    for _ in range(2):
        if not _leave_out_small_places_abroad(recogniser, context, every_name):
            break
        context = _context(doc, gazetteer, recogniser)
    doc.places = _resolve(recogniser, context)
    if not every_name:
        doc.places = _without_towns_outside_the_areas_written_after_them(doc, doc.places)
    if every_name:
        home_country = context.leading_country()
        doc.places = sorted(doc.places + locate_buildings_and_streets(doc, doc.places, gazetteer, home_country),
                            key=lambda m: (m.sentence, m.start))
    doc.country_context = sorted(context.countries.items(), key=lambda kv: -kv[1])
    if context.outlet_town is not None or context.left_out_for_home:
        # (a part of the home town's area the gazetteer lacks is placed at the town, where nothing else is)
        town = context.outlet_town or context.home_town
        doc.outlet_town = PlaceMention(sentence=-1, start=0, end=0, text=town.name, entry=town, relation=OUTLET_RELATION, precision=2)
