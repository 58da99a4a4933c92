from __future__ import annotations

from pathlib import Path

import numpy as np

from reconnect.analysis.learn import (
    CHAR_MARK,
    Featurizer,
    Model,
    OneVsRest,
    char_terms,
    default_terms,
    positioned_terms,
    train,
)

DOCS = [
    ("he scrolled his phone all night", {"screen"}),
    ("she played games until two", {"screen"}),
    ("he stared at his phone while I talked", {"screen"}),
    ("I went quiet and left the room", {"quiet"}),
    ("she said nothing and walked out", {"quiet"}),
    ("I gave him the silent treatment", {"quiet"}),
    ("we talked for hours over dinner", set()),
    ("we took a long walk together", set()),
] * 2


def _model() -> Model:
    return train(
        [default_terms(t) for t, _ in DOCS], [y for _, y in DOCS], ["screen", "quiet"], min_df=1
    )


def test_terms_mark_negation_hypotheticals_and_who_does_it() -> None:
    terms = default_terms("I didn't grab my phone. If he games, I'll leave.")
    assert "~grab" in terms
    assert "?games" in terms
    assert "self:grab" in terms


def test_positioned_terms_point_at_real_tokens() -> None:
    text = "He scrolled."
    assert all(0 <= i < 3 for _, i in positioned_terms(text))


def test_featurizer_rows_are_unit_length_and_ignore_unknown_terms() -> None:
    featurizer = Featurizer.fit([["a", "b"], ["a", "c"]], min_df=1)
    matrix = featurizer.transform([["a", "b", "zzz"]])
    assert np.isclose(np.linalg.norm(matrix[0]), 1.0)
    indices, values = featurizer.sparse(["zzz"])
    assert len(indices) == 0 and len(values) == 0


def test_char_terms_cover_word_pieces_and_skip_punctuation() -> None:
    terms = char_terms("He's scrolling!")
    grams = {term.removeprefix(CHAR_MARK) for term, _ in terms}
    assert {" s", "scr", "lling", "ng "} <= grams
    assert all(term.startswith(CHAR_MARK) for term, _ in terms)
    assert not any("!" in gram for gram in grams)
    assert {i for _, i in terms} == {0, 1}  # "!" is token 2 and gives none


def test_char_terms_let_a_typo_share_features_with_the_word() -> None:
    typo = {t for t, _ in char_terms("ignorning")}
    word = {t for t, _ in char_terms("ignoring")}
    other = {t for t, _ in char_terms("dinner")}
    assert len(typo & word) > 3 * len(typo & other)


def test_words_and_char_ngrams_are_each_unit_length() -> None:
    docs = [["a", "b", CHAR_MARK + "ab", CHAR_MARK + "bc"], ["a", CHAR_MARK + "ab"]]
    featurizer = Featurizer.fit(docs, min_df=1)
    row = featurizer.transform([docs[0]])[0]
    chars = np.array(
        [
            t.startswith(CHAR_MARK)
            for t in sorted(featurizer.vocabulary, key=featurizer.vocabulary.get)
        ]
    )
    assert np.isclose(np.linalg.norm(row[~chars]), 1.0)
    assert np.isclose(np.linalg.norm(row[chars]), 1.0)


def test_the_word_and_char_blocks_each_keep_their_own_most_common_terms() -> None:
    docs = [[CHAR_MARK + "x", CHAR_MARK + "y", "w"], [CHAR_MARK + "x", CHAR_MARK + "y", "w"]]
    featurizer = Featurizer.fit(docs, min_df=1, max_features=1)
    assert "w" in featurizer.vocabulary and len(featurizer.vocabulary) == 2


def test_model_learns_separable_labels() -> None:
    model = _model()
    screen = model.predict(default_terms("he scrolled his phone"))
    quiet = model.predict(default_terms("she went quiet and walked out"))
    assert screen["screen"] > 0.5 > screen["quiet"]
    assert quiet["quiet"] > 0.5 > quiet["screen"]


def test_training_is_deterministic() -> None:
    assert np.array_equal(_model().classifier.weights, _model().classifier.weights)


def test_saved_model_loads_back_with_the_same_predictions(tmp_path: Path) -> None:
    model = _model()
    model.settings["note"] = "x"
    model.save(tmp_path / "m")
    loaded = Model.load(tmp_path / "m")
    terms = default_terms("he stared at his phone")
    assert loaded.predict(terms) == model.predict(terms)
    assert loaded.settings["note"] == "x"


def test_sparse_and_dense_training_agree() -> None:
    docs = [default_terms(t) for t, _ in DOCS]
    featurizer = Featurizer.fit(docs, min_df=1)
    Y = np.array([[("screen" in y), ("quiet" in y)] for _, y in DOCS], dtype=float)
    dense = OneVsRest.fit(featurizer.transform(docs), Y, ["screen", "quiet"], epochs=50)
    sparse = OneVsRest.fit(featurizer.transform_sparse(docs), Y, ["screen", "quiet"], epochs=50)
    assert np.allclose(dense.weights, sparse.weights, atol=1e-4)


def test_an_ignored_label_neither_teaches_nor_punishes() -> None:
    docs = [default_terms(t) for t, _ in DOCS]
    as_yes = [set(y) | ({"quiet"} if i == 0 else set()) for i, (_, y) in enumerate(DOCS)]
    as_no = [set(y) for _, y in DOCS]
    ignored = [{"quiet"} if i == 0 else set() for i in range(len(DOCS))]
    yes = train(docs, as_yes, ["screen", "quiet"], min_df=1, ignored=ignored)
    no = train(docs, as_no, ["screen", "quiet"], min_df=1, ignored=ignored)
    assert np.array_equal(yes.classifier.weights, no.classifier.weights)
    counted = train(docs, as_yes, ["screen", "quiet"], min_df=1)
    assert not np.array_equal(counted.classifier.weights, no.classifier.weights)
