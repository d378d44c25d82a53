"""Who may write: a request that changes the database must carry an active token
(`Authorization: Bearer <token>`, made by `wirecoder token create NAME`)."""

from __future__ import annotations

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..errors import AuthenticationError
from ..store import ApiToken
from ..tokens import authenticate

bearer = HTTPBearer(auto_error=False, description="a write token from `wirecoder token create NAME`")


def require_token(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> ApiToken:
    """The token the request carries; refused (401) when there is none or it is unknown or revoked."""
    if credentials is None:
        raise AuthenticationError(
            "this request writes to the database: send a token as 'Authorization: Bearer <token>' "
            "(an administrator makes one with `wirecoder token create NAME`)"
        )
    with request.app.state.access.reading() as store:
        token = authenticate(store, credentials.credentials)
    if token is None:
        raise AuthenticationError("the token is unknown or has been revoked: ask for a new one "
                                  "(`wirecoder token list` shows them)", code="token_invalid")
    return token
