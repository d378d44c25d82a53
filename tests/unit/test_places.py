"""Place names found and resolved with the real gazetteer (extract/places.py, wirecoder.geoparse),
and the event's place chosen from them (DOMAIN.md: the town where it happened, with geo_precision
1 town, 2 near a town or part of it, 3 only the province)."""

from __future__ import annotations

import pytest
from conftest import make_article

from wirecoder.extract import places
from wirecoder.geoparse import geoparse


def _only_mention(doc):
    assert len(doc.mentions) == 1, [(m.sub_event_type, m.place.location) for m in doc.mentions]
    return doc.mentions[0]


def test_city_of_a_town_near_another(read) -> None:
    doc = read("Security forces shot dead two men in the city of Rastan, near Homs, on Friday, activists said.")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.country, place.iso3) == ("Ar Rastan", "Homs", "Syria", "SYR")
    assert place.geo_precision == 1
    assert place.feature == "city"
    homs = next(p for p in doc.places if p.text == "Homs")
    assert (homs.relation, homs.precision) == ("near", 2)


def test_province_only_is_precision_3(read) -> None:
    place = _only_mention(read("Troops shelled villages in central Homs province on Saturday, killing four people, "
                               "activists said.")).place
    assert (place.location, place.admin1, place.feature) == ("Homs", "Homs", "admin1")
    assert place.geo_precision == 3


def test_near_a_town_is_precision_2(read) -> None:
    place = _only_mention(read("Troops shelled villages near Rastan on Saturday, killing four people, activists said.")).place
    assert place.location == "Ar Rastan"
    assert place.geo_precision == 2


def test_distance_reference_is_not_the_event_place(read) -> None:
    doc = read("Clashes erupted on Saturday in Idlib, 280 km northwest of Damascus, killing six soldiers, activists said.")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.geo_precision) == ("Idlib", "Idlib", 1)
    damascus = next(p for p in doc.places if p.text == "Damascus")
    assert damascus.relation == "distance"
    assert all(m.place.location != "Damascus" for m in doc.mentions)


def test_a_town_a_short_way_from_the_place_is_more_precise_than_the_province_named(read) -> None:
    doc = read("Troops fought off an assault on their camp in Kauwa village, Borno state, 18 km from Monguno town, on Friday.",
               title="Clashes in Nigeria")
    place = _only_mention(doc).place
    assert (place.location, place.geo_precision) == ("Monguno", 2)


@pytest.mark.parametrize("measured", ["120 km north of the port of Kismayo", "some 75 miles from the city of Kismayo"])
def test_a_town_measured_from_through_its_kind_is_not_the_event_place(read, measured: str) -> None:
    doc = read(f"Fighters overran an army post on the outskirts of Jilib on Sunday, {measured}, and six soldiers died.", title="Clashes in Somalia")
    assert _only_mention(doc).place.location == "Jilib"


def test_city_with_state_resolves_to_the_united_states(read) -> None:
    doc = read("A man was shot dead outside a bar in Houston, Texas, on Saturday night, police said.")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.country, place.iso3) == ("Houston", "Texas", "United States", "USA")
    assert place.latitude == pytest.approx(29.76, abs=0.1)
    assert place.longitude == pytest.approx(-95.36, abs=0.1)


def test_dateline_places_the_story(read) -> None:
    doc = read("DAYTON, Ohio -- Two men were wounded in a shooting on Saturday, police said.")
    assert doc.dateline is not None and doc.dateline.city == "DAYTON"
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.country) == ("Dayton", "Ohio", "United States")
    assert [p.relation for p in doc.places] == ["dateline"]


def test_a_dateline_town_placed_near_a_larger_city_is_the_incident_s_town(read) -> None:
    # the wire locates the small town by the city its readers know; the dateline names the town
    doc = read("MARIETTA, Ga. (Test Wire) -- A gunman wounded three people at a car wash on Sunday in a suburb "
               "outside Atlanta, police said.", published="2016-05-02")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.geo_precision) == ("Marietta", "Georgia", 1)


def test_a_dateline_in_the_larger_city_gives_way_to_the_town_near_it(read) -> None:
    # a bureau's dateline: the incident is near the smaller town, not in the city the reporter files from
    doc = read("DAMASCUS (Test Wire) -- Troops shelled farms near Douma on Sunday, killing three people, activists said.",
               published="2012-02-06")
    place = _only_mention(doc).place
    assert (place.location, place.geo_precision) == ("Douma", 2)


@pytest.mark.parametrize(
    "text",
    [
        # a dateline the page sets on a line of its own is split off as a sentence
        "BOZEMAN, Mont. -\n\nSouthern Montana deputies said a hunter was wounded by a stray shot on Sunday.",
        "BOZEMAN, Montana --\nSouthern Montana deputies said a hunter was wounded by a stray shot on Sunday.",
    ],
)
def test_a_dateline_split_off_as_its_own_sentence_still_places_the_story(read, text: str) -> None:
    doc = read(text, published="2016-10-18")
    assert doc.dateline is not None and doc.dateline.city == "BOZEMAN"
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.geo_precision) == ("Bozeman", "Montana", 1)


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed in Idleb on Saturday, activists said.",
        "Troops stormed the city of Idleb on Saturday, killing five people, activists said.",
    ],
)
def test_spelling_variant_resolves_to_the_gazetteer_name(read, text: str) -> None:
    doc = read(text)
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.country) == ("Idlib", "Idlib", "Syria")
    idleb = next(p for p in doc.places if p.text == "Idleb")
    assert idleb.entry.name == "Idlib"


def test_spelling_variant_of_a_province_is_the_province(read) -> None:
    doc = read("Troops shelled villages in Idleb province on Saturday, killing four people, activists said.")
    place = _only_mention(doc).place
    assert (place.feature, place.geo_precision) == ("admin1", 3)


def test_place_as_the_object_of_a_shelling_verb(read) -> None:
    doc = read("Soldiers shelled Idleb on Saturday, killing five people, activists said.")
    assert [p.entry.name for p in doc.places if p.entry] == ["Idlib"]


def test_ordinary_capitalised_words_are_not_places(resources) -> None:
    text = ("At least five people were killed in Rastan on Saturday, Human Rights Watch said. "
            "The uprising began in March, inspired by the Arab Spring. "
            "At dawn on Nov. 7, troops returned to the town. Four men were also shot. One of them died, according to Off.")
    (record,) = list(geoparse([make_article(text)], resources))
    found = [(p["text"], p["name"]) for p in record["places"]]
    assert found == [("Rastan", "Ar Rastan")]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A four-year-old Gresham boy was injured on Saturday when he shot himself in the finger.", "Gresham"),
        ("Harlan Police Chief Dana Reyes said the shooting happened when two teenagers were handling a rifle.", "Harlan"),
        ("Two men were shot after a concert, Harlan Police said on Sunday.", "Harlan"),
        ("Two men were shot after a concert at the Harlan Civic Center on Sunday.", "Harlan"),
        ("The Harlan Police Department said two men were shot after a concert on Sunday.", "Harlan"),
    ],
)
def test_a_town_naming_its_people_or_its_police(resources, text: str, town: str) -> None:
    (record,) = list(geoparse([make_article(text)], resources))
    assert [p["text"] for p in record["places"]] == [town]


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [
        ("A 14-year-old boy died after he shot himself in East LA on Saturday.", "Los Angeles", "California"),
        ("A man was wounded in a shooting in Shreveport, LA, on Saturday.", "Shreveport", "Louisiana"),
    ],
)
def test_a_city_written_by_its_letters(read, text: str, city: str, state: str) -> None:
    (mention,) = read(text, published="2015-11-08").mentions
    assert (mention.place.location, mention.place.admin1) == (city, state)


def test_a_dateline_town_too_small_for_the_gazetteer_gives_its_state(read) -> None:
    doc = read("ASHGROVE FERRY, Mo. (Test Wire) - Four people were wounded in a shooting late Sunday night, police said.",
               published="2015-05-19")
    (mention,) = doc.mentions
    assert (mention.place.admin1, mention.place.geo_precision) == ("Missouri", 3)


def test_a_dateline_town_too_small_for_the_gazetteer_is_placed_in_the_county_the_report_names(read) -> None:
    # the state's point is its largest town (Charlotte), some 380 km from the county the sheriff serves: the
    # county is no far namesake of a place near it
    doc = read("MARSH HOLLOW, N.C. (Test Wire) - A farmhand was wounded by a stray round on Tuesday evening, "
               "according to the Beaufort County Sheriff's Office.", published="2016-03-02")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.admin1, mention.place.feature) == ("Beaufort County", "North Carolina", "admin2")
    assert mention.place.geo_precision == 2


def test_a_town_with_its_part_after_a_possessive(resources) -> None:
    text = "A 3-year-old was shot and killed on Detroit's east side on Monday, police said."
    (record,) = list(geoparse([make_article(text)], resources))
    assert [(p["text"], p["name"]) for p in record["places"]] == [("Detroit", "Detroit")]


def test_a_day_after_a_name_is_not_part_of_it(resources) -> None:
    text = "Two men were wounded in a shooting in South Harlan Wednesday, police said."
    (record,) = list(geoparse([make_article(text)], resources))
    assert [p["name"] for p in record["places"]] == ["Harlan"]


def test_geoparse_record_shape(resources, interface_record) -> None:
    text = "Clashes erupted on Saturday in Idlib, 280 km northwest of Damascus, activists said."
    (record,) = list(geoparse([make_article(text, article_id="g1")], resources))
    assert record["article_id"] == "g1"
    for place in record["places"]:
        interface_record(place, "place")
        assert text[place["start"]:place["end"]] == place["text"]
    assert [(p["text"], p["country"]) for p in record["places"]] == [("Idlib", "Syria"), ("Damascus", "Syria")]


def test_us_local_report_without_a_country_name_resolves_a_us_town(read) -> None:
    # "Hamilton" alone is Hamilton, Ontario (the largest); the local-news wording points to the United States
    text = ("A man was shot and killed around 11 p.m. Saturday in the 400 block of Elm Street in Hamilton, police said. "
            "The County Sheriff's Office is investigating.")
    place = _only_mention(read(text)).place
    assert (place.location, place.country) == ("Hamilton", "United States")


def test_same_town_name_without_local_news_cues_is_not_forced_to_the_us(read) -> None:
    doc = read("A man was stabbed in Hamilton on Saturday, witnesses said.")
    assert [p.entry.country_code for p in doc.places] == ["CA"]


def test_a_surname_in_the_report_is_not_a_town(read) -> None:
    doc = read("Deputies said Trevon Johnson, 17, was shot in Villa Park, Illinois, on Monday. "
               "Relatives gathered in Johnson's street on Tuesday.", published="2017-01-03")
    assert {p.entry.name for p in doc.places if p.entry is not None} >= {"Villa Park"}
    assert not any(p.text == "Johnson" for p in doc.places)


def test_dc_written_alone_is_washington(read) -> None:
    doc = read("Four people were wounded in a drive-by shooting in Northwest D.C. on Friday, police said.",
               published="2015-03-09")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.admin1) == ("Washington", "District of Columbia")


def test_part_of_a_dateline_town_is_not_another_town(read) -> None:
    doc = read("MT. JULIET, Tenn. -- A teenager was shot in the neck on Tuesday, police said.", published="2016-12-29")
    (mention,) = doc.mentions
    assert mention.place.location == "Mount Juliet"


def test_a_street_named_like_a_state_is_not_the_state(read) -> None:
    doc = read("SAVANNAH, Ga. -- A man was shot dead in the 900 block of Pennsylvania Avenue on Thursday, police said.",
               published="2017-02-16")
    assert not any(p.entry is not None and p.entry.feature == "admin1" and p.text == "Pennsylvania" for p in doc.places)
    assert doc.mentions[0].place.location == "Savannah"


def test_a_town_possessive_names_a_part_of_it(read) -> None:
    doc = read("A 15-year-old was shot and killed Monday night on Harlan's East End, police said.", published="2016-11-22")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.geo_precision) == ("Harlan", 2)


def test_a_first_name_is_not_a_town(read) -> None:
    doc = read("DETROIT -- Police said Cleveland Jones, 30, and a friend drove to a house on Elm Street on Wednesday. "
               "Police say Cleveland then opened fire on a car, hitting a 3-year-old girl.", published="2016-05-27")
    assert {m.place.location for m in doc.mentions} == {"Detroit"}


def test_a_state_written_in_the_page_title_is_context(read) -> None:
    doc = read("The Laurel Police Department is investigating a shooting that happened at an apartment complex on Sunday. "
               "Police said a 10-year-old boy was shot in the leg in Laurel.",
               published="2015-02-23", title="Boy shot at apartments - WXYZ News, Weather, Sports-Hattiesburg, MS")
    assert doc.mentions[0].place.admin1 == "Mississippi"


def test_a_county_sheriffs_office_places_a_report_in_its_county(read) -> None:
    doc = read("Two men were shot after a concert on Sunday, a spokesman for the Harris County Sheriff's Office said.",
               published="2016-04-24")
    assert [m.place.location for m in doc.mentions] == ["Harris County"]


@pytest.mark.parametrize(("text", "town", "state"), [
    ("Four people were hurt at a party in Savannah on Saturday, the Hardin County Sheriff said.", "Savannah", "Tennessee"),
    ("A boy was shot in Garner on Sunday, Hancock County Sheriff Bob Olsen said.", "Garner", "Iowa"),
])
def test_a_town_and_the_county_the_report_names_fit_each_other(read, text: str, town: str, state: str) -> None:
    # the larger namesake (Savannah, Georgia; Garner, North Carolina) lies in no county the report names
    doc = read(text, published="2017-02-12")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [(town, state)]


def test_a_state_is_not_read_as_a_county_holding_a_namesake_town(read) -> None:
    # Houston is the seat of Texas County, Missouri: no reason to read "Texas" or "Houston" so
    doc = read("A man was shot dead in Houston on Sunday, police said. Texas has seen more such shootings this year.",
               published="2017-02-12")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Houston", "Texas")]


@pytest.mark.parametrize(("text", "town", "state"), [
    # the state's full stop lost before the dash
    ("CUMBERLAND, Ind-- A girl was shot in the arm on Friday evening, police said.", "Cumberland", "Indiana"),
    # the county instead of the state: Alturas, California, not Alturas, Florida
    ("ALTURAS, Modoc County (KXYZ) -- Three people were shot dead at a council office on Thursday.", "Alturas", "California"),
])
def test_a_dateline_region_gives_the_town_its_state(read, text: str, town: str, state: str) -> None:
    doc = read(text, published="2016-02-13")
    assert {(m.place.location, m.place.admin1) for m in doc.mentions} == {(town, state)}


def test_a_county_abbreviated_as_co_is_the_county(read) -> None:
    doc = read("A man was shot in the leg in Anson Co. on Sunday night, deputies said.", published="2016-04-25")
    assert [(m.place.location, m.place.admin1, m.place.geo_precision) for m in doc.mentions] == [
        ("Anson County", "North Carolina", 2)]


def test_a_town_with_its_state_written_is_kept_however_far_from_the_article_s_city(read) -> None:
    doc = read("A Louisville man was charged on Monday after a shooting on Christmas morning in Ozark, Missouri.",
               published="2015-12-28")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Ozark", "Missouri")]


def test_the_town_in_the_site_name_gives_way_to_the_town_the_report_names(read) -> None:
    # a regional station reports on towns all over its region; its own town is only the last resort
    doc = read("A man was found shot dead on Sunday morning in his car. The car was parked outside a store in Ruston, Louisiana.",
               published="2016-04-24", title="Man found shot dead in car - KXYZ News 12 Shreveport, LA")
    assert [m.place.location for m in doc.mentions] == ["Ruston"]
    unplaced = read("A man was found shot dead on Sunday morning in a car, police said.",
                    published="2016-04-24", title="Man found shot dead in car - KXYZ News 12 Shreveport, LA")
    assert [m.place.location for m in unplaced.mentions] == ["Shreveport"]


def test_the_town_of_the_hospital_a_victim_is_treated_in_is_no_second_incident(read) -> None:
    doc = read("A man was shot dead in Gary on Sunday, police said. His mother, who was also shot, is being treated "
               "at an Indianapolis hospital.", published="2016-06-13")
    assert [m.place.location for m in doc.mentions] == ["Gary"]


def test_a_sentence_naming_only_where_the_hurt_were_taken_is_no_second_incident(read) -> None:
    doc = read("Two men were shot dead in a gunfight in Hazard, Kentucky, on Tuesday, police said. A nurse at the Hazard "
               "hospital said nine people had been killed or wounded, and that three of the wounded had been moved to Lexington.",
               published="2016-06-16")
    assert [m.place.location for m in doc.mentions] == ["Hazard"]


def test_a_newspaper_quoted_is_no_town(read) -> None:
    doc = read("A deputy was shot in the arm in Gary on Sunday, according to the Tribune.", published="2016-06-13")
    assert [p.text for p in doc.places] == ["Gary"]


def test_a_chicago_community_area_is_in_chicago(read) -> None:
    doc = read("CHICAGO -- A man was shot and killed Friday night in the Austin neighborhood on the West Side, Chicago police said.",
               published="2017-02-11")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.admin1, mention.place.geo_precision) == ("Austin", "Illinois", 2)


def test_the_hospital_town_is_not_the_incident_town(read) -> None:
    doc = read("CHICAGO -- A 15-year-old boy was shot to death Friday night in Englewood, police said. "
               "He was pronounced dead at Christ Medical Center in Oak Lawn.", published="2017-01-03")
    assert doc.mentions[0].place.location == "Englewood"


def test_a_title_case_headline_names_its_town_as_a_modifier(read) -> None:
    doc = read("A toddler shot himself in the head on Friday and is expected to survive, police said.",
               published="2015-07-25", title="Harlan Toddler Shoots Self In Head, Expected To Survive")
    (mention,) = doc.mentions
    assert mention.place.location == "Harlan"


@pytest.mark.parametrize(("title", "town"), [
    ("Harlan police investigate shooting", "Harlan"),  # a town's police
    ("Twin Falls student injured in accidental shooting", "Twin Falls"),  # a name of two words as a modifier
    ("Sixteen-year-old Harlan girl shoots herself in the hand", "Harlan"),  # an age before the town
    ("Harlan 2-year-old in critical condition from gunshot", "Harlan"),  # an age after it
    ("Teenager Shot In Twin Falls", "Twin Falls"),  # a Title Case headline's small word ends a name
])
def test_a_headline_names_its_town_in_many_ways(read, title: str, town: str) -> None:
    doc = read("The child was taken to a hospital, officers said.", published="2016-06-03", title=title)
    assert town in {p.entry.name for p in doc.places if p.entry is not None}


def test_a_direction_written_in_lower_case_is_part_of_the_town(read) -> None:
    doc = read("A man was wounded by gunfire on Sunday, police said.", published="2016-06-03", title="Man, 3 girls shot in southeast DC")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.geo_precision) == ("Washington", 2)


def test_a_direction_before_a_large_city_is_a_part_of_it_not_a_small_namesake(read) -> None:
    # GeoNames knows a Vermont village as "West Charlotte"; "west Charlotte" in a report is the city's west side
    for title in ("Three shot at a house party in west Charlotte", "Three Shot Near West Charlotte Home"):
        doc = read("Three people were shot at a house on Elm Street early Saturday, police said.", published="2015-04-18",
                   title=title)
        assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Charlotte", "North Carolina")], title


def test_a_noun_inside_a_title_case_crosshead_is_no_place() -> None:
    from wirecoder.extract.places import _modifier_spans

    # "Harlan Bar Shooting": the town before the kind of shooting, not a town called "Bar"
    assert [name for name, _ in _modifier_spans("Harlan Bar Shooting")] == ["Harlan", "Harlan"]
    assert "Mobile" not in [name for name, _ in _modifier_spans("Bykota Mobile Home Park")]  # mobile homes


def test_a_name_is_no_anchor_for_its_own_namesakes(read) -> None:
    # Virginia Beach is both a city and a county-level unit of that name at the same point: the city's
    # other mentions must not pull each other to the county (and the event away from the dateline's town)
    doc = read("VIRGINIA BEACH, Va. -- A man from Chesterfield, Virginia, was shot dead and three were wounded near a "
               "Virginia Beach mall early Sunday, police said.\n\nVirginia Beach police said the gunman fled.")
    assert {p.entry.feature for p in doc.places if p.text.lower() == "virginia beach"} == {"city"}
    assert _only_mention(doc).place.location == "Virginia Beach"


# --- geoparsing takes every name it knows well, also where no locative word introduces it --------------


def _geoparsed(resources, text: str) -> list[tuple[str, str, str]]:
    (record,) = list(geoparse([make_article(text)], resources))
    return [(p["text"], p["name"], p["feature"]) for p in record["places"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials said the U.S. would answer soon.", ("U.S.", "United States", "country")),
        ("A Syrian delegation arrived on Tuesday.", ("Syrian", "Syria", "country")),
        ("Talks with Britain resumed on Tuesday.", ("Britain", "United Kingdom", "country")),
        ("Africa and Asia pledged more funds.", ("Africa", "Africa", "continent")),
        ("The Ohio Supreme Court refused the appeal.", ("Ohio", "Ohio", "admin1")),
        ("She studied law at the University of Cincinnati for four years.", ("Cincinnati", "Cincinnati", "city")),
        ("Two workers from Thackerville, Okla. watched the launch.", ("Okla.", "Oklahoma", "admin1")),
        ("A Denver-based recycler will hire forty workers.", ("Denver", "Denver", "city")),
    ],
)
def test_geoparsing_takes_names_no_locative_word_introduces(resources, text: str, expected) -> None:
    assert expected in _geoparsed(resources, text)


def test_a_demonym_of_a_people_elsewhere_is_no_place(resources) -> None:
    assert _geoparsed(resources, "The African American community gathered for a vigil on Sunday.") == []


def test_a_person_named_like_a_town_is_no_town(resources) -> None:
    text = "Jerry Hughes said the dog was taken from his yard. Hughes said he wants it back."
    assert all(name != "Hughes" for name, _, _ in _geoparsed(resources, text))


def test_event_extraction_keeps_to_places_tied_to_the_story(read) -> None:
    # the extra names are geoparsing's: the event stages still see only "in Homs"
    doc = read("Syrian troops shelled a district in Homs on Friday, killing three people, the U.S. embassy said.")
    assert [p.text for p in doc.places] == ["Homs"]


def test_a_country_is_no_small_namesake_town_of_the_article_s_country(resources) -> None:
    text = ("Farmers in Dallas, Texas, fear a trade war. The U.S. trade deficit with China grew again, "
            "officials in Washington said.")
    assert ("China", "China", "country") in _geoparsed(resources, text)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Dinner was served at the Percy French Hotel on Saturday.", None, "France"),
        ("The strike grounded Air Zimbabwe for a week.", ("Zimbabwe", "Zimbabwe", "country"), None),
        ("Barges carried grain down the Mississippi River by night.", None, "Mississippi"),
        ("A trooper of the Florida Highway Patrol stopped the car.", ("Florida", "Florida", "admin1"), None),
    ],
)
def test_a_name_inside_another_name(resources, text: str, expected, not_expected) -> None:
    found = _geoparsed(resources, text)
    if expected:
        assert expected in found
    if not_expected:
        assert all(name != not_expected for _, name, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storms formed over the Atlantic earlier than usual.", ("Atlantic", "Atlantic Ocean", "sea")),
        ("The EU will answer the tariffs, ministers said.", ("EU", "European Union", "region")),
        ("European markets fell sharply on Monday.", ("European", "Europe", "continent")),
        ("Tensions rose across the Middle East this week.", ("Middle East", "Middle East", "region")),
    ],
)
def test_seas_regions_and_continents(resources, text: str, expected) -> None:
    assert expected in _geoparsed(resources, text)


def test_a_town_the_gazetteer_lacks_in_the_state_written_after_it_is_that_state(resources) -> None:
    # there are Beavertons in Oregon, Michigan and Alabama, none in the gazetteer's Georgia
    text = "Relatives of a boy from Beaverton, Georgia, gathered at the church on Sunday."
    assert ("Beaverton", "Georgia", "admin1") in _geoparsed(resources, text)


def test_a_list_of_states_is_no_town_and_its_state(resources) -> None:
    text = "Flu cases fell in Arkansas, Colorado, Delaware and Maine last week."
    assert [(written, feature) for written, name, feature in _geoparsed(resources, text) if written == name] == [
        ("Arkansas", "admin1"), ("Colorado", "admin1"), ("Delaware", "admin1"), ("Maine", "admin1")]


def test_a_state_is_narrowed_to_the_county_named_in_it(read) -> None:
    doc = read("A 15-year-old boy from Carlton, Georgia, was shot dead on Thursday. The shooting happened at a boat "
               "ramp on the Elbert County line, deputies said.", published="2014-05-23")
    assert {(m.place.location, m.place.admin1, m.place.geo_precision) for m in doc.mentions} == {("Elbert County", "Georgia", 2)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the city that is the seat of the state of its name, unless words after it make it the state's
        ("Tourists crowded the streets of New York on Saturday.", ("New York", "New York City", "city")),
        ("New York Gov. Andrew Cuomo signed the bill on Tuesday.", ("New York", "New York", "admin1")),
        # a sea sits in a story of any country: not the small US town of its name
        ("Forecasters in Miami, Florida, said storms in the tropical Atlantic start early this year.",
         ("Atlantic", "Atlantic Ocean", "sea")),
        # a town the article names in the state makes the state: not a small town named after it
        ("Montana offered to pay the company that runs the prison in Shelby. Officials in Great Falls and Helena said "
         "the talks went on.", ("Montana", "Montana", "admin1")),
        # a Canadian province written short, on its own, and the town it puts in Canada
        ("The FrontCounter BC office in Nelson opened on Monday.", ("BC", "British Columbia", "admin1")),
    ],
)
def test_resolving_by_what_the_article_says(resources, text: str, expected) -> None:
    assert expected in _geoparsed(resources, text)


def test_a_province_short_form_puts_its_towns_in_that_country(resources) -> None:
    (record,) = list(geoparse([make_article("The FrontCounter BC office in Nelson opened on Monday.")], resources))
    nelson = next(p for p in record["places"] if p["text"] == "Nelson")
    assert nelson["country"] == "Canada"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state with no town of its name before a small town abroad
        ("The suspect awaits his transfer to Virginia, where he will stand trial.", ("Virginia", "Virginia", "admin1")),
        # but a bare name shared with a large city is the city
        ("The delegation met officials in Washington on Tuesday.", ("Washington", "Washington", "city")),
        # a town in the state the article is about
        ("Detectives in Virginia have made an arrest. Alexandria police found the car near a school.",
         ("Alexandria", "Alexandria", "city", "Virginia")),
        # an article's own town and state after it keep a name in that town's country ("An Alexandria man")
        ("An Alexandria man was hurt in a crash in Douglas County, Minnesota.", ("Alexandria", "Alexandria", "city", "Minnesota")),
    ],
)
def test_states_and_their_towns(resources, text: str, expected) -> None:
    (record,) = list(geoparse([make_article(text)], resources))
    found = [(p["text"], p["name"], p["feature"], p["admin1"])[:len(expected)] for p in record["places"]]
    assert expected in found, found


def test_a_far_namesake_gives_way_to_the_one_near_the_article_s_town() -> None:
    from collections import Counter

    from wirecoder.document import PlaceMention
    from wirecoder.extract import places
    from wirecoder.gazetteer import GazetteerEntry, InMemoryGazetteer

    dateline_town = GazetteerEntry(1, "Springfield", "city", "US", "Illinois", None, 39.80, -89.64, 150_000)
    far = GazetteerEntry(2, "Riverton", "city", "US", "Wyoming", None, 43.02, -108.38, 90_000)
    near = GazetteerEntry(3, "Riverton", "city", "US", "Illinois", None, 40.60, -89.64, 500)  # 89 km north
    recogniser = places._Recogniser(InMemoryGazetteer([]))
    for number, (text, entries, relation) in enumerate([("Springfield", [dateline_town], "dateline"), ("Riverton", [far, near], "in")]):
        mention = PlaceMention(sentence=number, start=0, end=len(text), text=text, relation=relation)
        recogniser.found[(number, 0, len(text))] = places._Found(mention, entries, None)
    resolved = places._resolve(recogniser, places._Context(Counter(), Counter(), {}))
    # the larger Riverton scores higher but lies 1,600 km from the dateline's town: the one near it is meant
    assert [m.entry.id for m in resolved] == [1, 3]


@pytest.mark.parametrize(
    ("text", "site", "town"),
    [
        # at the town named right after it
        ("He was treated at the Central Mental Hospital in Dundrum for several weeks.", "Central Mental Hospital", "Dundrum"),
        # at the article's own town
        ("NEW ORLEANS -- The parade turned into Royal Street at dusk on Saturday.", "Royal Street", "New Orleans"),
        # at the town its name starts with, near the article's own
        ("WICHITA -- Kingman High School seniors raised money for the food bank.", "Kingman High School", "Kingman"),
    ],
)
def test_buildings_and_streets_are_placed_at_their_town(resources, text: str, site: str, town: str) -> None:
    (record,) = list(geoparse([make_article(text)], resources))
    found = {p["text"]: p for p in record["places"]}
    assert site in found, found
    assert found[site]["feature"] == "landmark" and found[site]["geonameid"] is None
    towns = {(e.latitude, e.longitude) for e in resources.gazetteer.lookup(town) if e.feature in ("city", "neighbourhood")}
    assert (found[site]["latitude"], found[site]["longitude"]) in towns


def test_a_site_in_an_article_without_a_town_is_not_placed(resources) -> None:
    assert _geoparsed(resources, "The Carnegie Library was built in 1902.") == []


def test_a_demonym_the_parser_calls_a_person_is_still_a_people_s_name(resources) -> None:
    assert ("Sri Lankan", "Sri Lanka", "country") in _geoparsed(resources, "One forecast about Sri Lankan politics came true.")


def test_names_listed_before_counties_are_counties(resources) -> None:
    text = "Storm warnings covered Becker, Clay, Douglas and Otter Tail counties on Monday."
    found = _geoparsed(resources, text)
    assert [(written, feature) for written, _, feature in found] == [
        ("Becker", "admin2"), ("Clay", "admin2"), ("Douglas", "admin2"), ("Otter Tail", "admin2")], found


def test_a_sea_places_no_incident(read) -> None:
    doc = read("Two fishermen were shot dead on a boat in the Atlantic off Miami, Florida, on Sunday, police said.")
    assert {m.place.location for m in doc.mentions} == {"Miami"}


def test_a_town_whose_name_starts_with_the(read) -> None:
    doc = read("The Woodlands police said a man was shot dead outside a bar on Sunday.")
    assert [p.entry.name for p in doc.places] == ["The Woodlands"]


def test_a_town_named_for_a_country_is_no_evidence_for_that_country(read) -> None:
    # "Panama City" is a town of its own: its first word does not make the story Panamanian
    doc = read("A man was shot in the 200 block of Harrison Avenue in Panama City at 9 p.m. Friday, police said.",
               published="2015-06-13")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Panama City", "Florida")]


def test_new_england_in_a_site_name_is_no_evidence_for_england(read) -> None:
    doc = read("A woman was killed and two men were hurt in a shooting in Taunton on Saturday at about 6 p.m., police said.",
               published="2015-06-28", title="Woman killed in Taunton shooting - News and Weather for Southern New England")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Taunton", "Massachusetts")]


def test_a_foreign_reading_of_another_name_does_not_pull_the_town_abroad(read) -> None:
    # "York City" is known to the gazetteer only as York, England; in a report with a block number and a
    # morning clock it must not drag "York" to England
    doc = read("A woman was shot in the foot in York on Monday at 11:30 a.m. in the 1400 block of Maple Road, police said. "
               "A neighbour called 911. York City Police are investigating.", published="2014-05-12")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("York", "Pennsylvania")]


def test_a_word_read_only_as_a_small_place_abroad_is_no_place_of_a_one_country_story(read) -> None:
    doc = read("Four people were shot dead on Thursday at the tribal office in Alturas, California. "
               "The gunwoman had been evicted from the Rancheria, the Modoc County Sheriff's Office said.",
               published="2014-02-21")
    assert {p.entry.country_code for p in doc.places} == {"US"}
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Alturas", "California")]


def test_the_town_in_the_site_name_anchors_no_other_town(read) -> None:
    # a regional station's own town is no reason to read the town it reports on as a far namesake
    doc = read("Houma Police are investigating a shooting that left one man dead on Wednesday afternoon.",
               published="2015-10-28", title="Houma shooting leaves one dead - KXYZ News 12 Shreveport, Louisiana News")
    assert [m.place.location for m in doc.mentions] == ["Houma"]


def test_a_state_in_the_site_name_is_context(read) -> None:
    doc = read("Five people were wounded in a shooting in Columbia on Saturday night, police said.",
               published="2015-03-02", title="Five wounded in shooting - WXYZ Channel 4 Tennessee")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Columbia", "Tennessee")]


@pytest.mark.parametrize("outlet, town", [
    ("fox13memphis.com", "Memphis"), ("click2houston.com:80", "Houston"), ("chicago.suntimes.com", "Chicago"),
    ("mysanantonio.com", "San Antonio"), ("beaumontenterprise.com", "Beaumont"),
    ("cumberlink.com", None), ("wral.com", None), ("bradenton.com", None), (None, None),
])
def test_the_town_a_news_site_s_address_names(resources, outlet: str | None, town: str | None) -> None:
    # a town inside a longer word is none ("cumberlink" holds Berlin, "bradenton" Denton)
    found = places._outlet_town(resources.gazetteer, outlet)
    assert (found.name if found else None) == town


def test_the_outlet_s_town_places_a_neighbourhood_the_report_names_alone(read) -> None:
    text = "Two men were wounded in a drive-by shooting in Englewood on Sunday night, police said."
    doc = read(text, published="2016-05-02", outlet="nbcchicago.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Englewood", "Illinois")]
    elsewhere = read(text, published="2016-05-02", outlet="denverpost.com")
    assert [(m.place.location, m.place.admin1) for m in elsewhere.mentions] == [("Englewood", "Colorado")]


@pytest.mark.parametrize("outlet, country, state", [
    ("arkansasonline.com", "US", "Arkansas"), ("northwestgeorgianews.com:80", "US", "Georgia"),
    ("limaohio.com", "US", "Ohio"), ("nbcconnecticut.com", "US", "Connecticut"),
    # the state is part of a town's name there, or the address's words name states elsewhere only
    ("kansascitytoday.com", "US", None), ("washingtondailyledger.com", "US", None), ("centralvalleytoday.com", "US", None),
    # our table of outlets knows where the outlet is, whatever its address says
    ("cnycentral.com", "US", "New York"), ("wsmv.com", "US", "Tennessee"), ("wsmv.com", "NG", None),
    ("kansascity.com", "US", "Missouri"),
    ("arkansasonline.com", None, None), ("arkansasonline.com", "NG", None), (None, "US", None),
])
def test_the_state_a_news_site_s_address_names(resources, outlet: str | None, country: str | None, state: str | None) -> None:
    found = places._outlet_state(resources.gazetteer, outlet, country)
    assert (found.name if found else None) == state


def test_the_outlet_s_state_places_a_town_of_a_common_name(read) -> None:
    # a report plainly American (its wording), naming only a town several states have
    text = "A 6-year-old boy was shot and killed in Redfield on Sunday afternoon, the county coroner said."
    doc = read(text, published="2016-05-02", outlet="arkansasonline.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Redfield", "Arkansas")]
    elsewhere = read(text, published="2016-05-02", outlet="Test Wire")
    assert [(m.place.location, m.place.admin1) for m in elsewhere.mentions] != [("Redfield", "Arkansas")]


def test_the_state_of_an_outlet_our_table_knows_places_a_town_of_a_common_name(read) -> None:
    # "wdbj7.com" names no place; our table of outlets has the station in Roanoke, Virginia
    text = "A 6-year-old boy was shot and killed in Salem on Sunday afternoon, the county coroner said."
    doc = read(text, published="2016-05-02", outlet="www.wdbj7.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Salem", "Virginia")]
    elsewhere = read(text, published="2016-05-02", outlet="Test Wire")
    assert [(m.place.location, m.place.admin1) for m in elsewhere.mentions] != [("Salem", "Virginia")]


def test_a_report_that_names_no_place_is_near_the_town_of_an_outlet_our_table_knows(read) -> None:
    text = "A man was shot and killed outside a corner store late Sunday, police said."
    doc = read(text, published="2016-05-02", outlet="post-gazette.com")
    assert [(m.place.location, m.place.admin1, m.place.geo_precision) for m in doc.mentions] == [
        ("Pittsburgh", "Pennsylvania", 2)]


def test_our_table_of_outlets_knows_which_namesake_an_address_names(read) -> None:
    # the largest Jackson is Mississippi's; the Jackson Sun is a Tennessee paper
    text = "A man was shot and killed outside a corner store late Sunday, police said."
    doc = read(text, published="2016-05-02", outlet="jacksonsun.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Jackson", "Tennessee")]


@pytest.mark.parametrize("text", [
    "Two men were wounded in a shooting in Greenfield on Saturday night, police said.",
    "A man was shot and killed in Garfield late Sunday, police said.",
])
def test_a_local_outlet_s_town_anchors_a_report_that_names_no_town_of_its_own(read, text: str) -> None:
    # the Greenfields and Garfields the gazetteer knows are in other states; a Pittsburgh paper's are parts
    # of Pittsburgh the gazetteer lacks
    doc = read(text, published="2016-05-02", outlet="post-gazette.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Pittsburgh", "Pennsylvania")]


def test_a_local_outlet_s_town_keeps_a_far_town_of_its_own_state(read) -> None:
    doc = read("A man was shot and killed in Scranton late Sunday, police said.", published="2016-05-02", outlet="post-gazette.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Scranton", "Pennsylvania")]


def test_a_local_site_s_report_that_names_no_place_is_near_the_site_s_town(read) -> None:
    text = "A man was shot and killed outside a corner store late Sunday, police said."
    doc = read(text, published="2016-05-02", outlet="nbcchicago.com")
    assert [(m.place.location, m.place.admin1, m.place.geo_precision) for m in doc.mentions] == [("Chicago", "Illinois", 2)]
    # a wire, or a site whose address names no town, places nothing: the figures stay claims
    assert read(text, published="2016-05-02", outlet="Test Wire").mentions == []


@pytest.mark.parametrize("text", [
    "Two teenagers were wounded in a shooting near Fulton and Denton streets in Omaha on Sunday night.",
    "Two teenagers were wounded in a shooting near 112th and Denton in Omaha on Sunday night.",
    "Two teenagers were wounded in a shooting near Denton and 112th in Omaha on Sunday night.",
])
def test_a_crossing_of_streets_is_no_town(read, text: str) -> None:
    doc = read(text, published="2016-05-02")
    assert [p.entry.name for p in doc.places] == ["Omaha"]
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Omaha", "Nebraska")]


@pytest.mark.parametrize("agency, town, state", [
    ("the Indianapolis Metropolitan Police Department", "Indianapolis", "Indiana"),
    ("the Louisville Metro Police Department", "Louisville", "Kentucky"),
])
def test_a_metropolitan_police_department_names_its_town(read, agency: str, town: str, state: str) -> None:
    doc = read(f"A man was shot and killed outside a store late Saturday, according to a spokesman for {agency}.",
               published="2016-05-02")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [(town, state)]


@pytest.mark.parametrize("text", [
    "Three men were shot near the intersection of Canal and Bolivar in Rockford late Saturday, police said.",
    "Three men were shot outside a bar at Bolivar and Canal streets in Rockford late Saturday, police said.",
    "Three men were shot outside a bar at Canal and Bolivar streets in Rockford late Saturday, police said.",
])
def test_crossing_streets_are_not_places(read, text: str) -> None:
    # Bolivar is a town in Missouri and a state of Venezuela; here it names a street of Rockford
    doc = read(text, published="2016-06-13")
    assert not any(p.text == "Bolivar" for p in doc.places)
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Rockford", "Illinois")]


def test_according_to_a_county_s_sheriff_tells_no_journey(read) -> None:
    # "to" before a name is where someone went ("moved to Tulsa"), but not in "according to" or "next door to"
    doc = read("A girl was shot in the arm on Tuesday evening, according to the Garvin County sheriff.", published="2015-03-18")
    county = next(p for p in doc.places if p.text == "Garvin County")
    assert county.relation == ""


def test_an_unplaced_incident_is_not_placed_where_someone_came_from(read) -> None:
    doc = read("A man was shot dead on Sunday night, police said. The victim had driven over from Tulsa to see friends, "
               "according to the Garvin County sheriff.", published="2015-03-18")
    assert [m.place.location for m in doc.mentions] == ["Garvin County"]


def test_a_state_written_after_the_hospital_s_town_places_no_incident(read) -> None:
    doc = read("A man was shot in the chest late Tuesday outside his home in Ironton, Ohio, deputies said. He was later flown "
               "to Riverside Hospital in Lexington, Kentucky, where he was being treated for his wounds.", published="2016-05-04")
    kentucky = next(p for p in doc.places if p.text == "Kentucky")
    assert kentucky.relation == "hospital"
    assert [m.place.location for m in doc.mentions] == ["Ironton"]


def test_the_headline_s_town_of_the_incident_before_the_town_of_its_victim(read) -> None:
    doc = read("The boy died at the scene, police said. No arrests have been made.", published="2016-05-04",
               title="Bixby teenager shot dead in Tulsa")
    assert [m.place.location for m in doc.mentions] == ["Tulsa"]


def test_a_county_is_not_narrowed_to_the_town_of_the_hospital(read) -> None:
    doc = read("A teenager was shot in the leg on Sunday afternoon in Pontotoc County, deputies said. He was flown to "
               "North Mississippi Medical Center in Tupelo, where he is in stable condition.", published="2016-05-02")
    assert [m.place.location for m in doc.mentions] == ["Pontotoc County"]


def test_a_small_town_the_report_names_again_anchors_its_other_names(read) -> None:
    # no dateline and no large town: the town where it says things happened, named twice, stands in for one
    # ("Brookfield" beside it is the village next door, which the gazetteer may lack, not a town in another state)
    doc = read("Two men were hurt in a shooting in Masury on Saturday night. Officers said the gunman later drove "
               "to a friend's house in Brookfield, where he was arrested. He was held in Masury overnight.",
               published="2016-05-02")
    assert {p.entry.admin1 for p in doc.places} == {"Ohio"}


@pytest.mark.parametrize("kind", ["town", "village", "city"])
def test_the_name_after_town_of_is_a_place_even_where_the_parser_sees_a_person(read, kind: str) -> None:
    # the parser reads "Bakhmut" here as a person's name
    (mention,) = read(f"Separatists shelled the {kind} of Bakhmut on Friday, killing a woman, officials said.",
                      published="2017-02-04").mentions
    assert (mention.place.location, mention.place.country) == ("Bakhmut", "Ukraine")


@pytest.mark.parametrize(
    ("areas", "location", "precision"),
    [("(Kossi, Boucle du Mouhoun)", "Kossi", 2), ("(Sanmatenga, Centre-Nord)", "Sanmatenga", 2), ("(Galguduud)", "Galguduud", 3)],
)
def test_a_village_unknown_to_the_gazetteer_is_placed_in_the_area_written_after_it(read, areas: str, location: str,
                                                                                  precision: int) -> None:
    (mention,) = read(f"On 9 January 2023, soldiers killed four militants in Tandiga {areas}.", published="2023-01-11").mentions
    assert (mention.place.location, mention.place.geo_precision) == (location, precision)


def test_a_township_unknown_to_the_gazetteer_is_placed_in_the_town_written_after_its_kind(read) -> None:
    (mention,) = read("Three men were shot dead on Sunday in Kwamashu township (Durban), police said.",
                      title="Unrest in South Africa", published="2016-06-12").mentions
    assert (mention.place.location, mention.place.geo_precision) == ("Durban", 2)


def test_a_town_read_in_another_province_than_the_areas_written_after_it_gives_way_to_them(read) -> None:
    # the gazetteer's only Ouled Aissa lies in Timimoun, a province away: the village meant is one it lacks
    (mention,) = read("Two soldiers were killed on Sunday when a bomb went off in Ouled Aissa village, Naciria district, "
                      "Boumerdes province.", title="Attack in Algeria", published="2016-06-12").mentions
    assert (mention.place.location, mention.place.admin1) == ("Naciria", "Boumerdes")


def test_a_town_stays_beside_a_region_written_without_its_kind(read) -> None:
    # provinces split and renamed: the gazetteer's Timika lies in Central Papua, not in the Papua read here
    (mention,) = read("Police said a gunman shot two officers dead in Timika, Papua, on Monday.",
                      title="Shooting in Indonesia", published="2016-06-12").mentions
    assert mention.place.location == "Timika"


def test_a_town_in_the_province_written_after_it_stays_the_place(read) -> None:
    (mention,) = read("A car bomb tore through a market in Ramadi, Anbar province, on Monday, killing five people.",
                      title="Bombing in Iraq", published="2016-06-12").mentions
    assert mention.place.location == "Ramadi"


@pytest.mark.parametrize(("written", "town", "state"), [
    ("the Ohio city of Springfield", "Springfield", "Ohio"), ("the Missouri town of Lebanon", "Lebanon", "Missouri"),
    ("the Guerrero city of Chilapa", "Chilapa", "Guerrero"),
])
def test_the_state_written_before_a_town_s_kind_says_which_namesake_and_is_no_place_of_its_own(
        read, written: str, town: str, state: str) -> None:
    (mention,) = read(f"Gunmen opened fire outside a bar in {written} late Saturday, killing two men.", published="2016-06-12").mentions
    assert (mention.place.location, mention.place.admin1) == (town, state)


def test_the_state_and_kind_opening_a_sentence_say_which_namesake(read) -> None:
    (mention,) = read("The Missouri town of Lebanon was stunned on Saturday when gunmen killed two men outside a bar.",
                      published="2016-06-12").mentions
    assert (mention.place.location, mention.place.admin1) == ("Lebanon", "Missouri")


def test_a_language_after_in_is_no_place(read) -> None:
    # Spanish is also a town in Ontario; "in Spanish" is what was said, not where
    doc = read("A witness told him in Spanish that two men ran away. Two men were shot dead outside a bar on Saturday night.",
               published="2016-06-12")
    assert not any(p.text == "Spanish" for p in doc.places)


def test_a_local_outlet_s_far_namesake_named_twice_gives_way_to_its_own_area(read) -> None:
    # the Greenfields the gazetteer knows are in other states (Indiana, Wisconsin...); a Pittsburgh paper's is
    # a part of Pittsburgh, and naming it twice makes it no more theirs
    text = ("A man was shot on a porch in Greenfield early Sunday. Officers found him bleeding in Greenfield a few "
            "minutes later, police said.")
    doc = read(text, published="2016-05-02", outlet="post-gazette.com")
    assert [(m.place.location, m.place.admin1, m.place.geo_precision) for m in doc.mentions] == [
        ("Pittsburgh", "Pennsylvania", 2)]
    elsewhere = read(text, published="2016-05-02", outlet="Test Wire")
    assert [m.place.admin1 for m in elsewhere.mentions] in (["Indiana"], ["Wisconsin"])


def test_a_local_outlet_s_sizeable_far_namesake_gives_way_where_the_report_names_its_own_town(read) -> None:
    # a Nashville station: "Inglewood" beside Nashville's own police is the Nashville neighbourhood, not the
    # Californian city; a wire report naming nothing else keeps the city
    text = "Two teenagers were wounded in a shooting at an apartment complex in Inglewood on Sunday, Nashville police said."
    doc = read(text, published="2016-05-02", outlet="wsmv.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Nashville", "Tennessee")]
    elsewhere = read(text.replace("Nashville police", "police"), published="2016-05-02", outlet="Test Wire")
    assert [(m.place.location, m.place.admin1) for m in elsewhere.mentions] == [("Inglewood", "California")]


def test_a_local_outlet_keeps_a_sizeable_far_town_where_the_report_names_nothing_of_its_own_state(read) -> None:
    # a wire story on a Nashville station's site
    doc = read("A man was shot and killed outside a restaurant in Atlanta on Sunday, police said.",
               published="2016-05-02", outlet="wsmv.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Atlanta", "Georgia")]


def test_a_local_outlet_s_town_stands_for_a_foreign_namesake_the_report_does_not_place_abroad(read) -> None:
    # Bordeaux is also a part of Nashville; nothing in the report points to France, its wording to the US
    doc = read("A teenager was found shot to death in a parked car in Bordeaux at about 11 p.m. Sunday, police said.",
               published="2016-05-02", outlet="wsmv.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Nashville", "Tennessee")]


@pytest.mark.parametrize("outlet, town, state", [
    ("mcdowellnews.com", "Marion", "North Carolina"),
    ("www.lagrangepublishing.com", "Lagrange", "Indiana"),
    ("ncwlife.com:80", "Quincy", "Washington"),
])
def test_a_small_local_outlet_of_our_table_places_a_town_many_states_have(read, outlet: str, town: str, state: str) -> None:
    text = f"A man was wounded in a shooting outside a gas station in {town} late Saturday, the county sheriff's office said."
    doc = read(text, published="2016-05-02", outlet=outlet)
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [(town, state)]


def test_the_areas_in_brackets_choose_the_place_s_namesake_and_are_no_place_of_their_own(read) -> None:
    # ACLED-style notes write a place's areas after it, smallest first; the district's seat (Beni)
    # must not take the place of the town the incident was in
    (mention,) = read("On 3 May 2021, rebels attacked civilians with machetes in Oicha (Beni, Nord-Kivu), killing nine.",
                      published="2021-05-05").mentions
    assert mention.place.country == "Democratic Republic of the Congo"
    assert mention.place.location != "Beni"
    # Baga of Borno is too small for the gazetteer; its Indian and Spanish namesakes are not meant
    (mention,) = read("On 3 May 2021, militants killed six fishermen near Baga (Kukawa, Borno).", published="2021-05-05").mentions
    assert (mention.place.location, mention.place.country, mention.place.geo_precision) == ("Kukawa", "Nigeria", 2)
    # an area read under an old name elsewhere ("Islamabad" was once Chattogram's) is the one of that name
    (mention,) = read("On 3 May 2021, about 300 lawyers protested outside the high court in Islamabad (Islamabad).",
                      published="2021-05-05").mentions
    assert (mention.place.location, mention.place.country) == ("Islamabad", "Pakistan")
    # a province read in two countries is the one the town lies in
    (mention,) = read("On 3 May 2021, about 400 nurses protested in Lahore (Punjab) over unpaid wages.",
                      published="2021-05-05").mentions
    assert (mention.place.location, mention.place.country) == ("Lahore", "Pakistan")


@pytest.mark.parametrize("text", [
    "On 9 May 2022, the army retook control of Mueda (Mueda, Cabo Delgado) after the insurgents withdrew.",
    "On 9 May 2022, troops shelled residential areas of Kherson (Kherson), killing two civilians.",
])
def test_a_name_with_its_areas_after_it_is_a_place_whatever_the_parser_reads(read, text: str) -> None:
    # the parser reads "Mueda" as a person and "Kherson (Kherson" as an organisation
    (mention,) = read(text, published="2022-05-11").mentions
    assert mention.place.location in ("Mueda", "Kherson") and mention.place.geo_precision == 1


@pytest.mark.parametrize("text", [
    "On 9 May 2022, coalition aircraft carried out airstrikes on Taizz (Taizz), killing three fighters.",
    "On 9 May 2022, militants launched an attack on Taizz, killing three soldiers.",
])
def test_the_place_an_attack_is_made_on_is_the_incident_s(read, text: str) -> None:
    (mention,) = read(text, published="2022-05-11").mentions
    assert (mention.place.location, mention.place.country) == ("Taiz", "Yemen")


def test_a_building_named_after_a_country_does_not_take_the_story_abroad(read) -> None:
    # "Albania Court Apartments" names no country: the local wording still makes it a US report, and its
    # Panama City is the one in Florida, not the capital of Panama
    doc = read("A girl, 8, was shot and wounded around 6 p.m. Saturday outside the Albania Court Apartments "
               "on Pine Street in Panama City, police said. Anyone with information is asked to call CrimeStoppers.",
               published="2016-07-11")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Panama City", "Florida")]


def test_a_country_named_outright_still_counts(read) -> None:
    doc = read("Gunmen killed three people in Panama City on Saturday, officials in Panama said.", published="2016-07-11")
    assert [(m.place.location, m.place.country) for m in doc.mentions] == [("Panama City", "Panama")]


def test_a_town_is_not_found_under_a_name_it_no_longer_has(read) -> None:
    # GeoNames keeps "Vanderbilt" among the names of Erwin, Tennessee: an old name, not the town a report means
    doc = read("Deputies in Tennessee said a man was shot in Vanderbilt on Friday night.", published="2016-07-11")
    assert "Erwin" not in {p.entry.name for p in doc.places if p.entry is not None}


@pytest.mark.parametrize("written, town, kept", [
    ("Birmingham", "Cartersville", False),    # a former name, which a larger town bears today
    ("Oklahoma", "Oklahoma City", True),      # its own name, short of "City"
    ("Newcastle", "Newcastle upon Tyne", True),  # its own name, cut short
    ("Mc Kees Rocks", "McKees Rocks", True),  # its own name, spaced apart
    ("Port St. Lucie", "Port Saint Lucie", True),  # its own name, a word shortened
    ("Bronx", "The Bronx", True),             # its own name, without its article
    ("Bay", "Bodega Bay", False),             # a word of its name is no name of it
    ("Dayr az Zawr", "Deir ez-Zor", True),    # a town abroad keeps its other spellings
])
def test_a_town_under_a_name_another_place_bears_today(written: str, town: str, kept: bool) -> None:
    from wirecoder.gazetteer import GazetteerEntry

    country = "SY" if town == "Deir ez-Zor" else "US"
    entry = GazetteerEntry(1, town, "city", country, None, None, 0.0, 0.0, 20_000)
    bearer = GazetteerEntry(2, written, "city", "GB", None, None, 0.0, 0.0, 1_000)  # a place that has the name today
    assert (entry in places._without_former_names([bearer, entry], written)) is kept


def test_a_name_only_the_gazetteer_s_old_names_hold_keeps_them() -> None:
    from wirecoder.gazetteer import GazetteerEntry

    # "Pinewick", once the name of a village now part of the city, is the city's where nothing else bears it
    city = GazetteerEntry(1, "Harbourton", "city", "US", "Georgia", None, 0.0, 0.0, 150_000)
    assert places._without_former_names([city], "Pinewick") == [city]


def test_a_saints_name_in_the_possessive_is_no_town(read) -> None:
    doc = read("PHOENIX -- A man was shot dead outside a bar early Sunday, police said. Four others were taken to "
               "St. Luke's Medical Center with wounds that were not life-threatening.", published="2015-10-25")
    assert [p.text for p in doc.places if p.text.startswith("St")] == []
    assert {m.place.location for m in doc.mentions} == {"Phoenix"}


# --- conflict reports from many countries: country aliases, namesakes far abroad, chains of areas ---------

def test_a_country_written_by_its_alias_is_that_country(resources) -> None:
    articles = [make_article("Refugees fled from Bosnia into Croatia, and others crossed from DR Congo into Uganda.")]
    (result,) = geoparse(articles, resources)
    countries = {p["text"]: p["country"] for p in result["places"]}
    assert countries["Bosnia"] == "Bosnia and Herzegovina"
    assert countries["DR Congo"] == "Democratic Republic of the Congo"


def test_an_alias_the_gazetteer_knows_as_a_province_stays_the_province(read) -> None:
    place = _only_mention(read("An air strike killed three men in the Gaza Strip on Sunday, medics said.")).place
    assert (place.location, place.feature, place.geo_precision) == ("Gaza Strip", "admin1", 3)


def test_a_small_namesake_far_abroad_is_not_the_place_of_a_story_of_a_named_country(read) -> None:
    # the gazetteer lacks the Kenyan Mogila; the only Mogila it knows is in North Macedonia
    doc = read("Raiders killed three herders in Mogila location on Sunday, police said.", title="Cattle raid in Kenya")
    assert all(m.place.country != "North Macedonia" for m in doc.mentions)


def test_a_town_across_the_border_of_the_story_country_is_kept(read) -> None:
    doc = read("Troops shot dead two gunmen near Beit Hanoun on Sunday, the army said.", title="Clashes in Israel")
    place = _only_mention(doc).place
    assert place.country == "Palestinian Territory"


def test_the_areas_after_a_place_and_a_comma_are_areas(read) -> None:
    # the first name is a district the gazetteer lacks; the province after the comma is read as the
    # province, not as its namesake town, even where the parser reads a person
    doc = read("Soldiers killed five insurgents in Dehraoud district, Uruzgan, on Tuesday, officials said.",
               title="Fighting in Afghanistan")
    place = _only_mention(doc).place
    assert (place.admin1, place.feature, place.geo_precision) == ("Uruzgan", "admin1", 3)


def test_a_name_after_a_place_and_a_comma_that_is_no_area_is_no_place(read) -> None:
    doc = read("A man was shot dead in Houston, Texas, Garcia told reporters on Sunday.")
    assert not any(p.text == "Garcia" for p in doc.places)
    assert _only_mention(doc).place.location == "Houston"


def test_a_district_ending_a_chain_and_the_sentence_is_an_area(read) -> None:
    # the barangay and the town are too small for the gazetteer; Sulu, a province the gazetteer keeps as a
    # district, ends the chain and the sentence, where no person's surname stands ("in Houston, Texas, Garcia said")
    doc = read("Marines fought gunmen for an hour in Barangay Lumbac, Talipao, Sulu.", title="Clashes in the Philippines")
    place = _only_mention(doc).place
    assert (place.location, place.feature, place.geo_precision) == ("Sulu", "admin2", 2)


def test_a_town_written_with_its_kind_after_of_is_a_place_whatever_the_parser_reads(read) -> None:
    doc = read("Insurgents overran a checkpoint in Sarband locality of Ghazni city on Monday, killing four policemen, "
               "officials said.", title="Fighting in Afghanistan")
    assert (_only_mention(doc).place.location, _only_mention(doc).place.country) == ("Ghazni", "Afghanistan")


def test_the_villages_of_a_district_are_placed_in_the_district(read) -> None:
    doc = read("Insurgents killed three farmers in the villages of Nad Ali district on Monday, officials said.",
               title="Fighting in Afghanistan")
    place = _only_mention(doc).place
    assert (place.admin1, place.feature, place.geo_precision) == ("Helmand", "admin2", 2)


def test_the_outskirts_of_a_town_are_near_it(read) -> None:
    doc = read("Insurgents killed three farmers on the outskirts of Tarin Kot on Monday, officials said.",
               title="Fighting in Afghanistan")
    place = _only_mention(doc).place
    assert (place.location, place.geo_precision) == ("Tarin Kot", 2)


def test_a_place_listed_after_its_province_and_a_colon_is_the_place(read) -> None:
    # conflict trackers list a place after the area it lies in: "Idlib: Saraqib" is Saraqib, not Idlib
    doc = read("Rebels shelled an army post in Idlib: Saraqib on Monday, killing two soldiers.", title="Clashes in Syria")
    assert _only_mention(doc).place.location == "Saraqib"
    assert next(p for p in doc.places if p.text == "Idlib").relation == "area"


def test_a_name_after_a_label_of_its_kind_is_a_place(read) -> None:
    # a form's fields: the municipality is the place, the department the area it lies in
    doc = read("Guerrillas ambushed an army patrol on Monday in DEPARTMENT: NARIÑO MUNICIPALITY: TUMACO, killing three "
               "soldiers.", title="Clashes in Colombia")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.geo_precision) == ("Tumaco", "Narino", 1)


def test_a_name_in_capitals_before_words_in_title_case_is_a_name_of_its_own(read) -> None:
    # "URIBE Los Alpes" is the municipality and then a hamlet of it the gazetteer lacks
    doc = read("Guerrillas ambushed an army patrol on Monday in DEPARTMENT: META MUNICIPALITY: URIBE Los Alpes hamlet, "
               "killing three soldiers.", title="Clashes in Colombia")
    assert _only_mention(doc).place.location == "Uribe"


def test_a_nigerian_local_government_area_written_out_is_its_town(read) -> None:
    doc = read("Gunmen killed five farmers on Sunday in Ezeala village in Oguta Local Government Area of Imo State, "
               "police said.", title="Attack in Nigeria")
    place = _only_mention(doc).place
    assert (place.location, place.admin1) == ("Oguta", "Imo")


def test_a_persian_name_joined_by_i_is_one_name(read) -> None:
    # "Qala i Naw" (Qala-e-Naw): not Qala of Malta
    doc = read("Insurgents killed three policemen at a checkpoint near Qala i Naw on Monday, officials said.",
               title="Fighting in Afghanistan")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.geo_precision) == ("Qala i Naw", "Badghis", 2)


def test_a_town_ending_a_chain_and_the_sentence_is_where_the_place_before_it_lies(read) -> None:
    # the complex is no name the gazetteer knows; the town after the comma ends the sentence: no one's surname
    doc = read("Militiamen shot dead a guard in Souq complex, Zliten.", title="Clashes in Libya")
    place = _only_mention(doc).place
    assert (place.location, place.country) == ("Zliten", "Libya")


def test_the_countryside_of_a_town_is_near_it(read) -> None:
    doc = read("Government forces shelled farms in the eastern countryside of Hama on Monday, killing five people.",
               title="Clashes in Syria")
    place = _only_mention(doc).place
    assert (place.admin1, place.geo_precision) == ("Hama", 2)


def test_a_chain_of_areas_after_around(read) -> None:
    doc = read("Jets struck around Kafr Hamra village, Aleppo province, on Monday, killing four people.",
               title="Clashes in Syria")
    place = _only_mention(doc).place
    assert (place.admin1, place.feature, place.geo_precision) == ("Aleppo", "admin1", 3)


def test_an_island_written_with_its_kind(read) -> None:
    doc = read("Soldiers shot dead two protesters on Moheli Island on Monday, witnesses said.", title="Unrest in the Comoros")
    assert _only_mention(doc).place.country == "Comoros"


def test_a_chain_after_the_municipality_of(read) -> None:
    # the state ending the chain says which Juárez: Nuevo León's, not Chihuahua's
    doc = read("Gunmen killed a shopkeeper on Sunday in the municipality of Juárez, Nuevo León.", title="Violence in Mexico")
    assert _only_mention(doc).place.admin1 == "Nuevo Leon"


def test_a_neighbourhood_named_like_a_town_of_another_state_is_not_the_place(read) -> None:
    # the neighbourhood is too small for the gazetteer; its namesake town lies in Tabasco, not in Nuevo León
    doc = read("Gunmen killed a shopkeeper on Sunday in Libertad neighborhood, Apodaca, Nuevo León, police said.",
               title="Violence in Mexico")
    place = _only_mention(doc).place
    assert (place.location, place.admin1) == ("Apodaca", "Nuevo Leon")


def test_a_town_written_after_its_state_with_no_comma_is_the_town_of_that_state(read) -> None:
    doc = read("Cartel gunmen killed four men on Saturday in Guerrero Tecpan de Galeana.", title="Violence in Mexico")
    place = _only_mention(doc).place
    assert (place.location, place.admin1, place.geo_precision) == ("Tecpan de Galeana", "Guerrero", 1)


def test_a_hashtag_before_a_town_is_no_word(read) -> None:
    doc = read("Gunmen killed two soldiers in #Kumbo on Sunday, residents said.", title="Attack in Cameroon")
    assert _only_mention(doc).place.location == "Kumbo"


def test_a_town_after_a_capitalised_direction_is_found(read) -> None:
    doc = read("Militants killed nine farmers in a village 15km Northwest of Gwoza on Sunday, residents said.",
               title="Attack in Nigeria")
    place = _only_mention(doc).place
    assert (place.location, place.geo_precision) == ("Gwoza", 2)


def test_a_place_measured_a_short_way_from_a_town_is_placed_near_it(read) -> None:
    doc = read("Gunmen killed six traders in a village 12 km east of Gwoza on Monday, residents said.",
               title="Attack in Nigeria")
    place = _only_mention(doc).place
    assert (place.location, place.geo_precision) == ("Gwoza", 2)
    far = read("Gunmen killed six traders in a village 300 km east of Gwoza on Monday, residents said.",
               title="Attack in Nigeria")
    assert all(m.place.location != "Gwoza" for m in far.mentions)


def test_a_small_town_of_a_us_local_story_naming_another_country_is_kept(read) -> None:
    # US local-news wording ties the story home, however often it names the country someone was deported to
    doc = read("A man deported to Mexico twice shot a neighbor dead in Eufaula on Sunday, the Sheriff's Office said. "
               "He had returned from Mexico in May.", title="Man deported to Mexico held in killing")
    assert _only_mention(doc).place.location == "Eufaula"


def test_a_country_named_once_makes_no_local_outlets_story_foreign(read) -> None:
    # "Trinidad" is also the island's name; named once, it does not silence the local wording of a Colorado
    # station's report, which places the town in Colorado rather than in Bolivia
    doc = read("A teenager was wounded by gunfire outside a diner in Trinidad on Friday night, and sheriff's deputies "
               "later arrested a neighbour.", published="2016-01-09", outlet="kktv.com")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.admin1) == ("Trinidad", "Colorado")


def test_a_neighbourhood_of_another_city_is_not_the_place(read) -> None:
    # Washington Park is on our list as a part of Chicago; a Milwaukee report names Milwaukee's own park
    doc = read("A girl of ten was shot and wounded on Friday evening in Washington Park, Milwaukee police said.",
               published="2015-07-11", outlet="Test Wire")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.admin1) == ("Milwaukee", "Wisconsin")


def test_a_neighbourhood_of_the_city_the_report_names_stays(read) -> None:
    doc = read("A girl of ten was shot and wounded on Friday evening in Washington Park, Chicago police said.",
               published="2015-07-11", outlet="Test Wire")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.feature) == ("Washington Park", "neighbourhood")


def test_a_neighbourhood_named_with_no_other_town_stays(read) -> None:
    # nothing in the story places it away from its city: Jobar is on our list as a part of Damascus
    doc = read("Troops shelled rebel positions in Jobar on Sunday, killing four fighters, activists said.",
               title="Clashes in Syria")
    assert _only_mention(doc).place.location == "Jobar"


def test_a_county_is_narrowed_to_the_town_in_it_before_a_larger_town_next_door(read) -> None:
    # Lexington, named twice, lies within a short drive of Anderson County but in the next county; Lawrenceburg,
    # named once, lies in it
    doc = read("A farmhand was shot and wounded on Sunday night in Anderson County, deputies said. Deputies found him "
               "beside a barn off a gravel lane in Lawrenceburg. His brother, who lives in Lexington, and his mother, who "
               "works at a bakery in Lexington, were with him.", published="2016-05-02")
    assert doc.mentions[0].place.location == "Lawrenceburg"


def test_a_county_is_not_narrowed_to_the_town_in_the_site_s_name(read) -> None:
    # the station's own town after the headline (Dayton) lies near Preble County but is none of its towns
    doc = read("Two people were killed in a shooting in Preble County late on Monday, deputies said.", published="2016-05-03",
               title="Deputies look into deadly shooting - WXYZ - Dayton, OH")
    (mention,) = doc.mentions
    assert (mention.place.location, mention.place.feature) == ("Preble County", "admin2")


@pytest.mark.parametrize("custody", ["34th District Court in Romulus", "the Wayne County Jail in Romulus",
                                     "the Troop 2 barracks and then to Troop 2 in Romulus"])
def test_the_town_of_the_court_or_jail_the_accused_were_taken_to_is_not_the_incident_s(read, custody: str) -> None:
    doc = read("A teenager was shot dead on Wednesday night on a quiet street in Dearborn, police said. The two brothers "
               f"charged in her killing on Wednesday were taken on Saturday to {custody}.", published="2016-05-07")
    romulus = next(p for p in doc.places if p.text == "Romulus")
    assert romulus.relation == "hospital"
    assert [m.place.location for m in doc.mentions if m.sub_event_type != "Arrests"][:1] == ["Dearborn"]


def test_a_station_our_table_knows_keeps_its_country_s_reading_when_the_report_names_another_country_once(read) -> None:
    # a Los Angeles station's Pasadena is California's, though the victim's parents came from Mexico
    doc = read("A man was shot and killed in Pasadena on Saturday night, police said. His parents moved here from Mexico "
               "when he was a boy, a cousin said.", published="2016-05-02", outlet="nbclosangeles.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Pasadena", "California")]


@pytest.mark.parametrize("label", ["UPDATE:", "BREAKING NEWS:", "WATCH:"])
def test_a_label_on_a_line_of_its_own_is_no_dateline(read, label: str) -> None:
    doc = read(label + "\n\nMARIETTA, Ga. -- A gunman wounded three people at a car wash on Sunday, police said.",
               published="2016-05-02")
    assert doc.dateline is not None and doc.dateline.city == "MARIETTA"
    assert _only_mention(doc).place.location == "Marietta"


def test_a_dateline_city_near_a_city_of_its_size_is_a_bureau(read) -> None:
    doc = read("HAMA, Syria (Test Wire) -- Troops shelled villages near Homs on Sunday, killing three people, activists said.",
               published="2012-02-06")
    place = _only_mention(doc).place
    assert (place.location, place.geo_precision) == ("Homs", 2)


def test_a_state_and_a_town_run_together_after_from_is_a_person_not_a_place(read) -> None:
    # "Virginia Richmond" after "from" names a person; only where a place is expected is it Richmond in Virginia
    (mention,) = read("Police said a 20-year-old was shot in Texas City on Friday; a friend from Virginia Richmond was with him.",
                      published="2016-05-02").mentions
    assert mention.place.location == "Texas City"


def test_a_town_abroad_nothing_points_to_is_no_place_of_a_story_headlined_with_its_country(read) -> None:
    # the only "Mansoura" the gazetteer holds lies in Algeria: a report headlined with Syria that places its
    # fighting by a Syrian town means a Syrian village the gazetteer lacks
    doc = read("Rebels and troops fought on Tuesday in Mansoura, a village outside Kafranbel, and three fighters were killed.",
               title="Fighting in Syria")
    assert _only_mention(doc).place.location == "Kafranbel"
    assert [p.entry.country_code for p in doc.places] == ["SY", "SY"]


def test_a_story_s_only_town_stays_though_read_abroad(read) -> None:
    # a report placed abroad is better than one lost: its town stays while no other place does
    doc = read("Gunmen killed three men on Tuesday in Mansoura. State television in Syria blamed the rebels.",
               title="Fighting in Syria")
    assert _only_mention(doc).place.location == "Mansoura"


def test_a_headline_naming_another_country_than_the_story_s_drops_none_of_its_towns(read) -> None:
    # the body's towns point to the United States: the headline's Iraq is where the victim once served
    doc = read("A man who had served in the army was shot dead on his porch in Fresno on Saturday night. Fresno police "
               "said the gunman drove off toward Los Angeles.", published="2016-05-02", title="Iraq war veteran killed in shooting")
    assert _only_mention(doc).place.location == "Fresno"


@pytest.mark.parametrize("title", ["", None])
def test_a_report_without_a_headline_names_no_country_in_it(read, resources, title: str | None) -> None:
    doc = read("Fighting in Syria spread on Tuesday to Mansoura, where three fighters were killed.", title=title)
    context = places._context(doc, resources.gazetteer, places._Recogniser(resources.gazetteer))
    assert context.named == {"SY"}
    assert context.named_in_headline == set()


def test_a_town_over_the_border_of_the_headline_s_country_stays(read) -> None:
    doc = read("Shells fired from across the frontier hit Arsal on Tuesday, killing two men.", title="Violence in Syria")
    assert doc.mentions[0].place.country_code == "LB"


def test_a_town_the_headline_names_beside_another_country_stays(read) -> None:
    doc = read("Two men were shot dead outside a bakery in Fresno on Monday night.",
               title="Veteran says Iraq felt safer than Fresno")
    assert doc.mentions[0].place.location == "Fresno"
