"""US towns the gazetteer knows from the postal service's list (gazetteer/build.py `_add_us_postal_towns`):
the hamlets and unincorporated places below GeoNames' 500 people that local news places shootings in,
and how they give way to a large namesake (extract/places.py)."""

from __future__ import annotations

import pytest

from wirecoder.gazetteer.build import _a_postal_town_name, _as_news_writes_it, _median_point


def test_a_towns_point_is_the_median_of_its_postal_codes_points() -> None:
    # a box at a far office does not drag the town away
    points = [(41.00, -104.00), (41.02, -104.02), (41.01, -104.01), (44.50, -110.00)]
    assert _median_point(points) == (41.02, -104.01)


@pytest.mark.parametrize(("name", "town"), [
    ("Lingle", True), ("Waterbury Center", True), ("Fort Riley", True), ("Rye", True), ("Dry Creek", True),
    ("Mc Cune", True),
    ("W Univ Pl", False), ("Vlg Of 4 Ssns", False), ("Gloucester Cy", False),  # the list's short forms
    ("Va Hospital", False), ("Tinker AFB", False), ("Wms College", False),  # where it delivers, not towns
])
def test_the_postal_lists_short_forms_and_institutions_are_no_towns(name: str, town: bool) -> None:
    assert _a_postal_town_name(name) is town


def test_a_town_only_the_postal_list_knows_is_in_the_gazetteer_with_its_state_and_county(resources) -> None:
    (town,) = [e for e in resources.gazetteer.lookup("Lingle") if e.country_code == "US"]
    assert (town.feature, town.admin1, town.admin2, town.population) == ("city", "Wyoming", "Goshen County", 0)
    assert town.is_postal_town


def test_a_postal_name_is_spelled_as_news_writes_it(resources) -> None:
    assert _as_news_writes_it("MC CUNE") == "McCune"
    assert any(e.admin1 == "Kansas" and e.name == "McCune" for e in resources.gazetteer.lookup("McCune"))


def test_a_town_geonames_has_in_the_state_is_not_doubled(resources) -> None:
    houstons = [e for e in resources.gazetteer.lookup("Houston") if e.feature == "city" and e.admin1 == "Texas"]
    assert len(houstons) == 1 and not houstons[0].is_postal_town


def test_a_shooting_in_a_postal_town_is_placed_there(read) -> None:
    doc = read("A man was wounded in a shooting in Lingle, Wyoming, late Friday, the sheriff said.", published="2016-05-02")
    assert [(m.place.location, m.place.admin1, m.place.geo_precision) for m in doc.mentions] == [("Lingle", "Wyoming", 1)]


def test_a_large_town_keeps_its_name_from_a_postal_namesake_in_the_outlets_state(read) -> None:
    # an Arkansas station carries a Texan story: the Houston of Arkansas' postal list is a hamlet
    text = "HOUSTON -- Two officers were wounded during a robbery at a burger restaurant on Monday, police said."
    doc = read(text, published="2016-05-02", outlet="thv11.com")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Houston", "Texas")]


def test_a_postal_namesake_of_a_large_town_is_read_where_its_state_is_written_beside_it(read) -> None:
    doc = read("Two officers were wounded during a robbery in Houston, Ark., on Monday, police said.", published="2016-05-02")
    assert [(m.place.location, m.place.admin1) for m in doc.mentions] == [("Houston", "Arkansas")]
