//! Batch mode through the real binary: directories with nested folders and
//! `.gz` files, JSON Lines in and out, WARC, failures in the middle of a
//! batch, and output that does not depend on the number of threads.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{dechaff, gzip, http, warc_record, warc_record_of};
use serde_json::Value;

const BODY: &str = "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built before the end of the year.";

fn page(title: &str) -> String {
    format!("<html><head><title>{title}</title></head><body><nav><a href=/>Home</a></nav><article><h1>{title}</h1><p>{BODY} ({title})</p></article></body></html>")
}

/// A fresh directory under the target dir, removed first if a previous run left it.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn records(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout).lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

/// A tree: a.html, news/b.html.gz, news/deep/c.txt, and notes.md (filtered out by --glob).
fn page_tree(name: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::create_dir_all(dir.join("news/deep")).unwrap();
    std::fs::write(dir.join("a.html"), page("Alpha")).unwrap();
    std::fs::write(dir.join("news/b.html.gz"), gzip(page("Beta").as_bytes())).unwrap();
    std::fs::write(dir.join("news/deep/c.txt"), format!("Gamma\n\n{BODY} (Gamma)\n")).unwrap();
    std::fs::write(dir.join("notes.md"), "not a page").unwrap();
    dir
}

#[test]
fn a_directory_is_walked_in_order_with_gz_files_decompressed() {
    let dir = page_tree("walk");
    let out = dechaff(&["--format", "jsonl", "--glob", "*.{html,gz,txt}", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out);
    let texts: Vec<&str> = records.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert_eq!(texts, [format!("{BODY} (Alpha)"), format!("{BODY} (Beta)"), format!("{BODY} (Gamma)")]);
    assert_eq!(records[1]["title"], "Beta");
    assert!(records[1]["source"].as_str().unwrap().ends_with("b.html.gz"));
}

#[test]
fn output_dir_mirrors_the_inputs_with_the_formats_extension() {
    let dir = page_tree("mirror-in");
    let out_dir = scratch("mirror-out");
    let out = dechaff(&["-o", out_dir.to_str().unwrap(), "--glob", "*.{html,gz,txt}", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(out_dir.join("news/b.txt")).unwrap(), format!("{BODY} (Beta)\n"));
    assert!(out_dir.join("a.txt").is_file() && out_dir.join("news/deep/c.txt").is_file());
    assert!(!out_dir.join("notes.txt").exists());
    let json_dir = scratch("mirror-json");
    dechaff(&["-o", json_dir.to_str().unwrap(), "-f", "json", dir.join("a.html").to_str().unwrap()], b"");
    let article: Value = serde_json::from_str(&std::fs::read_to_string(json_dir.join("a.json")).unwrap()).unwrap();
    assert_eq!(article["title"], "Alpha");
}

#[test]
fn a_records_url_is_the_base_of_its_images() {
    let html = page("One").replace("<p>", "<p><img src='/photo.jpg' alt=''>");
    let input = format!(r#"{{"url": "https://example.com/news/1", "html": {}}}"#, serde_json::to_string(&html).unwrap());
    let with = records(&dechaff(&["--input", "jsonl", "--images"], input.as_bytes()));
    assert_eq!(with[0]["images"], serde_json::json!([{"src": "https://example.com/photo.jpg", "alt": ""}]));
    let without = records(&dechaff(&["--input", "jsonl"], input.as_bytes()));
    assert!(without[0].get("images").is_none(), "images are listed only when asked for");
}

#[test]
fn jsonl_in_gives_one_line_out_per_line_in_with_ids_and_urls_passed_through() {
    let input = [
        format!(r#"{{"id": "p1", "url": "https://example.com/1", "html": {}}}"#, serde_json::to_string(&page("One")).unwrap()),
        String::new(),
        format!(r#"{{"id": 2, "text": {}}}"#, serde_json::to_string(&format!("Two\n\n{BODY}")).unwrap()),
        "{not json".to_string(),
    ]
    .join("\n");
    let out = dechaff(&["--input", "jsonl", "--format", "jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "a malformed line is a failed record");
    let records = records(&out);
    assert_eq!(records.len(), 3);
    assert_eq!((records[0]["id"].as_str(), records[0]["url"].as_str()), (Some("p1"), Some("https://example.com/1")));
    assert_eq!(records[0]["text"], format!("{BODY} (One)"));
    assert_eq!(records[1]["id"], "2");
    assert_eq!(records[1]["text"], BODY);
    assert!(records[2]["error"].as_str().unwrap().contains("not a JSON object"));
    // A line without an id or a URL is named by its content, the same in every partition of a job.
    assert!(records[2]["id"].as_str().unwrap().starts_with("fnv1a:"), "{}", records[2]["id"]);
    assert_eq!(records[2]["source"], "<stdin>:4");
    let first_line = String::from_utf8_lossy(&out.stdout).lines().next().unwrap().to_string();
    let positions: Vec<usize> = ["id", "source", "url", "title", "byline", "date", "lang", "text", "error"]
        .iter()
        .map(|key| first_line.find(&format!("\"{key}\":")).unwrap_or_else(|| panic!("{key} missing")))
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "keys out of order: {first_line}");
}

/// A line that is not UTF-8 is an error record, and the lines after it are
/// read. Once, such a line ended the file, and every page after it was lost.
#[test]
fn a_jsonl_line_that_is_not_utf8_does_not_lose_the_lines_after_it() {
    let mut input = format!("{{\"id\": \"a\", \"html\": {}}}\r\n", serde_json::to_string(&page("Alpha")).unwrap()).into_bytes();
    input.extend(b"{\"id\": \"b\", \"text\": \"caf\xe9\"}\n");
    input.extend(format!("{{\"id\": \"c\", \"html\": {}}}\n", serde_json::to_string(&page("Charlie")).unwrap()).into_bytes());
    let out = dechaff(&["--input", "jsonl", "--format", "jsonl"], &input);
    assert_eq!(out.status.code(), Some(1), "one line failed");
    let records = records(&out);
    assert_eq!(records.len(), 3, "{records:?}");
    assert_eq!(records[0]["text"], format!("{BODY} (Alpha)"));
    assert!(records[1]["error"].as_str().unwrap().contains("line 2: not UTF-8"), "{}", records[1]);
    assert_eq!(records[1]["source"], "<stdin>:2");
    assert!(records[1]["id"].as_str().unwrap().starts_with("fnv1a:"), "{}", records[1]["id"]);
    assert_eq!(records[2]["text"], format!("{BODY} (Charlie)"));
}

/// A gzip bomb in JSON Lines inflates to one endless line: a line longer
/// than twice `--max-bytes` is skipped to its end without being kept, so
/// memory stays bounded, and the next line is read. Once, the whole line was
/// held in memory before its page was refused.
#[test]
fn a_jsonl_line_far_over_max_bytes_is_skipped_unread_and_the_next_line_is_read() {
    let long = format!("{{\"text\": \"{}\"}}\n", "a".repeat(5000));
    let input = gzip(format!("{long}{{\"id\": \"b\", \"html\": {}}}\n", serde_json::to_string(&page("Bravo")).unwrap()).as_bytes());
    let out = dechaff(&["--input", "jsonl", "--format", "jsonl", "--max-bytes", "1000"], &input);
    assert_eq!(out.status.code(), Some(1));
    let records = records(&out);
    assert_eq!(records.len(), 2, "{records:?}");
    assert!(records[0]["error"].as_str().unwrap().contains("line 1: longer than twice --max-bytes"), "{}", records[0]);
    assert_eq!(records[1]["text"], format!("{BODY} (Bravo)"));
}

/// A gzip bomb in a WARC file inflates to one endless record: a record whose
/// block is longer than twice `--max-bytes` is skipped by its length without
/// being kept, and the next record is read. Once, the whole block was held
/// in memory before its page was refused.
#[test]
fn a_warc_record_far_over_max_bytes_is_skipped_unread_and_the_next_record_is_read() {
    let big = format!("<html><body><p>{}</p></body></html>", "a".repeat(5000));
    let mut warc = warc_record("response", "99999999-9999-9999-9999-999999999991", "https://example.com/big", &http("text/html", big.as_bytes()));
    warc.extend(warc_record("response", "99999999-9999-9999-9999-999999999992", "https://example.com/b", &http("text/html", page("Bravo").as_bytes())));
    let out = dechaff(&["--input", "warc", "--format", "jsonl", "--max-bytes", "1000"], &gzip(&warc));
    assert_eq!(out.status.code(), Some(1));
    let records = records(&out);
    assert_eq!(records.len(), 2, "{records:?}");
    assert!(records[0]["error"].as_str().unwrap().contains("WARC record 1: a block of"), "{}", records[0]);
    assert_eq!(records[0]["id"], "<urn:uuid:99999999-9999-9999-9999-999999999991>");
    assert_eq!(records[0]["url"], "https://example.com/big");
    assert_eq!(records[1]["text"], format!("{BODY} (Bravo)"));
}

/// Limits at the ends of the range: `--max-bytes` as large as it goes, and a
/// WARC record that claims a block as long as a length can be. Once, the
/// first wrapped to a limit of nothing (no line read) and the second
/// overflowed.
#[test]
fn the_largest_max_bytes_and_the_largest_content_length_are_read_as_such() {
    let line = format!("{{\"id\": \"a\", \"html\": {}}}\n", serde_json::to_string(&page("Alpha")).unwrap());
    let out = dechaff(&["--input", "jsonl", "--format", "jsonl", "--max-bytes", &usize::MAX.to_string()], line.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(records(&out)[0]["text"], format!("{BODY} (Alpha)"));
    let claim = String::from_utf8(warc_record("response", "99999999-9999-9999-9999-999999999993", "https://example.com/c", b"short"))
        .unwrap()
        .replace("Content-Length: 5\r\n", &format!("Content-Length: {}\r\n", u64::MAX));
    for max_bytes in ["50000000", &usize::MAX.to_string()] {
        let out = dechaff(&["--input", "warc", "--format", "jsonl", "--max-bytes", max_bytes], claim.as_bytes());
        assert_eq!(out.status.code(), Some(1));
        assert!(records(&out)[0]["error"].as_str().unwrap().contains("cut short"), "{}", String::from_utf8_lossy(&out.stdout));
    }
}

/// JSON Lines in holds objects: an array is no page, even one whose items
/// would fill an object's fields in order (id, url, html). Once, serde read
/// it as one.
#[test]
fn a_jsonl_record_with_a_field_of_the_wrong_type_keeps_its_id_and_url() {
    let lines = "{\"id\": \"a\", \"html\": 5}\n{\"url\": \"https://example.com/b\", \"text\": [\"b\"]}\n";
    let records = records(&dechaff(&["--input", "jsonl"], lines.as_bytes()));
    assert_eq!(records.len(), 2);
    assert_eq!((records[0]["id"].as_str(), records[0]["error"].as_str()), (Some("a"), Some("line 1: a field of the wrong type: \"html\" is a number, not a string")));
    assert_eq!((records[1]["id"].as_str(), records[1]["url"].as_str()), (Some("https://example.com/b"), Some("https://example.com/b")));
    assert!(records[1]["error"].as_str().unwrap().contains("\"text\" is an array"));
}

/// A news dataset's records name their title beside the text: where the
/// text declares none, the record's title is the page's (it was `null`). A
/// title that is no string fails the record as a body that is no string does.
#[test]
fn a_jsonl_records_title_is_the_title_of_a_text_that_prints_none() {
    let text = format!("{BODY}\n\n{BODY} Again.");
    let line = |title: &str| format!(r#"{{"id": "a", "title": {title}, "text": {}}}"#, serde_json::to_string(&text).unwrap());
    let out = dechaff(&["--input", "jsonl"], format!("{}\n", line("\"Storm hits the coast\"")).as_bytes());
    assert_eq!(records(&out)[0]["title"], "Storm hits the coast");
    let off = dechaff(&["--input", "jsonl", "--disable", "meta/given-title"], format!("{}\n", line("\"Storm hits the coast\"")).as_bytes());
    assert_eq!(records(&off)[0]["title"], Value::Null);
    let wrong = records(&dechaff(&["--input", "jsonl"], format!("{}\n", line("[1]")).as_bytes()));
    assert_eq!(wrong[0]["error"], "line 1: a field of the wrong type: \"title\" is an array, not a string");
}

/// C4 and Dolma ship JSON Lines as `.json.gz`: such a file, named on the
/// command line, is read as JSON Lines, as standard input would be. It was
/// read as one page of JSON text. A pretty-printed JSON document is still a page.
#[test]
fn a_json_file_that_holds_json_lines_is_read_as_json_lines() {
    let dir = scratch("json-named");
    let line = |id: &str, key: &str, page: String| format!(r#"{{"id": "{id}", "{key}": {}}}"#, serde_json::to_string(&page).unwrap());
    let lines = [line("a", "text", format!("Alpha\n\n{BODY}")), line("b", "html", page("Bravo"))].join("\n");
    let path = dir.join("c4-train.00000-of-01024.json.gz");
    std::fs::write(&path, gzip(lines.as_bytes())).unwrap();
    let out = dechaff(&[path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let pages = records(&out);
    let got: Vec<(&str, &str)> = pages.iter().map(|r| (r["id"].as_str().unwrap(), r["text"].as_str().unwrap())).collect();
    assert_eq!(got, [("a", BODY), ("b", format!("{BODY} (Bravo)").as_str())]);
    let pretty = dir.join("settings.json");
    std::fs::write(&pretty, format!("{{\n  \"note\": \"{BODY}\"\n}}\n")).unwrap();
    let out = dechaff(&[pretty.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\"source\""), "one page, not a batch's records");
}

/// A JSON Lines file that a Windows tool wrote opens with a byte order
/// mark. Once, its first line was an error record ("not a JSON object")
/// when named `.jsonl`, and on standard input the whole stream was read as
/// one page of text.
#[test]
fn json_lines_that_open_with_a_byte_order_mark_read_their_first_line() {
    let lines = format!("\u{feff}{}\n{}\n", serde_json::json!({"id": "a", "html": page("Alpha")}), serde_json::json!({"id": "b", "html": page("Bravo")}));
    let path = scratch("jsonl-bom").join("pages.jsonl");
    std::fs::write(&path, &lines).unwrap();
    for out in [dechaff(&[path.to_str().unwrap()], b""), dechaff(&[], lines.as_bytes())] {
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
        let got: Vec<(String, String)> = records(&out).iter().map(|r| (r["id"].to_string(), r["text"].to_string())).collect();
        assert_eq!(got, [("\"a\"".into(), format!("\"{BODY} (Alpha)\"")), ("\"b\"".into(), format!("\"{BODY} (Bravo)\""))]);
    }
}

/// A dataset that keeps its pages under its own field name ("content",
/// "raw_content") is read with `--page-field`: each page, HTML or text, is
/// told by its content. Without the flag every line was an error record.
#[test]
fn page_field_reads_each_page_from_the_named_field_html_or_text() {
    let lines = [
        format!(r#"{{"id": "h", "content": {}}}"#, serde_json::to_string(&page("One")).unwrap()),
        format!(r#"{{"id": "t", "content": {}}}"#, serde_json::to_string(&format!("Two\n\n{BODY}")).unwrap()),
        r#"{"id": "x", "html": "<p>not the named field</p>"}"#.to_string(),
    ]
    .join("\n");
    let out = dechaff(&["--input", "jsonl", "--page-field", "content"], lines.as_bytes());
    assert_eq!(out.status.code(), Some(1), "the line without the field is a failed record");
    let pages = records(&out);
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0]["text"], format!("{BODY} (One)"), "read as HTML: no tags, no menu");
    assert_eq!(pages[1]["text"], BODY, "read as text: the title line is not the article");
    assert_eq!(pages[2]["error"], "line 3: the object has no \"content\"");
    let without = records(&dechaff(&["--input", "jsonl"], lines.as_bytes()));
    let error = without[0]["error"].as_str().unwrap();
    assert!(error.contains("neither \"html\" nor \"text\""), "{}", without[0]);
    assert!(error.contains("--page-field names its field; --input html or text reads the input as one page"), "the error says what to do: {error}");
    let warc = dechaff(&["--input", "warc", "--page-field", "content"], b"");
    assert_eq!(warc.status.code(), Some(2), "--page-field with --input warc is a usage error");
}

/// A `.jsonl` file that holds zstd data is one error record naming the
/// format; it was read as lines, one "not UTF-8" record per newline byte.
#[test]
fn a_zstd_compressed_jsonl_file_is_one_error_record_naming_its_compression() {
    let dir = scratch("zstd_jsonl");
    let path = dir.join("pages.jsonl");
    let mut bytes = b"\x28\xb5\x2f\xfd\x04\x58".to_vec();
    bytes.extend((0..200u8).flat_map(|i| [i.wrapping_mul(37) | 0x80, b'\n']));
    std::fs::write(&path, bytes).unwrap();
    let out = dechaff(&["--format", "jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let lines = records(&out);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0]["error"].as_str().unwrap().contains("zstd-compressed"), "{}", lines[0]);
}

#[test]
fn a_jsonl_line_that_is_an_array_is_an_error_record() {
    let array = serde_json::to_string(&["x1", "https://example.com/x", &page("Array")]).unwrap();
    let out = dechaff(&["--input", "jsonl", "--format", "jsonl"], array.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let records = records(&out);
    assert!(records[0]["error"].as_str().unwrap().contains("not a JSON object"), "{}", records[0]);
    assert!(records[0]["text"].is_null());
}

#[test]
fn warc_responses_with_html_become_documents_decoded_by_their_http_charset() {
    let latin1 = encoding_rs::WINDOWS_1252.encode(&page("Café")).0.into_owned();
    let mut warc = Vec::new();
    warc.extend(warc_record("response", "11111111-1111-1111-1111-111111111111", "https://example.com/a", &http("text/html; charset=iso-8859-1", &latin1)));
    warc.extend(warc_record("request", "22222222-2222-2222-2222-222222222222", "https://example.com/a", b"GET / HTTP/1.1\r\n\r\n"));
    warc.extend(warc_record("response", "33333333-3333-3333-3333-333333333333", "https://example.com/logo.png", &http("image/png", b"\x89PNG")));
    warc.extend(warc_record("response", "44444444-4444-4444-4444-444444444444", "https://example.com/b", &http("text/html", page("Bravo").as_bytes())));
    let dir = scratch("warc");
    let path = dir.join("crawl.warc.gz");
    // A .warc.gz holds one gzip member per record; one member for all reads the same.
    std::fs::write(&path, gzip(&warc)).unwrap();
    let out = dechaff(&["--format", "jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], "<urn:uuid:11111111-1111-1111-1111-111111111111>");
    assert_eq!(records[0]["url"], "https://example.com/a");
    assert_eq!(records[0]["text"], format!("{BODY} (Café)"));
    assert_eq!(records[1]["url"], "https://example.com/b");
}

/// Common Crawl's WET files hold each page's extracted text as a
/// `conversion` record, and archives written without the HTTP exchange
/// (wget's, a browser's) hold each page as a `resource` record. Once, both
/// were passed over without a word, and a `.warc.wet.gz` file named on the
/// command line was read as one page, its records run together.
#[test]
fn warc_conversion_and_resource_records_are_pages_and_a_wet_file_is_warc() {
    let text = |name: &str| format!("Home\nNews\nSport\n{BODY} ({name})\n{BODY} ({name}, again)\n");
    let mut warc = warc_record_of("warcinfo", "00000000-0000-0000-0000-000000000000", "", "application/warc-fields", b"isPartOf: CC-MAIN-2024-10\r\n");
    warc.extend(warc_record_of("conversion", "11111111-1111-1111-1111-111111111111", "https://example.com/a", "text/plain", text("Alpha").as_bytes()));
    warc.extend(warc_record_of("conversion", "22222222-2222-2222-2222-222222222222", "https://example.com/b", "text/plain", text("Bravo").as_bytes()));
    warc.extend(warc_record_of("resource", "33333333-3333-3333-3333-333333333333", "https://example.com/c", "text/html; charset=utf-8", page("Charlie").as_bytes()));
    warc.extend(warc_record_of("resource", "44444444-4444-4444-4444-444444444444", "https://example.com/logo.png", "image/png", b"\x89PNG"));
    // wget archives its log as a text resource: not a page of the web.
    let log = "Opening WARC file 'crawl.warc.gz'.\n\n--2024-01-01 00:00:00--  https://example.com/c\nResolving example.com... 93.184.216.34\n";
    warc.extend(warc_record_of("resource", "55555555-5555-5555-5555-555555555555", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", log.as_bytes()));
    let dir = scratch("warc-wet");
    let path = dir.join("CC-MAIN-20240101-00000.warc.wet.gz");
    std::fs::write(&path, gzip(&warc)).unwrap();
    let out = dechaff(&["--format", "jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let records = records(&out);
    let urls: Vec<&str> = records.iter().map(|r| r["url"].as_str().unwrap_or_default()).collect();
    assert_eq!(urls, ["https://example.com/a", "https://example.com/b", "https://example.com/c"]);
    assert_eq!(records[0]["id"], "<urn:uuid:11111111-1111-1111-1111-111111111111>");
    assert_eq!(records[0]["text"], format!("{BODY} (Alpha)\n\n{BODY} (Alpha, again)"));
    assert_eq!(records[2]["text"], format!("{BODY} (Charlie)"));
}

/// Common Crawl's WET records name the language they found, and an HTTP
/// response may carry a `Content-Language`: either is the page's `lang` when
/// the page declares none (its `<html lang>` wins). Both were dropped.
#[test]
fn a_wet_records_language_and_an_http_content_language_give_lang_when_the_page_declares_none() {
    let wet = warc_record_of("conversion", "11111111-1111-1111-1111-111111111111", "https://example.com/a", "text/plain", format!("{BODY}\n").as_bytes());
    let wet = String::from_utf8(wet).unwrap().replacen("WARC-Type: conversion\r\n", "WARC-Type: conversion\r\nWARC-Identified-Content-Language: deu,eng\r\n", 1);
    let french = |body: String| format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Language: fr-FR\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    let mut warc = wet.into_bytes();
    warc.extend(warc_record("response", "22222222-2222-2222-2222-222222222222", "https://example.com/b", french(page("Bravo")).as_bytes()));
    let declared = page("Charlie").replace("<html>", "<html lang=\"en-GB\">");
    warc.extend(warc_record("response", "33333333-3333-3333-3333-333333333333", "https://example.com/c", french(declared).as_bytes()));
    let out = dechaff(&["--input", "warc"], &warc);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let langs: Vec<Value> = records(&out).iter().map(|r| r["lang"].clone()).collect();
    assert_eq!(langs, ["de", "fr-FR", "en-GB"]);
}

/// A record that lacks a header the standard requires was still read whole
/// (its length is known), so the records after it are read too. Once, the
/// first such record ended the file, and every page after it was lost.
#[test]
fn a_warc_record_missing_a_required_header_does_not_lose_the_records_after_it() {
    let mut warc = warc_record("response", "66666666-6666-6666-6666-666666666666", "https://example.com/a", &http("text/html", page("Alpha").as_bytes()));
    let undated = String::from_utf8(warc_record("response", "77777777-7777-7777-7777-777777777777", "https://example.com/b", &http("text/html", page("Bravo").as_bytes())))
        .unwrap()
        .replace("WARC-Date: 2024-01-01T00:00:00Z\r\n", "");
    warc.extend(undated.into_bytes());
    warc.extend(warc_record("response", "88888888-8888-8888-8888-888888888888", "https://example.com/c", &http("text/html", page("Charlie").as_bytes())));
    let dir = scratch("warc-undated");
    let path = dir.join("crawl.warc");
    std::fs::write(&path, &warc).unwrap();
    let out = dechaff(&["--format", "jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1), "one record failed");
    let records = records(&out);
    assert_eq!(records.len(), 3, "{records:?}");
    assert_eq!(records[0]["text"], format!("{BODY} (Alpha)"));
    assert!(records[1]["error"].as_str().unwrap().contains("warc-date"), "{}", records[1]);
    assert_eq!(records[1]["source"], format!("{}:2", path.display()));
    assert_eq!(records[2]["text"], format!("{BODY} (Charlie)"));
}

/// A header value that is not UTF-8 is read as no value. Once, the WARC
/// reader's accessor panicked on one (a byte of Latin-1 in a
/// `Content-Type`), and the whole batch died with exit 101.
#[test]
fn a_warc_header_value_that_is_not_utf8_is_no_value_not_a_crash() {
    let mut warc = warc_record("response", "99999999-9999-9999-9999-999999999994", "https://example.com/a", &http("text/html", page("Alpha").as_bytes()));
    let at = warc.windows(7).position(|w| w == b"msgtype").expect("the record names its message type");
    warc[at + 1] = 0xd1;
    warc.extend(warc_record("response", "99999999-9999-9999-9999-999999999995", "https://example.com/b", &http("text/html", page("Bravo").as_bytes())));
    let out = dechaff(&["--input", "warc"], &warc);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let got: Vec<(String, String)> = records(&out).iter().map(|r| (r["url"].to_string(), r["text"].to_string())).collect();
    assert_eq!(
        got,
        [
            ("\"https://example.com/a\"".to_string(), format!("\"{BODY} (Alpha)\"")),
            ("\"https://example.com/b\"".to_string(), format!("\"{BODY} (Bravo)\""))
        ]
    );
}

/// A WARC file that its writer padded with blank lines after the last
/// record ends cleanly. Once, the padding was read as a record's header
/// that did not parse, and a whole crawl's run exited 1 on an error record.
#[test]
fn blank_lines_after_the_last_warc_record_are_no_error_record() {
    let mut warc = warc_record("response", "99999999-9999-9999-9999-999999999991", "https://example.com/a", &http("text/html", page("Alpha").as_bytes()));
    warc.extend_from_slice(b"\r\n\r\n\n");
    let out = dechaff(&["--input", "warc"], &warc);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let records = records(&out);
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["text"], format!("{BODY} (Alpha)"));
}

/// A WARC file cut inside a record's header (a download cut short) gives
/// that record an error record and exits 1. Once, the cut record was
/// dropped without a word, and the run exited 0 as if the file were whole.
#[test]
fn a_warc_file_cut_inside_a_records_header_gives_an_error_record_for_it() {
    let mut warc = warc_record("response", "99999999-9999-9999-9999-999999999992", "https://example.com/a", &http("text/html", page("Alpha").as_bytes()));
    let next = warc_record("response", "99999999-9999-9999-9999-999999999993", "https://example.com/b", &http("text/html", page("Bravo").as_bytes()));
    warc.extend_from_slice(&next[..60]);
    let out = dechaff(&["--input", "warc"], &warc);
    assert_eq!(out.status.code(), Some(1), "the cut record failed");
    let records = records(&out);
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["text"], format!("{BODY} (Alpha)"));
    assert!(records[1]["error"].as_str().unwrap().contains("ends inside the record's header"), "{}", records[1]);
    assert_eq!(records[1]["source"], "<stdin>:2");
}

#[test]
fn a_warc_response_sent_gzip_encoded_is_cleaned_like_the_plain_page() {
    let mut message = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
    message.extend(gzip(page("Gzip").as_bytes()));
    let dir = scratch("warc-gzip");
    let path = dir.join("crawl.warc");
    std::fs::write(&path, warc_record("response", "55555555-5555-5555-5555-555555555555", "https://example.com/g", &message)).unwrap();
    let out = dechaff(&["--format", "jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(records(&out)[0]["text"], format!("{BODY} (Gzip)"));
}

#[test]
fn a_broken_and_an_oversize_page_mid_batch_are_error_records_and_the_batch_finishes() {
    let dir = scratch("failures");
    std::fs::write(dir.join("1.html"), page("One")).unwrap();
    std::fs::write(dir.join("2.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(dir.join("3.html"), format!("{}{}", page("Big"), " ".repeat(5000))).unwrap();
    std::fs::write(dir.join("4.html"), page("Four")).unwrap();
    let out = dechaff(&["--format", "jsonl", "--max-bytes", "4000", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let records = records(&out);
    let errors: Vec<Option<&str>> = records.iter().map(|r| r["error"].as_str()).collect();
    assert_eq!(records.len(), 4);
    assert!(errors[0].is_none() && errors[3].is_none());
    assert!(errors[1].unwrap().contains("PNG"));
    assert!(errors[2].unwrap().contains("--max-bytes"));
    assert_eq!(records[3]["text"], format!("{BODY} (Four)"));
    let lenient = dechaff(&["--format", "jsonl", "--max-bytes", "4000", "--exit-zero", dir.to_str().unwrap()], b"");
    assert_eq!((lenient.status.code(), lenient.stdout), (Some(0), out.stdout));
}

#[test]
fn a_missing_input_in_a_batch_is_an_error_record_on_stderr_with_output_dir() {
    let dir = page_tree("missing");
    let out_dir = scratch("missing-out");
    let missing = dir.join("nope.html");
    let out = dechaff(&["-o", out_dir.to_str().unwrap(), dir.join("a.html").to_str().unwrap(), missing.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nope.html"));
    assert!(out_dir.join("a.txt").is_file());
}

#[test]
fn output_is_byte_identical_for_one_and_four_jobs() {
    let input: String = (0..400)
        .map(|i| format!("{{\"id\": {i}, \"html\": {}}}\n", serde_json::to_string(&page(&format!("Page {i}"))).unwrap()))
        .collect();
    let one = dechaff(&["--input", "jsonl", "-f", "jsonl", "-j", "1"], input.as_bytes());
    let four = dechaff(&["--input", "jsonl", "-f", "jsonl", "-j", "4"], input.as_bytes());
    assert_eq!(one.status.code(), Some(0));
    assert_eq!(records(&one).len(), 400);
    assert_eq!(one.stdout, four.stdout);
}

#[test]
fn several_pages_without_a_destination_write_json_lines_unless_a_file_format_is_asked_for() {
    let dir = page_tree("usage");
    let out = dechaff(&["--glob", "*.html", dir.to_str().unwrap()], b"");
    assert_eq!((out.status.code(), records(&out).len()), (Some(0), 1));
    let out = dechaff(&["-f", "text", dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--output-dir"));
}

/// Once, a directory that held no page (empty, or none of its files matching
/// a mistyped `--glob`) gave no record and exit 0: the run looked like a
/// success that cleaned nothing.
#[test]
fn a_directory_that_gives_no_file_is_an_error_record_not_silence() {
    let dir = page_tree("no-file");
    let empty = scratch("no-file-empty");
    let out = dechaff(&["-f", "jsonl", "--glob", "*.htm", dir.to_str().unwrap(), empty.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let failed = records(&out);
    let errors: Vec<&str> = failed.iter().map(|r| r["error"].as_str().unwrap()).collect();
    assert_eq!(errors, ["none of the 4 files below this directory matches --glob \"*.htm\"", "no files below this directory"]);
    // Written to a directory, the error goes to stderr, naming the input.
    let out_dir = scratch("no-file-out");
    let out = dechaff(&["-o", out_dir.to_str().unwrap(), empty.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-file-empty: no files below this directory"));
    assert_eq!(dechaff(&["--exit-zero", "-f", "jsonl", empty.to_str().unwrap()], b"").status.code(), Some(0));
    // Near miss: a directory with a file that matches gives its page and no error.
    let out = dechaff(&["-f", "jsonl", "--glob", "*.html", dir.to_str().unwrap(), dir.join("a.html").to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(records(&out).iter().all(|r| r["error"].is_null()));
}

/// With `--progress` off a terminal too, the summary is printed once, in
/// the progress lines' form. Once, the two flags printed two summary lines
/// of two forms ("0 s, 10223 pages/s" and "0.0 s (14634 pages/s)").
#[test]
fn verbose_prints_one_summary_line_with_progress_or_without() {
    let dir = page_tree("verbose");
    for progress in [&[][..], &["--progress"]] {
        let args = [&["-v", "-f", "jsonl", "--glob", "*.html", dir.to_str().unwrap()][..], progress].concat();
        let out = dechaff(&args, b"");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let summaries: Vec<&str> = stderr.lines().filter(|line| line.contains("pages/s")).collect();
        assert_eq!(summaries.len(), 1, "{stderr}");
        assert!(summaries[0].starts_with("dechaff: 1 pages, 0 failed, ") && summaries[0].ends_with(" pages/s"), "{stderr}");
    }
}

/// The files below `dir`, as sorted relative paths.
fn files_under(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().is_file())
        .map(|entry| entry.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn pages_with_one_stem_in_one_directory_keep_their_extensions_and_all_get_written() {
    let dir = scratch("same-stem");
    std::fs::write(dir.join("story.html"), page("One")).unwrap();
    std::fs::write(dir.join("story.htm"), page("Two")).unwrap();
    std::fs::write(dir.join("story.html.gz"), gzip(page("Three").as_bytes())).unwrap();
    std::fs::write(dir.join("other.html"), page("Four")).unwrap();
    let out_dir = scratch("same-stem-out");
    let out = dechaff(&["-o", out_dir.to_str().unwrap(), dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files_under(&out_dir), ["other.txt", "story.htm.txt", "story.html.gz.txt", "story.html.txt"]);
    assert!(std::fs::read_to_string(out_dir.join("story.html.gz.txt")).unwrap().contains("(Three)"));
}

#[test]
fn a_page_whose_name_is_as_long_as_the_file_system_allows_is_written() {
    // Once, the output was written to a temporary file named after it
    // (".<name>.<pid>.partial"), too long to create: an error record.
    let dir = scratch("long-name");
    let stem = "a".repeat(250);
    std::fs::write(dir.join(format!("{stem}.html")), page("Long")).unwrap();
    let out_dir = scratch("long-name-out");
    let out = dechaff(&["-o", out_dir.to_str().unwrap(), dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files_under(&out_dir), [format!("{stem}.txt")]);
}

#[test]
fn files_named_in_two_directories_keep_their_directories() {
    let dir = scratch("two-dirs");
    for (sub, title) in [("x", "Ex"), ("y", "Why")] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("story.html"), page(title)).unwrap();
    }
    let out_dir = scratch("two-dirs-out");
    let (x, y) = (dir.join("x/story.html"), dir.join("y/story.html"));
    let out = dechaff(&["-o", out_dir.to_str().unwrap(), x.to_str().unwrap(), y.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(files_under(&out_dir), ["x/story.txt", "y/story.txt"]);
}

#[test]
fn json_lines_ids_that_would_collide_or_escape_get_distinct_names_inside_the_output_dir() {
    let ids = ["a/b", "a_b", "", "...", "..", &"x".repeat(300), "a/b"];
    let input: String = ids.iter().map(|id| format!("{{\"id\": {id:?}, \"text\": {:?}}}\n", format!("{id}\n\n{BODY}"))).collect();
    let root = scratch("ids");
    let out_dir = root.join("out");
    let out = dechaff(&["--input", "jsonl", "-o", out_dir.to_str().unwrap()], input.as_bytes());
    // The repeated id is the one failure; every other record has its own file, all inside out/.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:7") && stderr.contains("earlier page"), "{stderr}");
    assert_eq!(files_under(&out_dir).len(), 6, "{:?}", files_under(&out_dir));
    assert_eq!(files_under(&root).len(), 6, "nothing written beside the output directory");
}

#[test]
fn an_output_dir_that_is_the_input_dir_never_overwrites_an_input() {
    let dir = scratch("in-place");
    std::fs::write(dir.join("a.html"), page("Alpha")).unwrap();
    let text_page = format!("Bee\n\n{BODY}\n");
    std::fs::write(dir.join("b.txt"), &text_page).unwrap();
    let out = dechaff(&["-o", dir.to_str().unwrap(), dir.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is an input"));
    assert_eq!(std::fs::read_to_string(dir.join("b.txt")).unwrap(), text_page, "the input is untouched");
    assert!(dir.join("a.txt").is_file());
}

#[test]
fn an_output_dir_inside_the_input_dir_is_not_read_back_as_input() {
    let dir = scratch("nested-out");
    std::fs::write(dir.join("a.html"), page("Alpha")).unwrap();
    let out_dir = dir.join("clean");
    for _ in 0..2 {
        let out = dechaff(&["-o", out_dir.to_str().unwrap(), dir.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(files_under(&out_dir), ["a.txt"]);
}

#[cfg(unix)]
#[test]
fn symbolic_links_in_a_directory_are_followed_and_a_loop_is_an_error_record() {
    let dir = scratch("links");
    let pages = dir.join("pages");
    std::fs::create_dir_all(&pages).unwrap();
    std::fs::write(pages.join("a.html"), page("Alpha")).unwrap();
    let walked = dir.join("walked");
    std::fs::create_dir_all(&walked).unwrap();
    std::os::unix::fs::symlink(pages.join("a.html"), walked.join("linked.html")).unwrap();
    std::os::unix::fs::symlink(&walked, walked.join("loop")).unwrap();
    let out = dechaff(&["-f", "jsonl", walked.to_str().unwrap()], b"");
    let records = records(&out);
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(records[0]["title"], "Alpha");
    assert!(records[1]["error"].as_str().unwrap().contains("loop"), "{}", records[1]);
    assert_eq!(out.status.code(), Some(1));
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_stay_distinct_ids() {
    use std::os::unix::ffi::OsStrExt;
    let dir = scratch("non_utf8_names");
    for (byte, title) in [(0xfe, "Alpha"), (0xff, "Beta")] {
        let name = [b'a', byte, b'.', b'h', b't', b'm', b'l'];
        std::fs::write(dir.join(std::ffi::OsStr::from_bytes(&name)), page(title)).unwrap();
    }
    let out = dechaff(&["-f", "jsonl", dir.to_str().unwrap()], b"");
    let ids: Vec<String> = records(&out).iter().map(|r| r["id"].as_str().unwrap().rsplit('/').next().unwrap().to_string()).collect();
    assert_eq!(ids, ["a\\xFE.html", "a\\xFF.html"]);
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_symbolic_link_is_replaced_not_followed() {
    let dir = scratch("output_links");
    std::fs::create_dir_all(dir.join("in")).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::write(dir.join("in/a.html"), page("Alpha")).unwrap();
    std::fs::write(dir.join("precious.txt"), "precious").unwrap();
    std::os::unix::fs::symlink(dir.join("precious.txt"), dir.join("out/a.txt")).unwrap();
    let out = dechaff(&["-o", dir.join("out").to_str().unwrap(), dir.join("in").to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(dir.join("precious.txt")).unwrap(), "precious");
    assert!(!std::fs::symlink_metadata(dir.join("out/a.txt")).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(dir.join("out/a.txt")).unwrap().contains("(Alpha)"));
    assert_eq!(files_under(&dir.join("out")), ["a.txt"]);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_a_directory_is_passed_over_not_waited_on() {
    let dir = scratch("special_files");
    std::fs::write(dir.join("a.html"), page("Alpha")).unwrap();
    let pipe = dir.join("pipe.html");
    assert!(std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo runs").success());
    // A writer waits on the pipe: were it read, its page would be a second record.
    let writer = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::write(pipe, page("Piped")))
    };
    let out = dechaff(&["-f", "jsonl", dir.to_str().unwrap()], b"");
    if !writer.is_finished() {
        // Nobody read the pipe: read it here to let the writer go.
        let _ = std::fs::read(&pipe);
    }
    writer.join().unwrap().unwrap();
    let records = records(&out);
    assert_eq!(records.len(), 1, "{records:?}");
    assert_eq!(records[0]["title"], "Alpha");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn gzipped_containers_on_stdin_are_read_as_what_input_says_or_sniffed() {
    let jsonl = format!("{{\"id\": \"one\", \"html\": {}}}\n", serde_json::to_string(&page("One")).unwrap());
    let warc = warc_record("response", "7", "http://example.com/", &http("text/html", page("Seven").as_bytes()));
    for (input, title) in [(jsonl.as_bytes(), "One"), (warc.as_slice(), "Seven")] {
        for bytes in [input.to_vec(), gzip(input)] {
            for forced in [true, false] {
                let kind = if title == "One" { "jsonl" } else { "warc" };
                let args: &[&str] = if forced { &["--input", kind] } else { &[] };
                let out = dechaff(args, &bytes);
                assert_eq!(out.status.code(), Some(0), "{kind} forced={forced}: {}", String::from_utf8_lossy(&out.stderr));
                assert_eq!(records(&out)[0]["title"], title);
            }
        }
    }
}

#[test]
fn max_bytes_counts_a_batch_page_as_read_and_a_gz_page_is_inflated_by_the_cleaner() {
    let dir = scratch("gz-cap");
    std::fs::write(dir.join("small.html.gz"), gzip(page("Small").as_bytes())).unwrap();
    std::fs::write(dir.join("big.html"), "x".repeat(5000)).unwrap();
    let out = dechaff(&["-f", "jsonl", "--max-bytes", "4000", dir.to_str().unwrap()], b"");
    let records = records(&out);
    assert!(records[0]["error"].as_str().unwrap().contains("--max-bytes 4000"));
    assert_eq!(records[1]["title"], "Small");
}

#[test]
fn warc_http2_records_are_read_statuses_reported_and_non_2xx_skipped_on_request() {
    let mut warc = warc_record("response", "1", "http://example.com/a", &[b"HTTP/2 200\r\ncontent-type: text/html\r\n\r\n".as_slice(), page("Two").as_bytes()].concat());
    warc.extend(warc_record("response", "2", "http://example.com/b", &[b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n".as_slice(), page("Gone").as_bytes()].concat()));
    warc.extend(warc_record("response", "3", "http://example.com/c", b"not http at all"));
    let out = dechaff(&["--input", "warc"], &warc);
    let all = records(&out);
    assert_eq!(all.len(), 3);
    assert_eq!((all[0]["status"].as_u64(), all[0]["title"].as_str()), (Some(200), Some("Two")));
    assert_eq!(all[1]["status"].as_u64(), Some(404));
    assert!(all[2]["error"].as_str().unwrap().contains("not an HTTP response"));
    let out = dechaff(&["--input", "warc", "--only-2xx"], &warc);
    let ok = records(&out);
    assert_eq!(ok.len(), 2);
    assert_eq!(ok[0]["title"], "Two");
}

/// A text page that opens with its metadata as one JSON object, longer than a
/// read buffer (8 KB), then its text.
fn text_under_a_long_json_line() -> String {
    let tags: Vec<String> = (0..900).map(|i| format!("\"tag{i}\"")).collect();
    let metadata = format!("{{\"title\": \"Bridge vote\", \"tags\": [{}]}}", tags.join(", "));
    assert!(metadata.len() > 8192);
    format!("{metadata}\n\nThe council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge would be built.\n")
}

#[test]
fn a_text_page_whose_first_line_is_a_json_object_longer_than_a_read_buffer_is_one_page() {
    // Once, standard input and `.json` files were judged by their first 8 KB:
    // a first line longer than that said nothing, and the page was read as
    // JSON Lines (an error record: a line with no page in it).
    let text = text_under_a_long_json_line();
    let out = dechaff(&[], text.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("The council met on Tuesday"));
    let dir = scratch("long-json-line");
    let file = dir.join("page.json");
    std::fs::write(&file, &text).unwrap();
    let out = dechaff(&[file.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("The council met on Tuesday"));
    // JSON Lines whose first record is as long stay JSON Lines.
    let record = serde_json::json!({"id": "one", "html": page("One") + &" ".repeat(9000)}).to_string();
    let out = dechaff(&[], format!("{record}\n{record}\n").as_bytes());
    assert_eq!(records(&out).len(), 2);
    assert_eq!(records(&out)[1]["title"], "One");
}
