"""Actors in ACLED's naming with inter codes (extract/actors.py).

`actor_for_phrase` names the actor a phrase refers to, for a country and a day (state forces
carry the regime period ACLED uses); `assign` and the pipeline decide actor1/actor2 from the
parse, with the victim as actor2 in Violence against civilians."""

from __future__ import annotations

from datetime import date

import pytest

from wirecoder.extract.actors import actor_for_phrase, assign
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
