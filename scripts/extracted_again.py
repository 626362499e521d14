#!/usr/bin/env python3
"""Write wcxb's pages as text that was extracted already, to measure how much of it a cleaner gives back.

    cargo build --release
    python3 scripts/extracted_again.py /tmp/again
    python3 ../shared/eval/wcxb.py --track text --corpus /tmp/again/own-markdown

writes, under the directory given, one corpus per kind of extracted text,
each with the benchmark's `ground-truth.json` and `text/ID.txt`:

  own-markdown  dechaff's own `--format markdown --with-title` output of the page's HTML
  own-text      dechaff's own `--with-title` text output of the page's HTML
  gold          the gold itself: the gold title, a blank line, the gold text

A cleaner given text that a tool extracted should give it back: the
first two score at most what dechaff scored on the HTML, the last 1.0.
`--bin PATH` names another binary than target/release/dechaff; `--kinds
own-markdown,gold` writes only those.
"""
import argparse, gzip, json, shutil, subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "corpus" / "wcxb"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--bin", default=str(REPO / "target" / "release" / "dechaff"))
    parser.add_argument("--kinds", default="own-markdown,own-text,gold")
    args = parser.parse_args()
    wanted = args.kinds.split(",")
    gold = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    flags = {
        "own-markdown": ["--format", "markdown", "--with-title"],
        "own-text": ["--with-title"],
    }
    kinds = {kind: flags[kind] for kind in flags if kind in wanted}
    for kind in wanted:
        (args.out / kind / "text").mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / "ground-truth.json", args.out / kind / "ground-truth.json")

    def write(page_id):
        html = gzip.decompress((CORPUS / "html" / f"{page_id}.html.gz").read_bytes())
        for kind, flags in kinds.items():
            out = subprocess.run([args.bin, *flags], input=html, capture_output=True, check=False).stdout
            (args.out / kind / "text" / f"{page_id}.txt").write_bytes(out)
        if "gold" in wanted:
            page = gold[page_id]
            text = f"{page.get('title') or ''}\n\n{page.get('articleBody') or ''}\n"
            (args.out / "gold" / "text" / f"{page_id}.txt").write_text(text, encoding="utf-8")

    with ThreadPoolExecutor(2) as pool:
        list(pool.map(write, sorted(gold)))
    for kind in wanted:
        print(f"{args.out / kind}: {len(gold)} pages")


if __name__ == "__main__":
    main()
