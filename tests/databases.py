"""The databases the storage and API tests run against: SQLite files and PostgreSQL databases,
made, copied and inspected the same way, so that one test body checks both stores."""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit


class SqliteDatabases:
    """Files in a folder of the run's temporary directory."""

    name = "sqlite"
    integrity_error: type[Exception] = sqlite3.IntegrityError

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._numbers = itertools.count()

    def new(self, migrated: bool = True) -> str:
        """The --db value of a new, empty database (its tables are made when a store first opens it)."""
        return str(self._folder / f"db{next(self._numbers)}.db")

    def scratch(self) -> str:
        """An empty database for one test, cheaper than new(): in memory here."""
        return ":memory:"

    def copy(self, db: str) -> str:
        """A new database holding what `db` holds (no store may be writing to `db`)."""
        copied = self.new()
        shutil.copy(db, copied)
        return copied

    def connect(self, db: str) -> Any:
        """A DB-API connection straight to the database, for checks below the Store (SQL with literals only)."""
        return sqlite3.connect(db, isolation_level=None)

    def close(self) -> None:
        pass


class PostgresDatabases:
    """Databases on one server, named wirecoder_test_<pid>_<n>; new ones are copied from a migrated
    template (CREATE DATABASE ... TEMPLATE is a file copy: far quicker than migrating each one)."""

    name = "postgresql"

    def __init__(self, server_url: str, *, throwaway: bool) -> None:
        """`throwaway`: the server is the run's own and is removed with everything on it (no need to drop)."""
        import psycopg

        self.integrity_error = psycopg.IntegrityError
        self._server_url = server_url
        self._throwaway = throwaway
        self._admin = psycopg.connect(server_url, autocommit=True)
        self._prefix = f"wirecoder_test_{os.getpid()}_"
        self._numbers = itertools.count()
        self._made: list[str] = []
        self._template: str | None = None
        self._scratch: str | None = None

    def _url(self, name: str) -> str:
        parts = urlsplit(self._server_url)
        return urlunsplit(parts._replace(path="/" + name))

    def _create(self, template: str | None) -> str:
        name = f"{self._prefix}{next(self._numbers)}"
        self._admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or "template0"}" STRATEGY FILE_COPY')
        self._made.append(name)
        return name

    def new(self, migrated: bool = True) -> str:
        if not migrated:
            return self._url(self._create(None))
        if self._template is None:
            from wirecoder.store import open_store

            name = self._create(None)
            open_store(self._url(name)).close()
            self._template = name
        return self._url(self._create(self._template))

    def scratch(self) -> str:
        """One database per run, emptied for each test that asks (a DELETE per table takes a millisecond;
        making a database from the template takes a good part of a second on a busy machine)."""
        if self._scratch is None:
            self._scratch = self.new()
        import psycopg

        with psycopg.connect(self._scratch, autocommit=True) as connection:
            tables = [row[0] for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_migrations'")]
            referenced = ("events", "articles")  # the tables others point at are emptied last
            with connection.transaction():
                for table in sorted(tables, key=lambda table: table in referenced):
                    connection.execute(f'DELETE FROM "{table}"')
        return self._scratch

    def copy(self, db: str) -> str:
        return self._url(self._create(urlsplit(db).path.lstrip("/")))

    def connect(self, db: str) -> Any:
        import psycopg

        return psycopg.connect(db, autocommit=True)

    def close(self) -> None:
        if not self._throwaway:
            for name in reversed(self._made):
                self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._admin.close()
