//! The batch soak: 10,000 generated pages in every container dechaff reads
//! (a directory with same-stem files, symbolic links and junk; JSON Lines with
//! hostile ids; WARC with odd records; gzipped and not; as files and on stdin).
//! Every page must account for exactly one output or error record, one thread
//! and two must write the same bytes, and no input may be touched.

mod common;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use common::{dechaff, gzip, http, warc_record};
use serde_json::Value;

/// Pages per container file: five of them (directory, JSON Lines plain and
/// gzipped, WARC plain and gzipped) make 10,000.
const PAGES_PER_CONTAINER: usize = 2000;

fn page(n: usize) -> String {
    format!(
        "<html><head><title>Page {n}</title></head><body><nav><a href=/>Home</a></nav><article><h1>Page {n}</h1>\
         <p>Story {n}: the council met on Tuesday and agreed, after a long debate about the roads, to build a bridge.</p>\
         </article></body></html>"
    )
}

/// A JSON Lines id that tries to break file naming: repeats, separators, dots, nothing, length, other scripts.
fn hostile_id(n: usize) -> Option<String> {
    match n % 9 {
        0 => None,
        1 => Some(format!("dir/{n}")),
        2 => Some(format!("dir_{}", n - 1)),
        3 => Some("..".to_string()),
        4 => Some(String::new()),
        5 => Some(format!("{}{n}", "x".repeat(300))),
        6 => Some(format!("页面 {n}")),
        7 => Some(format!("../../escape{n}")),
        _ => Some(format!("plain-{n}")),
    }
}

/// The inputs, and how many pages (documents) they hold.
struct Crawl {
    inputs: Vec<PathBuf>,
    documents: usize,
}

fn write_crawl(root: &Path) -> Crawl {
    let mut documents = 0;
    // A directory: same stems with different extensions, gzip, empty and binary files, links.
    let dir = root.join("site");
    for n in 0..PAGES_PER_CONTAINER {
        let sub = dir.join(format!("s{}", n % 7));
        std::fs::create_dir_all(&sub).unwrap();
        let stem = format!("story{}", n / 3);
        match n % 10 {
            0 => std::fs::write(sub.join(format!("{stem}.html.gz")), gzip(page(n).as_bytes())).unwrap(),
            1 => std::fs::write(sub.join(format!("{stem}.htm")), page(n)).unwrap(),
            2 => std::fs::write(sub.join(format!("{stem}.bin")), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap(),
            3 => std::fs::write(sub.join(format!("{stem}.txt")), "").unwrap(),
            _ => std::fs::write(sub.join(format!("{stem}-{n}.html")), page(n)).unwrap(),
        }
        documents += 1;
    }
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("s0"), dir.join("s0").join("loop")).unwrap();
        std::os::unix::fs::symlink(dir.join("missing"), dir.join("broken.html")).unwrap();
        documents += 2; // the loop and the broken link are error records
    }
    // JSON Lines, plain and gzipped: hostile ids, blank lines, broken lines.
    for gzipped in [false, true] {
        let mut lines = String::new();
        for n in 0..PAGES_PER_CONTAINER {
            let body = if n % 50 == 0 { "{\"id\": \"broken\", \"html\": ".to_string() } else {
                let id = hostile_id(n).map_or(String::new(), |id| format!("\"id\": {},", serde_json::to_string(&id).unwrap()));
                format!("{{{id} \"html\": {}}}", serde_json::to_string(&page(n)).unwrap())
            };
            writeln!(lines, "{body}").unwrap();
            if n % 100 == 0 {
                lines.push('\n');
            }
            documents += 1;
        }
        let path = root.join(if gzipped { "pages.jsonl.gz" } else { "pages.jsonl" });
        std::fs::write(&path, if gzipped { gzip(lines.as_bytes()) } else { lines.into_bytes() }).unwrap();
    }
    // WARC, plain and gzipped: requests and images skipped, HTTP/2, 404s, chunked and gzip bodies, and a cut last record.
    for gzipped in [false, true] {
        let mut warc = Vec::new();
        for n in 0..PAGES_PER_CONTAINER {
            let uri = format!("https://example.com/{n}");
            let id = format!("{n:08}-0000-0000-0000-{}", u8::from(gzipped));
            warc.extend(warc_record("request", &format!("{id}-q"), &uri, b"GET / HTTP/1.1\r\n\r\n"));
            let message = match n % 4 {
                0 => [b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n".as_slice(), page(n).as_bytes()].concat(),
                1 => [b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n".as_slice(), page(n).as_bytes()].concat(),
                2 => [b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".as_slice(), &gzip(page(n).as_bytes())].concat(),
                _ => http("text/html", page(n).as_bytes()),
            };
            warc.extend(warc_record("response", &id, &uri, &message));
            warc.extend(warc_record("response", &format!("{id}-img"), &format!("{uri}.png"), &http("image/png", b"\x89PNG")));
            documents += 1;
        }
        warc.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\ncut");
        documents += 1;
        let path = root.join(if gzipped { "crawl.warc.gz" } else { "crawl.warc" });
        std::fs::write(&path, if gzipped { gzip(&warc) } else { warc }).unwrap();
    }
    let inputs = ["site", "pages.jsonl", "pages.jsonl.gz", "crawl.warc", "crawl.warc.gz"].iter().map(|name| root.join(name)).collect();
    Crawl { inputs, documents }
}

/// Every file under `dir` with its bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| (entry.path().to_path_buf(), std::fs::read(entry.path()).unwrap()))
        .collect()
}

#[test]
fn ten_thousand_pages_in_every_container_give_one_record_each_the_same_for_any_thread_count() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("soak");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let crawl = write_crawl(&root);
    assert!(crawl.documents >= 10_000);
    let before = snapshot(&root);
    let inputs: Vec<&str> = crawl.inputs.iter().map(|p| p.to_str().unwrap()).collect();

    // JSON Lines out: one record per page, in the same bytes with one thread and two.
    let run = |jobs: &str| dechaff(&[&["-f", "jsonl", "-j", jobs], inputs.as_slice()].concat(), b"");
    let (one, two) = (run("1"), run("2"));
    assert_eq!(one.status.code(), Some(1), "some pages fail: {}", String::from_utf8_lossy(&one.stderr));
    assert!(one.stdout == two.stdout, "-j1 and -j2 differ");
    let records: Vec<Value> = String::from_utf8(one.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), crawl.documents);
    assert!(records.iter().all(|r| r["text"].is_string() != r["error"].is_string()), "each record is a result or an error");

    // Files out: every page is a file or a reported error, and every file is inside the output directory.
    let out_dir = root.join("out");
    let out = dechaff(&[&["-o", out_dir.to_str().unwrap(), "-v"], inputs.as_slice()].concat(), b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let summary = stderr.lines().last().unwrap();
    let failed: usize = summary.split(", ").nth(1).and_then(|f| f.strip_suffix(" failed")).unwrap().parse().unwrap();
    assert!(summary.starts_with(&format!("dechaff: {} pages,", crawl.documents)), "{summary}");
    assert_eq!(stderr.lines().count() - 1, failed, "one line on stderr per failed page");
    let written = snapshot(&out_dir);
    assert_eq!(written.len() + failed, crawl.documents, "every page is a file or an error");
    assert_eq!(snapshot(&root).len(), before.len() + written.len(), "nothing written outside the output directory");
    assert!(before.iter().all(|(path, bytes)| std::fs::read(path).unwrap() == *bytes), "no input was touched");

    // The gzipped WARC on stdin, sniffed, gives the same records as the file.
    let warc = std::fs::read(root.join("crawl.warc.gz")).unwrap();
    let from_stdin = dechaff(&[], &warc);
    let from_file = dechaff(&[root.join("crawl.warc.gz").to_str().unwrap()], b"");
    let texts = |output: &std::process::Output| -> Vec<Value> {
        String::from_utf8_lossy(&output.stdout).lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["text"].clone()).collect()
    };
    assert_eq!(texts(&from_stdin).len(), PAGES_PER_CONTAINER + 1);
    assert_eq!(texts(&from_stdin), texts(&from_file));
}
