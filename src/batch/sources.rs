//! Inputs to documents: files, directories (walked in sorted order), `.gz`
//! files, standard input, JSON Lines and WARC, each turned into a lazy stream
//! of [`Document`]s so that no more than a chunk is ever held in memory.
//! Whatever cannot be read becomes a document carrying the error, so it
//! yields an error record downstream instead of vanishing.

use std::collections::BTreeSet;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use encoding_rs::Encoding;
use globset::GlobMatcher;
use warc::{RecordType, WarcReader};

use crate::input::{unread_compression, GZIP_MAGIC, MAX_INFLATED_BYTES};
use crate::meta::language;
use crate::InputKind;

use super::naming::{self, fnv1a, strip_extensions};

/// How an input file holds its pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    /// One page per file.
    Page,
    /// One JSON object per line, with `html` or `text`.
    Jsonl,
    /// WARC records; each HTML `response` or `resource`, and each text or
    /// HTML `conversion` (the extracted text of Common Crawl's WET files), is a page.
    Warc,
}

impl Container {
    /// The container a file holds: what its name suggests, except that a
    /// `.json` file (optionally `.gz`) is judged by its first bytes, as
    /// standard input is: C4 and Dolma ship JSON Lines as `.json.gz`, while
    /// a pretty-printed JSON document is one page. (Only a regular file is
    /// opened to look: a named pipe's bytes would be gone when it is read.)
    pub fn of_file(path: &Path) -> Container {
        if !has_json_name(path) || !path.metadata().is_ok_and(|m| m.is_file()) {
            return Container::from_name(path);
        }
        let mut head = Vec::new();
        match File::open(path).and_then(|mut file| read_head(&mut file, &mut head)) {
            Ok(()) => sniff(&head),
            Err(_) => Container::Page,
        }
    }

    /// The container a file's name suggests: `.warc` (and Common Crawl's
    /// `.warc.wet` and `.warc.wat`), `.jsonl`, `.ndjson`, each optionally `.gz`.
    pub fn from_name(path: &Path) -> Container {
        let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if [".warc", ".wet", ".wat"].iter().any(|extension| name.ends_with(extension)) {
            Container::Warc
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Container::Jsonl
        } else {
            Container::Page
        }
    }
}

/// Whether a file is named `.json`, optionally `.gz`.
fn has_json_name(path: &Path) -> bool {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    name.strip_suffix(".gz").unwrap_or(&name).ends_with(".json")
}

/// One page to clean, or the reason it could not be read.
#[derive(Debug)]
pub struct Document {
    /// Its identifier: a WARC-Record-ID; a JSON Lines `id`, else its `url`,
    /// else a hash of its line; or the file's path.
    pub id: String,
    /// Where it came from: a path, `path:LINE` or `path:RECORD`.
    pub source: String,
    /// The URL its container gives (WARC-Target-URI, a JSON Lines `url`).
    pub url: Option<String>,
    /// The HTTP status of a WARC response.
    pub status: Option<u16>,
    /// Where its output goes under `--output-dir`, without the format's extension.
    pub output_name: PathBuf,
    /// HTML, text, or decide from the content.
    pub kind: InputKind,
    /// The charset its transport declared (HTTP `Content-Type` in a WARC).
    pub declared_encoding: Option<&'static Encoding>,
    /// The language its transport declared (HTTP `Content-Language`, a WET
    /// record's `WARC-Identified-Content-Language`), as a language tag.
    pub declared_language: Option<String>,
    /// The title its container gives (a JSON Lines `title`).
    pub title: Option<String>,
    /// Its bytes, or why they could not be read.
    pub body: Result<Vec<u8>, String>,
}

/// One input as given on the command line, expanded: a file, a directory's file, or stdin.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// Where its page's output goes under `--output-dir`, without the
    /// format's extension: below its directory, without its extensions unless another input shares the name.
    pub output_name: PathBuf,
    /// Why it could not be reached (a broken link, a loop of links, a
    /// directory that cannot be read or gives no file): the file gives an error record.
    pub unreachable: Option<String>,
}

impl InputFile {
    /// One file, as a library user would name it: its output mirrors `path`
    /// ([`expand`] names files given together below the directory they share).
    pub fn new(path: PathBuf) -> InputFile {
        InputFile { output_name: strip_extensions(&naming::mirrored(&path)), path: Some(path), unreachable: None }
    }

    /// The file's name as records give it (`id`, `source`): its path, each
    /// byte that is not UTF-8 written `\xFF`, so that two names that differ
    /// only there stay two ids (a lossy name writes both as U+FFFD).
    fn display(&self) -> String {
        let Some(path) = &self.path else { return "<stdin>".to_string() };
        let bytes = path.as_os_str().as_encoded_bytes();
        let mut name = String::with_capacity(bytes.len());
        for chunk in bytes.utf8_chunks() {
            name.push_str(chunk.valid());
            for byte in chunk.invalid() {
                name.push_str(&format!("\\x{byte:02X}"));
            }
        }
        name
    }
}

/// Expands inputs into files: directories are walked recursively in sorted
/// order, following symbolic links (a loop of them is an error record), and
/// filtered by `glob` (matched against the path below the directory); `-` is
/// standard input. A directory that gives no file (empty, or none matching
/// `glob`: a mistyped pattern) is an error record of its own, so that an
/// input never vanishes without a word. `output_dir`, when it lies inside an
/// input directory, is not walked: its files are a previous run's results.
/// Output names are given here, where every input is known, so that no two
/// share one.
pub fn expand(inputs: &[PathBuf], glob: Option<&GlobMatcher>, output_dir: Option<&Path>) -> Vec<InputFile> {
    let output_dir = output_dir.and_then(|dir| dir.canonicalize().ok());
    // Each file, with the path its output name is made from (`None` for a
    // directory that gave no file: it writes nothing), and whether it was named on its own.
    let mut found: Vec<(InputFile, Option<PathBuf>, bool)> = Vec::new();
    let file = |path: Option<PathBuf>, unreachable: Option<String>| InputFile { path, output_name: PathBuf::new(), unreachable };
    for input in inputs {
        if input.as_os_str() == "-" {
            found.push((file(None, None), Some(PathBuf::from("stdin")), false));
        } else if input.is_dir() {
            let found_before = found.len();
            let mut walked = 0;
            let walk = walkdir::WalkDir::new(input).follow_links(true).sort_by_file_name().into_iter();
            let is_output_dir = |entry: &walkdir::DirEntry| {
                entry.depth() > 0 && entry.file_type().is_dir() && output_dir.is_some() && entry.path().canonicalize().ok() == output_dir
            };
            for entry in walk.filter_entry(|entry| !is_output_dir(entry)) {
                let (path, unreachable) = match entry {
                    Ok(entry) if entry.file_type().is_file() => (entry.into_path(), None),
                    Ok(_) => continue,
                    Err(err) => (err.path().unwrap_or(input).to_path_buf(), Some(err.to_string())),
                };
                let relative = path.strip_prefix(input).unwrap_or(&path).to_path_buf();
                walked += 1;
                if glob.is_none_or(|g| g.is_match(&relative)) {
                    found.push((file(Some(path), unreachable), Some(relative), false));
                }
            }
            if found.len() == found_before {
                let error = match glob {
                    Some(glob) if walked > 0 => format!("none of the {walked} files below this directory matches --glob {:?}", glob.glob().glob()),
                    _ => "no files below this directory".to_string(),
                };
                found.push((file(Some(input.clone()), Some(error)), None, false));
            }
        } else {
            found.push((file(Some(input.clone()), None), Some(input.clone()), true));
        }
    }
    // Files named on their own mirror their paths below the deepest directory they share.
    let named: Vec<&Path> = found.iter().filter(|(_, _, named)| *named).filter_map(|(_, path, _)| path.as_deref()).collect();
    let shared = naming::shared_parent(&named);
    for path in found.iter_mut().filter(|(_, _, named)| *named).filter_map(|(_, path, _)| path.as_mut()) {
        *path = naming::mirrored(path.strip_prefix(&shared).unwrap_or(path));
    }
    let relatives: Vec<&Path> = found.iter().filter_map(|(_, relative, _)| relative.as_deref()).collect();
    let mut names = naming::page_names(&relatives).into_iter();
    found
        .into_iter()
        .map(|(file, relative, _)| InputFile { output_name: relative.and_then(|_| names.next()).unwrap_or_default(), ..file })
        .collect()
}

/// The canonical paths of the files among `files`: what an output must never overwrite.
pub fn canonical_paths(files: &[InputFile]) -> BTreeSet<PathBuf> {
    files.iter().filter_map(|f| f.path.as_deref()?.canonicalize().ok()).collect()
}

/// How the documents of a file are read.
#[derive(Clone, Debug)]
pub struct Reading {
    /// `None`: by the file's name, or for standard input by its content.
    pub container: Option<Container>,
    /// What each page is.
    pub kind: InputKind,
    /// A page file is read no further than this: a larger one is an error record.
    pub max_bytes: usize,
    /// Skip WARC responses whose HTTP status is not 2xx.
    pub only_2xx: bool,
    /// The field of a JSON line that holds its page, HTML or text as its
    /// content says (`--page-field`); `None`: `html` or else `text`.
    pub page_field: Option<Arc<str>>,
}

/// The documents in `file`, read lazily.
pub fn documents(file: InputFile, reading: Reading) -> Box<dyn Iterator<Item = Document> + Send> {
    if let Some(error) = &file.unreachable {
        return Box::new(std::iter::once(unreadable(&file, error.clone())));
    }
    // Standard input and `.json` files are judged by their first bytes (`Container::of_file`).
    let container = reading.container.unwrap_or_else(|| match &file.path {
        Some(path) => Container::of_file(path),
        None => sniff_stdin(),
    });
    let reader = match open(&file) {
        Ok(reader) => reader,
        Err(err) => return Box::new(std::iter::once(unreadable(&file, err))),
    };
    // A page is read as it came, gzip and all: `input::decode` inflates every page alike, with one cap.
    if container == Container::Page {
        return Box::new(std::iter::once(page(file, reader, reading)));
    }
    // A container is inflated as it is read.
    match inflated(reader) {
        Err(err) => Box::new(std::iter::once(unreadable(&file, err))),
        Ok(reader) => {
            let max_record = reading.max_bytes.saturating_mul(MAX_RECORD_PER_PAGE_BYTES);
            let error = "internal error: reading the file's next record panicked (please report it); the rest of the file is not read";
            let panicked = unreadable(&file, error.to_string());
            let records: Box<dyn Iterator<Item = Document> + Send> = match container {
                Container::Jsonl => Box::new(JsonlDocuments { file, reader: Some(reader), max_line: max_record, line: 0, page_field: reading.page_field }),
                _ => Box::new(WarcDocuments { file, reader: Some(reader), max_block: max_record as u64, record: 0, only_2xx: reading.only_2xx }),
            };
            Box::new(UnwindGuarded { records: Some(records), panicked: Some(panicked) })
        }
    }
}

/// A container's records, read so that a reader that panics (a bug, ours or
/// a crate's) ends its file with an error record instead of the whole batch.
/// (The `warc` crate's header accessor once panicked on a value that was not
/// UTF-8, and a crawl's run died at that record.)
struct UnwindGuarded {
    /// `None` once a read panicked.
    records: Option<Box<dyn Iterator<Item = Document> + Send>>,
    /// The error record given when a read panics.
    panicked: Option<Document>,
}

impl Iterator for UnwindGuarded {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        let records = self.records.as_mut()?;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| records.next())) {
            Ok(document) => document,
            Err(_) => {
                self.records = None;
                self.panicked.take()
            }
        }
    }
}

/// The bytes read from standard input to judge what it holds
/// ([`sniff_stdin`]), which its reader ([`stdin`]) gives first: standard
/// input is one stream for the whole process, and what was read from it is
/// gone from it.
static STDIN_HEAD: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// What standard input holds, judged by its first bytes (read as far as
/// telling needs, and kept for [`stdin`] to give back).
pub fn sniff_stdin() -> Container {
    let mut head = STDIN_HEAD.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    match read_head(&mut io::stdin(), &mut head) {
        Ok(()) => sniff(&head),
        Err(_) => Container::Page,
    }
}

/// Standard input, whole: the bytes [`sniff_stdin`] read from it, then the rest.
pub fn stdin() -> impl Read + Send {
    let head = std::mem::take(&mut *STDIN_HEAD.lock().unwrap_or_else(|poisoned| poisoned.into_inner()));
    io::Cursor::new(head).chain(io::stdin())
}

/// A stream's head is read this far at least (one read buffer's worth; a
/// page has shown what it is by then).
const HEAD_MIN_BYTES: usize = 8 * 1024;

/// A head that opens with a JSON object is read this far at most, looking
/// for its second line: past this, a first line is a JSON Lines record with a
/// whole page in it.
const HEAD_MAX_BYTES: usize = 1 << 20;

/// Reads the head of a stream into `head` (which may hold its start
/// already), as far as [`sniff`] needs: [`HEAD_MIN_BYTES`], and when it
/// opens with a JSON object, on to the line after the first (a text page
/// may open with its metadata as one long line of JSON, which a read buffer
/// cuts), up to [`HEAD_MAX_BYTES`]; less at the stream's end.
fn read_head(reader: &mut impl Read, head: &mut Vec<u8>) -> io::Result<()> {
    let mut chunk = [0; HEAD_MIN_BYTES];
    loop {
        let opens_object = head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
        let enough = if opens_object { second_line_start(head).is_some() || head.len() >= HEAD_MAX_BYTES } else { head.len() >= HEAD_MIN_BYTES };
        if enough {
            return Ok(());
        }
        match reader.read(&mut chunk) {
            Ok(0) => return Ok(()),
            Ok(n) => head.extend_from_slice(&chunk[..n]),
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
}

/// Where the first line after the first that holds anything but spaces starts.
fn second_line_start(prefix: &[u8]) -> Option<usize> {
    let start = prefix.iter().position(|b| !b.is_ascii_whitespace())?;
    let end = start + prefix[start..].iter().position(|&b| b == b'\n')?;
    prefix[end..].iter().position(|b| !b.is_ascii_whitespace()).map(|offset| end + offset)
}

/// The byte order mark that some writers put before UTF-8 text.
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// What a stream's first bytes say it holds: WARC records, JSON objects, or
/// (anything else) a page. A gzip stream is judged by what it inflates to.
fn sniff(prefix: &[u8]) -> Container {
    if prefix.starts_with(GZIP_MAGIC) {
        let mut inner = Vec::new();
        // The prefix is cut mid-stream: what inflates before the cut is enough.
        let _ = flate2::read::MultiGzDecoder::new(prefix).take(SNIFF_BYTES).read_to_end(&mut inner);
        return if inner.is_empty() { Container::Page } else { sniff(&inner) };
    }
    let prefix = prefix.strip_prefix(UTF8_BOM).unwrap_or(prefix);
    let start = prefix.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(prefix.len());
    let prefix = &prefix[start..];
    if prefix.starts_with(b"WARC/") {
        Container::Warc
    } else if is_json_object_start(prefix) && !text_follows_first_line(prefix) && !text_follows_first_object(prefix) {
        Container::Jsonl
    } else {
        Container::Page
    }
}

/// Whether `prefix` opens a JSON object on its first line: a brace, then
/// (past spaces and tabs, which some writers put there) a key's quote or the
/// closing brace. A pretty-printed JSON document, whose brace ends its line,
/// is no JSON Lines.
fn is_json_object_start(prefix: &[u8]) -> bool {
    let Some(inside) = prefix.strip_prefix(b"{") else { return false };
    matches!(inside.iter().find(|&&b| b != b' ' && b != b'\t'), Some(b'"' | b'}'))
}

/// Whether the line after the first, when the prefix holds it, is no JSON
/// object: a page of text that opens with one (a site's metadata printed
/// over its text) is a page. (JSON Lines put an object on every line; a
/// first line longer than the prefix, a whole page in it, says nothing.)
fn text_follows_first_line(prefix: &[u8]) -> bool {
    second_line_start(prefix).is_some_and(|start| prefix[start] != b'{')
}

/// Whether the first line holds a whole JSON object and then more than
/// spaces: a page of text that opens with data, on one line (a Next.js
/// page's `textContent`, `{"props":...}` and then its text), is a page. (A
/// JSON Lines record ends its line; one cut short, by the prefix or by a
/// truncated stream, says nothing.)
fn text_follows_first_object(prefix: &[u8]) -> bool {
    let mut values = serde_json::Deserializer::from_slice(prefix).into_iter::<serde::de::IgnoredAny>();
    if !matches!(values.next(), Some(Ok(_))) {
        return false;
    }
    let rest = &prefix[values.byte_offset()..];
    rest.iter().take_while(|&&b| b != b'\n').any(|b| !b.is_ascii_whitespace())
}

/// How much inflated data [`sniff`] looks at.
const SNIFF_BYTES: u64 = 512;

/// Opens a file or stdin as it is.
fn open(file: &InputFile) -> Result<Box<dyn BufRead + Send>, String> {
    let Some(path) = &file.path else { return Ok(Box::new(BufReader::new(stdin()))) };
    let handle = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(Box::new(BufReader::new(handle)))
}

/// A container's bytes, inflated as they are read when they are gzip (by their
/// magic bytes, whatever the name says). A container may inflate to any size:
/// each page in it is held to the caps on its own.
fn inflated(mut reader: Box<dyn BufRead + Send>) -> Result<Box<dyn BufRead + Send>, String> {
    let head = reader.fill_buf().map_err(|e| format!("cannot read: {e}"))?;
    // Another compression would be read as lines or records of noise: one error per newline byte.
    if let Some(what) = unread_compression(head) {
        return Err(format!("the file is {what}"));
    }
    let is_gzip = head.starts_with(GZIP_MAGIC);
    Ok(if is_gzip { Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(reader))) } else { reader })
}

fn unreadable(file: &InputFile, error: String) -> Document {
    Document {
        id: file.display(),
        source: file.display(),
        url: None,
        status: None,
        output_name: file.output_name.clone(),
        kind: InputKind::Auto,
        declared_encoding: None,
        declared_language: None,
        title: None,
        body: Err(error),
    }
}

/// A page file, read up to one byte past `max_bytes` so that a larger one is
/// refused without being read whole.
fn page(file: InputFile, reader: Box<dyn BufRead + Send>, reading: Reading) -> Document {
    let mut bytes = Vec::new();
    let limit = u64::try_from(reading.max_bytes).unwrap_or(u64::MAX).saturating_add(1);
    let body = reader.take(limit).read_to_end(&mut bytes).map(|_| bytes).map_err(|e| format!("cannot read {}: {e}", file.display()));
    Document {
        id: file.display(),
        source: file.display(),
        url: None,
        status: None,
        output_name: file.output_name,
        kind: reading.kind,
        declared_encoding: None,
        declared_language: None,
        title: None,
        body,
    }
}

/// A line of JSON Lines holds a page and its escapes, a WARC record a page
/// and its HTTP headers: one longer than this many times `--max-bytes` holds
/// a page over the limit. It is skipped, not kept (a gzip bomb inflates to
/// one endless line or record).
const MAX_RECORD_PER_PAGE_BYTES: usize = 2;

struct JsonlDocuments {
    file: InputFile,
    /// `None` once the file is finished or broken.
    reader: Option<Box<dyn BufRead + Send>>,
    /// Longer lines are skipped (`MAX_RECORD_PER_PAGE_BYTES`).
    max_line: usize,
    line: usize,
    /// `Reading::page_field`.
    page_field: Option<Arc<str>>,
}

/// Reads the next line, without its "\n", as bytes: each line is decoded on
/// its own. A line longer than `max` bytes is read to its end but not kept:
/// `Ok(Some(None))`. `Ok(None)` at the end of the input.
fn read_line(reader: &mut dyn BufRead, max: usize) -> io::Result<Option<Option<Vec<u8>>>> {
    let mut line = Vec::new();
    let read = reader.take((max as u64).saturating_add(1)).read_until(b'\n', &mut line)?;
    if read == 0 {
        return Ok(None);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
    } else if line.len() > max {
        reader.skip_until(b'\n')?;
        return Ok(Some(None));
    }
    Ok(Some(Some(line)))
}

impl Iterator for JsonlDocuments {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        loop {
            let line = read_line(self.reader.as_mut()?, self.max_line).transpose()?;
            self.line += 1;
            let source = format!("{}:{}", self.file.display(), self.line);
            let mut bytes = match line {
                Ok(Some(bytes)) => bytes,
                Ok(None) => {
                    let error = format!("line {}: longer than twice --max-bytes ({} bytes)", self.line, self.max_line);
                    return Some(record_document(source.clone(), source, None, InputKind::Auto, Err(error)));
                }
                Err(err) => {
                    // A read that fails (an I/O error, gzip cut short) ends the file: report it and stop.
                    let mut document = unreadable(&self.file, format!("line {}: {err}", self.line));
                    document.source = source;
                    self.reader = None;
                    return Some(document);
                }
            };
            // A line ends at "\n" or "\r\n".
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
            // A file that a Windows tool wrote may open with a byte order mark.
            if self.line == 1 && bytes.starts_with(UTF8_BOM) {
                bytes.drain(..UTF8_BOM.len());
            }
            // A line that is not UTF-8 is one failed record; the next line is read as usual.
            let line = match String::from_utf8(bytes) {
                Ok(line) if line.trim().is_empty() => continue,
                Ok(line) => line,
                Err(err) => {
                    let error = format!("line {}: not UTF-8 text, as JSON must be", self.line);
                    return Some(record_document(content_id(err.as_bytes()), source, None, InputKind::Auto, Err(error)));
                }
            };
            return Some(jsonl_document(&line, source, self.line, self.page_field.as_deref()));
        }
    }
}

fn jsonl_document(line: &str, source: String, number: usize, page_field: Option<&str>) -> Document {
    let failed = |error: String| record_document(content_id(line.as_bytes()), source.clone(), None, InputKind::Auto, Err(format!("line {number}: {error}")));
    // Read as a value first: serde would fill a struct from an array's items too.
    let object = match serde_json::from_str(line) {
        Ok(serde_json::Value::Object(object)) => object,
        Ok(_) => return failed("not a JSON object".to_string()),
        Err(e) => return failed(format!("not a JSON object: {e}")),
    };
    // A field, if it is there: a string, or else an error that names it.
    let field = |name: &str| match object.get(name) {
        None | Some(serde_json::Value::Null) => Ok(None),
        Some(serde_json::Value::String(value)) => Ok(Some(value.clone())),
        Some(other) => {
            let kind = match other {
                serde_json::Value::Bool(_) => "a boolean",
                serde_json::Value::Number(_) => "a number",
                serde_json::Value::Array(_) => "an array",
                _ => "an object",
            };
            Err(format!("a field of the wrong type: \"{name}\" is {kind}, not a string"))
        }
    };
    // The id and the url name the record even when its other fields are wrong.
    let url = field("url");
    let id = match object.get("id") {
        Some(serde_json::Value::String(id)) => id.clone(),
        Some(other) if !other.is_null() => other.to_string(),
        _ => url.clone().ok().flatten().unwrap_or_else(|| content_id(line.as_bytes())),
    };
    let title = field("title");
    // A url or a title of the wrong type fails the record as a body of the wrong type does.
    let page = url.clone().and(title.clone()).and_then(|_| match page_field {
        // A dataset's own field ("content"): the page says whether it is HTML or text.
        Some(name) => field(name)?.map(|page| (page.into_bytes(), InputKind::Auto)).ok_or_else(|| format!("the object has no \"{name}\"")),
        None => match (field("html")?, field("text")?) {
            (Some(html), _) => Ok((html.into_bytes(), InputKind::Html)),
            (None, Some(text)) => Ok((text.into_bytes(), InputKind::Text)),
            // (The input may be a page that opens with a JSON object, a page's data as `textContent` writes it.)
            (None, None) => {
                Err("the object has neither \"html\" nor \"text\" (--page-field names its field; --input html or text reads the input as one page)".to_string())
            }
        },
    });
    let kind = page.as_ref().map_or(InputKind::Auto, |(_, kind)| *kind);
    let body = page.map(|(body, _)| body).map_err(|e| format!("line {number}: {e}"));
    Document { title: title.ok().flatten(), ..record_document(id, source, url.ok().flatten(), kind, body) }
}

/// The document a record of a container gives (a JSON line, a WARC record), page or error.
fn record_document(id: String, source: String, url: Option<String>, kind: InputKind, body: Result<Vec<u8>, String>) -> Document {
    Document { output_name: naming::id_file_name(&id), id, source, url, status: None, kind, declared_encoding: None, declared_language: None, title: None, body }
}

/// The id of a line that has none and no URL: a hash of the line, the same
/// wherever the line is read (a position such as `<stdin>:6` is not unique
/// across the partitions of a Spark job).
fn content_id(line: &[u8]) -> String {
    format!("fnv1a:{:016x}", fnv1a(line))
}

struct WarcDocuments {
    file: InputFile,
    /// `None` once the file is finished or broken.
    reader: Option<Box<dyn BufRead + Send>>,
    /// Records with a longer block are skipped (`MAX_RECORD_PER_PAGE_BYTES`).
    max_block: u64,
    record: usize,
    only_2xx: bool,
}

/// A WARC record's header block is read no further than this.
const MAX_WARC_HEADER_BYTES: u64 = 1 << 20;

/// The header block of the next WARC record, through the blank line that
/// ends it; `None` at the end of the input. Blank lines before it are
/// passed over: a writer that pads its file's end with them (or puts more
/// than the standard's two between records) loses nothing. (A block that
/// the input ends in is returned as it is, for the WARC reader to judge;
/// one that goes on past `MAX_WARC_HEADER_BYTES` is an error.)
fn read_warc_header(reader: &mut dyn BufRead) -> io::Result<Option<Vec<u8>>> {
    let mut header = Vec::new();
    loop {
        let start = header.len();
        let read = (&mut *reader).take(MAX_WARC_HEADER_BYTES - start as u64).read_until(b'\n', &mut header)?;
        if read == 0 {
            return Ok((!header.is_empty()).then_some(header));
        }
        if header.len() as u64 >= MAX_WARC_HEADER_BYTES {
            return Err(io::Error::other("a header block over 1 MiB"));
        }
        if start == 0 && header.trim_ascii().is_empty() {
            header.clear();
        } else if header[start..] == *b"\r\n" {
            return Ok(Some(header));
        }
    }
}

/// A field's value in a WARC record's header block (names are case-insensitive).
fn warc_field<'h>(header: &'h [u8], name: &str) -> Option<&'h str> {
    header.split(|&b| b == b'\n').find_map(|line| {
        let (key, value) = std::str::from_utf8(line).ok()?.split_once(':')?;
        key.trim().eq_ignore_ascii_case(name).then(|| value.trim())
    })
}

impl Iterator for WarcDocuments {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        loop {
            let reader = self.reader.as_mut()?;
            // The header block first: a block too long to hold is skipped by its length, unread.
            let header = read_warc_header(reader.as_mut());
            self.record += 1;
            let header = match header {
                Ok(Some(header)) => header,
                Ok(None) => {
                    self.reader = None;
                    return None;
                }
                Err(err) => return Some(self.stop(err)),
            };
            let source = format!("{}:{}", self.file.display(), self.record);
            let block = warc_field(&header, "Content-Length").and_then(|length| length.parse::<u64>().ok());
            // (A length that the WARC reader could not add its four bytes to is skipped too.)
            let unreadable_length = |block: u64| block.checked_add(4).and_then(|n| usize::try_from(n).ok()).is_none();
            if let Some(block) = block.filter(|&block| block > self.max_block || unreadable_length(block)) {
                // The block, then the blank lines that end the record.
                let record_rest = block.saturating_add(4);
                let skipped = io::copy(&mut reader.as_mut().take(record_rest), &mut io::sink());
                if !matches!(skipped, Ok(n) if n == record_rest) {
                    return Some(self.stop("the record is cut short"));
                }
                let id = warc_field(&header, "WARC-Record-ID").map_or_else(|| source.clone(), str::to_string);
                let url = warc_field(&header, "WARC-Target-URI").map(str::to_string);
                let error = format!("WARC record {}: a block of {block} bytes, longer than twice --max-bytes", self.record);
                return Some(record_document(id, source, url, InputKind::Html, Err(error)));
            }
            let record = WarcReader::new(io::Cursor::new(&header[..]).chain(reader.as_mut())).iter_records().next();
            let record = match record {
                // A header block and then nothing the reader takes for a
                // record: the input ends inside the record (a download cut
                // short), which is no clean end.
                None => return Some(self.stop("the input ends inside the record's header")),
                Some(Ok(record)) => record,
                // A record that lacks a required header, or has one
                // malformed, was read whole: the next one follows. After
                // any other error (headers that do not parse, a body
                // cut short or longer than it says) the reader cannot
                // find the next record: report it and stop this file.
                Some(Err(err @ (warc::Error::MissingHeader(_) | warc::Error::MalformedHeader(..)))) => return Some(self.failed(err)),
                Some(Err(err)) => return Some(self.stop(err)),
            };
            // Fields are read from the header block itself: the WARC reader's
            // own accessor panics on a value that is not UTF-8 (one such byte
            // in a `Content-Type` ended a whole batch), where this reads no value.
            let content_type = warc_field(&header, "Content-Type").map(str::to_ascii_lowercase).unwrap_or_default();
            let target_uri = warc_field(&header, "WARC-Target-URI");
            let (kind, status, declared_encoding, declared_language, body) = match record.warc_type() {
                // Responses to other protocols (`dns:`, `whois:`) are not pages.
                RecordType::Response if content_type.is_empty() || content_type.contains("application/http") => {
                    match http_response(record.body()) {
                        Ok(response) if !response.is_html => continue,
                        Ok(response) if self.only_2xx && !(200..300).contains(&response.status) => continue,
                        Ok(response) => (InputKind::Html, Some(response.status), response.charset, response.language, response.payload),
                        Err(err) => (InputKind::Html, None, None, None, Err(format!("WARC record {}: {err}", self.record))),
                    }
                }
                // A page archived without its HTTP exchange (by a browser),
                // or a page's text as the crawler extracted it (Common
                // Crawl's WET files): the record's block is the page. (A
                // crawler's own files, such as wget's log, have other URIs.)
                RecordType::Resource | RecordType::Conversion if is_web_address(target_uri) => {
                    // Common Crawl's WET records name the languages their text is in.
                    let language = warc_field(&header, "WARC-Identified-Content-Language").and_then(language::declared);
                    match page_kind(&content_type) {
                        Some(kind) => (kind, None, charset(&content_type), language, Ok(record.body().to_vec())),
                        None => continue,
                    }
                }
                _ => continue,
            };
            let id = record.warc_id().to_string();
            return Some(Document {
                output_name: naming::id_file_name(id.trim_start_matches("<urn:uuid:").trim_end_matches('>')),
                id,
                source,
                url: target_uri.map(str::to_string),
                status,
                kind,
                declared_encoding,
                declared_language,
                title: None,
                body,
            });
        }
    }
}

impl WarcDocuments {
    /// The error record of the current record.
    fn failed(&self, error: impl std::fmt::Display) -> Document {
        let mut document = unreadable(&self.file, format!("WARC record {}: {error}", self.record));
        document.source = format!("{}:{}", self.file.display(), self.record);
        document
    }

    /// The error record that ends this file: after it, the next record cannot be found.
    fn stop(&mut self, error: impl std::fmt::Display) -> Document {
        self.reader = None;
        self.failed(error)
    }
}

/// The page inside a WARC response record's HTTP message.
struct HttpResponse {
    status: u16,
    is_html: bool,
    charset: Option<&'static Encoding>,
    /// Its `Content-Language`, as a language tag.
    language: Option<String>,
    payload: Result<Vec<u8>, String>,
}

/// How many HTTP headers a response may carry.
const MAX_HTTP_HEADERS: usize = 256;

/// The status-line versions that crawlers write for HTTP/2 and HTTP/3
/// responses, which have no status line of their own on the wire.
const LATER_HTTP_VERSIONS: [&[u8]; 4] = [b"HTTP/2.0 ", b"HTTP/2 ", b"HTTP/3.0 ", b"HTTP/3 "];

fn http_response(message: &[u8]) -> Result<HttpResponse, String> {
    // httparse reads HTTP/1.x only; the headers of a later version have the same form.
    let relabelled;
    let message = match LATER_HTTP_VERSIONS.iter().find_map(|version| message.strip_prefix(*version)) {
        Some(rest) => {
            relabelled = [b"HTTP/1.1 ", rest].concat();
            relabelled.as_slice()
        }
        None => message,
    };
    let mut headers = [httparse::EMPTY_HEADER; MAX_HTTP_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let header_len = match response.parse(message) {
        Ok(httparse::Status::Complete(header_len)) => header_len,
        Ok(httparse::Status::Partial) => return Err("the HTTP headers are cut short".to_string()),
        Err(err) => return Err(format!("not an HTTP response: {err}")),
    };
    let header = |name: &str| {
        response.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)).map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
    };
    let content_type = header("content-type").unwrap_or_default();
    let is_html = content_type.is_empty() || page_kind(&content_type) == Some(InputKind::Html);
    let charset = charset(&content_type);
    let language = response.headers.iter().find(|h| h.name.eq_ignore_ascii_case("content-language")).and_then(|h| std::str::from_utf8(h.value).ok()).and_then(language::declared);
    let mut payload = message[header_len..].to_vec();
    if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        payload = dechunk(&payload);
    }
    let payload = match header("content-encoding").as_deref().map(str::trim) {
        // A gzip body is left as it is: `input::decode` inflates gzip pages, every
        // page alike, with its cap on the inflated size.
        None | Some("" | "identity" | "gzip" | "x-gzip") => Ok(payload),
        Some("deflate") if has_zlib_header(&payload) => inflate(flate2::read::ZlibDecoder::new(payload.as_slice())),
        // Some servers send raw deflate under this name, and browsers read it.
        Some("deflate") => inflate(flate2::read::DeflateDecoder::new(payload.as_slice())),
        Some("br") => inflate(brotli_decompressor::Decompressor::new(payload.as_slice(), BROTLI_BUFFER_BYTES)),
        Some(other) => Err(format!("the payload's content encoding {other:?} is not one dechaff reads (gzip, deflate, br)")),
    };
    Ok(HttpResponse { status: response.code.unwrap_or_default(), is_html, charset, language, payload })
}

/// The page a lower-cased media type (a `Content-Type`) holds: markup
/// (`text/html`, `application/xhtml+xml`), plain text, or neither.
fn page_kind(content_type: &str) -> Option<InputKind> {
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    if essence.contains("html") {
        Some(InputKind::Html)
    } else if essence == "text/plain" {
        Some(InputKind::Text)
    } else {
        None
    }
}

/// Whether a record's target URI is a page's address on the web (http or https).
fn is_web_address(uri: Option<&str>) -> bool {
    uri.and_then(|uri| uri.get(..uri.find(':')?)).is_some_and(|scheme| scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https"))
}

/// The encoding a lower-cased media type's `charset` parameter names.
fn charset(content_type: &str) -> Option<&'static Encoding> {
    content_type
        .split(';')
        .find_map(|part| part.trim().strip_prefix("charset="))
        .and_then(|label| Encoding::for_label(label.trim_matches('"').as_bytes()))
}

/// Whether `body` starts with a zlib header (RFC 1950): the deflate method
/// and a check value that makes the first two bytes a multiple of 31.
fn has_zlib_header(body: &[u8]) -> bool {
    matches!(body, [method, flags, ..] if method & 0x0f == 8 && (u16::from(*method) << 8 | u16::from(*flags)) % 31 == 0)
}

/// The brotli decoder's working buffer.
const BROTLI_BUFFER_BYTES: usize = 4096;

/// Inflates a deflate or brotli body, up to the size a gzip page may inflate to.
fn inflate(decoder: impl Read) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    decoder.take(MAX_INFLATED_BYTES + 1).read_to_end(&mut out).map_err(|e| format!("cannot decompress the payload: {e}"))?;
    if out.len() as u64 > MAX_INFLATED_BYTES {
        return Err("the payload inflates past 256 MiB".to_string());
    }
    Ok(out)
}

/// Joins the chunks of a chunked transfer encoding; a malformed stream keeps what was read.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    while let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") {
        let size_field = String::from_utf8_lossy(&body[..line_end]);
        let Ok(size) = usize::from_str_radix(size_field.split(';').next().unwrap_or("").trim(), 16) else { break };
        let start = line_end + 2;
        if size == 0 || start + size > body.len() {
            break;
        }
        out.extend_from_slice(&body[start..start + size]);
        body = &body[(start + size + 2).min(body.len())..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn containers_are_named_by_extension() {
        assert_eq!(Container::from_name(Path::new("crawl.warc.gz")), Container::Warc);
        assert_eq!(Container::from_name(Path::new("CC-MAIN-20240101-00000.warc.wet.gz")), Container::Warc);
        assert_eq!(Container::from_name(Path::new("CC-MAIN-20240101-00000.warc.wat")), Container::Warc);
        assert_eq!(Container::from_name(Path::new("pages.JSONL")), Container::Jsonl);
        assert_eq!(Container::from_name(Path::new("page.html.gz")), Container::Page);
    }

    #[test]
    fn output_names_lose_their_extensions() {
        assert_eq!(strip_extensions(Path::new("news/a.html.gz")), PathBuf::from("news/a"));
        assert_eq!(strip_extensions(Path::new("b.txt")), PathBuf::from("b"));
    }

    #[test]
    fn a_reader_that_panics_ends_its_file_with_an_error_record_not_the_batch() {
        let file = InputFile::new(PathBuf::from("crawl.warc"));
        let page = |n: usize| record_document(format!("page {n}"), format!("crawl.warc:{n}"), None, InputKind::Html, Ok(Vec::new()));
        let records = (1..).map(move |n| if n < 3 { page(n) } else { panic!("a reader's bug") });
        let panicked = unreadable(&file, "internal error".to_string());
        let guarded = UnwindGuarded { records: Some(Box::new(records)), panicked: Some(panicked) };
        let got: Vec<(String, bool)> = guarded.map(|d| (d.source, d.body.is_ok())).collect();
        assert_eq!(got, [("crawl.warc:1".into(), true), ("crawl.warc:2".into(), true), ("crawl.warc".into(), false)]);
    }

    #[test]
    fn a_warc_header_block_that_never_ends_is_an_error_not_a_buffer_without_end() {
        let endless = "WARC-Padding: x\r\n".repeat(100_000);
        let error = read_warc_header(&mut io::Cursor::new(format!("WARC/1.0\r\n{endless}"))).unwrap_err();
        assert!(error.to_string().contains("over 1 MiB"));
        let header = read_warc_header(&mut io::Cursor::new("WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n")).unwrap().unwrap();
        assert_eq!(warc_field(&header, "content-length"), Some("0"));
    }

    #[test]
    fn a_head_that_opens_with_a_json_object_is_read_to_its_second_line_and_no_further_than_needed() {
        let long_object = format!("{{\"title\": \"{}\"}}\n\nThe text.\n", "x".repeat(20_000));
        let mut head = Vec::new();
        read_head(&mut Cut { bytes: long_object.as_bytes(), read_size: 100 }, &mut head).unwrap();
        assert!(head.len() > 20_000, "read past the first line");
        assert_eq!(sniff(&head), Container::Page);
        // A page that opens with no object: one read buffer's worth, not the whole of it.
        let html = format!("<html><body>{}</body></html>", "<p>Text.</p>".repeat(10_000));
        let mut head = Vec::new();
        read_head(&mut Cut { bytes: html.as_bytes(), read_size: 100 }, &mut head).unwrap();
        assert!((HEAD_MIN_BYTES..HEAD_MIN_BYTES + 100).contains(&head.len()), "{}", head.len());
        // A record longer than the most that is read is a JSON Lines record.
        let huge_record = format!("{{\"html\": \"{}\"}}\n", "x".repeat(HEAD_MAX_BYTES));
        let mut head = Vec::new();
        read_head(&mut huge_record.as_bytes(), &mut head).unwrap();
        assert!(head.len() < huge_record.len());
        assert_eq!(sniff(&head), Container::Jsonl);
    }

    proptest::proptest! {
        /// Whatever a stream holds and however its reads are cut, the head and
        /// the rest of the stream are the stream: a sniff loses no byte.
        #[test]
        fn the_head_and_the_rest_are_the_whole_stream(
            lines in proptest::collection::vec("[{} a-z\"\n]{0,300}", 0..40),
            read_size in 1usize..5000,
        ) {
            let stream = lines.concat().into_bytes();
            let mut reader = Cut { bytes: &stream, read_size };
            let mut head = Vec::new();
            read_head(&mut reader, &mut head).unwrap();
            let mut rest = Vec::new();
            reader.read_to_end(&mut rest).unwrap();
            proptest::prop_assert_eq!([head, rest].concat(), stream);
        }
    }

    /// A stream handed over `read_size` bytes at a time.
    struct Cut<'a> {
        bytes: &'a [u8],
        read_size: usize,
    }

    impl Read for Cut<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.bytes.len()).min(self.read_size);
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// Some writers put a space inside the brace (`{ "id": ...}`): such JSON
    /// Lines on stdin were read as one page, and gave nothing.
    #[test]
    fn json_lines_with_a_space_inside_the_brace_are_sniffed_as_json_lines() {
        assert_eq!(sniff(b"{ \"id\": 1, \"html\": \"<p>\"}"), Container::Jsonl);
        assert_eq!(sniff(b"{\t}\n"), Container::Jsonl);
        // A pretty-printed JSON document breaks the line after its brace: not JSON Lines.
        assert_eq!(sniff(b"{\n  \"data\": [1, 2]\n}"), Container::Page);
    }

    /// Once, a page of text that opened with its site's metadata as a JSON
    /// object was read as JSON Lines: an error record for each line of its text.
    #[test]
    fn a_page_of_text_under_a_json_line_is_a_page() {
        assert_eq!(sniff(b"{\"title\": \"Data types\"}\n\n# Data types\n\nRedis supports strings.\n"), Container::Page);
        // Near misses: JSON Lines, with a blank line between records, and a first record longer than the prefix.
        assert_eq!(sniff(b"{\"text\": \"a\"}\n\n{\"text\": \"b\"}\n"), Container::Jsonl);
        assert_eq!(sniff(b"{\"html\": \"<p>a page longer than what was read"), Container::Jsonl);
    }

    /// Once, a page's text that opened with its data on the same line (a
    /// Next.js page's `textContent` run together: `{"props":...}` and then
    /// the story) was read as one JSON Lines record, and gave an error.
    #[test]
    fn a_page_of_text_after_a_json_object_on_its_first_line_is_a_page() {
        assert_eq!(sniff(b"{\"props\": {\"page\": 1}}The bridge opened on Monday, the council said."), Container::Page);
        assert_eq!(sniff(b"{\"a\": 1} and then the story"), Container::Page);
        // Near misses: a record and spaces, two records, a record cut short.
        assert_eq!(sniff(b"{\"text\": \"a\"}  \n"), Container::Jsonl);
        assert_eq!(sniff(b"{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), Container::Jsonl);
        assert_eq!(sniff(b"{\"text\": \"a story cut"), Container::Jsonl);
    }

    #[test]
    fn streams_are_sniffed_for_warc_and_json_lines_through_gzip() {
        assert_eq!(sniff(b"WARC/1.1\r\nWARC-Type: warcinfo"), Container::Warc);
        assert_eq!(sniff(b"\n{\"id\": 1, \"html\": \"<p>\"}"), Container::Jsonl);
        assert_eq!(sniff(b"<html><p>WARC/1.0 is a format</p>"), Container::Page);
        assert_eq!(sniff(b"{ not json, a page of text"), Container::Page);
        let mut gzipped = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gzipped, b"WARC/1.0\r\n").unwrap();
        assert_eq!(sniff(&gzipped.finish().unwrap()), Container::Warc);
    }

    #[test]
    fn jsonl_lines_pass_ids_and_urls_through() {
        let doc = jsonl_document(r#"{"id": 7, "url": "http://x", "html": "<p>hi</p>"}"#, "f:1".into(), 1, None);
        assert_eq!((doc.id.as_str(), doc.url.as_deref(), doc.kind), ("7", Some("http://x"), InputKind::Html));
        // Without an id, the URL; without either, a hash of the line: the same in every partition.
        let doc = jsonl_document(r#"{"url": "http://y", "text": "hi"}"#, "f:2".into(), 2, None);
        assert_eq!((doc.id.as_str(), doc.kind), ("http://y", InputKind::Text));
        let (a, b) = (jsonl_document(r#"{"text": "hi"}"#, "f:2".into(), 2, None), jsonl_document(r#"{"text": "hi"}"#, "g:9".into(), 9, None));
        assert!(a.id.starts_with("fnv1a:") && a.id == b.id);
        assert!(jsonl_document("not json", "f:3".into(), 3, None).body.is_err());
        assert!(jsonl_document(r#"{"id": "x"}"#, "f:4".into(), 4, None).body.is_err());
    }

    #[test]
    fn http_responses_give_their_charset_and_decoded_payload() {
        let message = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ca\r\n3\r\nf\xe9!\r\n0\r\n\r\n";
        let response = http_response(message).unwrap();
        assert!(response.is_html && response.status == 200);
        assert_eq!(response.charset.map(|e| e.name()), Some("windows-1252"));
        assert_eq!(response.payload.unwrap(), b"<p>caf\xe9!");
        let image = http_response(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG").unwrap();
        assert!(!image.is_html);
    }

    #[test]
    fn an_http2_response_is_read_with_its_status() {
        let response = http_response(b"HTTP/2 404\r\ncontent-type: text/html\r\n\r\n<p>gone</p>").unwrap();
        assert_eq!((response.status, response.payload.unwrap()), (404, b"<p>gone</p>".to_vec()));
        assert!(http_response(b"ICY 200 OK\r\n\r\n").is_err());
    }

    #[test]
    fn a_deflate_body_is_read_with_or_without_its_zlib_header() {
        use std::io::Write;
        let page = b"<p>hello, deflate</p>".repeat(10);
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zlib.write_all(&page).unwrap();
        let mut raw = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(&page).unwrap();
        for compressed in [zlib.finish().unwrap(), raw.finish().unwrap()] {
            let message = [b"HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n".as_slice(), &compressed].concat();
            assert_eq!(http_response(&message).unwrap().payload.unwrap(), page);
        }
    }

    #[test]
    fn a_brotli_body_is_decompressed_and_an_unknown_encoding_is_an_error() {
        // "hello" as brotli: a 16-bit window, one stored meta-block of 5 bytes, an empty last one.
        let compressed = b"\x40\x00\x10hello\x03";
        let mut message = b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n".to_vec();
        message.extend_from_slice(compressed);
        assert_eq!(http_response(&message).unwrap().payload.unwrap(), b"hello");
        let zstd = http_response(b"HTTP/1.1 200 OK\r\nContent-Encoding: zstd\r\n\r\n(bytes)").unwrap();
        assert!(zstd.payload.unwrap_err().contains("zstd"));
    }
}
