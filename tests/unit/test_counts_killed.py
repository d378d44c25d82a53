"""The dead a sentence tells only in other words than a death verb (extract/counts.py).

Each sentence is parsed with the real language model and read with `counts.statements`."""

from __future__ import annotations

import pytest

from wirecoder.extract.counts import statements


@pytest.fixture(scope="module")
def parse(language_model):
    def run(text: str):
        return language_model.parse([text])[0]

    return run


def _killed(found) -> int:
    return sum(s.count.best for s in found if s.kind == "killed")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # one count of murder per person killed
        ("The neighbor now faces four counts of murder and a weapons charge.", 4),
        ("A grand jury indicted the driver on two counts of first-degree murder last week.", 2),
        ("The judge sent her to trial on three capital murder counts and one robbery count.", 3),
        # the attempted ones lived
        ("He was charged with two counts of attempted murder after the fight.", 0),
        ("The woman faces two attempted murder counts and a count of assault.", 0),
    ],
)
def test_counts_of_murder_tell_as_many_dead(parse, text: str, dead: int) -> None:
    assert _killed(statements(parse(text))) == dead


def test_counts_of_murder_add_nothing_to_a_death_told(parse) -> None:
    # the sentence tells its dead itself: the charges count the same people
    found = statements(parse("Two men were shot dead, and the suspect faces two counts of murder."))
    assert _killed(found) == 2
