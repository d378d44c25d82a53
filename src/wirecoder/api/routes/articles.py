"""/articles: show a stored article with its evidence marked; POST to ingest new ones (token needed)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from ...errors import BadRequestError, NotFoundError
from ...ingest import read_records
from ...process import process
from ...settings import Settings
from ...store import ApiToken
from ..auth import require_token
from ..errors import error_responses
from ..schemas import ArticleMentionOut, ArticleOut, EventOut, IngestIn, IngestOut, ProblemOut
from ..views import highlights


def router(settings: Settings) -> APIRouter:
    routes = APIRouter(tags=["articles"])

    @routes.get("/articles/{article_id:path}", response_model=ArticleOut, responses=error_responses(404))
    def get_article(article_id: str, request: Request) -> ArticleOut:
        """A stored article, its mentions, and the spans their fields were read from, marked."""
        with request.app.state.access.reading() as store:
            article = store.article(article_id)
            if article is None:
                raise NotFoundError(f"no article {article_id!r}: article ids are in each event's article_ids",
                                    code="article_not_found")
            mentions = store.mentions_of_article(article_id)
        spans, title_html, text_html = highlights(article, mentions)
        return ArticleOut(
            id=article.id, title=article.title, text=article.text, published=article.published_raw, url=article.url,
            outlet=article.outlet, language=article.language, extra=article.extra,
            mentions=[ArticleMentionOut(mention_id=m.mention_id, event_id=m.event_id, event_type=m.event_type,
                                        sub_event_type=m.sub_event_type, event_date=m.event_date) for m in mentions],
            highlights=spans, title_html=title_html, text_html=text_html,
        )

    @routes.post("/articles", response_model=IngestOut, responses=error_responses(401, 413))
    def ingest(body: IngestIn, request: Request, token: ApiToken = Depends(require_token)) -> IngestOut:
        """Process articles and merge them into the events exactly as `wirecoder process` does, and return
        the events they created or changed. Articles already stored (same id) are skipped; an article that
        cannot be read is refused on its own, with its position and reason, and the rest are stored."""
        if len(body.articles) > settings.api_max_ingest_articles:
            raise BadRequestError(f"{len(body.articles)} articles in one request: "
                                  f"send at most {settings.api_max_ingest_articles}", code="too_many_articles")
        records = [article.model_dump(exclude_unset=True) for article in body.articles]
        resources = request.app.state.resources()
        with request.app.state.access.writing() as store:
            report = process(read_records(records, f"api:{token.name}", settings), store, resources, workers=1, leftovers=False)
            events = [event for event_id in report.event_ids if (event := store.event(event_id)) is not None]
        return IngestOut(
            stored=report.stored, already_stored=report.already_stored, rejected=report.rejected, warnings=report.warnings,
            problems=[ProblemOut(position=p.origin.line, article_id=p.article_id, severity=p.severity, reason=p.reason)
                      for p in report.problems],
            events=[EventOut.from_event(e) for e in events],
        )

    return routes
