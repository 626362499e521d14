//! The HTML path on arbitrary bytes: decoding, the nesting guard, parsing,
//! segmentation, scoring and every output format must neither panic nor hang.
#![no_main]

use dechaff::{output, InputKind, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let options = Options { input: InputKind::Html, ..Options::default() };
    if let Ok(article) = dechaff::clean(bytes, &options) {
        let text = output::text(&article, output::Layout { title: true, metadata: true, ..output::Layout::default() });
        assert!(text.is_empty() || text.ends_with('\n'));
        let _ = output::markdown(&article, output::Layout { title: true, metadata: true, ..output::Layout::default() });
        let _ = output::json(&article, Default::default());
        let _ = output::explain(&article, output::Blocks::All);
    }
});
