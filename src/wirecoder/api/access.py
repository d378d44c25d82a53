"""How the API reaches the database: reads in parallel, writes one at a time.

Each worker thread reads through a store of its own (SQLite in WAL mode lets
readers run beside the writer and see only committed data); every write goes
through the one writer store, under a lock (datasette's single writer). A store
object given directly instead of a database name (an in-memory store in a test)
is shared by all requests, one at a time."""

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
        if isinstance(db, str):
            self._db: str | None = db
            # opened first, so its migrations are done before any reader opens the file
            self._writer: Store = open_store(db)
            self._shared = False
        else:
            self._db = None
            self._writer = db
            self._shared = True

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store to read from, in this thread."""
        if self._shared:
            with self._lock:
                yield self._writer
            return
        store = getattr(self._local, "store", None)
        if store is None:
            assert self._db is not None
            store = open_store(self._db)
            self._local.store = store
            with self._readers_lock:
                self._readers.append(store)
        yield store

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The writer store, held by this request alone until the block ends."""
        with self._lock:
            yield self._writer

    def close(self) -> None:
        with self._readers_lock:
            for store in self._readers:
                store.close()
            self._readers.clear()
        with self._lock:
            if not self._shared:
                self._writer.close()
