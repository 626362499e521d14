#!/usr/bin/env python3
"""What each classifier rule is worth: switch it off, score, compare.

For every rule that `dechaff --list-rules` prints (or only those named with
--rules), runs ../shared/eval/wcxb.py (tune and check halves) and
../shared/eval/aeb.py on aeb-dev with `--disable RULE`, and prints a
Markdown table of F1 with the rule switched off minus F1 with everything on.
A positive "worth" means the rule pays. Rules that act on one kind of page
only are not run on the other track, where their output is unchanged by
construction: container and hint rules (and title/h1) act on HTML only;
the text-only passes (main-run, grids, the text part of context) act on
text pages only.

  python3 scripts/ablate.py --bin target/release/dechaff > ABLATION.md
  python3 scripts/ablate.py --bin target/release/dechaff --rules tail/sign-off,grids
"""
import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent.parent / "shared" / "eval"

HTML_ONLY = ("container/", "hints/", "title/h1")
TEXT_ONLY = (
    "main-run/", "grids/", "tail/sign-off", "title/first-line", "context/byline-beside-date",
    "context/caption-group", "context/introduced-list", "context/broken-line", "context/headline-list",
)
HALF = re.compile(r"^\s+half (tune|check)\s+n=\d+\s+P=\S+\s+R=\S+\s+F1=(\d\.\d+)")
AEB_F1 = re.compile(r"F1=(\d\.\d+)")


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return out


def wcxb(binary, track, disable):
    cmd = [sys.executable, str(EVAL / "wcxb.py"), "--bin", binary, "--track", track]
    if disable:
        cmd.append(f"--args=--disable {disable}")
    halves = {}
    for line in run(cmd).splitlines():
        m = HALF.match(line)
        if m:
            halves[m.group(1)] = float(m.group(2))
    return halves["tune"], halves["check"]


def aeb(binary, track, disable):
    cmd = [sys.executable, str(EVAL / "aeb.py"), "--bin", binary, "--track", track]
    if disable:
        cmd.append(f"--args=--disable {disable}")
    return float(AEB_F1.search(run(cmd).splitlines()[0]).group(1))


def scores(binary, track, disable):
    """(wcxb tune, wcxb check, aeb-dev) F1 on one track."""
    tune, check = wcxb(binary, track, disable)
    return tune, check, aeb(binary, track, disable)


def applies(rule, track):
    if track == "text":
        return not rule.startswith(HTML_ONLY)
    return not rule.startswith(TEXT_ONLY)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/dechaff")
    ap.add_argument("--rules", help="comma-separated rules or passes (default: every rule)")
    a = ap.parse_args()
    listed = [line.split()[0] for line in run([a.bin, "--list-rules"]).splitlines()]
    rules = a.rules.split(",") if a.rules else listed
    base = {track: scores(a.bin, track, None) for track in ("html", "text")}
    print("Worth of each rule: F1 with everything on minus F1 with the rule off (positive: it pays).")
    print(f"Everything on: HTML tune {base['html'][0]:.3f}, check {base['html'][1]:.3f}, aeb-dev {base['html'][2]:.3f};"
          f" text tune {base['text'][0]:.3f}, check {base['text'][1]:.3f}, aeb-dev {base['text'][2]:.3f}.")
    print("`-` : the rule does not act on that track.\n")
    print("| rule | HTML tune | HTML check | HTML aeb | text tune | text check | text aeb |")
    print("|---|---|---|---|---|---|---|")
    for rule in rules:
        cells = []
        for track in ("html", "text"):
            if not applies(rule, track):
                cells += ["-"] * 3
                continue
            off = scores(a.bin, track, rule)
            cells += [f"{b - o:+.3f}" for b, o in zip(base[track], off)]
        print(f"| {rule} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
