//! Throughput of `dechaff::clean` (with its metadata, and for the text
//! alone) against a bare `scraper` parse of the same pages, the floor no
//! cleaner can beat. Pages come from
//! `../shared/corpus/aeb-dev/html` when it is present (real pages), and from
//! `samples/` otherwise. Divan reports time per pass over all pages and the
//! bytes per second; pages per second is the page count over that time.
//!
//!     cargo bench --bench clean

use std::io::Read;
use std::path::Path;

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;

fn main() {
    divan::main();
}

/// Every benchmark page, decompressed, in a fixed order.
fn pages() -> &'static [Vec<u8>] {
    static PAGES: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    PAGES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let corpus = root.join("../shared/corpus/aeb-dev/html");
        let dir = if corpus.is_dir() { corpus } else { root.join("samples") };
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .expect("benchmark pages")
            .map(|e| e.unwrap().path())
            .filter(|p| !p.to_string_lossy().contains(".expected."))
            .collect();
        paths.sort();
        paths.iter().map(|p| read_maybe_gzip(p)).collect()
    })
}

/// Reads a page, decompressing the corpus's `.gz` files.
fn read_maybe_gzip(path: &Path) -> Vec<u8> {
    let bytes = std::fs::read(path).unwrap();
    if path.extension().is_none_or(|e| e != "gz") {
        return bytes;
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes.as_slice()).read_to_end(&mut out).expect("a valid gzip page");
    out
}

fn total_bytes() -> usize {
    pages().iter().map(Vec::len).sum()
}

#[divan::bench]
fn scraper_parse_only(bencher: Bencher) {
    for_every_page(bencher, |page| {
        divan::black_box(scraper::Html::parse_document(&String::from_utf8_lossy(page)));
    });
}

#[divan::bench]
fn dechaff_clean(bencher: Bencher) {
    clean_all(bencher, &dechaff::Options::default());
}

/// The text alone, as `dechaff PAGE` prints it: no metadata looked for.
#[divan::bench]
fn dechaff_clean_text_only(bencher: Bencher) {
    clean_all(bencher, &dechaff::Options { text_only: true, ..dechaff::Options::default() });
}

/// Cleans every page with `options` and renders its text.
fn clean_all(bencher: Bencher, options: &dechaff::Options) {
    for_every_page(bencher, |page| {
        divan::black_box(dechaff::clean(page, options).map(|a| dechaff::output::text(&a, Default::default())).ok());
    });
}

/// Times one pass of `work` over every page, counting pages and bytes, so
/// that every benchmark reports pages per second on the same pages.
fn for_every_page(bencher: Bencher, work: impl Fn(&[u8]) + Sync) {
    let pages = pages();
    bencher.counter(BytesCount::new(total_bytes())).counter(ItemsCount::new(pages.len())).bench(|| {
        for page in pages {
            work(page);
        }
    });
}
