"""Cumulative and aggregate statistics kept as claims (extract/claims.py), never as events
(DOMAIN.md: "the death toll since March", "some 14,000 imprisoned" are claims: a quantity, what
it counts, who claims it, as of when)."""

from __future__ import annotations

from datetime import date

import pytest

REPORT = ("Security forces shot dead four people in Rastan on Friday, activists said. "
          "Their deaths bring the death toll since March to more than 5,400, according to the United Nations. "
          "Rights groups have also condemned the imprisonment of some 14,000 people. "
          "More than 10,000 soldiers have deserted the army, activists say.")


@pytest.fixture(scope="module")
def report(read):
    return read(REPORT)


def _claim(doc, quantity: int):
    found = [c for c in doc.claims if c.quantity == quantity]
    assert len(found) == 1, [(c.quantity, c.what) for c in doc.claims]
    return found[0]


def test_death_toll_since_march(report) -> None:
    claim = _claim(report, 5400)
    assert claim.qualifier == "more than"
    assert claim.what == "death toll"
    assert claim.claimant == "United Nations"
    assert claim.as_of == date(2011, 12, 4)  # no day in the sentence: as of publication
    assert claim.country == "Syria"
    assert claim.evidence.text.startswith("Their deaths bring the death toll since March")


def test_imprisonment_figure(report) -> None:
    claim = _claim(report, 14000)
    assert claim.qualifier == "some"
    assert "imprisoned" in claim.what
    assert claim.claimant is None


def test_desertion_figure(report) -> None:
    claim = _claim(report, 10000)
    assert claim.qualifier == "more than"
    assert claim.what == "soldiers deserted"
    assert claim.claimant == "activists"


def test_claims_are_exactly_the_statistics(report) -> None:
    assert sorted(c.quantity for c in report.claims) == [5400, 10000, 14000]


def test_no_statistic_becomes_an_event_count(report) -> None:
    statistics = {5400, 10000, 14000}
    assert report.mentions, "the Friday shooting is an incident"
    first = report.mentions[0]
    assert (first.sub_event_type, first.fatalities.best) == ("Attack", 4)
    for mention in report.mentions:
        counts = {mention.fatalities.best, mention.fatalities.low, mention.fatalities.high}
        counts |= {c.best for c in (mention.injuries, mention.arrests) if c is not None}
        assert not counts & statistics, mention


def test_claim_evidence_slices_the_text(report) -> None:
    for claim in report.claims:
        assert REPORT[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_toll_in_the_incident_sentence_is_a_claim_and_the_incident_keeps_its_own_count(read) -> None:
    doc = read("Troops killed six people in Rastan on Saturday, bringing the death toll since March to more than 5,400, "
               "according to the United Nations.")
    (mention,) = doc.mentions
    assert mention.fatalities.best == 6
    toll = _claim(doc, 5400)
    assert (toll.qualifier, toll.what, toll.claimant) == ("more than", "death toll", "United Nations")
    assert toll.as_of == date(2011, 12, 3)  # the sentence's own day


def test_so_far_statement_is_a_claim(read) -> None:
    doc = read("Troops stormed Rastan on Saturday, activists said. "
               "So far, we have 10 army defectors killed, a rebel commander said.")
    claim = _claim(doc, 10)
    assert claim.qualifier == "so far"
    assert "killed" in claim.what
    assert all(m.fatalities.best != 10 for m in doc.mentions)


def test_toll_close_to_is_a_claim(read) -> None:
    doc = read("The United Nations says the death toll since March is close to 4,600.")
    assert doc.mentions == []
    assert [(c.quantity, c.qualifier, c.what) for c in doc.claims] == [(4600, "close to", "death toll")]


def test_toll_that_has_risen_since_march_is_a_claim(read) -> None:
    doc = read("The death toll since March has risen to 5,000, according to the United Nations.")
    assert doc.mentions == []
    assert [(c.quantity, c.what, c.claimant) for c in doc.claims] == [(5000, "death toll", "United Nations")]


def test_incident_count_beside_a_toll_is_not_a_claim(read) -> None:
    doc = read("Troops killed six people in Rastan on Saturday, bringing the death toll since March to more than 5,400, "
               "according to the United Nations.")
    assert [c.quantity for c in doc.claims] == [5400]


def test_aggregate_desertion_is_not_an_event(report) -> None:
    assert [m.sub_event_type for m in report.mentions] == ["Attack"]
