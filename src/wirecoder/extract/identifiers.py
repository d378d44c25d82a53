"""Stage: what tells a report's incident apart from others nearby (needs: mentions,
places; adds: identifiers).

Two shootings in one city on one day differ in who was hit and where; two reports
of one shooting, days apart and from different outlets, name the same people.
Merging compares these identifiers: people's full names ("Darnell Hayes"), ages
("17-year-old") and block addresses ("the 900 block of Elm Street"), read from
the report's body (a Title Case headline would make every word pair a "name").
Place names are left out: every report from a city shares them.
"""

from __future__ import annotations

import re

from ..document import Document

NEEDS = ("mentions", "places")
ADDS = ("identifiers",)

#: a person's full name: two capitalised words, a middle initial allowed ("Lee A. Cole", "Mary-Jo Banks")
#: (a lookahead, so "Sheriff Tom Briggs" yields "Tom Briggs" after rejecting "Sheriff Tom")
_FULL_NAME = re.compile(r"(?=\b([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s+(?:[A-Z]\.\s+)?((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")
_AGE = re.compile(r"\b(\d{1,2})[- ]year[- ]old\b|\b[A-Z][a-z]+, (\d{1,2}),")
_BLOCK = re.compile(r"\b(\d{1,5}) block of (?:[NSEW]\.? |North |South |East |West )?([A-Z][a-z]+)")

#: capitalised words that are not names: titles, days, months, institutions, page furniture (photo
#: captions, broadcasters' credits), hospitals and police units every report from a city names
NOT_NAME_WORDS = frozenset("""
a an the he she they it we i his her their this that these those in on at of for to from by with after before when while but and or
police officer officers sgt sergeant lt lieutenant detective detectives chief sheriff deputy deputies captain cpl corporal trooper troopers
agent agents special county city town village township parish state street st avenue ave road rd drive dr lane boulevard blvd highway
court way place park square north south east west northeast northwest southeast southwest central downtown
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec
according authorities investigators hospital medical center centre department office news mr ms mrs miss dr rev
officials witnesses witness neighbors neighbours facebook twitter instagram youtube email copyright rights reserved associated press
share click read more related video local community united states fire rescue memorial university college school high
district attorney judge court superior circuit federal bureau investigation national guard public safety emergency services
medical examiner coroner crime stoppers anyone information call tips tip line metro metropolitan regional area
christmas thanksgiving easter halloween year years day night morning afternoon evening new old
caption captions image images photo photos gallery getty view stay get buy advertisement contact updated update incident
media group corporation corp inc llc broadcasting television radio tribune
homicide unit division squad task fugitive marshals
trauma sinai christ advocate holy children
correctional facility jail prison detention
shot dead killed found wounded injured
observatory committee committees coordination council forces army rights ministry brigade brigades battalion front
movement party union association agency organization organisation network commission
""".split())


def _name_pairs(text: str, place_words: set[str]) -> set[str]:
    names = set()
    for first, last in _FULL_NAME.findall(text):
        words = {first.lower(), last.lower()}
        if words & NOT_NAME_WORDS or words & place_words:
            continue
        names.add(f"name:{first.lower()} {last.lower()}")
    return names


def identifiers_of(body: str, place_names: list[str]) -> list[str]:
    """The identifiers a report's body gives, sorted: "name:...", "age:...", "block:..."."""
    place_words = {w.lower() for name in place_names for w in re.findall(r"[A-Za-z]+", name)}
    found = _name_pairs(body, place_words)
    found |= {f"age:{a or b}" for a, b in _AGE.findall(body)}
    found |= {f"block:{number} {street.lower()}" for number, street in _BLOCK.findall(body)}
    return sorted(found)


def run(doc: Document) -> None:
    if not doc.mentions:
        return
    place_names = [p.text for p in doc.places]
    for mention in doc.mentions:
        place_names += [n for n in (mention.place.location, mention.place.admin1, mention.place.admin2) if n]
    found = identifiers_of(doc.article.text, place_names)
    for mention in doc.mentions:
        mention.identifiers = list(found)
