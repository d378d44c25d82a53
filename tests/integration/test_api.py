"""The REST API in-process (FastAPI's TestClient, no sockets) over examples/ processed once:
listing and filtering, cursor pages, GeoJSON, one event's sources and history, articles with
their evidence marked, claims, statistics, JSON errors, limits, CORS, and ingest with tokens.
Every test runs on both stores, SQLite and PostgreSQL (the `databases` fixture)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wirecoder.api import create_app
from wirecoder.ingest import read_inputs
from wirecoder.process import process
from wirecoder.settings import Settings
from wirecoder.store import open_store
from wirecoder.tokens import create_token

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"

#: our own third report of the Bab Amr shelling in examples/: it joins that event
FOLLOW_UP = {
    "id": "api-homs-1",
    "title": "Homs district shelled again, monitors count nine dead",
    "text": "HOMS, Syria (Api Test Wire) - Government troops shelled the Bab Amr district of Homs on Friday, killing nine "
            "people, the Syrian Observatory for Human Rights said on Saturday. Residents said tank rounds hit homes near "
            "the main road.",
    "published": "2012-01-14",
    "outlet": "Api Test Wire",
}


@pytest.fixture(scope="module")
def examples_db(databases, settings: Settings, resources) -> str:
    """examples/ processed once into a database that is only ever copied (PostgreSQL copies a database
    only while nobody is connected to it)."""
    db = databases.new()
    store = open_store(db)
    try:
        report = process(read_inputs([str(EXAMPLES)], settings), store, resources, workers=1)
    finally:
        store.close()
    assert report.stored == 9
    return db


@pytest.fixture(scope="module")
def read_db(examples_db: str, databases) -> str:
    """A copy of the examples database for the tests that only read."""
    return databases.copy(examples_db)


@pytest.fixture(scope="module")
def client(read_db: str, settings: Settings, resources) -> TestClient:
    with TestClient(create_app(read_db, settings, resources=resources)) as opened:
        yield opened


@pytest.fixture
def writable(examples_db: str, databases, settings: Settings, resources) -> tuple[TestClient, str]:
    """A client over a copy of the examples database, for tests that write."""
    db = databases.copy(examples_db)
    with TestClient(create_app(db, settings, resources=resources)) as opened:
        yield opened, db


def _token(db: str, name: str = "desk") -> str:
    store = open_store(db)
    try:
        return create_token(store, name)
    finally:
        store.close()


def _events(client: TestClient, **params: object) -> list[dict]:
    response = client.get("/events", params=params)
    assert response.status_code == 200, response.json()
    return response.json()["events"]


def _locations(client: TestClient, **params: object) -> list[str]:
    return [e["location"] for e in _events(client, **params)]


def _error(response, status: int, code: str) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code, body
    return body["error"]["message"]


# --- reading -------------------------------------------------------------------------------


def test_events_lists_every_event_by_day_in_the_export_shape(client: TestClient, interface_record) -> None:
    events = _events(client)
    assert len(events) == 7
    assert [e["event_date"] for e in events] == sorted(e["event_date"] for e in events)
    for event in events:
        interface_record(event, "event")
        assert 1 <= event["independent_sources"] <= len(event["article_ids"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "NGA"}, ["Maiduguri", "Damaturu"]),
        ({"type": "Battles"}, ["Haditha"]),
        ({"type": "Protests"}, ["Nairobi"]),
        ({"sub_type": "Arrests"}, ["Damaturu"]),
        ({"sub_type": "Battles"}, []),
        ({"admin1": "ohio"}, ["Dayton"]),
        ({"actor": "police forces of"}, ["Damaturu", "Lahore", "Nairobi"]),
        ({"min_fatalities": 9}, ["Bab Amr", "Haditha"]),
        ({"bbox": "2.7,4.2,14.7,13.9"}, ["Maiduguri", "Damaturu"]),  # Nigeria's box
        ({"q": "tear gas"}, ["Nairobi"]),
        ({"since": "2013-01-01", "until": "2016-12-31"}, ["Haditha", "Nairobi"]),
        ({"country": "Syria", "min_fatalities": 10}, []),
    ],
)
def test_event_filters(client: TestClient, params: dict, expected: list[str]) -> None:
    assert _locations(client, **params) == expected


def test_cursor_pages_walk_every_event_once(client: TestClient) -> None:
    seen, cursor, pages = [], None, 0
    while True:
        response = client.get("/events", params={"limit": 3, **({"cursor": cursor} if cursor else {})})
        page = response.json()
        seen += [e["event_id"] for e in page["events"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3
    assert seen == [e["event_id"] for e in _events(client)]
    # an exact last page says so: no cursor to a page that would be empty
    assert client.get("/events", params={"limit": 7}).json()["next_cursor"] is None


def test_pages_keep_their_filters(client: TestClient) -> None:
    first = client.get("/events", params={"country": "Nigeria", "limit": 1}).json()
    rest = client.get("/events", params={"country": "Nigeria", "limit": 1, "cursor": first["next_cursor"]}).json()
    assert [e["location"] for e in first["events"] + rest["events"]] == ["Maiduguri", "Damaturu"]
    assert rest["next_cursor"] is None


def test_events_as_geojson(client: TestClient) -> None:
    collection = client.get("/events", params={"format": "geojson", "country": "Iraq"}).json()
    assert collection["type"] == "FeatureCollection" and collection["next_cursor"] is None
    (feature,) = collection["features"]
    event = _events(client, country="Iraq")[0]
    assert feature["geometry"] == {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]}
    assert feature["properties"]["event_id"] == event["event_id"] and "latitude" not in feature["properties"]


def test_geojson_pages_keep_only_the_fields_asked_for(client: TestClient) -> None:
    full = client.get("/events", params={"format": "geojson", "country": "Iraq"}).json()["features"]
    light = client.get("/events", params={"format": "geojson", "country": "Iraq", "fields": "event_id, geo_precision,event_id"}).json()
    assert [f["properties"] for f in light["features"]] == [{"event_id": f["properties"]["event_id"], "geo_precision":
                                                             f["properties"]["geo_precision"]} for f in full]
    assert [f["geometry"] for f in light["features"]] == [f["geometry"] for f in full]
    for params in ({"fields": "event_id"}, {"format": "geojson", "fields": "event_id,password"},
                   {"format": "geojson", "fields": "latitude"}, {"format": "geojson", "fields": " , "}):
        response = client.get("/events", params=params)
        assert response.status_code == 400 and response.json()["error"]["code"] == "bad_fields", params


def test_one_event_tells_independent_sources_from_copies(client: TestClient) -> None:
    (bombing,) = _events(client, sub_type="Remote explosive/landmine/IED")
    detail = client.get(f"/events/{bombing['event_id']}").json()
    assert detail["event"] == bombing
    sources = detail["sources"]
    assert [s["article_id"] for s in sources] == bombing["article_ids"]
    assert [s["independent"] for s in sources] == [True, False]  # a republished wire story
    assert sources[1]["copy_of"] == sources[0]["article_id"] and sources[0]["copy_of"] is None
    assert all(s["outlet"] and s["title"] for s in sources)
    assert {m["article_id"] for m in detail["mentions"]} == set(bombing["article_ids"])
    assert all(m["event_id"] == bombing["event_id"] and m["evidence"] for m in detail["mentions"])
    changes = [c["change"] for c in detail["history"]]
    assert changes[0] == "created" and "source added" in changes


def test_one_event_with_two_independent_reports(client: TestClient) -> None:
    (shelling,) = _events(client, country="Syria")
    detail = client.get(f"/events/{shelling['event_id']}").json()
    assert [s["independent"] for s in detail["sources"]] == [True, True]
    assert detail["event"]["independent_sources"] == 2
    assert detail["event"]["claimants"]


def test_an_article_with_its_evidence_marked(client: TestClient) -> None:
    (shelling,) = _events(client, country="Syria")
    article_id = shelling["article_ids"][0]
    article = client.get(f"/articles/{article_id}").json()
    assert article["id"] == article_id and article["text"].startswith("BEIRUT")
    assert [m["event_id"] for m in article["mentions"]] == [shelling["event_id"]]
    marked = [h for h in article["highlights"] if h["field"] == "text"]
    assert marked
    evidence = {(e["start"], e["end"]) for e in shelling["evidence"] if e["article_id"] == article_id and e["field"] == "text"}
    # every evidence span lies inside a marked stretch
    assert all(any(h["start"] <= start and end <= h["end"] for h in marked) for start, end in evidence)
    marks = re.findall(r"<mark[^>]*>(.*?)</mark>", article["text_html"], flags=re.S)
    assert marks == [html.escape(article["text"][h["start"]:h["end"]]) for h in marked]
    assert re.sub(r"</?mark[^>]*>", "", article["text_html"]) == html.escape(article["text"])


def test_claims_of_one_claimant_over_time(client: TestClient) -> None:
    page = client.get("/claims", params={"claimant": "united nations"}).json()
    assert [(c["as_of"], c["quantity"]) for c in page["claims"]] == [("2012-01-14", 5400), ("2012-03-05", 7500)]
    assert page["next_cursor"] is None
    first = client.get("/claims", params={"limit": 1}).json()
    second = client.get("/claims", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert first["claims"][0]["claim_id"] != second["claims"][0]["claim_id"]
    claimants = client.get("/claimants").json()
    assert claimants[0] == {"claimant": "United Nations", "claims": 2, "first_as_of": "2012-01-14", "last_as_of": "2012-03-05"}
    assert sum(c["claims"] for c in claimants) == 4


def test_statistics_count_what_the_filters_select(client: TestClient) -> None:
    per_day = client.get("/statistics", params={"by": "country"}).json()
    events = _events(client)
    assert sum(r["events"] for r in per_day["rows"]) == len(events)
    assert sum(r["fatalities"] for r in per_day["rows"]) == sum(e["fatalities"] for e in events)
    nigeria = client.get("/statistics", params={"country": "Nigeria", "period": "week", "by": "type"}).json()
    # Sunday 19 February and Monday 20 February 2012 are in different weeks
    assert [(r["period_start"], r["group"], r["events"]) for r in nigeria["rows"]] == [
        ("2012-02-13", "Explosions/Remote violence", 1), ("2012-02-20", "Strategic developments", 1)]


# --- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/events/ev-none", 404, "event_not_found"),
        ("/articles/none", 404, "article_not_found"),
        ("/no/such/path", 404, "not_found"),
        ("/events?bbox=1,2,3", 400, "bad_bbox"),
        ("/events?bbox=10,50,20,40", 400, "bad_bbox"),  # south above north
        ("/events?cursor=not-a-cursor", 400, "bad_cursor"),
        ("/claims?cursor=WyJhIl0", 400, "bad_cursor"),  # a list of one
        ("/events?limit=100000", 422, "invalid_request"),
        ("/events?since=yesterday", 422, "invalid_request"),
        ("/statistics?period=month", 422, "invalid_request"),
    ],
)
def test_errors_are_json_with_a_code(client: TestClient, path: str, status: int, code: str) -> None:
    assert _error(client.get(path), status, code)


def test_the_api_describes_itself(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    assert {"/events", "/events/{event_id}", "/articles", "/articles/{article_id}", "/claims", "/claimants",
            "/statistics"} <= set(document["paths"])
    assert "HTTPBearer" in document["components"]["securitySchemes"]
    assert client.get("/docs").status_code == 200


def test_no_cors_unless_configured(client: TestClient, read_db: str, settings: Settings) -> None:
    origin = {"Origin": "https://desk.example.org"}
    assert "access-control-allow-origin" not in client.get("/events", headers=origin).headers
    allowed = settings.with_changes(api_cors_origins=("https://desk.example.org",))
    with TestClient(create_app(read_db, allowed)) as cors_client:
        assert cors_client.get("/events", headers=origin).headers["access-control-allow-origin"] == "https://desk.example.org"
        other = cors_client.get("/events", headers={"Origin": "https://elsewhere.example.org"})
        assert "access-control-allow-origin" not in other.headers


# --- writing --------------------------------------------------------------------------------


def test_ingest_without_a_token_is_refused(writable) -> None:
    client, db = writable
    message = _error(client.post("/articles", json={"articles": [FOLLOW_UP]}), 401, "token_required")
    assert "wirecoder token create" in message
    _error(client.post("/articles", json={"articles": [FOLLOW_UP]}, headers={"Authorization": "Bearer wct_guess"}),
           401, "token_invalid")
    assert client.get("/articles/api-homs-1").status_code == 404  # nothing was stored


def test_ingest_with_a_token_stores_and_merges_as_process_does(writable) -> None:
    client, db = writable
    auth = {"Authorization": f"Bearer {_token(db)}"}
    (shelling,) = _events(client, country="Syria")
    response = client.post("/articles", json={"articles": [FOLLOW_UP]}, headers=auth)
    assert response.status_code == 200, response.text
    result = response.json()
    assert (result["stored"], result["already_stored"], result["rejected"]) == (1, 0, 0)
    (merged,) = result["events"]
    assert merged["event_id"] == shelling["event_id"]  # the third report joins the existing event
    assert set(merged["article_ids"]) == {*shelling["article_ids"], "api-homs-1"}
    assert "Api Test Wire" in merged["sources"]
    assert client.get(f"/events/{merged['event_id']}").json()["event"] == merged
    assert len(_events(client)) == 7
    history = client.get(f"/events/{merged['event_id']}").json()["history"]
    assert history[-1]["article_id"] == "api-homs-1"

    again = client.post("/articles", json={"articles": [FOLLOW_UP]}, headers=auth).json()
    assert (again["stored"], again["already_stored"], again["events"]) == (0, 1, [])


def test_ingest_refuses_a_bad_article_and_stores_the_rest(writable) -> None:
    client, db = writable
    auth = {"Authorization": f"Bearer {_token(db)}"}
    bad = {"id": "api-bad-1", "text": "A report.", "published": "last Tuesday"}
    result = client.post("/articles", json={"articles": [bad, FOLLOW_UP]}, headers=auth).json()
    assert result["stored"] == 1 and result["rejected"] == 1
    (problem,) = result["problems"]
    assert (problem["position"], problem["article_id"], problem["severity"]) == (1, None, "error")
    assert "published" in problem["reason"]
    assert client.get("/articles/api-homs-1").status_code == 200


def test_a_revoked_token_writes_no_more(writable, run_cli) -> None:
    client, db = writable
    created = run_cli("token", "create", "night-desk", "--db", db)
    assert created.exit_code == 0, created.stderr
    auth = {"Authorization": f"Bearer {created.stdout.strip()}"}
    listed = run_cli("token", "list", "--db", db)
    assert "night-desk" in listed.stdout and "active" in listed.stdout and created.stdout.strip() not in listed.stdout
    assert run_cli("token", "revoke", "night-desk", "--db", db).exit_code == 0
    assert "revoked" in run_cli("token", "list", "--db", db).stdout
    _error(client.post("/articles", json={"articles": [FOLLOW_UP]}, headers=auth), 401, "token_invalid")
    assert run_cli("token", "revoke", "night-desk", "--db", db).exit_code == 1  # nothing left to revoke


def test_too_many_articles_in_one_request(examples_db: str, databases, settings: Settings, resources) -> None:
    db = databases.copy(examples_db)
    with TestClient(create_app(db, settings.with_changes(api_max_ingest_articles=1), resources=resources)) as client:
        auth = {"Authorization": f"Bearer {_token(db)}"}
        _error(client.post("/articles", json={"articles": [FOLLOW_UP, FOLLOW_UP]}, headers=auth), 400, "too_many_articles")


def test_bodies_over_the_size_limit_are_refused_unread(read_db: str, settings: Settings) -> None:
    with TestClient(create_app(read_db, settings.with_changes(api_max_request_bytes=1000))) as client:
        large = {"articles": [{"text": "word " * 400}]}
        assert "fewer articles" in _error(client.post("/articles", json=large), 413, "request_too_large")

        def chunks():  # no Content-Length: counted as it arrives
            for _ in range(10):
                yield b"x" * 200

        _error(client.post("/articles", content=chunks()), 413, "request_too_large")
        # a body under the limit is handed on: here refused for its missing token, not its size
        _error(client.post("/articles", json={"articles": [{"text": "short"}]}), 401, "token_required")
