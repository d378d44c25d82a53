"""The embedded default: one SQLite file (WAL mode), schema versioned by recorded migrations.

Rows keep the fields the filters and indexes need as columns and the whole
record as JSON (`data`), so the typed model round-trips exactly. All writes
happen inside `transaction()`: a batch is stored completely or not at all."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from ..errors import SchemaVersionError, StorageError
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
from .rows import day as _day
from .rows import mention_row as _mention
from .rows import now as _now
from .rows import search_words as _search_words

#: what `event_counts` can group by: the column of each
_GROUP_COLUMNS = {"country": "country", "type": "event_type"}
#: the first day of an event's period: its day, or the Monday of its week
_PERIOD_STARTS = {"day": "event_date", "week": "date(event_date, '-6 days', 'weekday 1')"}

#: (version, description, SQL). Append only: a released migration never changes.
MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "articles, mentions, events, claims, rejects", """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
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
            event_id TEXT PRIMARY KEY,
            event_date TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            country TEXT,
            country_code TEXT,
            iso3 TEXT,
            fatalities INTEGER NOT NULL,
            latitude REAL,
            longitude REAL,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX events_by_date ON events(event_date);
        CREATE INDEX events_by_country_date ON events(country_code, event_date);
        CREATE TABLE mentions (
            mention_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            event_id TEXT REFERENCES events(event_id),
            event_date TEXT NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            country TEXT,
            country_code TEXT,
            iso3 TEXT,
            data TEXT NOT NULL
        );
        CREATE INDEX mentions_by_article ON mentions(article_id);
        CREATE INDEX mentions_by_event ON mentions(event_id);
        CREATE TABLE claims (
            claim_id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            data TEXT NOT NULL
        );
        CREATE TABLE rejects (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            line INTEGER,
            reason TEXT NOT NULL,
            excerpt TEXT NOT NULL DEFAULT '',
            severity TEXT NOT NULL,
            article_id TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX rejects_once ON rejects(source, IFNULL(line, 0), reason);
    """),
    (2, "event history: what each report changed in its event", """
        CREATE TABLE event_history (
            id INTEGER PRIMARY KEY,
            event_id TEXT NOT NULL,
            change TEXT NOT NULL,
            detail TEXT NOT NULL,
            article_id TEXT,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX event_history_by_event ON event_history(event_id, id);
    """),
    (3, "stories: near-copies of a report found by MinHash bands", """
        CREATE TABLE stories (
            article_id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL,
            signature BLOB NOT NULL
        );
        CREATE TABLE story_bands (
            band TEXT NOT NULL,
            article_id TEXT NOT NULL
        );
        CREATE INDEX story_bands_by_band ON story_bands(band);
    """),
    # Listings walk events_by_date_id in page order; the columns after the key let the map-box, toll and
    # type filters be checked in the index, reading only the rows that match. event_search rows share
    # their event's rowid: found, replaced and joined by it, not by a scan.
    (4, "API: filter columns, full-text search over notes and evidence, write tokens", """
        ALTER TABLE events ADD COLUMN admin1 TEXT GENERATED ALWAYS AS (json_extract(data, '$.place.admin1')) VIRTUAL;
        ALTER TABLE events ADD COLUMN actors TEXT GENERATED ALWAYS AS
            (lower(IFNULL(json_extract(data, '$.actor1.name'), '') || ' | ' ||
                   IFNULL(json_extract(data, '$.actor2.name'), ''))) VIRTUAL;
        CREATE INDEX events_by_date_id
            ON events(event_date, event_id, latitude, longitude, fatalities, event_type, sub_event_type);
        CREATE INDEX events_by_admin1 ON events(lower(admin1), event_date);
        CREATE INDEX events_by_country_name ON events(lower(country));
        CREATE INDEX events_by_iso2 ON events(upper(country_code));
        CREATE INDEX events_by_iso3 ON events(upper(iso3));
        ALTER TABLE mentions ADD COLUMN admin1 TEXT GENERATED ALWAYS AS (json_extract(data, '$.place.admin1')) VIRTUAL;
        ALTER TABLE mentions ADD COLUMN actors TEXT GENERATED ALWAYS AS
            (lower(IFNULL(json_extract(data, '$.actor1.name'), '') || ' | ' ||
                   IFNULL(json_extract(data, '$.actor2.name'), ''))) VIRTUAL;
        ALTER TABLE mentions ADD COLUMN fatalities INTEGER GENERATED ALWAYS AS (json_extract(data, '$.fatalities.best')) VIRTUAL;
        ALTER TABLE mentions ADD COLUMN latitude REAL GENERATED ALWAYS AS (json_extract(data, '$.place.latitude')) VIRTUAL;
        ALTER TABLE mentions ADD COLUMN longitude REAL GENERATED ALWAYS AS (json_extract(data, '$.place.longitude')) VIRTUAL;
        ALTER TABLE claims ADD COLUMN claimant TEXT GENERATED ALWAYS AS (json_extract(data, '$.claimant')) VIRTUAL;
        ALTER TABLE claims ADD COLUMN as_of TEXT GENERATED ALWAYS AS (json_extract(data, '$.as_of')) VIRTUAL;
        ALTER TABLE claims ADD COLUMN country TEXT GENERATED ALWAYS AS (json_extract(data, '$.country')) VIRTUAL;
        CREATE VIRTUAL TABLE event_search USING fts5(notes, evidence);
        CREATE VIRTUAL TABLE event_search_terms USING fts5vocab(event_search, 'row');
        INSERT INTO event_search (rowid, notes, evidence)
            SELECT rowid, IFNULL(json_extract(data, '$.notes'), ''),
                   IFNULL((SELECT group_concat(json_extract(value, '$.text'), ' ') FROM json_each(data, '$.evidence')), '')
            FROM events;
        CREATE TABLE api_tokens (
            name TEXT PRIMARY KEY,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT
        );
    """),
    # One transaction per article makes FTS5 write a small index segment at each commit; merging them
    # four at a time (the default) made every commit slower as the index grew (merging 100,000
    # mentions took five times as long). Sixteen at a time keeps commits flat; searches read a few
    # more segments.
    (5, "search index: merge its segments sixteen at a time", """
        INSERT INTO event_search (event_search, rank) VALUES ('automerge', 16)
    """),
    # `wirecoder watch` keeps here what lets a restart go on where it stopped: a feed's validators (a 304
    # costs nothing) and failures, and every entry taken from it (a restart takes none twice)
    (6, "watched feeds: validators, failures and the entries taken", """
        CREATE TABLE feeds (
            url TEXT PRIMARY KEY,
            etag TEXT,
            last_modified TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            retry_after TEXT,
            last_error TEXT,
            checked_at TEXT
        );
        CREATE TABLE feed_items (
            feed_url TEXT NOT NULL,
            item_key TEXT NOT NULL,
            link TEXT,
            article_id TEXT,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (feed_url, item_key)
        )
    """),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]


#: an event of a country given by name, ISO2 or ISO3 code, in any case
_COUNTRY_MATCHES = "lower(country) = lower(?) OR upper(country_code) = upper(?) OR upper(iso3) = upper(?)"
#: a search whose rarest word is in fewer events than this fetches its matches and sorts them by day;
#: a commoner one walks the day index, checking each event against the matches (it stops at a page)
FEW_MATCHES = 1000


class SqliteStore:
    """The Store interface on one SQLite file (or ':memory:' for tests)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._depth = 0
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode = WAL")
                self._db.execute("PRAGMA synchronous = NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot open {self.path} as a wirecoder database: {exc}") from exc

    # --- schema ---------------------------------------------------------------

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        applied = {row[0] for row in self._db.execute("SELECT version FROM schema_migrations")}
        newest = max(applied, default=0)
        if newest > SCHEMA_VERSION:
            raise SchemaVersionError(self.path, newest, SCHEMA_VERSION)
        for version, description, sql in MIGRATIONS:
            if version in applied:
                continue
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in sql.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, description, _now()))
                self._db.execute("COMMIT")
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        return self._db.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] or 0

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        else:
            self._db.execute("COMMIT")
        finally:
            self._depth = 0

    # --- articles ---------------------------------------------------------------

    def stored_article(self, article_id: str) -> StoredArticle | None:
        row = self._db.execute("SELECT id, content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return StoredArticle(*row) if row else None

    def add_article(self, article: Article, mentions: list[Mention], claims: list[Claim]) -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id, article.content_hash, article.title, article.text,
                    article.published_raw or (article.published.isoformat() if article.published else None),
                    article.url, article.outlet, article.language, json.dumps(article.extra, ensure_ascii=False, default=str),
                    str(article.origin) if article.origin else None, _now(),
                ),
            )
            for mention in mentions:
                self._db.execute(
                    "INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (
                        mention.mention_id, mention.article_id, None, mention.event_date.isoformat(),
                        mention.event_type, mention.sub_event_type, mention.place.country,
                        mention.place.country_code, mention.place.iso3,
                        json.dumps(to_plain(mention), ensure_ascii=False),
                    ),
                )
            for claim in claims:
                self._db.execute(
                    "INSERT INTO claims VALUES (?,?,?)",
                    (claim.claim_id, claim.article_id, json.dumps(to_plain(claim), ensure_ascii=False)),
                )

    def article(self, article_id: str) -> Article | None:
        row = self._db.execute(
            "SELECT id, content_hash, title, text, published, url, outlet, language, extra FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        published_raw = row[4]
        return Article(id=row[0], content_hash=row[1], title=row[2], text=row[3],
                       published=date.fromisoformat(published_raw[:10]) if published_raw else None, published_raw=published_raw,
                       url=row[5], outlet=row[6], language=row[7], extra=json.loads(row[8]))

    def article_text(self, article_id: str) -> tuple[str | None, str] | None:
        row = self._db.execute("SELECT title, text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return (row[0], row[1]) if row else None

    def count(self, table: str) -> int:
        if table not in ("articles", "mentions", "events", "claims", "rejects"):
            raise StorageError(f"no table {table!r}")
        return self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    # --- rejects ----------------------------------------------------------------

    def add_reject(self, reject: Reject) -> bool:
        with self.transaction():
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO rejects (source, line, reason, excerpt, severity, article_id, recorded_at) VALUES (?,?,?,?,?,?,?)",
                (reject.origin.source, reject.origin.line, reject.reason, reject.excerpt, reject.severity, reject.article_id, _now()),
            )
            return cursor.rowcount == 1

    def rejects(self) -> list[Reject]:
        rows = self._db.execute("SELECT source, line, reason, excerpt, severity, article_id FROM rejects ORDER BY id").fetchall()
        return [Reject(origin=Origin(r[0], r[1]), reason=r[2], excerpt=r[3], severity=r[4], article_id=r[5]) for r in rows]

    # --- watched feeds ------------------------------------------------------------

    def feed_state(self, url: str) -> FeedState | None:
        row = self._db.execute("SELECT url, etag, last_modified, failures, retry_after, last_error, checked_at "
                               "FROM feeds WHERE url = ?", (url,)).fetchone()
        return FeedState(url=row[0], etag=row[1], last_modified=row[2], failures=row[3], retry_after=row[4],
                         last_error=row[5], checked_at=row[6]) if row else None

    def save_feed_state(self, state: FeedState) -> None:
        with self.transaction():
            self._db.execute("INSERT OR REPLACE INTO feeds VALUES (?,?,?,?,?,?,?)",
                             (state.url, state.etag, state.last_modified, state.failures, state.retry_after,
                              state.last_error, state.checked_at))

    def seen_feed_items(self, feed_url: str, keys: list[str]) -> set[str]:
        seen: set[str] = set()
        for start in range(0, len(keys), 500):  # SQLite's limit on parameters
            part = keys[start:start + 500]
            seen.update(row[0] for row in self._db.execute(
                f"SELECT item_key FROM feed_items WHERE feed_url = ? AND item_key IN ({','.join('?' * len(part))})",
                [feed_url, *part]))
        return seen

    def add_feed_items(self, feed_url: str, items: list[tuple[str, str | None, str | None]]) -> None:
        with self.transaction():
            self._db.executemany("INSERT OR IGNORE INTO feed_items VALUES (?,?,?,?,?)",
                                 [(feed_url, key, link, article_id, _now()) for key, link, article_id in items])

    # --- events -----------------------------------------------------------------

    def unmerged_articles(self, limit: int) -> list[str]:
        # the day is ISO text (sorts as the date); BINARY compares UTF-8 bytes, which is code point order
        rows = self._db.execute(
            "SELECT article_id, MIN(json_extract(data, '$.published')) AS day FROM mentions WHERE event_id IS NULL "
            "GROUP BY article_id ORDER BY day IS NULL, day, article_id LIMIT ?", (limit,)).fetchall()
        return [row[0] for row in rows]

    def set_story(self, mentions: list[Mention]) -> None:
        with self.transaction():
            self._db.executemany("UPDATE mentions SET data = json_set(data, '$.story_id', ?) WHERE mention_id = ?",
                                 [(mention.story_id, mention.mention_id) for mention in mentions])

    def story_candidates(self, band_keys: list[str]) -> list[tuple[str, str, bytes]]:
        if not band_keys:
            return []
        marks = ",".join("?" * len(band_keys))
        return self._db.execute(
            f"SELECT s.article_id, s.story_id, s.signature FROM stories s WHERE s.article_id IN "
            f"(SELECT DISTINCT article_id FROM story_bands WHERE band IN ({marks})) ORDER BY s.rowid", band_keys,
        ).fetchall()

    def add_story(self, article_id: str, story_id: str, signature: bytes, band_keys: list[str]) -> None:
        with self.transaction():
            self._db.execute("INSERT OR REPLACE INTO stories VALUES (?,?,?)", (article_id, story_id, signature))
            self._db.executemany("INSERT INTO story_bands VALUES (?,?)", [(key, article_id) for key in band_keys])

    def record_changes(self, changes: list[EventChange]) -> None:
        with self.transaction():
            self._db.executemany(
                "INSERT INTO event_history (event_id, change, detail, article_id, recorded_at) VALUES (?,?,?,?,?)",
                [(c.event_id, c.change, c.detail, c.article_id, _now()) for c in changes],
            )

    def history(self, event_id: str) -> list[EventChange]:
        rows = self._db.execute(
            "SELECT event_id, change, detail, article_id, recorded_at FROM event_history WHERE event_id = ? ORDER BY id", (event_id,)
        ).fetchall()
        return [EventChange(event_id=r[0], change=r[1], detail=r[2], article_id=r[3], recorded_at=r[4]) for r in rows]

    def nearby_events(self, country_code: str | None, first_day: date, last_day: date,
                      around: tuple[float, float, float] | None = None) -> list[Event]:
        query = "SELECT data FROM events WHERE country_code IS ? AND event_date BETWEEN ? AND ?"
        values: list[object] = [country_code, first_day.isoformat(), last_day.isoformat()]
        if around is not None:
            # a box a little larger than the circle: the caller measures the true distance
            latitude, longitude, km = around
            degrees_north = km / 111.0 + 0.01
            degrees_east = km / (111.0 * max(0.05, math.cos(math.radians(latitude)))) + 0.01
            query += " AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ?"
            values += [latitude - degrees_north, latitude + degrees_north, longitude - degrees_east, longitude + degrees_east]
        rows = self._db.execute(query, values).fetchall()
        return [event_from_plain(json.loads(row[0])) for row in rows]

    def mentions_of(self, event_id: str) -> list[Mention]:
        rows = self._db.execute("SELECT data, event_id FROM mentions WHERE event_id = ? ORDER BY mention_id", (event_id,)).fetchall()
        return [_mention(row) for row in rows]

    def event(self, event_id: str) -> Event | None:
        row = self._db.execute("SELECT data FROM events WHERE event_id = ?", (event_id,)).fetchone()
        return event_from_plain(json.loads(row[0])) if row else None

    def save_event(self, event: Event) -> None:
        with self.transaction():
            replaced = self._db.execute("SELECT rowid FROM events WHERE event_id = ?", (event.event_id,)).fetchone()
            if replaced is not None:
                self._db.execute("DELETE FROM event_search WHERE rowid = ?", replaced)
            cursor = self._db.execute(
                "INSERT OR REPLACE INTO events (event_id, event_date, event_type, sub_event_type, country, country_code, iso3, "
                "fatalities, latitude, longitude, data, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    event.event_id, event.event_date.isoformat(), event.event_type, event.sub_event_type,
                    event.place.country, event.place.country_code, event.place.iso3, event.fatalities,
                    event.place.latitude, event.place.longitude, json.dumps(to_plain(event), ensure_ascii=False), _now(),
                ),
            )
            self._db.executemany(
                "UPDATE mentions SET event_id = ? WHERE mention_id = ?",
                [(event.event_id, mention_id) for mention_id in event.mention_ids],
            )
            self._db.execute(
                "INSERT INTO event_search (rowid, notes, evidence) VALUES (?,?,?)",
                (cursor.lastrowid, event.notes, " ".join(dict.fromkeys(e.text for e in event.evidence))),
            )

    def fold_event(self, folded_id: str, into_id: str) -> None:
        with self.transaction():
            self._db.execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", (into_id, folded_id))
            self._db.execute("UPDATE event_history SET event_id = ? WHERE event_id = ?", (into_id, folded_id))
            self._db.execute("DELETE FROM event_search WHERE rowid = (SELECT rowid FROM events WHERE event_id = ?)", (folded_id,))
            self._db.execute("DELETE FROM events WHERE event_id = ?", (folded_id,))

    def _country_code(self, country: str) -> str | None:
        """The ISO code of the events a country name or code names (None when none carries one)."""
        row = self._db.execute(f"SELECT country_code FROM events WHERE {_COUNTRY_MATCHES} AND country_code IS NOT NULL LIMIT 1",
                               [country] * 3).fetchone()
        return row[0] if row else None

    def _search_clause(self, words: list[str], table: str) -> str:
        """The condition that an event (or a mention's event) holds every word: see FEW_MATCHES."""
        if not words:
            return "FALSE"
        matches = "SELECT rowid FROM event_search WHERE event_search MATCH ?"
        if table == "mentions":
            return f"event_id IN (SELECT event_id FROM events WHERE rowid IN ({matches}))"
        marks = ",".join("?" * len(words))
        counts = dict(self._db.execute(f"SELECT term, doc FROM event_search_terms WHERE term IN ({marks})", words).fetchall())
        rarest = min(counts.get(word, 0) for word in words)
        # the unary + keeps SQLite from driving the query by rowid: it walks the day index instead
        return f"rowid IN ({matches})" if rarest < FEW_MATCHES else f"+rowid IN ({matches})"

    def _where(self, selection: EventFilter, table: str = "events") -> tuple[str, list[object]]:
        clauses: list[str] = []
        values: list[object] = []
        if selection.country:
            code = self._country_code(selection.country) if table == "events" else None
            if code:
                # one country's events in day order straight from the (country_code, event_date) index
                clauses.append("country_code = ?")
                values.append(code)
            else:
                clauses.append(f"({_COUNTRY_MATCHES})")
                values += [selection.country] * 3
        if selection.since:
            clauses.append("event_date >= ?")
            values.append(selection.since.isoformat())
        if selection.until:
            clauses.append("event_date <= ?")
            values.append(selection.until.isoformat())
        if selection.event_type:
            clauses.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?))")
            values += [selection.event_type] * 2
        if selection.sub_event_type:
            clauses.append("lower(sub_event_type) = lower(?)")
            values.append(selection.sub_event_type)
        if selection.admin1:
            clauses.append("lower(admin1) = lower(?)")
            values.append(selection.admin1)
        if selection.actor:
            clauses.append("instr(actors, lower(?)) > 0")
            values.append(selection.actor)
        if selection.min_fatalities is not None:
            clauses.append("fatalities >= ?")
            values.append(selection.min_fatalities)
        if selection.bbox:
            box = selection.bbox
            clauses.append("latitude BETWEEN ? AND ?")
            values += [box.south, box.north]
            # a box drawn across the antimeridian has its west edge east of its east edge
            clauses.append("longitude BETWEEN ? AND ?" if box.west <= box.east else "(longitude >= ? OR longitude <= ?)")
            values += [box.west, box.east]
        if selection.text is not None:
            # mentions are found by the text of the event they belong to
            words = _search_words(selection.text)
            clauses.append(self._search_clause(words, table))
            if words:
                values.append(" ".join(f'"{word}"' for word in words))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", values

    def events(self, selection: EventFilter = EventFilter()) -> Iterator[Event]:
        where, values = self._where(selection)
        if selection.after:
            where += (" AND " if where else " WHERE ") + "(event_date, event_id) > (?, ?)"
            values += [selection.after[0].isoformat(), selection.after[1]]
        limit = f" LIMIT {int(selection.limit)}" if selection.limit else ""
        for row in self._db.execute(f"SELECT data FROM events{where} ORDER BY event_date, event_id{limit}", values):
            yield event_from_plain(json.loads(row[0]))

    def mentions(self, selection: EventFilter = EventFilter()) -> Iterator[Mention]:
        where, values = self._where(selection, "mentions")
        if selection.after:
            where += (" AND " if where else " WHERE ") + "(event_date, mention_id) > (?, ?)"
            values += [selection.after[0].isoformat(), selection.after[1]]
        limit = f" LIMIT {int(selection.limit)}" if selection.limit else ""
        for row in self._db.execute(f"SELECT data, event_id FROM mentions{where} ORDER BY event_date, mention_id{limit}", values):
            yield _mention(row)

    def event_counts(self, selection: EventFilter, period: str, group_by: str) -> list[EventCount]:
        if period not in _PERIOD_STARTS:
            raise StorageError(f"no period {period!r}: use one of {', '.join(_PERIOD_STARTS)}")
        if group_by not in _GROUP_COLUMNS:
            raise StorageError(f"cannot group events by {group_by!r}: use one of {', '.join(_GROUP_COLUMNS)}")
        where, values = self._where(selection)
        rows = self._db.execute(
            f"SELECT {_PERIOD_STARTS[period]} AS period_start, {_GROUP_COLUMNS[group_by]} AS grouped, COUNT(*), SUM(fatalities) "
            f"FROM events{where} GROUP BY period_start, grouped ORDER BY period_start, grouped", values,
        ).fetchall()
        return [EventCount(date.fromisoformat(r[0]), r[1], r[2], r[3]) for r in rows]

    def mentions_of_article(self, article_id: str) -> list[Mention]:
        rows = self._db.execute("SELECT data, event_id FROM mentions WHERE article_id = ? ORDER BY rowid", (article_id,)).fetchall()
        return [_mention(row) for row in rows]

    def claims(self, selection: ClaimFilter = ClaimFilter()) -> Iterator[Claim]:
        clauses: list[str] = []
        values: list[object] = []
        if selection.claimant:
            clauses.append("lower(claimant) = lower(?)")
            values.append(selection.claimant)
        if selection.country:
            clauses.append("lower(country) = lower(?)")
            values.append(selection.country)
        if selection.since:
            clauses.append("as_of >= ?")
            values.append(selection.since.isoformat())
        if selection.until:
            clauses.append("as_of <= ?")
            values.append(selection.until.isoformat())
        if selection.after:
            clauses.append("(IFNULL(as_of, ''), claim_id) > (?, ?)")
            values += list(selection.after)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        limit = f" LIMIT {int(selection.limit)}" if selection.limit else ""
        for row in self._db.execute(f"SELECT data FROM claims{where} ORDER BY IFNULL(as_of, ''), claim_id{limit}", values):
            yield claim_from_plain(json.loads(row[0]))

    def claimants(self) -> list[ClaimantSummary]:
        rows = self._db.execute(
            "SELECT claimant, COUNT(*), MIN(as_of), MAX(as_of) FROM claims GROUP BY claimant ORDER BY COUNT(*) DESC, claimant"
        ).fetchall()
        return [ClaimantSummary(r[0], r[1], _day(r[2]), _day(r[3])) for r in rows]

    # --- API tokens ---------------------------------------------------------------

    def add_token(self, name: str, token_hash: str) -> ApiToken:
        with self.transaction():
            existing = self._db.execute("SELECT revoked_at FROM api_tokens WHERE name = ?", (name,)).fetchone()
            if existing is not None and existing[0] is None:
                raise StorageError(f"a token named {name!r} exists already: revoke it first, or choose another name")
            token = ApiToken(name=name, token_hash=token_hash, created_at=_now())
            self._db.execute("INSERT OR REPLACE INTO api_tokens VALUES (?,?,?,NULL)", (name, token_hash, token.created_at))
        return token

    def tokens(self) -> list[ApiToken]:
        rows = self._db.execute("SELECT name, token_hash, created_at, revoked_at FROM api_tokens ORDER BY name").fetchall()
        return [ApiToken(*row) for row in rows]

    def token_by_hash(self, token_hash: str) -> ApiToken | None:
        row = self._db.execute("SELECT name, token_hash, created_at, revoked_at FROM api_tokens WHERE token_hash = ?",
                               (token_hash,)).fetchone()
        return ApiToken(*row) if row else None

    def revoke_token(self, name: str) -> bool:
        with self.transaction():
            cursor = self._db.execute("UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
                                      (_now(), name))
            return cursor.rowcount == 1

    def close(self) -> None:
        self._db.close()
