"""The sub-event type classifier: a small linear model over hashed n-grams, behind a small interface.

It scores a sentence against ACLED's 25 sub-event types and "none". The rules
(extract/events.py) still decide whether a sentence reports an event; the
classifier only chooses among the sub-event types the rules' triggers allow
(see `events.choose_sub_event_type`).

Features store no vocabulary: word 1-2 grams and character 3-5 grams (within
words) are hashed into fixed-size spaces, each part scaled to unit length, so
the shipped weights (`extract/data/sub_event_model.npz`) hold numbers indexed
by hash buckets, never a word of the texts they were trained on. The model is
loaded once, on first use (never at import), and trained by
`wirecoder train classifier` (wirecoder/training.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import ConfigurationError
from .model import SUB_EVENT_TYPES

#: the label of a sentence that reports no event
NO_EVENT = "none"
LABELS: tuple[str, ...] = (*SUB_EVENT_TYPES, NO_EVENT)

SHIPPED_MODEL = Path(__file__).resolve().parent / "extract" / "data" / "sub_event_model.npz"

#: hash buckets per feature family; changing them (or `normalise_text`) needs a retrained model
WORD_BUCKETS = 2**18
CHAR_BUCKETS = 2**18
FEATURES_VERSION = 1

_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Thresholds:
    """How sure the classifier must be to act (tuned on the training half by `wirecoder train classifier`).

    add: the probability the classifier's type needs to type a sentence whose triggers the rules
    could not type;
    override: how much more probable than the rules' type the classifier's type must be to
    replace it (a margin: the model's probabilities are spread over 26 labels);
    rules_weight: for a whole report already known to tell an event (`events.type_known_event`),
    what the classifier's probability of the type the sentence frames gave is multiplied by
    before the most probable of the 25 types is taken (1: the classifier alone; very large:
    the frames first, the classifier only when they found nothing)."""

    add: float = 0.5
    override: float = 0.3
    rules_weight: float = 2.0


class SubEventClassifier(Protocol):
    """Scores sentences: a probability per label of LABELS (25 sub-event types and "none")."""

    thresholds: Thresholds

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """One {label: probability} per text, in order."""
        ...


def normalise_text(text: str) -> str:
    """Lower case, digits as 0: "12 killed" and "40 killed" are the same feature."""
    return _DIGITS.sub("0", text.lower())


def featurise(texts: Sequence[str]) -> Any:
    """A sparse matrix (texts x WORD_BUCKETS + CHAR_BUCKETS) of hashed word and character n-grams."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.preprocessing import normalize

    normalised = [normalise_text(t) for t in texts]
    words = HashingVectorizer(analyzer="word", ngram_range=(1, 2), n_features=WORD_BUCKETS, alternate_sign=False,
                              norm=None, binary=True, lowercase=False, token_pattern=r"(?u)\b\w[\w'-]*\b")
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), n_features=CHAR_BUCKETS, alternate_sign=False,
                              norm=None, binary=True, lowercase=False)
    return sp.hstack([normalize(words.transform(normalised)), normalize(chars.transform(normalised))], format="csr")


@dataclass(frozen=True)
class LinearModel:
    """Multinomial logistic regression weights over the hash buckets a training text ever filled
    (all other buckets have weight 0, so they are not stored)."""

    labels: tuple[str, ...]
    columns: Any  # int32 array: the feature buckets kept
    weights: Any  # float32 array, labels x columns
    intercepts: Any  # float32 array, labels
    thresholds: Thresholds

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        import numpy as np

        if not texts:
            return []
        features = featurise(texts)[:, self.columns]
        logits = features @ self.weights.T + self.intercepts
        logits = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        probabilities = exp / exp.sum(axis=1, keepdims=True)
        return [{label: float(p) for label, p in zip(self.labels, row)} for row in probabilities]

    def save(self, path: Path) -> None:
        import numpy as np

        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:  # np.savez_compressed would add ".npz" to a name without it
            np.savez_compressed(out, labels=np.array(self.labels), columns=self.columns.astype(np.int32),
                                weights=self.weights.astype(np.float32), intercepts=self.intercepts.astype(np.float32),
                                thresholds=np.array([self.thresholds.add, self.thresholds.override, self.thresholds.rules_weight],
                                                    dtype=np.float64),
                                features_version=np.array(FEATURES_VERSION))

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as data:
                if int(data["features_version"]) != FEATURES_VERSION:
                    raise ConfigurationError(
                        f"the sub-event model {path} was trained with features version {int(data['features_version'])}, "
                        f"this wirecoder uses {FEATURES_VERSION}: run `wirecoder train classifier`")
                # (a model saved before `rules_weight` existed keeps its default)
                thresholds = Thresholds(*(float(v) for v in data["thresholds"]))
                return cls(tuple(str(label) for label in data["labels"]), data["columns"], data["weights"], data["intercepts"],
                           thresholds)
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigurationError(
                f"cannot read the sub-event model {path} ({exc}): reinstall wirecoder or run `wirecoder train classifier`") from exc


class LinearSubEventClassifier:
    """The trained model in a file (the one shipped in the package by default), loaded on first use."""

    def __init__(self, path: Path = SHIPPED_MODEL) -> None:
        self.path = path
        self._model: LinearModel | None = None

    @property
    def model(self) -> LinearModel:
        if self._model is None:
            self._model = LinearModel.load(self.path)
        return self._model

    @property
    def thresholds(self) -> Thresholds:  # type: ignore[override]
        return self.model.thresholds

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.model.probabilities(texts)


class InMemoryClassifier:
    """A stand-in for tests: fixed scores for texts containing a cue, "none" otherwise."""

    def __init__(self, cues: dict[str, dict[str, float]], thresholds: Thresholds = Thresholds()) -> None:
        self.cues = cues
        self.thresholds = thresholds

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        found = []
        for text in texts:
            scores = next((s for cue, s in self.cues.items() if cue.lower() in text.lower()), {NO_EVENT: 1.0})
            found.append({label: scores.get(label, 0.0) for label in LABELS})
        return found


__all__ = ["LABELS", "NO_EVENT", "SHIPPED_MODEL", "InMemoryClassifier", "LinearModel", "LinearSubEventClassifier",
           "SubEventClassifier", "Thresholds", "featurise"]
