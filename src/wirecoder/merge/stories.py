"""Same story: reports that are copies of one another (a wire story republished, a
syndicated rewrite) are one story, so an event's sources can be counted as
independent or not.

A report's story text is the sentences its incidents were read from (its
evidence): wire copies repeat those word for word, while scraped pages of one
outlet share long runs of navigation text that a whole-page comparison would
take for copying. The text's word 5-grams are summarised by a MinHash
signature (datasketch); locality-sensitive hashing splits it into bands that the
database indexes, so the earlier reports that may be copies are found without
loading any corpus into memory, and each is confirmed by the signatures'
estimated Jaccard similarity. Reports are taken in the
merge order (merge/order.py: publication day, then article id), so a copy joins the
story of the report it copies that comes first in that order, and a story is named by
its first report's article id, whatever order the input lists them in.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash

from ..model import Mention
from ..store import Store

PERMUTATIONS = 64
BANDS = 16  # of 4 rows: candidates from a similarity of about 0.5 up
SEED = 20111203
#: estimated Jaccard similarity of the 5-gram sets from which two reports are one story
SAME_STORY = 0.5
#: fewer words than this tell too little to call two reports copies
MIN_WORDS = 30
_WORD = re.compile(r"\w+")


def signature(texts: list[str]) -> np.ndarray | None:
    """The MinHash signature of the texts' word 5-grams, or None when they are too short."""
    words = _WORD.findall(" ".join(texts).lower())
    if len(words) < MIN_WORDS:
        return None
    minhash = MinHash(num_perm=PERMUTATIONS, seed=SEED)
    minhash.update_batch([" ".join(words[i:i + 5]).encode("utf-8") for i in range(len(words) - 4)])
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


def band_keys(values: np.ndarray) -> list[str]:
    rows = len(values) // BANDS
    return [f"{band}:{values[band * rows:(band + 1) * rows].tobytes().hex()}" for band in range(BANDS)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures' sets."""
    return float(np.mean(a == b))


def story_signature(mentions: list[Mention]) -> np.ndarray | None:
    """The signature of a report's story text: the sentences its incidents were read from."""
    return signature(list(dict.fromkeys(e.text for m in mentions for e in m.evidence)))


def assign_story(article_id: str, mentions: list[Mention], store: Store) -> str | None:
    """Record the article's story and set it on its mentions: the story of the earlier report
    it copies, else its own. None when its incidents' sentences are too short to tell."""
    best = story_of(article_id, story_signature(mentions), store)
    if best is not None:
        for mention in mentions:
            mention.story_id = best
    return best


def story_of(article_id: str, values: np.ndarray | None, store: Store) -> str | None:
    """Record the story of an article whose signature is `values` (computed elsewhere, e.g. on a
    Spark executor) among the stories stored before it; None when there is no signature."""
    if values is None:
        return None
    keys = band_keys(values)
    best, best_similarity = article_id, SAME_STORY
    for other_id, story_id, stored in store.story_candidates(keys):
        if other_id == article_id:
            continue
        score = similarity(values, np.frombuffer(stored, dtype=np.uint64))
        if score >= best_similarity:
            best, best_similarity = story_id, score
    store.add_story(article_id, best, values.tobytes(), keys)
    return best
