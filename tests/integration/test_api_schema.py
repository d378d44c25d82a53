"""Schemathesis against the API's own OpenAPI document, in-process (ASGI, no sockets): generated
requests to every operation, with values the schema allows and values it does not, must never
meet a server error, and every answer must match what the document says it returns.

The document is read at import from an app over an empty in-memory database (cheap: no model,
no files); the requests go to an app over examples/, so that listings have events in them.
(Schemathesis' `from_fixture` would do both at once, but it does not run under pytest 9.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance

from wirecoder.api import create_app
from wirecoder.ingest import read_inputs
from wirecoder.process import process
from wirecoder.settings import Settings
from wirecoder.store import open_store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


schema = schemathesis.openapi.from_dict(create_app(":memory:", Settings.from_environment()).openapi())


@pytest.fixture(scope="module")
def examples_app(databases, settings: Settings, resources):
    """The app over examples/, on each store (SQLite and PostgreSQL)."""
    db = databases.new()
    store = open_store(db)
    try:
        process(read_inputs([str(EXAMPLES)], settings), store, resources, workers=1)
    finally:
        store.close()
    return create_app(db, settings, resources=resources)


@schema.parametrize()
@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_answers_as_documented(case, examples_app) -> None:
    case.call_and_validate(app=examples_app, checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                                     response_schema_conformance])
