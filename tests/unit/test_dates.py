"""Time expressions resolved against the publication date (extract/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.extract.dates import find_times, upcoming


def _times(text: str, published: str | None) -> list[tuple[str, str, int]]:
    day = date.fromisoformat(published) if published else None
    return [(t.text, t.day.isoformat(), t.precision) for t in find_times(text, day, 0, 0)]


def _one(text: str, published: str) -> tuple[str, int]:
    found = _times(text, published)
    assert len(found) == 1, found
    return found[0][1], found[0][2]


# 2011-12-04 is a Sunday, 2011-12-06 a Tuesday, 2011-12-08 a Thursday.


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Gunmen raided the post yesterday.", "2011-12-04", "2011-12-03"),
        ("Gunmen raided the post late yesterday afternoon.", "2011-12-04", "2011-12-03"),
        ("Shots rang out last night near the depot.", "2011-12-04", "2011-12-03"),
        ("Shelling went on overnight in the old town.", "2011-12-04", "2011-12-03"),
        ("Police fired on the crowd today.", "2011-12-04", "2011-12-04"),
        ("Troops entered the village this morning.", "2011-12-04", "2011-12-04"),
        ("The blast two days ago wounded a guard.", "2011-12-08", "2011-12-06"),
        ("The blast three days ago wounded a guard.", "2011-12-08", "2011-12-05"),
        ("The blast 4 days ago wounded a guard.", "2011-12-08", "2011-12-04"),
        ("The blast a day ago wounded a guard.", "2011-12-08", "2011-12-07"),
    ],
)
def test_relative_days(text: str, published: str, expected: str) -> None:
    assert _one(text, published) == (expected, 1)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 2011-12-08 is a Thursday: ten days back is a Monday, two weeks back the Thursday before last
        ("The guard wounded 10 days ago has died.", "2011-12-08", ("2011-11-28", 1)),
        ("The guard wounded twelve days ago has died.", "2011-12-08", ("2011-11-26", 1)),
        ("The guard was wounded a week ago at the gate.", "2011-12-08", ("2011-12-01", 1)),
        ("The guard was wounded two weeks ago at the gate.", "2011-12-08", ("2011-11-24", 1)),
        # further back, only the week is known (and a week is told by its middle day's week)
        ("The guard was wounded six weeks ago at the gate.", "2011-12-08", ("2011-10-27", 2)),
        # months back: the month, by its middle day
        ("The guard was wounded a month ago at the gate.", "2011-12-08", ("2011-11-15", 3)),
        ("The guard was wounded 18 months ago at the gate.", "2011-12-08", ("2010-06-15", 3)),
    ],
)
def test_days_weeks_and_months_counted_back(text: str, published: str, expected: tuple[str, int]) -> None:
    assert _one(text, published) == expected


@pytest.mark.parametrize("text", [
    "Police said 5 may be charged over the fight.",  # "may" after a number is the verb
    "A flood watch is in effect, expiring January 14 at 4 a.m.",  # the end of an alert, no incident's day
])
def test_a_verb_or_a_period_s_end_dates_nothing(text: str) -> None:
    assert _times(text, "2015-02-08") == []


@pytest.mark.parametrize("text", [
    "The gunman's trial is set for Jan. 21 in the county court.",
    "Jury selection is expected to begin Nov. 4 in the case.",
    "She will be arraigned at the courthouse on charges of assault Oct. 20.",
    "A bond hearing is scheduled for Monday.",
])
def test_a_day_still_to_come_dates_nothing(text: str) -> None:
    # a court date months ahead, read as the latest such day before the report, would date the past
    assert _times(text, "2015-06-03") == []


def test_a_day_set_in_the_past_still_dates() -> None:
    assert _one("The record the shooter set Friday at the range was broken.", "2015-06-03") == ("2015-05-29", 1)


def test_more_than_a_week_ago_names_no_day() -> None:
    assert _times("The guard was wounded more than a week ago at the gate.", "2011-12-08") == []


def test_a_year_crossing_yesterday() -> None:
    assert _one("A bomb went off yesterday.", "2012-01-01") == ("2011-12-31", 1)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Rebels attacked the base on Saturday.", "2011-12-04", "2011-12-03"),  # published Sunday
        ("Rebels attacked the base on Saturday.", "2011-12-03", "2011-12-03"),  # published that Saturday
        ("Rebels attacked the base on Monday.", "2011-12-04", "2011-11-28"),  # the most recent Monday before
        ("Rebels attacked the base late Friday night.", "2011-12-04", "2011-12-02"),
        ("Rebels attacked the base Wednesday evening.", "2011-12-08", "2011-12-07"),
        ("Rebels attacked the base last Tuesday.", "2011-12-06", "2011-11-29"),  # published on a Tuesday: 7 days back
        ("Rebels attacked the base last Tuesday.", "2011-12-08", "2011-12-06"),
        ("Rebels attacked the base on Tuesday.", "2011-12-06", "2011-12-06"),
    ],
)
def test_weekdays_are_the_most_recent_on_or_before_publication(text: str, published: str, expected: str) -> None:
    assert _one(text, published) == (expected, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told with its hours, the day after the page's date (a Sunday) is the report's own day on a page stamped a
        # day early, not six days back
        ("Two men were shot outside a bar in Shelby early Monday, police said.", "2011-12-04"),
        ("Two men were shot outside a bar in Shelby on Monday evening, police said.", "2011-12-04"),
        # told bare or as "last", or in a report that names days of the week between, it is the one before
        ("Two men were shot outside a bar in Shelby on Monday, police said.", "2011-11-28"),
        ("Two men were shot outside a bar in Shelby last Monday night, police said.", "2011-11-28"),
        ("Two men shot outside a bar in Shelby early Monday were buried on Friday, their families said.", "2011-11-28"),
    ],
)
def test_a_weekday_with_its_hours_the_day_after_the_page_s_date_is_the_report_s_day(read, text: str, day: str) -> None:
    doc = read(text, published="2011-12-04")
    assert doc.times[0].day.isoformat() == day


def test_the_same_weekday_told_bare_moves_with_it_unless_the_report_says_it_is_last_week_s(read) -> None:
    doc = read("Two men were shot outside a bar in Shelby early Monday, police said. Officers had been called to the bar "
               "on Monday after a fight.", published="2011-12-04")
    assert [t.day.isoformat() for t in doc.times] == ["2011-12-04", "2011-12-04"]
    told_as_last_week = read("Two men were shot outside a bar in Shelby early Monday, police said. The bar had been "
                             "robbed last Monday.", published="2011-12-04")
    assert [t.day.isoformat() for t in told_as_last_week.times] == ["2011-11-28", "2011-11-28"]


def test_a_page_label_read_as_a_dateline_leaves_the_days_before_it(read) -> None:
    # "VIDEO: Watch the report" opens like a dateline; the sentence above it is the report's own, not a page's clutter
    doc = read("A boy was wounded Friday evening in a drive-by shooting in Shelby, police said.\n\n"
               "VIDEO: Watch the report from the scene\n\nThe boy was hit in the leg while riding his bike.",
               published="2011-12-03")
    assert [(t.text, t.day.isoformat()) for t in doc.times] == [("Friday evening", "2011-12-02")]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The raid on Jan. 12 killed two.", "2014-03-01", "2014-01-12"),
        ("The raid on Dec. 30 killed two.", "2014-01-03", "2013-12-30"),  # across the year boundary
        ("The raid on Jan. 5 killed two.", "2014-01-03", "2013-01-05"),  # not yet this year: last year's
        ("The raid on 3 December killed two.", "2011-12-08", "2011-12-03"),
        ("The raid on Feb. 29 killed two.", "2013-03-01", "2012-02-29"),  # the last year that had the day
        ("The raid on Monday, Dec. 5 killed two.", "2011-12-08", "2011-12-05"),
    ],
)
def test_month_and_day_without_a_year(text: str, published: str, expected: str) -> None:
    assert _one(text, published) == (expected, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bombing on December 3, 2011 killed two.", "2011-12-03"),
        ("The bombing on 3 December 2011 killed two.", "2011-12-03"),
        ("The bombing on 2011-12-03 killed two.", "2011-12-03"),
        ("The bombing on 12/03/2011 killed two.", "2011-12-03"),
    ],
)
def test_full_dates(text: str, expected: str) -> None:
    assert _one(text, "2012-05-01") == (expected, 1)


def test_full_dates_need_no_publication_date() -> None:
    assert _times("The bombing on December 3, 2011 killed two.", None) == [("on December 3, 2011", "2011-12-03", 1)]


def test_relative_dates_need_a_publication_date() -> None:
    assert _times("Gunmen raided the post yesterday and again on Saturday.", None) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Clashes erupted earlier this week.", "2011-12-08", "2011-12-06"),  # Mon 5 .. Wed 7
        ("Clashes erupted last week.", "2011-12-08", "2011-12-01"),  # Mon 28 Nov .. Sun 4 Dec
        ("Clashes erupted over the weekend.", "2011-12-05", "2011-12-03"),
        # written during a weekend: "over the weekend" is this one, "last weekend" the one the week before
        ("Clashes erupted over the weekend.", "2011-12-03", "2011-12-03"),
        ("Clashes erupted over the weekend.", "2011-12-04", "2011-12-03"),
        ("Clashes erupted last weekend.", "2011-12-04", "2011-11-26"),
        ("Clashes erupted last weekend.", "2011-12-03", "2011-11-26"),
        ("Clashes erupted last weekend.", "2011-12-05", "2011-12-03"),  # on a Monday: the weekend just past
    ],
)
def test_weeks_have_precision_2(text: str, published: str, expected: str) -> None:
    assert _one(text, published) == (expected, 2)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Clashes erupted last month.", "2011-12-08", "2011-11-15"),
        ("Clashes erupted last month.", "2012-01-20", "2011-12-16"),  # across the year boundary
        ("Clashes erupted in March.", "2011-12-08", "2011-03-16"),
        ("Clashes erupted in December.", "2011-03-08", "2010-12-16"),  # a later month is last year's
        ("Clashes erupted in March 2009.", "2011-12-08", "2009-03-16"),
        ("Clashes erupted in March.", "2011-03-08", "2011-03-08"),  # the middle is after publication
    ],
)
def test_months_have_precision_3_and_their_middle_day(text: str, published: str, expected: str) -> None:
    assert _one(text, published) == (expected, 3)


@pytest.mark.parametrize("text", ["Protests have continued since March.", "The curfew lasts until March.", "Curfew from March."])
def test_since_march_opens_a_period_and_dates_nothing(text: str) -> None:
    assert _times(text, "2011-12-08") == []


@pytest.mark.parametrize("text", ["More than 5,000 people have died since March 2011.", "The truce holds until March 2012."])
def test_since_a_month_and_year_dates_nothing(text: str) -> None:
    assert _times(text, "2011-12-08") == []


@pytest.mark.parametrize(
    "text",
    [
        "The raid on Dec. 30 killed two.",
        "The bombing on December 30, 2011 killed two.",
        "The bombing on 2011-12-30 killed two.",
        "Clashes erupted in December.",
        "Clashes erupted this week.",
        "Clashes erupted this month.",
        "Rebels attacked the base on Saturday.",
        "Police fired on the crowd tonight.",
    ],
)
def test_nothing_is_dated_after_publication(text: str) -> None:
    published = "2011-12-08"
    found = _times(text, published)
    assert found, "expected a time expression"
    assert all(day <= published for _, day, _ in found)


def test_offsets_and_sentence_index_are_kept() -> None:
    text = "Gunmen raided the post yesterday."
    (time,) = find_times(text, date(2011, 12, 4), sentence=3, offset=100)
    assert (time.sentence, time.start, time.end) == (3, 100 + text.index("yesterday"), 100 + len(text) - 1)


def test_several_expressions_in_one_sentence_come_in_text_order() -> None:
    found = _times("Fighting began on Friday and resumed yesterday.", "2011-12-04")
    assert found == [("on Friday", "2011-12-02", 1), ("yesterday", "2011-12-03", 1)]


def test_lowercase_may_is_a_verb_not_a_month() -> None:
    assert _times("Troops may 5 times return.", "2011-12-04") == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("a shooting on Christmas Day", "2014-01-02", "2013-12-25"),
        ("shot on Christmas Eve", "2013-12-26", "2013-12-24"),
        ("a party on New Year's Eve", "2016-01-01", "2015-12-31"),
        ("trick-or-treaters on Halloween night", "2015-11-01", "2015-10-31"),
        # a curly apostrophe, as most pages write it
        ("a party on New Year’s Eve", "2016-01-02", "2015-12-31"),
        ("a cookout on Mother’s Day", "2016-05-10", "2016-05-08"),
        # holidays that move from year to year
        ("a fight after Thanksgiving dinner", "2015-11-28", "2015-11-26"),
        ("shot on Memorial Day", "2016-06-02", "2016-05-30"),
        ("a family gathering on Easter Sunday", "2016-03-29", "2016-03-27"),
        ("the Martin Luther King Jr. Day parade", "2015-01-21", "2015-01-19"),
        ("a barbecue on Labor Day", "2014-09-03", "2014-09-01"),
        # last year's, when this year's is still to come
        ("at a party on Thanksgiving", "2016-01-05", "2015-11-26"),
    ],
)
def test_holidays_are_their_days(text: str, published: str, expected: str) -> None:
    assert _one(text, published)[0] == expected


@pytest.mark.parametrize("text", ["a crash on Martin Luther King Jr. Boulevard", "shootings over the Labor Day weekend"])
def test_a_holiday_s_name_that_is_no_day_dates_nothing(text: str) -> None:
    assert _times(text, "2015-09-10") == []


def test_the_day_before_counts_from_the_sentence_day(read) -> None:
    doc = read("Police were on Elm Street in Harlan, Kentucky, on Thursday after five people were shot the day before.",
               published="2015-05-23")
    before = next(t for t in doc.times if t.text == "the day before")
    assert before.day == date(2015, 5, 20)


def test_days_after_count_back_from_the_day_the_sentence_names(read) -> None:
    # published on Saturday, March 12: the death is Friday's, the wound three days before it
    doc = read("A Harlan teenager died Friday, three days after he was shot outside a grocery store on Elm Street.",
               published="2016-03-12")
    assert [(t.text, t.day.isoformat()) for t in doc.times] == [("Friday", "2016-03-11"), ("three days after", "2016-03-08")]
    assert doc.mentions[0].event_date == date(2016, 3, 8)
    # with no day before them, counted from the report's day they would date the wound where nothing says it was
    alone = read("A Harlan teenager died two days after being shot outside a grocery store on Elm Street.", published="2016-03-12")
    assert alone.times == []
    # counted from an incident's own day, they reach back to another incident
    other = read("Tuesday's shooting in Harlan came four days after a man was wounded outside a grocery store on Elm Street.",
                 published="2016-03-16")
    assert [t.text for t in other.times] == ["Tuesday"]


def test_a_dateline_day_is_not_an_incident_day(read) -> None:
    doc = read("HARLAN, Ky., Oct. 27 (Wirecoder Wire) -- One man was killed in a shooting at a Harlan bar on Saturday, police said.",
               published="2013-10-28")
    assert [t.text for t in doc.times] == ["on Saturday"]
    assert doc.mentions[0].event_date == date(2013, 10, 26)


def test_a_day_without_a_year_takes_the_year_the_report_gives_its_month(read) -> None:
    doc = read("A Harlan man was sentenced on Monday for a shooting in December 2014 that killed his neighbour. "
               "Deputies found the neighbour dead on Dec. 6 at his home on Elm Street.", published="2016-06-28")
    assert [t.day.isoformat() for t in doc.times if t.text.endswith("Dec. 6")] == ["2014-12-06"]
    alone = read("Deputies found the neighbour dead on Dec. 6 at his home on Elm Street in Harlan.", published="2016-06-28")
    assert [t.day.isoformat() for t in alone.times] == ["2015-12-06"]


def test_a_weekday_told_alone_is_the_one_the_report_gives_with_its_date(read) -> None:
    # published on Wednesday, June 1: "Monday night" alone would be May 30, but the report says which Monday
    doc = read("A girl was wounded Monday night in a drive-by shooting in Shelby, police said. "
               "Officers said it happened about 11 p.m. Monday, May 23, outside a home on Mill Street.", published="2016-06-01")
    assert [(t.text, t.day.isoformat()) for t in doc.times] == [("Monday night", "2016-05-23"), ("Monday, May 23", "2016-05-23")]
    # a dated weekday weeks before is another one
    older = read("A girl was wounded Monday night in a drive-by shooting in Shelby, police said. "
                 "Her brother was shot on the same street on Monday, May 2.", published="2016-06-01")
    assert [t.day.isoformat() for t in older.times] == ["2016-05-30", "2016-05-02"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("He is due back in court on July 13.", "2015-06-10", True),  # a month on: a hearing to come
        ("The raid on Dec. 30 killed two.", "2014-01-03", False),  # last year's, across the year boundary
        ("The raid on Jan. 12 killed two.", "2014-03-01", False),
        ("He is due back in court on July 13, 2015.", "2015-06-10", False),  # a year told is the year meant
        ("He was shot on Monday.", "2015-06-10", False),
    ],
)
def test_a_day_told_without_its_year_soon_after_the_report_is_to_come(text: str, published: str, expected: bool) -> None:
    day = date.fromisoformat(published)
    (time,) = find_times(text, day, 0, 0)
    assert upcoming(time, day) is expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("a girl was shot the day after Thanksgiving", "2016-11-29", "2016-11-25"),
        ("the boy was hurt two days before Christmas", "2016-12-28", "2016-12-23"),
        # a gathering named by its holiday is on the holiday
        ("shots rang out after the New Year's Eve party", "2016-01-02", "2015-12-31"),
    ],
)
def test_a_day_counted_from_a_holiday(text: str, published: str, expected: str) -> None:
    assert _one(text, published)[0] == expected


@pytest.mark.parametrize("text", ["He was showing friends a rifle he got for Christmas.", "The week before Thanksgiving was quiet."])
def test_a_holiday_told_as_an_occasion_dates_nothing(text: str) -> None:
    assert _times(text, "2017-01-04") == []


@pytest.mark.parametrize("text", ["Dana Reyes, born June 25, 2001, in Harlan, died at home.",
                                  "Suspect: Cole Avery (DOB: 02/14/1977) was booked into the county jail."])
def test_a_birthday_dates_nothing(text: str) -> None:
    assert _times(text, "2016-05-20") == []


@pytest.mark.parametrize(
    "text",
    [
        "Two neighbours were still healing from Tuesday's ambush on the ridge road.",
        "The second raid came a few streets from Tuesday night's blast.",
    ],
)
def test_a_day_told_as_an_incident_s_own_is_no_period_s_start(text: str) -> None:
    # 2011-12-08 is a Thursday: the Tuesday before it is December 6
    assert [day for _, day, _ in _times(text, "2011-12-08")] == ["2011-12-06"]


@pytest.mark.parametrize("text", ["The road stays shut until Tuesday's hearing.", "Raids have gone on since Tuesday.",
                                  # an earlier incident's day opens the period the new one is told in
                                  "It was the deadliest raid in the valley since Tuesday's attack on the depot."])
def test_until_an_incident_s_day_or_since_a_bare_day_still_dates_nothing(text: str) -> None:
    assert _times(text, "2011-12-08") == []


@pytest.mark.parametrize(
    ("url", "published", "expected"),
    [
        # an archive captured the page before its stamp: the stamp is a crawl's, the page was written by then
        ("http://web.archive.org/web/20140806101500/http://news.example.com/story/gunfire-on-elm", "2016-02-01", "2014-08-06"),
        ("https://web.archive.org/web/20140806101500id_/http://news.example.com/story/gunfire-on-elm", "2016-02-01", "2014-08-06"),
        # captured on the day of its stamp or after it: nothing to correct
        ("http://web.archive.org/web/20140806101500/http://news.example.com/story/gunfire-on-elm", "2014-08-06", None),
        ("http://web.archive.org/web/20160806101500/http://news.example.com/story/gunfire-on-elm", "2014-08-06", None),
        # the day an outlet filed the report under, when the stamp is days later (a re-stamped page)
        ("http://news.example.com/2013/05/14/two-hurt-on-elm", "2013-06-20", "2013-05-14"),
        ("http://news.example.com/crime/20130514-two-hurt-on-elm", "2013-06-20", "2013-05-14"),
        ("http://news.example.com/apps/article?AID=/20130514/NEWS/1305", "2013-06-20", "2013-05-14"),
        # a day later is an edition's or a time zone's, not a re-stamp; a capture is stamped in UTC
        ("http://news.example.com/2013/05/14/two-hurt-on-elm", "2013-05-15", None),
        ("web.archive.org/web/20140806221500/http://news.example.com/story/gunfire-on-elm", "2014-08-07", None),
        ("web.archive.org/web/20140806221500/http://news.example.com/story/gunfire-on-elm", "2014-08-09", "2014-08-06"),
        # a slug that starts with a number after a year and month is no day ("/2016/05/12-year-old-...")
        ("http://news.example.com/2016/05/12-year-old-hurt-on-elm", "2016-05-23", None),
        ("http://news.example.com/2016/05/10-people-hurt-on-elm/", "2016-05-23", None),
        ("http://news.example.com/crime/2013-05-14-two-hurt-on-elm", "2013-06-20", "2013-05-14"),
        # digits that are no day: a story number, an impossible date; no address at all
        ("http://news.example.com/story/201305149981/two-hurt", "2013-06-20", None),
        ("http://news.example.com/2013/02/30/two-hurt-on-elm", "2013-06-20", None),
        (None, "2013-06-20", None),
    ],
)
def test_the_day_a_page_s_address_shows_it_was_written_by(url: str | None, published: str, expected: str | None) -> None:
    from wirecoder.extract.dates import address_date

    day = address_date(url, date.fromisoformat(published))
    assert (day.isoformat() if day else None) == expected


def test_relative_days_count_from_the_day_a_page_s_address_shows(resources) -> None:
    # a page stamped years after an archive captured it: "on Saturday" is the Saturday before the capture
    from wirecoder.model import Article
    from wirecoder.pipeline import Pipeline

    article = Article(id="addr1", text="Two men were wounded in a shooting outside a bar on Elm Street in Harlan, Kentucky, "
                                      "on Saturday night, police said.",
                      published=date(2016, 11, 2), outlet="Test Wire", content_hash="addr1",
                      url="http://web.archive.org/web/20140806101500/http://news.example.com/story/two-wounded-on-elm")
    doc = Pipeline(resources).process_batch([article])[0]
    assert doc.mentions[0].event_date == date(2014, 8, 2)
