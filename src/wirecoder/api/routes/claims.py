"""/claims: the cumulative figures reports attribute to someone, per claimant over time."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Query, Request

from ...settings import Settings
from ...store import ClaimFilter
from ..errors import error_responses
from ..schemas import ClaimantOut, ClaimOut, ClaimPage
from ..views import claim_cursor, encode_cursor


def router(settings: Settings) -> APIRouter:
    routes = APIRouter(tags=["claims"])

    @routes.get("/claims", response_model=ClaimPage, responses=error_responses())
    def list_claims(
        request: Request,
        claimant: str | None = Query(None, max_length=200, description="who makes the claim (any case), e.g. the United Nations"),
        country: str | None = Query(None, max_length=100, description="the country the figure is about"),
        since: date | None = Query(None, description="claims made as of this day or later"),
        until: date | None = Query(None, description="claims made as of this day or earlier"),
        limit: int = Query(settings.api_page_size, ge=1, le=settings.api_max_page_size),
        cursor: str | None = Query(None, max_length=1000, description="the next_cursor of the previous page"),
    ) -> ClaimPage:
        """Claims by the day they are made as of (undated first), then claim id: one claimant's
        figures over time when `claimant` is given."""
        after = claim_cursor(cursor) if cursor else None
        selection = ClaimFilter(claimant=claimant, country=country, since=since, until=until, after=after, limit=limit + 1)
        with request.app.state.access.reading() as store:
            found = list(store.claims(selection))
        page = found[:limit]
        next_cursor = None
        if len(found) > limit:
            last = page[-1]
            next_cursor = encode_cursor(last.as_of.isoformat() if last.as_of else "", last.claim_id)
        return ClaimPage(claims=[ClaimOut.from_claim(c) for c in page], next_cursor=next_cursor)

    @routes.get("/claimants", response_model=list[ClaimantOut], responses=error_responses())
    def list_claimants(request: Request) -> list[ClaimantOut]:
        """Who makes claims: the number of claims and the days they span, most claims first."""
        with request.app.state.access.reading() as store:
            return [ClaimantOut.from_summary(s) for s in store.claimants()]

    return routes
