"""Training the sub-event type classifier (`wirecoder train classifier`), reproducibly.

What it learns from, all licence-clean:
  - our own labelled sentences, extract/data/sub_event_sentences.tsv (written for
    wirecoder: each of the 25 sub-event types and "none");
  - the train half of the CASE 2021 snippets (../shared/gold/case2021; the fixed,
    seeded, stratified halves of evaluate/case2021.py). The held-out half is never read
    here except to report the final figure. No ACLED data.

Steps, each deterministic (hashed features, lbfgs, no random state):
  1. Thresholds: 4-fold cross-validation over the train half (our sentences always in
     training). Each fold's model types the fold's snippets through the real rules
     (parses cached), for every pair of thresholds in a small grid; the pair with the
     best weighted F1 of the frames over the four folds wins (ties: the higher, more
     cautious pair): the pipeline's own behaviour. Then, with that pair, the weight of
     the frames' type for a report known to tell an event (`events.type_known_event`,
     how CASE 2021 is scored) is chosen the same way (ties: the larger weight).
  2. The whole-report model: a logistic regression over sentence-encoder vectors
     (all-MiniLM-L6-v2, wirecoder/encoder.py) and hashed n-grams together, of the same
     examples with the same weights, fitted per fold like the n-gram model; its share of the blended whole-report scores and
     the frames' weight against the blend are chosen by the same cross-validation (ties: the
     smaller share, the larger weight). The encoder is deterministic, lbfgs too.
  3. The final models: fitted on our sentences and the whole train half, saved with the
     chosen thresholds (the n-gram model to `out`, the whole-report model beside it).
  4. Figures: CASE 2021 weighted F1 on the held-out half (honest) and on all snippets
     (half of them seen in training): the rules alone, the frames of rules + classifier
     (the pipeline's typing) and the snippets typed as reports known to tell an event
     (what `wirecoder eval case2021` reports).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .classifier import (
    LABELS,
    BlendedReportClassifier,
    EmbeddingModel,
    LinearModel,
    LinearSubEventClassifier,
    NgramPart,
    NgramReportClassifier,
    Thresholds,
    embedding_model_path,
    featurise,
)
from .encoder import SentenceEncoder
from .errors import ConfigurationError
from .evaluate.case2021 import NONE, figures, frame_types, known_event_types, labelled_snippets, weighted_f1
from .extract.events import type_known_event
from .pipeline import Resources

OUR_SENTENCES = Path(__file__).resolve().parent / "extract" / "data" / "sub_event_sentences.tsv"

#: inverse regularisation strength of the logistic regression
C = 3.0
#: how much a CASE 2021 snippet counts against one of our sentences: the snippets are the reports the
#: model must type, our sentences the cover of types and wordings they lack (3: cross-validated on the
#: train half, known-event F1 0.825 with 1, 0.841 with 3)
SNIPPET_WEIGHT = 3.0
FOLDS = 4
ADD_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
OVERRIDE_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 1.01)  # a margin over the rules' type; 1.01: never override
#: 1: the classifier alone; 1000: the frames' type whenever they found one
RULES_WEIGHT_GRID = (1.0, 1.5, 2.0, 3.0, 5.0, 1000.0)
#: the whole-report model's part of the blended scores (0: the n-gram model alone, 1: the embeddings alone)
SHARE_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0)
#: inverse regularisation strength of the logistic regression over sentence vectors
EMBEDDING_C = 3.0

Example = tuple[str, str]  # (label, text)


def read_sentences(path: Path = OUR_SENTENCES) -> list[Example]:
    """(label, sentence) pairs of our labelled sentences file (label <TAB> sentence; # comments)."""
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, text = line.partition("\t")
        if label not in LABELS or not text.strip():
            raise ConfigurationError(f"{path}:{number}: expected a sub-event type or 'none', a tab and a sentence")
        examples.append((label, text.strip()))
    return examples


def _regression(features: Any, labels: list[str], weights: Sequence[float] | None, c: float) -> tuple[tuple[str, ...], Any, Any]:
    """(classes, weights, intercepts) of a multinomial logistic regression, classes weighted by their
    inverse frequency (CASE's rare types count), each example by its weight (1 by default)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    regression = LogisticRegression(C=c, class_weight="balanced", max_iter=3000, solver="lbfgs")
    regression.fit(features, labels, sample_weight=None if weights is None else np.asarray(weights, dtype=float))
    coefficients, intercepts = regression.coef_, regression.intercept_
    if len(regression.classes_) == 2:  # a binary fit keeps one row: give each class its own
        coefficients = np.vstack([-coefficients[0] / 2, coefficients[0] / 2])
        intercepts = np.array([-intercepts[0] / 2, intercepts[0] / 2])
    return tuple(str(c) for c in regression.classes_), coefficients.astype(np.float32), intercepts.astype(np.float32)


def fit(examples: Sequence[Example], thresholds: Thresholds = Thresholds(), weights: Sequence[float] | None = None) -> LinearModel:
    """A multinomial logistic regression over hashed n-grams; the same examples give the same weights."""
    import numpy as np

    features = featurise([text for _, text in examples])
    columns = np.unique(features.nonzero()[1]).astype(np.int32)
    labels, coefficients, intercepts = _regression(features[:, columns], [label for label, _ in examples], weights, C)
    return LinearModel(labels, columns, coefficients, intercepts, thresholds)


def fit_embeddings(examples: Sequence[Example], vectors: dict[str, Any], encoder: str, weights: Sequence[float] | None = None,
                   share: float = 0.5, rules_weight: float = 2.0, with_ngrams: bool = True) -> EmbeddingModel:
    """A multinomial logistic regression over the sentence vectors of the examples' texts (`vectors`:
    text -> its encoder's vector) and, with_ngrams, their hashed n-grams in the same fit (the vector of
    unit length, the n-grams as `featurise` gives them: a word part and a character part each of unit
    length, so neither kind dominates the regularisation); the same examples give the same weights."""
    import numpy as np
    import scipy.sparse as sp

    dense = np.vstack([vectors[text] for _, text in examples])
    labels = [label for label, _ in examples]
    if not with_ngrams:
        classes, coefficients, intercepts = _regression(dense, labels, weights, EMBEDDING_C)
        return EmbeddingModel(encoder, classes, coefficients, intercepts, share, rules_weight)
    ngrams = featurise([text for _, text in examples])
    columns = np.unique(ngrams.nonzero()[1]).astype(np.int32)
    features = sp.hstack([sp.csr_matrix(dense), ngrams[:, columns]], format="csr")
    classes, coefficients, intercepts = _regression(features, labels, weights, EMBEDDING_C)
    dimensions = dense.shape[1]
    return EmbeddingModel(encoder, classes, coefficients[:, :dimensions], intercepts, share, rules_weight,
                          NgramPart(columns, coefficients[:, dimensions:]))


def _weighted_examples(ours: Sequence[Example], snippets: Sequence[dict[str, Any]]) -> tuple[list[Example], list[float]]:
    return [*ours, *((s["acled_sub_event_type"], s["text"]) for s in snippets)], [1.0] * len(ours) + [SNIPPET_WEIGHT] * len(snippets)


def fit_on(ours: Sequence[Example], snippets: Sequence[dict[str, Any]], thresholds: Thresholds = Thresholds()) -> LinearModel:
    """`fit` on our sentences and CASE 2021 snippets, each snippet counting SNIPPET_WEIGHT times."""
    examples, weights = _weighted_examples(ours, snippets)
    return fit(examples, thresholds, weights)


def fit_embeddings_on(ours: Sequence[Example], snippets: Sequence[dict[str, Any]], vectors: dict[str, Any], encoder: str,
                      share: float = 0.5, rules_weight: float = 2.0) -> EmbeddingModel:
    """`fit_embeddings` on our sentences and CASE 2021 snippets, weighted as in `fit_on`."""
    examples, weights = _weighted_examples(ours, snippets)
    return fit_embeddings(examples, vectors, encoder, weights, share, rules_weight)


def encode_once(encoder: SentenceEncoder, texts: Sequence[str]) -> dict[str, Any]:
    """text -> its vector, each distinct text encoded once."""
    distinct = list(dict.fromkeys(texts))
    return dict(zip(distinct, encoder.encode(distinct)))


class _CachedLanguageModel:
    """Parses each text once across the threshold grid (the parse does not depend on the classifier)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.cache: dict[str, Any] = {}

    def parse(self, texts: Sequence[str]) -> list[Any]:
        missing = list(dict.fromkeys(t for t in texts if t not in self.cache))
        for text, parse in zip(missing, self.inner.parse(missing)):
            self.cache[text] = parse
        return [self.cache[t] for t in texts]


class _FixedModel:
    """One in-memory model with thresholds set per run; scores cached by text."""

    def __init__(self, model: LinearModel) -> None:
        self.model = model
        self.thresholds = model.thresholds
        self.cache: dict[str, dict[str, float]] = {}

    def scores(self, texts: Sequence[str]) -> list[dict[str, float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        for text, scores in zip(missing, self.model.probabilities(missing)):
            self.cache[text] = scores
        return [self.cache[t] for t in texts]


def _folds(snippets: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Stratified folds: within each sub-event type, snippets (in the split's seeded order) dealt in turn."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for snippet in sorted(snippets, key=lambda s: str(s["id"])):
        by_type.setdefault(snippet["acled_sub_event_type"], []).append(snippet)
    folds: list[list[dict[str, Any]]] = [[] for _ in range(FOLDS)]
    turn = 0
    for label in sorted(by_type):
        for snippet in by_type[label]:
            folds[turn % FOLDS].append(snippet)
            turn += 1
    return folds


@dataclass(frozen=True)
class CrossValidation:
    """What the 4-fold cross-validation on the train half chose, and what the whole-report blend is
    tuned on: the snippets in fold order, with the frames' type (at the chosen thresholds) and each
    fold's n-gram scores of its snippets."""

    thresholds: Thresholds
    frames_grid: dict[tuple[float, float], float]  # (add, override) -> weighted F1 of the frames
    rules_weights: dict[float, float]  # frames' weight -> known-event weighted F1, the n-gram model alone
    folds: list[list[dict[str, Any]]]
    gold: list[str]
    by_frames: list[str | None]
    ngram_scores: list[dict[str, float]]


def tune_thresholds(ours: list[Example], train_half: list[dict[str, Any]], resources: Resources,
                    progress: Callable[[str], None] | None = None) -> CrossValidation:
    """The thresholds with the best cross-validated weighted F1 on the train half: the (add, override)
    pair for the frames, then the frames' weight for reports known to tell an event; and both grids."""
    language_model = _CachedLanguageModel(resources.language_model)
    folds = _folds(train_half)
    gold: list[str] = []
    scores: list[dict[str, float]] = []  # each fold's model on the fold's snippets
    predictions: dict[tuple[float, float], list[str]] = {(a, o): [] for a in ADD_GRID for o in OVERRIDE_GRID}
    for number, fold in enumerate(folds, start=1):
        if progress:
            progress(f"  fold {number}/{FOLDS}: {len(fold)} snippets")
        inside = {str(s["id"]) for s in fold}
        model = fit_on(ours, [s for s in train_half if str(s["id"]) not in inside])
        classifier = _FixedModel(model)
        fold_resources = replace(resources, language_model=language_model, classifier=classifier)
        gold.extend(s["acled_sub_event_type"] for s in fold)
        scores.extend(classifier.scores([s["text"] for s in fold]))
        for pair in predictions:
            classifier.thresholds = Thresholds(add=pair[0], override=pair[1])
            predictions[pair].extend(frame_types(fold_resources, fold))
    scored = {pair: weighted_f1(gold, predicted)[0] for pair, predicted in predictions.items()}
    best = max(sorted(scored, reverse=True), key=lambda pair: round(scored[pair], 6))
    by_frames = [None if t == NONE else t for t in predictions[best]]
    weights = {weight: weighted_f1(gold, [type_known_event(t, s, weight)[0] for t, s in zip(by_frames, scores)])[0]
               for weight in RULES_WEIGHT_GRID}
    weight = max(sorted(weights, reverse=True), key=lambda w: round(weights[w], 6))
    return CrossValidation(Thresholds(add=best[0], override=best[1], rules_weight=weight), scored, weights, folds, gold,
                           by_frames, scores)


def tune_blend(ours: list[Example], cross_validation: CrossValidation, vectors: dict[str, Any],
               encoder: str) -> tuple[float, float, dict[tuple[float, float], float]]:
    """(share, frames' weight) of the whole-report blend with the best cross-validated known-event
    weighted F1 on the train half (the same folds and frames as `tune_thresholds`; ties: the smaller
    share, the larger weight), and the grid: (share, weight) -> F1."""
    import numpy as np

    folds = cross_validation.folds
    train_half = [s for fold in folds for s in fold]
    by_embeddings: list[dict[str, float]] = []
    for fold in folds:
        inside = {str(s["id"]) for s in fold}
        model = fit_embeddings_on(ours, [s for s in train_half if str(s["id"]) not in inside], vectors, encoder)
        by_embeddings.extend(model.probabilities(np.vstack([vectors[s["text"]] for s in fold]), [s["text"] for s in fold]))
    grid = {}
    for share in SHARE_GRID:
        blended = [{label: (1.0 - share) * n.get(label, 0.0) + share * e.get(label, 0.0) for label in LABELS}
                   for n, e in zip(cross_validation.ngram_scores, by_embeddings)]
        for weight in RULES_WEIGHT_GRID:
            predicted = [type_known_event(t, s, weight)[0] for t, s in zip(cross_validation.by_frames, blended)]
            grid[(share, weight)] = weighted_f1(cross_validation.gold, predicted)[0]
    share, weight = max(sorted(grid, key=lambda pair: (pair[0], -pair[1])), key=lambda pair: round(grid[pair], 6))
    return share, weight, grid


def train_classifier(gold_dir: Path, out: Path, resources: Resources, progress: Callable[[str], None] | None = None,
                     encoder: SentenceEncoder | None = None) -> dict[str, Any]:
    """Train, tune, save the n-gram model to `out` and the whole-report model beside it (encoder:
    all-MiniLM-L6-v2 unless given), and return the training report (figures included)."""
    if encoder is None:
        from .encoder import MiniLMEncoder

        encoder = MiniLMEncoder()
    ours = read_sentences()
    train_half = labelled_snippets(gold_dir, "train")
    if progress:
        progress(f"training on {len(ours)} of our sentences and {len(train_half)} CASE 2021 snippets (train half)")
        progress(f"encoding them with {encoder.name}")
    vectors = encode_once(encoder, [*(text for _, text in ours), *(s["text"] for s in train_half)])
    if progress:
        progress(f"tuning thresholds ({FOLDS}-fold cross-validation on the train half)")
    cross_validation = tune_thresholds(ours, train_half, resources, progress)
    thresholds, grid, weights = cross_validation.thresholds, cross_validation.frames_grid, cross_validation.rules_weights
    share, blend_weight, blend_grid = tune_blend(ours, cross_validation, vectors, encoder.name)
    model = fit_on(ours, train_half, thresholds)
    model.save(out)
    embeddings = fit_embeddings_on(ours, train_half, vectors, encoder.name, share, blend_weight)
    embeddings.save(embedding_model_path(out))
    if progress:
        progress(f"saved {out} ({out.stat().st_size // 1024} KB) and {embedding_model_path(out).name} "
                 f"({embedding_model_path(out).stat().st_size // 1024} KB); scoring")
    ngrams = LinearSubEventClassifier(out)
    trained = replace(resources, classifier=ngrams)
    rules = replace(resources, classifier=None)
    blended = BlendedReportClassifier(ngrams, embeddings, encoder)
    report: dict[str, Any] = {
        "model": str(out),
        "model_kb": out.stat().st_size // 1024,
        "embedding_model": str(embedding_model_path(out)),
        "embedding_model_kb": embedding_model_path(out).stat().st_size // 1024,
        "encoder": encoder.name,
        "our_sentences": len(ours),
        "train_half_snippets": len(train_half),
        "features_kept": len(model.columns),
        "threshold_add": thresholds.add,
        "threshold_override": thresholds.override,
        "threshold_rules_weight": thresholds.rules_weight,
        "embedding_share": share,
        "embedding_rules_weight": blend_weight,
        "cross_validated_train_f1_frames": round(grid[(thresholds.add, thresholds.override)], 4),
        "cross_validated_train_f1_known_event_ngrams": round(weights[thresholds.rules_weight], 4),
        "cross_validated_train_f1_known_event": round(blend_grid[(share, blend_weight)], 4),
        "cross_validated_grid": {f"add {a} override {o}": round(f1, 4) for (a, o), f1 in sorted(grid.items())},
        "cross_validated_rules_weights": {f"{w:g}": round(f1, 4) for w, f1 in sorted(weights.items())},
        "cross_validated_blend": {f"share {s:g} weight {w:g}": round(f1, 4) for (s, w), f1 in sorted(blend_grid.items())},
    }
    for split in ("heldout", "all"):
        snippets = labelled_snippets(gold_dir, split)
        gold = [s["acled_sub_event_type"] for s in snippets]
        report[f"{split}_f1_rules"] = figures(gold, frame_types(rules, snippets))["sub_event_weighted_f1"]
        by_frames = frame_types(trained, snippets)
        frames = figures(gold, by_frames)
        report[f"{split}_f1_rules_and_classifier"] = frames["sub_event_weighted_f1"]
        report[f"{split}_no_event_found"] = frames["no_event_found"]
        report[f"{split}_f1_known_event_ngrams"] = figures(
            gold, known_event_types(NgramReportClassifier(ngrams), snippets, by_frames))["sub_event_weighted_f1"]
        report[f"{split}_f1_known_event"] = figures(gold, known_event_types(blended, snippets, by_frames))["sub_event_weighted_f1"]
    return report


__all__ = ["OUR_SENTENCES", "SNIPPET_WEIGHT", "CrossValidation", "encode_once", "fit", "fit_embeddings", "fit_embeddings_on", "fit_on",
           "read_sentences", "train_classifier", "tune_blend", "tune_thresholds"]
