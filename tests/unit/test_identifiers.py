"""What tells a report's incident apart (extract/identifiers.py): people's full names, ages and
block addresses, without titles, days or the places every report from a town shares."""

from __future__ import annotations

from wirecoder.extract.identifiers import identifiers_of


def test_names_ages_and_blocks() -> None:
    body = ("Police Chief Ruth Varga said Darnell A. Hayes, 19, was shot in the 1400 block of Elm Street in Harlan "
            "on Friday. A 17-year-old was also hurt, Sheriff Tom Briggs told Harlan County News.")
    assert identifiers_of(body, ["Harlan", "Kentucky"]) == [
        "age:17", "age:19", "block:1400 elm", "name:darnell hayes", "name:ruth varga", "name:tom briggs"]


def test_place_names_and_title_words_are_no_names() -> None:
    body = "Officers from Bowling Green and Harlan Police went to Elm Street on Saturday Night."
    assert identifiers_of(body, ["Bowling Green"]) == []


def test_page_furniture_credits_hospitals_and_units_are_no_names() -> None:
    # every page of one outlet and every report from one city's hospitals would share these
    body = ("View Full Caption. Buy Photo. Getty Images. Copyright Pinecrest Media Group and Lakeside Television Corp. "
            "Marla Quint, 24, was found shot and taken to Mount Sinai, then to Advocate Christ, and the Homicide Unit "
            "and the Fugitive Task Force are looking for Dev Oster, who was held at the Correctional Facility.")
    assert [i for i in identifiers_of(body, []) if i.startswith("name:")] == ["name:dev oster", "name:marla quint"]
