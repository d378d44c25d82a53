"""Stage: split the article into sentences (needs: article; adds: sentences, title).

A rule splitter, not the parser: it runs over every sentence of every article,
and the expensive parse is kept for the few sentences that can carry events.
News style needs care with abbreviations ("Tenn.", "p.m.", "Sgt.", "U.S.").
"""

from __future__ import annotations

import re

from ..document import Dateline, Document, Sentence

NEEDS: tuple[str, ...] = ()
ADDS = ("sentences", "title", "dateline")

#: "ROCKY MOUNT, N.C. (WRAL) -- ", "BEIRUT, Saturday 14 January 2012 (Wire) - ", "Nashville, Tenn. -- "
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DATELINE = re.compile(
    r"^\W{0,3}(?:(?P<upper>[A-Z][A-Z.'’\- ]{2,40}?)|(?P<title>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))"
    rf"(?:,\s*(?!{_WEEKDAY})(?P<region>[A-Z][A-Za-z. ]{{1,40}}?))?"
    rf"(?:,?\s*(?P<date>(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+[A-Z][a-z]+\.?,?\s+\d{{4}}|[A-Z][a-z]+\.?\s+\d{{1,2}},?\s+\d{{4}})))?"
    # the dash may end the sentence: a page that sets the dateline apart ("BOZEMAN, Mont. -" on a line of its own)
    # is split there
    r"\s*(?:\((?P<note>[^)]{0,60})\)\s*)?(?:[-—–]{1,2}|:)(?:\s|$)"
)
#: a dateline is looked for at the start of the first few sentences (web pages open with clutter)
DATELINE_SENTENCES = 6


def dateline_of(sentence: Sentence) -> Dateline | None:
    """The dateline a sentence opens with, if it does."""
    match = DATELINE.match(sentence.text)
    if not match:
        return None
    group = "upper" if match.group("upper") else "title"
    if group == "title" and not (match.group("region") or match.group("note")):
        return None  # "Police - ..." is no dateline; a title-case one needs its state or outlet
    if match.end() == len(sentence.text.rstrip()) and not (match.group("region") or match.group("note")):
        return None  # a line of its own is a dateline with its state or outlet ("BOZEMAN, Mont. -"), not a label ("UPDATE:")
    city_start, _ = match.span(group)
    return Dateline(
        sentence=sentence.index,
        start=sentence.start + city_start,
        end=sentence.start + match.end(),
        city=match.group(group).strip(),
        region=(match.group("region") or "").strip() or None,
    )

_ABBREVIATIONS = {
    # titles and ranks
    "mr", "mrs", "ms", "dr", "prof", "sgt", "lt", "col", "gen", "capt", "cpl", "pvt", "maj", "cmdr", "adm",
    "gov", "sen", "rep", "rev", "fr", "sr", "jr", "st", "mt", "ft", "det", "insp", "supt", "lieut", "atty", "pres",
    # months and days as news abbreviates them
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # US states (AP style)
    "ala", "ariz", "ark", "calif", "cal", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "penn",
    "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
    # other
    "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "approx", "est", "dept", "univ", "ave", "blvd", "rd", "hwy",
}
# a sentence end: . ! ? (and closing quotes/brackets), then space, then a likely sentence start;
# or a word's full stop run into the next sentence's capital, as scraped pages do ("morning.Officers",
# "injured.A third", "9 p.m.The", "in their 20s.Two", "a nightmare.”Police")
_BOUNDARY = re.compile(r"([.!?]+[\"'”’)\]]*)(?:(\s+)(?=[\"'“‘(\[]?[A-Z0-9])|(?:(?<=[a-z0-9][a-z][.!?])|(?<=[a-z][a-z][.!?][\"”’])|(?<=[ap]\.m\.))(?=[A-Z][a-z]|[AI]\s))")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_TIME_OF_DAY = re.compile(r"(?:^|\s)(?:a|p)\.m\.$", re.I)
#: what an hour runs on into, not a new sentence: its day ("9 p.m. Friday", "4:10 p.m. May 3, 2012"), its time zone
_NO_BREAK_AFTER_TIME = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|CST|CDT|PST|PDT|MST|MDT|GMT|local)\b"
                                  r"|(?:January|February|March|April|May|June|July|August|September|October|November|December"
                                  r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d")


def _is_abbreviation(before: str) -> bool:
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word = match.group(1)
    if "." in word.rstrip("."):  # U.S, N.C, a.m
        return True
    bare = word.rstrip(".").lower()
    if len(bare) == 1 and word[0].isupper():  # an initial: "John F. Kennedy"
        return True
    return bare in _ABBREVIATIONS


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`; paragraphs always end a sentence."""
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        block_start = paragraph.start()
        block = paragraph.group(0)
        start = 0
        for boundary in _BOUNDARY.finditer(block):
            end = boundary.end(1)
            before = block[start:boundary.start(1)] + boundary.group(1).rstrip("\"'”’)]")
            follows = block[boundary.end():boundary.end() + 12]
            if boundary.group(1).startswith(".") and len(boundary.group(1).rstrip("\"'”’)]")) == 1:
                if _TIME_OF_DAY.search(before):
                    if _NO_BREAK_AFTER_TIME.match(follows):
                        continue
                elif _is_abbreviation(before[:-1] if before.endswith(".") else before):
                    continue
            spans.append((block_start + start, block_start + end))
            start = boundary.end()
        if block[start:].strip():
            spans.append((block_start + start, block_start + len(block.rstrip())))
    # trim leading spaces inside spans
    trimmed = []
    for start, end in spans:
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            trimmed.append((start, end))
    return trimmed


#: " - WDAM-TV 7-News, Weather, Sports", " | Local News": the site's name after a headline
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|–|—|::)\s+((?:[A-Z0-9@&][\w.'’&@-]*|of|and|the|in|for|on)(?:[\s,]+(?:[A-Z0-9@&][\w.'’&@-]*|of|and|the|in|for|on))*)\s*$")


_ATTRIBUTION_PREFIX = re.compile(r"^(?:Police|Cops|PD|Officials|Authorities|Sheriff|Deputies|Coroner|Report|Update|UPDATE|[A-Z]{2,5}):\s+")


def headline_without_site(title: str) -> str:
    """A page title without the site name scraped pages append to it."""
    if " | " in title:
        title = title.split(" | ")[0]
    # " - WDAM-TV 7-News, Weather, Sports", then " - WPSD Local 6: Your news, weather"
    for suffix in (_SITE_SUFFIX, _SITE_NAMED):
        match = suffix.search(title)
        if match and len(title[:match.start()].split()) >= 3:
            return title[:match.start()].rstrip()
    return title.rstrip()


#: a suffix naming a broadcaster or a news site, whatever follows it
_SITE_NAMED = re.compile(r"\s+(?:\||-|–|—)\s+(?=(?:[KW][A-Z]{2,3}\b|[\w&.' -]{0,30}\b(?:News|TV|Radio|Channel|Local \d+)\b|[\w.-]+\.com\b))")


def run(doc: Document) -> None:
    text = doc.article.text
    spans = split_spans(text)
    doc.sentences = [
        Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)
    ]
    if doc.article.title:
        # "Police: 4 people shot": who says so is blanked (offsets kept), so the parse reads the news
        title = _ATTRIBUTION_PREFIX.sub(lambda m: " " * len(m.group(0)), headline_without_site(doc.article.title))
        doc.title = Sentence(index=-1, start=0, end=len(title), text=title)
        if is_title_case(title):
            lowered = _WORD.sub(lambda m: m.group(0).lower() if m.group(0).lower() in HEADLINE_COMMON_WORDS else m.group(0), title)
            doc.title_in_lower_case = Sentence(index=-1, start=0, end=len(lowered), text=lowered)
    for sentence in doc.sentences:
        if PLAYLIST_ENTRY.match(sentence.text):
            # "2:51 Sheriff gives update on officer-involved shooting": a video list beside the story, each
            # entry another story (other places, other tolls); none is this report's news
            blanks = [(0, len(sentence.text))]
        else:
            blanks = repeated_words(sentence.text)
            # a photo gallery's counters ("Image 8 of 8", "1 / 8") would read as numbers of people
            blanks += [m.span() for m in _GALLERY_COUNTER.finditer(sentence.text)]
        source = _ATTRIBUTION_PREFIX.match(sentence.text)
        if source and not sentence.text.rstrip().endswith("."):
            blanks.append((0, source.end()))  # a crosshead inside the body: "Police: Toddler wounded"
        # a dateline, also where a scraped page repeats it further down
        dateline = dateline_of(sentence)
        if dateline is not None:
            blanks.append((0, dateline.end - sentence.start))
            if doc.dateline is None and sentence.index < DATELINE_SENTENCES:
                doc.dateline = dateline  # the report's own: the first, where the page opens
        if blanks:
            doc.blanks[sentence.index] = blanks


def is_title_case(text: str) -> bool:
    """'Mother, Teen Daughter Found Dead After ...': most words capitalised, as headlines often are."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_WORD = re.compile(r"[A-Za-z][a-z'’]*")
#: the words a Title Case headline capitalises that are no names ("Shot", "Outside", "Person"); names,
#: such as towns, keep their capitals
HEADLINE_COMMON_WORDS = frozenset("""
a an the and or but of in on at to by for from with without into onto over under after before during near outside inside
behind across along around off out up down as while than that who is was were are be been being has have had will would
his her their its says say said police man men woman women teen teens teenager boy boys girl girls child children
kid kids baby toddler infant person people son daughter mother father mom dad brother sister wife husband family friend
victim victims suspect suspects officer officers deputy deputies student students neighbor neighbour year years old
shot shoots shooting shootings shooter gunman gunfire gunshot gunshots gun guns bullet bullets stray killed kills killing
dead dies died death deaths injured injures injuring injury injuries wounded wounds wound hurt hit struck strikes grazed
stabbed found critical condition hospitalized hospitalised accidental accidentally accident fatally fatal deadly
arrested arrest charged charges murder murders homicide identified home house apartment car street park party club bar
store school one two three four five six seven eight nine ten young little elderly teenage pregnant another other
""".split())


_GALLERY_COUNTER = re.compile(r"\b(?:Image|Photo|Picture|Slide) \d+ of \d+\b|(?<!\S)\d+ / \d+(?!\S)")
#: an entry of a page's video list: the clip's length (minutes:seconds), then its title ("0:50 One dead after
#: shooting involving officer"); not a time of day ("7:21 PM: Officers arrive")
PLAYLIST_ENTRY = re.compile(r"^\d{1,2}:[0-5]\d\s+(?![AaPp]\.?\s?[Mm]\b)[\"'‘“A-Z0-9]")
#: words repeated this many in a row inside one sentence are a scraped page's copy, not prose
REPEATED_WORDS = 5


def repeated_words(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that repeat words told earlier in it ("Teen dead in Elm Street shooting News
    Teen dead in Elm Street shooting ..."): a headline or caption a scraped page runs together with
    its copy, which would count its victims twice."""
    if text.count(" ") < 2 * REPEATED_WORDS:
        return []  # too short to hold a copy (most sentences: this runs on every one)
    words = [(m.start(), m.end(), m.group().lower().strip(".,;:!?\"()“”")) for m in re.finditer(r"\S+", text)]
    first_seen: dict[tuple[str, ...], int] = {}
    spans = []
    i = 0
    while i + REPEATED_WORDS <= len(words):
        gram = tuple(w[2] for w in words[i:i + REPEATED_WORDS])
        earlier = first_seen.get(gram)
        if earlier is not None and earlier + REPEATED_WORDS <= i:
            length = REPEATED_WORDS
            while i + length < len(words) and earlier + length < i and words[earlier + length][2] == words[i + length][2]:
                length += 1
            spans.append((words[i][0], words[i + length - 1][1]))
            i += length
            continue
        first_seen.setdefault(gram, i)
        i += 1
    return spans
