//! The text path on arbitrary bytes, and the sniffer that chooses a path.
#![no_main]

use dechaff::{output, InputKind, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    for input in [InputKind::Text, InputKind::Auto] {
        if let Ok(article) = dechaff::clean(bytes, &Options { input, ..Options::default() }) {
            let text = output::text(&article, Default::default());
            assert!(!text.contains("\n\n\n"), "paragraphs are separated by exactly one blank line");
            let _ = output::json(&article, Default::default());
        }
    }
});
