"""`wirecoder gazetteer import`, end to end: our GeoNames-format fixture imported through the command
line into a copy of the real gazetteer (never the one in the user's data folder)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from wirecoder.cli import cli
from wirecoder.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "geonames"


@pytest.fixture
def data_dir(tmp_path: Path, gazetteer) -> Path:
    """A data folder holding a copy of the session's built gazetteer."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(gazetteer.path, Settings(data_dir=folder).gazetteer_path)
    return folder


def _run(data_dir: Path, *args: object) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"WIRECODER_DATA_DIR": str(data_dir)})


def _sy_zip(tmp_path: Path) -> Path:
    path = tmp_path / "SY.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "notes that are not place data\n")
        archive.write(FIXTURES / "SY.txt", "SY.txt")
    return path


def _lookup(data_dir: Path, name: str) -> list[list[str]]:
    result = _run(data_dir, "gazetteer", "lookup", name)
    assert result.exit_code == 0, result.stderr
    return [line.split("\t") for line in result.stdout.splitlines()]


def test_import_then_lookup_then_import_again(data_dir: Path, tmp_path: Path) -> None:
    assert _lookup(data_dir, "Kensafra") == []
    result = _run(data_dir, "gazetteer", "import", _sy_zip(tmp_path), "--alternate-names", FIXTURES / "alternateNamesV2.txt")
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "malformed: SY.zip/SY.txt:10: expected 19 tab-separated columns, found 5" in result.stderr
    assert "SY.zip: 15 rows -> " in result.stderr and "1 malformed" in result.stderr

    (kansafrah,) = _lookup(data_dir, "Kensafra")  # a spelling only the alternate names file has
    assert kansafrah[:5] == ["Kansafrah", "city", "SY", "Idlib", "Ariha District"]
    # Ariha was in the gazetteer already (without people): updated in place, not doubled
    syrian_arihas = [row for row in _lookup(data_dir, "Ariha") if row[2] == "SY" and row[1] == "city"]
    assert [(row[6], row[7]) for row in syrian_arihas] == [("pop 39501", "id 172994")]

    again = _run(data_dir, "gazetteer", "import", _sy_zip(tmp_path), "--alternate-names", FIXTURES / "alternateNamesV2.txt")
    assert again.exit_code == 0, again.stderr
    assert "0 places added, 0 updated" in again.stderr and "0 names added;" in again.stderr


def test_import_options_narrow_what_is_taken(data_dir: Path) -> None:
    result = _run(data_dir, "gazetteer", "import", FIXTURES / "SY.txt", "--min-population", "500", "--feature-classes", "p")
    assert result.exit_code == 0, result.stderr
    assert _lookup(data_dir, "Kafr Hind") == []
    assert [row[1] for row in _lookup(data_dir, "Khalidiyah") if row[-1] == "id 173494"] == ["neighbourhood"]
    assert _lookup(data_dir, "Jebel Semaan") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--feature-classes", "P,X"], "unknown GeoNames feature classes X"),
        (["--feature-classes", ","], "give at least one GeoNames feature class"),
        (["--min-population", "-1"], "-1 is not in the range x>=0"),
    ],
)
def test_bad_options_are_refused_with_a_reason(data_dir: Path, args: list[str], message: str) -> None:
    result = _run(data_dir, "gazetteer", "import", FIXTURES / "SY.txt", *args)
    assert result.exit_code != 0
    assert message in (result.stderr + str(result.exception))


def test_a_missing_file_is_refused(data_dir: Path, tmp_path: Path) -> None:
    result = _run(data_dir, "gazetteer", "import", tmp_path / "allCountries.txt")
    assert result.exit_code == 2 and "does not exist" in result.stderr


@pytest.mark.slow
def test_a_rebuild_says_it_drops_imported_places(data_dir: Path) -> None:
    assert _run(data_dir, "gazetteer", "import", FIXTURES / "SY.txt").exit_code == 0
    assert _lookup(data_dir, "Kansafrah")
    result = _run(data_dir, "gazetteer", "build", "--force")
    assert result.exit_code == 0, result.stderr
    assert "places imported from SY.txt are dropped" in result.stderr
    assert _lookup(data_dir, "Kansafrah") == []
