"""The analyst dashboard: static pages of ours, and the map assets from npm, served by the API's app.

    /            redirects to /app/
    /app/        index.html, style.css, js/*.js (plain JS modules: no build step)
    /app/codebook.json        the ACLED event types and sub-event types (model.SUB_EVENT_TYPES)
    /app/vendor/assets.json   which map assets are installed, and what to do when some are not
    /app/vendor/PACKAGE/FILE  a file of an npm package `make install` put in vendor/node_modules
                              (leaflet, leaflet.markercluster, topojson-client, world-atlas)

The page reads everything else from the API (/events, /statistics, /claims...), so the
dashboard is a thin layer like the CLI. Without the vendor assets the page still lists,
charts and opens events, and says which assets are missing and how to install them."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from ..errors import NotFoundError
from ..model import EVENT_TYPES, SUB_EVENT_TYPES

__all__ = ["STATIC_DIR", "VENDOR_DIR", "VENDOR_ASSETS", "missing_assets", "mount_dashboard"]

log = logging.getLogger("wirecoder.web")

STATIC_DIR = Path(__file__).with_name("static")
#: where `make install` runs `npm ci` (package.json and package-lock.json pin the versions)
VENDOR_DIR = Path(__file__).with_name("vendor")
#: the files the page loads, by package: only these folders of node_modules are served
VENDOR_ASSETS: dict[str, tuple[str, ...]] = {
    "leaflet": ("dist/leaflet.js", "dist/leaflet.css"),
    "leaflet.markercluster": ("dist/leaflet.markercluster.js", "dist/MarkerCluster.css", "dist/MarkerCluster.Default.css"),
    "topojson-client": ("dist/topojson-client.min.js",),
    "world-atlas": ("countries-50m.json",),
}
#: the folders of each package the page may fetch from (leaflet's CSS refers to its images/)
_SERVED_FOLDERS: dict[str, tuple[str, ...]] = {
    "leaflet": ("dist/",), "leaflet.markercluster": ("dist/",), "topojson-client": ("dist/",), "world-atlas": ("",),
}
INSTALL_HINT = "run `make install` (it runs `npm ci` in src/wirecoder/web/vendor), then reload the page"


def missing_assets(vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """The vendor files the page needs that are not installed, as PACKAGE/FILE."""
    modules = vendor_dir / "node_modules"
    return [f"{package}/{name}" for package, names in VENDOR_ASSETS.items() for name in names
            if not (modules / package / name).is_file()]


def _vendor_file(vendor_dir: Path, path: str) -> Path:
    """The file of node_modules that `path` (PACKAGE/FILE) names, if it is one the page may load."""
    modules = (vendor_dir / "node_modules").resolve()
    package, _, rest = path.partition("/")
    folders = _SERVED_FOLDERS.get(package)
    file = (modules / package / rest).resolve()
    # Checked after resolving, so that "dist/../package.json" (however encoded) is not in dist/.
    if folders is None or not rest or not any(file.is_relative_to(modules / package / folder) for folder in folders):
        raise NotFoundError(f"/app/vendor/{path} is not a map asset the dashboard serves "
                            f"(packages: {', '.join(_SERVED_FOLDERS)})", code="not_found")
    if not file.is_file():
        if not (modules / package).is_dir():
            raise NotFoundError(f"the dashboard's map assets are not installed ({package} is missing): {INSTALL_HINT}",
                                code="dashboard_assets_missing")
        raise NotFoundError(f"no file {rest!r} in the installed {package}", code="not_found")
    return file


def mount_dashboard(app: FastAPI, vendor_dir: Path = VENDOR_DIR) -> None:
    """Serve the dashboard from `app` at /app/ (after the API's routes, which keep their paths)."""
    missing = missing_assets(vendor_dir)
    if missing:
        # Said once at start-up, and again by the page itself: the API works without them.
        log.warning("the dashboard's map assets are missing (%s): %s", ", ".join(missing), INSTALL_HINT)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse("/app/")

    @app.get("/app", include_in_schema=False)
    def app_without_slash() -> RedirectResponse:
        return RedirectResponse("/app/")

    @app.get("/app/codebook.json", include_in_schema=False)
    def codebook() -> JSONResponse:
        return JSONResponse({"event_types": list(EVENT_TYPES), "sub_event_types": SUB_EVENT_TYPES})

    @app.get("/app/vendor/assets.json", include_in_schema=False)
    def assets() -> JSONResponse:
        absent = missing_assets(vendor_dir)
        return JSONResponse({"installed": not absent, "missing": absent,
                             "message": f"map assets missing ({', '.join(absent)}): {INSTALL_HINT}" if absent else None})

    @app.get("/app/vendor/{path:path}", include_in_schema=False)
    def vendor(path: str) -> FileResponse:
        return FileResponse(_vendor_file(vendor_dir, path))

    app.mount("/app", StaticFiles(directory=STATIC_DIR, html=True), name="dashboard")
