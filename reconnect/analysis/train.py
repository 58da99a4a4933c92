"""Rebuild the committed model artifacts from data/ (``reconnect train``).

Trains on the TRAIN split only (see ``corpus.is_dev``), so ``reconnect eval`` on the dev split
stays an honest measure. Deterministic: the same data gives the same files.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from reconnect.analysis import corpus
from reconnect.analysis.engine import (
    ACTOR_LABELS,
    DEFAULT_THRESHOLDS,
    KIND_TYPES,
    LABELS,
    MODEL_PATH,
    Engine,
    rule_terms,
)
from reconnect.analysis.learn import Featurizer, Model, char_terms, positioned_terms, train
from reconnect.analysis.rules import default_registry
from reconnect.analysis.text import prepare

_KIND_KEYS = {"exit": "exits", "effect": "effects", "step": "steps", "safety": "safety"}
# Safety examples are rare and a miss is costly: weigh them up during training.
_POSITIVE_WEIGHT = {"exit": 1.5, "effect": 1.5, "step": 1.5, "safety": 4.0}


def item_terms(engine: Engine, text: str) -> list[str]:
    prepared = prepare(text)
    positioned = positioned_terms(prepared) + char_terms(prepared)
    return [t for t, _ in positioned] + rule_terms(engine.candidates(prepared))


def item_labels(item: dict[str, Any]) -> set[str]:
    labels: set[str] = set()
    for kind, key in _KIND_KEYS.items():
        for value in item.get(key) or []:
            name = value.get("type") if isinstance(value, dict) else value
            if name in KIND_TYPES[kind]:
                labels.add(f"{kind}:{name}")
    return labels


def item_ignored(item: dict[str, Any]) -> set[str]:
    """Labels left out of the loss: exit types the labeller called fair readings too
    (``also_ok``), and every label of a kind the item leaves unlabelled (``null``)."""
    gold = {e.get("type") for e in item.get("exits") or [] if isinstance(e, dict)}
    ignored = {
        f"exit:{t}" for t in item.get("also_ok", []) if t in KIND_TYPES["exit"] and t not in gold
    }
    for kind, key in _KIND_KEYS.items():
        if key in item and item[key] is None:
            ignored |= {f"{kind}:{t}" for t in KIND_TYPES[kind]}
    return ignored


def _matrix(items: Sequence[dict[str, Any]]) -> tuple[list[list[str]], list[set[str]]]:
    rules_only = Engine(default_registry(), None, dict(DEFAULT_THRESHOLDS))
    docs = [item_terms(rules_only, str(item["text"])) for item in items]
    return docs, [item_labels(item) for item in items]


def _fit_docs(
    docs: Sequence[Sequence[str]],
    targets: Sequence[set[str]],
    ignored: Sequence[set[str]],
    epochs: int,
    l2: float,
    min_df: int,
) -> Model:
    weights = [_POSITIVE_WEIGHT[label.split(":")[0]] for label in LABELS]
    return train(
        docs,
        targets,
        LABELS,
        min_df=min_df,
        l2=l2,
        epochs=epochs,
        positive_weight=weights,
        ignored=ignored,
    )


def tune_thresholds(
    docs: Sequence[Sequence[str]],
    targets: Sequence[set[str]],
    ignored: Sequence[set[str]],
    folds: int = 3,
    epochs: int = 300,
    l2: float = 1e-4,
    min_df: int = 2,
) -> dict[str, float]:
    """Per-label thresholds from out-of-fold predictions on the training items.

    Exits, effects and steps take the threshold with the best F1. Safety takes the highest
    threshold that still catches every out-of-fold positive, never above the default.
    An ``ignored`` (also fair) reading counts neither way, as in scoring.
    """
    n = len(docs)
    probabilities = np.zeros((n, len(LABELS)))
    truth = np.array([[label in t for label in LABELS] for t in targets], dtype=bool)
    counted = np.array([[label not in i for label in LABELS] for i in ignored], dtype=bool)
    for fold in range(folds):
        held = [i for i in range(n) if i % folds == fold]
        kept = [i for i in range(n) if i % folds != fold]
        model = _fit_docs(
            [docs[i] for i in kept],
            [targets[i] for i in kept],
            [ignored[i] for i in kept],
            epochs,
            l2,
            min_df,
        )
        X = model.featurizer.transform([docs[i] for i in held])
        probabilities[held] = model.classifier.predict_proba(X)
    thresholds: dict[str, float] = {}
    grid = np.round(np.arange(0.1, 0.71, 0.025), 3)
    for column, label in enumerate(LABELS):
        kind = label.split(":")[0]
        keep = counted[:, column]
        p, y = probabilities[keep, column], truth[keep, column]
        if kind == "safety":
            caught = p[y]
            best = float(min(DEFAULT_THRESHOLDS["safety"], caught.min() if len(caught) else 1))
            thresholds[label] = max(0.05, round(best - 0.01, 3))
            continue
        scores = []
        for t in grid:
            predicted = p >= t
            tp = int((predicted & y).sum())
            fp = int((predicted & ~y).sum())
            fn = int((~predicted & y).sum())
            scores.append((2 * tp / max(1, 2 * tp + fp + fn), -abs(t - 0.4), float(t)))
        thresholds[label] = max(scores)[2]
    return thresholds


def fit(
    items: Sequence[dict[str, Any]],
    epochs: int = 300,
    l2: float = 1e-4,
    min_df: int = 2,
    tune: bool = True,
) -> Model:
    docs, targets = _matrix(items)
    ignored = [item_ignored(item) for item in items]
    thresholds: dict[str, float] = dict(DEFAULT_THRESHOLDS)
    if tune and len(docs) >= 60:
        thresholds.update(
            tune_thresholds(docs, targets, ignored, epochs=epochs, l2=l2, min_df=min_df)
        )
    model = _fit_docs(docs, targets, ignored, epochs, l2, min_df)
    model.settings.update(trained_on=len(items), thresholds=thresholds, char_ngrams=True)
    return model


def fit_actors(
    items: Sequence[dict[str, Any]],
    featurizer: Featurizer | None = None,
    epochs: int = 300,
    l2: float = 1e-4,
    min_df: int = 2,
) -> Model:
    """Who takes each exit: one label per (type, actor), read from the whole text.

    With the moments model's ``featurizer`` the engine featurizes each text once for both.
    """
    docs, _ = _matrix(items)
    targets = [
        {f"{e['type']}:{e['actor']}" for e in item.get("exits", []) if isinstance(e, dict)}
        for item in items
    ]
    model = train(
        docs, targets, ACTOR_LABELS, min_df=min_df, l2=l2, epochs=epochs, featurizer=featurizer
    )
    model.settings.update(trained_on=len(items), shared_featurizer=featurizer is not None)
    return model


def main(
    data_dir: Path = corpus.DATA_DIR,
    out: Path = MODEL_PATH,
    limit: int | None = None,
    use_all: bool = False,
) -> Model:
    items = corpus.load("moments", data_dir)
    train_items = items if use_all else corpus.split(items)[0]
    if limit is not None:
        train_items = train_items[:limit]
    if not train_items:
        raise SystemExit(f"no labelled moments under {data_dir / 'moments'}")
    model = fit(train_items)
    model.save(out)
    fit_actors(train_items, model.featurizer).save(out.with_name(out.name + "_actors"))
    return model


def weights_digest(model: Model) -> float:
    """A cheap fingerprint of the weights (for the reproducibility test)."""
    return float(np.abs(model.classifier.weights).sum())
