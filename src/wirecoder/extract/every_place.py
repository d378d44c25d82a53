"""Geoparsing's own recognition (`wirecoder geoparse`, not event extraction): the place names
no locative word introduces, and buildings and streets placed at their town.

`places.run(..., every_name=True)` calls both. Every name the gazetteer knows well counts here
(aliases and demonyms, "Thackerville, Okla.", names listed before "counties", countries, states and
large towns inside proper-noun runs, towns heading an institution's name), since geoparsing scores
all the places an article names; event extraction keeps to places said to be where something
happened, and to the names the parser calls places.
"""

from __future__ import annotations

import re
from collections import Counter

from ..document import Document, PlaceMention
from ..gazetteer import Gazetteer, GazetteerEntry
from ..geo import distance_km
from .places import CAPITALISED_RUN, DIRECTION_PREFIX, FAR_FROM_DATELINE_KM, NOT_PLACES, _Context, _person_words, _Recogniser

#: a town this large is known by its name alone, wherever the article is ("Cincinnati", "Edmonton")
KNOWN_TOWN = 100_000
#: a town in the article's own country this large is known there ("Grovetown" in a Georgia paper needs its state)
KNOWN_TOWN_IN_COUNTRY = 20_000
#: our curated places of these kinds are named as places wherever they stand (seas, regions); the
#: neighbourhoods and landmarks we list are too small to be known without a locative word
WIDE_CURATED_FEATURES = ("sea", "region", "island", "mountain", "desert", "valley")
#: a name of more words than this is no place name we look for inside a longer run
LONGEST_NAME_WORDS = 4
#: words a name may carry inside it ("University of Cincinnati" holds "Cincinnati"; "Bosnia and Herzegovina")
_INNER_WORDS = {"of", "and", "de", "du", "del", "la", "le", "upon", "on", "the", "al", "el", "-", "&"}
#: a state written after a town or a party letter the way news abbreviates it: "Thackerville, Okla.", "D-W. Va."
_STATE_ABBREVIATION = re.compile(r"(?:(?<=, )|(?<=\b[DRI]-))((?:[A-Z][A-Za-z]{0,4}\.\s?){1,2}|[A-Z][A-Za-z]{0,4}\.?(?=[\s,;)]|$))")
#: after a name, the kind of a different place named after it ("Mississippi River", "Nile Delta", "French Quarter";
#: but "the Florida Highway Patrol" is Florida's)
_FEATURE_AFTER = re.compile(
    r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane|Drive|Highway|Parkway|River|Lake|Delta|Islands?|Peninsula|"
    r"Bay|Sea|Ocean|Mountains?|Mount|Valley|Park|Square|Quarter|Creek|Falls|Beach|Hills?|Canal|Gulf|Coast|Strait|Bridge|"
    r"Hotel|Embassy|Consulate|Tower|Plaza|Mall|Gardens?|Forest|Desert|Basin|Harbou?r|Heights|Springs)\b(?!\s+[A-Z])")
#: names listed before "counties": "Butler, Clark or Warren counties"
_COUNTY_LIST = re.compile(r"((?:[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?,\s+)+(?:[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?,?\s+)?"
                          r"(?:and|or)\s+[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)\s+counties\b")
#: after a demonym: money ("US$")
_DEMONYM_NOT_PLACE_AFTER = re.compile(r"\$")
#: a people of the United States by their origin, no place of its own ("African American", "Mexican-Americans")
_HYPHENATED_AMERICANS = re.compile(r"\b[A-Z][a-z]+[\s-]Americans?\b")
#: after a town's name: where a firm or person is from ("Denver-based", "a Gainesville-area dealer")
_PLACE_SUFFIX = re.compile(r"-(?:based|area|born|bred|headquartered)\b")
#: an institution's name that a town's name can head ("Gainesville Police Department", "Lansing State Journal")
_INSTITUTION_WORD = re.compile(
    r"\b(?:Police|Department|Sheriff|Fire|County|City|Council|Commission|Board|Schools?|University|College|Hospital|"
    r"Court|Library|Airport|Port|Public|State|Journal|Times|Post|News|Herald|Tribune|Gazette|Chamber|Area|Authority|"
    r"Housing|Water|Zoo|Museum|Symphony|Library|Institute|Clinic|Center|Centre|Office|Agency|Bureau|Service|Services)\b")


def recognise_every_name(doc: Document, gazetteer: Gazetteer, recogniser: _Recogniser, context: _Context) -> None:
    """Geoparsing's extra pass: every name the gazetteer knows well, wherever it stands.

    Event extraction wants the places an incident is tied to; geoparsing wants every place an
    article names, also without a locative word before it: a country's alias or demonym ("U.S.",
    "Syrian"), a state abbreviated after a town ("Thackerville, Okla."), and, inside any run of
    proper nouns, a country, a continent, a state, a county, or a town that is large or lies in
    the article's own country ("the Ohio Supreme Court", "University of Cincinnati"). Names in a
    person's name are skipped, as the parser reads them."""
    leading = max(context.countries.items(), key=lambda kv: kv[1], default=(None, 0))[0]
    states = {key for key, weight in context.admin1s.items() if weight >= 1.0}
    _, name_words = _person_words(doc.sentences)
    for sentence in doc.sentences:
        if sentence.parse is None:
            continue
        taken = [(key[1], key[2]) for key in recogniser.found if key[0] == sentence.index]
        # (a demonym the parser calls a person is still a people's name: "Sri Lankan political developments")
        people = [(e.start_char, e.end_char) for e in sentence.parse.ents if e.label_ == "PERSON"
                  and (gazetteer.country_code_for(e.text) or ("", ""))[1] != "demonym"]
        people += [m.span() for m in _HYPHENATED_AMERICANS.finditer(sentence.text)]
        places = [(e.start_char, e.end_char) for e in sentence.parse.ents if e.label_ in ("GPE", "LOC", "FAC")]
        organisations = [e for e in sentence.parse.ents if e.label_ == "ORG"]

        def town_named(start: int, end: int, name: str) -> bool:
            """Whether the words around a town's name say it is one: the parser calls it a place, it
            heads an institution's name ("Gainesville Police Department", "University of Cincinnati"),
            or it says where a firm is ("Denver-based")."""
            if any(s <= start and end <= e for s, e in places) or _PLACE_SUFFIX.match(sentence.text, end):
                return True
            if name in name_words or name.isupper():
                return False
            return any(o.start_char <= start and end <= o.end_char and _INSTITUTION_WORD.search(o.text)
                       and (re.fullmatch(r"(?:[Tt]he\s+)?", sentence.text[o.start_char:start])
                            or sentence.text[o.start_char:start].rstrip().endswith(" of"))
                       for o in organisations)

        def well_known(entries: list[GazetteerEntry], name: str) -> bool:
            """A large town's name needs no more support than a person's name not holding it."""
            return name not in name_words and not name.isupper() and any(
                e.feature == "city" and e.population >= KNOWN_TOWN for e in entries)

        def free(start: int, end: int) -> bool:
            absolute = (sentence.start + start, sentence.start + end)
            return not any(s < absolute[1] and absolute[0] < e for s, e in taken) and not any(
                s < end and start < e for s, e in people)

        for listed in _COUNTY_LIST.finditer(sentence.text):
            # "in Becker, Clay and Otter Tail counties": each a county of that name
            for name in re.finditer(r"[A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?", listed.group(1)):
                entries = [e for e in gazetteer.lookup(name.group(0) + " County") if e.feature == "admin2"]
                start, end = listed.start(1) + name.start(), listed.start(1) + name.end()
                already = recogniser.found.get((sentence.index, sentence.start + start, sentence.start + end))
                if entries and already is not None:  # "in Becker, Clay ... counties": Becker County, not the town
                    already.entries, already.generic = entries, "county"
                elif entries and not any(s < sentence.start + end and sentence.start + start < e for s, e in taken) \
                        and recogniser.add_entries(sentence, start, end, entries, "county"):
                    taken.append((sentence.start + start, sentence.start + end))
        for match in _STATE_ABBREVIATION.finditer(sentence.text):
            written = match.group(1).rstrip()
            state = gazetteer.admin1_for_abbreviation(written) or gazetteer.admin1_for_abbreviation(written.rstrip("."))
            if state is None or not free(match.start(1), match.start(1) + len(written)):
                continue
            entries = [e for e in gazetteer.lookup(state[1]) if e.feature == "admin1" and e.country_code == state[0]]
            if entries and recogniser.add_entries(sentence, match.start(1), match.start(1) + len(written), entries[:1], "state"):
                taken.append((sentence.start + match.start(1), sentence.start + match.start(1) + len(written)))
        tokens = list(sentence.parse)
        number = 0
        while number < len(tokens):
            token = tokens[number]
            if not token.text[:1].isupper():
                number += 1
                continue
            previous = tokens[number - 1] if number else None
            # "Percy French Hotel", "Florida Atlantic University": inside another name, only a name as well
            # known as a country's, a state's or a large town's is a place of its own ("Air Zimbabwe",
            # "Metro Vancouver"; and "Northeast Georgia" is Georgia)
            inside = previous is not None and previous.pos_ == "PROPN" and previous.is_alpha and previous.text[:1].isupper() \
                and bool(previous.whitespace_) and not DIRECTION_PREFIX.match(previous.text + " ")
            for last in range(min(len(tokens), number + LONGEST_NAME_WORDS + 2) - 1, number - 1, -1):
                span = tokens[number:last + 1]
                if not span[-1].text[:1].isupper() or any(not t.text[:1].isupper() and t.lower_ not in _INNER_WORDS for t in span):
                    continue
                if sum(1 for t in span if t.text[:1].isupper()) > LONGEST_NAME_WORDS:
                    continue
                start, end = span[0].idx, span[-1].idx + len(span[-1].text)
                if not free(start, end) or _FEATURE_AFTER.match(sentence.text, end):
                    continue  # "Mississippi River", "French Quarter": another place, named after this one
                entries = _known_place(sentence.text[start:end], span, sentence.text[end:], gazetteer, leading, states)
                if not entries and len(span) == 1 and not (previous is not None and previous.like_num):
                    entries = _province_abbreviation(span[0].text, gazetteer)  # "FrontCounter BC in Nelson"
                if entries and inside and not _well_known_inside(sentence.text[start:end], entries, gazetteer):
                    continue
                if entries and not any(e.feature in ("country", "continent", "admin1") or _wide_curated(e) for e in entries) \
                        and not (span[-1].text in ("County", "Parish", "Borough") or well_known(entries, sentence.text[start:end])
                                 or town_named(start, end, sentence.text[start:end])):
                    continue
                if entries and recogniser.add_entries(sentence, start, end, entries, None):
                    taken.append((sentence.start + start, sentence.start + end))
                    number = last
                    break
            number += 1


def _province_abbreviation(written: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """A Canadian or Australian province written short, on its own ("B.C.", "NSW"); US states' short forms
    are words too often ("OK", "ME") to be taken without a town before them."""
    state = gazetteer.admin1_for_abbreviation(written)
    if state is None or state[0] == "US":
        return []
    return [e for e in gazetteer.lookup(state[1]) if e.feature == "admin1" and e.country_code == state[0]][:1]


def _wide_curated(entry: GazetteerEntry) -> bool:
    return entry.id < 0 and entry.feature in WIDE_CURATED_FEATURES


def _well_known_inside(name: str, entries: list[GazetteerEntry], gazetteer: Gazetteer) -> bool:
    """Whether a name inside a longer proper name is still a place: a country's name (not its demonym),
    a continent, a state or a large town."""
    country = gazetteer.country_code_for(name)
    if country is not None:
        return country[1] != "demonym"
    return any(e.feature in ("continent", "admin1") or (e.feature == "city" and e.population >= KNOWN_TOWN) for e in entries)


def _known_place(name: str, span, after: str, gazetteer: Gazetteer, leading: str | None,
                 states: set[tuple[str | None, str | None]]) -> list[GazetteerEntry]:
    """The entries a name stands for when it is a well-known place, else none (see `recognise_every_name`)."""
    country = gazetteer.country_code_for(name)
    if country is not None and not (country[1] == "demonym" and _DEMONYM_NOT_PLACE_AFTER.match(after)):
        info = gazetteer.country(country[0])
        entries = [e for e in gazetteer.lookup(info.name) if e.feature == "country" and e.country_code == country[0]] if info else []
        if entries:
            return entries[:1]
    if name.lower() in NOT_PLACES:
        return []
    entries = gazetteer.lookup(name)
    # a continent, a sea or a region we list is a name only as a place ("European markets", "the EU")
    if any(e.feature == "continent" or _wide_curated(e) for e in entries):
        return entries
    if len(name) < 3 or not all(t.pos_ == "PROPN" or not t.text[:1].isupper() for t in span):
        return []
    known = [e for e in entries if e.feature in ("country", "admin1")
             or (e.feature == "admin2" and len(span) > 1 and span[-1].text in ("County", "Parish", "Borough"))
             or (e.feature == "city" and (e.population >= KNOWN_TOWN or (e.country_code, e.admin1) in states
                                          or (e.country_code == leading and e.population >= KNOWN_TOWN_IN_COUNTRY)))]
    return entries if known else []


def _town_heading(site: str, gazetteer: Gazetteer, home: GazetteerEntry | None) -> GazetteerEntry | None:
    """The town a site's name starts with, near the article's own town ("Mount Pleasant High School")."""
    if home is None:
        return None  # without a town of its own, an article's "Carnegie Library" is no Carnegie anywhere
    words = site.split()
    for length in range(len(words) - 1, 0, -1):
        name = " ".join(words[:length])
        if name.lower() in NOT_PLACES:
            continue
        entries = [e for e in gazetteer.lookup(name) if e.feature in ("city", "neighbourhood") and e.latitude is not None
                   and distance_km(e.latitude, e.longitude, home.latitude, home.longitude) <= FAR_FROM_DATELINE_KM]
        if entries:
            return max(entries, key=lambda e: e.population)
    return None


#: the last word of a building's, a street's or a site's name ("Carnegie Library", "Royal Street")
_SITE_WORD = re.compile(
    r"(?:Street|Avenue|Road|Boulevard|Drive|Lane|Highway|Square|Plaza|Bridge|Church|Cathedral|Chapel|Mosque|Synagogue|"
    r"Temple|Hospital|Clinic|School|Academy|College|University|Library|Museum|Gallery|Stadium|Arena|Courthouse|Court|"
    r"Prison|Jail|Hotel|Inn|Mall|Airport|Station|Tower|Cemetery|Theatre|Theater|Park|Zoo|Center|Centre|Hall|Castle|Palace|Pier)"
)
#: a building or street located by its town: "the Central Mental Hospital in Dundrum", "Royal Street, New Orleans"
_TOWN_AFTER_SITE = re.compile(r"\s*(?:,|\bin\b|\bof\b|\bnear\b)\s*(?:the\s+)?$")


def locate_buildings_and_streets(doc: Document, places: list[PlaceMention], gazetteer: Gazetteer,
                                 home_country: str | None) -> list[PlaceMention]:
    """Geoparsing's buildings, streets and sites (the parser's facilities, and proper names ending in
    "Street", "Hospital", "Stadium", ...), placed at their town: the one named right after them ("in
    Dundrum"), else a town their name starts with, near the article's own ("Mount Pleasant High School"),
    else the article's own town (its dateline's, else the town of its country it names most). The
    gazetteer knows no buildings; a town's point is within the distance geoparsing is scored at."""
    towns = [p for p in places if p.entry is not None and p.entry.feature in ("city", "neighbourhood")]
    dateline = next((p.entry for p in towns if p.relation == "dateline"), None)
    counts = Counter(p.entry.id for p in towns)
    ranked = sorted((p.entry for p in towns), key=lambda e: (e.country_code != home_country, -counts[e.id], -e.population))
    home = dateline or (ranked[0] if ranked else None)
    found = []
    for sentence in doc.sentences:
        if sentence.parse is None:
            continue
        taken = [(p.start, p.end) for p in places if p.sentence == sentence.index]
        spans = [(e.start_char, e.end_char) for e in sentence.parse.ents if e.label_ == "FAC"]
        spans += [(e.start_char, e.end_char) for e in sentence.parse.ents if e.label_ in ("ORG", "GPE", "LOC")
                  and _SITE_WORD.fullmatch(e.text.split()[-1])]
        spans += [m.span() for m in CAPITALISED_RUN.finditer(sentence.text) if " " in m.group(0) and _SITE_WORD.fullmatch(m.group(0).split()[-1])]
        for start, end in sorted(set(spans)):
            if sentence.text[start:start + 4] in ("the ", "The "):
                start += 4
            absolute = (sentence.start + start, sentence.start + end)
            if end - start < 4 or not sentence.text[start].isupper() or any(s < absolute[1] and absolute[0] < e for s, e in taken):
                continue
            if " - " in sentence.text[start:end]:
                continue  # "Twin Lakes - Highway 10": two names in a list, not one
            town = next((p.entry for p in towns if p.sentence == sentence.index and absolute[1] <= p.start
                         and _TOWN_AFTER_SITE.search(sentence.text[end:p.start - sentence.start] + " ") is not None
                         and p.start - absolute[1] <= 8), None) or _town_heading(sentence.text[start:end], gazetteer, home) or home
            if town is None:
                continue
            entry = GazetteerEntry(0, sentence.text[start:end], "landmark", town.country_code, town.admin1, town.admin2,
                                   town.latitude, town.longitude, 0)
            found.append(PlaceMention(sentence=sentence.index, start=absolute[0], end=absolute[1], text=entry.name,
                                      entry=entry, relation="", precision=2))
            taken.append(absolute)
    return found
