"""Numbers as reports write them (extract/quantities.py)."""

from __future__ import annotations

import pytest

from wirecoder.extract.quantities import Quantity, find_quantities, words_to_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twenty-three", 23),
        ("twenty three", 23),
        ("4,600", 4600),
        ("14,000", 14000),
        ("a dozen", 12),
        ("two hundred", 200),
        ("one hundred and five", 105),
        ("three thousand two hundred", 3200),
        ("5 thousand", 5000),
        ("ten", 10),
        ("Seventeen", 17),
        ("zero", 0),
        ("15", 15),
    ],
)
def test_words_to_number(text: str, expected: int) -> None:
    assert words_to_number(text) == expected


@pytest.mark.parametrize("text", ["", "soldiers", "twenty soldiers", "many"])
def test_words_to_number_rejects_non_numbers(text: str) -> None:
    assert words_to_number(text) is None


@pytest.mark.parametrize(("text", "expected"), [("two dozen", 24), ("three dozen", 36)])
def test_words_to_number_multiplies_dozens(text: str, expected: int) -> None:
    assert words_to_number(text) == expected


def _only(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("at least 12 villagers died", 12, 12, None, "at least"),
        ("more than 10,000 people have fled", 10000, 10000, None, "more than"),
        ("some 14,000 detainees", 14000, None, None, "some"),
        ("close to 300 families", 300, None, None, "close to"),
        ("an estimated 2,000 marchers", 2000, None, None, "an estimated"),
        ("nearly forty houses", 40, None, 40, "nearly"),
        ("up to 30 fighters", 30, None, 30, "up to"),
        ("At least six guards", 6, 6, None, "at least"),
        ("eleven soldiers", 11, 11, 11, None),
    ],
)
def test_find_quantities_with_qualifiers(text: str, value: int, low: int | None, high: int | None, qualifier: str | None) -> None:
    quantity = _only(text)
    read = (quantity.value, quantity.low, quantity.high, quantity.qualifier, quantity.vague)
    assert read == (value, low, high, qualifier, False)


def test_quantity_offsets_point_into_the_text() -> None:
    text = "Officials said at least 12 villagers died."
    quantity = _only(text)
    assert (quantity.start, quantity.end) == (15, 26)
    assert text[quantity.start:quantity.end] == quantity.text == "at least 12"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 10 and 15 people were hurt", 10, 15),
        ("between five and eight guards", 5, 8),
        ("10-15 people were hurt", 10, 15),
        ("20 to 25 houses burned", 20, 25),
    ],
)
def test_ranges_keep_low_and_high_and_read_the_low_end(text: str, low: int, high: int) -> None:
    quantity = _only(text)
    assert (quantity.value, quantity.low, quantity.high, quantity.qualifier) == (low, low, high, "between")


def test_a_backwards_range_is_not_a_range() -> None:
    # "15-10" is a score or a code, not a range of people
    assert all(q.qualifier != "between" for q in find_quantities("a 15-10 vote"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("several people were wounded", 3),
        ("many shops were looted", 3),
        ("a few guards fled", 3),
        ("dozens of protesters", 12),
        ("dozens were detained", 12),
        ("tens of marchers", 10),
        ("hundreds of families", 100),
        ("scores of homes", 20),
    ],
)
def test_vague_words_follow_the_codebook(text: str, value: int) -> None:
    quantity = _only(text)
    assert quantity.value == value
    assert quantity.vague is True
    assert quantity.high is None


def test_several_quantities_in_one_sentence_are_found_in_order() -> None:
    found = find_quantities("Four soldiers and 23 rebels died; more than 40 were hurt.")
    assert [(q.value, q.qualifier) for q in found] == [(4, None), (23, None), (40, "more than")]


def test_text_without_numbers_has_no_quantities() -> None:
    assert find_quantities("Rebels shelled the town before dawn.") == []
