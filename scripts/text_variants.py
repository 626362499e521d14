#!/usr/bin/env python3
"""Render wcxb's pages as other tools write a page's text, to measure the text track on them.

    python3 scripts/text_variants.py /tmp/variants
    python3 ../shared/eval/wcxb.py --track text --corpus /tmp/variants/wrap78

writes, under the directory given, one corpus per rendering, each with the
benchmark's `ground-truth.json` and `text/ID.txt`:

  no-blank   the html-text rendering without its blank lines (one line per block)
  wrap78     the html-text rendering wrapped at 78 columns (Python's textwrap)
  wrap60     the same at 60 columns
  markdown   the whole page as Markdown, menus and all, as html2text writes it:
             links as [text](href), images as ![alt](src), headings as #,
             items as *, bold as **, italics as _ (a plain html.parser walk)
  markdown-setext the same with its first two levels of headings underlined
             (`===`, `---`), as markdownify writes them by default
  markdown78 the same wrapped at 78 columns, as html2text wraps by default
             (words not broken, nor at their hyphens: a link's address stays
             whole on a line of its own)
  text-nodes every text node on a line of its own, as a scraper's
             BeautifulSoup(html).get_text("\n", strip=True) writes a page:
             a sentence with a link or a bold word in it is cut into lines
  run-together every text node as it is, with nothing between them, as
             BeautifulSoup(html).get_text() (or a browser's textContent)
             writes a page: where the HTML has no line breaks, its blocks
             run together on one line ("HomeNewsSport...")
  text-content the same, but of the body alone and with its scripts' and
             styles' text, as a browser's document.body.textContent or
             cheerio's $("body").text() writes it
  one-line   every text node, stripped, parted by a space: the whole page on
             one line, as BeautifulSoup(html).get_text(" ", strip=True)
             writes it
  lynx       the whole page as `lynx -dump` writes it: each link's number
             before its words ("[12]Home"), paragraphs indented three columns
             and wrapped at 79, items bulleted * then + by depth, the main
             headline centred, and at the foot "References" and the links'
             addresses, numbered and resolved against the page's address
"""
import functools, gzip, json, multiprocessing, re, shutil, sys, textwrap
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "wcxb"
GROUND_TRUTH = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))

# Elements that start a paragraph, and those that start a line; all of
# them, and `<main>` and `<hr>`, end one, an item or a row ends a line.
PARAGRAPHS = {"p", "div", "section", "article", "header", "footer", "nav", "aside", "ul", "ol",
              "table", "form", "blockquote", "figure", "dl", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
LINES = {"li", "tr", "br", "dt", "dd", "figcaption"}
ENDS = PARAGRAPHS | LINES | {"main", "hr"}
# Elements whose text no reader sees.
# (`<noscript>` is seen: neither html2text nor a terminal browser runs
# scripts, so both print what a page serves to readers without them, a
# forum's whole thread on some platforms.)
UNSEEN = {"script", "style", "template", "svg", "head", "iframe", "select", "option", "button"}
# Elements with no end tag.
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}


class Parse(HTMLParser):
    """A page's parse, kept as the calls a walk gets: each page is parsed
    once, and each rendering's walk is given the same calls in turn."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.calls = []

    def handle_starttag(self, tag, attrs):
        self.calls.append(("handle_starttag", (tag, attrs)))

    def handle_endtag(self, tag):
        self.calls.append(("handle_endtag", (tag,)))

    def handle_data(self, data):
        self.calls.append(("handle_data", (data,)))


class Visible:
    """A walk over what a reader sees: the text inside `UNSEEN` elements
    (the class's own, which a renderer may set otherwise) is not.

    It keeps the open elements as a browser's parser does where a page
    leaves an end tag out: an end tag closes the elements opened inside
    its element, a `<body>` closes the `<head>`. (Counting unseen
    elements in and out instead, an `<option>` or a `<button>` left
    unclosed hid the rest of the page.)"""

    UNSEEN = UNSEEN

    def __init__(self):
        # Open elements, and where in them each unseen one opened.
        self.open, self.unseen_at = [], []

    @property
    def unseen(self):
        return bool(self.unseen_at)

    def close_from(self, depth):
        """Closes the open elements from `depth` up."""
        del self.open[depth:]
        while self.unseen_at and self.unseen_at[-1] >= depth:
            self.unseen_at.pop()

    def sees_start(self, tag):
        """Opens `tag`; whether the walk sees its start."""
        if tag == "body" and "head" in self.open:
            self.close_from(self.open.index("head"))
        if tag not in VOID:
            if tag in self.UNSEEN:
                self.unseen_at.append(len(self.open))
            self.open.append(tag)
        return not self.unseen

    def sees_end(self, tag):
        """Closes `tag` and what opened inside it; whether the walk sees its end."""
        if tag not in self.open:
            return not self.unseen and tag not in self.UNSEEN
        depth = len(self.open) - 1 - self.open[::-1].index(tag)
        inside_unseen = any(at <= depth for at in self.unseen_at)
        self.close_from(depth)
        return not inside_unseen


# Marks a line of code's indent while the Markdown's lines are stripped.
CODE_INDENT = "\x00"


class Markdown(Visible):
    """A page's whole text as Markdown."""

    # html2text leaves out the head, styles and scripts alone: a button's
    # words, a menu's options and an icon's title are in its Markdown.
    UNSEEN = {"head", "style", "script"}

    def __init__(self, setext=False):
        super().__init__()
        self.out, self.links = [], []
        # Underline headings of the first two levels (setext) instead of marking them with #.
        self.setext, self.heading_start = setext, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if not self.sees_start(tag):
            return
        if tag == "pre":
            self.out.append("\n\n" + CODE_INDENT)
        elif tag in PARAGRAPHS:
            self.out.append("\n\n")
            if self.setext and tag in ("h1", "h2"):
                self.heading_start = len(self.out)
            elif tag[0] == "h" and tag[1:].isdigit():
                self.out.append("#" * int(tag[1:]) + " ")
        elif tag in LINES:
            self.out.append("\n" + ("* " if tag == "li" else ""))
        elif tag == "a":
            self.links.append(attrs.get("href") or "")
            self.out.append("[")
        elif tag == "img" and attrs.get("src"):
            self.out.append("![%s](%s)" % (attrs.get("alt") or "", attrs["src"]))
        elif tag in ("strong", "b"):
            self.out.append("**")
        elif tag in ("em", "i"):
            self.out.append("_")

    def handle_endtag(self, tag):
        if not self.sees_end(tag):
            return
        if tag == "a" and self.links:
            self.out.append("](%s)" % self.links.pop())
        elif tag in ("strong", "b"):
            self.out.append("**")
        elif tag in ("em", "i"):
            self.out.append("_")
        elif tag in ENDS:
            if tag in ("h1", "h2") and self.heading_start is not None:
                heading = re.sub(r"\s+", " ", "".join(self.out[self.heading_start:])).strip()
                if heading:
                    self.out.append("\n" + ("=" if tag == "h1" else "-") * max(3, len(heading)))
                self.heading_start = None
            self.out.append("\n" if tag in ("li", "tr", "dt", "dd") else "\n\n")

    def handle_data(self, data):
        if self.unseen:
            return
        # Inside a `<pre>` (an open element, closed with what holds it), lines
        # are kept as they are and indented four columns, as html2text writes
        # a block of code (`CODE_INDENT` marks the indent until lines are stripped).
        if "pre" in self.open:
            self.out.append(data.replace("\r\n", "\n").replace("\n", "\n" + CODE_INDENT))
        else:
            self.out.append(re.sub(r"\s+", " ", data))

    def text(self):
        # Links with no words go; an image with no alt text keeps its
        # `![](src)` whole, as html2text writes it (taking its brackets out
        # left a "!" that made the link after it read as an image).
        text = re.sub(r"(?<!!)\[\s*\]\([^)]*\)", "", "".join(self.out))
        text = "\n".join(line.strip().replace(CODE_INDENT, "    ").rstrip() for line in text.split("\n"))
        return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


class Dump(Visible):
    """A page's whole text as a terminal browser's dump (`lynx -dump`) writes it."""

    WIDTH = 79

    def __init__(self, address):
        super().__init__()
        self.address, self.blocks, self.words, self.depth, self.kind = address, [], [], 0, "p"
        self.addresses = []

    def end_block(self, next_kind="p"):
        text = re.sub(r"\s+", " ", "".join(self.words)).strip()
        if text:
            self.blocks.append((self.kind, self.depth, text))
        self.words, self.kind = [], next_kind

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if not self.sees_start(tag):
            return
        if tag in ("ul", "ol"):
            self.end_block()
            self.depth += 1
        elif tag in PARAGRAPHS or tag in LINES:
            self.end_block("li" if tag == "li" else tag if tag == "h1" else "p")
        elif tag == "a" and attrs.get("href"):
            # (A browser takes tabs and line breaks out of an address.)
            self.addresses.append(urljoin(self.address, re.sub(r"[\t\n\r]", "", attrs["href"]).strip()))
            self.words.append("[%d]" % len(self.addresses))
        elif tag == "img" and attrs.get("alt"):
            self.words.append("[%s]" % attrs["alt"])

    def handle_endtag(self, tag):
        if self.sees_end(tag) and tag in ENDS:
            self.end_block()
            if tag in ("ul", "ol"):
                self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if not self.unseen:
            self.words.append(data)

    def text(self):
        self.end_block()
        out, previous = [], None
        for kind, depth, text in self.blocks:
            indent = " " * (3 + 2 * depth)
            wrap = lambda first, rest: textwrap.wrap(text, self.WIDTH, initial_indent=first, subsequent_indent=rest,
                                                     break_long_words=False, break_on_hyphens=False)
            if kind == "h1":
                lines = [line.center(self.WIDTH).rstrip() for line in wrap("", "")]
            elif kind == "li":
                lines = wrap(indent + "*+o#@-"[min(depth, 6) - 1 if depth else 0] + " ", indent + "  ")
            else:
                lines = wrap(indent, indent)
            # Items follow one another line by line; anything else has a blank line above it.
            out.append(("\n" if kind == previous == "li" else "\n\n") + "\n".join(lines))
            previous = kind
        references = "".join("\n%4d. %s" % (n, address) for n, address in enumerate(self.addresses, 1))
        return "".join(out) + ("\n\nReferences\n" + references if references else "") + "\n"


class TextNodes:
    """A page's text nodes, one a line, as BeautifulSoup's get_text("\\n", strip=True) gives them;
    or, `as_is`, as they are with nothing between; or, `body_all`, the body's all, scripts too."""

    SKIPPED = {"script", "style", "template"}

    def __init__(self, as_is=False, body_all=False):
        self.lines, self.skipped, self.as_is, self.body_all, self.in_body = [], 0, as_is or body_all, body_all, False

    def handle_starttag(self, tag, attrs):
        self.skipped += tag in self.SKIPPED and not self.body_all
        self.in_body |= tag == "body"

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipped = max(0, self.skipped - 1)

    def handle_data(self, data):
        if self.body_all:
            if self.in_body:
                self.lines.append(data)
        elif not self.skipped and (self.as_is or data.strip()):
            self.lines.append(data if self.as_is else data.strip())


@functools.lru_cache(maxsize=1)
def parse(key):
    """Page `key`'s parse, whole. `close` makes the parser read what it held
    back waiting for the end of a construct (a stray `<![CDATA[` in a
    forum's markup holds the rest of the page), as html2text and
    BeautifulSoup do. (Kept for the page's next rendering: each page is
    rendered every way in turn.)"""
    parser = Parse()
    parser.feed(gzip.open(CORPUS / "html" / f"{key}.html.gz").read().decode("utf-8", "replace"))
    parser.close()
    return parser.calls


def feed(walk, key):
    """Gives page `key`'s parse to `walk` (a rendering's walk: `Visible`'s
    or `TextNodes`), call by call, as `HTMLParser` calls its handlers."""
    for handler, args in parse(key):
        getattr(walk, handler)(*args)


# The renderings of a page are written one after another, and two pairs
# start from the same walk (`markdown78` wraps `markdown`; `one-line` joins
# `text-nodes`): the last walks are kept, not walked again.
@functools.lru_cache(maxsize=4)
def text_nodes(key, as_is=False, body_all=False):
    walk = TextNodes(as_is, body_all)
    feed(walk, key)
    return "".join(walk.lines) if walk.as_is else "\n".join(walk.lines) + "\n"


def wrapped(text, width, whole_words=False):
    wrap = lambda line: textwrap.wrap(line, width, break_long_words=not whole_words, break_on_hyphens=not whole_words)
    return "\n".join(part for line in text.split("\n") for part in (wrap(line) if len(line) > width else [line]))


def dump(key):
    walk = Dump(GROUND_TRUTH[key].get("url") or "http://localhost/")
    feed(walk, key)
    return walk.text()


@functools.lru_cache(maxsize=4)
def markdown(key, setext=False):
    walk = Markdown(setext)
    feed(walk, key)
    return walk.text()


RENDERINGS = {
    "no-blank": lambda key: re.sub(r"\n\s*\n+", "\n", (CORPUS / "text" / f"{key}.txt").read_text()),
    "wrap78": lambda key: wrapped((CORPUS / "text" / f"{key}.txt").read_text(), 78),
    "wrap60": lambda key: wrapped((CORPUS / "text" / f"{key}.txt").read_text(), 60),
    "markdown": lambda key: markdown(key),
    "markdown-setext": lambda key: markdown(key, setext=True),
    "markdown78": lambda key: wrapped(markdown(key), 78, whole_words=True),
    "text-nodes": text_nodes,
    "run-together": lambda key: text_nodes(key, as_is=True),
    "text-content": lambda key: text_nodes(key, body_all=True),
    "one-line": lambda key: text_nodes(key).replace("\n", " ").rstrip() + "\n",
    "lynx": dump,
}


def render_page(out, key):
    """Writes page `key` in every rendering under `out`."""
    for name, render in RENDERINGS.items():
        (out / name / "text" / f"{key}.txt").write_text(render(key))


def main():
    out = Path(sys.argv[1])
    keys = sorted(path.name.split(".")[0] for path in (CORPUS / "html").glob("*.html.gz"))
    for name in RENDERINGS:
        (out / name / "text").mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / "ground-truth.json", out / name / "ground-truth.json")
    # One process per core (forked: each has the tables above already):
    # rendering is pure Python, and CI waits for it (3.3 min against 5.9 on
    # 2 cores; 1.4 min since each page is parsed once for its eleven renderings).
    with multiprocessing.get_context("fork").Pool() as pool:
        pool.map(functools.partial(render_page, out), keys, chunksize=16)
    for name in RENDERINGS:
        print(f"{out / name}: {len(keys)} pages")


if __name__ == "__main__":
    main()
