"""/statistics: events and fatalities per day or week, per country or event type."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, Query, Request

from ...settings import Settings
from ...store import EventFilter
from ..errors import error_responses
from ..schemas import StatisticsOut, StatisticsRow
from .filters import event_filter


def router(settings: Settings) -> APIRouter:
    routes = APIRouter(tags=["statistics"])

    @routes.get("/statistics", response_model=StatisticsOut, responses=error_responses())
    def statistics(
        request: Request,
        selection: EventFilter = Depends(event_filter),
        period: Literal["day", "week"] = Query("day", description="count per day, or per week (weeks start on Monday)"),
        by: Literal["country", "type"] = Query("country", description="one row per country, or per event type"),
    ) -> StatisticsOut:
        """Counts of the events the filters select (the same filters as /events), oldest period first."""
        with request.app.state.access.reading() as store:
            counts = store.event_counts(selection, period, by)
        return StatisticsOut(period=period, by=by, rows=[StatisticsRow.from_count(c) for c in counts])

    return routes
