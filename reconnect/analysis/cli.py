"""Command line: ``reconnect analyze|coach|eval|train`` (called by reconnect/cli.py, no Django).

reconnect analyze --jsonl < in.jsonl > out.jsonl     # {"id", "text"} per line
reconnect analyze "he turned the TV up when I brought up the bills"
reconnect coach --jsonl < drafts.jsonl
reconnect coach "you never listen"
reconnect eval [path.jsonl ...]                      # default: our dev split
reconnect train [--all] [--limit N] [--data DIR] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO


def _analyzer() -> Callable[[str], Any]:
    from reconnect.analysis.engine import analyze

    return analyze


def _coacher() -> Callable[[str], Any]:
    # Imported lazily: analyze must work even where the coach is missing or broken.
    from reconnect.analysis.coach import coach

    return coach


def _run_jsonl(fn: Callable[[str], Any], stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    status = 0
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            text = item.get("text")
            if not isinstance(text, str):
                raise ValueError('"text" must be a string')
        except (ValueError, json.JSONDecodeError) as error:
            stderr.write(f"line {number}: malformed input: {error}\n")
            status = 1
            continue
        result = {"id": item.get("id"), **fn(text).to_dict()}
        stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return status


def _print_analysis(text: str, out: TextIO) -> None:
    analysis = _analyzer()(text)
    w = out.write
    if analysis.safety:
        w("Safety first\n")
        for f in analysis.safety:
            w(f"  {f.type.replace('_', ' ')}: {f.explanation}\n")
        w(
            "  Support is available privately: in the US call or text 988, or the National\n"
            "  Domestic Violence Hotline 1-800-799-7233; in the UK Samaritans 116 123 or Refuge\n"
            "  0808 2000 247; in an emergency, your local emergency number.\n\n"
        )
    if analysis.exits:
        w("Emotional exits\n")
        for f in analysis.exits:
            who = {"self": "you", "partner": "your partner", "both": "both of you"}.get(
                f.actor or "", f.actor or ""
            )
            w(f"  {f.type.replace('_', ' ')} ({who}, {f.confidence:.0%}): {f.explanation}\n")
    else:
        w("No emotional exits found.\n")
    for title, findings in (
        ("Effects of distance", analysis.effects),
        ("Reconnection steps taken", analysis.steps),
    ):
        if findings:
            w(f"{title}\n")
            for f in findings:
                w(f"  {f.type.replace('_', ' ')}: {f.explanation}\n")
    if analysis.topics:
        w(f"Topics: {', '.join(analysis.topics)}\n")


def _print_coaching(text: str, out: TextIO) -> None:
    coaching = _coacher()(text)
    w = out.write
    w(f"Tone: {coaching.tone}\n")
    for marker in coaching.markers:
        w(f"  {marker.type}: \u2018{marker.evidence}\u2019 \u2014 {marker.explanation}\n")
        antidote = getattr(marker, "antidote", "")
        if antidote:
            w(f"    Try instead: {antidote}\n")
    if coaching.suggestion:
        w(f"A gentler way to say it:\n  {coaching.suggestion}\n")


def _eval(paths: list[str], out: TextIO, err: TextIO) -> int:
    from reconnect.analysis import corpus
    from reconnect.analysis.evaluate import (
        report_messages,
        report_moments,
        score_messages,
        score_moments,
    )

    if not paths:
        moments = corpus.split(corpus.load("moments"))[1]
        messages = corpus.split(corpus.load("messages"))[1]
        report_moments(score_moments(moments), out, "moments (dev split)")
        if messages:
            try:
                report_messages(score_messages(messages), out, "messages (dev split)")
            except ImportError:
                err.write("coach is not available; messages not scored\n")
        return 0
    status = 0
    for path in paths:
        items = list(corpus.read_jsonl(Path(path)))
        if not items:
            err.write(f"{path}: no labelled items\n")
            status = 1
            continue
        if corpus.is_messages(items):
            report_messages(score_messages(items), out, path)
        else:
            report_moments(score_moments(items), out, path)
    return status


def _train(args: argparse.Namespace, out: TextIO) -> int:
    from reconnect.analysis import train

    model = train.main(
        data_dir=Path(args.data), out=Path(args.out), limit=args.limit, use_all=args.all
    )
    out.write(
        f"moments: trained on {model.settings.get('trained_on')} items, "
        f"{model.featurizer.size} features; wrote {Path(args.out).with_suffix('.npz')}\n"
    )
    if args.skip_coach:
        return 0
    try:
        from reconnect.analysis.coach_model import train_coach
    except ImportError:
        out.write("coach: not available, skipped\n")
        return 0
    messages = Path(args.data) / "messages"
    paths = sorted(messages.glob("*.jsonl"))
    if not paths:
        out.write(f"coach: no drafts under {messages}, skipped\n")
        return 0
    out_dir = Path(args.out).parent
    train_coach(paths, out_dir=out_dir, include_dev=args.all)
    out.write(f"coach: trained on {len(paths)} files; wrote models under {out_dir}\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    from reconnect.analysis.corpus import DATA_DIR

    parser = argparse.ArgumentParser(prog="reconnect")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_ in (
        ("analyze", "find exits, effects, steps and safety signals"),
        ("coach", "check the tone of a draft message to your partner"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument("text", nargs="?", help="the text (omit with --jsonl)")
        p.add_argument("--jsonl", action="store_true", help="read JSON Lines from stdin")
    p = sub.add_parser("eval", help="score against labelled JSONL (default: the dev split)")
    p.add_argument("paths", nargs="*")
    p = sub.add_parser("train", help="rebuild the model artifacts from data/")
    p.add_argument("--data", default=str(DATA_DIR))
    p.add_argument("--out", default=None)
    p.add_argument("--limit", type=int, default=None, help="train on the first N items only")
    p.add_argument("--all", action="store_true", help="train on train and dev splits")
    p.add_argument("--skip-coach", action="store_true", help="train the moments models only")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    stdin, stdout, stderr = sys.stdin, sys.stdout, sys.stderr
    if args.command in ("analyze", "coach"):
        fn = _analyzer() if args.command == "analyze" else _coacher()
        if args.jsonl:
            return _run_jsonl(fn, stdin, stdout, stderr)
        text = args.text if args.text is not None else stdin.read()
        if args.command == "analyze":
            _print_analysis(text, stdout)
        else:
            _print_coaching(text, stdout)
        return 0
    if args.command == "eval":
        return _eval(args.paths, stdout, stderr)
    if args.out is None:
        from reconnect.analysis.engine import MODEL_PATH

        args.out = str(MODEL_PATH)
    return _train(args, stdout)


if __name__ == "__main__":
    raise SystemExit(main())
