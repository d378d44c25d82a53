"""Fusion: one Event's fields from all the mentions (reports) of its incident.

- fatalities: the lowest credible figure (ACLED's conservative rule): the
  smallest death count the reports give, unless two independent reports later
  corroborate a higher one (see `_lowest_credible`); 0 when none gives one.
  fatalities_low / fatalities_high keep the range all the reports span;
- injuries: the count most independent reports give (see `_most_told_injuries`);
- a contradiction is flagged when reports disagree widely (6 dead vs 37);
- date and place: the most precise, then the most reported (of the most precise,
  a follow-up report dated only by itself, Mention.dated_by_report, dates the
  event only when no other report does);
- every article, outlet, claimant and evidence span is kept; copies of one story
  (Mention.story_id) count as one independent source.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..model import Count, Event, Mention, lead_article
from ..notes import summary

#: two death counts contradict when they differ by more than this factor (and by more than 2)
CONTRADICTION_RATIO = 1.5


def _story(mention: Mention) -> str:
    """The story a report belongs to: copies of one story are one source, however many outlets ran them."""
    return mention.story_id or mention.article_id


def _most_common(values: list, key=lambda v: v):  # type: ignore[no-untyped-def]
    counted = Counter(key(v) for v in values)
    best = max(counted.values())
    return next(v for v in values if counted[key(v)] == best)


def _lowest_credible(reports: list[tuple[Mention, Count]]) -> int:
    """The smallest figure the reports give (positive counts only), unless a higher figure is corroborated
    after it: a figure two independent stories give firmly (an exact number or a stated range; not "several"
    or "dozens", whose estimates agree by convention) sets aside the lower figures all published before its
    last report, as a misreading or a toll since revised (a victim who died later). A lower figure told on
    the same day or later stands (a correction). A story counts once (its first report's figure)."""
    first_of_story: dict[str, tuple[Mention, Count]] = {}
    for mention, count in reports:
        first_of_story.setdefault(_story(mention), (mention, count))
    figures = [(_told_on(mention), count) for mention, count in first_of_story.values()]
    firm = Counter(count.best for _, count in figures if count.high is not None)
    for corroborated in sorted(best for best, stories in firm.items() if stories >= 2):
        last_told = max(day for day, count in figures if count.best == corroborated and count.high is not None)
        if all(day < last_told for day, count in figures if count.best < corroborated):
            return corroborated
    return min(count.best for _, count in figures)


def _most_told_injuries(ordered: list[Mention]) -> int | None:
    """The injury count most independent stories give (each story its first report, counts above zero), of
    the reports that lead with the incident when any does; of counts as many stories give, the lowest.
    ACLED's conservative rule is for the dead; a lower count of the hurt is seldom a more careful estimate
    but a part of the incident: the report written before a wounded victim died (the later ones count
    that victim with the dead), the follow-up about the one victim it names, a report that names the
    incident in passing. None when no report tells of anyone hurt or unhurt."""
    if all(m.injuries is None for m in ordered):
        return None
    # (when no report leading with the incident counts its hurt, one naming it in passing may)
    leading = [m for m in ordered if lead_article(m.mention_id) is not None
               and m.injuries is not None and m.injuries.best > 0] or ordered
    first_of_story: dict[str, Mention] = {}
    for mention in leading:
        first_of_story.setdefault(_story(mention), mention)
    stories = Counter(m.injuries.best for m in first_of_story.values() if m.injuries is not None and m.injuries.best > 0)
    if not stories:
        return 0
    most = max(stories.values())
    return min(figure for figure, told in stories.items() if told == most)


def _told_on(mention: Mention) -> date:
    return mention.published or mention.event_date


def fuse(event_id: str, mentions: list[Mention]) -> Event:
    """The event that a set of mentions of one incident describes."""
    if not mentions:
        raise ValueError("an event needs at least one mention")
    ordered = sorted(mentions, key=lambda m: (m.published or m.event_date, m.mention_id))
    most_precise_time = min(m.time_precision for m in ordered)
    most_precise = [m for m in ordered if m.time_precision == most_precise_time]
    # of those, a follow-up report dated only by itself (a trial's day) does not date an incident another report dates
    dating = [m for m in most_precise if not m.dated_by_report] or most_precise
    day = _most_common(dating, key=lambda m: m.event_date).event_date
    most_precise_place = min(m.place.geo_precision for m in ordered)
    place = _most_common([m.place for m in ordered if m.place.geo_precision == most_precise_place],
                         key=lambda p: (p.location, p.admin1))
    typed = _most_common(ordered, key=lambda m: m.sub_event_type)
    with_actors = [m for m in ordered if m.sub_event_type == typed.sub_event_type]
    actor_source = max(with_actors, key=lambda m: (m.actor1 is not None) + (m.actor2 is not None))

    reported = [m.fatalities for m in ordered if m.fatalities.best > 0]
    if reported:
        fatalities = _lowest_credible([(m, m.fatalities) for m in ordered if m.fatalities.best > 0])
        low = min(c.low if c.low is not None else c.best for c in reported)
        high = max(c.high if c.high is not None else c.best for c in reported)
    else:
        fatalities, low, high = 0, 0, 0
    contradictions = []
    if reported:
        smallest = min(reported, key=lambda c: c.best).best
        largest = max(reported, key=lambda c: c.best).best
        if largest - smallest > 2 and largest > CONTRADICTION_RATIO * smallest:
            by_source = ", ".join(
                f"{m.fatalities.best} ({m.outlet or m.article_id})" for m in ordered if m.fatalities.best > 0
            )
            contradictions.append(f"fatalities differ between reports: {by_source}")
    arrests_reported = [m.arrests.best for m in ordered if m.arrests is not None and m.arrests.best > 0]

    sources = list(dict.fromkeys(m.outlet for m in ordered if m.outlet))
    claimants = list(dict.fromkeys(c for m in ordered for c in m.claimants))
    evidence = [e for m in ordered for e in m.evidence]
    injuries = _most_told_injuries(ordered)
    independent = len({_story(m) for m in ordered})
    notes = summary(typed.sub_event_type, day, place, actor_source.actor1, actor_source.actor2, fatalities, injuries,
                    claimants, len({m.article_id for m in ordered}), independent)
    return Event(
        event_id=event_id,
        event_type=typed.event_type,
        sub_event_type=typed.sub_event_type,
        event_date=day,
        time_precision=most_precise_time,
        place=place,
        actor1=actor_source.actor1,
        actor2=actor_source.actor2,
        assoc_actors=actor_source.assoc_actors,
        fatalities=fatalities,
        fatalities_low=low,
        fatalities_high=high,
        injuries=injuries,
        arrests=min(arrests_reported) if arrests_reported else None,
        mention_ids=[m.mention_id for m in ordered],
        article_ids=list(dict.fromkeys(m.article_id for m in ordered)),
        sources=sources,
        claimants=claimants,
        evidence=evidence,
        contradictions=contradictions,
        notes=notes,
        identifiers=sorted({i for m in ordered for i in m.identifiers}),
        independent_sources=independent,
    )
