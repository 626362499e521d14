//! Inputs to documents: files, directories (walked in sorted order), `.gz`
//! files, standard input, JSON Lines and WARC, each turned into a lazy stream
//! of [`Document`]s so that no more than a chunk is ever held in memory.
//! Whatever cannot be read becomes a document carrying the error, so it
//! yields an error record downstream instead of vanishing.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use encoding_rs::Encoding;
use globset::GlobMatcher;
use serde::Deserialize;
use warc::{RecordType, WarcHeader, WarcReader};

use crate::input::MAX_INFLATED_BYTES;
use crate::InputKind;

use super::BatchError;

/// How an input file holds its pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    /// One page per file.
    Page,
    /// One JSON object per line, with `html` or `text`.
    Jsonl,
    /// WARC records; each HTML `response` is a page.
    Warc,
}

impl Container {
    /// The container a file's name suggests: `.warc`, `.warc.gz`, `.jsonl`, `.ndjson` (optionally `.gz`).
    pub fn from_name(path: &Path) -> Container {
        let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if name.ends_with(".warc") {
            Container::Warc
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Container::Jsonl
        } else {
            Container::Page
        }
    }
}

/// One page to clean, or the reason it could not be read.
#[derive(Debug)]
pub struct Document {
    /// Its identifier: a WARC-Record-ID, a JSON Lines `id`, or the source.
    pub id: String,
    /// Where it came from: a path, `path:LINE` or `path:RECORD`.
    pub source: String,
    pub url: Option<String>,
    /// Where its output goes under `--output-dir`, without an extension.
    pub output_name: PathBuf,
    /// HTML, text, or decide from the content.
    pub kind: InputKind,
    /// The charset its transport declared (HTTP `Content-Type` in a WARC).
    pub declared_encoding: Option<&'static Encoding>,
    pub body: Result<Vec<u8>, String>,
}

/// One input as given on the command line, expanded: a file, a directory's file, or stdin.
#[derive(Clone, Debug)]
pub struct InputFile {
    /// `None` for standard input.
    pub path: Option<PathBuf>,
    /// The path below the directory it was found in, or its file name.
    pub relative: PathBuf,
}

impl InputFile {
    fn display(&self) -> String {
        self.path.as_ref().map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
    }
}

/// Expands inputs into files: directories are walked recursively in sorted
/// order and filtered by `glob` (matched against the path below the
/// directory); `-` is standard input. A directory that cannot be walked is an error.
pub fn expand(inputs: &[PathBuf], glob: Option<&GlobMatcher>) -> Result<Vec<InputFile>, BatchError> {
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            files.push(InputFile { path: None, relative: PathBuf::from("stdin") });
        } else if input.is_dir() {
            for entry in walkdir::WalkDir::new(input).sort_by_file_name() {
                let entry = entry.map_err(|source| BatchError::Walk { path: input.clone(), source })?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let relative = entry.path().strip_prefix(input).unwrap_or(entry.path()).to_path_buf();
                if glob.is_none_or(|g| g.is_match(&relative)) {
                    files.push(InputFile { path: Some(entry.path().to_path_buf()), relative });
                }
            }
        } else {
            let relative = input.file_name().map_or_else(|| input.clone(), PathBuf::from);
            files.push(InputFile { path: Some(input.clone()), relative });
        }
    }
    Ok(files)
}

/// The documents in `file`, read lazily. `container` overrides the one its name suggests.
pub fn documents(file: InputFile, container: Option<Container>, kind: InputKind) -> Box<dyn Iterator<Item = Document> + Send> {
    let container = container.unwrap_or_else(|| file.path.as_deref().map_or(Container::Page, Container::from_name));
    let reader = match open(&file) {
        Ok(reader) => reader,
        Err(err) => return Box::new(std::iter::once(unreadable(&file, err))),
    };
    match container {
        Container::Page => Box::new(std::iter::once(page(file, reader, kind))),
        Container::Jsonl => Box::new(JsonlDocuments { file, lines: Some(reader.lines()), line: 0 }),
        Container::Warc => Box::new(WarcDocuments::new(file, reader)),
    }
}

/// Opens a file or stdin, decompressing `.gz` transparently.
fn open(file: &InputFile) -> Result<Box<dyn BufRead + Send>, String> {
    let Some(path) = &file.path else { return Ok(Box::new(BufReader::new(io::stdin()))) };
    let handle = File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        Ok(Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(handle))))
    } else {
        Ok(Box::new(BufReader::new(handle)))
    }
}

fn unreadable(file: &InputFile, error: String) -> Document {
    Document {
        id: file.display(),
        source: file.display(),
        url: None,
        output_name: strip_extensions(&file.relative),
        kind: InputKind::Auto,
        declared_encoding: None,
        body: Err(error),
    }
}

fn page(file: InputFile, mut reader: Box<dyn BufRead + Send>, kind: InputKind) -> Document {
    let mut bytes = Vec::new();
    let body = reader.read_to_end(&mut bytes).map(|_| bytes).map_err(|e| format!("cannot read {}: {e}", file.display()));
    Document {
        id: file.display(),
        source: file.display(),
        url: None,
        output_name: strip_extensions(&file.relative),
        kind,
        declared_encoding: None,
        body,
    }
}

/// `news/a.html.gz` to `news/a`: the name an output file gets before its format's extension.
fn strip_extensions(relative: &Path) -> PathBuf {
    let mut name = relative.to_path_buf();
    if name.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        name.set_extension("");
    }
    name.set_extension("");
    name
}

/// An identifier made safe as a file name.
fn file_name_for(id: &str) -> PathBuf {
    let safe: String = id.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' }).collect();
    PathBuf::from(safe.trim_start_matches('.'))
}

/// One line of `--input jsonl`.
#[derive(Deserialize)]
struct JsonlPage {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

struct JsonlDocuments {
    file: InputFile,
    /// `None` once the file is finished or broken.
    lines: Option<io::Lines<Box<dyn BufRead + Send>>>,
    line: usize,
}

impl Iterator for JsonlDocuments {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        loop {
            let line = self.lines.as_mut()?.next()?;
            self.line += 1;
            let source = format!("{}:{}", self.file.display(), self.line);
            let line = match line {
                Ok(line) if line.trim().is_empty() => continue,
                Ok(line) => line,
                Err(err) => {
                    // An unreadable line (invalid UTF-8, I/O error) ends the file: report it and stop.
                    let mut document = unreadable(&self.file, format!("line {}: {err}", self.line));
                    document.source = source;
                    self.lines = None;
                    return Some(document);
                }
            };
            return Some(jsonl_document(&line, source, self.line));
        }
    }
}

fn jsonl_document(line: &str, source: String, number: usize) -> Document {
    let parsed: Result<JsonlPage, String> = serde_json::from_str(line).map_err(|e| format!("not a JSON object: {e}"));
    let (id, url, body, kind) = match parsed {
        Ok(page) => {
            let id = match page.id {
                Some(serde_json::Value::String(id)) => id,
                Some(other) if !other.is_null() => other.to_string(),
                _ => source.clone(),
            };
            let (body, kind) = match (page.html, page.text) {
                (Some(html), _) => (Ok(html.into_bytes()), InputKind::Html),
                (None, Some(text)) => (Ok(text.into_bytes()), InputKind::Text),
                (None, None) => (Err("the object has neither \"html\" nor \"text\"".to_string()), InputKind::Auto),
            };
            (id, page.url, body, kind)
        }
        Err(err) => (source.clone(), None, Err(err), InputKind::Auto),
    };
    Document {
        output_name: file_name_for(&id),
        id,
        source,
        url,
        kind,
        declared_encoding: None,
        body: body.map_err(|e| format!("line {number}: {e}")),
    }
}

struct WarcDocuments {
    file: InputFile,
    records: Option<warc::RecordIter<Box<dyn BufRead + Send>>>,
    record: usize,
}

impl WarcDocuments {
    fn new(file: InputFile, reader: Box<dyn BufRead + Send>) -> Self {
        WarcDocuments { file, records: Some(WarcReader::new(reader).iter_records()), record: 0 }
    }
}

impl Iterator for WarcDocuments {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        loop {
            let record = self.records.as_mut()?.next()?;
            self.record += 1;
            let source = format!("{}:{}", self.file.display(), self.record);
            let record = match record {
                Ok(record) => record,
                Err(err) => {
                    // The reader cannot resynchronise after a broken record: report it and stop this file.
                    self.records = None;
                    let mut document = unreadable(&self.file, format!("WARC record {}: {err}", self.record));
                    document.source = source;
                    return Some(document);
                }
            };
            if *record.warc_type() != RecordType::Response {
                continue;
            }
            let Some(response) = http_response(record.body()) else { continue };
            if !response.is_html {
                continue;
            }
            let id = record.warc_id().to_string();
            return Some(Document {
                output_name: file_name_for(id.trim_start_matches("<urn:uuid:").trim_end_matches('>')),
                id,
                source,
                url: record.header(WarcHeader::TargetURI).map(|u| u.into_owned()),
                kind: InputKind::Html,
                declared_encoding: response.charset,
                body: response.payload,
            });
        }
    }
}

/// The page inside a WARC response record's HTTP message.
struct HttpResponse {
    is_html: bool,
    charset: Option<&'static Encoding>,
    payload: Result<Vec<u8>, String>,
}

/// How many HTTP headers a response may carry.
const MAX_HTTP_HEADERS: usize = 256;

fn http_response(message: &[u8]) -> Option<HttpResponse> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HTTP_HEADERS];
    let mut response = httparse::Response::new(&mut headers);
    let httparse::Status::Complete(header_len) = response.parse(message).ok()? else { return None };
    let header = |name: &str| {
        response.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)).map(|h| String::from_utf8_lossy(h.value).to_ascii_lowercase())
    };
    let content_type = header("content-type").unwrap_or_default();
    let is_html = content_type.is_empty() || content_type.contains("html");
    let charset = content_type
        .split(';')
        .find_map(|part| part.trim().strip_prefix("charset="))
        .and_then(|label| Encoding::for_label(label.trim_matches('"').as_bytes()));
    let mut payload = message[header_len..].to_vec();
    if header("transfer-encoding").is_some_and(|t| t.contains("chunked")) {
        payload = dechunk(&payload);
    }
    // A gzip body is left as it is: `input::decode` inflates gzip pages, every
    // page alike, with its cap on the inflated size.
    let payload = match header("content-encoding").as_deref() {
        Some("deflate") => inflate(flate2::read::ZlibDecoder::new(payload.as_slice())),
        _ => Ok(payload),
    };
    Some(HttpResponse { is_html, charset, payload })
}

/// Inflates a deflate body, up to the size a gzip page may inflate to.
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
        assert_eq!(Container::from_name(Path::new("pages.JSONL")), Container::Jsonl);
        assert_eq!(Container::from_name(Path::new("page.html.gz")), Container::Page);
    }

    #[test]
    fn output_names_lose_their_extensions() {
        assert_eq!(strip_extensions(Path::new("news/a.html.gz")), PathBuf::from("news/a"));
        assert_eq!(strip_extensions(Path::new("b.txt")), PathBuf::from("b"));
        assert_eq!(file_name_for("../a b/c"), PathBuf::from("_a_b_c"));
    }

    #[test]
    fn jsonl_lines_pass_ids_and_urls_through() {
        let doc = jsonl_document(r#"{"id": 7, "url": "http://x", "html": "<p>hi</p>"}"#, "f:1".into(), 1);
        assert_eq!((doc.id.as_str(), doc.url.as_deref(), doc.kind), ("7", Some("http://x"), InputKind::Html));
        let doc = jsonl_document(r#"{"text": "hi"}"#, "f:2".into(), 2);
        assert_eq!((doc.id.as_str(), doc.kind), ("f:2", InputKind::Text));
        assert!(jsonl_document("not json", "f:3".into(), 3).body.is_err());
        assert!(jsonl_document(r#"{"id": "x"}"#, "f:4".into(), 4).body.is_err());
    }

    #[test]
    fn http_responses_give_their_charset_and_decoded_payload() {
        let message = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>ca\r\n3\r\nf\xe9!\r\n0\r\n\r\n";
        let response = http_response(message).unwrap();
        assert!(response.is_html);
        assert_eq!(response.charset.map(|e| e.name()), Some("windows-1252"));
        assert_eq!(response.payload.unwrap(), b"<p>caf\xe9!");
        let image = http_response(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG").unwrap();
        assert!(!image.is_html);
    }
}
