"""Our table of news outlets' home towns."""

import pytest

from wirecoder.gazetteer.outlets import OUTLET_KINDS, OutletHome, outlet_home, outlet_homes

HOMES = {
    "wxyztv.com": OutletHome("wxyztv.com", "Brightwater", "TN", "tv", "WXYZ-TV"),
    "statewide.com": OutletHome("statewide.com", "Lakeport", "AL", "online", "Statewide"),
}


@pytest.mark.parametrize("outlet, town", [
    ("wxyztv.com", "Brightwater"), ("www.wxyztv.com:80", "Brightwater"), ("m.wxyztv.com", "Brightwater"),
    ("WXYZTV.COM", "Brightwater"), ("blog.statewide.com", "Lakeport"), ("statewide.com/news/local", "Lakeport"),
    # an address merely ending like a known one is another outlet's
    ("notwxyztv.com", None), ("wxyztv.com.example.org", None), ("", None), (None, None),
])
def test_an_outlet_is_known_by_its_address_and_the_domains_it_lies_under(outlet: str | None, town: str | None) -> None:
    found = outlet_home(outlet, HOMES)
    assert (found.town if found else None) == town


def test_every_row_of_our_table_is_well_formed() -> None:
    homes = outlet_homes()
    assert len(homes) > 300
    for address, home in homes.items():
        assert address == home.address and "." in address and " " not in address
        assert not address.startswith(("www.", "m.")) and ":" not in address and "/" not in address
        assert home.kind in OUTLET_KINDS and home.state_code.isupper() and home.town


def test_every_town_of_our_table_is_in_the_gazetteer_in_its_state(resources) -> None:
    # a row whose town the gazetteer cannot place in its state would silently give no context
    gazetteer = resources.gazetteer
    unplaced = []
    for home in outlet_homes().values():
        state = gazetteer.admin1_for_abbreviation(home.state_code)
        assert state is not None and state[0] == "US", home
        if not any(entry.feature == "city" and (entry.country_code, entry.admin1) == state
                   for entry in gazetteer.lookup(home.town)):
            unplaced.append(home)
    assert unplaced == []
