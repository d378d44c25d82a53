"""B-cubed scoring of a clustering of articles into incidents (evaluate/incidents.py)."""

from __future__ import annotations

from wirecoder.evaluate.incidents import b_cubed


def test_perfect_clustering_scores_one() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    assert b_cubed({"a": "x", "b": "x", "c": "y"}, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_every_article_alone_has_full_precision_and_partial_recall() -> None:
    gold = {"a": "1", "b": "1", "c": "2"}
    # recall per article: a 1/2, b 1/2, c 1 -> 2/3
    assert b_cubed({}, gold) == {"precision": 1.0, "recall": 0.6667, "f1": 0.8}


def test_one_big_cluster_has_full_recall_and_partial_precision() -> None:
    gold = {"a": "1", "b": "1", "c": "2", "d": "3"}
    # precision per article: a 2/4, b 2/4, c 1/4, d 1/4 -> 3/8
    scores = b_cubed({k: "all" for k in gold}, gold)
    assert (scores["precision"], scores["recall"]) == (0.375, 1.0)


def test_no_gold_items_gives_no_figures() -> None:
    assert b_cubed({"a": "x"}, {}) == {"precision": None, "recall": None, "f1": None}
