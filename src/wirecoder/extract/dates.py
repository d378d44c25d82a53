"""Stage: time expressions, resolved against the publication date (needs: sentences; adds: times).

News dates its incidents relative to the report: "yesterday", "on Saturday",
"overnight", "late Friday", "earlier this week", "Jan. 12". Each expression
becomes a calendar day with a precision (1 day, 2 week, 3 month); a week or a
month is represented by its middle day, as ACLED does, and nothing is ever
dated after the report itself. Rules, not dateparser: dateparser misses
"overnight" and "earlier this week" and costs more than the whole stage.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from ..document import Document, TimeExpression
from ..ingest.datelines import MONTHS

NEEDS = ("sentences", "dateline")
ADDS = ("times",)

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_ALT = r"(?P<weekday>mon|tues|wednes|thurs|fri|satur|sun)day"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|nights|overnight|dawn|noon))?"
_MONTH_ALT = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new years eve": (12, 31), "new years": (1, 1),
            "halloween": (10, 31), "valentines": (2, 14), "fourth of july": (7, 4), "independence": (7, 4),
            "cinco de mayo": (5, 5)}
#: holidays that fall on a weekday of their month, as (month, weekday, which one: 1 the first, -1 the last)
MOVING_HOLIDAYS = {"martin luther king": (1, 0, 3), "mlk": (1, 0, 3), "memorial": (5, 0, -1), "labor": (9, 0, 1),
                   "thanksgiving": (11, 3, 4), "mothers": (5, 6, 2), "fathers": (6, 6, 3)}
#: days told as the one before another day the sentence names ("on Thursday ... the day before")
DAY_BEFORE_WORDS = ("the day before", "the previous day", "a day earlier", "the night before")
#: a day counted on from one told before it, in the same sentence: "died Friday, three days after he was shot",
#: "was arrested Thursday, a day after he shot his friend" (the count reaches back to what happened)
_DAYS_AFTER_WORDS = r"\b(?P<n>[1-7]|one|two|three|four|five|six|seven|a)\s+days?\s+after"
DAYS_AFTER = re.compile(_DAYS_AFTER_WORDS + r"(?=\s+(?:a|an|the|he|she|his|her|they|being|someone|shots|gunfire)\b)", re.I)
_COUNTED_ON = re.compile(_DAYS_AFTER_WORDS + r"$", re.I)
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "eleven": 11, "twelve": 12, "a": 1, "an": 1}
#: how many weeks back a report still counts to the day: "a week ago", "two weeks ago" name the weekday of the report
#: (TimeML reads them as days); "six weeks ago" names only a week
WEEKS_TOLD_TO_THE_DAY = 2

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("explicit", re.compile(
        r"\b(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        r"(?:" + _MONTH_ALT + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(?P<year>(?:19|20)\d{2}))?"
        r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_ALT.replace("month", "month2") + r"(?:,?\s+(?P<year2>(?:19|20)\d{2}))?)\b",
        re.I)),
    ("numeric", re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>(?:19|20)?\d{2})\b")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")),
    ("yesterday", re.compile(r"\b(?:late\s+|early\s+)?yesterday" + _PART_OF_DAY + r"\b", re.I)),
    ("last_night", re.compile(r"\b(?:late\s+|early\s+)?(?:last\s+night|overnight|last\s+evening|during\s+the\s+night)\b", re.I)),
    ("today", re.compile(r"\b(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("holiday", re.compile(r"\b(?P<holiday>christmas eve|christmas day|christmas|new year['’]?s eve|new year['’]?s day|halloween|"
                           r"valentine['’]?s day|fourth of july|independence day|cinco de mayo|"
                           # the holidays that move from year to year (a street or a school named after Dr. King is no day)
                           r"(?:martin luther king(?:,? jr\.?)?|mlk) day|memorial day|labor day|thanksgiving(?: day)?|"
                           r"mother['’]?s day|father['’]?s day|easter(?: sunday)?)\b"
                           r"(?!\s+weekend)", re.I)),  # "Labor Day weekend" is no one day
    ("day_before", re.compile(r"\b(?:" + "|".join(DAY_BEFORE_WORDS) + r")\b", re.I)),
    ("days_after", DAYS_AFTER),
    # ("more than a week ago" names no day)
    ("ago", re.compile(r"(?<!more\sthan\s)(?<!over\s)\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s+"
                       r"(?P<unit>day|week|month)s?\s+ago\b", re.I)),
    ("weekday", re.compile(
        r"\b(?P<qualifier>last\s+|this\s+past\s+|this\s+|on\s+|late\s+|early\s+|late\s+on\s+|early\s+on\s+)?"
        + _WEEKDAY_ALT + _PART_OF_DAY + r"\b", re.I)),
    ("week", re.compile(r"\b(?P<which>earlier\s+this|this|last|past|previous)\s+week(?:end)?\b|\bover\s+the\s+weekend\b", re.I)),
    ("month", re.compile(r"\b(?P<which>earlier\s+this|this|last|previous)\s+month\b", re.I)),
    ("month_year", re.compile(r"\b(?:(?P<prep>in|during|since|until|by|from|before|after|through)\s+)?(?:early\s+|late\s+|mid-)?" + _MONTH_ALT + r",?\s+(?P<year>(?:19|20)\d{2})\b", re.I)),
    ("in_month", re.compile(r"\b(?P<prep>in|since|during|until|by|from)\s+(?:early\s+|late\s+|mid-)?" + _MONTH_ALT + r"(?:\s+(?P<year>(?:19|20)\d{2}))?\b(?!\s+\d)", re.I)),
]


def _latest_on_or_before(candidate_year: int, month: int, day: int, published: date) -> date | None:
    """The date with this month and day that falls on or before publication (a year is often left out)."""
    for year in (candidate_year, candidate_year - 1):
        try:
            resolved = date(year, month, day)
        except ValueError:
            continue
        if resolved <= published + timedelta(days=1):
            return min(resolved, published)
    return None


def _holiday_in(name: str, year: int) -> date:
    """The day a holiday falls on in a year; `name` as HOLIDAYS and MOVING_HOLIDAYS key it."""
    if name == "easter":
        return _easter(year)
    if name in MOVING_HOLIDAYS:
        month, weekday, which = MOVING_HOLIDAYS[name]
        if which > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (which - 1))
        last = date(year, month, monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    month, day = HOLIDAYS[name]
    return date(year, month, day)


def _easter(year: int) -> date:
    """Easter Sunday of a year (the Gregorian computus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_centuries, leap_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon = (19 * golden + century - leap_centuries - (century - correction + 1) // 3 + 15) % 30
    weekday = (32 + 2 * leap_rest + 2 * (of_century // 4) - moon - of_century % 4) % 7
    shift = (golden + 11 * moon + 22 * weekday) // 451
    month, day = divmod(moon + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def _latest_holiday(written: str, published: date) -> date | None:
    """The last time a holiday fell on or before publication (this year's, else last year's); a holiday the day
    after publication is the report's own day (a page stamped in another time zone, a party the night before)."""
    name = re.sub(r"['’.]|,? jr\b", "", written.lower())
    name = re.sub(r"\s+(?:day|sunday)$", "", name) if name != "christmas eve" else name
    for year in (published.year, published.year - 1):
        day = _holiday_in(name, year)
        if day <= published + timedelta(days=1):
            return min(day, published)
    return None


def _month_middle(year: int, month: int, published: date | None, until: date | None = None) -> date:
    last = monthrange(year, month)[1]
    end = min(date(year, month, last), until) if until else date(year, month, last)
    start = date(year, month, 1)
    middle = start + timedelta(days=(end - start).days // 2)
    return min(middle, published) if published else middle


def _counted_back(n: str, unit: str, published: date) -> tuple[date, int]:
    """'10 days ago', 'two weeks ago', '18 months ago': the day counted back from the report, as precise as the
    unit (a month as its middle day, as ACLED represents a month)."""
    count = _NUMBER_WORDS.get(n) or int(n)
    if unit == "day":
        return published - timedelta(days=count), 1
    if unit == "week":
        return published - timedelta(weeks=count), 1 if count <= WEEKS_TOLD_TO_THE_DAY else 2
    month_index = published.year * 12 + published.month - 1 - count
    return _month_middle(month_index // 12, month_index % 12 + 1, published), 3


def resolve(kind: str, match: re.Match[str], published: date | None) -> tuple[date, int] | None:
    """A matched expression as (day, precision), or None when it cannot be placed."""
    parts = match.groupdict()
    if kind == "explicit":
        month_name = parts.get("month") or parts.get("month2")
        day = int(parts.get("day") or parts.get("day2"))
        year = parts.get("year") or parts.get("year2")
        month = MONTHS[month_name.lower().rstrip(".")]
        if month_name.lower() in ("may", "mar") and not year and month_name[0].islower():
            return None  # "may 5", "5 may be tied to": a verb, too risky without a capital
        if year:
            try:
                return date(int(year), month, day), 1
            except ValueError:
                return None
        if published is None:
            return None
        resolved = _latest_on_or_before(published.year, month, day, published)
        return (resolved, 1) if resolved else None
    if kind in ("numeric", "iso"):
        year = int(parts["y"])
        year = year + 2000 if year < 100 else year
        try:
            return date(year, int(parts["m"]), int(parts["d"])), 1
        except ValueError:
            return None
    if kind == "month_year":
        if (parts.get("prep") or "in").lower() not in ("in", "during"):
            return None  # "since March 2011" opens a period; it does not date an incident
        month = MONTHS[parts["month"].lower().rstrip(".")]
        return _month_middle(int(parts["year"]), month, published), 3
    if published is None:
        return None
    if kind == "holiday":
        resolved = _latest_holiday(parts["holiday"], published)
        return (resolved, 1) if resolved else None
    if kind == "yesterday" or kind == "last_night" or kind == "day_before":
        return published - timedelta(days=1), 1
    if kind == "today":
        return published, 1
    if kind == "days_after":
        # counted from the report's day for now; `run` counts it from the day the sentence names before it
        return published - timedelta(days=_NUMBER_WORDS.get(parts["n"].lower()) or int(parts["n"])), 1
    if kind == "ago":
        return _counted_back(parts["n"].lower(), parts["unit"].lower(), published)
    if kind == "weekday":
        target = WEEKDAYS.index(parts["weekday"].lower() + "day")
        back = (published.weekday() - target) % 7
        qualifier = (parts.get("qualifier") or "").lower().split()
        if back == 0 and "last" in qualifier:
            back = 7
        return published - timedelta(days=back), 1
    if kind == "week":
        text = match.group(0).lower()
        which = (parts.get("which") or "").lower()
        if "weekend" in text:
            # the Saturday of the weekend meant; a weekend is a week-level date. A report of a weekday means
            # the weekend just past; one written during a weekend means that weekend ("over the weekend"),
            # or, told as "last weekend", the one the week before
            back = (published.weekday() - 5) % 7
            if which in ("last", "previous") and back <= 1:
                back += 7
            return published - timedelta(days=back), 2
        monday = published - timedelta(days=published.weekday())
        if which in ("last", "previous", "past"):
            start, end = monday - timedelta(days=7), monday - timedelta(days=1)
        else:
            start, end = monday, max(monday, published - timedelta(days=1)) if "earlier" in which else published
        return min(start + timedelta(days=(end - start).days // 2), published), 2
    if kind == "month":
        which = (parts.get("which") or "").lower()
        if which in ("last", "previous"):
            first = published.replace(day=1) - timedelta(days=1)
            return _month_middle(first.year, first.month, published), 3
        return _month_middle(published.year, published.month, published, until=published), 3
    if kind == "in_month":
        if parts["prep"].lower() != "in":
            return None  # "since March" opens a period; it does not date an incident
        month = MONTHS[parts["month"].lower().rstrip(".")]
        if parts["month"].lower() == "may" and parts["month"][0].islower():
            return None
        year = int(parts["year"]) if parts.get("year") else (published.year if month <= published.month else published.year - 1)
        return _month_middle(year, month, published), 3
    return None


#: a quick test that a text can hold any of the patterns (most sentences hold none)
_MAY_HOLD_A_TIME = re.compile(
    r"\d|day|night|week|month|today|tonight|yesterday|overnight|morning|evening|afternoon|ago|weekend|christmas|"
    r"halloween|new year|fourth of july|thanksgiving|easter|before|earlier|"
    + "|".join(sorted(MONTHS, key=len, reverse=True)),
    re.I,
)
#: (a period's end too: "until June 3", and the end of a weather or traffic alert, "Warning ... expiring January 14")
_OPENS_PERIOD = re.compile(r"\b(?:since|until|till|from|expiring|expires)\s+$", re.I)
_BIRTH = re.compile(r"\b(?:born|date\s+of\s+birth|DOB)\W{0,3}(?:on\s+)?$", re.I)
#: a day something is scheduled for, or will happen on, is still to come when the report is written ("his trial
#: is set for January 21", "he will appear at a hearing on the charges Oct. 20"): read as the latest such day
#: before the report, it would date the past wrongly
_SCHEDULED = re.compile(r"\b(?:(?:set|slated|planned)\s+for\s+|scheduled\s+(?:for\s+|on\s+)?|expected\s+to\s+(?:begin|start|resume)\s+(?:on\s+)?"
                        r"|will\s+(?:appear|face|stand|return|be\s+(?:arraigned|sentenced|tried|held|buried))\b[^,.;:]{0,60}?)$", re.I)


#: a holiday counted from: "two days after Thanksgiving", "the day before Christmas", "a day before Easter"
_COUNTED_FROM = re.compile(r"\b(?P<n>\d|one|two|three|four|five|six|seven|a|the)\s+(?:days?|nights?)\s+(?P<way>before|after)\s+(?:the\s+)?$",
                           re.I)
#: a holiday as an occasion, or as the edge of a time: "home for Thanksgiving", "the week after Christmas"
_OCCASION = re.compile(r"\b(?:for|before|after|around|ahead\s+of|during)\s+$", re.I)
#: a gathering named by its holiday is on the holiday: "after Thanksgiving dinner", "after the New Year's Eve party"
_GATHERING = re.compile(r"^\s+(?:dinner|party|parties|celebrations?|gatherings?|festivities|feast|cookout|barbecue|parade)\b", re.I)


def _days_from_the_holiday(before: str, after: str) -> int | None:
    """How many days from a holiday the words before it count ("two days after" +2), 0 for the holiday itself,
    None when they make it no day ("got for Christmas", "the week before Thanksgiving")."""
    counted = _COUNTED_FROM.search(before)
    if counted:
        n = counted.group("n").lower()
        days = 1 if n == "the" else _NUMBER_WORDS.get(n) or int(n)
        return days if counted.group("way").lower() == "after" else -days
    if _OCCASION.search(before) and not _GATHERING.match(after):
        return None
    return 0


def _opens_a_period(text: str, match: re.Match[str]) -> bool:
    """Whether the day starts or ends a period ("since late on Thursday", "until June 3") rather than naming when
    something happened. A day told as an incident's own after "from" names that incident's day: "recovering
    from Tuesday's shooting", "a block from Friday's scene". After "since" it stays the edge of a period that
    an earlier incident opened ("the deadliest attack since Saturday's bombing" happened later)."""
    opener = _OPENS_PERIOD.search(text[max(0, match.start() - 12):match.start()])
    if opener is None:
        return False
    # ("until Monday's hearing" is a day to come, and stays out)
    return not (opener.group(0).lower().startswith("from") and _POSSESSIVE.match(text, match.end()))


def find_times(text: str, published: date | None, sentence: int, offset: int) -> list[TimeExpression]:
    """Every time expression of one text, resolved; overlapping matches keep the first pattern's."""
    found: list[TimeExpression] = []
    if not _MAY_HOLD_A_TIME.search(text):
        return found
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            resolved = resolve(kind, match, published)
            taken.append((match.start(), match.end()))
            if resolved is None or _opens_a_period(text, match):
                continue  # "since late on Thursday": the start of a period, not an incident's day
            if _BIRTH.search(text[max(0, match.start() - 20):match.start()]):
                continue  # "born June 25, 2001", "DOB: 02/14/1977": a birthday, no incident's day
            if _SCHEDULED.search(text[max(0, match.start() - 90):match.start()]):
                continue  # "the trial is set for March 13": a day to come, no incident's
            day, precision = resolved
            if kind == "holiday":
                shift = _days_from_the_holiday(text[max(0, match.start() - 30):match.start()], text[match.end():match.end() + 20])
                if shift is None:
                    continue  # "a shotgun he got for Christmas", "the week before Thanksgiving": no day
                day += timedelta(days=shift)
            if published is not None and day > published:
                day = published  # never after the report
            found.append(TimeExpression(sentence, offset + match.start(), offset + match.end(), match.group(0), day, precision))
    found.sort(key=lambda t: t.start)
    return found


#: a full date at the head of a report, before its first words: "SAVANNAH, GA (August 2, 2015):",
#: "RICHMOND, Ind. (April 11, 2014) -", "BAGHDAD, Thursday 10 October 2013 --"
_DATELINE_PLACE = r"^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z.]{1,14})?"
_HEAD_DATE = re.compile(_DATELINE_PLACE + r"\s*[(,]\s*(?P<date>[^()]{6,40}?(?:19|20)\d{2})\s*\)?\s*(?:[-—–:]|\(|$)")
#: a dateline with the report's day and no year: "NEW HAVEN, Conn., Oct. 27 (UPI) --"
_DATELINE_DAY = re.compile(_DATELINE_PLACE + r",?\s*\(?(?i:" + _MONTH_ALT.replace("(?P<month>", "(?:")
                           + r"\s+\d{1,2}(?:,?\s+(?:19|20)\d{2})?)\)?\s*(?:\([^)]{1,30}\)\s*)?(?:[-—–:]|$)")


#: a web page's label read as a dateline ("VIDEO: Watch the report", "READ MORE:", "BREAKING -"): no place, so
#: the sentences before it are the report's own, not clutter before its head
_PAGE_LABEL = re.compile(r"^(?:VIDEOS?|WATCH|READ\s+MORE|MORE|BREAKING(?:\s+NEWS)?|PHOTOS?|GALLERY|UPDATED?|RELATED|LISTEN|LIVE|"
                         r"ALERT|DEVELOPING|EXCLUSIVE|SLIDESHOW|AUDIO|CLICK\s+HERE)$", re.I)


_POSTED = re.compile(r"\b(?:Posted|Published|Created)(?: on)?:?\s+(?P<date>[^()]{6,40}?(?:19|20)\d{2})\b", re.I)


#: an archive's capture in a page's address ("web.archive.org/web/20140806123456/http://..."): the page
#: existed that day, so it was written then or before
_ARCHIVE_CAPTURE = re.compile(r"(?:^|/)web\.archive\.org/web/(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})\d{0,6}"
                              r"(?:[a-z]{2}_)?/")
#: the day an outlet files a report under in its address ("/2015/09/06/", "/news/2013-08-08-", "/news/20130808-",
#: "AID=/20130318/"); in "/2016/05/12-year-old-shot" the 12 is the slug's, so a day after a slash ends the folder
_FILED_UNDER = re.compile(r"/(?P<year>(?:19|20)\d{2})(?:/(?P<month>0[1-9]|1[0-2])/(?P<day>0[1-9]|[12]\d|3[01])(?=/|$)"
                          r"|(?P<sep>-?)(?P<month2>0[1-9]|1[0-2])(?P=sep)(?P<day2>0[1-9]|[12]\d|3[01])(?=[/_.-]|$))")
#: how much later than an archive's capture a page's stamp must be to tell a crawl's or an update's stamp:
#: a capture is stamped in UTC, the page in its outlet's time zone (captured late on the 6th, stamped the 7th)
CAPTURED_DAYS = 1
#: how much later than the day an outlet files a report under a page's stamp must be to tell a
#: re-stamped page: a day later is an edition's or a time zone's
RESTAMPED_DAYS = 2


def address_date(url: str | None, published: date) -> date | None:
    """The day a page's address shows it was written by, when earlier than its stamp: an archive's
    capture (the page existed then; captured before its stamp, the stamp is a crawl's or an update's)
    or the day the outlet filed it under, when the stamp is days later (the page was re-stamped)."""
    if not url:
        return None
    found = []
    captured = _ARCHIVE_CAPTURE.search(url)
    if captured is not None:
        found.append((_calendar_day(captured), CAPTURED_DAYS))
        url = url[captured.end():]  # the capture's own digits are no path of the outlet's
    filed = _FILED_UNDER.search(url)
    if filed is not None:
        found.append((_calendar_day(filed), RESTAMPED_DAYS))
    earlier = [day for day, margin in found if day is not None and (published - day).days > margin]
    return min(earlier, default=None)


def _calendar_day(match: re.Match[str]) -> date | None:
    parts = match.groupdict()
    try:
        return date(int(parts["year"]), int(parts["month"] or parts["month2"]), int(parts["day"] or parts["day2"]))
    except ValueError:
        return None


def written_date(doc: Document) -> date | None:
    """The date a report gives itself at its head, or that its page's address shows, when earlier than
    the page's publication date (pages are often crawled or re-stamped long after the report was written)."""
    if doc.article.published is None:
        return None
    told = _date_told_at_the_head(doc)
    shown = address_date(doc.article.url, doc.article.published)
    return min((day for day in (told, shown) if day is not None), default=None)


def _date_told_at_the_head(doc: Document) -> date | None:
    """The date a report gives itself at its head, when earlier than the page's publication date."""
    if not doc.sentences or doc.article.published is None:
        return None
    first = doc.sentences[0].text
    head = _HEAD_DATE.match(first)
    if head is not None:
        text = head.group("date")
    else:
        # "Posted: Sunday, March 10, 2013 10:02 AM": the page's first stamp, when it is older
        posted = _POSTED.search(" ".join([doc.article.title or ""] + [s.text for s in doc.sentences[:2]]))
        if posted is None:
            return None
        text = posted.group("date")
    found = find_times(text, doc.article.published, 0, 0)
    explicit = [t for t in found if re.search(r"(?:19|20)\d{2}", t.text)]
    if not explicit or explicit[0].day >= doc.article.published:
        return None
    return explicit[0].day


def run(doc: Document) -> None:
    doc.written = written_date(doc)
    published = doc.published
    times: list[TimeExpression] = []
    if doc.title:
        times.extend(_counted_from_the_day_before(find_times(doc.title.text, published, -1, 0), doc.title.text, 0))
    dateline_end = doc.dateline.end if doc.dateline and not _PAGE_LABEL.match(doc.dateline.city) else -1
    if doc.sentences:
        # "NEW HAVEN, Conn., Oct. 27 (UPI) --": the report's own date, however the dateline is written
        head = _DATELINE_DAY.match(doc.sentences[0].text)
        if head:
            dateline_end = max(dateline_end, doc.sentences[0].start + head.end())
    for sentence in doc.sentences:
        found = find_times(sentence.text, published, sentence.index, sentence.start)
        # "BAGHDAD, Thursday 10 October 2013 --": the report's own date, not an incident's (and what a page shows
        # before its dateline is its clutter: captions, a headline told again)
        found = [t for t in found if t.start >= dateline_end]
        for time in found:
            if time.text.lower().startswith(DAY_BEFORE_WORDS):
                # "on Thursday ... five people were shot the day before": the day before the sentence's day
                others = [t for t in found if t is not time and t.precision == 1]
                if others:
                    time.day = min(others, key=lambda t: abs(t.start - time.start)).day - timedelta(days=1)
        _across_midnight(found, sentence.text, sentence.start)
        times.extend(_counted_from_the_day_before(found, sentence.text, sentence.start))
    _years_from_the_report(times, published)
    _weekdays_from_the_report(times)
    _the_day_after_the_stamp(times, published)
    _eve_parties_past_midnight(doc, times)
    doc.times = times


#: what joins the two days of a night told across midnight: "late Thursday or early Friday", "Sunday night into
#: Monday morning" (not "and": "on Wednesday and Thursday" tells two days)
_ACROSS_MIDNIGHT = re.compile(r"^(?:\s+(?:night|evening))?\s+(?:or|into)\s+(?:early\s+)?(?:on\s+)?$", re.I)


def _across_midnight(found: list[TimeExpression], text: str, offset: int) -> None:
    """'late Sunday night into early Monday morning', 'late Thursday or early Friday': a night told across
    midnight dates what happened in it on the later day (what is told after midnight, or not known to be before
    it); an "overnight" opening such a night ("overnight Friday into Saturday") is the same night."""
    moved: set[int] = set()
    for earlier, later in reversed(list(zip(found, found[1:]))):
        between = text[earlier.end - offset:later.start - offset]
        if id(later) in moved and NIGHT.fullmatch(earlier.text) and not between.strip():
            earlier.day = later.day
        elif ((later.day - earlier.day).days == 1 and _NAMED_WEEKDAY.search(earlier.text) and _NAMED_WEEKDAY.search(later.text)
              and _ACROSS_MIDNIGHT.match(between)):
            earlier.day = later.day
            moved.add(id(earlier))


_EVE = re.compile(r"\b(?:new\s+year['’]?s|christmas)\s+eve\b", re.I)


def _eve_parties_past_midnight(doc: Document, times: list[TimeExpression]) -> None:
    """'shot at a New Year's Eve party' and, elsewhere, 'shortly after 1 a.m. Tuesday' (the day after): an eve's
    party runs past midnight, and a report that names the next day (by its weekday or its date) tells when in
    it the shooting came; a report that names no such day leaves it on the eve."""
    # (not the page's own stamp: "Thursday, January 1, 2015" on a page of that day)
    next_days = {t.day for t in times if t.precision == 1 and (_NAMED_WEEKDAY.search(t.text) or WRITTEN_OUT_DAY.search(t.text))
                 and not (_YEAR.search(t.text) and t.day == doc.published)}
    for time in times:
        if not _EVE.fullmatch(time.text) or time.day + timedelta(days=1) not in next_days:
            continue
        sentence = doc.sentence(time.sentence)
        local_end = time.end - sentence.start
        if _GATHERING.match(sentence.text[local_end:local_end + 20]):
            time.day += timedelta(days=1)


#: a weekday told with its hours ("early Sunday", "Monday evening"), not as one of a week before ("last Sunday")
_WEEKDAY_WITH_ITS_HOURS = re.compile(r"^(?:on\s+|late\s+|early\s+|this\s+)*" + _WEEKDAY_ALT
                                     + r"(?:\s+(?:morning|afternoon|evening|night|overnight|dawn|noon))?$", re.I)
_HOURS = re.compile(r"\b(?:early|late|morning|afternoon|evening|night|overnight|dawn|noon)\b", re.I)


def _the_day_after_the_stamp(times: list[TimeExpression], published: date | None) -> None:
    """'shot early Monday' on a page stamped Sunday: a weekday told with its hours that is the day after the page's
    date is the report's own day on a page stamped a day early (another time zone, as a holiday the day after is),
    not the one six days before, when the report names no day of the days between (a report of a week ago tells
    them: "buried on Saturday a boy shot Tuesday afternoon")."""
    if published is None:
        return
    week_before = published - timedelta(days=6)
    between = [t for t in times if t.precision == 1 and week_before < t.day < published]
    if between:
        return
    told_that_day = [t for t in times if t.precision == 1 and t.day == week_before]
    that_weekday = [t for t in told_that_day if _WEEKDAY_WITH_ITS_HOURS.match(t.text)]
    if len(that_weekday) < len(told_that_day):
        return  # the report says which day it means: "last Tuesday", "Tuesday, Feb. 28"
    if any(_HOURS.search(t.text) for t in that_weekday):
        for time in that_weekday:
            time.day = published  # (and the same weekday told bare in the report: "early Monday ... on Monday")


#: a day told as an incident's own: "Tuesday's violence", "Friday night’s shooting"
_POSSESSIVE = re.compile(r"['’]s\b")


def _counted_from_the_day_before(found: list[TimeExpression], sentence_text: str, offset: int) -> list[TimeExpression]:
    """A sentence's times with "three days after" counted back from the day it names before it ("died Friday,
    three days after he was shot": the Tuesday); without such a day, the count says nothing of the incident's
    day (counted from the report's day, "died two days after being shot" would date a wound that may be older).
    Nor when that day is an incident's own, told as its possessive ("Tuesday's violence comes four days after a
    shooting at a mall"): the count reaches back to another incident, and dates nothing of this one."""
    kept: list[TimeExpression] = []
    for time in found:
        counted = _COUNTED_ON.match(time.text)
        if counted is None:
            kept.append(time)
            continue
        before = [t for t in found if t.precision == 1 and t.end <= time.start and not _COUNTED_ON.match(t.text)]
        if before and not _POSSESSIVE.match(sentence_text, before[-1].end - offset):
            n = counted.group("n").lower()
            time.day = before[-1].day - timedelta(days=_NUMBER_WORDS.get(n) or int(n))
            kept.append(time)
    return kept


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: a day written out in full ("June 3", "3 June 2015"), and a night ("overnight", "last night"): for the stages that
#: choose among a report's days
WRITTEN_OUT_DAY = dict(_PATTERNS)["explicit"]
NIGHT = dict(_PATTERNS)["last_night"]


#: a month and day told without a year that fall this soon after the report are days to come ("due in
#: court July 13", "his sentencing is set for Feb. 18"), though read as last year's like any day after the
#: report; later in the year, they are last year's indeed ("Dec. 28" in a report of Jan. 3)
UPCOMING_DAYS = 60


def upcoming(time: TimeExpression, published: date | None) -> bool:
    """Whether a day told without its year is, most likely, one still to come: a hearing, a sentencing."""
    if published is None or time.precision != 1 or _YEAR.search(time.text) or not WRITTEN_OUT_DAY.search(time.text):
        return False
    try:
        this_year = time.day.replace(year=published.year)
    except ValueError:
        return False  # 29 February
    return 1 < (this_year - published).days <= UPCOMING_DAYS


def _years_from_the_report(times: list[TimeExpression], published: date | None) -> None:
    """'in December 2014 ... on Dec. 6': a day told without its year is in the year the report
    gives that month elsewhere, not the latest one before publication (a trial's report, a
    year on, tells the shooting's day without the year)."""
    if published is None:
        return
    years: dict[int, set[int]] = {}
    for time in times:
        if _YEAR.search(time.text):
            years.setdefault(time.day.month, set()).add(time.day.year)
    for time in times:
        told = years.get(time.day.month, set())
        if time.precision != 1 or _YEAR.search(time.text) or not WRITTEN_OUT_DAY.search(time.text) or len(told) != 1:
            continue
        (year,) = told
        try:
            day = time.day.replace(year=year)
        except ValueError:
            continue  # 29 February in another year
        if day <= published:
            time.day = day


_NAMED_WEEKDAY = re.compile(_WEEKDAY_ALT, re.I)
#: how far back a weekday told with its date reaches for the same weekday told alone: a follow-up a week or
#: two on, not a weekday of another time ("in its Friday issue" beside "the night of Friday, Oct. 23")
RETOLD_WEEKDAY_DAYS = 14
_BARE_WEEKDAY = re.compile(r"^(?:on\s+|late\s+|early\s+)*" + _WEEKDAY_ALT + _PART_OF_DAY + r"$", re.I)


def _weekdays_from_the_report(times: list[TimeExpression]) -> None:
    """'shot about 11 p.m. Monday, May 23' ... 'Aryanna was shot Monday night': a weekday told alone is the
    one the report names with its date, not the latest one before the page's date (a page stamped days later,
    a follow-up that retells the day)."""
    dated: dict[str, set[date]] = {}
    for time in times:
        named = _NAMED_WEEKDAY.search(time.text)
        if named and time.precision == 1 and WRITTEN_OUT_DAY.search(time.text) and WEEKDAYS[time.day.weekday()].startswith(named.group("weekday").lower()):
            dated.setdefault(named.group("weekday").lower(), set()).add(time.day)
    for time in times:
        bare = _BARE_WEEKDAY.match(time.text)
        if bare is None or time.precision != 1:
            continue
        told = dated.get(bare.group("weekday").lower(), set())
        if len(told) == 1:
            (day,) = told
            if 0 < (time.day - day).days <= RETOLD_WEEKDAY_DAYS:
                time.day = day
