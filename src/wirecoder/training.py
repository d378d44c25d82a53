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
  2. The final model: fitted on our sentences and the whole train half, saved with the
     chosen thresholds.
  3. Figures: CASE 2021 weighted F1 on the held-out half (honest) and on all snippets
     (half of them seen in training): the rules alone, the frames of rules + classifier
     (the pipeline's typing) and the snippets typed as reports known to tell an event
     (what `wirecoder eval case2021` reports).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .classifier import LABELS, LinearModel, LinearSubEventClassifier, Thresholds, featurise
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


def fit(examples: Sequence[Example], thresholds: Thresholds = Thresholds(), weights: Sequence[float] | None = None) -> LinearModel:
    """A multinomial logistic regression over hashed n-grams (classes weighted by their inverse
    frequency: CASE's rare types count; each example by its weight, 1 by default); the same
    examples give the same weights."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    features = featurise([text for _, text in examples])
    labels = [label for label, _ in examples]
    columns = np.unique(features.nonzero()[1]).astype(np.int32)
    regression = LogisticRegression(C=C, class_weight="balanced", max_iter=3000, solver="lbfgs")
    regression.fit(features[:, columns], labels, sample_weight=None if weights is None else np.asarray(weights, dtype=float))
    weights, intercepts = regression.coef_, regression.intercept_
    if len(regression.classes_) == 2:  # a binary fit keeps one row: give each class its own
        weights, intercepts = np.vstack([-weights[0] / 2, weights[0] / 2]), np.array([-intercepts[0] / 2, intercepts[0] / 2])
    return LinearModel(tuple(str(c) for c in regression.classes_), columns, weights.astype(np.float32),
                       intercepts.astype(np.float32), thresholds)


def fit_on(ours: Sequence[Example], snippets: Sequence[dict[str, Any]], thresholds: Thresholds = Thresholds()) -> LinearModel:
    """`fit` on our sentences and CASE 2021 snippets, each snippet counting SNIPPET_WEIGHT times."""
    examples = [*ours, *((s["acled_sub_event_type"], s["text"]) for s in snippets)]
    return fit(examples, thresholds, [1.0] * len(ours) + [SNIPPET_WEIGHT] * len(snippets))


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


def tune_thresholds(ours: list[Example], train_half: list[dict[str, Any]], resources: Resources,
                    progress: Callable[[str], None] | None = None) -> tuple[Thresholds, dict[tuple[float, float], float],
                                                                             dict[float, float]]:
    """The thresholds with the best cross-validated weighted F1 on the train half: the (add, override)
    pair for the frames, then the frames' weight for reports known to tell an event; and both grids."""
    language_model = _CachedLanguageModel(resources.language_model)
    gold: list[str] = []
    scores: list[dict[str, float]] = []  # each fold's model on the fold's snippets
    predictions: dict[tuple[float, float], list[str]] = {(a, o): [] for a in ADD_GRID for o in OVERRIDE_GRID}
    for number, fold in enumerate(_folds(train_half), start=1):
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
    return Thresholds(add=best[0], override=best[1], rules_weight=weight), scored, weights


def train_classifier(gold_dir: Path, out: Path, resources: Resources,
                     progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Train, tune, save the model to `out` and return the training report (figures included)."""
    ours = read_sentences()
    train_half = labelled_snippets(gold_dir, "train")
    if progress:
        progress(f"training on {len(ours)} of our sentences and {len(train_half)} CASE 2021 snippets (train half)")
        progress(f"tuning thresholds ({FOLDS}-fold cross-validation on the train half)")
    thresholds, grid, weights = tune_thresholds(ours, train_half, resources, progress)
    model = fit_on(ours, train_half, thresholds)
    model.save(out)
    if progress:
        progress(f"saved {out} ({out.stat().st_size // 1024} KB); scoring")
    trained = replace(resources, classifier=LinearSubEventClassifier(out))
    rules = replace(resources, classifier=None)
    report: dict[str, Any] = {
        "model": str(out),
        "model_kb": out.stat().st_size // 1024,
        "our_sentences": len(ours),
        "train_half_snippets": len(train_half),
        "features_kept": len(model.columns),
        "threshold_add": thresholds.add,
        "threshold_override": thresholds.override,
        "threshold_rules_weight": thresholds.rules_weight,
        "cross_validated_train_f1_frames": round(grid[(thresholds.add, thresholds.override)], 4),
        "cross_validated_train_f1_known_event": round(weights[thresholds.rules_weight], 4),
        "cross_validated_grid": {f"add {a} override {o}": round(f1, 4) for (a, o), f1 in sorted(grid.items())},
        "cross_validated_rules_weights": {f"{w:g}": round(f1, 4) for w, f1 in sorted(weights.items())},
    }
    for split in ("heldout", "all"):
        snippets = labelled_snippets(gold_dir, split)
        gold = [s["acled_sub_event_type"] for s in snippets]
        report[f"{split}_f1_rules"] = figures(gold, frame_types(rules, snippets))["sub_event_weighted_f1"]
        by_frames = frame_types(trained, snippets)
        frames = figures(gold, by_frames)
        report[f"{split}_f1_rules_and_classifier"] = frames["sub_event_weighted_f1"]
        report[f"{split}_no_event_found"] = frames["no_event_found"]
        report[f"{split}_f1_known_event"] = figures(gold, known_event_types(trained, snippets, by_frames))["sub_event_weighted_f1"]
    return report


__all__ = ["OUR_SENTENCES", "SNIPPET_WEIGHT", "fit", "fit_on", "read_sentences", "train_classifier", "tune_thresholds"]
