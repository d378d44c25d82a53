"""Same incident: attach each new mention to the event it reports, or start a new one.

Mentions from different articles are the same incident when they are in the
same country with compatible types and either
- their days differ by at most `merge_day_window` and their places are the same
  or within `merge_distance_km` (DOMAIN.md's rule), unless both give ages, share
  no identifier at all and not the same toll (two shootings in one city on one night), or
- they name the same people (Mention.identifiers: full names, with ages and
  block addresses as support) and are within `merge_corroborated_km`: a follow-up
  read with another day, a suburb named instead of its city; or, on the same days,
  share two identifiers wherever each report placed them (a town misread); or
- without a shared name, are at the same place within three days and share two
  ages or block addresses, or tell the same dead and hurt, four or more people hit
  (a toll that large is rare at one place within days); or are in the same state on
  the same days with the same dead and hurt, four or more hit or an age or block
  address shared (one report placed the incident in the wrong town); or
- name the same town on the same days (±`merge_day_window`) with the same dead, one
  report having read it as a namesake in another state ("Pasadena", Texas or California).
A report that matches two stored events and tells the same dead as both shows them to be one
incident (each earlier report had matched only one), and so does one that tells one of them alike
(its day, dead and hurt) and joins the other by the people they name: the later is folded into
the one it joins.
A county and a town in it are the same place (a county's centre says nothing).
An identifier that several nearby events share is common talk (a police chief's
name) and does not count, unless it is a full name two events of the same days carry (one
incident stored twice, each report having matched neither). A mention never joins an event that already holds a
mention of its own article (the article's own reading keeps its incidents
apart), unless it tells that article's incident again: the same day, place, dead
and hurt (a mention telling a death but not the hurt agrees with any hurt), or, placed
anywhere in the same province or state, the same day and exactly the same dead and hurt
(both told), or the same dead and some of the hurt told before (a victim's home town, a
hospital's; a round-up's incidents in two provinces stay apart). Event
ids derive from the id of the event's first mention in the merge order (merge/order.py:
publication day, then article id), so the same articles give the same ids on every run,
whatever order they come in.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import timedelta

from ..geo import distance_km
from ..model import Event, EventChange, Mention, types_compatible
from ..settings import Settings
from ..store import Store
from .fusion import fuse
from .history import changes_made


def event_id_for(mention_id: str) -> str:
    return "ev-" + hashlib.sha1(mention_id.encode("utf-8")).hexdigest()[:16]


def _same_place(mention: Mention, event: Event, settings: Settings) -> bool:
    a, b = mention.place, event.place
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if (a.location, a.admin1, a.country_code) == (b.location, b.admin1, b.country_code):
        return True
    if a.geo_precision == 3 or b.geo_precision == 3:
        return False  # a province and a town in it are not known to be the same place
    same_county = a.admin2 is not None and (a.admin2, a.admin1, a.country_code) == (b.admin2, b.admin1, b.country_code)
    if same_county and "admin2" in (a.feature, b.feature):
        return True  # "Weld County" and Keenesburg in it: a county's centre says nothing of where in it
    return _km(mention, event) <= settings.merge_distance_km


def _km(mention: Mention, event: Event) -> float:
    return distance_km(mention.place.latitude, mention.place.longitude, event.place.latitude, event.place.longitude)


def _days(mention: Mention, event: Event) -> int:
    return abs((mention.event_date - event.event_date).days)


@dataclass(frozen=True)
class _Candidate:
    event: Event
    days: int
    km: float
    #: names the mention and the event share that few other events nearby share
    names: int
    #: ages and block addresses they share likewise
    details: int


def _candidates(mention: Mention, store: Store, settings: Settings) -> list[_Candidate]:
    """Events a mention could report: same country, compatible type, not its own article's,
    within the corroborated day window; with what they share."""
    place, day = mention.place, mention.event_date
    # near in space over the whole window; anywhere in the country on the days the same-region rule and
    # places known only to their province (a centroid far from the town) may need
    wide = timedelta(days=settings.merge_corroborated_days)
    narrow = timedelta(days=settings.merge_day_window)
    reach = max(settings.merge_distance_km, settings.merge_corroborated_km)
    found = {e.event_id: e for e in store.nearby_events(place.country_code, day - wide, day + wide,
                                                          around=(place.latitude, place.longitude, reach))}
    found.update((e.event_id, e) for e in store.nearby_events(place.country_code, day - narrow, day + narrow))
    events = [
        event for _, event in sorted(found.items())
        if mention.article_id not in event.article_ids and types_compatible(mention.sub_event_type, event.sub_event_type)
    ]
    # an identifier several nearby events share ("Chief Lee Cole" on every city report) tells none apart
    spread = _spread(events, settings)
    own = set(mention.identifiers)
    found = []
    for event in events:
        shared = {i for i in own.intersection(event.identifiers) if spread[i] <= DISTINCTIVE_SPREAD}
        names = sum(1 for i in shared if i.startswith("name:"))
        days, km = _days(mention, event), _km(mention, event)
        if names and len(event.article_ids) > 1:
            # an event that names the same people is as near as the nearest of its reports: one report's
            # wrong town ("Hillview, Ky." for a Memphis shooting) may have become the event's place
            for told in store.mentions_of(event.event_id):
                days = min(days, abs((mention.event_date - told.event_date).days))
                km = min(km, distance_km(mention.place.latitude, mention.place.longitude, told.place.latitude, told.place.longitude))
        found.append(_Candidate(event, days, km, names, len(shared) - names))
    return found


#: an identifier more nearby events than this carry is common talk, not an incident's own
DISTINCTIVE_SPREAD = 1


def _spread(events: list[Event], settings: Settings) -> Counter[str]:
    """How many of the events carry each identifier; a full name that two events of the same days
    (within `merge_day_window`) carry counts once: the same victim named on two events of one day is
    one incident stored twice (two reports that each matched neither, one placing it in the wrong
    town), while a name of common talk (a spokesman's, a police chief's) is carried on other days too.
    Ages and blocks are common enough that two events carrying one tell nothing."""
    carriers: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        for identifier in set(event.identifiers):
            carriers[identifier].append(event)
    spread: Counter[str] = Counter()
    for identifier, told in carriers.items():
        one_day = len(told) == 2 and abs((told[0].event_date - told[1].event_date).days) <= settings.merge_day_window
        spread[identifier] = 1 if one_day and identifier.startswith("name:") else len(told)
    return spread


def _same_incident(mention: Mention, candidate: _Candidate, settings: Settings) -> bool:
    """Same place and day (±window) is enough; reports that name the same people may differ
    more, as follow-ups and suburbs do; a place only known as a province needs the names."""
    event = candidate.event
    if candidate.days <= settings.merge_day_window and _same_place(mention, event, settings) and not _told_apart(mention, event):
        return True  # (unless the two tell of different people)
    if candidate.days <= settings.merge_day_window and _namesake_misread(mention, event):
        return True  # "Pasadena" on the same day with the same dead: one report took the Texan namesake
    same_region = mention.place.admin1 is not None and mention.place.admin1 == event.place.admin1
    if not candidate.names:
        close = candidate.days <= min(CLOSE_DAYS, settings.merge_corroborated_days) and _same_place(mention, event, settings)
        if close and candidate.details >= 2:
            return True  # the same place, a few days apart, and two ages or blocks no other event near shares
        if close and _same_toll_of_many(mention, event) and not _told_apart(mention, event):
            return True  # as many dead and hurt, four or more hit, at one place within days: a report dated by its own day
        same_days = candidate.days <= settings.merge_day_window and same_region
        if same_days and _same_toll_of_many(mention, event) and not _told_apart(mention, event):
            return True  # ten hurt on the same day in the state, one report placing them in a victim's home town
        # the same dead and hurt on the same day in the state, and an age or block no other event near shares:
        # one report placed the incident in the wrong town ("a 5-year-old" killed in a town of the state)
        return same_days and candidate.details >= 1 and _same_toll(mention, event, at_least=1)
    near = candidate.km <= settings.merge_corroborated_km and mention.place.geo_precision < 3 and event.place.geo_precision < 3
    if near and candidate.days <= min(CLOSE_DAYS, settings.merge_corroborated_days):
        return True  # "Darnell Hayes" shot in a suburb on Friday; "Darnell Hayes" shot in the city on Saturday
    if same_region and candidate.days <= settings.merge_day_window:
        return True  # the same people on the same day, one report placing them in the wrong town of the state
    if candidate.days <= settings.merge_day_window and candidate.names + candidate.details >= 2:
        return True  # the same person and age on the same day: one report put them in the wrong place
    return near and candidate.names + candidate.details >= 2  # a follow-up days later naming the same people


def _told_apart(mention: Mention, event: Event) -> bool:
    """Whether the reports tell different people: both give victims' ages and they share none of
    their identifiers (a 17-year-old on Elm Street, a 45-year-old on Oak Street: two shootings in one
    city on one night). Reports of one shooting nearly always repeat the age of someone in it; the
    same toll (one report giving the victim's age, the other a suspect's) still tells one incident."""
    mine_aged = any(i.startswith("age:") for i in mention.identifiers)
    theirs_aged = any(i.startswith("age:") for i in event.identifiers)
    injured = mention.injuries.best if mention.injuries is not None else None
    same_toll = mention.fatalities.best == event.fatalities and (
        mention.fatalities.best > 0 or (injured is not None and injured == event.injuries and injured > 0))
    return mine_aged and theirs_aged and not same_toll and not set(mention.identifiers).intersection(event.identifiers)


def _same_toll(mention: Mention, event: Event, at_least: int) -> bool:
    """Whether a mention tells the event's dead and hurt exactly, `at_least` people hit in all."""
    hurt = mention.injuries.best if mention.injuries is not None else 0
    toll = (mention.fatalities.best, hurt)
    return sum(toll) >= at_least and toll == (event.fatalities, event.injuries or 0)


def _same_toll_of_many(mention: Mention, event: Event) -> bool:
    """Whether a mention tells the event's dead and hurt exactly, MANY_HIT or more people hit: a toll
    that large is rare enough in one place within days to tell the incident without a shared name."""
    return _same_toll(mention, event, at_least=MANY_HIT)


#: people shot (dead and hurt) from which a toll tells its incident: four or more is the usual
#: threshold of a mass shooting (Gun Violence Archive), rare in one place within a few days
MANY_HIT = 4


def _namesake_misread(mention: Mention, event: Event) -> bool:
    """Whether a mention and an event name the same town, resolved to namesakes in two states, with
    the same number killed: one of the reports read the name as the wrong town."""
    a, b = mention.place, event.place
    return (a.location is not None and a.location == b.location and a.admin1 != b.admin1
            and a.geo_precision < 3 and b.geo_precision < 3 and mention.fatalities.best == event.fatalities)


#: reports naming one shared person may differ by this many days (a follow-up read with its own day);
#: further apart (up to `merge_corroborated_days`) they must share two identifiers
CLOSE_DAYS = 3


def _told_twice(mention: Mention, other: Mention, settings: Settings) -> bool:
    """Whether two mentions of one article tell one incident twice: the same day, the same place
    (or within `merge_distance_km`), the same dead and hurt, someone hurt, compatible types. The
    article's reading kept them apart (a headline and a later sentence, each read on its own), but
    a report that meant two incidents alike in all these would have said "another" or "separate"
    and been read so. Where someone died, a mention that tells nothing of the hurt agrees with any
    hurt: a headline ("Man arrested in fatal nightclub shooting") names the death and leaves the
    wounded to the sentence that tells the whole toll. Told with exactly the same toll, or telling
    some of the hurt of the same dead told before, the two are one incident wherever each is placed in
    one province or state (see `_in_one_region`, `_placed_apart_alike`, `_part_of_the_toll_told_before`)."""
    if mention.event_date != other.event_date or not types_compatible(mention.sub_event_type, other.sub_event_type):
        return False
    in_one_region = _in_one_region(mention, other)
    if in_one_region and _part_of_the_toll_told_before(mention, other):
        return True
    if mention.fatalities.best != other.fatalities.best or not _same_hurt_told(mention, other) \
            or mention.fatalities.best + _hurt(mention) == 0:
        return False
    near = distance_km(mention.place.latitude, mention.place.longitude, other.place.latitude,
                       other.place.longitude) <= settings.merge_distance_km
    return near or (in_one_region and _placed_apart_alike(mention, other))


def _in_one_region(mention: Mention, other: Mention) -> bool:
    """Whether two mentions are placed in one country and one province or state: a report's one incident
    placed apart by a victim's home town or a hospital is nearly always placed within its state, while a
    round-up's incidents of one day are told province by province ("in Idlib ... in Deir ez-Zor ...")."""
    return mention.place.country_code == other.place.country_code and mention.place.admin1 == other.place.admin1


def _placed_apart_alike(mention: Mention, other: Mention) -> bool:
    """Whether two mentions of one article, on one day and far apart, tell exactly the same toll: the
    same dead and, both telling it, the same hurt. A
    report's one incident is placed apart by a sentence naming where a victim lived or was treated
    ("flown to a trauma centre in the state capital", "a 19-year-old from a town two counties away"),
    or by a street or a person read as a town; two incidents of one day in two towns are told each
    with its own toll, and two tolls alike to the last person, both told, are that one incident again."""
    # a toll left half told is no toll to compare at a distance, nor one telling only the dead: "a man was
    # killed in Saraqeb ... a woman was killed in Maarat al-Numan" are two deaths of one province's day
    return mention.injuries is not None and other.injuries is not None


def _part_of_the_toll_told_before(mention: Mention, other: Mention) -> bool:
    """Whether a mention tells the dead an earlier mention of its article told, someone dead, and some
    of its hurt (both telling the hurt, the later no more of them): a report opens with the whole
    toll ("one dead and five wounded at a street fair") and further on singles out some of the
    victims, wherever they were taken or came from ("three of the wounded were flown to a trauma
    centre two counties away"); that sentence is read as an incident of its own, placed there. A
    second incident of the same day would come with dead of its own, or be told as "another"."""
    if mention.fatalities.best == 0 or mention.fatalities.best != other.fatalities.best:
        return False
    if mention.injuries is None or other.injuries is None:
        return False  # a toll left half told tells nothing of whether its hurt are among the others'
    return mention.injuries.best <= other.injuries.best


def _same_hurt_told(mention: Mention, other: Mention) -> bool:
    """Whether two mentions of one article agree on the hurt: the same number, or, where someone
    died, one of them not telling the hurt at all (a death told alone says nothing of the wounded;
    with no one dead, a mention without a figure is no toll to compare)."""
    if mention.fatalities.best > 0 and (mention.injuries is None or other.injuries is None):
        return True
    return _hurt(mention) == _hurt(other)


def _hurt(mention: Mention) -> int:
    return mention.injuries.best if mention.injuries is not None else 0


def _matching(mention: Mention, store: Store, settings: Settings) -> list[_Candidate]:
    """The stored events this mention reports, best first: the event of an earlier mention of its own
    article that tells the same incident (DOMAIN.md: told twice in one article, it is one event); else
    the one sharing most names, then the closest in days and distance."""
    for told in store.mentions_of_article(mention.article_id):
        if told.mention_id != mention.mention_id and told.event_id is not None and _told_twice(mention, told, settings):
            event = store.event(told.event_id)
            if event is not None:
                return [_Candidate(event, 0, 0.0, 0, 0)]
    matching = [c for c in _candidates(mention, store, settings) if _same_incident(mention, c, settings)]
    return sorted(matching, key=lambda c: (-c.names, -c.details, c.days, c.km))


def find_event(mention: Mention, store: Store, settings: Settings) -> Event | None:
    """The event this mention reports, if one is stored: the one sharing most names, then the
    closest in days and distance."""
    matching = _matching(mention, store, settings)
    return matching[0].event if matching else None


def _told_as_one(mention: Mention, matching: list[_Candidate]) -> list[Event]:
    """The other events the mention's report shows to be the event it joins: events it reports as
    well, with the same dead as that event and as the report (the same incident stored twice,
    each report having matched only one of them, until this one matched both); or an event the
    report tells alike, its dead and hurt on its day, though the event it joins (by the names they
    share) has since counted another death (a victim who died later). Otherwise, where the dead
    differ the report may tell either of two incidents, and the two stay apart; so do events
    holding a report of the same article (its own reading keeps them apart)."""
    chosen = matching[0].event
    joined = [chosen]
    for candidate in matching[1:]:
        event = candidate.event
        if not (mention.fatalities.best == chosen.fatalities == event.fatalities or _told_alike(mention, candidate)):
            continue
        if any(set(event.article_ids).intersection(other.article_ids) for other in joined):
            continue
        if not all(types_compatible(event.sub_event_type, other.sub_event_type) for other in joined):
            continue
        joined.append(event)
    return joined[1:]


def _told_alike(mention: Mention, candidate: _Candidate) -> bool:
    """Whether a matching event tells the mention's incident as the mention does: the same day, the
    same dead and the same hurt, someone hit."""
    hurt = mention.injuries.best if mention.injuries is not None else 0
    toll = (mention.fatalities.best, hurt)
    return candidate.days == 0 and sum(toll) > 0 and toll == (candidate.event.fatalities, candidate.event.injuries or 0)


def merge_mention(mention: Mention, store: Store, settings: Settings) -> tuple[Event, bool]:
    """Store the mention's event (new or updated, with any other event it shows to be the same
    incident folded into it); True when a new event was created."""
    matching = _matching(mention, store, settings)
    existing = matching[0].event if matching else None
    if existing is None:
        event = fuse(event_id_for(mention.mention_id), [mention])
        folded: list[Event] = []
    else:
        folded = _told_as_one(mention, matching)
        mentions = [m for e in [existing, *folded] for m in store.mentions_of(e.event_id) if m.mention_id != mention.mention_id]
        event = fuse(existing.event_id, mentions + [mention])
    store.save_event(event)
    for other in folded:
        store.fold_event(other.event_id, event.event_id)
    store.record_changes(changes_made(existing, event, mention) + [
        EventChange(event_id=event.event_id, change="event joined", article_id=mention.article_id,
                    detail=f"joined with event {other.event_id} ({len(other.article_ids)} articles): article {mention.article_id} reports both")
        for other in folded])
    return event, existing is None
