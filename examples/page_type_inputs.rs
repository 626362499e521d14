//! Prints the page-type model's inputs for each page named on the command
//! line, one JSON object per line: `{"page": path, "inputs": [...]}`. The
//! names of the inputs come first, as `{"names": [...]}`. After `--text`,
//! the pages are read as extracted text (`--input text`).
//! `scripts/train_page_type.py` reads this to train the model.

use std::process::ExitCode;

fn main() -> ExitCode {
    let names = serde_json::json!({ "names": dechaff::meta::PAGE_TYPE_INPUTS.as_slice() });
    println!("{names}");
    let mut failed = false;
    let mut options = dechaff::Options::default();
    for path in std::env::args().skip(1) {
        if path == "--text" {
            options.input = dechaff::InputKind::Text;
            continue;
        }
        let article = std::fs::read(&path).map_err(|e| e.to_string()).and_then(|bytes| dechaff::clean(&bytes, &options).map_err(|e| e.to_string()));
        match article {
            Ok(article) => println!("{}", serde_json::json!({ "page": path, "inputs": article.meta.page_type_inputs })),
            Err(error) => {
                eprintln!("{path}: {error}");
                failed = true;
            }
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
