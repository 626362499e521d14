//! The JSON Lines and WARC readers, and the sniff that chooses between them
//! and a page, on arbitrary bytes: every input must give
//! a finite stream of documents (pages or error records) without panicking.
#![no_main]

use std::io::Write;

use dechaff::batch::sources::{documents, Container, InputFile, Reading};
use dechaff::InputKind;
use libfuzzer_sys::fuzz_target;

/// Deflate inflates at most this many bytes from one (a run of zeros).
const MAX_DEFLATE_RATIO: usize = 1032;

fuzz_target!(|bytes: &[u8]| {
    // Named `.json`, so that with no container given its head is sniffed.
    let path = std::env::temp_dir().join(format!("dechaff-fuzz-{}.json", std::process::id()));
    std::fs::File::create(&path).and_then(|mut f| f.write_all(bytes)).expect("temp file");
    // Each document takes a line or a record, a byte at least, of the input
    // as read, which a gzip member inflates: more documents than that
    // would be a reader that stopped consuming its input.
    let most = (bytes.len() + 1) * MAX_DEFLATE_RATIO;
    for container in [Some(Container::Jsonl), Some(Container::Warc), None] {
        let reading = Reading { container, kind: InputKind::Auto, max_bytes: 1 << 20, only_2xx: false, page_field: None };
        let count = documents(InputFile::new(path.clone()), reading).take(most + 1).count();
        assert!(count <= most, "an input gives at most one document per byte it inflates to");
    }
});
