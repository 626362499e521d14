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
  gold-html     the gold as a clean HTML page (`html/ID.html.gz`, for the HTML
                track): the title as `<title>` and `<h1>`, each paragraph a
                `<p>` (its lines parted by `<br>`), no menu, no footer

A cleaner given text that a tool extracted should give it back: the
first two score at most what dechaff scored on the HTML, the last two 1.0.
`--bin PATH` names another binary than target/release/dechaff; `--kinds
own-markdown,gold` writes only those.
"""
import argparse, gzip, html, json, shutil, subprocess, tempfile
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
        (args.out / kind / ("html" if kind == "gold-html" else "text")).mkdir(parents=True, exist_ok=True)
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
    if "gold-html" in wanted:
        for page_id, page in gold.items():
            (args.out / "gold-html" / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(clean_html(page).encode("utf-8"), mtime=0))
    for kind in wanted:
        print(f"{args.out / kind}: {len(gold)} pages")


def clean_html(page):
    """The gold page as an HTML page with nothing but its title and text: what a CMS's export or a reader view gives."""
    title = html.escape(page.get("title") or "")
    paragraphs = [p for p in (page.get("articleBody") or "").split("\n\n") if p.strip()]
    body = "\n".join("<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n<body><article><h1>{title}</h1>\n{body}\n</article></body></html>\n'


if __name__ == "__main__":
    main()
