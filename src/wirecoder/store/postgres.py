"""PostgreSQL storage (`--db postgresql://user@host/dbname`): the same Store as SQLite's, for teams
that share one database server.

It keeps the SQLite store's shape and behaviour, so that the same storage and API tests pass on both:
- the same tables, each record whole as JSON text (`data`, exact round trips) beside the columns the
  filters and indexes need; those columns are written from the model objects on insert;
- migrations recorded in `schema_migrations`, numbered as SQLite's (a version means the same tables
  on both), applied in one transaction under an advisory lock, so that two processes opening a new
  database at once do not both migrate it;
- ids, types and places are compared byte by byte (`COLLATE "C"`, and ASCII-only case folding, as
  SQLite's lower()), so listings come in the same order whatever the server's locale;
- full-text search with a `tsvector` column under a GIN index. Its words are made by the same
  splitting as the search itself (letters and digits, lower-cased, accents dropped as SQLite's FTS5
  tokenizer drops them), not by a text-search configuration's parser, which keeps "5.400" or
  "example.org" whole and would then find other events than SQLite does; every word must occur;
- one writer at a time, as SQLite's `BEGIN IMMEDIATE` gives: every write transaction first takes
  an advisory lock, so two `wirecoder process` runs merge one after the other, not into duplicate
  events. Reads outside a transaction see what is committed (autocommit), never waiting for a writer.

psycopg is imported only when a PostgreSQL store is opened."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from ..errors import ConfigurationError, SchemaVersionError, StorageError
from ..model import (
    Article,
    Claim,
    Event,
    EventChange,
    Mention,
    Origin,
    Reject,
    claim_from_plain,
    event_from_plain,
    to_plain,
)
from .base import ApiToken, ClaimantSummary, ClaimFilter, EventCount, EventFilter, FeedState, StoredArticle
from .rows import day, mention_row, now, search_words
from .sqlite import SCHEMA_VERSION as SQLITE_SCHEMA_VERSION

#: the advisory lock a writer holds for its transaction ("wirecode" in ASCII): one writer at a time
WRITER_LOCK = 0x77697265636F6465
#: what `event_counts` can group by: the column of each
_GROUP_COLUMNS = {"country": "country", "type": "event_type"}
#: the first day of an event's period: its day, or the Monday of its week (ISO weeks start on Monday)
_PERIOD_STARTS = {"day": "event_date", "week": "date_trunc('week', event_date)::date"}
#: rows fetched per query when listing: a listing of any length holds one page in memory (SQLite's cursor streams)
PAGE_ROWS = 2000
#: PostgreSQL's limit on one word of a tsvector, in bytes
_LONGEST_WORD = 2047


def _add_filter_columns(cursor: Any) -> None:
    """Migration 4's backfill: the filter and search columns of rows stored before it, from their JSON."""
    for event_id, data in cursor.execute("SELECT event_id, data FROM events").fetchall():
        event = event_from_plain(json.loads(data))
        cursor.execute("UPDATE events SET admin1 = %s, actors = %s, search = array_to_tsvector(%s::text[]) WHERE event_id = %s",
                       (event.place.admin1, _actors(event), _search_document(event), event_id))
    for mention_id, data in cursor.execute("SELECT mention_id, data FROM mentions").fetchall():
        mention = mention_row((data, None))
        cursor.execute("UPDATE mentions SET admin1 = %s, actors = %s, fatalities = %s, latitude = %s, longitude = %s "
                       "WHERE mention_id = %s", (*_mention_columns(mention), mention_id))
    for claim_id, data in cursor.execute("SELECT claim_id, data FROM claims").fetchall():
        cursor.execute("UPDATE claims SET claimant = %s, as_of = %s, country = %s WHERE claim_id = %s",
                       (*_claim_columns(claim_from_plain(json.loads(data))), claim_id))


#: (version, description, SQL, then a Python step or None). Append only; numbered as SQLite's MIGRATIONS.
MIGRATIONS: list[tuple[int, str, str, Callable[[Any], None] | None]] = [
    (1, "articles, mentions, events, claims, rejects", """
        CREATE TABLE articles (
            id TEXT COLLATE "C" PRIMARY KEY,
            content_hash TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            url TEXT,
            outlet TEXT,
            language TEXT,
            extra TEXT NOT NULL DEFAULT '{}',
            origin TEXT,
            added_at TEXT NOT NULL
        );
        CREATE TABLE events (
            event_id TEXT COLLATE "C" PRIMARY KEY,
            event_date DATE NOT NULL,
            event_type TEXT COLLATE "C" NOT NULL,
            sub_event_type TEXT COLLATE "C" NOT NULL,
            country TEXT COLLATE "C",
            country_code TEXT COLLATE "C",
            iso3 TEXT COLLATE "C",
            fatalities INTEGER NOT NULL,
            latitude DOUBLE PRECISION,
            longitude DOUBLE PRECISION,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_by_date ON events(event_date);
        CREATE INDEX events_by_country_date ON events(country_code, event_date);
        CREATE TABLE mentions (
            mention_id TEXT COLLATE "C" PRIMARY KEY,
            article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
            event_id TEXT COLLATE "C" REFERENCES events(event_id),
            event_date DATE NOT NULL,
            event_type TEXT COLLATE "C" NOT NULL,
            sub_event_type TEXT COLLATE "C" NOT NULL,
            country TEXT COLLATE "C",
            country_code TEXT COLLATE "C",
            iso3 TEXT COLLATE "C",
            data TEXT NOT NULL,
            stored BIGSERIAL  -- the order they were stored in (SQLite's rowid)
        );
        CREATE INDEX mentions_by_article ON mentions(article_id, stored);
        CREATE INDEX mentions_by_event ON mentions(event_id);
        CREATE TABLE claims (
            claim_id TEXT COLLATE "C" PRIMARY KEY,
            article_id TEXT COLLATE "C" NOT NULL REFERENCES articles(id),
            data TEXT NOT NULL
        );
        CREATE TABLE rejects (
            id BIGSERIAL PRIMARY KEY,
            source TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            excerpt TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL,
            article_id TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX rejects_once ON rejects(source, COALESCE(line, 0), reason);
    """, None),
    (2, "event history: what each report changed in its event", """
        CREATE TABLE event_history (
            id BIGSERIAL PRIMARY KEY,
            event_id TEXT COLLATE "C" NOT NULL,
            change TEXT NOT NULL,
            detail TEXT NOT NULL,
            article_id TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX event_history_by_event ON event_history(event_id, id);
    """, None),
    (3, "stories: near-copies of a report found by MinHash bands", """
        CREATE SEQUENCE stories_stored;
        CREATE TABLE stories (
            article_id TEXT COLLATE "C" PRIMARY KEY,
            story_id TEXT COLLATE "C" NOT NULL,
            signature BYTEA NOT NULL,
            stored BIGINT NOT NULL DEFAULT nextval('stories_stored')  -- renewed when replaced, as SQLite's rowid
        );
        CREATE TABLE story_bands (
            band TEXT COLLATE "C" NOT NULL,
            article_id TEXT COLLATE "C" NOT NULL
        );
        CREATE INDEX story_bands_by_band ON story_bands(band);
    """, None),
    (4, "API: filter columns, full-text search over notes and evidence, write tokens", """
        ALTER TABLE events ADD COLUMN admin1 TEXT COLLATE "C";
        ALTER TABLE events ADD COLUMN actors TEXT COLLATE "C";
        ALTER TABLE events ADD COLUMN search TSVECTOR NOT NULL DEFAULT '';
        CREATE INDEX events_by_date_id ON events(event_date, event_id);
        CREATE INDEX events_by_admin1 ON events(lower(admin1), event_date);
        CREATE INDEX events_by_country_name ON events(lower(country));
        CREATE INDEX events_by_iso2 ON events(upper(country_code));
        CREATE INDEX events_by_iso3 ON events(upper(iso3));
        CREATE INDEX events_search ON events USING GIN (search);
        ALTER TABLE mentions ADD COLUMN admin1 TEXT COLLATE "C";
        ALTER TABLE mentions ADD COLUMN actors TEXT COLLATE "C";
        ALTER TABLE mentions ADD COLUMN fatalities INTEGER;
        ALTER TABLE mentions ADD COLUMN latitude DOUBLE PRECISION;
        ALTER TABLE mentions ADD COLUMN longitude DOUBLE PRECISION;
        CREATE INDEX mentions_by_date_id ON mentions(event_date, mention_id);
        ALTER TABLE claims ADD COLUMN claimant TEXT COLLATE "C";
        ALTER TABLE claims ADD COLUMN as_of TEXT COLLATE "C";
        ALTER TABLE claims ADD COLUMN country TEXT COLLATE "C";
        CREATE TABLE api_tokens (
            name TEXT COLLATE "C" PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
    """, _add_filter_columns),
    # SQLite's 5 tunes its FTS5 index; PostgreSQL's tsvector column and GIN index need nothing: the
    # version is recorded so that both backends keep the same numbers
    (5, "search index: merge its segments sixteen at a time", "SELECT 1", None),
    (6, "watched feeds: validators, failures and the entries taken", """
        CREATE TABLE feeds (
            url TEXT COLLATE "C" PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            retry_after TEXT,
            last_error TEXT,
            checked_at TEXT
        );
        CREATE TABLE feed_items (
            feed_url TEXT COLLATE "C" NOT NULL,
            item_key TEXT COLLATE "C" NOT NULL,
            link TEXT,
            article_id TEXT,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_url, item_key)
        );
    """, None),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]
assert SCHEMA_VERSION == SQLITE_SCHEMA_VERSION, "PostgreSQL's migrations are numbered as SQLite's: add the same versions"


def _has_nul(*values: object) -> bool:
    """Whether a value holds a NUL character, which PostgreSQL's text cannot: processing rejects such
    articles, so a lookup or filter with one finds nothing, as it finds nothing in SQLite."""
    return any(isinstance(value, str) and "\x00" in value for value in values)


def _before_nul(text: str) -> str:
    """A page's start key as PostgreSQL can compare it: a stored id (which holds no NUL) comes after
    "ab\\x00..." exactly when it comes after "ab"."""
    return text.split("\x00", 1)[0]


def _printable(text: str | None) -> str | None:
    """A reject's excerpt or reason as PostgreSQL can keep it (a NUL becomes U+FFFD)."""
    return text.replace("\x00", "\ufffd") if text else text


def _ascii_lower(text: str) -> str:
    """Lower case as SQLite's lower() and PostgreSQL's under COLLATE "C" make it: A-Z only."""
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)


def _ascii_upper(text: str) -> str:
    return "".join(c.upper() if "a" <= c <= "z" else c for c in text)


def _actors(record: Event | Mention) -> str:
    """actor1's and actor2's names in one lower-cased string, for the actor filter (as SQLite's column)."""
    names = [actor.name if actor else "" for actor in (record.actor1, record.actor2)]
    return _ascii_lower(" | ".join(names))


def _mention_columns(mention: Mention) -> tuple[object, ...]:
    """admin1, actors, fatalities, latitude, longitude."""
    best = mention.fatalities.best if mention.fatalities is not None else None
    return mention.place.admin1, _actors(mention), best, mention.place.latitude, mention.place.longitude


def _claim_columns(claim: Claim) -> tuple[object, ...]:
    """claimant, as_of, country."""
    return claim.claimant, claim.as_of.isoformat() if claim.as_of else None, claim.country


def _search_terms(text: str) -> list[str]:
    """The words of a text as the search index holds them: SQLite's FTS5 tokenizer drops accents too."""
    unaccented = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return search_words(unaccented)


def _search_document(event: Event) -> list[str]:
    """The distinct words of an event's notes and evidence, for its tsvector."""
    text = event.notes + " " + " ".join(dict.fromkeys(e.text for e in event.evidence))
    return [w for w in dict.fromkeys(_search_terms(text)) if len(w.encode()) <= _LONGEST_WORD]


def _search_query(words: list[str]) -> str | None:
    """A tsquery needing every word (quoted lexemes are taken as they are); None when it can match nothing."""
    if not words or any(len(w.encode()) > _LONGEST_WORD for w in words):
        return None
    return " & ".join(f"'{word}'" for word in words)  # words are letters and digits only: nothing to escape


def _safe_address(info: dict[str, str]) -> str:
    """Where a connection goes, without its password."""
    user = f"{info['user']}@" if info.get("user") else ""
    port = f":{info['port']}" if info.get("port") else ""
    return f"postgresql://{user}{info.get('host') or 'localhost'}{port}/{info.get('dbname') or ''}"


def _hide_password(message: str, url: str) -> str:
    """libpq quotes a URL it cannot read whole: never show its password."""
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if not password:
        password = url.partition("://")[2].partition("@")[0].partition(":")[2] if "@" in url else ""
    return message.replace(password, "***") if password else message


def connect(url: str) -> tuple[Any, str]:
    """A psycopg connection in autocommit mode and where it goes (no password); our errors when it cannot be made."""
    try:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        raise ConfigurationError(
            "PostgreSQL storage needs psycopg, which is not installed: run `make install`, or "
            "`pip install 'wirecoder[postgresql]'`; or use a SQLite path ending in .db"
        ) from None
    try:
        info = conninfo_to_dict(url)
        int(info.get("connect_timeout") or 0)
    except (psycopg.ProgrammingError, ValueError) as exc:
        reason = _hide_password(str(exc).strip(), url)
        raise ConfigurationError(f"--db: not a PostgreSQL URL libpq accepts ({reason}); write it as "
                                 f"postgresql://user@host:port/dbname") from None
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=int(info.get("connect_timeout") or 10))
    except psycopg.Error as exc:
        # libpq's first line says what failed ("...: Connection refused", "database ... does not exist")
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        reason = reason.removeprefix("connection failed: ").removeprefix("connection is bad: ")
        if isinstance(exc, psycopg.ProgrammingError) or reason.startswith("invalid "):  # the URL, not the server
            raise ConfigurationError(f"--db: not a PostgreSQL URL libpq accepts ({_hide_password(reason, url)}); write it as "
                                     f"postgresql://user@host:port/dbname") from None
        raise StorageError(
            f"cannot connect to PostgreSQL at {_safe_address(info)}: {_hide_password(reason, url)}. Check that the server "
            f"runs and that the host, port, user and database in --db are right (the database must exist: `createdb NAME`)"
        ) from None
    return connection, _safe_address(info)


class PostgresStore:
    """The Store interface on one PostgreSQL database."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._depth = 0
        self._db, self._address = connect(url)
        import psycopg

        try:
            self._migrate()
        except psycopg.Error as exc:
            self._db.close()
            raise StorageError(f"cannot open {self._address} as a wirecoder database: {exc}") from exc
        except BaseException:
            self._db.close()
            raise

    def _query(self, sql: str, values: Any = ()) -> Any:
        return self._db.execute(sql, values)

    # --- schema ---------------------------------------------------------------

    def _applied(self) -> set[int]:
        """The migrations recorded in this database (none in a new one)."""
        if self._query("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
            return set()
        applied = {row[0] for row in self._query("SELECT version FROM schema_migrations")}
        if max(applied, default=0) > SCHEMA_VERSION:
            raise SchemaVersionError(self._address, max(applied), SCHEMA_VERSION)
        return applied

    def _migrate(self) -> None:
        if self._applied() >= {migration[0] for migration in MIGRATIONS}:
            return  # up to date: no lock taken, so opening a reader never waits for a writer
        with self._db.transaction():
            self._query("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
            self._query("CREATE TABLE IF NOT EXISTS schema_migrations "
                        "(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
            applied = self._applied()  # again, under the lock: another process may have migrated meanwhile
            for version, description, sql, then in MIGRATIONS:
                if version in applied:
                    continue
                with self._db.cursor() as cursor:
                    cursor.execute(sql)
                    if then is not None:
                        then(cursor)
                    cursor.execute("INSERT INTO schema_migrations VALUES (%s, %s, %s)", (version, description, now()))

    def schema_version(self) -> int:
        return self._query("SELECT MAX(version) FROM schema_migrations").fetchone()[0] or 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Nested calls join the outer transaction; the outer one waits for any other writer to finish."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self._db.transaction():
                self._query("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
                yield
        finally:
            self._depth = 0

    # --- articles ---------------------------------------------------------------

    def stored_article(self, article_id: str) -> StoredArticle | None:
        if _has_nul(article_id):
            return None
        row = self._query("SELECT id, content_hash FROM articles WHERE id = %s", (article_id,)).fetchone()
        return StoredArticle(*row) if row else None

    def add_article(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        with self.transaction():
            self._query(
                "INSERT INTO articles VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                (
                    article.id, article.content_hash, article.title, article.text,
                    article.published_raw or (article.published.isoformat() if article.published else None),
                    article.url, article.outlet, article.language, json.dumps(article.extra, ensure_ascii=False, default=str),
                    str(article.origin) if article.origin else None, now(),
                ),
            )
            with self._db.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO mentions (mention_id, article_id, event_id, event_date, event_type, sub_event_type, country, "
                    "country_code, iso3, data, admin1, actors, fatalities, latitude, longitude) "
                    "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                    [(mention.mention_id, mention.article_id, None, mention.event_date, mention.event_type,
                      mention.sub_event_type, mention.place.country, mention.place.country_code, mention.place.iso3,
                      json.dumps(to_plain(mention), ensure_ascii=False), *_mention_columns(mention)) for mention in mentions],
                )
                cursor.executemany(
                    "INSERT INTO claims (claim_id, article_id, data, claimant, as_of, country) VALUES (%s,%s,%s,%s,%s,%s)",
                    [(claim.claim_id, claim.article_id, json.dumps(to_plain(claim), ensure_ascii=False), *_claim_columns(claim))
                     for claim in claims],
                )

    def article(self, article_id: str) -> Article | None:
        if _has_nul(article_id):
            return None
        row = self._query(
            "SELECT id, content_hash, title, text, published, url, outlet, language, extra FROM articles WHERE id = %s",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        published_raw = row[4]
        return Article(id=row[0], content_hash=row[1], title=row[2], text=row[3],
                       published=date.fromisoformat(published_raw[:10]) if published_raw else None, published_raw=published_raw,
                       url=row[5], outlet=row[6], language=row[7], extra=json.loads(row[8]))

    def article_text(self, article_id: str) -> tuple[str | None, str] | None:
        if _has_nul(article_id):
            return None
        row = self._query("SELECT title, text FROM articles WHERE id = %s", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def count(self, table: str) -> int:
        if table not in ("articles", "mentions", "events", "claims", "rejects"):
            raise StorageError(f"no table {table!r}")
        return self._query(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # --- rejects ----------------------------------------------------------------

    def add_reject(self, reject: Reject) -> bool:
        with self.transaction():
            cursor = self._query(
                "INSERT INTO rejects (source, line, reason, excerpt, severity, article_id, recorded_at) "
                "VALUES (%s,%s,%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                (_printable(reject.origin.source), reject.origin.line, _printable(reject.reason), _printable(reject.excerpt),
                 reject.severity, _printable(reject.article_id), now()),
            )
            return cursor.rowcount == 1

    def rejects(self) -> list[Reject]:
        rows = self._query("SELECT source, line, reason, excerpt, severity, article_id FROM rejects ORDER BY id").fetchall()
        return [Reject(origin=Origin(r[0], r[1]), reason=r[2], excerpt=r[3], severity=r[4], article_id=r[5]) for r in rows]

    # --- watched feeds ------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState | None:
        if _has_nul(url):
            return None
        row = self._query("SELECT url, etag, last_modified, failures, retry_after, last_error, checked_at "
                          "FROM feeds WHERE url = %s", (url,)).fetchone()
        return FeedState(url=row[0], etag=row[1], last_modified=row[2], failures=row[3], retry_after=row[4],
                         last_error=row[5], checked_at=row[6]) if row else None

    def save_feed_state(self, state: FeedState) -> None:
        with self.transaction():
            self._query(
                "INSERT INTO feeds VALUES (%s,%s,%s,%s,%s,%s,%s) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, failures = excluded.failures, retry_after = excluded.retry_after, "
                "last_error = excluded.last_error, checked_at = excluded.checked_at",
                (_printable(state.url), _printable(state.etag), _printable(state.last_modified), state.failures,
                 state.retry_after, _printable(state.last_error), state.checked_at))

    def seen_feed_items(self, feed_url: str, keys: list[str]) -> set[str]:
        rows = self._query("SELECT item_key FROM feed_items WHERE feed_url = %s AND item_key = ANY(%s)",
                           (_printable(feed_url), [_printable(k) for k in keys])).fetchall()
        return {row[0] for row in rows}

    def add_feed_items(self, feed_url: str, items: list[tuple[str, str | None, str | None]]) -> None:
        with self.transaction(), self._db.cursor() as cursor:
            cursor.executemany("INSERT INTO feed_items VALUES (%s,%s,%s,%s,%s) ON CONFLICT DO NOTHING",
                               [(_printable(feed_url), _printable(key), _printable(link), _printable(article_id), now())
                                for key, link, article_id in items])

    # --- events -----------------------------------------------------------------

    def unmerged_articles(self, limit: int) -> list[str]:
        # the day is ISO text (sorts as the date); "C" compares bytes, which for UTF-8 is code point order
        rows = self._query(
            "SELECT article_id, MIN((data::json ->> 'published') COLLATE \"C\") AS day FROM mentions WHERE event_id IS NULL "
            "GROUP BY article_id ORDER BY day NULLS LAST, article_id LIMIT %s", (limit,)).fetchall()
        return [row[0] for row in rows]

    def set_story(self, mentions: list[Mention]) -> None:
        with self.transaction(), self._db.cursor() as cursor:
            cursor.executemany("UPDATE mentions SET data = %s WHERE mention_id = %s",
                               [(json.dumps(to_plain(mention), ensure_ascii=False), mention.mention_id) for mention in mentions])

    def story_candidates(self, band_keys: list[str]) -> list[tuple[str, str, bytes]]:
        if not band_keys:
            return []
        rows = self._query(
            "SELECT s.article_id, s.story_id, s.signature FROM stories s WHERE s.article_id IN "
            "(SELECT article_id FROM story_bands WHERE band = ANY(%s)) ORDER BY s.stored", (band_keys,),
        ).fetchall()
        return [(r[0], r[1], bytes(r[2])) for r in rows]

    def add_story(self, article_id: str, story_id: str, signature: bytes, band_keys: list[str]) -> None:
        with self.transaction():
            self._query(
                "INSERT INTO stories (article_id, story_id, signature) VALUES (%s,%s,%s) ON CONFLICT (article_id) DO UPDATE "
                "SET story_id = excluded.story_id, signature = excluded.signature, stored = nextval('stories_stored')",
                (article_id, story_id, signature),
            )
            with self._db.cursor() as cursor:
                cursor.executemany("INSERT INTO story_bands VALUES (%s,%s)", [(key, article_id) for key in band_keys])

    def record_changes(self, changes: list[EventChange]) -> None:
        with self.transaction(), self._db.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO event_history (event_id, change, detail, article_id, recorded_at) VALUES (%s,%s,%s,%s,%s)",
                [(c.event_id, c.change, c.detail, c.article_id, now()) for c in changes],
            )

    def history(self, event_id: str) -> list[EventChange]:
        if _has_nul(event_id):
            return []
        rows = self._query(
            "SELECT event_id, change, detail, article_id, recorded_at FROM event_history WHERE event_id = %s ORDER BY id",
            (event_id,),
        ).fetchall()
        return [EventChange(event_id=r[0], change=r[1], detail=r[2], article_id=r[3], recorded_at=r[4]) for r in rows]

    def nearby_events(self, country_code: str | None, first_day: date, last_day: date,
                      around: tuple[float, float, float] | None = None) -> list[Event]:
        query = "SELECT data FROM events WHERE country_code IS NOT DISTINCT FROM %s AND event_date BETWEEN %s AND %s"
        values: list[object] = [country_code, first_day, last_day]
        if around is not None:
            # a box a little larger than the circle: the caller measures the true distance
            latitude, longitude, km = around
            degrees_north = km / 111.0 + 0.01
            degrees_east = km / (111.0 * max(0.05, math.cos(math.radians(latitude)))) + 0.01
            query += " AND latitude BETWEEN %s AND %s AND longitude BETWEEN %s AND %s"
            values += [latitude - degrees_north, latitude + degrees_north, longitude - degrees_east, longitude + degrees_east]
        rows = self._query(query + " ORDER BY event_date, event_id", values).fetchall()
        return [event_from_plain(json.loads(row[0])) for row in rows]

    def mentions_of(self, event_id: str) -> list[Mention]:
        if _has_nul(event_id):
            return []
        rows = self._query("SELECT data, event_id FROM mentions WHERE event_id = %s ORDER BY mention_id", (event_id,)).fetchall()
        return [mention_row(row) for row in rows]

    def event(self, event_id: str) -> Event | None:
        if _has_nul(event_id):
            return None
        row = self._query("SELECT data FROM events WHERE event_id = %s", (event_id,)).fetchone()
        return event_from_plain(json.loads(row[0])) if row else None

    def save_event(self, event: Event) -> None:
        columns = ("event_id", "event_date", "event_type", "sub_event_type", "country", "country_code", "iso3", "fatalities",
                   "latitude", "longitude", "data", "updated_at", "admin1", "actors")
        updates = ", ".join(f"{column} = excluded.{column}" for column in columns[1:]) + ", search = excluded.search"
        with self.transaction():
            self._query(
                f"INSERT INTO events ({', '.join(columns)}, search) VALUES ({', '.join(['%s'] * len(columns))}, "
                f"array_to_tsvector(%s::text[])) ON CONFLICT (event_id) DO UPDATE SET {updates}",
                (
                    event.event_id, event.event_date, event.event_type, event.sub_event_type,
                    event.place.country, event.place.country_code, event.place.iso3, event.fatalities,
                    event.place.latitude, event.place.longitude, json.dumps(to_plain(event), ensure_ascii=False), now(),
                    event.place.admin1, _actors(event), _search_document(event),
                ),
            )
            if event.mention_ids:
                self._query("UPDATE mentions SET event_id = %s WHERE mention_id = ANY(%s)", (event.event_id, event.mention_ids))

    def fold_event(self, folded_id: str, into_id: str) -> None:
        with self.transaction():
            self._query("UPDATE mentions SET event_id = %s WHERE event_id = %s", (into_id, folded_id))
            self._query("UPDATE event_history SET event_id = %s WHERE event_id = %s", (into_id, folded_id))
            self._query("DELETE FROM events WHERE event_id = %s", (folded_id,))

    def _country_matches(self, country: str) -> tuple[str, list[object]]:
        """An event of a country given by name, ISO2 or ISO3 code, in any case."""
        return ("(lower(country) = %s OR upper(country_code) = %s OR upper(iso3) = %s)",
                [_ascii_lower(country), _ascii_upper(country), _ascii_upper(country)])

    def _country_code(self, country: str) -> str | None:
        """The ISO code of the events a country name or code names (None when none carries one)."""
        clause, values = self._country_matches(country)
        row = self._query(f"SELECT country_code FROM events WHERE {clause} AND country_code IS NOT NULL LIMIT 1",
                          values).fetchone()
        return row[0] if row else None

    def _where(self, selection: EventFilter, table: str = "events") -> tuple[str, list[object]]:
        """The WHERE clause of a selection, its `after` (the page's start) included."""
        if _has_nul(selection.country, selection.event_type, selection.sub_event_type, selection.admin1, selection.actor):
            return " WHERE FALSE", []
        clauses: list[str] = []
        values: list[object] = []
        if selection.country:
            code = self._country_code(selection.country) if table == "events" else None
            if code:
                clauses.append("country_code = %s")
                values.append(code)
            else:
                clause, more = self._country_matches(selection.country)
                clauses.append(clause)
                values += more
        if selection.since:
            clauses.append("event_date >= %s")
            values.append(selection.since)
        if selection.until:
            clauses.append("event_date <= %s")
            values.append(selection.until)
        if selection.event_type:
            clauses.append("(lower(event_type) = %s OR lower(sub_event_type) = %s)")
            values += [_ascii_lower(selection.event_type)] * 2
        if selection.sub_event_type:
            clauses.append("lower(sub_event_type) = %s")
            values.append(_ascii_lower(selection.sub_event_type))
        if selection.admin1:
            clauses.append("lower(admin1) = %s")
            values.append(_ascii_lower(selection.admin1))
        if selection.actor:
            clauses.append("strpos(actors, %s) > 0")
            values.append(_ascii_lower(selection.actor))
        if selection.min_fatalities is not None:
            clauses.append("fatalities >= %s")
            values.append(selection.min_fatalities)
        if selection.bbox:
            box = selection.bbox
            clauses.append("latitude BETWEEN %s AND %s")
            values += [box.south, box.north]
            # a box drawn across the antimeridian has its west edge east of its east edge
            clauses.append("longitude BETWEEN %s AND %s" if box.west <= box.east else "(longitude >= %s OR longitude <= %s)")
            values += [box.west, box.east]
        if selection.text is not None:
            query = _search_query(_search_terms(selection.text))
            if query is None:
                clauses.append("FALSE")
            elif table == "mentions":  # mentions are found by the text of the event they belong to
                clauses.append("event_id IN (SELECT event_id FROM events WHERE search @@ %s::tsquery)")
                values.append(query)
            else:
                clauses.append("search @@ %s::tsquery")
                values.append(query)
        if selection.after:
            key = "event_id" if table == "events" else "mention_id"
            clauses.append(f"(event_date, {key}) > (%s, %s)")
            values += [selection.after[0], _before_nul(selection.after[1])]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", values

    def _pages(self, selection: EventFilter, table: str) -> Iterator[tuple[str, str | None]]:
        """The (data, event id) rows of a listing in order, fetched a page at a time, each page continuing
        after the (day, id) of the last row of the one before (ids are unique: nothing is seen twice)."""
        key = "event_id" if table == "events" else "mention_id"
        left = selection.limit
        while left is None or left > 0:
            rows_wanted = PAGE_ROWS if left is None else min(left, PAGE_ROWS)
            where, values = self._where(replace(selection, limit=rows_wanted), table)
            rows = self._query(f"SELECT data, event_id, event_date, {key} FROM {table}{where} "
                               f"ORDER BY event_date, {key} LIMIT {rows_wanted}", values).fetchall()
            yield from ((row[0], row[1]) for row in rows)
            if len(rows) < rows_wanted:
                return
            left = None if left is None else left - len(rows)
            selection = replace(selection, after=(rows[-1][2], rows[-1][3]))

    def events(self, selection: EventFilter = EventFilter()) -> Iterator[Event]:
        for data, _ in self._pages(selection, "events"):
            yield event_from_plain(json.loads(data))

    def mentions(self, selection: EventFilter = EventFilter()) -> Iterator[Mention]:
        for row in self._pages(selection, "mentions"):
            yield mention_row(row)

    def event_counts(self, selection: EventFilter, period: str, group_by: str) -> list[EventCount]:
        if period not in _PERIOD_STARTS:
            raise StorageError(f"no period {period!r}: use one of {', '.join(_PERIOD_STARTS)}")
        if group_by not in _GROUP_COLUMNS:
            raise StorageError(f"cannot group events by {group_by!r}: use one of {', '.join(_GROUP_COLUMNS)}")
        where, values = self._where(replace(selection, after=None))  # counts ignore the page
        rows = self._query(
            f"SELECT {_PERIOD_STARTS[period]} AS period_start, {_GROUP_COLUMNS[group_by]} AS grouped, COUNT(*), SUM(fatalities) "
            f"FROM events{where} GROUP BY period_start, grouped ORDER BY period_start, grouped NULLS FIRST", values,
        ).fetchall()
        return [EventCount(r[0], r[1], r[2], r[3]) for r in rows]

    def mentions_of_article(self, article_id: str) -> list[Mention]:
        if _has_nul(article_id):
            return []
        rows = self._query("SELECT data, event_id FROM mentions WHERE article_id = %s ORDER BY stored", (article_id,)).fetchall()
        return [mention_row(row) for row in rows]

    def _claims_where(self, selection: ClaimFilter) -> tuple[str, list[object]]:
        clauses: list[str] = []
        values: list[object] = []
        if selection.claimant:
            clauses.append("lower(claimant) = %s")
            values.append(_ascii_lower(selection.claimant))
        if selection.country:
            clauses.append("lower(country) = %s")
            values.append(_ascii_lower(selection.country))
        if selection.since:
            clauses.append("as_of >= %s")
            values.append(selection.since.isoformat())
        if selection.until:
            clauses.append("as_of <= %s")
            values.append(selection.until.isoformat())
        if selection.after:
            as_of, claim_id = selection.after
            if _has_nul(as_of):  # no day is equal to it: the claims after are those of later days
                clauses.append("COALESCE(as_of, '') > %s")
                values.append(_before_nul(as_of))
            else:
                clauses.append("(COALESCE(as_of, ''), claim_id) > (%s, %s)")
                values += [as_of, _before_nul(claim_id)]
        if _has_nul(*values):
            return " WHERE FALSE", []
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", values

    def claims(self, selection: ClaimFilter = ClaimFilter()) -> Iterator[Claim]:
        left = selection.limit  # a page at a time, as events()
        while left is None or left > 0:
            rows_wanted = PAGE_ROWS if left is None else min(left, PAGE_ROWS)
            where, values = self._claims_where(selection)
            rows = self._query(f"SELECT data, COALESCE(as_of, ''), claim_id FROM claims{where} "
                               f"ORDER BY COALESCE(as_of, ''), claim_id LIMIT {rows_wanted}", values).fetchall()
            yield from (claim_from_plain(json.loads(row[0])) for row in rows)
            if len(rows) < rows_wanted:
                return
            left = None if left is None else left - len(rows)
            selection = replace(selection, after=(rows[-1][1], rows[-1][2]))

    def claimants(self) -> list[ClaimantSummary]:
        rows = self._query(
            "SELECT claimant, COUNT(*), MIN(as_of), MAX(as_of) FROM claims GROUP BY claimant "
            "ORDER BY COUNT(*) DESC, claimant NULLS FIRST"
        ).fetchall()
        return [ClaimantSummary(r[0], r[1], day(r[2]), day(r[3])) for r in rows]

    # --- API tokens ---------------------------------------------------------------

    def add_token(self, name: str, token_hash: str) -> ApiToken:
        if _has_nul(name):
            raise StorageError("a token's name cannot hold a NUL character: choose another name")
        with self.transaction():
            existing = self._query("SELECT revoked_at FROM api_tokens WHERE name = %s", (name,)).fetchone()
            if existing is not None and existing[0] is None:
                raise StorageError(f"a token named {name!r} exists already: revoke it first, or choose another name")
            token = ApiToken(name=name, token_hash=token_hash, created_at=now())
            self._query("INSERT INTO api_tokens VALUES (%s,%s,%s,NULL) ON CONFLICT (name) DO UPDATE "
                        "SET token_hash = excluded.token_hash, created_at = excluded.created_at, revoked_at = NULL",
                        (name, token_hash, token.created_at))
        return token

    def tokens(self) -> list[ApiToken]:
        rows = self._query("SELECT name, token_hash, created_at, revoked_at FROM api_tokens ORDER BY name").fetchall()
        return [ApiToken(*row) for row in rows]

    def token_by_hash(self, token_hash: str) -> ApiToken | None:
        if _has_nul(token_hash):
            return None
        row = self._query("SELECT name, token_hash, created_at, revoked_at FROM api_tokens WHERE token_hash = %s",
                          (token_hash,)).fetchone()
        return ApiToken(*row) if row else None

    def revoke_token(self, name: str) -> bool:
        if _has_nul(name):
            return False
        with self.transaction():
            cursor = self._query("UPDATE api_tokens SET revoked_at = %s WHERE name = %s AND revoked_at IS NULL", (now(), name))
            return cursor.rowcount == 1

    def close(self) -> None:
        self._db.close()
