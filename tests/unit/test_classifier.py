"""The sub-event type classifier (wirecoder/classifier.py), its training (wirecoder/training.py)
and how events.py combines it with the rules. All sentences are invented for these tests."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from wirecoder.classifier import LABELS, NO_EVENT, SHIPPED_MODEL, InMemoryClassifier, LinearSubEventClassifier, Thresholds
from wirecoder.evaluate.case2021 import frame_types, predict_snippets, split_halves
from wirecoder.extract.events import choose_sub_event_type, type_known_event
from wirecoder.model import SUB_EVENT_TYPES
from wirecoder.pipeline import Pipeline
from wirecoder.training import SNIPPET_WEIGHT, fit, fit_on, read_sentences

from conftest import make_article


def test_our_sentences_cover_every_sub_event_type():
    counts: dict[str, int] = {}
    for label, _ in read_sentences():
        counts[label] = counts.get(label, 0) + 1
    assert all(counts.get(sub_event_type, 0) >= 15 for sub_event_type in SUB_EVENT_TYPES), counts
    assert counts[NO_EVENT] >= 30


def test_the_shipped_model_loads_and_scores():
    assert SHIPPED_MODEL.stat().st_size < 5_000_000
    classifier = LinearSubEventClassifier()
    scores = classifier.scores(["A roadside bomb exploded beside a police truck near the market, killing two officers."])[0]
    assert set(scores) == set(LABELS)
    assert sum(scores.values()) == pytest.approx(1.0, abs=1e-4)
    assert max(scores, key=scores.get) == "Remote explosive/landmine/IED"
    assert 0 < classifier.thresholds.add <= 1 and 0 < classifier.thresholds.override <= 1.01
    assert classifier.thresholds.rules_weight >= 1


def test_training_is_deterministic():
    examples = [
        ("Arrests", "Police arrested two men in the port on Monday."),
        ("Arrests", "Soldiers detained a reporter at the airport."),
        ("Grenade", "A man threw a grenade at the police post."),
        ("Grenade", "Attackers hurled a grenade into the bar."),
        (NO_EVENT, "The minister visited the new hospital."),
        (NO_EVENT, "The team won the cup final on Sunday."),
    ]
    first, second = fit(examples), fit(examples)
    assert first.labels == second.labels == ("Arrests", "Grenade", NO_EVENT)
    assert np.array_equal(first.columns, second.columns)
    assert np.array_equal(first.weights, second.weights) and np.array_equal(first.intercepts, second.intercepts)
    scores = first.probabilities(["Gunmen threw a grenade at the checkpoint."])[0]
    assert max(scores, key=scores.get) == "Grenade"


def test_a_case_snippet_counts_more_than_one_of_our_sentences():
    # the same words, labelled one way in our sentences and the other in a snippet: the snippet pulls harder
    text = "Guards held two men at the ferry gate."
    ours = [("Arrests", text), ("Grenade", "A man threw a grenade at the post."), (NO_EVENT, "The minister opened a school.")]
    snippet = {"acled_sub_event_type": "Grenade", "text": text}
    assert SNIPPET_WEIGHT > 1
    weighted = fit_on(ours, [snippet]).probabilities([text])[0]["Grenade"]
    equal = fit([*ours, ("Grenade", text)]).probabilities([text])[0]["Grenade"]
    assert weighted > equal + 0.05


def test_case2021_halves_are_fixed_and_stratified():
    snippets = [{"id": str(i), "acled_sub_event_type": "Arrests" if i % 3 else "Grenade"} for i in range(30)]
    halves = split_halves(snippets)
    assert halves == split_halves(list(reversed(snippets)))
    for label in ("Arrests", "Grenade"):
        chosen = [halves[s["id"]] for s in snippets if s["acled_sub_event_type"] == label]
        assert abs(chosen.count("train") - chosen.count("heldout")) <= 1


# --- combination with the rules (events.choose_sub_event_type) ---------------------------------------

SURE = Thresholds(add=0.5, override=0.3)


def _scores(**chosen: float) -> dict[str, float]:
    scores = {label: 0.0 for label in LABELS}
    scores.update({label.replace("_", " "): p for label, p in chosen.items()})
    return scores


def test_rules_alone_without_a_classifier():
    assert choose_sub_event_type("Arrests", {"arrest"}, None, SURE) == ("Arrests", "rules")
    assert choose_sub_event_type(None, {"arrest"}, None, SURE) is None


def test_the_classifier_overrides_only_within_what_the_rules_allow():
    assert choose_sub_event_type("Armed clash", {"clash", "recapture"}, {**_scores(), "Government regains territory": 0.8},
                                 SURE) == ("Government regains territory", "classifier over rules: Armed clash")
    # a change of territory needs a capture word, an explosion its weapon named
    assert choose_sub_event_type("Armed clash", {"clash"}, {**_scores(), "Government regains territory": 0.8}, SURE) == (
        "Armed clash", "rules")
    assert choose_sub_event_type("Attack", {"kill"}, {**_scores(), "Air/drone strike": 0.8}, SURE) == ("Attack", "rules")
    assert choose_sub_event_type("Attack", {"kill"}, {**_scores(), "Air/drone strike": 0.8}, SURE, "killed by a drone") == (
        "Air/drone strike", "classifier over rules: Attack")
    # an arrest is never an air strike, however sure the model is (the triggers allow no such type)
    assert choose_sub_event_type("Arrests", {"arrest"}, {**_scores(), "Air/drone strike": 0.99}, SURE) == ("Arrests", "rules")
    # nor moves a shooting to another family because the sentence also tells of an arrest
    assert choose_sub_event_type("Attack", {"shoot", "arrest"}, {**_scores(), "Arrests": 0.9}, SURE) == ("Attack", "rules")
    # a protest that turned violent stays one Riots event (ACLED's aggregation rule is the rules' to apply)
    assert choose_sub_event_type("Violent demonstration", {"protest", "kill"},
                                 {**_scores(), "Excessive force against protesters": 0.9}, SURE) == ("Violent demonstration", "rules")


def test_an_explosion_typed_by_its_named_weapon_stays_an_explosion():
    # the weapon named decides that it was an explosion: the model may pick another explosion type, not an Attack
    text = "A grenade attack killed four people in the market of Tel Karam on Monday."
    assert choose_sub_event_type("Grenade", {"attack", "kill"}, {**_scores(), "Attack": 0.6, "Grenade": 0.2}, SURE, text) == (
        "Grenade", "rules")
    assert choose_sub_event_type("Grenade", {"attack", "kill"}, {**_scores(), "Suicide bomb": 0.6, "Grenade": 0.2}, SURE,
                                 text + " The bomber blew himself up.")[0] == "Suicide bomb"


def test_the_classifier_makes_no_riot_of_a_protest_whose_crowd_did_no_violence():
    text = "Police detained several marchers during a rally in Tel Karam on Sunday."
    scores = {**_scores(), "Violent demonstration": 0.6, "Protest with intervention": 0.2}
    assert choose_sub_event_type("Protest with intervention", {"protest", "arrest"}, scores, SURE, text) == (
        "Protest with intervention", "rules")
    # the crowd's own violence told: the model may call it a riot
    assert choose_sub_event_type("Protest with intervention", {"protest", "arrest"}, scores, SURE,
                                 text + " Some of them smashed shop windows.")[0] == "Violent demonstration"


def test_the_classifier_acts_only_when_sure_enough():
    unsure = {**_scores(), "Attack": 0.45, "Armed clash": 0.25}
    assert choose_sub_event_type("Armed clash", {"clash"}, unsure, Thresholds(add=0.5, override=0.3)) == ("Armed clash", "rules")
    assert choose_sub_event_type(None, {"capture"}, {**_scores(), "Government regains territory": 0.7}, SURE) == (
        "Government regains territory", "classifier")
    assert choose_sub_event_type(None, {"capture"}, {**_scores(), "Government regains territory": 0.4}, SURE) is None


# --- a whole report known to tell an event (events.type_known_event, how CASE 2021 is scored) -----


def test_a_known_event_without_a_frame_gets_the_classifiers_best_type_never_none():
    scores = {**_scores(), NO_EVENT: 0.7, "Change to group/activity": 0.2, "Other": 0.1}
    assert type_known_event(None, scores, rules_weight=2.0) == ("Change to group/activity", "classifier")


def test_the_frames_type_weighs_rules_weight_times_the_classifiers_probability():
    scores = {**_scores(), "Attack": 0.3, "Mob violence": 0.5}
    assert type_known_event("Attack", scores, rules_weight=2.0) == ("Attack", "frames")
    assert type_known_event("Attack", scores, rules_weight=1.5) == ("Mob violence", "classifier over frames: Attack")
    # the weight applies to the frames' type only, and 1 leaves the classifier alone to decide
    assert type_known_event("Attack", scores, rules_weight=1.0)[0] == "Mob violence"
    assert type_known_event("Armed clash", scores, rules_weight=1000.0) == ("Mob violence", "classifier over frames: Armed clash")


def test_a_model_saved_with_two_thresholds_still_loads(tmp_path):
    model = fit([("Arrests", "Police arrested two men in the port."), ("Grenade", "A man threw a grenade at the post.")],
                Thresholds(add=0.2, override=0.1, rules_weight=3.0))
    path = tmp_path / "model.npz"
    model.save(path)
    with np.load(path) as data:
        saved = dict(data)
    assert list(saved["thresholds"]) == [0.2, 0.1, 3.0]
    saved["thresholds"] = saved["thresholds"][:2]  # the file format before `rules_weight`
    with open(path, "wb") as out:
        np.savez_compressed(out, **saved)
    assert LinearSubEventClassifier(path).thresholds == Thresholds(add=0.2, override=0.1)


@pytest.fixture(scope="module")
def read_with(resources):
    """Run the pipeline over one text of ours with a given classifier."""

    def run(text: str, classifier):
        pipeline = Pipeline(replace(resources, classifier=classifier))
        return pipeline.process_batch([make_article(text)])[0]

    return run


def test_a_frame_records_who_typed_it(read_with):
    text = "Police fired tear gas to break up a demonstration in Rastan on Friday, activists said."
    doc = read_with(text, InMemoryClassifier({"tear gas": {"Excessive force against protesters": 0.9}}, SURE))
    assert [(f.sub_event_type, f.typed_by) for f in doc.frames] == [
        ("Excessive force against protesters", "classifier over rules: Protest with intervention")]
    doc = read_with(text, None)
    assert [(f.sub_event_type, f.typed_by) for f in doc.frames] == [("Protest with intervention", "rules")]


@pytest.mark.parametrize("text", [
    "Troops did not open fire on the protesters in Rastan on Friday, the army said.",
    "The rebels threatened to attack the town of Rastan next week.",
    "Rebels plan to seize the town of Rastan in the coming days, a commander said.",
    "The army denied that its jets had bombed the town of Rastan on Saturday.",
    "Residents of Rastan marked the anniversary of the massacre on Saturday.",
])
def test_no_classifier_makes_an_event_of_a_non_event(read_with, classifier, text):
    eager = InMemoryClassifier({"Rastan": {"Armed clash": 1.0, "Air/drone strike": 1.0}}, Thresholds(add=0.0, override=0.0))
    for model in (eager, classifier):
        doc = read_with(text, model)
        assert doc.frames == [] and doc.mentions == [], (model, [(f.trigger, f.sub_event_type) for f in doc.frames])


def test_case2021_types_a_snippet_as_a_known_event_while_the_pipeline_keeps_it_out(resources, read_with):
    text = "Army reinforcements arrived in the border town of Rastan on Monday, residents said."
    moved = InMemoryClassifier({"reinforcements": {NO_EVENT: 0.6, "Change to group/activity": 0.3, "Other": 0.1}},
                               Thresholds(add=0.0, override=0.0, rules_weight=2.0))
    snippet = [{"id": "ours-1", "text": text}]
    with_model = replace(resources, classifier=moved)
    assert frame_types(with_model, snippet) == ["none"]
    assert predict_snippets(with_model, snippet) == ["Change to group/activity"]
    assert predict_snippets(replace(resources, classifier=None), snippet) == ["none"]  # rules alone: no guess
    assert read_with(text, moved).frames == []  # the pipeline makes no event of it
