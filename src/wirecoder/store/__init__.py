"""Storage: the Store interface and its implementations, chosen by the --db value."""

from __future__ import annotations

from ..errors import ConfigurationError
from .base import ApiToken, BoundingBox, ClaimantSummary, ClaimFilter, EventCount, EventFilter, Store, StoredArticle
from .sqlite import SCHEMA_VERSION, SqliteStore

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


def open_store(db: str) -> SqliteStore:
    """The database a --db value names: a path ending in .db/.sqlite is SQLite."""
    if db == ":memory:" or db.lower().endswith(SQLITE_SUFFIXES):
        return SqliteStore(db)
    if db.startswith(("postgresql://", "postgres://")):
        raise ConfigurationError(
            "PostgreSQL storage is not available in this version yet; use a SQLite path ending in .db"
        )
    raise ConfigurationError(f"--db {db!r}: give a SQLite path ending in .db or .sqlite (or postgresql://...)")


__all__ = [
    "SCHEMA_VERSION", "ApiToken", "BoundingBox", "ClaimFilter", "ClaimantSummary", "EventCount", "EventFilter", "SqliteStore",
    "Store", "StoredArticle", "open_store",
]
