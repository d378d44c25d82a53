"""Where the gazetteer puts countries, provinces and continents (gazetteer/build.py): an area's
centre near its geographic centre, as GeoNames does, so a place name geoparsed to a country is
measured against the point a reader's map would show, not against its capital; and its seat (the
capital, the largest town), where an event known only to the province is mapped."""

from __future__ import annotations

import pytest

from wirecoder.gazetteer.build import extent_centre
from wirecoder.geo import distance_km


def test_extent_centre_is_the_middle_of_the_towns_extent() -> None:
    towns = [(10.0, 20.0), (14.0, 20.0), (12.0, 30.0), (11.0, 24.0)]
    assert extent_centre(towns) == (12.0, 25.0)


def test_a_far_island_does_not_pull_a_country_into_the_sea() -> None:
    mainland = [(40.0 + i % 10 * 0.3, -4.0 + i // 10 * 0.3) for i in range(100)]
    island = [(28.0, -16.0)]
    latitude, longitude = extent_centre(mainland + island, trim=0.02)
    assert 40.5 < latitude < 42.5 and -3.5 < longitude < -1.0
    # without trimming, the island sets the extent
    assert extent_centre(mainland + island)[0] < 36


def test_islands_across_the_date_line_are_centred_on_it() -> None:
    latitude, longitude = extent_centre([(-17.0, 177.5), (-18.0, 178.5), (-16.5, -179.8)])
    assert latitude == pytest.approx(-17.25)
    assert abs(longitude) > 178  # not 0, half a world away


def _one(gazetteer, name: str, feature: str):
    return next(e for e in gazetteer.lookup(name) if e.feature == feature)


@pytest.mark.parametrize(("name", "feature", "point"), [
    ("Turkey", "country", (39.0, 35.0)),  # from its towns' extent (Ankara is 200 km off)
    ("Russia", "country", (60.0, 100.0)),  # from the curated table (its towns crowd in the west)
    ("Canada", "country", (60.1, -113.6)),
    ("Malaysia", "country", (2.5, 112.5)),  # its two lands put its towns' extent in the sea
    ("California", "admin1", (37.25, -119.75)),  # not Los Angeles, its largest town
    ("Ontario", "admin1", (49.25, -84.5)),
    ("Africa", "continent", (7.19, 21.09)),
])
def test_units_sit_near_their_geographic_centre(gazetteer, name, feature, point) -> None:
    entry = _one(gazetteer, name, feature)
    assert distance_km(*entry.centre, *point) < 100, entry


@pytest.mark.parametrize(("name", "feature", "seat"), [
    ("Homs", "admin1", (34.72, 36.72)),  # the province's largest town, not the desert in its middle
    ("Russia", "country", (55.75, 37.62)),  # the capital
])
def test_units_keep_their_seat_for_events(gazetteer, name, feature, seat) -> None:
    entry = _one(gazetteer, name, feature)
    assert distance_km(entry.latitude, entry.longitude, *seat) < 10, entry
    assert distance_km(*entry.centre, *seat) > 50, entry


def test_a_town_is_its_own_centre(gazetteer) -> None:
    entry = _one(gazetteer, "Dayton", "city")
    assert entry.centre == (entry.latitude, entry.longitude)
