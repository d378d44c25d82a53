"""Shared fixtures: the real language model and gazetteer (loaded once per
session), a small in-memory gazetteer for unit tests, and helpers to run the
pipeline over our own sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirecoder.document import Document
from wirecoder.gazetteer import CountryInfo, GazetteerEntry, InMemoryGazetteer, open_gazetteer
from wirecoder.model import Article
from wirecoder.nlp import SpacyLanguageModel
from wirecoder.pipeline import Pipeline, Resources
from wirecoder.settings import Settings

REPOSITORY = Path(__file__).resolve().parents[1]
EXAMPLES = REPOSITORY / "examples"
GOLD = REPOSITORY.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_environment()


@pytest.fixture(scope="session")
def language_model(settings: Settings) -> SpacyLanguageModel:
    return SpacyLanguageModel(settings.spacy_model)


@pytest.fixture(scope="session")
def gazetteer(settings: Settings):
    """The real offline gazetteer (built by `make install`; built here if missing)."""
    return open_gazetteer(settings.gazetteer_path)


@pytest.fixture(scope="session")
def resources(settings: Settings, gazetteer, language_model) -> Resources:
    return Resources(settings, gazetteer, language_model)


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

    def run(text: str, published: str | None = "2011-12-04", title: str | None = None) -> Document:
        return pipeline.process_batch([make_article(text, published, title)])[0]

    return run
