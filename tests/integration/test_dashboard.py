"""The dashboard: served by the API's app (pages, codebook, map assets and what is said when they
are missing), and driven in Debian's Chromium by Playwright over examples/ processed once: it
loads, filters, opens an event by keyboard and shows its evidence marked and its sources.
A screenshot is kept in test-artifacts/dashboard.png."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from wirecoder.api import create_app
from wirecoder.api.errors import install_error_handlers
from wirecoder.ingest import read_inputs
from wirecoder.process import process
from wirecoder.settings import Settings
from wirecoder.store import SqliteStore
from wirecoder.web import VENDOR_ASSETS, VENDOR_DIR, missing_assets, mount_dashboard

REPOSITORY = Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"
ARTIFACTS = REPOSITORY / "test-artifacts"
#: Debian's Chromium, installed by `make test` (apt-get install chromium): Playwright never downloads a browser here
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory, settings: Settings, resources) -> Path:
    db = tmp_path_factory.mktemp("dashboard") / "examples.db"
    store = SqliteStore(db)
    try:
        process(read_inputs([str(EXAMPLES)], settings), store, resources, workers=1)
    finally:
        store.close()
    return db


@pytest.fixture(scope="module")
def client(examples_db: Path, settings: Settings, resources) -> TestClient:
    with TestClient(create_app(str(examples_db), settings, resources=resources)) as opened:
        yield opened


# --- what the app serves ----------------------------------------------------------------------------

def test_root_leads_to_the_dashboard_and_the_api_keeps_its_paths(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307 and response.headers["location"] == "/app/"
    page = client.get("/app/")
    assert page.status_code == 200 and 'src="js/main.js"' in page.text
    assert client.get("/app/js/main.js").headers["content-type"].startswith("text/javascript")
    assert client.get("/events").json()["events"]
    assert "/app/" not in client.get("/openapi.json").json()["paths"]


def test_the_codebook_lists_every_sub_event_type(client: TestClient) -> None:
    codebook = client.get("/app/codebook.json").json()
    assert "Battles" in codebook["event_types"]
    assert codebook["sub_event_types"]["Armed clash"] == "Battles"


def test_the_map_assets_are_served_from_the_installed_packages(client: TestClient) -> None:
    assert not missing_assets(), f"run `make install`: {missing_assets()}"
    assert client.get("/app/vendor/assets.json").json() == {"installed": True, "missing": [], "message": None}
    for package, files in VENDOR_ASSETS.items():
        for name in files:
            assert client.get(f"/app/vendor/{package}/{name}").status_code == 200, (package, name)
    assert client.get("/app/vendor/leaflet/dist/images/marker-icon.png").status_code == 200


@pytest.mark.parametrize("path", ["leaflet/package.json", "commander/index.js", "leaflet/dist/../package.json",
                                  "leaflet/dist/%2e%2e/package.json", "leaflet", "../__init__.py"])
def test_nothing_else_of_node_modules_is_served(client: TestClient, path: str) -> None:
    response = client.get(f"/app/vendor/{path}")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_missing_assets_are_named_with_what_to_do(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    app = FastAPI()
    install_error_handlers(app)
    with caplog.at_level("WARNING", logger="wirecoder.web"):
        mount_dashboard(app, vendor_dir=tmp_path)
    assert "make install" in caplog.text
    with TestClient(app) as bare:
        status = bare.get("/app/vendor/assets.json").json()
        assert not status["installed"] and "leaflet/dist/leaflet.js" in status["missing"] and "make install" in status["message"]
        missing = bare.get("/app/vendor/leaflet/dist/leaflet.js")
        assert missing.status_code == 404
        assert missing.json()["error"]["code"] == "dashboard_assets_missing" and "make install" in missing.json()["error"]["message"]
        assert bare.get("/app/").status_code == 200  # the page itself still works, and says what is missing


# --- in a browser ------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(examples_db: Path, settings: Settings, resources) -> str:
    """A real uvicorn server on a free localhost port, in a thread of this process."""
    port = _free_port()
    config = uvicorn.Config(create_app(str(examples_db), settings, resources=resources), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, name="dashboard-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the test server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


def test_the_dashboard_shows_events_filters_and_opens_one_with_its_evidence(server: str) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    elsewhere: list[str] = []
    errors: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 768})
            page.set_default_timeout(15_000)
            page.on("pageerror", lambda error: errors.append(str(error)))

            def localhost_only(route) -> None:
                if urlparse(route.request.url).hostname == "127.0.0.1" or route.request.url.startswith("data:"):
                    route.continue_()
                else:
                    elsewhere.append(route.request.url)
                    route.abort()

            page.route("**/*", localhost_only)

            # Loads: the map with its outlines and markers, the list, the timeline.
            page.goto(server + "/")
            expect(page.locator("body[data-loaded='7']")).to_have_count(1)
            expect(page.locator("#event-list li")).to_have_count(7)
            expect(page.locator("#map .leaflet-marker-icon").first).to_be_visible()
            expect(page.locator("#map[data-outlines='drawn'] canvas")).to_have_count(1)  # world-atlas, no tiles
            expect(page.locator("#timeline rect.bar").first).to_be_attached()
            expect(page.locator("#status")).to_contain_text("7 events on the map")

            # Filters: kept in the URL, as the API names them.
            page.fill("input[name=country]", "Syria")
            page.click("#filters button[type=submit]")
            expect(page.locator("body[data-loaded='1']")).to_have_count(1)
            expect(page.locator("#event-list li")).to_have_count(1)
            assert "country=Syria" in page.url

            # Opens an event by keyboard: its evidence marked, its sources listed, Escape closes it.
            page.focus("#event-list button")
            page.keyboard.press("Enter")
            expect(page.locator("#panel")).to_be_visible()
            expect(page.locator("#panel-title")).to_contain_text("Bab Amr")
            expect(page.locator("#articles mark.this-event").first).to_be_visible()
            sources = page.locator("#sources tbody tr")
            expect(sources).to_have_count(2)
            expect(page.locator("#sources")).to_contain_text("Wirecoder Wire")
            expect(page.locator("#sources")).to_contain_text("Levant Desk News")
            expect(page.locator("#sources .tag").first).to_have_text("independent")
            assert "event=ev-" in page.url
            page.locator("#articles mark.this-event").first.scroll_into_view_if_needed()
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
            page.keyboard.press("Escape")
            expect(page.locator("#panel")).to_be_hidden()
            expect(page.locator("#event-list button").first).to_be_focused()
        finally:
            browser.close()
    assert not elsewhere, f"the dashboard asked for something beyond this server: {elsewhere}"
    assert not errors, f"the page's scripts failed: {errors}"


def test_without_the_map_assets_the_page_still_lists_and_opens_events(server: str) -> None:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.set_default_timeout(15_000)
            # As if `npm ci` had not run: every vendor file is missing (the server's own answer is tested above).
            page.route("**/app/vendor/*/**", lambda route: route.fulfill(status=404, body="missing"))
            page.goto(server + "/app/")
            expect(page.locator("#map .map-missing")).to_contain_text("not installed")
            expect(page.locator("body[data-loaded='7']")).to_have_count(1)  # the GeoJSON pages need no map
            expect(page.locator("#timeline rect.bar").first).to_be_attached()
            page.locator("#event-list button").last.click()
            expect(page.locator("#articles mark.this-event").first).to_be_visible()
            page.keyboard.press("Escape")
            page.click("#tab-claims")
            expect(page.locator("#claims-table tbody tr")).to_have_count(4)
            assert "view=claims" in page.url
        finally:
            browser.close()
