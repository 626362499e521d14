#!/usr/bin/env python3
"""Score a corpus of text pages with ../shared/eval/wcxb.py, cleaned by one batch run of dechaff.

    python3 scripts/wcxb_batch.py --bin target/release/dechaff --corpus /tmp/variants/lynx --min-f1 0.80

`wcxb.py` starts the cleaner once a page (the page on standard input);
over the twelve renderings that CI scores that is some eighteen thousand
processes, each compiling the pattern tables before it reads its page. Here
dechaff cleans the corpus's `text/` directory in one process on every core
(`--format jsonl`: one record a file, in order) and `wcxb.py --pred` scores
the records, with the same metric and the same floors. Compared page by
page when this script was written, the outputs were the same on all twelve
corpora but one page of one: a page whose rendering is one JSON object on
one line (a Next.js page's data, as `textContent` writes a page with no
other text), which standard input reads as a JSON Lines record with no page
in it (an error, an empty output) and a `.txt` file as text. The main
tracks are still scored through standard input, the way the benchmark runs
a cleaner. Options other than `--bin` and `--corpus` go to `wcxb.py` as
they are. A page that gives an error record or no record fails the run:
`--pred` alone would score it as an empty output.
"""
import argparse, json, re, subprocess, sys, tempfile
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", default="target/release/dechaff")
    parser.add_argument("--corpus", required=True, type=Path, help="a directory with ground-truth.json and text/ID.txt")
    args, wcxb_args = parser.parse_known_args()
    gold = json.loads((args.corpus / "ground-truth.json").read_text(encoding="utf-8"))
    run = subprocess.run([args.bin, "--format", "jsonl", str(args.corpus / "text")], capture_output=True, text=True, encoding="utf-8", errors="replace", check=False)
    bodies, problems = {}, []
    for line in run.stdout.splitlines():
        record = json.loads(line)
        page_id = re.search(r"([^/\\]+)\.txt$", record["source"]).group(1)
        if record.get("error"):
            problems.append(f"{page_id}: {record['error']}")
        bodies[page_id] = {"articleBody": record.get("text") or ""}
    problems += [f"{page_id}: no record" for page_id in sorted(set(gold) - set(bodies))]
    if problems:
        sys.exit(f"{args.bin} on {args.corpus} (exit {run.returncode}): {len(problems)} pages failed\n"
                 + "\n".join(problems[:20]) + f"\n{run.stderr[-2000:]}")
    print(f"{args.bin} --format jsonl {args.corpus / 'text'}: {len(bodies)} pages, scored as")
    sys.stdout.flush()
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as pred:
        json.dump(bodies, pred, ensure_ascii=False)
        pred.flush()
        scored = subprocess.run([sys.executable, str(EVAL / "wcxb.py"), "--corpus", str(args.corpus),
                                 "--pred", pred.name, *wcxb_args], check=False)
    sys.exit(scored.returncode)


if __name__ == "__main__":
    main()
