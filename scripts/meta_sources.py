#!/usr/bin/env python3
"""How often each metadata source is right: title, byline and date by where
they came from (the JSON output's `sources`), on each half of
../shared/corpus/wcxb, compared as `../shared/eval/meta.py` compares them.

For every source that gave a field: pages right (exact), pages wrong where
the gold has a value, and pages where the gold has none (a byline or a date
given all the same), per half. A source that is wrong more often than right
on the tune half, and on the check half too, is worth a look; one that is
right on tune only is not evidence.

  python3 scripts/meta_sources.py [--bin target/release/dechaff] [--track html|text] [--field date]
"""
import argparse
import gzip
import json
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
sys.path.insert(0, str(SHARED / "eval"))
from meta import FIELDS, as_str  # noqa: E402
from wcxb import half  # noqa: E402

CORPUS = SHARED / "corpus" / "wcxb"


def page_bytes(page_id, track):
    if track == "html":
        return gzip.open(CORPUS / "html" / f"{page_id}.html.gz").read()
    return (CORPUS / "text" / f"{page_id}.txt").read_bytes()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/dechaff")
    ap.add_argument("--track", choices=("html", "text"), default="html")
    ap.add_argument("--field", choices=("title", "byline", "date"), help="one field only")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    gold = json.loads((CORPUS / "ground-truth.json").read_text())

    def clean(page_id):
        run = subprocess.run([args.bin, "--input", args.track, "-f", "json"], input=page_bytes(page_id, args.track), capture_output=True)
        return page_id, json.loads(run.stdout) if run.returncode == 0 else {}

    with ThreadPoolExecutor(args.jobs) as pool:
        ours = dict(pool.map(clean, sorted(gold)))
    for field, gold_field, match in FIELDS:
        if field not in ("title", "byline", "date") or args.field not in (None, field):
            continue
        # counts[source][half] = [right, wrong, gold has none]
        counts = defaultdict(lambda: {"tune": [0, 0, 0], "check": [0, 0, 0]})
        for page_id, record in ours.items():
            value = as_str(record.get(field)).strip()
            if not value:
                continue
            source = (record.get("sources") or {}).get(field) or "?"
            expected = as_str(gold[page_id].get(gold_field)).strip()
            cell = counts[source][half(gold[page_id].get("domain"))]
            if not expected or expected.lower() == "none":
                cell[2] += 1
            else:
                cell[0 if match(value, expected)[0] else 1] += 1
        print(f"{field} ({args.track}): source, then right / wrong / no gold on the tune half and on the check half")
        for source, by_half in sorted(counts.items(), key=lambda item: -sum(sum(cell) for cell in item[1].values())):
            cells = "   ".join(f"{half_name} {r:4} / {w:3} / {n:3}" for half_name, (r, w, n) in by_half.items())
            print(f"  {source:<36} {cells}")


if __name__ == "__main__":
    main()
