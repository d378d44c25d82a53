"""The GeoNames import (gazetteer/geonames_import.py): our fixture dump of north-west Syria imported
into a small gazetteer laid out as `build.py` lays it out, then read through `SqliteGazetteer`,
the lookup extraction uses."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from wirecoder.errors import ConfigurationError, GazetteerError, InputError
from wirecoder.gazetteer import SqliteGazetteer
from wirecoder.gazetteer.build import GAZETTEER_FORMAT, INDEXES, SCHEMA, name_keys_for
from wirecoder.gazetteer.geonames_import import (
    ImportOptions,
    ImportReport,
    import_geonames,
    import_size,
    parse_place_line,
    recorded_imports,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "geonames"
DUMP = FIXTURES / "SY.txt"
ALTERNATE_NAMES = FIXTURES / "alternateNamesV2.txt"

#: what the build holds for these GeoNames ids: (id, name, feature, country, admin1, admin2, lat, lon, population, spellings)
BUILT_PLACES = [
    (163843, "Syria", "country", "SY", None, None, 33.51, 36.29, 22933531, []),
    (169387, "Idlib", "admin1", "SY", "Idlib", None, 35.93062, 36.63393, 128840, ["Idlib Governorate"]),
    (169575, "Homs", "admin1", "SY", "Homs", None, 34.72405, 36.72559, 775404, []),
    (8537261, "Ariha District", "admin2", "SY", "Idlib", "Ariha District", 35.81374, 36.60964, 0, []),
    (169389, "Idlib", "city", "SY", "Idlib", None, 35.93062, 36.63393, 128840, ["Idleb"]),
    (169577, "Homs", "city", "SY", "Homs", None, 34.72405, 36.72559, 775404, ["Hims"]),
    (172994, "Arīḩā", "city", "SY", "Idlib", "Ariha District", 35.81374, 36.60964, 0, ["Ariha"]),
]


def _build_small_gazetteer(path: Path) -> Path:
    """A gazetteer file with build.py's schema, format and name keys, holding only BUILT_PLACES."""
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA + INDEXES)
    with connection:
        connection.execute("INSERT INTO meta VALUES ('format', ?)", (str(GAZETTEER_FORMAT),))
        for *place, spellings in BUILT_PLACES:
            connection.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?)", place)
            connection.executemany("INSERT INTO names VALUES (?,?,?)",
                                   [(key, place[0], primary) for key, primary in name_keys_for(place[1], spellings)])
    connection.close()
    return path


@pytest.fixture
def gazetteer_path(tmp_path: Path) -> Path:
    return _build_small_gazetteer(tmp_path / "gazetteer.sqlite")


def _syrian(gazetteer: SqliteGazetteer, name: str) -> list:
    return [entry for entry in gazetteer.lookup(name) if entry.country_code == "SY"]


def _contents(path: Path) -> tuple[list, list]:
    connection = sqlite3.connect(path)
    try:
        places = connection.execute("SELECT * FROM places ORDER BY id").fetchall()
        names = connection.execute("SELECT key, place_id, is_primary FROM names ORDER BY place_id, key").fetchall()
    finally:
        connection.close()
    return places, names


# --- places, their features and admin names -------------------------------------------------------------------


def test_an_imported_village_is_found_by_its_name_and_spellings(gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP)
    gazetteer = SqliteGazetteer(gazetteer_path)
    for spelling in ("Kansafrah", "Kansafra", "Kinsafra"):
        (entry,) = gazetteer.lookup(spelling)
        assert (entry.id, entry.name, entry.feature, entry.country_code) == (173491, "Kansafrah", "city", "SY")
        assert (entry.admin1, entry.admin2) == ("Idlib", "Ariha District")  # SY.12 and SY1203, as the gazetteer names them
        assert (entry.latitude, entry.longitude) == (35.66108, 36.55975)


def test_feature_codes_map_to_our_vocabulary(gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP)
    gazetteer = SqliteGazetteer(gazetteer_path)
    (neighbourhood,) = gazetteer.lookup("Khalidiya")
    assert neighbourhood.feature == "neighbourhood"  # PPLX
    (mountain,) = gazetteer.lookup("Jebel Semaan")
    assert mountain.feature == "mountain"  # MTS
    (camp,) = gazetteer.lookup("Atmeh camp")
    assert camp.feature == "camp"  # CMPRF
    assert [e.feature for e in gazetteer.lookup("Harim District")] == ["admin2"]
    assert gazetteer.lookup("Orontes") == []  # a stream: no feature of ours
    assert gazetteer.lookup("Syrian Arab Republic") == []  # countries come from the packages


def test_admin_codes_resolve_to_the_names_the_gazetteer_stores(gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP)
    gazetteer = SqliteGazetteer(gazetteer_path)
    # SY.12's ADM1 row is called "Muḩāfaz̧at Idlib" in the dump; the gazetteer's row of the same id says "Idlib"
    (harim_district,) = [e for e in gazetteer.lookup("Harim") if e.feature == "admin2"]
    assert (harim_district.admin1, harim_district.admin2, harim_district.name) == ("Idlib", "Harim", "Harim")
    # SY1205 has an ADM2 row in the dump only: the English form of its name
    (camp,) = gazetteer.lookup("Atmeh camp")
    assert (camp.admin1, camp.admin2) == ("Idlib", "Harim")
    # SY.11 has no ADM1 row in the dump: the gazetteer's town of Homs, in it, names it
    (neighbourhood,) = gazetteer.lookup("Khalidiya")
    assert neighbourhood.admin1 == "Homs"
    # SY.09 is known neither way
    (mountain,) = gazetteer.lookup("Mount Simeon")
    assert mountain.admin1 is None


def test_places_already_in_the_gazetteer_are_updated_not_doubled(gazetteer_path: Path) -> None:
    report = import_geonames(gazetteer_path, DUMP)
    gazetteer = SqliteGazetteer(gazetteer_path)
    (town,) = [e for e in _syrian(gazetteer, "Ariha") if e.feature == "city"]
    assert (town.id, town.population) == (172994, 39501)
    (idlib_city,) = [e for e in gazetteer.lookup("Idlib") if e.feature == "city"]
    assert idlib_city.population == 165000
    # the build's own choices for an admin unit (its English name, its largest town's point and people) stay
    (idlib_province,) = [e for e in gazetteer.lookup("Idlib") if e.feature == "admin1"]
    assert (idlib_province.name, idlib_province.population, idlib_province.latitude) == ("Idlib", 128840, 35.93062)
    assert gazetteer.lookup("Muhafazat Idlib") == [idlib_province]  # but it gains GeoNames' spellings
    # added: 7 new; updated: Idlib and Ariha; unchanged: the two admin units and Homs
    assert (report.places_added, report.places_updated, report.places_unchanged) == (7, 2, 3)


def test_re_importing_the_same_file_changes_nothing(gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP, alternate_names=ALTERNATE_NAMES)
    before = _contents(gazetteer_path)
    again = import_geonames(gazetteer_path, DUMP, alternate_names=ALTERNATE_NAMES)
    assert _contents(gazetteer_path) == before
    assert (again.places_added, again.places_updated, again.names_added, again.alternate_names_added) == (0, 0, 0, 0)
    assert again.places_unchanged == 12


def test_min_population_and_feature_classes_narrow_the_import(gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP, options=ImportOptions(min_population=500, feature_classes=frozenset("P")))
    gazetteer = SqliteGazetteer(gazetteer_path)
    assert gazetteer.lookup("Kafr Hind") == [] and gazetteer.lookup("Kansafrah") == []  # 250 and 0 people
    assert [e.feature for e in gazetteer.lookup("Khalidiya")] == ["neighbourhood"]  # population counts for towns only
    assert gazetteer.lookup("Jebel Semaan") == [] and gazetteer.lookup("Harim District") == []  # classes T and A
    (harim,) = [e for e in gazetteer.lookup("Harim") if e.feature == "city"]
    assert harim.admin2 == "Harim"  # admin codes are still read from the ADM rows


# --- alternate names --------------------------------------------------------------------------------------------


def test_alternate_names_add_spellings_under_the_build_rules(gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP)
    assert SqliteGazetteer(gazetteer_path).lookup("Kensafra") == []
    report = import_geonames(gazetteer_path, DUMP, alternate_names=ALTERNATE_NAMES)
    gazetteer = SqliteGazetteer(gazetteer_path)
    assert [e.id for e in gazetteer.lookup("Kensafra")] == [173491]
    assert [e.id for e in gazetteer.lookup("Idlib Province")] == [169387]
    assert [e.id for e in gazetteer.lookup("Atmeh Refugee Camp")] == [173496]
    for skipped in ("كنصفرة", "ID", "IDL", "15730", "Nowhere Junction", "Syrie"):  # script, codes, post code, no place, a country
        assert gazetteer.lookup(skipped) == [], skipped
    assert report.alternate_name_rows == 12 and report.alternate_names_added == 4  # Kensafra, Idlib Province, Atmeh, Ariha al-Jabal


# --- the zip form, malformed lines, what is recorded ------------------------------------------------------------


def _zip(path: Path, member: Path, beside: str) -> Path:
    """A zip laid out as geonames.org's: the data file and a small text file beside it."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(beside, "notes that are not place data\n")
        archive.write(member, member.name)
    return path


def test_the_zip_form_imports_the_same_rows(tmp_path: Path, gazetteer_path: Path) -> None:
    import_geonames(gazetteer_path, DUMP, alternate_names=ALTERNATE_NAMES)
    from_zips = _build_small_gazetteer(tmp_path / "from-zips.sqlite")
    report = import_geonames(
        from_zips, _zip(tmp_path / "SY.zip", DUMP, "readme.txt"),
        alternate_names=_zip(tmp_path / "alternateNamesV2.zip", ALTERNATE_NAMES, "iso-languagecodes.txt"),
    )
    assert _contents(from_zips) == _contents(gazetteer_path)
    assert report.problems[0].origin == "SY.zip/SY.txt:10"


def test_malformed_lines_are_reported_with_file_line_and_reason_and_skipped(gazetteer_path: Path, tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    lines = DUMP.read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b"\t35.81374\t", b"\tnorth\t")
    lines[3] = b"\xff\xfe not text\n"
    dump.write_bytes(b"".join(lines))
    report = import_geonames(gazetteer_path, dump)
    assert report.malformed == 3
    assert [(p.origin, p.reason.split(" (")[0]) for p in report.problems] == [
        ("SY.txt:3", "a number column cannot be read"),
        ("SY.txt:4", "not UTF-8 text"),
        ("SY.txt:10", "expected 19 tab-separated columns, found 5"),
    ]
    assert all(isinstance(p, InputError) for p in report.problems)
    assert report.rows == 15 and report.places_added + report.places_updated + report.places_unchanged == 10


def test_only_the_first_malformed_lines_are_listed(gazetteer_path: Path, tmp_path: Path) -> None:
    dump = tmp_path / "broken.txt"
    dump.write_text("".join(f"{n}\tcut short\n" for n in range(1, 9)), encoding="utf-8")
    report = import_geonames(gazetteer_path, dump)
    assert report.malformed == 8 and len(report.problems) == 5
    assert report.problems[-1].origin == "broken.txt:5"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({1: ""}, "the name column is empty"),
        ({0: "16x3843"}, "a number column cannot be read"),
        ({4: "95.1"}, "coordinates out of range"),
        ({14: "many"}, "a number column cannot be read"),
    ],
)
def test_a_malformed_line_says_why(change: dict[int, str], reason: str) -> None:
    fields = DUMP.read_text(encoding="utf-8").splitlines()[6].split("\t")
    assert parse_place_line("\t".join(fields)).name == "Kansafrah"
    for column, value in change.items():
        fields[column] = value
    with pytest.raises(ValueError, match=reason):
        parse_place_line("\t".join(fields))


def test_each_import_is_recorded_in_meta(gazetteer_path: Path) -> None:
    assert recorded_imports(gazetteer_path) == []
    import_geonames(gazetteer_path, DUMP, alternate_names=ALTERNATE_NAMES)
    import_geonames(gazetteer_path, DUMP, alternate_names=ALTERNATE_NAMES)
    (record,) = recorded_imports(gazetteer_path)  # a re-import replaces its record
    assert record["file"] == "SY.txt" and record["rows"] == 15 and record["alternate_names"] == "alternateNamesV2.txt"
    assert record["malformed"] == 1 and str(record["date"])[:4].isdigit()


def test_the_progress_bar_hears_every_byte_it_was_promised(gazetteer_path: Path, tmp_path: Path) -> None:
    dump = _zip(tmp_path / "SY.zip", DUMP, "readme.txt")
    heard: list[int] = []
    import_geonames(gazetteer_path, dump, alternate_names=ALTERNATE_NAMES, on_bytes=heard.append)
    assert sum(heard) == import_size(dump, ALTERNATE_NAMES) == 2 * DUMP.stat().st_size + ALTERNATE_NAMES.stat().st_size


# --- what cannot be imported ------------------------------------------------------------------------------------


def test_a_missing_or_foreign_gazetteer_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="gazetteer build"):
        import_geonames(tmp_path / "none.sqlite", DUMP)
    other = _build_small_gazetteer(tmp_path / "old.sqlite")
    with sqlite3.connect(other) as connection:
        connection.execute("UPDATE meta SET value = '3' WHERE key = 'format'")
    with pytest.raises(GazetteerError, match="another format"):
        import_geonames(other, DUMP)


def test_a_zip_without_place_data_is_an_input_error(gazetteer_path: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "nothing here\n")
    with pytest.raises(InputError, match="no GeoNames .txt file"):
        import_geonames(gazetteer_path, empty)


def test_unknown_feature_classes_are_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="unknown GeoNames feature classes X"):
        ImportOptions(feature_classes=frozenset("PX"))


def test_a_report_lists_only_the_first_problems() -> None:
    report = ImportReport(source="SY.txt")
    for number in range(1, 8):
        report.note_malformed(f"SY.txt:{number}", "cut short", "line")
    assert report.malformed == 7 and [p.origin for p in report.problems] == [f"SY.txt:{n}" for n in range(1, 6)]
