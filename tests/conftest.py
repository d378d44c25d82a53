"""Shared fixtures: the real language model and gazetteer (loaded once per
session), a small in-memory gazetteer for unit tests, helpers to run the
pipeline over our own sentences, and the databases of both stores (SQLite,
and PostgreSQL on a server started for the run) that storage and API tests
run against."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from databases import PostgresDatabases, SqliteDatabases
from pgserver import start_test_server

from wirecoder.classifier import LinearSubEventClassifier
from wirecoder.document import Document
from wirecoder.gazetteer import CountryInfo, GazetteerEntry, InMemoryGazetteer, open_gazetteer
from wirecoder.model import Article
from wirecoder.nlp import SpacyLanguageModel
from wirecoder.pipeline import Pipeline, Resources
from wirecoder.settings import Settings

# Tests run extraction in-process (the session's model is reused); one test covers worker processes.
os.environ.setdefault("WIRECODER_WORKERS", "1")

REPOSITORY = Path(__file__).resolve().parents[1]
EXAMPLES = REPOSITORY / "examples"
GOLD = REPOSITORY.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_environment()


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A PostgreSQL server for the run: WIRECODER_TEST_POSTGRES_URL (a user that may create databases), or
    one started for the run and removed after it. No PostgreSQL is an error saying how to get one, never a skip."""
    given = os.environ.get("WIRECODER_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    server = start_test_server()
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_databases(postgres_url: str) -> PostgresDatabases:
    """Databases on the run's PostgreSQL server, dropped at the end of the run."""
    made = PostgresDatabases(postgres_url, throwaway=not os.environ.get("WIRECODER_TEST_POSTGRES_URL"))
    yield made
    made.close()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def databases(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Where a storage or API test makes its databases: every test that asks runs once per store."""
    if request.param == "postgresql":
        return request.getfixturevalue("postgres_databases")
    return SqliteDatabases(tmp_path_factory.mktemp("sqlite"))


@pytest.fixture(scope="session")
def language_model(settings: Settings) -> SpacyLanguageModel:
    return SpacyLanguageModel(settings.spacy_model)


@pytest.fixture(scope="session")
def gazetteer(settings: Settings):
    """The real offline gazetteer (built by `make install`; built here if missing)."""
    return open_gazetteer(settings.gazetteer_path)


@pytest.fixture(scope="session")
def classifier(settings: Settings) -> LinearSubEventClassifier | None:
    """The sub-event type classifier shipped in the package (loaded on first use)."""
    return LinearSubEventClassifier(settings.sub_event_model) if settings.sub_event_model is not None else None


@pytest.fixture(scope="session")
def resources(settings: Settings, gazetteer, language_model, classifier) -> Resources:
    return Resources(settings, gazetteer, language_model, classifier)


def _entry(id: int, name: str, feature: str, country: str, admin1: str | None, lat: float, lon: float, population: int = 0,
           admin2: str | None = None) -> GazetteerEntry:
    return GazetteerEntry(id, name, feature, country, admin1, admin2, lat, lon, population)


@pytest.fixture(scope="session")
def small_gazetteer() -> InMemoryGazetteer:
    """A handful of places, enough for the place stages' unit tests."""
    return InMemoryGazetteer(
        places=[
            (_entry(169389, "Idlib", "city", "SY", "Idlib", 35.93, 36.63, 128840), ["Idleb", "Edlib"]),
            (_entry(169387, "Idlib", "admin1", "SY", "Idlib", 35.93, 36.63, 128840), ["Idlib Governorate"]),
            (_entry(169577, "Homs", "city", "SY", "Homs", 34.72, 36.72, 775404), ["Hims"]),
            (_entry(169575, "Homs", "admin1", "SY", "Homs", 34.72, 36.72, 775404), ["Hims"]),
            (_entry(170654, "Damascus", "city", "SY", "Dimashq", 33.51, 36.29, 1569394), []),
            (_entry(172946, "Ar Rastan", "city", "SY", "Homs", 34.93, 36.73, 53152), ["Rastan", "Al-Rastan"]),
            (_entry(-1, "Jabal al-Zawiya", "mountain", "SY", "Idlib", 35.68, 36.52, 0), ["Jebel Zawiya"]),
            (_entry(-2, "Bab Amr", "neighbourhood", "SY", "Homs", 34.71, 36.69, 0), ["Baba Amr"]),
            (_entry(163843, "Syria", "country", "SY", None, 33.51, 36.29, 16906283), []),
            (_entry(4509177, "Dayton", "city", "US", "Ohio", 39.76, -84.19, 140407), []),
            (_entry(4684888, "Dayton", "city", "US", "Texas", 30.05, -94.89, 7242), []),
            (_entry(4699066, "Houston", "city", "US", "Texas", 29.76, -95.36, 2296224), []),
            (_entry(2646507, "Houston", "city", "GB", "Scotland", 55.87, -4.55, 6000), []),
            (_entry(4488762, "Rocky Mount", "city", "US", "North Carolina", 35.94, -77.79, 55806), []),
        ],
        countries=[CountryInfo("SY", "SYR", "Syria", 760, "Western Asia"), CountryInfo("US", "USA", "United States", 840, "Northern America"),
                   CountryInfo("GB", "GBR", "United Kingdom", 826, "Northern Europe")],
        country_names={"Syrian": ("SY", "demonym"), "Syrians": ("SY", "demonym"), "U.S.": ("US", "alias"), "American": ("US", "demonym")},
        abbreviations={"Ohio": ("US", "Ohio"), "Texas": ("US", "Texas"), "Tex.": ("US", "Texas"), "N.C.": ("US", "North Carolina"),
                       "NC": ("US", "North Carolina")},
    )


def make_article(text: str, published: str | None = "2011-12-04", title: str | None = None, article_id: str = "t1",
                 outlet: str | None = "Test Wire") -> Article:
    return Article(id=article_id, text=text, title=title, published=date.fromisoformat(published) if published else None,
                   outlet=outlet, content_hash=article_id)


@pytest.fixture(scope="session")
def read(resources: Resources):
    """Run the whole pipeline over one text of ours and return its Document."""
    pipeline = Pipeline(resources)

    def run(text: str, published: str | None = "2011-12-04", title: str | None = None, outlet: str | None = "Test Wire") -> Document:
        return pipeline.process_batch([make_article(text, published, title, outlet=outlet)])[0]

    return run


# --- the INTERFACE.md output contract, shared by the export unit tests and the CLI tests ------------

_OPTIONAL_STR = (str, type(None))
_OPTIONAL_INT = (int, type(None))
_OPTIONAL_FLOAT = (float, type(None))

#: every field INTERFACE.md lists for an exported event, with the JSON types it may take
INTERFACE_EVENT_FIELDS: dict[str, tuple[type, ...]] = {
    "event_id": (str,), "event_date": (str,), "time_precision": (int,), "event_type": (str,), "sub_event_type": (str,),
    "actor1": _OPTIONAL_STR, "actor2": _OPTIONAL_STR, "inter1": _OPTIONAL_INT, "inter2": _OPTIONAL_INT,
    "country": (str,), "iso3": (str,), "admin1": _OPTIONAL_STR, "admin2": _OPTIONAL_STR, "location": (str,),
    "latitude": _OPTIONAL_FLOAT, "longitude": _OPTIONAL_FLOAT, "geo_precision": (int,),
    "fatalities": (int,), "fatalities_low": _OPTIONAL_INT, "fatalities_high": _OPTIONAL_INT, "injuries": _OPTIONAL_INT,
    "article_ids": (list,), "sources": (list,), "claimants": (list,), "notes": (str,), "evidence": (list,),
}
#: a mention has the same fields with `article_id` in place of `article_ids` (event_id is checked on its own)
INTERFACE_MENTION_FIELDS: dict[str, tuple[type, ...]] = {
    **{k: v for k, v in INTERFACE_EVENT_FIELDS.items() if k not in ("article_ids", "event_id")}, "article_id": (str,),
}
INTERFACE_CLAIM_FIELDS: dict[str, tuple[type, ...]] = {
    "claim_id": (str,), "article_id": (str,), "quantity": (int,), "qualifier": _OPTIONAL_STR, "what": (str,),
    "claimant": _OPTIONAL_STR, "as_of": _OPTIONAL_STR, "country": _OPTIONAL_STR, "evidence": (dict,),
}
INTERFACE_PLACE_FIELDS: dict[str, tuple[type, ...]] = {
    "start": (int,), "end": (int,), "text": (str,), "name": (str,), "latitude": (float,), "longitude": (float,),
    "country": _OPTIONAL_STR, "admin1": _OPTIONAL_STR, "feature": (str,), "geonameid": _OPTIONAL_INT,
}


def _check_fields(record: dict, fields: dict[str, tuple[type, ...]]) -> None:
    missing = sorted(set(fields) - set(record))
    assert not missing, f"missing INTERFACE fields {missing} in {record}"
    for name, types in fields.items():
        value = record[name]
        assert isinstance(value, types) and not isinstance(value, bool), f"{name}={value!r} is not {types}"


def _check_evidence(item: dict) -> None:
    assert set(item) >= {"article_id", "start", "end", "text"}, item
    assert isinstance(item["article_id"], str) and isinstance(item["text"], str)
    assert isinstance(item["start"], int) and isinstance(item["end"], int) and 0 <= item["start"] <= item["end"]


def check_interface_record(record: dict, kind: str = "event") -> None:
    """Assert that one exported JSON object has every INTERFACE.md field of its kind, with the right types."""
    import re

    if kind == "claim":
        _check_fields(record, INTERFACE_CLAIM_FIELDS)
        _check_evidence(record["evidence"])
        assert record["as_of"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["as_of"])
        return
    if kind == "place":
        _check_fields(record, INTERFACE_PLACE_FIELDS)
        return
    _check_fields(record, INTERFACE_EVENT_FIELDS if kind == "event" else INTERFACE_MENTION_FIELDS)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["event_date"]), record["event_date"]
    assert record["time_precision"] in (1, 2, 3)
    assert record["geo_precision"] in (1, 2, 3)
    for inter in ("inter1", "inter2"):
        assert record[inter] is None or 1 <= record[inter] <= 8
    lists = ("article_ids", "sources", "claimants") if kind == "event" else ("sources", "claimants")
    for name in lists:
        assert all(isinstance(v, str) for v in record[name]), (name, record[name])
    for item in record["evidence"]:
        _check_evidence(item)


@pytest.fixture(scope="session")
def interface_record():
    """check_interface_record(record, kind) with kind 'event', 'mention', 'claim' or 'place'."""
    return check_interface_record


@pytest.fixture(scope="session")
def run_cli(gazetteer, language_model, classifier):
    """Invoke the real `wirecoder` click commands in-process; the session's spaCy model and gazetteer are shared so
    each `process` does not load them again. Returns click's Result (stdout, stderr, exit_code, exception)."""
    from click.testing import CliRunner

    from wirecoder import cli as cli_module

    def resources_for(settings: Settings, quiet: bool) -> Resources:
        return Resources(settings, gazetteer, language_model, classifier)

    def run(*args: str, input: bytes | str | None = None, env: dict[str, str] | None = None):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cli_module, "_resources", resources_for)
            return CliRunner().invoke(cli_module.cli, [str(a) for a in args], input=input, env=env)

    return run
