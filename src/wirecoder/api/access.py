"""How the API reaches the database: reads in parallel, writes one at a time.

Each worker thread reads through a store of its own (SQLite in WAL mode, or a
PostgreSQL connection of its own, lets readers run beside the writer and see
only committed data); every write goes
through the one writer store, under a lock (datasette's single writer). A store
object given directly instead of a database name (an in-memory store in a test)
is shared by all requests, one at a time.

`close()` (at the app's shutdown) closes every store it opened; an app started
again afterwards (a test client per request does that) opens them again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ..store import Store, open_store


class StoreAccess:
    def __init__(self, db: str | Store) -> None:
        self._lock = threading.Lock()  # the writer's
        self._readers_lock = threading.Lock()  # apart, so a long write never delays a new reader
        self._local = threading.local()
        self._readers: list[Store] = []
        self._generation = 0  # bumped by close(): readers opened before it are not used again
        self._db: str | None = db if isinstance(db, str) else None
        self._shared: Store | None = None if isinstance(db, str) else db
        # opened now, so that migrations are done before any reader opens the file
        self._writer: Store | None = open_store(db) if isinstance(db, str) else None

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store to read from, in this thread."""
        if self._shared is not None:
            with self._lock:
                yield self._shared
            return
        store = getattr(self._local, "store", None)
        if store is None or self._local.generation != self._generation:
            assert self._db is not None
            store = open_store(self._db)
            with self._readers_lock:
                self._readers.append(store)
                self._local.store, self._local.generation = store, self._generation
        yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The writer store, held by this request alone until the block ends."""
        with self._lock:
            if self._shared is not None:
                yield self._shared
                return
            if self._writer is None:
                assert self._db is not None
                self._writer = open_store(self._db)
            yield self._writer

    def close(self) -> None:
        with self._readers_lock:
            self._generation += 1
            for store in self._readers:
                store.close()
            self._readers.clear()
        with self._lock:
            if self._writer is not None:
                self._writer.close()
                self._writer = None
