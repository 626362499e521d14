//! The seeds in `../shared/seeds`: real scraped articles with the clean body
//! and a label for every removed line. Skipped with a note when `../shared` is
//! absent, unless `DECHAFF_REQUIRE_SHARED=1` (as in CI), which makes that a failure.

use std::fs;
use std::path::{Path, PathBuf};

use dechaff::{InputKind, Options};
use serde_json::Value;
use similar::TextDiff;

fn seeds_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(std::env::var_os("DECHAFF_REQUIRE_SHARED").is_none(), "DECHAFF_REQUIRE_SHARED is set but {} is missing", dir.display());
    eprintln!("note: {} is absent; seed tests skipped", dir.display());
    None
}

fn seed_inputs(dir: &Path) -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt") && !p.to_string_lossy().contains(".expected."))
        .collect();
    inputs.sort();
    inputs
}

fn clean_seed(input: &Path) -> dechaff::Article {
    let options = Options { input: InputKind::Text, ..Options::default() };
    dechaff::clean(&fs::read(input).unwrap(), &options).expect("a seed is a page")
}

fn expected(input: &Path, ext: &str) -> String {
    let stem = input.file_stem().unwrap().to_string_lossy();
    fs::read_to_string(input.with_file_name(format!("{stem}.expected.{ext}"))).unwrap()
}

#[test]
fn seeds_clean_to_their_expected_text() {
    let Some(dir) = seeds_dir() else { return };
    let mut failures = Vec::new();
    for input in seed_inputs(&dir) {
        let got = dechaff::output::text(&clean_seed(&input), Default::default());
        let want = expected(&input, "txt");
        if got != want {
            let diff = TextDiff::from_lines(want.as_str(), got.as_str());
            failures.push(format!("{}:\n{}", input.display(), diff.unified_diff().context_radius(2).header("expected", "got")));
        }
    }
    assert!(failures.is_empty(), "seeds differ from *.expected.txt:\n{}", failures.join("\n"));
}

#[test]
fn seeds_removed_lines_carry_their_expected_labels_title_and_date() {
    let Some(dir) = seeds_dir() else { return };
    let mut failures = Vec::new();
    for input in seed_inputs(&dir) {
        let article = clean_seed(&input);
        let want: Value = serde_json::from_str(&expected(&input, "json")).unwrap();
        if article.meta.title.as_deref() != want["title"].as_str() {
            failures.push(format!("{}: title {:?}", input.display(), article.meta.title));
        }
        if let Some(date) = want["date"].as_str() {
            if article.meta.date.as_deref() != Some(date) {
                failures.push(format!("{}: date {:?}, want {date}", input.display(), article.meta.date));
            }
        }
        let removed = want["removed"].as_array().unwrap();
        for line in removed {
            let number = line["line"].as_u64().unwrap() as usize;
            let label = line["label"].as_str().unwrap();
            match article.blocks.iter().find(|b| b.block.line == number) {
                Some(b) if b.verdict.label.as_str() == label && !b.verdict.label.is_kept() => {}
                Some(b) => failures.push(format!("{} line {number}: want {label}, got {} ({})", input.display(), b.verdict.label.as_str(), b.verdict.reason)),
                None => failures.push(format!("{} line {number}: no block", input.display())),
            }
        }
        let dropped = article.blocks.iter().filter(|b| !b.verdict.label.is_kept()).count();
        if dropped != removed.len() {
            failures.push(format!("{}: {dropped} blocks dropped, {} expected", input.display(), removed.len()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
