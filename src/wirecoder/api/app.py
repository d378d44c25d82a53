"""The app factory: one FastAPI application over one database.

    create_app(db, settings) ─┬─ StoreAccess     readers per thread, one writer (access.py)
                              ├─ BodySizeLimit   refuses oversized bodies (limits.py)
                              ├─ CORS            only for the origins settings name
                              ├─ error handlers  every error as {"error": {"code", "message"}}
                              ├─ routers         events, articles (and ingest), claims, statistics
                              └─ dashboard       / and /app/: the analyst's pages and map assets (web/)

The API is a thin layer: queries are the store's, processing is `process.process`,
tokens are `tokens.py`. Nothing heavy happens when the app is made: the language
model and gazetteer load on the first ingest request."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .. import __version__
from ..pipeline import Resources
from ..settings import Settings
from ..store import Store
from ..web import mount_dashboard
from .access import StoreAccess
from .errors import install_error_handlers
from .limits import BodySizeLimit
from .routes import articles, claims, events, statistics

DESCRIPTION = """\
The events wirecoder has read from news reports, merged across outlets, with the
evidence behind every field. Reading needs no token; writing (`POST /articles`)
needs `Authorization: Bearer <token>` from `wirecoder token create NAME`.
Errors are JSON: `{"error": {"code": ..., "message": ...}}`."""


def _resources_once(settings: Settings, given: Resources | None) -> Callable[[], Resources]:
    """The pipeline's resources, made on first use (seconds of model loading) and then kept."""
    lock = threading.Lock()
    loaded: list[Resources] = [given] if given is not None else []

    def get() -> Resources:
        with lock:
            if not loaded:
                from ..pipeline import default_resources

                loaded.append(default_resources(settings))
            return loaded[0]

    return get


def create_app(db: str | Store, settings: Settings | None = None, *, resources: Resources | None = None) -> FastAPI:
    """The API over `db` (a --db value, or a store object that all requests then share).
    `resources` lends an already loaded language model and gazetteer (tests, embedding)."""
    settings = settings or Settings.from_environment()
    access = StoreAccess(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        access.close()

    app = FastAPI(title="wirecoder", version=__version__, description=DESCRIPTION, lifespan=lifespan)
    app.state.settings = settings
    app.state.access = access
    app.state.resources = _resources_once(settings, resources)
    install_error_handlers(app)
    app.add_middleware(BodySizeLimit, max_bytes=settings.api_max_request_bytes)
    if settings.api_cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.api_cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    for resource in (events, articles, claims, statistics):
        app.include_router(resource.router(settings))
    # The dashboard is served by this same app, after the API's routes so that they keep their paths.
    mount_dashboard(app)
    return app


def app_from_environment() -> FastAPI:
    """The app over WIRECODER_DB with the settings of the environment: what each worker process of
    `wirecoder serve --workers N` runs."""
    settings = Settings.from_environment()
    return create_app(settings.db, settings)
