"""Geoparsing on its own: every place name in each article, resolved (`wirecoder geoparse`).

Unlike event extraction, every sentence is analysed: the point is to find all
the places an article names, not only the incident's."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from .document import Document
from .extract import places, segment
from .model import Article
from .pipeline import ANALYSE, Pipeline, Resources, Stage


def _select_all(doc: Document, resources: Resources) -> None:
    for sentence in doc.sentences:
        sentence.candidate = True


GEOPARSE_STAGES: tuple[Stage, ...] = (
    Stage("segment", segment.NEEDS, segment.ADDS, lambda doc, r: segment.run(doc)),
    Stage("select-all", ("sentences",), ("candidates",), _select_all),
    ANALYSE,
    Stage("places", places.NEEDS, places.ADDS, lambda doc, r: places.run(doc, r.gazetteer, every_name=True)),
)


def place_records(doc: Document, resources: Resources) -> list[dict[str, Any]]:
    """The INTERFACE.md geoparse shape for one article (body text places; offsets into the text)."""
    records = []
    for mention in doc.places:
        if mention.sentence < 0 or mention.entry is None:
            continue
        entry = mention.entry
        country = resources.gazetteer.country(entry.country_code) if entry.country_code else None
        latitude, longitude = entry.centre  # a country is where its territory is, not its capital
        records.append({
            "start": mention.start,
            "end": mention.end,
            "text": mention.text,
            "name": entry.name,
            "latitude": latitude,
            "longitude": longitude,
            "country": country.name if country else None,
            "admin1": entry.admin1,
            "feature": entry.feature,
            "geonameid": entry.id if entry.id > 0 else None,
        })
    return records


def geoparse(articles: Iterable[Article], resources: Resources, batch_size: int = 32) -> Iterator[dict[str, Any]]:
    pipeline = Pipeline(resources, stages=GEOPARSE_STAGES, batch_size=batch_size)
    for doc in pipeline.process(articles):
        yield {"article_id": doc.article.id, "places": place_records(doc, resources)}
