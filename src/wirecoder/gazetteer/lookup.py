"""Looking places up: the Gazetteer interface, its SQLite implementation, and an
in-memory one for tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..errors import GazetteerError
from .build import GAZETTEER_FORMAT, POSTAL_TOWN_ID_BASE, build_gazetteer
from .names import TRANSLITERATED_COUNTRIES, name_key, other_spellings, run_together, transliteration_key, transliteration_key_of


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place the gazetteer knows."""

    id: int
    name: str
    feature: str  # city | admin1 | admin2 | country | region | neighbourhood | ...
    country_code: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    population: int = 0
    #: an area's centre where it differs from its seat (the point above: a country's capital, a province's
    #: largest town); a gazetteer's answer for where the area lies (`wirecoder geoparse`)
    centre_latitude: float | None = None
    centre_longitude: float | None = None

    @property
    def centre(self) -> tuple[float | None, float | None]:
        """Where the place lies as a whole: its centre for an area, else its point."""
        if self.centre_latitude is not None and self.centre_longitude is not None:
            return self.centre_latitude, self.centre_longitude
        return self.latitude, self.longitude

    @property
    def is_postal_town(self) -> bool:
        """A US town known only from the postal service's list (build._add_us_postal_towns), of unknown size."""
        return self.id <= POSTAL_TOWN_ID_BASE


@dataclass(frozen=True, slots=True)
class CountryInfo:
    code: str
    iso3: str
    name: str
    isonumeric: int | None = None
    region: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    #: the countries it borders (ISO alpha-2, GeoNames)
    neighbours: tuple[str, ...] = ()


class Gazetteer(Protocol):
    """What the place stages need to know about the world."""

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Every place that has this name (any spelling the gazetteer holds); a name it does not hold as written
        but with a leading Arabic article ("Al-Raqqah") is looked up without it, among the places of the
        countries whose names carry one."""
        ...

    def country(self, code: str) -> CountryInfo | None:
        """A country by ISO alpha-2 code."""
        ...

    def country_code_for(self, name: str) -> tuple[str, str] | None:
        """(ISO alpha-2, kind) for a country name, alias or demonym ("Syrian")."""
        ...

    def admin1_for_abbreviation(self, text: str) -> tuple[str, str] | None:
        """(country code, admin1) for a state written the way news abbreviates it ("Tenn.")."""
        ...

    def large_towns(self, min_population: int) -> dict[str, GazetteerEntry]:
        """Towns of at least this many people by their name run together ("sanantonio"): the largest
        of each name. For names written without spaces, as in a news site's address."""
        ...

    def states(self) -> dict[str, GazetteerEntry]:
        """States and provinces (first-level areas) by their name run together ("newjersey"): the most
        populous of each name. For names written without spaces, as in a news site's address."""
        ...

    def lookup_by_sound(self, name: str) -> list[GazetteerEntry]:
        """Places of the countries whose names news transliterates (names.TRANSLITERATED_COUNTRIES)
        that one of their names sounds like (names.transliteration_key): "Maarat al-Numan" finds Ma'arrat an
        Nu'man. For names `lookup` does not know; the caller checks the country fits the report."""
        ...


#: transliterating countries whose place names do not take an Arabic article (Persian, Pashto and Urdu names)
NO_ARABIC_ARTICLE = frozenset({"IR", "AF", "PK"})


def _held_under_any_spelling(name: str, held_under: Callable[[str], list[GazetteerEntry]]) -> list[GazetteerEntry]:
    """The places held under the name's key, else under its other spellings (names.other_spellings), for both
    gazetteers: `held_under` gives the places a key holds."""
    found = held_under(name_key(name))
    for spelling in other_spellings(name) if not found else ():
        found = _where_articles_are_written(held_under(spelling))
        if found:
            break
    return found


def _where_articles_are_written(entries: Iterable[GazetteerEntry]) -> list[GazetteerEntry]:
    """Of the places a name found without its Arabic article, those of the countries whose names carry one: an
    article means nothing before a name elsewhere ("Al-Maliki" is no Maliq of Albania, "Al-Shabab" no town of Iran)."""
    return [e for e in entries if e.country_code in TRANSLITERATED_COUNTRIES and e.country_code not in NO_ARABIC_ARTICLE]


def _largest_by_name(towns: Iterable[GazetteerEntry]) -> dict[str, GazetteerEntry]:
    largest: dict[str, GazetteerEntry] = {}
    for town in towns:
        key = run_together(town.name)
        if key and (key not in largest or town.population > largest[key].population):
            largest[key] = town
    return largest


class SqliteGazetteer:
    """The built gazetteer file, opened read-only. Lookups are cached per instance."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            found = self._db.execute("SELECT value FROM meta WHERE key='format'").fetchone()
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open the gazetteer {path}: {exc}. Rebuild it with `wirecoder gazetteer build`.") from exc
        if not found or int(found[0]) != GAZETTEER_FORMAT:
            raise GazetteerError(f"{path} is a gazetteer of another format; rebuild it with `wirecoder gazetteer build`.")
        self._lookups: dict[str, list[GazetteerEntry]] = {}
        self._countries: dict[str, CountryInfo | None] = {}
        self._country_names: dict[str, tuple[str, str] | None] = {}
        self._large_towns: dict[int, dict[str, GazetteerEntry]] = {}
        self._states: dict[str, GazetteerEntry] | None = None
        self._by_sound: dict[str, list[int]] | None = None

    def lookup(self, name: str) -> list[GazetteerEntry]:
        return _held_under_any_spelling(name, self._held_under)

    def _held_under(self, key: str) -> list[GazetteerEntry]:
        cached = self._lookups.get(key)
        if cached is None:
            rows = self._db.execute(
                "SELECT DISTINCT p.id, p.name, p.feature, p.country_code, p.admin1, p.admin2, p.latitude, p.longitude, p.population, "
                "c.latitude, c.longitude "
                "FROM names n JOIN places p ON p.id = n.place_id LEFT JOIN centres c ON c.place_id = p.id WHERE n.key = ?",
                (key,),
            ).fetchall()
            cached = [GazetteerEntry(*row) for row in rows]
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            self._lookups[key] = cached
        return cached

    def country(self, code: str) -> CountryInfo | None:
        if code not in self._countries:
            row = self._db.execute(
                "SELECT code, iso3, name, isonumeric, region, latitude, longitude, neighbours FROM countries WHERE code = ?", (code,)
            ).fetchone()
            self._countries[code] = CountryInfo(*row[:-1], neighbours=tuple(filter(None, row[-1].split(",")))) if row else None
        return self._countries[code]

    def country_code_for(self, name: str) -> tuple[str, str] | None:
        key = name_key(name)
        if key not in self._country_names:
            row = self._db.execute(
                "SELECT code, kind FROM country_names WHERE key = ? ORDER BY kind = 'name' DESC, kind = 'alias' DESC LIMIT 1",
                (key,),
            ).fetchone()
            self._country_names[key] = (row[0], row[1]) if row else None
        return self._country_names[key]

    def admin1_for_abbreviation(self, text: str) -> tuple[str, str] | None:
        row = self._db.execute(
            "SELECT country_code, admin1 FROM admin1_abbreviations WHERE abbreviation = ? LIMIT 1", (text,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def large_towns(self, min_population: int) -> dict[str, GazetteerEntry]:
        if min_population not in self._large_towns:
            rows = self._db.execute(
                "SELECT p.id, p.name, p.feature, p.country_code, p.admin1, p.admin2, p.latitude, p.longitude, p.population, "
                "c.latitude, c.longitude FROM places p LEFT JOIN centres c ON c.place_id = p.id "
                "WHERE p.feature = 'city' AND p.population >= ?", (min_population,),
            ).fetchall()
            self._large_towns[min_population] = _largest_by_name(GazetteerEntry(*row) for row in rows)
        return self._large_towns[min_population]

    def lookup_by_sound(self, name: str) -> list[GazetteerEntry]:
        key = transliteration_key(name)
        if key is None:
            return []
        if self._by_sound is None:
            # built on first use, from the names of those countries' places only (some tens of thousands)
            marks = ",".join("?" * len(TRANSLITERATED_COUNTRIES))
            self._by_sound = _sound_index(self._db.execute(
                f"SELECT key, place_id FROM names WHERE place_id IN (SELECT id FROM places WHERE country_code IN ({marks}))",
                sorted(TRANSLITERATED_COUNTRIES)).fetchall())
        ids = self._by_sound.get(key, [])
        if not ids:
            return []
        rows = self._db.execute(
            "SELECT p.id, p.name, p.feature, p.country_code, p.admin1, p.admin2, p.latitude, p.longitude, p.population, "
            f"c.latitude, c.longitude FROM places p LEFT JOIN centres c ON c.place_id = p.id WHERE p.id IN ({','.join('?' * len(ids))})",
            ids).fetchall()
        return [GazetteerEntry(*row) for row in rows]

    def states(self) -> dict[str, GazetteerEntry]:
        if self._states is None:
            rows = self._db.execute(
                "SELECT p.id, p.name, p.feature, p.country_code, p.admin1, p.admin2, p.latitude, p.longitude, p.population, "
                "c.latitude, c.longitude FROM places p LEFT JOIN centres c ON c.place_id = p.id WHERE p.feature = 'admin1'",
            ).fetchall()
            self._states = _largest_by_name(GazetteerEntry(*row) for row in rows)
        return self._states


def _sound_index(named: Iterable[tuple[str, int]]) -> dict[str, list[int]]:
    """Place ids by the transliteration key (names.transliteration_key) of each of their names (given in their
    name_key form)."""
    index: dict[str, list[int]] = {}
    for name, place_id in named:
        key = transliteration_key_of(name)
        if key is not None and place_id not in index.setdefault(key, []):
            index[key].append(place_id)
    return index


class InMemoryGazetteer:
    """A small gazetteer held in memory: the test double for the place stages."""

    def __init__(
        self,
        places: Iterable[tuple[GazetteerEntry, Iterable[str]]],
        countries: Iterable[CountryInfo] = (),
        country_names: dict[str, tuple[str, str]] | None = None,
        abbreviations: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        self._by_key: dict[str, list[GazetteerEntry]] = {}
        for entry, names in places:
            for name in {entry.name, *names}:
                self._by_key.setdefault(name_key(name), []).append(entry)
        self._countries = {c.code: c for c in countries}
        self._country_names = {name_key(k): v for k, v in (country_names or {}).items()}
        for country in self._countries.values():
            self._country_names.setdefault(name_key(country.name), (country.code, "name"))
        self._abbreviations = dict(abbreviations or {})

    def lookup(self, name: str) -> list[GazetteerEntry]:
        return _held_under_any_spelling(name, lambda key: list(self._by_key.get(key, [])))

    def country(self, code: str) -> CountryInfo | None:
        return self._countries.get(code)

    def country_code_for(self, name: str) -> tuple[str, str] | None:
        return self._country_names.get(name_key(name))

    def admin1_for_abbreviation(self, text: str) -> tuple[str, str] | None:
        return self._abbreviations.get(text)

    def large_towns(self, min_population: int) -> dict[str, GazetteerEntry]:
        towns = {e.id: e for entries in self._by_key.values() for e in entries
                 if e.feature == "city" and e.population >= min_population}
        return _largest_by_name(towns.values())

    def states(self) -> dict[str, GazetteerEntry]:
        return _largest_by_name({e.id: e for entries in self._by_key.values() for e in entries if e.feature == "admin1"}.values())

    def lookup_by_sound(self, name: str) -> list[GazetteerEntry]:
        key = transliteration_key(name)
        if key is None:
            return []
        entries = {e.id: e for names_key, found in self._by_key.items() for e in found
                   if e.country_code in TRANSLITERATED_COUNTRIES and transliteration_key_of(names_key) == key}
        return list(entries.values())


def open_gazetteer(path: Path, progress: Callable[[str], None] | None = None) -> SqliteGazetteer:
    """The gazetteer at `path`, built first if it is not there yet."""
    if not path.exists():
        build_gazetteer(path, progress)
    return SqliteGazetteer(path)
