"""Storage: the Store interface and its implementations, chosen by the --db value."""

from __future__ import annotations

from ..errors import ConfigurationError
from .base import ApiToken, BoundingBox, ClaimantSummary, ClaimFilter, EventCount, EventFilter, FeedState, Store, StoredArticle
from .sqlite import SCHEMA_VERSION, SqliteStore

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(db: str) -> bool:
    """Whether a --db value names a PostgreSQL database rather than a SQLite file."""
    return db.lower().startswith(POSTGRES_SCHEMES)


def shown(db: str) -> str:
    """A --db value as messages show it: a PostgreSQL URL without its password."""
    if not is_postgres_url(db):
        return db
    scheme, _, rest = db.partition("://")
    credentials, at, place = rest.rpartition("@")
    if not at or ":" not in credentials:
        return db
    return f"{scheme}://{credentials.split(':', 1)[0]}:***@{place}"


def open_store(db: str) -> Store:
    """The database a --db value names: a path ending in .db/.sqlite is SQLite (created when missing),
    a postgresql://user@host/dbname URL a PostgreSQL database (that must exist; its tables are made)."""
    if db == ":memory:" or db.lower().endswith(SQLITE_SUFFIXES):
        return SqliteStore(db)
    if is_postgres_url(db):
        from .postgres import PostgresStore  # psycopg is loaded only for PostgreSQL

        return PostgresStore(db)
    raise ConfigurationError(f"--db {db!r}: give a SQLite path ending in .db or .sqlite, or a postgresql://user@host/dbname URL")


__all__ = [
    "SCHEMA_VERSION", "ApiToken", "BoundingBox", "ClaimFilter", "ClaimantSummary", "EventCount", "EventFilter", "SqliteStore",
    "Store", "StoredArticle", "is_postgres_url", "open_store", "shown",
]
