"""Measure the standalone safety detector (reconnect.analysis.safety_rules) on our data and real text.

    .venv/bin/python benchmarks/safety_corpora.py              # our data + the real corpora
    .venv/bin/python benchmarks/safety_corpora.py --show 5     # also print a few misses / alarms

1. Our labelled moments (data/moments/*.jsonl): recall and precision per safety type.
2. Real text under ../shared/corpora, read at run time only (several licences forbid copying,
   so no text from them is ever written into the project) and skipped when absent:
   - legalbench-learnedhands-dv: recall of partner_violence on the DV-positive posts, and the
     flag rate on the negatives (other legal topics);
   - sdcnl-suicide-depression: recall of self_harm on r/SuicideWatch posts, and the flag rate on
     r/depression posts (noisy labels: many depression posts do speak of wanting to die);
   - dreaddit-relationships, goemotions-relationship, counsel-chat, epitome-empathy: flag rates,
     as a rough view of alarms on ordinary relationship writing (not labelled for safety).
   --show prints evidence spans only (a few words), to study misses and alarms locally.
The shared devset is NOT read here: the lead measures it independently.
Numbers are printed, not asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconnect.analysis.safety_rules import SAFETY_HIT_TYPES, find_safety  # noqa: E402

SHARED = Path(os.environ.get("RECONNECT_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"
csv.field_size_limit(10_000_000)


def _types(text: str) -> set[str]:
    return {h.type for h in find_safety(text)}


def moments(show: int) -> None:
    tp = dict.fromkeys(SAFETY_HIT_TYPES, 0)
    fn = dict.fromkeys(SAFETY_HIT_TYPES, 0)
    fp = dict.fromkeys(SAFETY_HIT_TYPES, 0)
    misses: list[str] = []
    alarms: list[str] = []
    n = 0
    for path in sorted((ROOT / "data" / "moments").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            n += 1
            gold = set(row.get("safety") or [])
            hits = find_safety(row["text"])
            pred = {h.type for h in hits}
            for t in SAFETY_HIT_TYPES:
                if t in gold and t in pred:
                    tp[t] += 1
                elif t in gold:
                    fn[t] += 1
                    misses.append(f"{row['id']} {t}")
                elif t in pred:
                    fp[t] += 1
                    ev = [h.evidence for h in hits if h.type == t]
                    alarms.append(f"{row['id']} {t} {ev}")
    print(f"== our moments ({n} texts, data/moments/*.jsonl)")
    for t in SAFETY_HIT_TYPES:
        rec = tp[t] / max(1, tp[t] + fn[t])
        prec = tp[t] / max(1, tp[t] + fp[t])
        print(
            f"  {t:<17} recall {rec:.3f} ({tp[t]}/{tp[t] + fn[t]})  "
            f"precision {prec:.3f} (false alarms {fp[t]})"
        )
    for m in misses[:show]:
        print("   miss ", m)
    for a in alarms[:show]:
        print("   alarm", a)


def _rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader(fh, delimiter=delimiter)


def _rate(flags: list[bool]) -> str:
    return f"{sum(flags) / max(1, len(flags)):.3f} ({sum(flags)}/{len(flags)})"


def _evidence(text: str, kind: str) -> list[str]:
    return [h.evidence[:60] for h in find_safety(text) if h.type == kind][:3]


def legalbench(show: int) -> None:
    path = CORPORA / "legalbench-learnedhands-dv" / "learned_hands_domestic_violence_data.tsv"
    if not path.exists():
        print("== legalbench-learnedhands-dv: absent, skipped")
        return
    pos: list[bool] = []
    neg: list[bool] = []
    alarms: list[list[str]] = []
    for i, row in enumerate(_rows(path, "\t")):
        flagged = "partner_violence" in _types(row["text"])
        if row["label"].strip().lower() == "yes":
            pos.append(flagged)
            if not flagged and show:
                print(f"   miss row {i}, {len(row['text'])} chars")
        else:
            neg.append(flagged)
            if flagged:
                alarms.append(_evidence(row["text"], "partner_violence"))
    print("== legalbench-learnedhands-dv (legal questions; Yes = raises DV/abuse)")
    print(f"  partner_violence recall on Yes rows  {_rate(pos)}")
    print(f"  partner_violence flagged on No rows  {_rate(neg)}  (other legal topics)")
    for a in alarms[:show]:
        print("   alarm", a)


def sdcnl(show: int) -> None:
    path = CORPORA / "sdcnl-suicide-depression" / "sdcnl_posts.csv"
    if not path.exists():
        print("== sdcnl-suicide-depression: absent, skipped")
        return
    sui: list[bool] = []
    dep: list[bool] = []
    sui_partner: list[bool] = []
    dep_partner: list[bool] = []
    pv_dep: list[bool] = []
    alarms: list[list[str]] = []
    for row in _rows(path):
        text = f"{row['title']}. {row['selftext']}"
        types = _types(text)
        flagged = "self_harm" in types
        partner = row.get("mentions_partner") == "1"
        if row["is_suicide"] == "1":
            sui.append(flagged)
            if partner:
                sui_partner.append(flagged)
        else:
            dep.append(flagged)
            pv_dep.append("partner_violence" in types)
            if partner:
                dep_partner.append(flagged)
            if flagged:
                alarms.append(_evidence(text, "self_harm"))
    print("== sdcnl-suicide-depression (r/SuicideWatch vs r/depression; labels are noisy)")
    print(f"  self_harm recall on SuicideWatch posts        {_rate(sui)}")
    print(f"    ... of those mentioning a partner           {_rate(sui_partner)}")
    print(f"  self_harm flagged on depression-only posts    {_rate(dep)}")
    print(f"    ... of those mentioning a partner           {_rate(dep_partner)}")
    print(f"  partner_violence flagged on depression posts  {_rate(pv_dep)}")
    for a in alarms[:show]:
        print("   depression-post flag", a)


def flag_rates(show: int) -> None:
    sets: list[tuple[str, Path, str, str | None]] = [
        (
            "dreaddit-relationships",
            CORPORA / "dreaddit-relationships" / "dreaddit_relationship_dv_subset.csv",
            "text",
            "subreddit",
        ),
        (
            "goemotions-relationship",
            CORPORA / "goemotions-relationship" / "goemotions_relationship_mentions.csv",
            "text",
            None,
        ),
        (
            "counsel-chat questions",
            CORPORA / "counsel-chat" / "questions_relationship.csv",
            "questionText",
            None,
        ),
        (
            "epitome-empathy seekers",
            CORPORA / "epitome-empathy" / "epitome_relationship_seeker_posts.csv",
            "seeker_post",
            None,
        ),
    ]
    for name, path, col, group in sets:
        if not path.exists():
            print(f"== {name}: absent, skipped")
            continue
        by_group: dict[str, dict[str, list[bool]]] = {}
        seen: set[str] = set()
        examples: list[tuple[str, list[str]]] = []
        for row in _rows(path):
            text = row[col]
            if text in seen:
                continue
            seen.add(text)
            g = row[group] if group else "all"
            types = _types(text)
            d = by_group.setdefault(g, {t: [] for t in SAFETY_HIT_TYPES})
            for t in SAFETY_HIT_TYPES:
                d[t].append(t in types)
                if t in types and len(examples) < show and g in ("all", "relationships"):
                    examples.append((t, _evidence(text, t)))
        print(f"== {name} (not labelled for safety: flag rates only)")
        for g, d in sorted(by_group.items()):
            print(f"  {g:<24} " + "  ".join(f"{t} {_rate(d[t])}" for t in SAFETY_HIT_TYPES))
        if name == "counsel-chat questions":
            _counsel_topics(path)
        for t, ev in examples:
            print("   flag", t, ev)


def _counsel_topics(path: Path) -> None:
    dv: list[bool] = []
    other: list[bool] = []
    for row in _rows(path):
        flagged = "partner_violence" in _types(row["questionText"])
        (dv if "domestic-violence" in row["topics"].split(";") else other).append(flagged)
    print(f"  partner_violence on domestic-violence topic  {_rate(dv)}")
    print(f"  partner_violence on other topics             {_rate(other)}")


def speed() -> None:
    text = ("We argued about the dishes again and he went quiet for a while. " * 1600)[:100_000]
    t0 = time.perf_counter()
    find_safety(text)
    t1 = time.perf_counter()
    print(f"== speed: 100 KB ordinary text in {1000 * (t1 - t0):.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N misses/alarms per set")
    args = parser.parse_args()
    moments(args.show)
    legalbench(args.show)
    sdcnl(args.show)
    flag_rates(args.show)
    speed()


if __name__ == "__main__":
    main()
