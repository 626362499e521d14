#!/usr/bin/env python3
"""Score the title and page type dechaff gives on the text track of
../shared/corpus/wcxb (its pages as extracted text), by half, with the
comparison `../shared/eval/meta.py` uses for HTML (which runs HTML only).

  python3 scripts/text_meta.py [--bin target/release/dechaff]
"""
import argparse, json, re, subprocess, sys
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from meta import norm  # noqa: E402
from wcxb import half  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/dechaff")
    args = ap.parse_args()
    corpus = SHARED / "corpus" / "wcxb"
    gold = json.loads((corpus / "ground-truth.json").read_text())
    out = subprocess.run([args.bin, "--input", "text", "-f", "jsonl", str(corpus / "text")], capture_output=True, text=True, check=True).stdout
    ours = {}
    for line in out.splitlines():
        record = json.loads(line)
        ours[re.search(r"(\d+)\.txt$", record["source"]).group(1)] = record
    for name in ("all", "tune", "check"):
        ids = [k for k in gold if name == "all" or half(gold[k].get("domain") or "") == name]
        titled = [k for k in ids if gold[k].get("title")]
        title = sum(norm(ours[k].get("title") or "") == norm(gold[k]["title"]) for k in titled) / len(titled)
        page_type = sum(ours[k].get("page_type") == gold[k]["page_type"] for k in ids) / len(ids)
        print(f"{name:6} pages={len(ids):5}  title exact {100 * title:5.1f}%  page type {100 * page_type:5.1f}%")


if __name__ == "__main__":
    main()
