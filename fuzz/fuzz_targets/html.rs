//! The HTML path on arbitrary bytes: decoding, the nesting guard, parsing,
//! segmentation, scoring and every output format must neither panic nor hang.
//! The first byte picks the options a user may give (`--links`, `--images`,
//! `--base-url`, `--favor`, `--no-tables`, and whether the metadata is read
//! at all, as for the text alone), so that resolving links and images and
//! each mode's rules are fuzzed too.
#![no_main]

use dechaff::{output, Favor, InputKind, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Some((&choice, page)) = bytes.split_first() else { return };
    let bit = |n: u8| choice & (1 << n) != 0;
    let favor = match choice >> 5 {
        0 | 1 => Favor::Precision,
        2 | 3 => Favor::Recall,
        _ => Favor::Balanced,
    };
    let base_url = bit(2).then(|| url::Url::parse("https://example.org/a/b/page.html?q=1#top").unwrap());
    let options = Options { input: InputKind::Html, links: bit(0), images: bit(1), base_url, favor, text_only: bit(4), ..Options::default() };
    if let Ok(article) = dechaff::clean(page, &options) {
        let layout = output::Layout { title: true, metadata: true, tables: !bit(3) };
        let text = output::text(&article, layout);
        assert!(text.is_empty() || text.ends_with('\n'));
        let _ = output::markdown(&article, layout);
        let _ = output::json(&article, output::Layout { tables: !bit(3), ..Default::default() });
        let _ = output::explain(&article, output::Blocks::All);
    }
});
