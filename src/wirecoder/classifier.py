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

Whole reports already known to tell an event (CASE 2021's snippets, typed by
`events.type_known_event`, never by the pipeline) are read by a second model
shipped beside it (`sub_event_model.embeddings.npz`): a logistic regression over
the vectors of a sentence encoder (wirecoder/encoder.py) and the same hashed
n-grams together, whose probabilities are blended with the n-gram model's
(`ReportClassifier`). Its weights are numbers per encoder dimension and hash
bucket, again no word of the texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ConfigurationError
from .model import SUB_EVENT_TYPES

if TYPE_CHECKING:
    from .encoder import SentenceEncoder

#: the label of a sentence that reports no event
NO_EVENT = "none"
LABELS: tuple[str, ...] = (*SUB_EVENT_TYPES, NO_EVENT)

SHIPPED_MODEL = Path(__file__).resolve().parent / "extract" / "data" / "sub_event_model.npz"
#: the whole-report model is the n-gram model's file name with this ending instead of ".npz"
EMBEDDING_MODEL_SUFFIX = ".embeddings.npz"

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
        probabilities = softmax_rows(np.asarray(features @ self.weights.T + self.intercepts))
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


def embedding_model_path(model_path: Path) -> Path:
    """Where the whole-report model of an n-gram model file lives: beside it ("x.npz" -> "x.embeddings.npz")."""
    return model_path.with_name(model_path.name.removesuffix(".npz") + EMBEDDING_MODEL_SUFFIX)


def softmax_rows(logits: Any) -> Any:
    """Each row of a linear model's scores as probabilities (shifted by its largest: exp cannot overflow)."""
    import numpy as np

    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass(frozen=True)
class NgramPart:
    """The hashed n-gram side of a whole-report model: weights over the buckets its training texts
    filled (the others weigh 0 and are not stored)."""

    columns: Any  # int32 array: the feature buckets kept
    weights: Any  # float32 array, labels x columns

    def logits(self, texts: Sequence[str]) -> Any:
        import numpy as np

        return np.asarray(featurise(texts)[:, self.columns] @ self.weights.T)


@dataclass(frozen=True)
class EmbeddingModel:
    """A multinomial logistic regression over a sentence encoder's vectors of whole reports and,
    when it has an n-gram part, their hashed n-grams in the same fit, and how a report's type
    weighs it (both chosen by cross-validation on CASE 2021's train half):

    share: its part of the blended probabilities (the n-gram model has the rest);
    rules_weight: what the blended probability of the frames' type is multiplied by in
    `events.type_known_event` (the n-gram model's own `Thresholds.rules_weight` is for it alone).

    One fit over both kinds of features, rather than two models whose probabilities are averaged,
    lets the weights of each side be learnt knowing what the other already explains: a cue word
    the vector misses gets its weight where the vector is unsure, and the other way round."""

    encoder: str  # the encoder whose vectors it was fitted on (its name)
    labels: tuple[str, ...]
    weights: Any  # float32 array, labels x encoder dimensions
    intercepts: Any  # float32 array, labels
    share: float
    rules_weight: float
    ngrams: NgramPart | None = None  # None: the vectors alone

    def probabilities(self, vectors: Any, texts: Sequence[str] = ()) -> list[dict[str, float]]:
        """Probabilities of the reports whose vectors these are (their texts, in the same order, for the n-gram part)."""
        logits = vectors @ self.weights.T + self.intercepts
        if self.ngrams is not None:
            if len(texts) != len(vectors):
                raise ValueError("a whole-report model with an n-gram part needs the texts of the vectors")
            logits = logits + self.ngrams.logits(texts)
        rows = softmax_rows(logits)
        return [{label: float(p) for label, p in zip(self.labels, row)} for row in rows]

    def save(self, path: Path) -> None:
        import numpy as np

        path.parent.mkdir(parents=True, exist_ok=True)
        ngrams = {} if self.ngrams is None else {"ngram_columns": self.ngrams.columns.astype(np.int32),
                                                 "ngram_weights": self.ngrams.weights.astype(np.float32),
                                                 "features_version": np.array(FEATURES_VERSION)}
        with open(path, "wb") as out:
            np.savez_compressed(out, encoder=np.array(self.encoder), labels=np.array(self.labels),
                                weights=self.weights.astype(np.float32), intercepts=self.intercepts.astype(np.float32),
                                blend=np.array([self.share, self.rules_weight], dtype=np.float64), **ngrams)

    @classmethod
    def load(cls, path: Path) -> EmbeddingModel:
        import numpy as np

        try:
            with np.load(path, allow_pickle=False) as data:
                share, rules_weight = (float(v) for v in data["blend"])
                ngrams = None
                if "ngram_columns" in data:  # (a model saved before the n-gram part existed reads the vectors alone)
                    if int(data["features_version"]) != FEATURES_VERSION:
                        raise ConfigurationError(
                            f"the whole-report model {path} was trained with features version {int(data['features_version'])}, "
                            f"this wirecoder uses {FEATURES_VERSION}: run `wirecoder train classifier`")
                    ngrams = NgramPart(data["ngram_columns"], data["ngram_weights"])
                return cls(str(data["encoder"]), tuple(str(label) for label in data["labels"]), data["weights"],
                           data["intercepts"], share, rules_weight, ngrams)
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigurationError(
                f"cannot read the whole-report model {path} ({exc}): reinstall wirecoder or run `wirecoder train classifier`") from exc


class ReportClassifier(Protocol):
    """Scores whole reports known to tell an event (`events.type_known_event`): a probability per
    label, and how much the frames' type counts against them."""

    rules_weight: float

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        ...


class NgramReportClassifier:
    """Whole reports read by the sentence classifier alone (a model trained without the whole-report model)."""

    def __init__(self, classifier: SubEventClassifier) -> None:
        self.classifier = classifier
        self.rules_weight = classifier.thresholds.rules_weight

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return self.classifier.scores(texts)


class BlendedReportClassifier:
    """Whole reports read by the n-gram classifier and the embedding model, their probabilities
    mixed by the embedding model's share: the n-grams know the cue words, the encoder what a
    report is about when it words it differently."""

    def __init__(self, ngrams: SubEventClassifier, embeddings: EmbeddingModel, encoder: SentenceEncoder) -> None:
        if embeddings.encoder != encoder.name:
            raise ConfigurationError(f"the whole-report model was fitted on {embeddings.encoder} vectors, not {encoder.name}'s: "
                                     "run `wirecoder train classifier`")
        self.ngrams = ngrams
        self.embeddings = embeddings
        self.encoder = encoder
        self.rules_weight = embeddings.rules_weight

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        share = self.embeddings.share
        by_vectors = self.embeddings.probabilities(self.encoder.encode(texts), texts)
        return [{label: (1.0 - share) * by_ngrams.get(label, 0.0) + share * by_embedding.get(label, 0.0) for label in LABELS}
                for by_ngrams, by_embedding in zip(self.ngrams.scores(texts), by_vectors)]


def report_classifier(classifier: SubEventClassifier | None, encoder: SentenceEncoder | None = None) -> ReportClassifier | None:
    """What reads whole reports for `events.type_known_event`: the blend when the classifier's model
    file has a whole-report model beside it (the encoder, all-MiniLM-L6-v2 unless given, is loaded
    on first use), else the classifier alone; None without a classifier (the frames alone)."""
    if classifier is None:
        return None
    path = getattr(classifier, "path", None)
    if isinstance(path, Path) and embedding_model_path(path).is_file():
        if encoder is None:
            from .encoder import MiniLMEncoder

            encoder = MiniLMEncoder()
        return BlendedReportClassifier(classifier, EmbeddingModel.load(embedding_model_path(path)), encoder)
    return NgramReportClassifier(classifier)


__all__ = ["LABELS", "NO_EVENT", "SHIPPED_MODEL", "BlendedReportClassifier", "EmbeddingModel", "InMemoryClassifier",
           "LinearModel", "LinearSubEventClassifier", "NgramPart", "NgramReportClassifier", "ReportClassifier", "SubEventClassifier",
           "Thresholds", "embedding_model_path", "featurise", "report_classifier"]
