"""HTTP GET behind a small interface: urllib for real, a dictionary of answers for tests.

Only what `wirecoder watch` needs: a GET with request headers (the feed's
validators), a timeout and a size limit. A 304 or an error status is an
answer, not an exception; a network failure or an oversize body is a FetchError.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Protocol

from . import __version__
from .errors import FetchError

USER_AGENT = f"wirecoder/{__version__} (feed watcher)"


@dataclass(frozen=True)
class HttpResponse:
    status: int
    body: bytes = b""
    #: header names in lower case
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class HttpClient(Protocol):
    def get(self, url: str, headers: dict[str, str], *, timeout: float, max_bytes: int) -> HttpResponse:
        """The answer to a GET; FetchError when there is none (network) or it is over `max_bytes`."""
        ...


class UrllibClient:
    """The standard library's HTTP client; http and https URLs only."""

    def get(self, url: str, headers: dict[str, str], *, timeout: float, max_bytes: int) -> HttpResponse:
        if not url.lower().startswith(("http://", "https://")):
            raise FetchError(url, "only http:// and https:// addresses can be fetched")
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 (scheme checked above)
                return HttpResponse(answer.status, _limited(answer, url, max_bytes), _lower(answer.headers.items()))
        except urllib.error.HTTPError as answer:  # 304 and the error statuses arrive as exceptions
            with answer:
                return HttpResponse(answer.code, b"", _lower(answer.headers.items()))
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", None) or error
            raise FetchError(url, f"cannot fetch: {reason}") from error


def _limited(answer: object, url: str, max_bytes: int) -> bytes:
    body = answer.read(max_bytes + 1)  # type: ignore[attr-defined]
    if len(body) > max_bytes:
        raise FetchError(url, f"the answer is larger than {max_bytes} bytes; not read")
    return body


def _lower(items: object) -> dict[str, str]:
    return {name.lower(): value for name, value in items}  # type: ignore[attr-defined]


class InMemoryHttpClient:
    """Answers from a dictionary (url -> HttpResponse or FetchError), keeping the requests made, for tests."""

    def __init__(self, answers: dict[str, HttpResponse | FetchError] | None = None) -> None:
        self.answers: dict[str, HttpResponse | FetchError] = dict(answers or {})
        self.requests: list[tuple[str, dict[str, str]]] = []

    def get(self, url: str, headers: dict[str, str], *, timeout: float, max_bytes: int) -> HttpResponse:
        self.requests.append((url, dict(headers)))
        answer = self.answers.get(url)
        if answer is None:
            return HttpResponse(404)
        if isinstance(answer, FetchError):
            raise answer
        if len(answer.body) > max_bytes:
            raise FetchError(url, f"the answer is larger than {max_bytes} bytes; not read")
        return answer
