"""The pipeline: ordered stages over one Document per article.

    segment -> select -> analyse -> places -> dates -> attribution
            -> events -> counts -> claims -> assemble -> identifiers

Each stage module says what it NEEDS and what it ADDS; the pipeline checks,
once, that every need is added by an earlier stage (as spaCy's pipe analysis
does), so a reordering that breaks a dependency fails at start-up, not in the
middle of a corpus. The language model runs over the selected sentences of a
whole batch of articles at once; every other stage runs per document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .classifier import SubEventClassifier
from .document import Document, Sentence
from .errors import ConfigurationError, WirecoderError
from .extract import assemble, attribution, claims, counts, dates, events, identifiers, places, segment, select
from .gazetteer import Gazetteer
from .model import Article
from .nlp import LanguageModel
from .settings import Settings


@dataclass(frozen=True)
class Resources:
    """The external things stages use, passed explicitly (real or test doubles)."""

    settings: Settings
    gazetteer: Gazetteer
    language_model: LanguageModel
    #: the sub-event type classifier combined with the rules (None: the rules alone)
    classifier: SubEventClassifier | None


@dataclass(frozen=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    adds: tuple[str, ...]
    run: Callable[[Document, Resources], None] | None  # None: the batched language-model stage


ANALYSE = Stage("analyse", needs=("candidates",), adds=("parses",), run=None)

STAGES: tuple[Stage, ...] = (
    Stage("segment", segment.NEEDS, segment.ADDS, lambda doc, r: segment.run(doc)),
    Stage("select", select.NEEDS, select.ADDS, lambda doc, r: select.run(doc)),
    ANALYSE,
    Stage("places", places.NEEDS, places.ADDS, lambda doc, r: places.run(doc, r.gazetteer)),
    Stage("dates", dates.NEEDS, dates.ADDS, lambda doc, r: dates.run(doc)),
    Stage("attribution", attribution.NEEDS, attribution.ADDS, lambda doc, r: attribution.run(doc)),
    Stage("events", events.NEEDS, events.ADDS, lambda doc, r: events.run(doc, r.classifier)),
    Stage("counts", counts.NEEDS, counts.ADDS, lambda doc, r: counts.run(doc)),
    Stage("claims", claims.NEEDS, claims.ADDS, lambda doc, r: claims.run(doc, r.gazetteer)),
    Stage("assemble", assemble.NEEDS, assemble.ADDS, lambda doc, r: assemble.run(doc, r.gazetteer)),
    Stage("identifiers", identifiers.NEEDS, identifiers.ADDS, lambda doc, r: identifiers.run(doc)),
)


def check_order(stages: Iterable[Stage]) -> None:
    """Every stage's needs are added by an earlier stage; raise otherwise."""
    available = {"article"}
    for stage in stages:
        missing = [need for need in stage.needs if need not in available]
        if missing:
            raise ConfigurationError(f"pipeline stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage adds")
        available.update(stage.adds)


class Pipeline:
    """Articles in, Documents (with mentions and claims) out, in batches."""

    def __init__(self, resources: Resources, stages: tuple[Stage, ...] = STAGES, batch_size: int = 32) -> None:
        check_order(stages)
        self.resources = resources
        self.stages = stages
        self.batch_size = batch_size
        split = stages.index(ANALYSE) if ANALYSE in stages else len(stages)
        self._before = stages[:split]
        self._after = stages[split + 1:] if ANALYSE in stages else ()
        self._analyse = ANALYSE in stages

    def process(self, articles: Iterable[Article]) -> Iterator[Document]:
        iterator = iter(articles)
        while batch := list(islice(iterator, self.batch_size)):
            yield from self.process_batch(batch)

    def process_batch(self, articles: list[Article]) -> list[Document]:
        docs = [Document(article=article) for article in articles]
        for doc in docs:
            self._run_stages(doc, self._before)
        if self._analyse:
            self._parse([doc for doc in docs if doc.error is None])
        for doc in docs:
            if doc.error is None:
                self._run_stages(doc, self._after)
            release(doc)
        return docs

    def _run_stages(self, doc: Document, stages: tuple[Stage, ...]) -> None:
        """Run stages on one document; a failure marks that document, the batch goes on."""
        for stage in stages:
            assert stage.run is not None
            try:
                stage.run(doc, self.resources)
            except WirecoderError:
                raise
            except Exception as exc:  # a bug on one odd article must not lose the batch
                doc.error = f"stage {stage.name} failed: {type(exc).__name__}: {exc}"
                return

    def _parse(self, docs: list[Document]) -> None:
        chosen: list[Sentence] = []
        texts: list[str] = []
        for doc in docs:
            headlines = [h for h in (doc.title, doc.title_in_lower_case) if h is not None]
            for sentence in headlines + [s for s in doc.sentences if s.candidate]:
                chosen.append(sentence)
                texts.append(doc.analysed_text(sentence))
        parses = self.resources.language_model.parse(texts)
        for sentence, parse in zip(chosen, parses):
            sentence.parse = parse


def release(doc: Document) -> None:
    """Drop the parses once the stages are done: they are large and never stored."""
    for headline in (doc.title, doc.title_in_lower_case):
        if headline is not None:
            headline.parse = None
    for sentence in doc.sentences:
        sentence.parse = None
    for frame in doc.frames:
        frame.trigger_token = None


def default_resources(settings: Settings, on_progress: Callable[[str], None] | None = None) -> Resources:
    """The real resources: the built gazetteer (built now if missing), spaCy and the sub-event
    classifier (both loaded on first use)."""
    from .classifier import LinearSubEventClassifier
    from .gazetteer import open_gazetteer
    from .nlp import SpacyLanguageModel

    gazetteer = open_gazetteer(settings.gazetteer_path, on_progress)
    classifier = LinearSubEventClassifier(settings.sub_event_model) if settings.sub_event_model is not None else None
    return Resources(settings, gazetteer, SpacyLanguageModel(settings.spacy_model, settings.batch_size), classifier)
