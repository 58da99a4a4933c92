"""Reconnect's analysis engine: pure Python (numpy only), no Django.

    from reconnect.analysis.engine import analyze   # exits, effects, steps, safety, topics
    from reconnect.analysis.coach import coach      # tone and horsemen of a draft message

Modules: ``text`` prepares a text once (tokens, sentences, negation and hypothetical scope,
clause subjects); ``detectors`` and ``rules`` hold the explainable rule detectors and their
registry; ``learn`` is the small numpy learned component; ``engine`` combines them;
``corpus``/``evaluate``/``train`` read, score and learn from the labelled data under data/;
``cli`` is ``reconnect analyze|coach|eval|train``.
"""
