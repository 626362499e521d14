//! The JSON Lines and WARC readers on arbitrary bytes: every input must give
//! a finite stream of documents (pages or error records) without panicking.
#![no_main]

use std::io::Write;

use dechaff::batch::sources::{documents, Container, InputFile, Reading};
use dechaff::InputKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let path = std::env::temp_dir().join(format!("dechaff-fuzz-{}", std::process::id()));
    std::fs::File::create(&path).and_then(|mut f| f.write_all(bytes)).expect("temp file");
    for container in [Container::Jsonl, Container::Warc] {
        let reading = Reading { container: Some(container), kind: InputKind::Auto, max_bytes: 1 << 20, only_2xx: false };
        let count = documents(InputFile::new(path.clone()), reading).take(10_000).count();
        assert!(count < 10_000, "a small input gives a small number of documents");
    }
});
