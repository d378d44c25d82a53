"""The order reports are merged in: a function of the reports themselves, never of the order
they arrived in.

Merging is incremental (each report joins the best event stored before it, or starts one; a
copy joins the story of the report before it), so its order decides which report names an event
or a story and, where three reports chain, which of them end up together. Input order would make
these depend on how a batch was listed, sorted or split; instead every engine merges in the order
of the reports' publication days (the order news arrives in; undated last), then their article
ids, then each report's incidents in the order the report tells them.
"""

from __future__ import annotations

from datetime import date

from ..model import Mention

#: the order key of an article: (undated, publication day, article id)
ArticleOrder = tuple[bool, date, str]


def article_order(article_id: str, published: date | None) -> ArticleOrder:
    """Where an article's reports go in the merge: by publication day (undated last), then id."""
    return (published is None, published or date.min, article_id)


def mention_order(mention: Mention) -> tuple[ArticleOrder, int]:
    """Where a mention goes in the merge: its article's place, then its own within the article."""
    return article_order(mention.article_id, mention.published), mention_number(mention.mention_id)


def mention_number(mention_id: str) -> int:
    """The number of an article's mention ("<article id>:m2" is 2): the order the report tells them."""
    number = mention_id.rpartition(":m")[2]
    return int(number) if number.isdigit() else 0
