"""API write tokens: made once and shown once, stored only as a hash, revoked by name.

A token is 32 random bytes, so a plain SHA-256 of it is enough to keep the
database from holding usable secrets (a slow password hash guards guessable
secrets, which these are not), and it lets a presented token be found by its
hash in one indexed lookup."""

from __future__ import annotations

import hashlib
import re
import secrets

from .errors import ConfigurationError
from .store import ApiToken, Store

#: tokens start with this, so one pasted into the wrong place is easy to recognise (and to scan for)
TOKEN_PREFIX = "wct_"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


def hash_token(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> str:
    """Make a token named `name` and return its secret, the only time it is seen in full."""
    if not _NAME.fullmatch(name):
        raise ConfigurationError(
            f"token name {name!r}: use up to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.add_token(name, hash_token(secret))
    return secret


def authenticate(store: Store, secret: str) -> ApiToken | None:
    """The active token a presented secret belongs to, or None (unknown or revoked)."""
    token = store.token_by_hash(hash_token(secret))
    return token if token is not None and token.active else None
