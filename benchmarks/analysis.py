"""Measure the analysis engine: quality, safety on real text, speed, cold start and memory.

    .venv/bin/python benchmarks/analysis.py            # everything
    .venv/bin/python benchmarks/analysis.py --quick    # skip the real corpora

Quality on our dev split (data/, split by id) and on the independent shared devset, which is
read here to MEASURE only: never train on it or tune on its texts. The real corpora under
../shared/corpora are read at run time only (their licences forbid copying them) and skipped
when absent. Numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconnect.analysis import corpus  # noqa: E402
from reconnect.analysis.evaluate import (  # noqa: E402
    report_messages,
    report_moments,
    score_messages,
    score_moments,
)

SHARED = Path(os.environ.get("RECONNECT_SHARED", ROOT.parent / "shared"))
TARGETS = (
    "targets: exits macro-F1 >= 0.85, actor accuracy >= 0.85, safety recall 1.0 with "
    "precision >= 0.8, coach tone accuracy >= 0.92"
)
csv.field_size_limit(10_000_000)


def quality() -> None:
    print(TARGETS)
    moments = corpus.split(corpus.load("moments"))[1]
    messages = corpus.split(corpus.load("messages"))[1]
    report_moments(score_moments(moments), sys.stdout, "our dev split: moments")
    report_messages(score_messages(messages), sys.stdout, "our dev split: messages")
    devset = SHARED / "devset"
    if (devset / "moments.jsonl").exists():
        items = list(corpus.read_jsonl(devset / "moments.jsonl"))
        report_moments(score_moments(items), sys.stdout, "shared devset: moments")
    if (devset / "messages.jsonl").exists():
        items = list(corpus.read_jsonl(devset / "messages.jsonl"))
        report_messages(score_messages(items), sys.stdout, "shared devset: messages")


def plain_checks() -> None:
    """Short, plainly worded exits and the hard negatives the issue names, kept out of training.

    ``data/checks/plain_moments.jsonl`` had its misses read when rules were widened;
    ``held_out_moments.jsonl`` was written apart and is only ever scored here, never read.
    """
    from reconnect.analysis.engine import analyze

    for name, about in (
        ("plain_moments", "its misses were read once"),
        ("held_out_moments", "blind: never read"),
    ):
        path = ROOT / "data" / "checks" / f"{name}.jsonl"
        if not path.exists():
            continue
        items = list(corpus.read_jsonl(path))
        scores = score_moments(items)
        negatives = [item for item in items if not item.get("exits")]
        alarms = sum(1 for item in negatives if analyze(str(item["text"])).exits)
        found = sum(prf.tp for prf in scores.exits.values())
        wanted = found + sum(prf.fn for prf in scores.exits.values())
        print(f"check {name} ({about}; never trained on): {len(items)} short texts")
        print(
            f"  exits macro-F1 {scores.exits_macro_f1:.3f}  recall {found / max(1, wanted):.3f} "
            f"({found}/{wanted})  actor accuracy {scores.actor_accuracy:.3f}"
        )
        print(
            f"  false alarms: {alarms} of {len(negatives)} hard negatives "
            f"({alarms / max(1, len(negatives)):.2f}) showed an exit"
        )


def _rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=delimiter)


def _flag_rate(texts: list[str], kind: str) -> float:
    from reconnect.analysis.engine import analyze

    if not texts:
        return float("nan")
    return sum(kind in analyze(t).types("safety") for t in texts) / len(texts)


def real_corpora() -> None:
    base = SHARED / "corpora"
    if not base.exists():
        print("real corpora: absent, skipped")
        return
    print("safety on real text (read at run time; recall = share of labelled posts flagged)")
    dv = base / "legalbench-learnedhands-dv" / "learned_hands_domestic_violence_data.tsv"
    if dv.exists():
        rows = list(_rows(dv, "\t"))
        yes = [r["text"] for r in rows if r.get("label") == "Yes"]
        no = [r["text"] for r in rows if r.get("label") == "No"]
        print(
            f"  LearnedHands DV: partner_violence recall {_flag_rate(yes, 'partner_violence'):.3f}"
            f" on {len(yes)} DV posts; flagged {_flag_rate(no, 'partner_violence'):.3f} of "
            f"{len(no)} other legal posts"
        )
    sd = base / "sdcnl-suicide-depression" / "sdcnl_posts.csv"
    if sd.exists():
        rows = list(_rows(sd))

        def text(r: dict[str, str]) -> str:
            return f"{r.get('title', '')}. {r.get('selftext', '')}"

        yes = [text(r) for r in rows if r.get("is_suicide") == "1"]
        no = [text(r) for r in rows if r.get("is_suicide") == "0"]
        print(
            f"  SDCNL: self_harm recall {_flag_rate(yes, 'self_harm'):.3f} on {len(yes)} "
            f"r/SuicideWatch posts; flagged {_flag_rate(no, 'self_harm'):.3f} of {len(no)} "
            f"r/depression posts (noisy labels)"
        )
    dr = base / "dreaddit-relationships" / "dreaddit_relationship_dv_subset.csv"
    if dr.exists():
        rows = list(_rows(dr))
        dv_rows = [r["text"] for r in rows if r.get("subreddit") == "domesticviolence"]
        rel = [r["text"] for r in rows if r.get("subreddit") == "relationships"]
        print(
            f"  Dreaddit: partner_violence on r/domesticviolence segments "
            f"{_flag_rate(dv_rows, 'partner_violence'):.3f} ({len(dv_rows)}); on "
            f"r/relationships {_flag_rate(rel, 'partner_violence'):.3f} ({len(rel)})"
        )


def _fifty_word_texts() -> list[str]:
    items = corpus.load("moments")
    texts = []
    for item in items:
        words = str(item["text"]).split()
        if len(words) >= 50:
            texts.append(" ".join(words[:50]))
    return texts or ["He grabbed his phone when I mentioned the rent and I felt alone. " * 4]


def speed() -> None:
    from reconnect.analysis.engine import analyze

    texts = _fifty_word_texts()[:600]
    analyze(texts[0])
    rates = []
    for _ in range(3):
        start, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            analyze(text)
        elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu
        rates.append((len(texts) / cpu_elapsed, len(texts) / elapsed))
    # CPU time is the fair one-core figure on a shared machine; wall time is shown too. Other
    # processes on the machine still slow a round down, so three rounds are shown.
    cpu_rates = sorted(r for r, _ in rates)
    print(
        f"speed: {cpu_rates[1]:.0f} texts/s of CPU time (median of 3 rounds; "
        f"{cpu_rates[0]:.0f}-{cpu_rates[2]:.0f}), {max(w for _, w in rates):.0f} texts/s wall at "
        f"best, on {len(texts)} 50-word texts (one process, one core; target >= 300)"
    )
    big = "He scrolled his phone while I talked about the bills. " * 1850
    start = time.perf_counter()
    analyze(big[:100_000])
    print(f"  100 KB text: {time.perf_counter() - start:.2f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"memory: peak resident {rss:.0f} MB in this process (target <= 400)")


def cold_start() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    line = json.dumps({"id": 1, "text": "He turned the TV up when I brought up the bills."})
    times = []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "reconnect.analysis.cli", "analyze", "--jsonl"],
            input=line + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=False,
        )
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            print(f"cold start: command failed: {done.stderr.strip()[:200]}")
            return
    print(
        f"cold start of `analyze --jsonl` (one line): best {min(times):.2f} s, "
        f"worst {max(times):.2f} s (target <= 1.5)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="skip the real corpora")
    args = parser.parse_args(argv)
    quality()
    plain_checks()
    if not args.quick:
        real_corpora()
    speed()
    cold_start()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
