"""Actors in ACLED's naming with inter codes (extract/actors.py).

`actor_for_phrase` names the actor a phrase refers to, for a country and a day (state forces
carry the regime period ACLED uses); `assign` and the pipeline decide actor1/actor2 from the
parse, with the victim as actor2 in Violence against civilians."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.extract.actors import actor_for_phrase, assign, nation_of_forces
from wirecoder.model import Actor

DAY = date(2011, 12, 3)


@pytest.mark.parametrize(
    ("phrase", "name", "inter"),
    [
        ("security forces", "Military Forces of Syria (2000-)", 1),
        ("troops", "Military Forces of Syria (2000-)", 1),
        ("regime forces", "Military Forces of Syria (2000-)", 1),
        ("police", "Police Forces of Syria (2000-)", 1),
        ("riot police", "Police Forces of Syria (2000-)", 1),
        ("army defectors", "Mutiny of Military Forces of Syria (2000-)", 2),
        ("the Free Syrian Army", "Free Syrian Army", 2),
        ("rebels", "Rebel Forces (Syria)", 2),
        ("gunmen", "Unidentified Armed Group (Syria)", 3),
        ("unknown assailants", "Unidentified Armed Group (Syria)", 3),
        ("rioters", "Rioters (Syria)", 5),
        ("an angry mob", "Rioters (Syria)", 5),
        ("protesters", "Protesters (Syria)", 6),
        ("demonstrators", "Protesters (Syria)", 6),
        ("civilians", "Civilians (Syria)", 7),
        ("villagers", "Civilians (Syria)", 7),
    ],
)
def test_actor_for_phrase_in_syria_2011(phrase: str, name: str, inter: int) -> None:
    assert actor_for_phrase(phrase, "Syria", DAY) == Actor(name, inter)


def test_police_elsewhere_take_the_country_name() -> None:
    assert actor_for_phrase("police", "Egypt", DAY) == Actor("Police Forces of Egypt", 1)
    assert actor_for_phrase("policemen", "Kenya", date(2015, 3, 1)) == Actor("Police Forces of Kenya (2013-2022)", 1)


def test_regime_period_follows_the_day() -> None:
    assert actor_for_phrase("soldiers", "Nigeria", date(2012, 1, 20)) == Actor("Military Forces of Nigeria (2010-2015)", 1)
    assert actor_for_phrase("soldiers", "Nigeria", date(2016, 1, 20)) == Actor("Military Forces of Nigeria (2015-2023)", 1)


def test_named_group_keeps_its_name() -> None:
    boko = Actor("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2)
    assert actor_for_phrase("Boko Haram", "Nigeria", date(2012, 1, 20)) == boko
    # a named group wins over the generic word beside it ("militants" alone would be Rebel Forces)
    assert actor_for_phrase("suspected Boko Haram militants", "Nigeria", date(2012, 1, 20)) == boko


def test_phrase_naming_no_actor() -> None:
    assert actor_for_phrase("the ministry of health", "Syria", DAY) is None
    assert actor_for_phrase("officials", "Syria", DAY) is None


def test_united_states_takes_the_article() -> None:
    expected = Actor("Police Forces of the United States (2009-2017)", 1)
    assert actor_for_phrase("police", "United States", date(2012, 6, 1)) == expected


# --- assign, on a real parse -----------------------------------------------------------------------


def _token(language_model, text: str, word: str):
    parse = language_model.parse([text])[0]
    return next(t for t in parse if t.text == word)


def test_assign_violence_against_civilians_puts_the_victim_second(language_model) -> None:
    text = "Soldiers killed three villagers in the market."
    first, second = assign("Violence against civilians", "Attack", _token(language_model, text, "killed"), text, "Syria", DAY)
    assert first == Actor("Military Forces of Syria (2000-)", 1)
    assert second == Actor("Civilians (Syria)", 7)


def test_assign_battle_lists_state_forces_first(language_model) -> None:
    text = "Army defectors clashed with troops near the bridge."
    first, second = assign("Battles", "Armed clash", _token(language_model, text, "clashed"), text, "Syria", DAY)
    assert first == Actor("Military Forces of Syria (2000-)", 1)
    assert second == Actor("Mutiny of Military Forces of Syria (2000-)", 2)


def test_assign_does_not_take_the_source_for_an_actor(language_model) -> None:
    # "police said": the police are the source here, not the shooter, who is unnamed
    text = "A man was shot dead outside his home, police said."
    first, second = assign("Violence against civilians", "Attack", _token(language_model, text, "shot"), text, "United States",
                           date(2012, 6, 1))
    assert first == Actor("Unidentified Armed Group (United States)", 3)
    assert second == Actor("Civilians (United States)", 7)


# --- through the pipeline ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Gunmen killed three villagers in Rastan on Saturday, activists said.", Actor("Unidentified Armed Group (Syria)", 3)),
        ("Three villagers were killed by soldiers in Rastan on Saturday, activists said.",
         Actor("Military Forces of Syria (2000-)", 1)),
        ("Security forces shot dead a farmer at a checkpoint in Rastan on Saturday, activists said.",
         Actor("Military Forces of Syria (2000-)", 1)),
    ],
)
def test_victim_is_actor2_in_violence_against_civilians(read, text: str, actor1: Actor) -> None:
    (mention,) = read(text).mentions
    assert mention.event_type == "Violence against civilians"
    assert mention.actor1 == actor1
    assert mention.actor2 == Actor("Civilians (Syria)", 7)


def test_excessive_force_puts_the_state_first_and_the_protesters_second(read) -> None:
    (mention,) = read("Security forces opened fire on a demonstration in Rastan on Friday, killing four protesters, "
                      "activists said.").mentions
    assert mention.sub_event_type == "Excessive force against protesters"
    assert (mention.actor1, mention.actor2) == (Actor("Military Forces of Syria (2000-)", 1), Actor("Protesters (Syria)", 6))


def test_peaceful_protest_has_protesters_and_no_second_actor(read) -> None:
    (mention,) = read("Hundreds of people rallied in Rastan on Friday to demand reforms, activists said.").mentions
    assert (mention.actor1, mention.actor2) == (Actor("Protesters (Syria)", 6), None)


def test_actors_take_the_country_of_the_place(read) -> None:
    (mention,) = read("DAYTON, Ohio -- Gunmen shot dead a store clerk on Saturday night, police said.",
                      published="2012-06-03").mentions
    assert mention.place.country == "United States"
    assert mention.actor1 == Actor("Unidentified Armed Group (United States)", 3)
    assert mention.actor2 == Actor("Civilians (United States)", 7)


# --- forces named by their nation, and named groups ------------------------------------------------------


_NATIONS = {"Russian": "Russia", "Ukrainian": "Ukraine", "Israeli": "Israel", "Turkey's": "Turkey", "U.S.": "United States"}


def _nation_of(word: str) -> str | None:
    """A stand-in for the gazetteer's demonyms and aliases."""
    return _NATIONS.get(word)


KHARKIV_DAY = date(2022, 5, 11)


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Russian troops", "Military Forces of Russia (2000-)"),
        ("Russian armed forces", "Military Forces of Russia (2000-)"),
        ("Ukrainian government forces", "Military Forces of Ukraine (2019-)"),
        ("Israeli warplanes", "Military Forces of Israel"),
        ("Turkey's army", "Military Forces of Turkey"),
        ("U.S. soldiers", "Military Forces of the United States"),
        # the country of the report when no nation stands just before the forces
        ("troops", "Military Forces of Ukraine (2019-)"),
        ("Russian separatists", "Rebel Forces (Ukraine)"),
    ],
)
def test_state_forces_named_by_their_nation_are_that_nations(phrase: str, name: str) -> None:
    assert actor_for_phrase(phrase, "Ukraine", KHARKIV_DAY, _nation_of).name == name


@pytest.mark.parametrize("phrase", ["pro-Russian forces", "Russian-backed police", "the local police", "Ukrainian people's police"])
def test_no_nation_is_read_inside_a_hyphenated_word_or_further_back(phrase: str) -> None:
    forces = phrase.rindex(" ") + 1
    assert nation_of_forces(phrase, forces, _nation_of) is None


def test_without_a_reader_of_nations_forces_are_the_reports_country() -> None:
    assert actor_for_phrase("Russian troops", "Ukraine", KHARKIV_DAY) == Actor("Military Forces of Ukraine (2019-)", 1)


def test_the_other_sides_forces_are_found_past_the_first(language_model) -> None:
    text = "Russian troops clashed with Ukrainian troops near the river crossing."
    first, second = assign("Battles", "Armed clash", _token(language_model, text, "clashed"), text, "Ukraine", KHARKIV_DAY,
                           _nation_of)
    assert {first.name, second.name} == {"Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"}


@pytest.mark.parametrize(
    ("phrase", "country", "name"),
    [
        ("JNIM militants", "Burkina Faso", "JNIM: Group for Support of Islam and Muslims"),
        ("suspected ADF rebels", "Democratic Republic of the Congo", "ADF: Allied Democratic Forces"),
        ("M23 fighters", "Democratic Republic of the Congo", "M23: March 23 Movement"),
        ("Islamic State fighters", "Syria", "Islamic State (Syria)"),
        ("Islamic State fighters", "Iraq", "Islamic State (Iraq)"),
        ("the Syrian Democratic Forces", "Syria", "QSD: Syrian Democratic Forces"),
        ("PKK militants", "Turkey", "PKK: Kurdistan Workers Party"),
        ("FARC dissidents", "Colombia", "FARC: Revolutionary Armed Forces of Colombia"),
        ("the Rapid Support Forces", "Sudan", "RSF: Rapid Support Forces"),
        ("Wagner mercenaries", "Mali", "Wagner Group"),
    ],
)
def test_named_groups_take_their_acled_names(phrase: str, country: str, name: str) -> None:
    assert actor_for_phrase(phrase, country, DAY).name == name


def test_a_surname_is_not_a_group() -> None:
    # "Wagner" alone is a person's name in a shooting story; "RSF" alone is also a press-freedom group
    assert actor_for_phrase("Wagner", "United States", DAY) is None
    assert actor_for_phrase("RSF", "France", DAY) is None


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Russian forces shelled Kharkiv on Wednesday, killing two civilians, regional officials said.",
         Actor("Military Forces of Russia (2000-)", 1)),
        # a state's troopers are the country's police, not the Caucasus country's
        ("Georgia state troopers shot and killed a man during a traffic stop in Macon on Friday night, officials said.",
         Actor("Police Forces of the United States (2009-2017)", 1)),
    ],
)
def test_the_pipeline_reads_the_nation_of_the_forces(read, text: str, actor1: Actor) -> None:
    published = "2022-05-12" if "Kharkiv" in text else "2016-05-14"
    (mention,) = read(text, published=published).mentions
    assert mention.actor1 == actor1


# --- explosions and protests -------------------------------------------------------------------------------

NAIROBI_DAY = date(2019, 3, 2)


def test_state_forces_only_near_a_planted_bomb_are_its_target(language_model) -> None:
    text = "A roadside bomb exploded beside a police truck on the highway, killing two officers."
    first, second = assign("Explosions/Remote violence", "Remote explosive/landmine/IED", _token(language_model, text, "exploded"),
                           text, "Kenya", NAIROBI_DAY)
    assert first == Actor("Unidentified Armed Group (Kenya)", 3)
    assert second == Actor("Police Forces of Kenya (2013-2022)", 1)


def test_soldiers_who_fire_the_shells_stay_first(language_model) -> None:
    text = "Soldiers shelled the hillside village at dawn, killing three farmers."
    first, second = assign("Explosions/Remote violence", "Shelling/artillery/missile attack", _token(language_model, text, "shelled"),
                           text, "Syria", DAY)
    assert (first, second) == (Actor("Military Forces of Syria (2000-)", 1), Actor("Civilians (Syria)", 7))


def test_a_thrown_grenade_has_an_unnamed_thrower_and_civilian_victims(language_model) -> None:
    text = "A grenade was tossed into a crowded bar late on Saturday, wounding nine people."
    first, second = assign("Explosions/Remote violence", "Grenade", _token(language_model, text, "tossed"), text, "Kenya", NAIROBI_DAY)
    assert (first, second) == (Actor("Unidentified Armed Group (Kenya)", 3), Actor("Civilians (Kenya)", 7))


def test_the_military_breaking_up_a_protest_is_the_second_actor(language_model) -> None:
    text = "The military fired tear gas at marchers in the capital, injuring twelve."
    first, second = assign("Protests", "Protest with intervention", _token(language_model, text, "fired"), text, "Kenya", NAIROBI_DAY)
    assert (first, second) == (Actor("Protesters (Kenya)", 6), Actor("Military Forces of Kenya (2013-2022)", 1))


def test_a_bomb_aimed_at_a_police_patrol_that_also_hurt_passers_by(language_model) -> None:
    text = "A roadside bomb aimed at a police patrol exploded on the main road, killing two officers and wounding five people."
    first, second = assign("Explosions/Remote violence", "Remote explosive/landmine/IED", _token(language_model, text, "exploded"),
                           text, "Kenya", NAIROBI_DAY)
    assert (first, second) == (Actor("Unidentified Armed Group (Kenya)", 3), Actor("Police Forces of Kenya (2013-2022)", 1))
