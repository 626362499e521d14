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
import argparse, json, shutil, subprocess, tempfile
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
        "own-markdown": (["--format", "markdown", "--with-title"], "md"),
        "own-text": (["--with-title"], "txt"),
    }
    kinds = {kind: flags[kind] for kind in flags if kind in wanted}
    for kind in wanted:
        (args.out / kind / "text").mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / "ground-truth.json", args.out / kind / "ground-truth.json")

    # One batch run a kind, on every core: the same output as a run a page
    # with the page on standard input, without a process (and its tables'
    # compilation) a page. The batch writes ID.md or ID.txt; a page that
    # fails writes nothing and is written here empty, as its empty stdout was.
    for kind, (flags, ext) in kinds.items():
        with tempfile.TemporaryDirectory() as batch:
            subprocess.run([args.bin, *flags, "--output-dir", batch, str(CORPUS / "html")], capture_output=True, check=False)
            for page_id in gold:
                written = Path(batch) / f"{page_id}.{ext}"
                out = written.read_bytes() if written.exists() else b""
                (args.out / kind / "text" / f"{page_id}.txt").write_bytes(out)
    if "gold" in wanted:
        for page_id, page in gold.items():
            text = f"{page.get('title') or ''}\n\n{page.get('articleBody') or ''}\n"
            (args.out / "gold" / "text" / f"{page_id}.txt").write_text(text, encoding="utf-8")
    for kind in wanted:
        print(f"{args.out / kind}: {len(gold)} pages")


if __name__ == "__main__":
    main()
