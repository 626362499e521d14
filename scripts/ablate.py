#!/usr/bin/env python3
"""What each classifier rule is worth: switch it off, score, compare.

For every classifier rule that `dechaff --list-rules` prints (or only the
rules and passes named with --rules; `meta/` rules change no text, and
--meta measures them), cleans ../shared/corpus/wcxb and aeb-dev on both
tracks with `--disable RULE`, scores the outputs with ../shared/eval/wcxb.py
(tune and check halves) and ../shared/eval/aeb.py, and prints a Markdown
table of F1 with everything on minus F1 with the rule off: a positive worth
means the rule pays.

Each corpus and track is cleaned in one batch run (`--input jsonl`): the same
outputs as one run per page, in a fifth of the time. A page of the text
track is read as text there, as `--input text` would; the scorers' stdin
runs sniff it, and `auto` can differ on a text that quotes markup.

Rules that act on one kind of page only are not run on the other track,
where their output is unchanged by construction: container and hint rules
(and title/h1) act on HTML only; main-run, grids' body gaps and card
grids, tail/sign-off, the text part of context and title/first-line on text
pages only.

  python3 scripts/ablate.py --bin target/release/dechaff > ABLATION.md
  python3 scripts/ablate.py --rules tail/sign-off,grids
  python3 scripts/ablate.py --by-type      # each rule's worth per page type, wcxb only
  python3 scripts/ablate.py --meta         # each meta/ rule's worth in metadata fields

With --by-type the table gives, for each rule, track and gold page type
where it moves anything, the type's mean F1 with everything on minus with the
rule off, on each half: a rule that pays overall may cost one type, and
a gain on one type's tune pages shows whether the check half shares it.

With --meta the table gives, for each `meta/` rule (they change metadata,
not text, so their F1 rows read zero), each field it moves (title, byline,
date, page type), in points of `../shared/eval/meta.py`'s exact match, on
each half of wcxb, HTML and text: on with minus off. Rows `byline given`
and `date given` count, on the pages whose gold has no author or no date,
the values given all the same (a menu's "Contact Us" as the author), which
meta.py does not score: there the worth is off minus on, so that a rule that
gives fewer such values pays.
"""
import argparse
import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
CORPORA = {"wcxb": SHARED / "corpus" / "wcxb", "aeb": SHARED / "corpus" / "aeb-dev"}

HTML_ONLY = ("container/", "hints/", "title/h1")
TEXT_ONLY = (
    "main-run/", "grids/body-gaps", "grids/card-grid", "tail/sign-off", "title/first-line", "context/byline-beside-date",
    "context/caption-group", "context/introduced-list", "context/broken-line", "context/headline-list",
    "title/headline-line",
)
sys.path.insert(0, str(SHARED / "eval"))
import aeb  # noqa: E402  (the benchmarks' own metrics, from ../shared/eval)
import meta  # noqa: E402
import wcxb  # noqa: E402


def pages_jsonl(corpus, track, path):
    """Writes the corpus's pages as JSON Lines records {id, html|text}."""
    ids = sorted(json.loads((CORPORA[corpus] / "ground-truth.json").read_text()))
    with open(path, "w") as out:
        for page in ids:
            if track == "html":
                raw = gzip.decompress((CORPORA[corpus] / "html" / f"{page}.html.gz").read_bytes())
            else:
                raw = (CORPORA[corpus] / "text" / f"{page}.txt").read_bytes()
            out.write(json.dumps({"id": page, track: raw.decode("utf-8", "replace")}) + "\n")


def records(binary, pages, disable):
    """Cleans every page in one batch run: {id: its output record}."""
    cmd = [binary, "--input", "jsonl", "-f", "jsonl", str(pages)]
    if disable:
        cmd += ["--disable", disable]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return {record["id"]: record for record in map(json.loads, out.splitlines())}


def clean(binary, pages, disable):
    """Cleans every page in one batch run: {id: text}."""
    return {page: record.get("text") or "" for page, record in records(binary, pages, disable).items()}


def meta_scores(outputs):
    """{(field, half): %} on wcxb: on the pages with a gold value, the exact
    matches as ../shared/eval/meta.py scores them; on the pages without one
    (field `NAME given`: no author, no date), the values we give all the same,
    which meta.py does not see and a user does ("Contact Us" as the author)."""
    gold = json.loads((CORPORA["wcxb"] / "ground-truth.json").read_text())
    counts = {}
    for page, g in gold.items():
        for field, gold_field, match in meta.FIELDS:
            truth = meta.as_str(g.get(gold_field)).strip()
            ours = meta.as_str(outputs.get(page, {}).get(field)).strip()
            if not truth or truth.lower() == "none":
                key, hit = (f"{field} given", wcxb.half(g.get("domain"))), bool(ours)
            else:
                key, hit = (field, wcxb.half(g.get("domain"))), bool(ours) and match(ours, truth)[0]
            hits, total = counts.get(key, (0, 0))
            counts[key] = (hits + hit, total + 1)
    return {key: 100.0 * hits / total for key, (hits, total) in counts.items()}


def by_field(binary, work, rules):
    """Prints each metadata rule's worth per field, track and half."""
    print("| rule | field | HTML tune | HTML check | text tune | text check |")
    print("|---|---|---|---|---|---|")
    base = {track: meta_scores(records(binary, work / f"wcxb-{track}.jsonl", None)) for track in ("html", "text")}
    fields = sorted({field for field, _ in base["html"]})
    for rule in filter(lambda rule: rule.startswith("meta/"), rules):
        off = {track: meta_scores(records(binary, work / f"wcxb-{track}.jsonl", rule)) for track in ("html", "text")}
        for field in fields:
            # Exact matches pay when they rise; values given where the gold has none, when they fall.
            sign = -1 if field.endswith(" given") else 1
            # (Adding 0.0 turns a -0.0 into 0.0.)
            worth = [sign * (base[t].get((field, h), 0) - off[t].get((field, h), 0)) + 0.0 for t in ("html", "text") for h in ("tune", "check")]
            if any(abs(w) >= 0.05 for w in worth):
                print(f"| {rule} | {field} | " + " | ".join(f"{w:+.1f}" for w in worth) + " |", flush=True)


def score(corpus, preds):
    """[tune F1, check F1] on wcxb (its word metric, averaged per half); [F1] on aeb-dev (its shingle metric)."""
    gold = json.loads((CORPORA[corpus] / "ground-truth.json").read_text())
    if corpus == "wcxb":
        halves = {"tune": [], "check": []}
        for page, g in gold.items():
            halves[wcxb.half(g.get("domain"))].append(wcxb.word_prf(preds.get(page, ""), g["articleBody"])[2])
        return [sum(halves[h]) / len(halves[h]) for h in ("tune", "check")]
    rows = [aeb.doc_counts(g["articleBody"], preds.get(page, "")) for page, g in gold.items()]
    return [aeb.aggregate(rows)["f1"]]


def score_by_type(preds):
    """{(page type, half): mean word F1} on wcxb."""
    gold = json.loads((CORPORA["wcxb"] / "ground-truth.json").read_text())
    groups = {}
    for page, g in gold.items():
        key = (g["page_type"], wcxb.half(g.get("domain")))
        groups.setdefault(key, []).append(wcxb.word_prf(preds.get(page, ""), g["articleBody"])[2])
    return {key: sum(f1s) / len(f1s) for key, f1s in groups.items()}


def by_type(binary, work, rules):
    """Prints each rule's worth per track and page type, tune and check."""
    print("| rule | track | page type | tune | check |")
    print("|---|---|---|---|---|")
    for track in ("html", "text"):
        base = score_by_type(clean(binary, work / f"wcxb-{track}.jsonl", None))
        for rule in filter(lambda rule: applies(rule, track), rules):
            off = score_by_type(clean(binary, work / f"wcxb-{track}.jsonl", rule))
            for page_type in sorted({t for t, _ in base}):
                worth = [base[(page_type, h)] - off[(page_type, h)] for h in ("tune", "check")]
                if any(abs(w) >= 0.00005 for w in worth):
                    print(f"| {rule} | {track} | {page_type} | {worth[0]:+.4f} | {worth[1]:+.4f} |", flush=True)


def applies(rule, track):
    if track == "text":
        return not rule.startswith(HTML_ONLY)
    return not rule.startswith(TEXT_ONLY)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/dechaff")
    ap.add_argument("--rules", help="comma-separated rules or passes (default: every rule)")
    ap.add_argument("--by-type", action="store_true", help="each rule's worth per page type on wcxb, instead of the table of totals")
    ap.add_argument("--meta", action="store_true", help="each meta/ rule's worth in metadata fields on wcxb, instead of the table of totals")
    a = ap.parse_args()
    listed = [line.split()[0] for line in subprocess.run([a.bin, "--list-rules"], capture_output=True, text=True, check=True).stdout.splitlines()]
    # `meta/` rules change metadata, never the text: their F1 rows would read zero, so only --meta measures them unless named.
    rules = a.rules.split(",") if a.rules else [rule for rule in listed if a.meta or not rule.startswith("meta/")]
    work = Path(tempfile.mkdtemp(prefix="dechaff-ablate-"))
    runs = [(corpus, track) for track in ("html", "text") for corpus in ("wcxb", "aeb")]
    for corpus, track in runs:
        pages_jsonl(corpus, track, work / f"{corpus}-{track}.jsonl")
    if a.by_type:
        by_type(a.bin, work, rules)
        return
    if a.meta:
        by_field(a.bin, work, rules)
        return

    def figures(track, disable):
        """wcxb tune, wcxb check, aeb-dev F1 on one track."""
        result = []
        for corpus in ("wcxb", "aeb"):
            result += score(corpus, clean(a.bin, work / f"{corpus}-{track}.jsonl", disable))
        return result

    base = {track: figures(track, None) for track in ("html", "text")}
    print("Worth of each rule: F1 with everything on minus F1 with the rule off (positive: it pays).")
    print(f"Everything on: HTML wcxb tune {base['html'][0]:.4f}, check {base['html'][1]:.4f}, aeb-dev {base['html'][2]:.4f};"
          f" text wcxb tune {base['text'][0]:.4f}, check {base['text'][1]:.4f}, aeb-dev {base['text'][2]:.4f}.")
    print("`-`: the rule does not act on that track.\n")
    print("| rule | HTML tune | HTML check | HTML aeb | text tune | text check | text aeb |")
    print("|---|---|---|---|---|---|---|")
    for rule in rules:
        cells = []
        for track in ("html", "text"):
            if not applies(rule, track):
                cells += ["-"] * 3
                continue
            cells += [f"{b - o:+.4f}" for b, o in zip(base[track], figures(track, rule))]
        print(f"| {rule} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
