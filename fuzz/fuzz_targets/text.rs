//! The text path on arbitrary bytes, and the sniffer that chooses a path.
#![no_main]

use dechaff::{output, BlockKind, InputKind, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for input in [InputKind::Text, InputKind::Auto] {
        if let Ok(article) = dechaff::clean(bytes, &Options { input, ..Options::default() }) {
            let text = output::text(&article, Default::default());
            // Code keeps its blank lines byte for byte (the README's text
            // format); everything else is one paragraph after another.
            let code_with_blank_lines = article.kept().any(|b| b.block.kind == BlockKind::Preformatted && b.block.text.contains("\n\n\n"));
            assert!(code_with_blank_lines || !text.contains("\n\n\n"), "paragraphs are separated by exactly one blank line");
            let _ = output::json(&article, Default::default());
        }
    }
});
