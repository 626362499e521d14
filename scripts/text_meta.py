#!/usr/bin/env python3
"""Score the metadata dechaff gives on the text track of
../shared/corpus/wcxb (its pages as extracted text): title, byline, date
and page type, by half, each compared as `../shared/eval/meta.py` compares
it for HTML (which runs HTML pages only).

  python3 scripts/text_meta.py [--bin target/release/dechaff]
  python3 scripts/text_meta.py --min title=65,byline=40   # exit 1 below (exact %, all pages)
  python3 scripts/text_meta.py --corpus /tmp/variants/lynx  # a rendering of scripts/text_variants.py
"""
import argparse, json, re, subprocess, sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from meta import FIELDS, as_str  # noqa: E402
from wcxb import half  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/dechaff")
    ap.add_argument("--min", default="", help="floors in exact %% over all pages, e.g. title=65,byline=40")
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "wcxb"), help="a directory with ground-truth.json and text/")
    args = ap.parse_args()
    floors = {field: float(floor) for field, floor in (pair.split("=") for pair in filter(None, args.min.split(",")))}
    failed = []
    corpus = Path(args.corpus)
    gold = json.loads((corpus / "ground-truth.json").read_text())
    out = subprocess.run([args.bin, "--input", "text", "-f", "jsonl", str(corpus / "text")], capture_output=True, text=True, check=True).stdout
    ours = {}
    for line in out.splitlines():
        record = json.loads(line)
        ours[re.search(r"(\d+)\.txt$", record["source"]).group(1)] = record
    print(f"{args.bin} metadata on the text track of {corpus.name}: exact % (pages with gold)")
    print(f"  {'half':<6}" + "".join(f"{field:>16}" for field, _, _ in FIELDS))
    for name in ("all", "tune", "check"):
        ids = [k for k in gold if name == "all" or half(gold[k].get("domain")) == name]
        cells = []
        for field, gold_field, match in FIELDS:
            pairs = [(as_str(ours[k].get(field)).strip(), as_str(gold[k].get(gold_field)).strip()) for k in ids]
            pairs = [(p, g) for p, g in pairs if g and g.lower() != "none"]
            exact = sum(bool(p) and match(p, g)[0] for p, g in pairs)
            score = 100 * exact / len(pairs)
            cells.append(f"{score:6.1f} ({len(pairs):4})")
            if name == "all" and field in floors and score < floors[field]:
                failed.append(f"{field} {score:.1f}% < {floors[field]}%")
        print(f"  {name:<6}" + "".join(f"{cell:>16}" for cell in cells))
    if failed:
        print("FAIL: " + "; ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
