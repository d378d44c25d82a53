"""Enrich the built gazetteer with a GeoNames dump (`wirecoder gazetteer import`).

Reads GeoNames' tab-separated gazetteer files as geonames.org distributes them:
`allCountries.txt` or a country file (`SY.txt`), plain or inside their `.zip`,
and optionally `alternateNamesV2.txt` (or its zip). Adds places and their names
to the gazetteer file that `build.py` made, with the same name keys and the
same name rules as the build, so extraction finds them through `lookup.py`
like any other place.

How a dump becomes our rows:
- feature codes map onto our `feature` vocabulary (`FEATURE_CODES`); codes we
  have no use for, and countries (they come from the packages), are skipped;
- GeoNames admin codes (`SY` + `12`) become the admin1/admin2 names our
  `places` table stores: a first pass over the file finds its ADM1/ADM2 rows,
  and the gazetteer's own row of the same GeoNames id gives the name
  (`AdminNames`); cities already in the gazetteer vote for codes the file has
  no ADM row for;
- a place already in the gazetteer (same GeoNames id) is updated, never doubled,
  and a name is added once per place: importing the same file twice changes
  nothing the second time.

The file is streamed (allCountries.txt is 1.5 GB), written one transaction per
batch, and each import is recorded in the `meta` table. Malformed lines are
counted and the first few reported with file:line and reason; they never stop
the import.

A rebuild (`gazetteer build --force`) starts from the packages again and drops
imported places; `recorded_imports` lets the command say so.

Place data: GeoNames (https://www.geonames.org/), CC BY 4.0.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from ..errors import ConfigurationError, GazetteerError, InputError
from .build import GAZETTEER_FORMAT, name_keys_for
from .names import english_name

#: GeoNames feature code -> our `feature`; a code absent here is skipped.
#: Historical places (PPLH, PPLCH, ADM1H...) are left out: their old names would
#: shadow the towns that carry them today.
FEATURE_CODES: dict[str, str] = {
    **{code: "city" for code in (
        "PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLF", "PPLG", "PPLL", "PPLQ", "PPLR", "PPLS", "PPLW",
    )},
    "PPLX": "neighbourhood",
    "ADM1": "admin1",
    "ADM2": "admin2",
    "RGN": "region", "RGNE": "region",
    **{code: "mountain" for code in ("MT", "MTS", "HLL", "HLLS", "PK", "PKS", "RDGE", "PLAT", "UPLD")},
    **{code: "valley" for code in ("VAL", "VALS", "WAD", "WADS", "GRGE")},
    **{code: "desert" for code in ("DSRT", "ERG")},
    **{code: "island" for code in ("ISL", "ISLS", "ISLET")},
    "CMPRF": "camp",
    "PSTB": "crossing",
    **{code: "landmark" for code in (
        "AIRP", "AIRB", "AIRF", "MILB", "DAM", "BDG", "SQR", "CSTL", "PAL", "MSQE", "HSP", "PRN", "STDM", "UNIV", "PRT",
    )},
}
#: the feature classes the mapping uses (A admin, L areas, P towns, S spots, T relief)
DEFAULT_FEATURE_CLASSES = frozenset("ALPST")
ALL_FEATURE_CLASSES = frozenset("AHLPRSTUV")

#: columns of a line in allCountries.txt / XX.txt, and in alternateNamesV2.txt
PLACE_COLUMNS = 19
ALTERNATE_NAME_COLUMNS = 10
#: alternateNames "languages" that are not names: links, post codes, airport and trade codes, abbreviations
NOT_NAME_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793"})
#: malformed lines reported one by one; the rest are only counted
REPORTED_PROBLEMS = 5
META_PREFIX = "import:"


@dataclass(frozen=True, kw_only=True)
class ImportOptions:
    """What to take from a dump."""

    #: towns (feature 'city') with fewer people are skipped; other features have no population in GeoNames
    min_population: int = 0
    #: GeoNames feature classes to read (A, H, L, P, R, S, T, U, V)
    feature_classes: frozenset[str] = DEFAULT_FEATURE_CLASSES
    #: rows per transaction
    batch_rows: int = 5_000

    def __post_init__(self) -> None:
        unknown = sorted(set(self.feature_classes) - ALL_FEATURE_CLASSES)
        if unknown:
            raise ConfigurationError(
                f"unknown GeoNames feature classes {','.join(unknown)}; use some of {','.join(sorted(ALL_FEATURE_CLASSES))}"
            )
        if self.min_population < 0:
            raise ConfigurationError("the minimum population cannot be negative")
        if self.batch_rows < 1:
            raise ConfigurationError("batch_rows must be at least 1")


@dataclass
class ImportReport:
    """What one import did; `problems` holds the first malformed lines."""

    source: str
    rows: int = 0
    places_added: int = 0
    places_updated: int = 0
    places_unchanged: int = 0
    skipped: int = 0
    names_added: int = 0
    alternate_names_source: str | None = None
    alternate_name_rows: int = 0
    alternate_names_added: int = 0
    malformed: int = 0
    problems: list[InputError] = field(default_factory=list)
    seconds: float = 0.0

    def note_malformed(self, origin: str, reason: str, line: str) -> None:
        """Count a malformed line; keep where and why for the first few only (a broken dump can have millions)."""
        self.malformed += 1
        if len(self.problems) < REPORTED_PROBLEMS:
            self.problems.append(InputError(origin, reason, line[:120]))


@dataclass(frozen=True, slots=True)
class GeoNamesRow:
    """The columns of one GeoNames line that the gazetteer uses."""

    geonameid: int
    name: str
    asciiname: str
    alternates: list[str]
    latitude: float
    longitude: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1_code: str
    admin2_code: str
    population: int


#: (id, name, feature, country_code, admin1, admin2, latitude, longitude, population): a `places` row
PlaceRow = tuple[int, str, str, str | None, str | None, str | None, float, float, int]


def parse_place_line(line: str) -> GeoNamesRow:
    """One line of allCountries.txt; ValueError saying why when it is malformed."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != PLACE_COLUMNS:
        raise ValueError(f"expected {PLACE_COLUMNS} tab-separated columns, found {len(fields)}")
    if not fields[1].strip():
        raise ValueError("the name column is empty")
    try:
        geonameid = int(fields[0])
        latitude, longitude = float(fields[4]), float(fields[5])
        population = int(fields[14] or 0)
    except ValueError as exc:
        raise ValueError(f"a number column cannot be read ({exc})") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError(f"coordinates out of range: {latitude}, {longitude}")
    return GeoNamesRow(
        geonameid=geonameid, name=fields[1], asciiname=fields[2],
        alternates=[a for a in fields[3].split(",") if a], latitude=latitude, longitude=longitude,
        feature_class=fields[6], feature_code=fields[7], country_code=fields[8],
        admin1_code=fields[10], admin2_code=fields[11], population=population,
    )


# --- reading the files ---------------------------------------------------------------------------------------


def _zip_member(archive: zipfile.ZipFile, path: Path) -> zipfile.ZipInfo:
    """The data file in a GeoNames zip: `SY.zip` holds `SY.txt` beside a readme."""
    texts = [info for info in archive.infolist() if info.filename.endswith(".txt") and not info.is_dir()]
    named = [info for info in texts if Path(info.filename).stem == path.stem]
    if named:
        return named[0]
    data = [info for info in texts if Path(info.filename).name not in ("readme.txt", "iso-languagecodes.txt")]
    if not data:
        raise InputError(path, "the zip holds no GeoNames .txt file")
    return max(data, key=lambda info: info.file_size)


@contextmanager
def _open_source(path: Path) -> Iterator[tuple[BinaryIO, str]]:
    """The file's bytes and the name to report lines under (`SY.zip/SY.txt`)."""
    if path.suffix.lower() != ".zip":
        with open(path, "rb") as handle:
            yield handle, path.name
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(path, f"not a readable zip file ({exc})") from exc
    with archive:
        member = _zip_member(archive, path)
        with archive.open(member) as handle:
            yield handle, f"{path.name}/{member.filename}"


def source_size(path: Path) -> int:
    """Bytes `import_geonames` will read from `path` (uncompressed), for a progress bar."""
    if path.suffix.lower() != ".zip":
        return path.stat().st_size
    with zipfile.ZipFile(path) as archive:
        return _zip_member(archive, path).file_size


def _lines(handle: BinaryIO, on_bytes: Callable[[int], None] | None) -> Iterator[tuple[int, str | None, bytes]]:
    """(line number, text or None when it is not UTF-8, raw bytes), reading one line at a time."""
    for number, raw in enumerate(handle, start=1):
        if on_bytes:
            on_bytes(len(raw))
        try:
            text: str | None = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        yield number, text, raw


# --- admin codes -> our admin names ----------------------------------------------------------------------------


@dataclass
class AdminNames:
    """GeoNames admin codes resolved to the admin1/admin2 names our `places` rows carry."""

    admin1: dict[tuple[str, str], str] = field(default_factory=dict)
    admin2: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def for_row(self, row: GeoNamesRow) -> tuple[str | None, str | None]:
        """(admin1, admin2) names for a row's codes; None for a code neither the dump nor the gazetteer names."""
        admin1 = self.admin1.get((row.country_code, row.admin1_code))
        admin2 = self.admin2.get((row.country_code, row.admin1_code, row.admin2_code)) if row.admin2_code else None
        return admin1, admin2


#: towns per admin code kept from the first pass, to ask the gazetteer about a code the dump has no ADM row for
TOWNS_SAMPLED_PER_CODE = 8

AdminCode = tuple[str, ...]  # (country, admin1 code) or (country, admin1 code, admin2 code)


def _admin_name(row: GeoNamesRow, built_admin_names: dict[int, str]) -> str:
    """The gazetteer's name for this ADM1/ADM2 when it holds the unit (the build's English form,
    "Idlib" for "Muḩāfaz̧at Idlib"), else the English form of the GeoNames name."""
    return built_admin_names.get(row.geonameid) or english_name(row.name, [*row.alternates, row.asciiname])


def resolve_admin_codes(connection: sqlite3.Connection, path: Path, on_bytes: Callable[[int], None] | None = None) -> AdminNames:
    """First pass over the dump: admin codes -> names, from its ADM1/ADM2 rows or, failing those,
    from towns of that code the gazetteer already holds (their admin1/admin2, voted per code)."""
    built_admin_names = dict(connection.execute("SELECT id, name FROM places WHERE id > 0 AND feature IN ('admin1', 'admin2')"))
    resolved = AdminNames()
    towns: dict[AdminCode, list[int]] = {}
    with _open_source(path) as (handle, _):
        for _, line, _ in _lines(handle, on_bytes):
            row = _quietly_parsed(line)
            if row is None:
                continue
            code1, code2 = (row.country_code, row.admin1_code), (row.country_code, row.admin1_code, row.admin2_code)
            if row.feature_code == "ADM1":
                resolved.admin1[code1] = _admin_name(row, built_admin_names)
            elif row.feature_code == "ADM2":
                resolved.admin2[code2] = _admin_name(row, built_admin_names)
            elif row.feature_class == "P":
                for code in (code1, code2) if row.admin2_code else (code1,):
                    sampled = towns.setdefault(code, [])
                    if len(sampled) < TOWNS_SAMPLED_PER_CODE:
                        sampled.append(row.geonameid)
    _vote_for_unresolved_codes(connection, resolved, towns)
    return resolved


def _vote_for_unresolved_codes(connection: sqlite3.Connection, resolved: AdminNames, towns: dict[AdminCode, list[int]]) -> None:
    """A code without an ADM row takes the admin name most of its sampled towns carry in the gazetteer."""
    unresolved = {code: ids for code, ids in towns.items()
                  if (code not in resolved.admin1 if len(code) == 2 else code not in resolved.admin2)}
    wanted = sorted({geonameid for ids in unresolved.values() for geonameid in ids})
    stored: dict[int, tuple[str | None, str | None]] = {}
    for start in range(0, len(wanted), 10_000):
        chunk = wanted[start:start + 10_000]
        rows = connection.execute(
            f"SELECT id, admin1, admin2 FROM places WHERE feature = 'city' AND id IN ({','.join('?' * len(chunk))})", chunk
        )
        stored.update((row[0], (row[1], row[2])) for row in rows)
    for code, ids in unresolved.items():
        column = 0 if len(code) == 2 else 1
        votes = Counter(stored[i][column] for i in ids if i in stored and stored[i][column])
        if votes:
            name = votes.most_common(1)[0][0]
            if len(code) == 2:
                resolved.admin1[(code[0], code[1])] = name
            else:
                resolved.admin2[(code[0], code[1], code[2])] = name


def _quietly_parsed(line: str | None) -> GeoNamesRow | None:
    """The first pass skips malformed lines silently: the second pass reports them."""
    if line is None:
        return None
    try:
        return parse_place_line(line)
    except ValueError:
        return None


# --- places ----------------------------------------------------------------------------------------------------


def _place_row(row: GeoNamesRow, admin: AdminNames, options: ImportOptions) -> PlaceRow | None:
    """Our `places` row for a GeoNames line, or None when the import does not take it."""
    feature = FEATURE_CODES.get(row.feature_code)
    if feature is None or row.feature_class not in options.feature_classes:
        return None
    if feature == "city" and row.population < options.min_population:
        return None
    admin1, admin2 = admin.for_row(row)
    name = row.name
    if feature == "admin1":
        name = admin1 or english_name(row.name, [*row.alternates, row.asciiname])
        admin1, admin2 = name, None
    elif feature == "admin2":
        name = admin2 or english_name(row.name, [*row.alternates, row.asciiname])
        admin2 = name
    return (row.geonameid, name, feature, row.country_code or None, admin1, admin2, row.latitude, row.longitude, row.population)


def _merged(existing: PlaceRow, incoming: PlaceRow) -> PlaceRow:
    """The row to keep for a place the gazetteer already holds.

    The build chose an admin unit's English name, its point (its largest town)
    and population on purpose: those stay. Towns and other places take the
    dump's values, keeping the admin names the dump could not resolve."""
    if existing[2] in ("admin1", "admin2"):
        return existing
    admin1 = incoming[4] if incoming[4] is not None else existing[4]
    admin2 = incoming[5] if incoming[5] is not None else existing[5]
    return (*incoming[:4], admin1, admin2, *incoming[6:])  # type: ignore[return-value]


def _write_places(connection: sqlite3.Connection, places: list[PlaceRow], names: list[tuple[str, int, int]],
                  report: ImportReport) -> None:
    """One batch, in one transaction: new places inserted, changed ones updated, names added once."""
    with connection:
        ids = [place[0] for place in places]
        marks = ",".join("?" * len(ids))
        existing = {
            row[0]: tuple(row)
            for row in connection.execute(
                f"SELECT id, name, feature, country_code, admin1, admin2, latitude, longitude, population "
                f"FROM places WHERE id IN ({marks})", ids,
            )
        }
        for place in places:
            before = existing.get(place[0])
            if before is None:
                connection.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", place)
                existing[place[0]] = place
                report.places_added += 1
                continue
            after = _merged(before, place)  # type: ignore[arg-type]
            if after == before:
                report.places_unchanged += 1
                continue
            connection.execute(
                "UPDATE places SET name=?, feature=?, country_code=?, admin1=?, admin2=?, latitude=?, longitude=?, population=? "
                "WHERE id=?", (*after[1:], after[0]),
            )
            existing[place[0]] = after
            report.places_updated += 1
        report.names_added += _add_names(connection, names)


def _add_names(connection: sqlite3.Connection, names: list[tuple[str, int, int]]) -> int:
    """Add (key, place_id, is_primary) rows a place does not have yet; the number added."""
    before = connection.total_changes
    connection.executemany(
        "INSERT INTO names (key, place_id, is_primary) SELECT ?1, ?2, ?3 "
        "WHERE NOT EXISTS (SELECT 1 FROM names WHERE place_id = ?2 AND key = ?1)",
        names,
    )
    return connection.total_changes - before


def _import_places(connection: sqlite3.Connection, path: Path, admin: AdminNames, options: ImportOptions,
                   report: ImportReport, on_bytes: Callable[[int], None] | None) -> None:
    """Second pass over the dump: its places and their names, written a batch at a time."""
    places: list[PlaceRow] = []
    names: list[tuple[str, int, int]] = []
    with _open_source(path) as (handle, shown_name):
        for number, line, raw in _lines(handle, on_bytes):
            if not raw.strip():
                continue
            report.rows += 1
            if line is None:
                report.note_malformed(f"{shown_name}:{number}", "not UTF-8 text", raw.decode("utf-8", "replace"))
                continue
            try:
                row = parse_place_line(line)
            except ValueError as exc:
                report.note_malformed(f"{shown_name}:{number}", str(exc), line)
                continue
            place = _place_row(row, admin, options)
            if place is None:
                report.skipped += 1
                continue
            places.append(place)
            # the stored name first (an admin unit's English form), then GeoNames' own spellings
            spellings = [row.name, row.asciiname, *row.alternates]
            names.extend((key, row.geonameid, primary) for key, primary in name_keys_for(place[1], spellings))
            if len(places) >= options.batch_rows:
                _write_places(connection, places, names, report)
                places, names = [], []
    if places:
        _write_places(connection, places, names, report)


# --- alternate names -------------------------------------------------------------------------------------------


def _alternate_name(line: str) -> tuple[int, str]:
    """(geonameid, name) from a line of alternateNamesV2.txt; ValueError when malformed."""
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != ALTERNATE_NAME_COLUMNS:
        raise ValueError(f"expected {ALTERNATE_NAME_COLUMNS} tab-separated columns, found {len(fields)}")
    try:
        geonameid = int(fields[1])
    except ValueError:
        raise ValueError(f"the geonameid {fields[1]!r} is not a number") from None
    language = fields[2]
    return geonameid, ("" if language in NOT_NAME_LANGUAGES else fields[3])


def _import_alternate_names(connection: sqlite3.Connection, path: Path, options: ImportOptions, report: ImportReport,
                            on_bytes: Callable[[int], None] | None) -> None:
    """Names from alternateNamesV2.txt for the places the gazetteer holds (countries excepted: the packages give theirs)."""
    batch: list[tuple[str, int]] = []
    with _open_source(path) as (handle, shown_name):
        for number, line, raw in _lines(handle, on_bytes):
            if not raw.strip():
                continue
            report.alternate_name_rows += 1
            try:
                if line is None:
                    raise ValueError("not UTF-8 text")
                geonameid, name = _alternate_name(line)
            except ValueError as exc:
                report.note_malformed(f"{shown_name}:{number}", str(exc), raw.decode("utf-8", "replace"))
                continue
            # "" as the primary: the same rules the build applies to a place's alternate names
            batch.extend((key, geonameid) for key, _ in name_keys_for("", [name]))
            if len(batch) >= options.batch_rows:
                report.alternate_names_added += _write_alternate_names(connection, batch)
                batch = []
    if batch:
        report.alternate_names_added += _write_alternate_names(connection, batch)


def _write_alternate_names(connection: sqlite3.Connection, batch: list[tuple[str, int]]) -> int:
    """One batch of (key, place_id), in one transaction; names of places the gazetteer lacks are dropped here."""
    with connection:
        before = connection.total_changes
        connection.executemany(
            "INSERT INTO names (key, place_id, is_primary) SELECT ?1, ?2, 0 "
            "WHERE EXISTS (SELECT 1 FROM places WHERE id = ?2 AND feature != 'country') "
            "AND NOT EXISTS (SELECT 1 FROM names WHERE place_id = ?2 AND key = ?1)",
            batch,
        )
        return connection.total_changes - before


# --- the import ------------------------------------------------------------------------------------------------


def _open_for_import(gazetteer_path: Path) -> sqlite3.Connection:
    """The built gazetteer, writable, after checking it is one this wirecoder reads."""
    if not gazetteer_path.exists():
        raise GazetteerError(f"no gazetteer at {gazetteer_path}; build it first with `wirecoder gazetteer build`.")
    try:
        connection = sqlite3.connect(gazetteer_path)
        found = connection.execute("SELECT value FROM meta WHERE key='format'").fetchone()
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot open the gazetteer {gazetteer_path}: {exc}. Rebuild it with `wirecoder gazetteer build`.") from exc
    if not found or int(found[0]) != GAZETTEER_FORMAT:
        connection.close()
        raise GazetteerError(f"{gazetteer_path} is a gazetteer of another format; rebuild it with `wirecoder gazetteer build`.")
    # finding a place's existing name must not scan the whole names table once per name
    connection.execute("CREATE INDEX IF NOT EXISTS names_by_place ON names(place_id, key)")
    return connection


def import_geonames(
    gazetteer_path: Path,
    source: Path,
    *,
    alternate_names: Path | None = None,
    options: ImportOptions = ImportOptions(),
    on_bytes: Callable[[int], None] | None = None,
) -> ImportReport:
    """Add the places of a GeoNames dump (and optionally its alternate names) to the built gazetteer.

    `on_bytes` hears how many bytes each line took, over both passes of the
    dump and the alternate names: see `import_size` for the total."""
    started = time.time()
    for path in (source, alternate_names):
        if path is not None and not path.is_file():
            raise InputError(path, "no such file")
    connection = _open_for_import(gazetteer_path)
    report = ImportReport(source=source.name, alternate_names_source=alternate_names.name if alternate_names else None)
    try:
        admin = resolve_admin_codes(connection, source, on_bytes)
        _import_places(connection, source, admin, options, report, on_bytes)
        if alternate_names is not None:
            _import_alternate_names(connection, alternate_names, options, report, on_bytes)
        report.seconds = time.time() - started
        _record(connection, report, options)
    except sqlite3.Error as exc:
        raise GazetteerError(f"could not write to the gazetteer {gazetteer_path}: {exc}") from exc
    finally:
        connection.close()
    return report


def import_size(source: Path, alternate_names: Path | None = None) -> int:
    """Every byte `import_geonames` reads: the dump twice (admin codes, then places), the alternate names once."""
    return 2 * source_size(source) + (source_size(alternate_names) if alternate_names else 0)


def _record(connection: sqlite3.Connection, report: ImportReport, options: ImportOptions) -> None:
    """One `meta` row per imported file name: a re-import replaces its record rather than adding one."""
    record = {
        "file": report.source, "rows": report.rows, "places_added": report.places_added,
        "places_updated": report.places_updated, "names_added": report.names_added, "malformed": report.malformed,
        "alternate_names": report.alternate_names_source, "alternate_names_added": report.alternate_names_added,
        "min_population": options.min_population, "feature_classes": "".join(sorted(options.feature_classes)),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    with connection:
        connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (META_PREFIX + report.source, json.dumps(record)))


def recorded_imports(gazetteer_path: Path) -> list[dict[str, object]]:
    """The GeoNames imports recorded in a built gazetteer (empty when none, or when there is no gazetteer)."""
    if not gazetteer_path.exists():
        return []
    try:
        connection = sqlite3.connect(f"file:{gazetteer_path}?mode=ro", uri=True)
        try:
            rows = connection.execute("SELECT value FROM meta WHERE key LIKE ? ORDER BY key", (META_PREFIX + "%",)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return []  # an unreadable file is rebuilt anyway: nothing recorded in it can be kept
    return [json.loads(value) for (value,) in rows]
