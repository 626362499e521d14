//! Golden files: every input in `samples/` is cleaned, and its text, JSON and
//! Markdown outputs are compared with `NAME.expected.txt`, `NAME.expected.json`
//! and `NAME.expected.md` beside it (the text read for its text alone, as
//! `Options::text_only` reads it; the Markdown with links and the metadata
//! header; JSON and Markdown with the article's images). Each sample and
//! format is a test case of its own, named `NAME.txt`, `NAME.json`, `NAME.md`;
//! a mismatch shows a diff, and a missing golden file fails its case.
//!
//! `UPDATE_GOLDEN=1 cargo test --test golden` writes the golden files.

use std::fs;
use std::path::{Path, PathBuf};

use dechaff::output::Layout;
use dechaff::Options;
use libtest_mimic::{Arguments, Failed, Trial};
use similar::TextDiff;

/// The sample inputs: every file in `samples/` that is not a golden file.
fn sample_inputs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut inputs: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("samples/ exists")
        .map(|entry| entry.expect("readable samples/ entry").path())
        .filter(|path| !path.file_name().unwrap().to_string_lossy().contains(".expected."))
        .collect();
    inputs.sort();
    inputs
}

/// One output format of a sample: the golden file's extension and how to render it.
struct Golden {
    ext: &'static str,
    render: fn(&[u8]) -> String,
}

const GOLDENS: [Golden; 3] = [
    // The text as `dechaff FILE` prints it, which looks for no metadata (`Options::text_only`).
    Golden {
        ext: "txt",
        render: |bytes| dechaff::output::text(&dechaff::clean(bytes, &Options { text_only: true, ..Options::default() }).expect("a sample is a page"), Layout::default()),
    },
    Golden { ext: "json", render: |bytes| dechaff::output::json(&clean(bytes, false), Layout::default()) },
    Golden {
        ext: "md",
        render: |bytes| dechaff::output::markdown(&clean(bytes, true), Layout { title: true, metadata: true, ..Layout::default() }),
    },
];

/// The sample cleaned with its images kept (JSON and Markdown show them).
fn clean(bytes: &[u8], links: bool) -> dechaff::Article {
    dechaff::clean(bytes, &Options { links, images: true, ..Options::default() }).expect("a sample is a page")
}

/// Renders `input` and compares it with its golden file, or writes the golden file.
fn check(input: &Path, golden: &Golden, update: bool) -> Result<(), Failed> {
    let stem = input.file_stem().unwrap().to_string_lossy();
    let path = input.with_file_name(format!("{stem}.expected.{}", golden.ext));
    let got = (golden.render)(&fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?);
    if update {
        fs::write(&path, &got).map_err(|e| format!("{}: {e}", path.display()))?;
        return Ok(());
    }
    let want = fs::read_to_string(&path)
        .map_err(|e| format!("{}: {e} (UPDATE_GOLDEN=1 cargo test --test golden writes it)", path.display()))?;
    if want == got {
        return Ok(());
    }
    let diff = TextDiff::from_lines(want.as_str(), got.as_str());
    Err(format!("{} differs (UPDATE_GOLDEN=1 rewrites it):\n{}", path.display(), diff.unified_diff().context_radius(2).header("expected", "got")).into())
}

fn main() {
    let args = Arguments::from_args();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let inputs = sample_inputs();
    let mut trials = vec![Trial::test("samples_holds_at_least_ten_inputs", {
        let count = inputs.len();
        move || if count >= 10 { Ok(()) } else { Err(format!("samples/ should hold at least 10 inputs, found {count}").into()) }
    })];
    for input in inputs {
        let stem = input.file_stem().unwrap().to_string_lossy().into_owned();
        for golden in &GOLDENS {
            let input = input.clone();
            trials.push(Trial::test(format!("{stem}.{}", golden.ext), move || check(&input, golden, update)));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
