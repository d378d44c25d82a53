"""The offline gazetteer: built once from registry packages, looked up with no server."""

from .build import build_gazetteer
from .lookup import CountryInfo, Gazetteer, GazetteerEntry, InMemoryGazetteer, SqliteGazetteer, open_gazetteer
from .names import name_key

__all__ = [
    "CountryInfo", "Gazetteer", "GazetteerEntry", "InMemoryGazetteer", "SqliteGazetteer",
    "build_gazetteer", "name_key", "open_gazetteer",
]
