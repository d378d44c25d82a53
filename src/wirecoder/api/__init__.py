"""The REST API (FastAPI): `create_app(db, settings)`, served by `wirecoder serve`."""

from .app import create_app

__all__ = ["create_app"]
