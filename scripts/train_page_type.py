#!/usr/bin/env python3
"""Train the page-type models on the tune half of ../shared/corpus/wcxb and
write their weights to src/meta/page_type_model.rs.

Each model is a multinomial logistic regression (softmax) over the inputs that
`examples/page_type_inputs.rs` prints for each page: the type the rules give,
the shape of what the classifier kept, the title and the URL's slug. One is
trained on the HTML pages, one on the same pages as extracted text (the text
track: no markup, no URL). They learn from the tune half only; the check
half's accuracy, printed at the end, says whether they generalise.

    cargo build --release --example page_type_inputs
    python3 scripts/train_page_type.py          # then rebuild, and measure with meta.py (HTML)
    python3 scripts/train_page_type.py --tracks text   # the text model alone; the HTML weights stay

Retraining one model leaves the other's weights as the file has them: a
change to what text pages feed the model need not move the HTML model,
whose figures would shift by a page or two on each half with every retrain.
To add an input, name it in `INPUTS` (before the declared types, in the
order `page_type::model_input` fills them) and give it a 0.0 weight in each
row of both models, so that the crate builds and types every page as
before; then retrain the models that should read it.

Plain Python, no libraries: full-batch gradient descent from zero weights,
so the same corpus gives the same weights on any machine.
"""

import argparse, json, math, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TYPES = ["article", "forum", "product", "collection", "listing", "documentation", "service"]
OUT = os.path.join(ROOT, "src", "meta", "page_type_model.rs")


def read_inputs(binary, corpus, ids, track="html"):
    """The model's input names, and each page's inputs, on the HTML or the text track."""
    if track == "text":
        args = ["--text", *(os.path.join(corpus, "text", f"{i}.txt") for i in ids)]
    else:
        args = [os.path.join(corpus, "html", f"{i}.html.gz") for i in ids]
    lines = subprocess.run([binary, *args], check=True, capture_output=True, text=True).stdout.splitlines()
    names = json.loads(lines[0])["names"]
    inputs = {}
    for line in lines[1:]:
        row = json.loads(line)
        inputs[os.path.basename(row["page"]).split(".")[0]] = row["inputs"]
    return names, inputs


def scores(weights, x):
    return [w[-1] + sum(wi * xi for wi, xi in zip(w, x) if xi) for w in weights]


def train(rows, n_inputs, epochs, rate, l2):
    """Softmax regression by full-batch gradient descent; returns one row of weights (and a bias) per type."""
    weights = [[0.0] * (n_inputs + 1) for _ in TYPES]
    for _ in range(epochs):
        grad = [[0.0] * (n_inputs + 1) for _ in TYPES]
        for x, y in rows:
            s = scores(weights, x)
            top = max(s)
            e = [math.exp(v - top) for v in s]
            total = sum(e)
            for c in range(len(TYPES)):
                g = e[c] / total - (1.0 if c == y else 0.0)
                row = grad[c]
                for i, xi in enumerate(x):
                    if xi:
                        row[i] += g * xi
                row[-1] += g
        for c in range(len(TYPES)):
            for i in range(n_inputs + 1):
                decay = l2 * weights[c][i] if i < n_inputs else 0.0
                weights[c][i] -= rate * (grad[c][i] / len(rows) + decay)
    return weights


def accuracy(weights, inputs, gold, ids):
    right = sum(TYPES[max(range(len(TYPES)), key=lambda c: scores(weights, inputs[i])[c])] == gold[i] for i in ids)
    return 100.0 * right / len(ids)


def read_rust_weights(track, n_inputs):
    """The weights the file holds now for `track`, one row per type."""
    source = open(OUT).read()
    block = source.split(f"pub const {track.upper()}_WEIGHTS", 1)[1].split("= [", 1)[1].split("\n];", 1)[0]
    rows = [line.strip().strip("[],") for line in block.splitlines() if line.strip().startswith("[")]
    weights = [[float(v) for v in row.split(",")] for row in rows]
    assert len(weights) == len(TYPES) and all(len(w) == n_inputs + 1 for w in weights), f"{OUT}: {track} weights do not fit the inputs"
    return weights


def write_rust(names, weights_by_track):
    rust_types = ", ".join("PageType::" + t.capitalize() for t in TYPES)
    lines = [
        "//! The page-type model's weights. Written by `scripts/train_page_type.py`",
        "//! from the tune half of `../shared/corpus/wcxb`; retrain rather than edit.",
        "",
        "// Learned weights fall where they fall, now and then next to a named constant (2/sqrt(pi)).",
        "#![allow(clippy::approx_constant)]",
        "",
        "use super::PageType;",
        "",
        "/// The model's inputs, in the order `page_type::model_input` fills them.",
        f"pub const INPUTS: [&str; {len(names)}] = [",
        *[f'    "{n}",' for n in names],
        "];",
        "",
        "/// The types the models score, in the order of their rows of weights.",
        f"pub const TYPES: [PageType; {len(TYPES)}] = [{rust_types}];",
    ]
    for track, weights in weights_by_track:
        lines += [
            "",
            f"/// The model for {track.upper() if track == 'html' else track} pages: per type, one weight per input and then its bias.",
            f"pub const {track.upper()}_WEIGHTS: [[f32; INPUTS.len() + 1]; {len(TYPES)}] = [",
        ]
        for t, w in zip(TYPES, weights):
            lines.append(f"    // {t}")
            lines.append("    [" + ", ".join(f"{v:.4f}" for v in w) + "],")
        lines.append("];")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "examples", "page_type_inputs"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "wcxb"))
    ap.add_argument("--epochs", type=int, default=1000)
    ap.add_argument("--rate", type=float, default=0.5)
    ap.add_argument("--l2", type=float, default=0.001, help="weight decay: larger generalises more and fits less")
    ap.add_argument("--tracks", default="html,text", help="the models to retrain (html, text or both); the others keep their weights")
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(args.corpus, "..", "..", "eval"))
    from wcxb import half  # the benchmark's own split, by a hash of the domain

    truth = json.load(open(os.path.join(args.corpus, "ground-truth.json")))
    ids = sorted(truth)
    gold = {i: truth[i]["page_type"] for i in ids}
    tune = [i for i in ids if half(truth[i].get("domain")) == "tune"]
    check = [i for i in ids if half(truth[i].get("domain")) == "check"]
    weights_by_track = []
    retrain = args.tracks.split(",")
    for track in ("html", "text"):
        names, inputs = read_inputs(args.bin, args.corpus, ids, track)
        if track in retrain:
            weights = train([(inputs[i], TYPES.index(gold[i])) for i in tune], len(names), args.epochs, args.rate, args.l2)
            weights = [[round(v, 4) for v in w] for w in weights]
        else:
            weights = read_rust_weights(track, len(names))
        weights_by_track.append((track, weights))
        for label, part in (("tune", tune), ("check", check)):
            by_rules = 100.0 * sum(inputs[i][names.index("listed_" + gold[i])] for i in part) / len(part)
            print(f"{track} {label}: model {accuracy(weights, inputs, gold, part):.1f}%, rules {by_rules:.1f}% ({len(part)} pages)")
    write_rust(names, weights_by_track)
    print(f"wrote {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
