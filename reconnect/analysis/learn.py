"""A small learned component: a bag-of-terms featurizer and one-vs-rest logistic regression.

numpy only, at training and at run time. Training is deterministic (full-batch gradient
descent from zeros), so the same data always gives the same weights.

Public API (stable; the coach reuses it):

    default_terms(text) -> list[str]             # words, bigrams, scope- and subject-marked words
    positioned_terms(text) -> list[(term, token index)]
    char_terms(text) -> list[(term, token index)]   # character n-grams inside each word
    Featurizer.fit(docs, min_df=2) -> Featurizer # docs: lists of terms
    Featurizer.transform(docs) -> np.ndarray     # dense (n_docs, n_features); words and n-grams
                                                 # each L2-normalised
    Featurizer.sparse(terms) -> (indices, values)
    OneVsRest.fit(X, Y, labels, ...) -> OneVsRest    # Y: (n_docs, n_labels) of 0/1
    OneVsRest.predict_proba(X) -> np.ndarray
    OneVsRest.proba_sparse(indices, values) -> dict[label, probability]
    Model(featurizer, classifier): .predict(terms) -> dict; .save(path) / Model.load(path)

``save(path)`` writes ``path.npz`` (weights) and ``path.json`` (vocabulary, labels, settings);
``load(path)`` reads them back.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from reconnect.analysis.text import Prepared, prepare

_STOPWORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "and",
        "in",
        "on",
        "at",
        "for",
        "it",
        "is",
        "was",
        "that",
        "this",
        "with",
        "as",
        "be",
        "by",
        "or",
        "from",
        "um",
        "uh",
    }
)


def default_terms(text: str | Prepared) -> list[str]:
    """Terms for the bag: unigrams, bigrams, plus marked copies that carry the context.

    ``~word`` marks a word inside a negation scope, ``?word`` inside a hypothetical, and
    ``subject:word`` marks a content word with who does it (self/partner/both/other), which
    lets a linear model tell "I went quiet" from "he went quiet" from "my sister went quiet".
    """
    return [term for term, _ in positioned_terms(text)]


def positioned_terms(text: str | Prepared) -> list[tuple[str, int]]:
    """``default_terms`` with the index of the token each term ends on (for evidence)."""
    prepared = text if isinstance(text, Prepared) else prepare(text)
    tokens = prepared.tokens
    terms: list[tuple[str, int]] = []
    subjects = [""] * len(tokens)
    for clause in prepared.clauses:
        for i in range(clause.first_token, clause.last_token):
            subjects[i] = clause.subject
    previous = "<s>"
    for i, token in enumerate(tokens):
        word = token.norm
        if not word[:1].isalnum():
            previous = "<s>" if word in ".!?" else previous
            continue
        terms.append((word, i))
        terms.append((f"{previous} {word}", i))
        if prepared.negated[i]:
            terms.append(("~" + word, i))
        if prepared.hypothetical[i]:
            terms.append(("?" + word, i))
        if word not in _STOPWORDS and subjects[i]:
            terms.append((f"{subjects[i]}:{word}", i))
        previous = word
    return terms


# Marks a character n-gram term, so the featurizer can weigh that block apart from the words.
CHAR_MARK = "\u00a7"
CHAR_SIZES = (2, 3, 4, 5)


def char_terms(text: str | Prepared) -> list[tuple[str, int]]:
    """Character n-grams of each word, padded with spaces at its edges, with the token index.

    They let the model meet a word it never saw through the pieces it shares with ones it
    did: typos ("ignorning"), texting ("convo"), and new forms of known roots ("doomscrolled").
    """
    prepared = text if isinstance(text, Prepared) else prepare(text)
    return [
        (gram, i)
        for i, token in enumerate(prepared.tokens)
        if token.norm[:1].isalnum()
        for gram in word_grams(token.norm)
    ]


@lru_cache(maxsize=65536)
def word_grams(word: str) -> tuple[str, ...]:
    """The marked character n-grams of one word (cached: most words come back often)."""
    padded = f" {word[:30]} "
    return tuple(
        CHAR_MARK + padded[start : start + size]
        for size in CHAR_SIZES
        for start in range(len(padded) - size + 1)
    )


@dataclass
class Featurizer:
    """Maps terms to columns with sublinear tf-idf weights.

    Word terms and character n-gram terms are each scaled to unit length before they are
    joined: the many n-grams of a text would otherwise drown out its words.
    """

    vocabulary: dict[str, int]
    idf: np.ndarray
    _word_columns: dict[str, np.ndarray] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def fit(
        cls, docs: Sequence[Sequence[str]], min_df: int = 2, max_features: int = 30000
    ) -> Featurizer:
        """Keep terms seen in at least ``min_df`` docs, the ``max_features`` most common of
        the words and, apart from them, of the character n-grams."""
        df: Counter[str] = Counter()
        for doc in docs:
            df.update(set(doc))
        kept = []
        for is_char in (False, True):
            block = (
                term
                for term, count in df.items()
                if count >= min_df and term.startswith(CHAR_MARK) == is_char
            )
            kept += sorted(block, key=lambda term: (-df[term], term))[:max_features]
        kept.sort()
        n = len(docs)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept], dtype=np.float32)
        return cls({term: i for i, term in enumerate(kept)}, idf)

    @property
    def size(self) -> int:
        return len(self.vocabulary)

    @cached_property
    def _char_columns(self) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        for term, column in self.vocabulary.items():
            if term.startswith(CHAR_MARK):
                mask[column] = True
        return mask

    def columns(self, terms: Sequence[str]) -> np.ndarray:
        """Each term's column, or -1 where the term is not in the vocabulary."""
        get = self.vocabulary.get
        return np.fromiter((get(term, -1) for term in terms), dtype=np.int64, count=len(terms))

    def char_columns(self, word: str) -> np.ndarray:
        """``columns`` of the word's ``word_grams``, remembered for the next text."""
        found = self._word_columns.get(word)
        if found is None:
            if len(self._word_columns) >= 65536:
                self._word_columns.clear()
            found = self._word_columns[word] = self.columns(word_grams(word))
        return found

    def sparse(self, terms: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        return self.sparse_columns(self.columns(list(terms)))

    def sparse_columns(self, columns: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(sorted column indices, tf-idf values) of a text given its terms' ``columns``."""
        known = columns[columns >= 0]
        if not len(known):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        indices, tf = np.unique(known, return_counts=True)
        values = ((1.0 + np.log(tf)) * self.idf[indices]).astype(np.float32)
        chars = self._char_columns[indices]
        for block in (~chars, chars):
            norm = float(np.sqrt(np.dot(values[block], values[block])))
            if norm:
                values[block] /= norm
        return indices, values

    def transform_sparse(self, docs: Sequence[Sequence[str]]) -> SparseRows:
        rows, cols, vals = [], [], []
        for row, doc in enumerate(docs):
            indices, values = self.sparse(doc)
            rows.append(np.full(len(indices), row, dtype=np.int64))
            cols.append(indices)
            vals.append(values)
        if not docs:
            empty = np.zeros(0, dtype=np.int64)
            return SparseRows(empty, empty, np.zeros(0, dtype=np.float32), (0, self.size))
        return SparseRows(
            np.concatenate(rows),
            np.concatenate(cols),
            np.concatenate(vals).astype(np.float32),
            (len(docs), self.size),
        )

    def transform(self, docs: Sequence[Sequence[str]]) -> np.ndarray:
        matrix = np.zeros((len(docs), self.size), dtype=np.float32)
        for row, doc in enumerate(docs):
            indices, values = self.sparse(doc)
            matrix[row, indices] = values
        return matrix


@dataclass(frozen=True)
class SparseRows:
    """A sparse matrix in coordinate form, rows in order; enough for training a linear model
    on a few thousand short texts in seconds instead of minutes."""

    rows: np.ndarray
    cols: np.ndarray
    vals: np.ndarray
    shape: tuple[int, int]

    @cached_property
    def _by_col(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        order = np.argsort(self.cols, kind="stable")
        cols = self.cols[order]
        starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]]) if len(cols) else cols
        return order, cols[starts] if len(cols) else cols, starts

    @cached_property
    def _row_starts(self) -> tuple[np.ndarray, np.ndarray]:
        rows = self.rows
        starts = np.flatnonzero(np.r_[True, rows[1:] != rows[:-1]]) if len(rows) else rows
        return rows[starts] if len(rows) else rows, starts

    def dot(self, W: np.ndarray) -> np.ndarray:
        """self @ W"""
        out = np.zeros((self.shape[0], W.shape[1]), dtype=W.dtype)
        if len(self.vals):
            present, starts = self._row_starts
            out[present] = np.add.reduceat(self.vals[:, None] * W[self.cols], starts, axis=0)
        return out

    def tdot(self, G: np.ndarray) -> np.ndarray:
        """self.T @ G"""
        out = np.zeros((self.shape[1], G.shape[1]), dtype=G.dtype)
        if len(self.vals):
            order, present, starts = self._by_col
            contributions = self.vals[order, None] * G[self.rows[order]]
            out[present] = np.add.reduceat(contributions, starts, axis=0)
        return out


Matrix = np.ndarray | SparseRows


def _dot(X: Matrix, W: np.ndarray) -> np.ndarray:
    return X.dot(W) if isinstance(X, SparseRows) else np.asarray(X @ W)


def _tdot(X: Matrix, G: np.ndarray) -> np.ndarray:
    return X.tdot(G) if isinstance(X, SparseRows) else np.asarray(X.T @ G)


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


@dataclass
class OneVsRest:
    """One binary logistic regression per label, sharing the feature columns."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (n_features, n_labels)
    bias: np.ndarray  # (n_labels,)

    @classmethod
    def fit(
        cls,
        X: Matrix,
        Y: np.ndarray,
        labels: Sequence[str],
        l2: float = 1e-3,
        epochs: int = 300,
        learning_rate: float = 0.2,
        positive_weight: Sequence[float] | None = None,
        mask: np.ndarray | None = None,
    ) -> OneVsRest:
        """Full-batch Adam on the mean log-loss plus an L2 penalty; deterministic.

        ``mask`` (n_docs, n_labels) of 0/1 leaves a doc's label out of the loss: a reading the
        labeller called fair as well ("also ok") is neither taught nor punished.
        """
        n, d = X.shape
        k = Y.shape[1]
        W = np.zeros((d, k), dtype=np.float32)
        counted = np.ones_like(Y) if mask is None else mask
        prior = ((Y * counted).sum(axis=0) + 0.5) / (counted.sum(axis=0) + 1.0)
        b = np.log(prior / (1 - prior))
        pos_w = np.ones(k) if positive_weight is None else np.asarray(positive_weight, float)
        sample_w = np.where(Y > 0, pos_w[None, :], 1.0)
        sample_w = sample_w * counted
        mW, vW = np.zeros_like(W), np.zeros_like(W)
        mb, vb = np.zeros_like(b), np.zeros_like(b)
        beta1, beta2, eps = 0.9, 0.999, 1e-8
        for step in range(1, epochs + 1):
            P = _sigmoid(_dot(X, W) + b)
            G = (P - Y) * sample_w / n
            gW = _tdot(X, G.astype(np.float32)) + l2 * W
            gb = G.sum(axis=0)
            mW = beta1 * mW + (1 - beta1) * gW
            vW = beta2 * vW + (1 - beta2) * gW * gW
            mb = beta1 * mb + (1 - beta1) * gb
            vb = beta2 * vb + (1 - beta2) * gb * gb
            lr = learning_rate * math.sqrt(1 - beta2**step) / (1 - beta1**step)
            W -= lr * mW / (np.sqrt(vW) + eps)
            b -= lr * mb / (np.sqrt(vb) + eps)
        return cls(tuple(labels), W.astype(np.float32), b.astype(np.float32))

    def decision(self, X: Matrix) -> np.ndarray:
        return _dot(X, self.weights) + self.bias

    def predict_proba(self, X: Matrix) -> np.ndarray:
        return _sigmoid(self.decision(X))

    def proba_sparse(self, indices: np.ndarray, values: np.ndarray) -> dict[str, float]:
        z = values @ self.weights[indices] + self.bias if len(indices) else self.bias
        probabilities = _sigmoid(np.asarray(z, dtype=np.float64))
        return {label: float(p) for label, p in zip(self.labels, probabilities, strict=True)}

    def contributions(self, indices: np.ndarray, values: np.ndarray, label: str) -> np.ndarray:
        """Each present feature's share of the label's score (for explanations, evidence)."""
        column = self.labels.index(label)
        return np.asarray(values * self.weights[indices, column])


@dataclass
class Model:
    """A featurizer and a classifier saved together. ``settings`` is free-form metadata."""

    featurizer: Featurizer
    classifier: OneVsRest
    settings: dict[str, object] = field(default_factory=dict)

    @property
    def labels(self) -> tuple[str, ...]:
        return self.classifier.labels

    def predict(self, terms: Iterable[str]) -> dict[str, float]:
        return self.classifier.proba_sparse(*self.featurizer.sparse(terms))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        vocabulary = sorted(self.featurizer.vocabulary, key=self.featurizer.vocabulary.__getitem__)
        with open(path.with_suffix(".npz"), "wb") as handle:
            np.savez_compressed(
                handle,
                idf=self.featurizer.idf,
                weights=self.classifier.weights,
                bias=self.classifier.bias,
            )
        meta = {"labels": list(self.labels), "vocabulary": vocabulary, "settings": self.settings}
        path.with_suffix(".json").write_text(
            json.dumps(meta, ensure_ascii=False, sort_keys=True, indent=0) + "\n",
            encoding="utf-8",
        )

    @classmethod
    def load(cls, path: Path) -> Model:
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        with np.load(path.with_suffix(".npz")) as arrays:
            idf, weights, bias = arrays["idf"], arrays["weights"], arrays["bias"]
        vocabulary = {term: i for i, term in enumerate(meta["vocabulary"])}
        return cls(
            Featurizer(vocabulary, idf),
            OneVsRest(tuple(meta["labels"]), weights, bias),
            dict(meta.get("settings", {})),
        )


def train(
    docs: Sequence[Sequence[str]],
    targets: Sequence[Iterable[str]],
    labels: Sequence[str],
    min_df: int = 2,
    l2: float = 1e-3,
    epochs: int = 300,
    positive_weight: Sequence[float] | None = None,
    settings: dict[str, object] | None = None,
    featurizer: Featurizer | None = None,
    ignored: Sequence[Iterable[str]] | None = None,
) -> Model:
    """Fit a featurizer and a one-vs-rest classifier; ``targets`` holds each doc's labels.

    Pass ``featurizer`` to reuse one fitted for another model on the same documents, so a
    caller can featurize a text once for both. ``ignored`` holds, per doc, labels left out of
    its loss (see ``OneVsRest.fit``).
    """
    featurizer = featurizer or Featurizer.fit(docs, min_df=min_df)
    X = featurizer.transform_sparse(docs)
    index = {label: i for i, label in enumerate(labels)}
    Y = np.zeros((len(docs), len(labels)), dtype=np.float64)
    for row, doc_labels in enumerate(targets):
        for label in doc_labels:
            if label in index:
                Y[row, index[label]] = 1.0
    mask = None
    if ignored is not None:
        mask = np.ones_like(Y)
        for row, doc_labels in enumerate(ignored):
            for label in doc_labels:
                if label in index:
                    mask[row, index[label]] = 0.0
    classifier = OneVsRest.fit(
        X, Y, labels, l2=l2, epochs=epochs, positive_weight=positive_weight, mask=mask
    )
    return Model(featurizer, classifier, dict(settings or {}))
