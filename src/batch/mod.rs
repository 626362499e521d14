//! Batch cleaning: many pages in, exactly one result per page out, in input order.
//!
//! [`sources`] turns inputs into a lazy stream of documents. They are cleaned
//! in chunks on a rayon pool; each chunk's results are written in input order
//! before the next chunk is read, so memory stays bounded by the chunk and the
//! bytes written are the same whatever the number of threads. Every document
//! yields an article or an error record: unreadable, too large, too slow,
//! binary, or (should the cleaner ever panic) an internal error.

mod naming;
pub mod sources;

use std::collections::BTreeSet;
use std::io::{self, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::Serialize;

use crate::output::{self, Format, Layout};
use crate::{Article, Options};
use naming::OutputDir;
pub use sources::{Container, Document, InputFile, Reading};

/// What stops a batch as a whole (a page that fails is an error record instead).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BatchError {
    /// The worker pool could not be started.
    #[error("cannot start worker threads")]
    Threads(#[source] rayon::ThreadPoolBuildError),
    /// The thread that reads the input ahead of the workers could not be
    /// started (a limit on the user's processes, `ulimit -u`).
    #[error("cannot start the thread that reads the input")]
    ReaderThread(#[source] io::Error),
    /// Standard output (or the writer given) failed: a closed pipe, a full disk.
    #[error("writing the output")]
    Output(#[source] io::Error),
    /// The output directory could not be created.
    #[error("cannot create the output directory {}", path.display())]
    OutputDir {
        /// The directory.
        path: PathBuf,
        /// Why.
        #[source]
        source: io::Error,
    },
}

/// At most this many documents are read ahead of the writer...
const CHUNK_DOCUMENTS_PER_JOB: usize = 32;
/// ...and at most this many bytes of them.
const CHUNK_BYTES: usize = 256 << 20;

/// Where results go.
#[derive(Clone, Debug)]
pub enum Sink {
    /// One JSON object per document on the output stream.
    JsonLines,
    /// One file per document under this directory, in `format`; no file
    /// in `inputs` (canonical paths, see [`sources::canonical_paths`]) is ever written.
    Directory {
        /// Where the files go.
        dir: PathBuf,
        /// The format of each file.
        format: Format,
        /// The input files' canonical paths: never written.
        inputs: BTreeSet<PathBuf>,
    },
}

/// How a batch runs.
#[derive(Clone, Debug)]
pub struct Config {
    /// The encoding override, applied to every document.
    pub options: Options,
    /// Where the results go.
    pub sink: Sink,
    /// What each article's text holds besides its body, and whether its tables (JSON Lines carry the metadata as fields).
    pub layout: Layout,
    /// Worker threads.
    pub jobs: usize,
    /// Larger pages become error records.
    pub max_bytes: usize,
    /// Pages that take longer become error records.
    pub timeout: Duration,
}

/// What a batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Pages read (and written, or failed).
    pub documents: u64,
    /// Pages that gave an error record.
    pub failed: u64,
}

/// One document's result.
struct Outcome {
    document: Document,
    result: Result<Article, String>,
}

/// What a batch tells its caller as it goes; the library itself prints nothing.
pub trait Observer {
    /// One more page is done: `summary` counts the pages so far.
    fn page_done(&mut self, summary: &Summary);
    /// A page failed, and its error goes to no record (a directory sink):
    /// `source` names the page.
    fn page_failed(&mut self, source: &str, error: &str);
}

/// Cleans every document and writes one result each to `out` (or the sink's
/// directory); errors go to the records, or for a directory sink to
/// `observer`, which also hears of every page done.
///
/// A reader thread gathers the next chunk while the pool cleans the current
/// one, through a channel that holds one chunk: reading overlaps cleaning, and
/// at most three chunks are in memory.
pub fn run(
    documents: impl Iterator<Item = Document> + Send,
    config: &Config,
    out: &mut dyn Write,
    observer: &mut dyn Observer,
) -> Result<Summary, BatchError> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(config.jobs.max(1)).build().map_err(BatchError::Threads)?;
    // A worker compiles the patterns while the others clean the first pages,
    // which would otherwise wait, each in turn, for the same pattern to compile.
    pool.spawn(crate::compile_tables);
    let chunk_documents = CHUNK_DOCUMENTS_PER_JOB * config.jobs.max(1);
    let mut summary = Summary::default();
    let mut output_dir = match &config.sink {
        Sink::Directory { dir, inputs, .. } => Some(
            OutputDir::create(dir, inputs.clone()).map_err(|source| BatchError::OutputDir { path: dir.clone(), source })?,
        ),
        Sink::JsonLines => None,
    };
    std::thread::scope(|scope| -> Result<(), BatchError> {
        let (chunks, received) = std::sync::mpsc::sync_channel::<Vec<Document>>(1);
        let reader = move || {
            let mut documents = documents;
            loop {
                let chunk = read_chunk(&mut documents, chunk_documents);
                // An empty chunk means the input is done; a closed channel means the writer stopped.
                if chunk.is_empty() || chunks.send(chunk).is_err() {
                    break;
                }
            }
        };
        std::thread::Builder::new().name("reader".into()).spawn_scoped(scope, reader).map_err(BatchError::ReaderThread)?;
        for chunk in received {
            let outcomes: Vec<Outcome> = pool.install(|| chunk.into_par_iter().map(|document| clean(document, config)).collect());
            for outcome in outcomes {
                let failed = write(&outcome, config, out, output_dir.as_mut(), observer)?;
                summary.documents += 1;
                summary.failed += u64::from(failed);
                observer.page_done(&summary);
            }
        }
        Ok(())
    })?;
    out.flush().map_err(BatchError::Output)?;
    Ok(summary)
}

/// Up to `max_documents` documents, and no more than [`CHUNK_BYTES`] of them.
fn read_chunk(documents: &mut impl Iterator<Item = Document>, max_documents: usize) -> Vec<Document> {
    let mut chunk = Vec::with_capacity(max_documents);
    let mut bytes = 0;
    while chunk.len() < max_documents && bytes < CHUNK_BYTES {
        let Some(document) = documents.next() else { break };
        bytes += document.body.as_ref().map_or(0, Vec::len);
        chunk.push(document);
    }
    chunk
}

/// Cleans one document, turning every way it can fail into an error.
fn clean(mut document: Document, config: &Config) -> Outcome {
    let body = std::mem::replace(&mut document.body, Ok(Vec::new()));
    let result = body.and_then(|bytes| {
        if bytes.len() > config.max_bytes {
            return Err(format!("the page is larger than --max-bytes {}", config.max_bytes));
        }
        // The record's URL is the page's address, unless one was given for every page.
        let base_url = config.options.base_url.clone().or_else(|| document.url.as_deref().and_then(|url| url::Url::parse(url).ok()));
        let declared_language = document.declared_language.clone();
        let (declared_url, declared_title) = (document.url.clone(), document.title.clone());
        let options = Options { input: document.kind, declared_encoding: document.declared_encoding, declared_language, declared_url, declared_title, base_url, ..config.options.clone() };
        clean_page(&bytes, &options, config.timeout)
    });
    Outcome { document, result }
}

/// Cleans one page, in a batch or alone: a page that makes the cleaner panic
/// (a bug) fails with an internal error instead of taking the process down,
/// and so does a page that took longer than `timeout` (`--timeout`), saying
/// how long it took in units that fit (a limit under a tenth of a second too).
pub fn clean_page(bytes: &[u8], options: &Options, timeout: Duration) -> Result<Article, String> {
    let started = Instant::now();
    let article = catch_unwind(AssertUnwindSafe(|| crate::clean(bytes, options)))
        .map_err(|_| "internal error: the cleaner panicked on this page (please report it)".to_string())?
        .map_err(|e| e.to_string())?;
    let elapsed = started.elapsed();
    if elapsed > timeout {
        return Err(format!("cleaning took {elapsed:.1?}, over --timeout {timeout:?}"));
    }
    Ok(article)
}

/// One line of `--format jsonl`.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    source: &'a str,
    /// The input's URL, or else the page's canonical one.
    url: Option<&'a str>,
    /// The HTTP status of a WARC response.
    status: Option<u16>,
    title: Option<&'a str>,
    byline: Option<&'a str>,
    authors: Option<&'a [String]>,
    date: Option<&'a str>,
    modified: Option<&'a str>,
    site: Option<&'a str>,
    lang: Option<&'a str>,
    description: Option<&'a str>,
    page_type: Option<&'static str>,
    text: Option<String>,
    /// The article's images, with `--images`.
    #[serde(skip_serializing_if = "Option::is_none")]
    images: Option<&'a [crate::Image]>,
    error: Option<&'a str>,
}

/// Writes one outcome: a record, or a file (or for a failure, a report to
/// `observer`). Returns whether the page failed, here or before.
fn write(
    outcome: &Outcome,
    config: &Config,
    out: &mut dyn Write,
    output_dir: Option<&mut OutputDir>,
    observer: &mut dyn Observer,
) -> Result<bool, BatchError> {
    let document = &outcome.document;
    match &config.sink {
        Sink::JsonLines => {
            let article = outcome.result.as_ref().ok();
            let meta = article.map(|a| &a.meta);
            let record = Record {
                id: &document.id,
                source: &document.source,
                url: document.url.as_deref().or_else(|| meta.and_then(|m| m.url.as_deref())),
                status: document.status,
                title: meta.and_then(|m| m.title.as_deref()),
                byline: meta.and_then(|m| m.byline.as_deref()),
                authors: meta.map(|m| m.authors.as_slice()),
                date: meta.and_then(|m| m.date.as_deref()),
                modified: meta.and_then(|m| m.modified.as_deref()),
                site: meta.and_then(|m| m.site.as_deref()),
                lang: meta.and_then(|m| m.lang.as_deref()),
                description: meta.and_then(|m| m.description.as_deref()),
                page_type: meta.map(|m| m.page_type.as_str()),
                text: article.map(|a| output::text(a, Layout { metadata: false, ..config.layout }).trim_end().to_string()),
                images: article.filter(|_| config.options.images).map(|a| a.images.as_slice()),
                error: outcome.result.as_ref().err().map(String::as_str),
            };
            serde_json::to_writer(&mut *out, &record).map_err(|e| BatchError::Output(e.into()))?;
            out.write_all(b"\n").map_err(BatchError::Output)?;
        }
        Sink::Directory { format, .. } => {
            let output_dir = output_dir.expect("a directory sink has its directory");
            let written = outcome.result.as_ref().map_err(String::clone).and_then(|article| {
                let path = output_dir.claim(&document.output_name, format.extension())?;
                naming::write_replacing(&path, output::render(article, *format, config.layout).as_bytes())
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))
            });
            if let Err(error) = written {
                observer.page_failed(&document.source, &error);
                return Ok(true);
            }
        }
    }
    Ok(outcome.result.is_err())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InputKind;

    fn document(id: &str, body: Result<&str, &str>) -> Document {
        Document {
            id: id.into(),
            source: id.into(),
            url: None,
            status: None,
            output_name: PathBuf::from(id),
            kind: InputKind::Auto,
            declared_encoding: None,
            declared_language: None,
            title: None,
            body: body.map(|b| b.as_bytes().to_vec()).map_err(str::to_string),
        }
    }

    fn config(jobs: usize) -> Config {
        Config {
            options: Options::default(),
            sink: Sink::JsonLines,
            layout: Layout::default(),
            jobs,
            max_bytes: 1000,
            timeout: Duration::from_secs(10),
        }
    }

    /// Hears nothing: the tests read the records.
    struct Silent;

    impl Observer for Silent {
        fn page_done(&mut self, _: &Summary) {}
        fn page_failed(&mut self, _: &str, _: &str) {}
    }

    fn run_to_string(documents: Vec<Document>, config: &Config) -> (String, Summary) {
        let mut out = Vec::new();
        let summary = run(documents.into_iter(), config, &mut out, &mut Silent).unwrap();
        (String::from_utf8(out).unwrap(), summary)
    }

    #[test]
    fn every_document_yields_one_record_in_order_and_failures_are_counted() {
        let big = "x".repeat(2000);
        let documents = vec![
            document("a", Ok("A sentence long enough to be kept as the body of this little page, with a comma.")),
            document("b", Err("cannot read b")),
            document("c", Ok(&big)),
        ];
        let (out, summary) = run_to_string(documents, &config(2));
        let records: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["a", "b", "c"]);
        assert!(records[0]["error"].is_null() && records[0]["text"].as_str().unwrap().starts_with("A sentence"));
        assert_eq!(records[1]["error"], "cannot read b");
        assert!(records[2]["error"].as_str().unwrap().contains("--max-bytes"));
        assert_eq!(summary, Summary { documents: 3, failed: 2 });
    }

    #[test]
    fn a_records_url_reaches_the_metadata() {
        let page = "<html><head><title>Forum - The heart of the web</title></head><body><article><h1>FCC chair warns Europe over satellite rules</h1>\
                    <p>The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the bridge would be built.</p></article></body></html>";
        let titled = |url: Option<&str>| {
            let mut given = document("a", Ok(page));
            given.url = url.map(str::to_string);
            let mut config = config(1);
            config.max_bytes = 10_000;
            let record: serde_json::Value = serde_json::from_str(run_to_string(vec![given], &config).0.trim()).unwrap();
            record["title"].as_str().unwrap_or_default().to_string()
        };
        // The record's address spells the headline (`meta/slug-title`); without it, the `<title>` stands.
        assert_eq!(titled(Some("https://example.com/r/news/comments/1x/fcc_chair_warns_europe_over_satellite/")), "FCC chair warns Europe over satellite rules");
        assert_eq!(titled(None), "Forum - The heart of the web");
    }

    #[test]
    fn output_is_the_same_for_any_number_of_jobs() {
        let make = || (0..300).map(|i| document(&i.to_string(), Ok("Some words, and a sentence that is long enough to keep around here."))).collect::<Vec<_>>();
        assert_eq!(run_to_string(make(), &config(1)).0, run_to_string(make(), &config(4)).0);
    }
}
