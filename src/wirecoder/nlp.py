"""The language model: spaCy's English pipeline, behind a small interface.

Loaded once per process, on first use (never at import), and run in batches
over the sentences the selection stage kept."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from .errors import ModelNotInstalledError


class LanguageModel(Protocol):
    """Parses sentences: tokens with lemmas, tags, dependencies and entities."""

    def parse(self, texts: Sequence[str]) -> list[Any]:
        """One parsed document (spaCy `Doc`) per text, in order."""
        ...


class SpacyLanguageModel:
    """spaCy's pipeline; components the stages do not use are left out."""

    def __init__(self, model_name: str, batch_size: int = 256) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            import spacy

            try:
                self._nlp = spacy.load(self.model_name, exclude=["senter"])
            except OSError as exc:
                raise ModelNotInstalledError(self.model_name) from exc
        return self._nlp

    def parse(self, texts: Sequence[str]) -> list[Any]:
        if not texts:
            return []
        return list(self.nlp.pipe(texts, batch_size=self.batch_size))
