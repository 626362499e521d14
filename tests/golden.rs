//! Golden files: every input in `samples/` is cleaned, and its text, JSON and
//! Markdown outputs are compared with `NAME.expected.txt`, `NAME.expected.json`
//! and `NAME.expected.md` beside it (the Markdown with links and the metadata header). Every mismatch is reported with a diff before the test fails.
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the golden files.

use std::fs;
use std::path::{Path, PathBuf};

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

/// Compares `got` with the golden file at `path`, or rewrites it; returns a diff on mismatch.
fn check(path: &Path, got: &str, update: bool) -> Option<String> {
    if update {
        fs::write(path, got).expect("golden file is writable");
        return None;
    }
    let want = fs::read_to_string(path).unwrap_or_default();
    (want != got).then(|| {
        let diff = TextDiff::from_lines(want.as_str(), got);
        format!("{}:\n{}", path.display(), diff.unified_diff().context_radius(2).header("expected", "got"))
    })
}

#[test]
fn samples_match_their_golden_outputs() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let inputs = sample_inputs();
    assert!(inputs.len() >= 10, "samples/ should hold at least 10 inputs, found {}", inputs.len());
    let mut failures = Vec::new();
    for input in &inputs {
        let bytes = fs::read(input).expect("sample is readable");
        let article = dechaff::clean(&bytes, &dechaff::Options::default()).expect("a sample is a page");
        let stem = input.file_stem().unwrap().to_string_lossy();
        let golden = |ext: &str| input.with_file_name(format!("{stem}.expected.{ext}"));
        failures.extend(check(&golden("txt"), &dechaff::output::text(&article, Default::default()), update));
        failures.extend(check(&golden("json"), &dechaff::output::json(&article), update));
        let options = dechaff::Options { inline_markup: dechaff::InlineMarkup::EmphasisAndLinks, ..Default::default() };
        let rich = dechaff::clean(&bytes, &options).expect("a sample is a page");
        let header = dechaff::output::Header { title: true, metadata: true };
        failures.extend(check(&golden("md"), &dechaff::output::markdown(&rich, header), update));
    }
    assert!(failures.is_empty(), "{} golden file(s) differ (UPDATE_GOLDEN=1 rewrites them):\n\n{}", failures.len(), failures.join("\n"));
}
