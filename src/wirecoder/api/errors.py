"""Errors as JSON: every refusal the API makes has the shape `{"error": {"code", "message"}}`.

ApiError subclasses (errors.py) carry their HTTP status and code; invalid
parameters (FastAPI's validation) become `invalid_request` with the details;
unknown paths and methods keep their status; anything unexpected is a 500
whose message hides the internals (they go to the server's log)."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import ApiError, ConfigurationError, WirecoderError
from .schemas import ErrorOut

log = logging.getLogger("wirecoder.api")

_DESCRIPTIONS = {
    400: "a value that cannot work (the code says which)",
    401: "a write without a valid token (token_required, token_invalid)",
    404: "no such record (the code says which)",
    413: "a request body over the size limit (request_too_large)",
    422: "a parameter or body that does not fit the schema (invalid_request)",
    500: "a fault of the server (server_error)",
}


def error_responses(*statuses: int) -> dict[int | str, dict]:
    """The errors an operation can answer with, for its OpenAPI entry (400, 422 and 500 always)."""
    return {status: {"model": ErrorOut, "description": _DESCRIPTIONS[status]} for status in (400, 422, 500, *statuses)}

_HTTP_CODES = {404: "not_found", 405: "method_not_allowed"}


def error_response(error: ApiError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if error.status_code == 401 else None
    return JSONResponse({"error": {"code": error.code, "message": str(error)}}, status_code=error.status_code, headers=headers)


def _body(code: str, message: str, details: list | None = None) -> dict:
    detail: dict = {"code": code, "message": message}
    if details is not None:
        detail["details"] = details
    return {"error": detail}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        return error_response(error)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        details = jsonable_encoder(error.errors(), custom_encoder={Exception: str})
        where = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in details[:5])
        return JSONResponse(_body("invalid_request", f"the request does not fit the API: {where}", details), status_code=422)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, error: HTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(error.status_code, "http_error")
        message = "no such path: see /docs for the API" if error.status_code == 404 else str(error.detail)
        return JSONResponse(_body(code, message), status_code=error.status_code, headers=getattr(error, "headers", None))

    @app.exception_handler(ConfigurationError)
    async def configuration_error(request: Request, error: ConfigurationError) -> JSONResponse:
        return JSONResponse(_body("bad_request", str(error)), status_code=400)

    @app.exception_handler(WirecoderError)
    async def wirecoder_error(request: Request, error: WirecoderError) -> JSONResponse:
        log.error("request %s %s failed: %s", request.method, request.url.path, error)
        return JSONResponse(_body("server_error", str(error)), status_code=500)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("request %s %s failed", request.method, request.url.path)
        return JSONResponse(_body("server_error", "the server failed on this request; its log says why"), status_code=500)
