"""Who each sentence credits (extract/attribution.py), read through the pipeline as
`Document.sentences[i].claimant`."""

from __future__ import annotations

import pytest


def _claimants(doc) -> list[str | None]:
    return [sentence.claimant for sentence in doc.sentences]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Troops shelled the town of Rastan on Saturday, killing four people, activists said.", "activists"),
        ("Two children were among the dead in Rastan, the Syrian Observatory for Human Rights (SOHR) said.",
         "Syrian Observatory for Human Rights"),
        ("At least 12 people were wounded in Rastan, according to a leading activist group.", "a leading activist group"),
        ("State news agency SANA said soldiers killed three gunmen in Rastan on Saturday.", "SANA"),
        ("Three people were killed in Rastan on Saturday, state news agency SANA said.", "SANA"),
        ("The British-based Observatory said the shelling of Rastan lasted five hours.", "Syrian Observatory for Human Rights"),
        ("Five soldiers were killed in an ambush near Rastan, the Local Coordination Committees said on Saturday.",
         "Local Coordination Committees"),
    ],
)
def test_claimant_of_one_sentence(read, text: str, claimant: str) -> None:
    assert _claimants(read(text)) == [claimant]


def test_pronoun_speaker_is_the_previous_one(read) -> None:
    doc = read("State news agency SANA said gunmen attacked a checkpoint in Rastan on Saturday. "
               "Troops shelled the town later that day, residents said. "
               "They said the army used tanks.")
    assert _claimants(doc) == ["SANA", "residents", "residents"]


def test_singular_pronoun_speaker_is_the_previous_one(read) -> None:
    doc = read("Three people were killed in Rastan on Saturday, state news agency SANA said. It said the attackers fled.")
    assert _claimants(doc) == ["SANA", "SANA"]


def test_passive_report_is_not_a_speaker(read) -> None:
    doc = read("Troops shot dead a man in Rastan on Saturday, activists said. "
               "A second man was reported to be in critical condition.")
    assert _claimants(doc) == ["activists", None]


def test_sentence_without_a_source_credits_no_one(read) -> None:
    doc = read("Troops stormed Rastan on Saturday, activists said. Residents fled the town.")
    assert _claimants(doc) == ["activists", None]


def test_same_source_at_the_start_of_a_sentence_is_one_claimant(read) -> None:
    doc = read("Activists said troops stormed Rastan on Saturday. Four people were killed in the raid, activists said.")
    assert _claimants(doc) == ["activists", "activists"]
    assert [m.claimants for m in doc.mentions] == [["activists"]]


def test_claimants_reach_the_mention(read) -> None:
    doc = read("Troops shelled the town of Rastan on Saturday, activists said. "
               "Four people were killed in the shelling, the Syrian Observatory for Human Rights (SOHR) said.")
    (mention,) = doc.mentions
    assert mention.claimants == ["activists", "Syrian Observatory for Human Rights"]
