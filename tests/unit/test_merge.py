"""Merging: fusion of one incident's reports, and attaching mentions to events (merge/); the tests that
merge through a store run on both stores, SQLite and PostgreSQL (the `databases` fixture)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from wirecoder.merge import event_id_for, find_event, fuse, merge_mention
from wirecoder.model import Actor, Article, Count, Evidence, Mention, Place
from wirecoder.settings import Settings
from wirecoder.store import Store, open_store

SETTINGS = Settings()

BAB_AMR = Place(location="Bab Amr", country="Syria", country_code="SY", iso3="SYR", admin1="Homs", admin2="Homs",
                latitude=34.71, longitude=36.69, geo_precision=2, feature="neighbourhood")
HOMS_CITY = Place(location="Homs", country="Syria", country_code="SY", iso3="SYR", admin1="Homs", admin2="Homs",
                  latitude=34.72, longitude=36.72, geo_precision=1, geonameid=169577, feature="city")
HOMS_PROVINCE = Place(location="Homs", country="Syria", country_code="SY", iso3="SYR", admin1="Homs",
                      latitude=34.72, longitude=36.72, geo_precision=3, geonameid=169575, feature="admin1")
RASTAN = Place(location="Ar Rastan", country="Syria", country_code="SY", iso3="SYR", admin1="Homs",
               latitude=34.93, longitude=36.73, geo_precision=1, geonameid=172946, feature="city")  # ~24 km from Homs
HERMEL = Place(location="Hermel", country="Lebanon", country_code="LB", iso3="LBN", admin1="Baalbek-Hermel",
               latitude=34.73, longitude=36.72, geo_precision=1, feature="city")  # same spot, another country (test only)

SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
PROTEST = ("Protests", "Peaceful protest")


def _mention(article_id: str, killed: int | Count = 0, *, number: int = 0, place: Place = HOMS_CITY,
             day: date = date(2012, 1, 13), precision: int = 1, kind: tuple[str, str] = SHELLING, outlet: str | None = None,
             published: date | None = date(2012, 1, 14), claimants: tuple[str, ...] = (), injuries: int | None = None,
             actor1: Actor | None = None, identifiers: tuple[str, ...] = ()) -> Mention:
    count = killed if isinstance(killed, Count) else Count.exact(killed)
    return Mention(
        mention_id=f"{article_id}-m{number}", article_id=article_id, event_type=kind[0], sub_event_type=kind[1],
        event_date=day, time_precision=precision, place=place, actor1=actor1, fatalities=count,
        injuries=None if injuries is None else Count.exact(injuries), claimants=list(claimants),
        evidence=[Evidence(article_id, 0, 20, f"evidence of {article_id}")], notes=f"Reported by {article_id}.",
        outlet=outlet or f"Outlet {article_id}", published=published, identifiers=sorted(identifiers),
    )


# --- fusion -----------------------------------------------------------------------------------------


def test_fuse_keeps_the_lowest_death_toll_and_the_range_and_flags_the_contradiction() -> None:
    event = fuse("ev-x", [_mention("a1", 6, outlet="Test Wire"), _mention("a2", 37, outlet="Other Wire")])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (6, 6, 37)
    assert event.contradictions == ["fatalities differ between reports: 6 (Test Wire), 37 (Other Wire)"]


def test_close_tolls_are_no_contradiction() -> None:
    event = fuse("ev-x", [_mention("a1", 9), _mention("a2", 11)])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (9, 9, 11)
    assert event.contradictions == []


def test_a_report_without_deaths_does_not_pull_the_toll_to_zero() -> None:
    event = fuse("ev-x", [_mention("a1", 0), _mention("a2", 8), _mention("a3", 0)])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (8, 8, 8)
    assert event.contradictions == []


def test_a_lone_lower_toll_two_independent_reports_contradict_is_not_the_credible_one() -> None:
    # the first report counted one dead; two later, independent reports count two (a victim died in hospital)
    first = _mention("a1", 1, injuries=2, published=date(2012, 1, 13))
    later = [_mention(f"a{n}", 2, injuries=1, published=date(2012, 1, 14)) for n in (2, 3)]
    event = fuse("ev-x", [first, *later])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (2, 1, 2)
    assert event.injuries == 1


def test_a_lower_toll_told_after_the_agreeing_reports_stands() -> None:
    # two reports of 3 dead, then a later one of 2: a correction, and the lowest credible figure
    agreeing = [_mention(f"a{n}", 3, published=date(2012, 1, 13)) for n in (1, 2)]
    assert fuse("ev-x", [*agreeing, _mention("a3", 2, published=date(2012, 1, 15))]).fatalities == 2
    # told the same day as the agreeing ones, the lower figure stands too
    assert fuse("ev-x", [*agreeing, _mention("a3", 2, published=date(2012, 1, 13))]).fatalities == 2


def test_vague_estimates_corroborate_nothing() -> None:
    several = [_mention(f"a{n}", Count(best=3, low=3, high=None), published=date(2012, 1, 15)) for n in (1, 2)]
    assert fuse("ev-x", [_mention("a3", 2, published=date(2012, 1, 13)), *several]).fatalities == 2


def test_copies_of_one_story_corroborate_nothing() -> None:
    copies = [replace(_mention(f"a{n}", 9), story_id="a2") for n in (2, 3)]
    assert fuse("ev-x", [_mention("a1", 4), *copies]).fatalities == 4


def test_when_both_tolls_are_corroborated_the_lower_one_stands() -> None:
    event = fuse("ev-x", [_mention("a1", 3), _mention("a2", 3), _mention("a3", 5), _mention("a4", 5), _mention("a5", 5)])
    assert event.fatalities == 3


def test_reports_leading_with_the_incident_tell_its_hurt_over_one_naming_it_in_passing() -> None:
    leading = _mention("a1", injuries=3, number=1)
    leading.mention_id = "a1:m1"
    in_passing = _mention("a2", injuries=1, number=2)
    in_passing.mention_id = "a2:m2"  # the second incident its report tells
    assert fuse("ev-x", [leading, in_passing]).injuries == 3
    silent = _mention("a3", number=1)
    silent.mention_id = "a3:m1"  # leads with the incident, tells no one hurt
    assert fuse("ev-x", [silent, in_passing]).injuries == 1


def test_no_deaths_reported_gives_zero() -> None:
    event = fuse("ev-x", [_mention("a1", 0), _mention("a2", 0)])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (0, 0, 0)


def test_ranges_within_reports_widen_low_and_high() -> None:
    event = fuse("ev-x", [_mention("a1", Count(best=10, low=10, high=15)), _mention("a2", Count(best=12, low=None, high=None))])
    assert (event.fatalities, event.fatalities_low, event.fatalities_high) == (10, 10, 15)


def test_fuse_unites_articles_sources_claimants_and_evidence_in_publication_order() -> None:
    later = _mention("a2", 5, outlet="Other Wire", claimants=("SOHR", "activists"), published=date(2012, 1, 15))
    earlier = _mention("a1", 5, outlet="Test Wire", claimants=("activists",), published=date(2012, 1, 14))
    again = _mention("a1", 5, number=1, outlet="Test Wire", claimants=("SANA",), published=date(2012, 1, 14))
    event = fuse("ev-x", [later, earlier, again])
    assert event.article_ids == ["a1", "a2"]
    assert event.mention_ids == ["a1-m0", "a1-m1", "a2-m0"]
    assert event.sources == ["Test Wire", "Other Wire"]
    assert event.claimants == ["activists", "SANA", "SOHR"]
    assert [e.article_id for e in event.evidence] == ["a1", "a1", "a2"]
    # notes are written from the fused fields, counting articles (not mentions)
    assert event.notes.startswith("On 2012-01-13, shelling/artillery/missile attack")
    assert "5 killed" in event.notes and event.notes.endswith("Reported by 2 articles.")


def test_fuse_takes_the_most_precise_place_and_date() -> None:
    vague = _mention("a1", 4, place=HOMS_PROVINCE, day=date(2012, 1, 11), precision=2)
    precise = _mention("a2", 4, place=BAB_AMR, day=date(2012, 1, 13), precision=1)
    coarse_again = _mention("a3", 4, place=HOMS_PROVINCE, day=date(2012, 1, 11), precision=2)
    event = fuse("ev-x", [vague, precise, coarse_again])
    assert event.place == BAB_AMR
    assert (event.event_date, event.time_precision) == (date(2012, 1, 13), 1)


def test_fuse_takes_the_most_reported_type_and_actors_from_it() -> None:
    army = Actor("Military Forces of Syria (2000-)", 1)
    event = fuse("ev-x", [_mention("a1", kind=CLASH), _mention("a2", actor1=army), _mention("a3")])
    assert (event.event_type, event.sub_event_type) == SHELLING
    assert event.actor1 == army


def test_fuse_injuries() -> None:
    assert fuse("ev-x", [_mention("a1", injuries=30), _mention("a2", injuries=12)]).injuries == 12
    # the count of the hurt most independent reports give: a lower one is mostly a part (the victim a
    # follow-up is about), not a more careful estimate as a lower death toll may be
    most = [_mention(f"a{n}", injuries=4, published=date(2012, 1, 13)) for n in (1, 2)]
    assert fuse("ev-x", [*most, _mention("a3", injuries=1, published=date(2012, 1, 15))]).injuries == 4
    copies = [replace(_mention(f"a{n}", injuries=4), story_id="a1") for n in (1, 2)]
    assert fuse("ev-x", [*copies, _mention("a3", injuries=1)]).injuries == 1
    assert fuse("ev-x", [_mention("a1", injuries=0), _mention("a2")]).injuries == 0
    assert fuse("ev-x", [_mention("a1"), _mention("a2")]).injuries is None


def test_fuse_needs_a_mention() -> None:
    with pytest.raises(ValueError):
        fuse("ev-x", [])


# --- attaching mentions to events ----------------------------------------------------------------------


@pytest.fixture
def store(databases) -> Store:
    opened = open_store(databases.scratch())
    yield opened
    opened.close()


def _add(store: Store, *mentions: Mention) -> list[tuple[str, bool]]:
    """Store each article with its mentions and merge them in order, as process() does; (event_id, created) per mention."""
    results = []
    by_article: dict[str, list[Mention]] = {}
    for mention in mentions:
        by_article.setdefault(mention.article_id, []).append(mention)
    for article_id, own in by_article.items():
        with store.transaction():
            store.add_article(Article(id=article_id, text="text", content_hash=article_id), own, [])
            for mention in own:
                event, created = merge_mention(mention, store, SETTINGS)
                results.append((event.event_id, created))
    return results


def test_two_articles_same_place_next_day_compatible_types_are_one_event(store: Store) -> None:
    first = _mention("a1", 9, day=date(2012, 1, 13), outlet="Test Wire")
    second = _mention("a2", 11, place=BAB_AMR, day=date(2012, 1, 14), kind=CLASH, outlet="Other Wire",
                      published=date(2012, 1, 15))
    results = _add(store, first, second)
    assert results == [(event_id_for("a1-m0"), True), (event_id_for("a1-m0"), False)]
    (event,) = store.events()
    assert event.event_id == event_id_for("a1-m0")
    assert event.article_ids == ["a1", "a2"]
    assert event.sources == ["Test Wire", "Other Wire"]
    assert (event.fatalities, event.fatalities_high) == (9, 11)
    assert [m.mention_id for m in store.mentions_of(event.event_id)] == ["a1-m0", "a2-m0"]


def test_places_within_the_distance_merge_and_farther_ones_do_not(store: Store) -> None:
    near = replace(HOMS_CITY, location="Karm al-Zeitoun", geonameid=None, latitude=34.75, longitude=36.75)  # ~4 km
    _add(store, _mention("a1", 3), _mention("a2", 3, place=near), _mention("a3", 3, place=RASTAN))
    assert sorted(e.article_ids for e in store.events()) == [["a1", "a2"], ["a3"]]


def test_same_place_and_day_with_different_people_are_two_events(store: Store, databases) -> None:
    # two shootings in one city on one night: each report gives its own victim's age and nothing is shared
    _add(store, _mention("a1", 1, identifiers=("age:17", "block:900 elm", "name:omar haddad")),
         _mention("a2", 0, identifiers=("age:45", "name:rami nasser")))
    assert store.count("events") == 2
    # one shared identifier, a report that gives no age, or the same dead still join on place and day
    store2 = open_store(databases.new())
    _add(store2, _mention("a1", 1, identifiers=("age:17", "name:omar haddad")),
         _mention("a2", 1, identifiers=("age:19", "name:omar haddad")),
         _mention("a3", 0, identifiers=("name:lina saad",)),
         _mention("a4", 1, identifiers=("age:33",)))
    assert [e.article_ids for e in store2.events()] == [["a1", "a2", "a3", "a4"]]
    store3 = open_store(databases.new())  # no one dead, the same two hurt
    _add(store3, _mention("a1", 0, injuries=2, identifiers=("age:17",)), _mention("a2", 0, injuries=2, identifiers=("age:45",)))
    assert store3.count("events") == 1
    store3.close()
    store2.close()


def test_two_incidents_of_one_article_are_never_merged(store: Store) -> None:
    results = _add(store, _mention("a1", 2, number=0), _mention("a1", 5, number=1))
    assert [created for _, created in results] == [True, True]
    assert store.count("events") == 2


def test_three_days_apart_are_two_events(store: Store) -> None:
    _add(store, _mention("a1", 2, day=date(2012, 1, 10)), _mention("a2", 2, day=date(2012, 1, 13)))
    assert [e.article_ids for e in store.events()] == [["a1"], ["a2"]]


def test_reports_naming_the_same_person_merge_days_and_km_apart(store: Store) -> None:
    # a follow-up read with its own day; a suburb named instead of the city
    _add(store, _mention("a1", 1, day=date(2012, 1, 10), identifiers=("name:omar haddad", "age:17")),
         _mention("a2", 1, day=date(2012, 1, 13), place=RASTAN, identifiers=("name:omar haddad",)))
    assert [e.article_ids for e in store.events()] == [["a1", "a2"]]
    assert store.events().__next__().identifiers == ["age:17", "name:omar haddad"]


def test_a_week_apart_one_shared_name_is_not_enough(store: Store, databases) -> None:
    _add(store, _mention("a1", 1, day=date(2012, 1, 6), identifiers=("name:omar haddad",)),
         _mention("a2", 1, day=date(2012, 1, 12), identifiers=("name:omar haddad",)))
    assert store.count("events") == 2
    store2 = open_store(databases.new())
    _add(store2, _mention("a1", 1, day=date(2012, 1, 6), identifiers=("name:omar haddad", "block:900 elm")),
         _mention("a2", 1, day=date(2012, 1, 12), identifiers=("name:omar haddad", "block:900 elm")))
    assert store2.count("events") == 1
    store2.close()


def test_without_names_two_distinctive_ages_at_the_same_place_join_within_three_days(store: Store, databases) -> None:
    _add(store, _mention("a1", 1, day=date(2012, 1, 10), identifiers=("age:15", "age:17")),
         _mention("a2", 1, day=date(2012, 1, 13), identifiers=("age:15", "age:17")))
    assert store.count("events") == 1
    store2 = open_store(databases.new())  # one age is not enough, nor two ages in another town
    _add(store2, _mention("a1", 1, day=date(2012, 1, 10), identifiers=("age:15", "age:17")),
         _mention("a2", 1, day=date(2012, 1, 13), identifiers=("age:17",)),
         _mention("a3", 1, day=date(2012, 1, 13), place=RASTAN, identifiers=("age:15", "age:17")))
    assert store2.count("events") == 3
    store2.close()


def test_without_names_the_same_toll_of_four_or_more_at_the_same_place_joins_within_three_days(store: Store, databases) -> None:
    # a later report dated by its own day: five hurt at the same town two days on, and nobody named by both
    _add(store, _mention("a1", 0, injuries=5, day=date(2012, 1, 10), identifiers=("age:22",)),
         _mention("a2", 0, injuries=5, day=date(2012, 1, 12)))
    assert store.count("events") == 1
    # a toll of two is too common to tell the incident; another toll, or a week later, is another incident
    store2 = open_store(databases.new())
    _add(store2, _mention("a1", 0, injuries=2, day=date(2012, 1, 1)), _mention("a2", 0, injuries=2, day=date(2012, 1, 3)),
         _mention("a3", 1, injuries=5, day=date(2012, 1, 20)), _mention("a4", 1, injuries=4, day=date(2012, 1, 22)),
         _mention("a5", 1, injuries=5, day=date(2012, 1, 27)))
    assert store2.count("events") == 5
    store2.close()


def test_the_same_toll_and_an_age_on_the_same_day_join_across_the_province(store: Store, databases) -> None:
    # one report placed the shooting of a 9-year-old in another town of the province, ~140 km away
    far_town = replace(RASTAN, location="Tadmur", geonameid=None, latitude=34.56, longitude=38.28)
    _add(store, _mention("a1", 1, identifiers=("age:9", "age:31")), _mention("a2", 1, place=far_town, identifiers=("age:9",)))
    assert store.count("events") == 1
    # without the shared age, with another toll, or in another province, they stay apart
    hama = replace(RASTAN, location="Hama", admin1="Hama", geonameid=None, latitude=35.13, longitude=36.75)
    for second in (_mention("a2", 1, place=far_town, identifiers=("age:40",)),
                   _mention("a2", 2, place=far_town, identifiers=("age:9",)),
                   _mention("a2", 1, place=hama, identifiers=("age:9",))):
        apart = open_store(databases.new())
        _add(apart, _mention("a1", 1, identifiers=("age:9", "age:31")), second)
        assert apart.count("events") == 2
        apart.close()


def test_the_same_toll_of_four_or_more_on_the_same_day_joins_across_the_province(store: Store, databases) -> None:
    # six hurt at a fair; a later report placed them in the far town most of them came from, the next day
    far_town = replace(RASTAN, location="Tadmur", geonameid=None, latitude=34.56, longitude=38.28)
    _add(store, _mention("a1", 0, injuries=6), _mention("a2", 0, injuries=6, place=far_town, day=date(2012, 1, 14)))
    assert store.count("events") == 1
    # three hit is too common a toll to say so; another toll, or another province, stays apart
    hama = replace(RASTAN, location="Hama", admin1="Hama", geonameid=None, latitude=35.13, longitude=36.75)
    for first, second in ((_mention("a1", 1, injuries=2), _mention("a2", 1, injuries=2, place=far_town)),
                          (_mention("a1", 0, injuries=6), _mention("a2", 0, injuries=5, place=far_town)),
                          (_mention("a1", 0, injuries=6), _mention("a2", 0, injuries=6, place=hama))):
        apart = open_store(databases.new())
        _add(apart, first, second)
        assert apart.count("events") == 2
        apart.close()


def test_a_county_and_a_town_in_it_are_one_place(store: Store) -> None:
    county = Place(location="Weld County", country="United States", country_code="US", iso3="USA", admin1="Colorado",
                   admin2="Weld County", latitude=40.55, longitude=-104.39, geo_precision=2, feature="admin2")
    town = Place(location="Keenesburg", country="United States", country_code="US", iso3="USA", admin1="Colorado",
                 admin2="Weld County", latitude=40.11, longitude=-104.52, geo_precision=1, feature="city")  # ~50 km from the centre
    elsewhere = replace(town, location="Brighton", admin2="Adams County", latitude=39.98, longitude=-104.82)  # ~29 km
    _add(store, _mention("a1", 1, place=county), _mention("a2", 1, place=town), _mention("a3", 1, place=elsewhere))
    assert sorted(e.article_ids for e in store.events()) == [["a1", "a2"], ["a3"]]


def test_a_town_read_as_its_namesake_in_another_state_joins_with_the_same_dead(store: Store) -> None:
    california = Place(location="Pasadena", country="United States", country_code="US", iso3="USA", admin1="California",
                       latitude=34.15, longitude=-118.14, geo_precision=1, feature="city")
    texas = replace(california, admin1="Texas", latitude=29.69, longitude=-95.21)
    _add(store, _mention("a1", 1, place=california, kind=CLASH), _mention("a2", 1, place=texas, kind=CLASH),
         _mention("a3", 2, place=texas, kind=CLASH), _mention("a4", 1, place=texas, kind=CLASH, day=date(2012, 1, 16)))
    # the same dead the same day join; another toll, or days later, is another incident
    assert sorted(e.article_ids for e in store.events()) == [["a1", "a2"], ["a3"], ["a4"]]


def test_the_same_person_and_block_on_the_same_day_join_wherever_placed(store: Store, databases) -> None:
    misplaced = replace(RASTAN, location="Aleppo", geonameid=None, latitude=36.20, longitude=37.16, admin1="Aleppo")  # ~170 km
    told = ("age:17", "block:900 elm", "name:omar haddad")
    _add(store, _mention("a1", 1, identifiers=told), _mention("a2", 1, place=misplaced, identifiers=told[1:]))
    assert store.count("events") == 1
    other = open_store(databases.new())
    _add(other, _mention("a1", 1, identifiers=told), _mention("a2", 1, place=misplaced, identifiers=("name:omar haddad",)))
    assert other.count("events") == 2
    other.close()


def test_an_event_misplaced_by_one_report_is_still_near_its_other_reports(store: Store) -> None:
    # the earliest report put the incident in the wrong town (and so did the event); a later report of the
    # right town naming one of the same people still joins it, as near as the report that got it right
    misplaced = replace(RASTAN, location="Aleppo", geonameid=None, latitude=36.20, longitude=37.16, admin1="Aleppo")  # ~170 km
    told = ("age:17", "block:900 elm", "name:omar haddad")
    _add(store, _mention("a1", 1, place=misplaced, identifiers=told, published=date(2012, 1, 13)),
         _mention("a2", 1, identifiers=told, published=date(2012, 1, 14)))
    (event,) = store.events()
    assert event.place.location == "Aleppo"  # the earlier of two places told once each
    _add(store, _mention("a3", 1, identifiers=("name:omar haddad",), published=date(2012, 1, 15)))
    (event,) = store.events()
    assert (event.article_ids, event.place.location) == (["a1", "a2", "a3"], "Homs")


def test_a_name_several_nearby_events_carry_tells_none_apart(store: Store) -> None:
    # a spokesman quoted on two reports a week apart is no victim: a third report naming him joins neither
    spokesman = ("name:sami khalil",)
    _add(store, _mention("a1", 1, day=date(2012, 1, 8), identifiers=spokesman),
         _mention("a2", 1, day=date(2012, 1, 3), identifiers=spokesman),
         _mention("a3", 1, day=date(2012, 1, 9), place=RASTAN, identifiers=spokesman))
    assert store.count("events") == 3


def test_a_name_two_events_of_the_same_day_carry_is_still_the_victim_s(store: Store) -> None:
    # one report puts the shelling that killed Omar Haddad in Homs, another the same day in Aleppo (a town misread):
    # two events carry his name. A third report naming him and his age in Homs tells the incident of both: the
    # name is his, not common talk, and the two events are folded into one
    far = replace(RASTAN, location="Aleppo", geonameid=None, latitude=36.20, longitude=37.16, admin1="Aleppo")
    _add(store, _mention("a1", 1, identifiers=("name:omar haddad",)),
         _mention("a2", 1, place=far, identifiers=("name:omar haddad", "age:17")))
    assert store.count("events") == 2
    _add(store, _mention("a3", 1, identifiers=("name:omar haddad", "age:17")))
    assert [sorted(e.article_ids) for e in store.events()] == [["a1", "a2", "a3"]]


def test_different_countries_are_two_events(store: Store) -> None:
    _add(store, _mention("a1", 2), _mention("a2", 2, place=HERMEL))
    assert sorted(e.place.country for e in store.events()) == ["Lebanon", "Syria"]


def test_incompatible_types_are_two_events(store: Store) -> None:
    _add(store, _mention("a1", 2), _mention("a2", 0, kind=PROTEST))
    assert store.count("events") == 2


def test_a_province_and_a_town_in_it_are_not_known_to_be_one_place(store: Store) -> None:
    _add(store, _mention("a1", 2, place=RASTAN), _mention("a2", 2, place=HOMS_PROVINCE))
    assert store.count("events") == 2


def test_the_nearest_day_wins_among_candidates(store: Store) -> None:
    # one article's two incidents stay two events; a second article's report joins the one on its own day
    _add(store, _mention("a1", 1, number=0, day=date(2012, 1, 12)), _mention("a1", 4, number=1, day=date(2012, 1, 13)))
    _add(store, _mention("a2", 5, day=date(2012, 1, 13)))
    assert sorted((e.event_date.day, e.article_ids, e.fatalities) for e in store.events()) == [
        (12, ["a1"], 1), (13, ["a1", "a2"], 4)]


def test_the_nearest_place_wins_among_candidates(store: Store) -> None:
    near = replace(HOMS_CITY, location="Karm al-Zeitoun", geonameid=None, latitude=34.75, longitude=36.75)
    _add(store, _mention("a1", 1, number=0, place=near), _mention("a1", 4, number=1, place=HOMS_CITY))
    _add(store, _mention("a2", 5, place=HOMS_CITY))
    assert sorted((e.place.location, e.article_ids) for e in store.events()) == [
        ("Homs", ["a1", "a2"]), ("Karm al-Zeitoun", ["a1"])]


def test_a_report_matching_two_events_with_the_same_dead_folds_them_into_one(store: Store) -> None:
    # the first report names the victim and places the shelling in Ar Rastan; the second, unnamed, puts it
    # in Homs, 24 km off: two events, until a third names the victim in Homs and so matches both
    named = ("name:yusuf darwish",)
    results = _add(store, _mention("a1", 3, place=RASTAN, identifiers=named), _mention("a2", 3),
                   _mention("a3", 3, identifiers=named))
    assert [e.article_ids for e in store.events()] == [["a1", "a2", "a3"]]
    kept = results[0][0]
    assert [m.event_id for m in store.mentions_of_article("a2")] == [kept]
    changes = [(c.change, c.article_id) for c in store.history(kept)]
    assert ("created", "a2") in changes and ("event joined", "a3") in changes
    assert store.event(results[1][0]) is None and store.history(results[1][0]) == []


def test_a_report_telling_one_event_alike_and_naming_the_other_s_victim_folds_them(store: Store) -> None:
    # a follow-up names the victim, now dead, two days on in Ar Rastan; an unnamed report has five hurt in Homs that
    # day; a third names the victim and tells five hurt in Homs that day: it is the unnamed report's incident, told
    # alike, and the named one's: one incident, though the follow-up counts a death the others do not yet
    named = ("name:yusuf darwish",)
    _add(store, _mention("a1", 1, place=RASTAN, day=date(2012, 1, 15), injuries=5, identifiers=named),
         _mention("a2", 0, injuries=5), _mention("a3", 0, injuries=5, identifiers=named))
    assert [sorted(e.article_ids) for e in store.events()] == [["a1", "a2", "a3"]]


def test_a_report_matching_two_events_with_other_dead_leaves_them_apart(store: Store) -> None:
    named = ("name:yusuf darwish",)
    _add(store, _mention("a1", 3, place=RASTAN, identifiers=named), _mention("a2", 5), _mention("a3", 3, identifiers=named))
    assert sorted(e.article_ids for e in store.events()) == [["a1", "a3"], ["a2"]]


def test_an_incident_one_report_tells_twice_alike_is_one_event(store: Store) -> None:
    # the headline and the tenth sentence each read on their own: one shelling, one day, four dead, twice
    _add(store, _mention("a1", 4, number=0, injuries=2), _mention("a1", 4, number=1, injuries=2, place=BAB_AMR))
    assert [e.mention_ids for e in store.events()] == [["a1-m0", "a1-m1"]]


def test_a_death_told_without_the_hurt_is_the_incident_the_report_tells_with_them(store: Store) -> None:
    # "Two dead in Homs shelling" over a sentence giving the whole toll, two dead and five wounded
    _add(store, _mention("a1", 2, number=0, injuries=5), _mention("a1", 2, number=1, place=BAB_AMR))
    assert [e.mention_ids for e in store.events()] == [["a1-m0", "a1-m1"]]


def test_without_a_death_a_mention_that_tells_no_hurt_stays_apart(store: Store) -> None:
    # no one dead: a mention without a figure of the hurt is no toll to compare with "three wounded"
    _add(store, _mention("a1", 0, number=0, injuries=3), _mention("a1", 0, number=1, place=BAB_AMR))
    assert len(list(store.events())) == 2


def test_incidents_one_report_tells_with_other_tolls_stay_apart(store: Store) -> None:
    _add(store, _mention("a1", 4, number=0, injuries=2), _mention("a1", 1, number=1, injuries=2, place=BAB_AMR),
         _mention("a1", 4, number=2, injuries=2, day=date(2012, 1, 11)))
    assert len(list(store.events())) == 3


IDLIB = Place(location="Idlib", country="Syria", country_code="SY", iso3="SYR", admin1="Idlib",
              latitude=35.93, longitude=36.63, geo_precision=1, feature="city")  # ~135 km from Homs
PALMYRA = Place(location="Palmyra", country="Syria", country_code="SY", iso3="SYR", admin1="Homs",
                latitude=34.56, longitude=38.27, geo_precision=1, feature="city")  # ~150 km from Homs, in its province


def test_one_report_telling_the_same_toll_in_two_far_places_is_one_event(store: Store) -> None:
    # "a boy was wounded in Homs" and, further on, "the boy was taken to a hospital in Palmyra": both tell
    # no dead and one hurt, on the same day; the second place is the hospital's, not a second shooting
    _add(store, _mention("a1", 0, number=0, injuries=1), _mention("a1", 0, number=1, injuries=1, place=PALMYRA))
    assert [e.mention_ids for e in store.events()] == [["a1-m0", "a1-m1"]]


def test_one_dead_told_in_two_far_places_without_the_hurt_are_two_events(store: Store) -> None:
    # "a man was killed in Homs ... a woman was killed in Palmyra": a round-up's two deaths, even in one province
    _add(store, _mention("a1", 1, number=0), _mention("a1", 1, number=1, place=PALMYRA))
    assert len(list(store.events())) == 2


def test_one_toll_told_in_two_provinces_is_two_events(store: Store) -> None:
    # a round-up: "shelling killed two and wounded five in Homs ... in Idlib shelling killed two and wounded
    # five" (or three): each province's own incident, however alike the tolls
    _add(store, _mention("a1", 2, number=0, injuries=5), _mention("a1", 2, number=1, injuries=5, place=IDLIB),
         _mention("a1", 2, number=2, injuries=3, place=IDLIB))  # (the last is part of Idlib's toll)
    assert sorted(e.mention_ids for e in store.events()) == [["a1-m0"], ["a1-m1", "a1-m2"]]


def test_far_apart_a_toll_told_by_halves_or_another_toll_stays_apart(store: Store) -> None:
    # near, a death told without the hurt agrees with any hurt; far apart only the whole toll alike tells one incident
    _add(store, _mention("a1", 2, number=0, injuries=3), _mention("a1", 2, number=1, place=PALMYRA),
         _mention("a1", 0, number=2, injuries=2, place=RASTAN), _mention("a1", 0, number=3, injuries=1, place=PALMYRA))
    assert len(list(store.events())) == 4


def test_some_of_the_hurt_told_again_with_the_same_dead_is_the_incident_told_before(store: Store) -> None:
    # "one dead and four wounded in Homs" and, further on, "two of the wounded were taken to Palmyra": the same
    # death, two of the four hurt, placed at the hospital; near or far, it is the incident the report opened with
    _add(store, _mention("a1", 1, number=0, injuries=4), _mention("a1", 1, number=1, injuries=2, place=PALMYRA),
         _mention("a1", 1, number=2, injuries=0, place=RASTAN))
    assert [e.mention_ids for e in store.events()] == [["a1-m0", "a1-m1", "a1-m2"]]


def test_more_hurt_other_dead_or_a_half_told_toll_is_not_part_of_the_toll_told_before(store: Store) -> None:
    # more hurt than told before, other dead, or no hurt told at all (far away): each its own incident
    _add(store, _mention("a1", 1, number=0, injuries=2), _mention("a1", 1, number=1, injuries=3, place=PALMYRA),
         _mention("a1", 2, number=2, injuries=1, place=PALMYRA), _mention("a1", 1, number=3, place=RASTAN))
    assert len(list(store.events())) == 4


def test_find_event_without_candidates(store: Store) -> None:
    assert find_event(_mention("a1"), store, SETTINGS) is None


def test_event_ids_are_stable_and_derive_from_the_first_mention() -> None:
    assert event_id_for("a1-m0") == event_id_for("a1-m0")
    assert event_id_for("a1-m0") != event_id_for("a1-m1")
    assert event_id_for("a1-m0").startswith("ev-") and len(event_id_for("a1-m0")) == 19


def test_the_same_input_gives_the_same_event_ids_in_a_new_database(databases) -> None:
    mentions = [_mention("a1", 9), _mention("a2", 11, place=BAB_AMR), _mention("a3", 2, place=RASTAN, day=date(2012, 1, 5))]
    ids = []
    for _ in range(2):
        fresh = open_store(databases.new())
        _add(fresh, *mentions)
        ids.append(sorted(e.event_id for e in fresh.events()))
        fresh.close()
    assert ids[0] == ids[1] == sorted([event_id_for("a1-m0"), event_id_for("a3-m0")])


def test_history_records_creation_new_sources_and_revised_tolls(store: Store) -> None:
    results = _add(store, _mention("a1", 6, outlet="Test Wire"), _mention("a2", 37, outlet="Other Wire"),
                   _mention("a3", 4, day=date(2012, 1, 14), outlet="Third Wire"))
    event_id = results[0][0]
    assert [(c.change, c.article_id) for c in store.history(event_id)] == [
        ("created", "a1"), ("source added", "a2"), ("contradiction", "a2"),
        ("source added", "a3"), ("fatalities revised", "a3"), ("contradiction", "a3")]
    details = [c.detail for c in store.history(event_id)]
    assert details[4] == "fatalities 6 -> 4"
    assert details[0].startswith("created from Test Wire (article a1): Shelling/artillery/missile attack, 2012-01-13")
    assert all(c.recorded_at for c in store.history(event_id))
    assert store.history("ev-unknown") == []


# --- same story ----------------------------------------------------------------------------------------

WIRE_TEXT = ("Government forces shelled the Bab Amr district of Homs on Friday, killing nine people and wounding "
             "at least twelve, a monitoring group said, as residents fled toward the northern edge of the city "
             "and the shops along the main road stayed shut for a third day.")


def _reported(article_id: str, text: str, killed: int = 9) -> Mention:
    return replace(_mention(article_id, killed), evidence=[Evidence(article_id, 0, len(text), text)])


def test_a_wire_copy_and_a_light_rewrite_are_one_story_an_own_report_another(store: Store) -> None:
    from wirecoder.merge import assign_story

    original = _reported("a1", WIRE_TEXT)
    copy = _reported("a2", WIRE_TEXT)
    rewrite = _reported("a3", WIRE_TEXT.replace("on Friday", "late on Friday").replace("stayed shut", "remained closed"))
    own = _reported("a4", "Nine people died when shells hit a crowded street in the Bab Amr quarter of Homs, "
                          "a doctor at a field clinic told our reporter by telephone, adding that the clinic had "
                          "run out of blood and bandages by the evening and that more wounded were arriving.")
    with store.transaction():
        stories = [assign_story(m.article_id, [m], store) for m in (original, copy, rewrite, own)]
    assert stories == ["a1", "a1", "a1", "a4"]
    assert copy.story_id == "a1"
    assert fuse("ev-x", [original, copy, rewrite, own]).independent_sources == 2
    assert "Reported by 4 articles (2 independent)." in fuse("ev-x", [original, copy, rewrite, own]).notes


def test_a_short_report_has_no_story_and_counts_as_its_own_source(store: Store) -> None:
    from wirecoder.merge import assign_story

    short = _reported("a1", "Nine killed in Homs shelling.")
    with store.transaction():
        assert assign_story("a1", [short], store) is None
    assert short.story_id is None
    assert fuse("ev-x", [short, _reported("a2", "Nine killed in Homs shelling.")]).independent_sources == 2
