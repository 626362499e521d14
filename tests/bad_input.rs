//! Bad input is normal input: each case gets a clean result or a clear error,
//! never a panic or a hang. Each test runs the real binary, checks the exit
//! status and stderr, and bounds the time generously (speed itself is
//! measured by the benchmark, not here).

mod common;

use std::process::Output;
use std::time::{Duration, Instant};

/// Far above what any case takes; it catches hangs and quadratic blow-ups, not slowness.
const TIME_BOUND: Duration = Duration::from_secs(30);

const SENTENCE: &str = "The council met on Tuesday evening and agreed, after a long debate about the budget, that the new bridge would be built over the river before the end of the year.";

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let started = Instant::now();
    let output = common::dechaff(args, stdin);
    assert!(started.elapsed() < TIME_BOUND, "took {:?}", started.elapsed());
    output
}

/// Exit 0, nothing on stderr; returns stdout.
fn cleaned(args: &[&str], stdin: &[u8]) -> String {
    let out = run(args, stdin);
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

/// `len` bytes with no structure, the same on every run (xorshift).
fn noise(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect()
}

fn article_html(body: &str) -> String {
    format!("<html><head><title>T</title></head><body><nav><a href=/>Home</a></nav><article>{body}</article></body></html>")
}

#[test]
fn empty_input_is_empty_output() {
    assert_eq!(cleaned(&[], b""), "");
    assert_eq!(run(&["--fail-empty"], b"").status.code(), Some(1));
}

#[test]
fn whitespace_only_is_empty_output() {
    assert_eq!(cleaned(&[], b" \n\t\r\n  \n"), "");
}

#[test]
fn a_png_is_refused_with_a_message() {
    let out = run(&[], b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("PNG image"));
    assert!(out.stdout.is_empty());
}

/// A crawl fetches feeds and sitemaps beside its pages. Once, a feed was
/// read as HTML and came out as one run of its items' titles, links and
/// escaped markup; now it is refused by name. `--input html` still reads it.
#[test]
fn a_feed_or_a_sitemap_is_refused_naming_what_it_is() {
    let feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- made by a generator -->\n<rss version=\"2.0\"><channel><title>News</title>\
                <item><title>Bridge opens over the river</title><link>https://example.com/a</link>\
                <description>&lt;p&gt;The new bridge opened on Monday after years of delay.&lt;/p&gt;</description></item></channel></rss>\n";
    for (document, what) in [(feed, "an RSS feed"), ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title></feed>", "an Atom feed"), ("<urlset><url><loc>https://example.com/</loc></url></urlset>", "a sitemap")] {
        let out = run(&[], document.as_bytes());
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("not a page: the input is {what}")), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.is_empty());
    }
    assert_eq!(run(&["--input", "html"], feed.as_bytes()).status.code(), Some(0));
}

/// Crawl datasets come as zstd, xz or bzip2 too, which dechaff does not
/// inflate: the message names the format, where it said "binary data".
#[test]
fn zstd_xz_and_bzip2_data_are_refused_naming_their_compression() {
    let zstd = b"\x28\xb5\x2f\xfd\x04\x58\x45\x00\x00\x10<p>hi</p>".as_slice();
    let xz = b"\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4\x46\x02\x00".as_slice();
    let bzip2 = b"BZh91AY&SY\x4e\xec\xe8\x36\x00\x00".as_slice();
    for (input, name) in [(zstd, "zstd"), (xz, "xz"), (bzip2, "bzip2")] {
        let out = run(&[], input);
        assert_eq!(out.status.code(), Some(1), "{name}");
        let errors = String::from_utf8_lossy(&out.stderr);
        assert!(errors.contains(&format!("{name}-compressed")) && errors.contains("decompress it first"), "{name}: {errors}");
    }
    // A text that happens to start with the letters of a signature is a page.
    let memo = "BZh is how the memo began, and the rest of it explained the plan for the new bridge in detail.";
    assert_eq!(cleaned(&["--input", "text"], memo.as_bytes()).trim_end(), memo);
}

/// A page of a million tags or a text of a million lines would take a
/// hundred times its size in memory to clean (a 5 MB text of one-letter
/// lines took 1 GB): it is refused, before it is parsed.
#[test]
fn a_page_of_over_a_million_tags_or_lines_is_refused_with_a_message() {
    let tags = article_html(&format!("<p>{SENTENCE}</p>{}", "<br>".repeat(1_000_000)));
    let lines = format!("{SENTENCE}\n{}", "x\n".repeat(1_000_000));
    for (input, args, what) in [(tags, &[][..], "more than 1000000 tags"), (lines, &["--input", "text"][..], "more than 1000000 lines")] {
        let out = run(args, input.as_bytes());
        assert_eq!(out.status.code(), Some(1), "{what}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(what), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stdout.is_empty());
    }
}

/// Bytes with no known signature and no structure (encrypted or compressed
/// data of an unknown kind): a byte in ten or so is a control character,
/// which no page has. Found when such data was printed as an article.
#[test]
fn binary_data_with_no_known_signature_is_refused() {
    // This stream's 4 KiB head holds 9.6% control bytes, under the tenth
    // that once let it through as text.
    let noise = noise(4096);
    let controls = noise.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    assert!((300..=409).contains(&controls), "{controls} control bytes: pick another seed");
    let out = run(&[], &noise);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary data"));
    assert!(out.stdout.is_empty());
    // A page with a stray control byte after each sentence (one byte in a
    // hundred and sixty) is still a page.
    let stray = format!("{SENTENCE}\u{1} {SENTENCE}\u{1} {SENTENCE}\u{1}");
    assert!(cleaned(&["--input", "text"], stray.as_bytes()).contains("the new bridge"));
}

/// A page may be of any size, but data whose first bytes are plainly binary
/// (a video given by mistake) is refused from those bytes. Once, all of it
/// was read into memory first, however large.
#[test]
fn a_binary_stream_is_refused_from_its_first_bytes_without_being_read_to_its_end() {
    use std::io::Write;
    const STREAM_BYTES: usize = 256 << 20;
    let block = noise(1 << 20);
    let (out, written) = common::dechaff_fed(&[], move |mut pipe| {
        let mut written = 0;
        while written < STREAM_BYTES && pipe.write_all(&block).is_ok() {
            written += block.len();
        }
        written
    });
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("binary data"));
    assert!(written < STREAM_BYTES, "all {written} bytes were read");
}

#[test]
fn a_gzip_compressed_page_is_cleaned_like_the_page() {
    let page = article_html(&format!("<p>{SENTENCE}</p>"));
    let path = std::env::temp_dir().join(format!("dechaff-bad-input-{}.html.gz", std::process::id()));
    std::fs::write(&path, common::gzip(page.as_bytes())).unwrap();
    let from_file = cleaned(&[path.to_str().unwrap()], b"");
    std::fs::remove_file(&path).unwrap();
    assert_eq!(from_file, cleaned(&[], page.as_bytes()));
    assert_eq!(cleaned(&[], &common::gzip(page.as_bytes())), from_file);
}

#[test]
fn truncated_gzip_is_refused_with_a_message() {
    let page = article_html(&format!("<p>{SENTENCE}</p>"));
    let out = run(&[], &common::gzip(page.as_bytes())[..20]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("corrupt or truncated gzip"));
    assert!(out.stdout.is_empty());
}

#[test]
fn nul_bytes_inside_html_do_not_stop_the_page() {
    let page = article_html(&format!("<p>{}\0 More\0 text follows here.</p>", SENTENCE));
    assert!(cleaned(&[], page.as_bytes()).contains("the new bridge would be built"));
}

#[test]
fn a_50_mb_page_is_cleaned() {
    let paragraph = format!("<p>{SENTENCE} Paragraph 1000000.</p>\n");
    let paragraphs: String = (0..50_000_000 / paragraph.len()).map(|n| format!("<p>{SENTENCE} Paragraph {n}.</p>\n")).collect();
    let page = article_html(&paragraphs);
    let out = cleaned(&[], page.as_bytes());
    assert!(out.len() > 40_000_000);
}

#[test]
fn a_single_10_mb_line_of_text_is_cleaned() {
    // Numbered, the sentences differ: a page on one line is cut into its
    // sentences, and one sentence printed again and again would be kept once.
    let numbered = |n: usize| format!("{} {n}.", SENTENCE.trim_end_matches('.'));
    let line = (0..10_000_000 / (SENTENCE.len() + 8)).map(numbered).collect::<Vec<_>>().join(" ");
    let out = cleaned(&["--input", "text"], line.as_bytes());
    assert!(out.len() > 9_000_000);
}

#[test]
fn a_hundred_thousand_nested_divs_do_not_overflow_or_stall() {
    let page = "<div>".repeat(100_000) + SENTENCE + &"</div>".repeat(100_000);
    assert_eq!(cleaned(&[], page.as_bytes()), format!("{SENTENCE}\n"));
}

#[test]
fn a_tag_with_three_hundred_thousand_attributes_does_not_stall() {
    // html5ever checks each attribute against those before it on the same tag.
    let attributes: String = (0..300_000).map(|n| format!(" a{n}=x")).collect();
    let page = format!("<html><body><p class=\"story\"{attributes}>{SENTENCE}</p></body></html>");
    assert_eq!(cleaned(&[], page.as_bytes()), format!("{SENTENCE}\n"));
}

#[test]
fn control_characters_in_a_page_never_reach_the_output() {
    // An escape sequence, a bell and a backspace: a browser shows none of them; a terminal would obey them.
    let dirty = SENTENCE.replacen("council", "\u{1b}[2Jcouncil\u{7}", 1).replacen("bridge", "bri\u{8}dge", 1);
    let page = article_html(&format!("<h2>Minutes\u{1b}]0;owned\u{7}</h2><p>{dirty}</p><pre>$ make\u{1b}[31m\n\tdone\u{1b}[0m</pre>"));
    for format in ["text", "markdown", "json"] {
        let mut out = cleaned(&["-f", format], page.as_bytes());
        if format == "json" {
            let article: serde_json::Value = serde_json::from_str(&out).expect("JSON");
            out = article["text"].as_str().expect("a text field").to_string();
        }
        assert!(out.contains("[2Jcouncil") && out.contains("bridge") && out.contains("\tdone"), "{format}: {out}");
        assert!(!out.contains(|c: char| c.is_control() && !matches!(c, '\n' | '\t')), "{format}: {out:?}");
    }
    let lines = cleaned(&["--input", "text"], format!("Minutes\u{1b}[1m\n\n{dirty}\n").as_bytes());
    assert_eq!(lines, format!("{SENTENCE}\n").replacen("council", "[2Jcouncil", 1));
}

#[test]
fn a_thousand_unclosed_bold_tags_before_many_paragraphs_do_not_blow_up() {
    // The parser re-creates every unclosed formatting element inside each later paragraph.
    let unclosed: String = (0..1000).map(|n| format!("<b id=b{n}>")).collect();
    let page = article_html(&format!("<div>{unclosed}</div>{}<p>{SENTENCE}</p>", "<p>x".repeat(20_000)));
    assert!(page.len() < 200_000);
    assert!(cleaned(&[], page.as_bytes()).contains(SENTENCE));
}

#[test]
fn stray_end_tags_under_a_thousand_divs_up_to_the_tag_limit_are_cleaned() {
    // Each `</p>` with no paragraph open walks down every open element: 256 at most.
    let page = article_html(&format!("{}{}<p>{SENTENCE}</p>", "<div>".repeat(1000), "</p>".repeat(990_000)));
    assert_eq!(cleaned(&[], page.as_bytes()), format!("{SENTENCE}\n"));
}

/// Runs dechaff on `stdin` with its address space limited to `kilobytes`.
#[cfg(unix)]
fn cleaned_within_memory(kilobytes: u64, stdin: &[u8]) -> Output {
    let limited = format!("ulimit -v {kilobytes} && exec \"$0\"");
    common::run(std::process::Command::new("sh").args(["-c", &limited, env!("CARGO_BIN_EXE_dechaff")]), stdin)
}

#[cfg(unix)]
#[test]
fn half_a_million_paragraphs_250_elements_deep_fit_in_700_mb() {
    // Each block once held a copy of the chain of elements around it: 930 MB for this 2 MB page.
    let page = format!("<html><body>{}{}<p>{SENTENCE}</body></html>", "<div>".repeat(250), "<p>x".repeat(500_000));
    let out = cleaned_within_memory(700_000, page.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains(SENTENCE));
}

#[test]
fn a_hundred_thousand_sibling_paragraphs_are_cleaned() {
    let paragraphs: String = (0..100_000).map(|n| format!("<p>{SENTENCE} Paragraph {n}.</p>")).collect();
    let page = article_html(&paragraphs);
    assert_eq!(cleaned(&[], page.as_bytes()).matches("the new bridge").count(), 100_000);
}

#[test]
fn a_hundred_thousand_copies_of_one_paragraph_are_kept_once() {
    let page = article_html(&format!("<p>{SENTENCE}</p>").repeat(100_000));
    assert_eq!(cleaned(&[], page.as_bytes()), format!("{SENTENCE}\n"));
}

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let page = format!("{SENTENCE} \u{FFFD}").replace('\u{FFFD}', "\u{1}").into_bytes();
    let mut bytes = page.clone();
    bytes.extend_from_slice(b" \xff\xfe broken \xc3\x28 bytes.");
    let out = cleaned(&["--input", "text", "--encoding", "utf-8"], &bytes);
    assert!(out.contains('\u{FFFD}') && out.contains("the new bridge"));
}

#[test]
fn utf16_with_a_bom_is_decoded() {
    let page = article_html(&format!("<p>{SENTENCE} Café.</p>"));
    let bytes: Vec<u8> = [0xFF, 0xFE].into_iter().chain(page.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    assert!(cleaned(&[], &bytes).contains("Café."));
}

#[test]
fn utf16_without_a_bom_is_decoded() {
    let page = article_html(&format!("<p>{SENTENCE} Café.</p>"));
    let bytes: Vec<u8> = page.encode_utf16().flat_map(u16::to_be_bytes).collect();
    assert!(cleaned(&[], &bytes).contains("Café."));
}

#[test]
fn a_lying_meta_charset_loses_to_valid_utf8() {
    let page = format!("<meta charset=\"iso-8859-1\">{}", article_html(&format!("<p>{SENTENCE} Naïve café.</p>")));
    assert!(cleaned(&[], page.as_bytes()).contains("Naïve café."));
}

#[test]
fn latin1_bytes_under_a_lying_utf8_meta_charset_are_detected() {
    let page = format!("<meta charset=\"utf-8\">{}", article_html(&format!("<p>{SENTENCE} Der Bürgermeister äußerte sich über die Brücke.</p>")));
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(cleaned(&[], &bytes).contains("Der Bürgermeister äußerte sich über die Brücke."));
}

#[test]
fn utf8_read_as_windows_1252_and_saved_again_is_decoded_once_more_as_bytes_or_as_entities() {
    let as_bytes = article_html(&format!("<p>{SENTENCE} It donâ€™t matter.</p>"));
    assert!(cleaned(&[], as_bytes.as_bytes()).contains("It don’t matter."));
    // Written with entities, each text is read on its own: a French capital
    // before a guillemet ("É»" would read as one UTF-8 character) beside it stays.
    let as_entities = article_html(&format!("<p>{SENTENCE} It isn&acirc;&euro;&trade;t over &acirc;&euro;&ldquo; d&eacute;j&agrave; vu.</p><p>{SENTENCE} «L'ÉTÉ»</p>"));
    let text = cleaned(&[], as_entities.as_bytes());
    assert!(text.contains("It isn’t over – déjà vu.") && text.contains("«L'ÉTÉ»"), "{text}");
}

#[test]
fn windows_1252_is_read_from_its_meta_charset() {
    let page = format!("<meta charset=\"windows-1252\">{}", article_html(&format!("<p>{SENTENCE} “Quoted” café.</p>")));
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(cleaned(&[], &bytes).contains("“Quoted” café."));
}

#[test]
fn shift_jis_without_a_declaration_is_detected() {
    let text = "東京都は火曜日、新しい橋の建設を年内に始めると発表した。工事は来年の春に終わる予定で、古い橋はそれまで通行できる。";
    let page = article_html(&format!("<p>{text}</p><p>{text}</p>"));
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(&page);
    assert!(cleaned(&[], &bytes).contains("新しい橋の建設"));
}

#[test]
fn a_document_cut_mid_tag_is_cleaned() {
    let page = article_html(&format!("<p>{SENTENCE}</p>"));
    let cut = &page[..page.find("</p>").unwrap() + 2];
    assert!(cleaned(&[], cut.as_bytes()).contains("the new bridge"));
}

#[test]
fn a_huge_attribute_is_harmless() {
    let page = format!("<div class=\"{}\"><p>{SENTENCE}</p></div>", "x".repeat(20_000_000));
    assert_eq!(cleaned(&[], page.as_bytes()), format!("{SENTENCE}\n"));
}

#[test]
fn a_page_of_only_links_has_no_article() {
    let page: String = (0..10_000).map(|i| format!("<a href=\"/{i}\">Story number {i}</a> ")).collect();
    assert_eq!(cleaned(&[], page.as_bytes()), "");
}

#[test]
fn a_page_with_no_text_has_no_article() {
    assert_eq!(cleaned(&[], b"<html><head><script>var x = 1;</script></head><body><img src=a.png><div></div></body></html>"), "");
}

#[test]
fn a_text_file_of_one_line_is_kept_when_it_is_prose() {
    assert_eq!(cleaned(&["--input", "text"], SENTENCE.as_bytes()), format!("{SENTENCE}\n"));
}

#[test]
fn crlf_and_cr_only_line_endings_split_lines() {
    let crlf = format!("Title line\r\n\r\n{SENTENCE}\r\n\r\nNext Story\r\n");
    let cr = crlf.replace("\r\n", "\r");
    for input in [crlf, cr] {
        assert_eq!(cleaned(&["--input", "text"], input.as_bytes()), format!("{SENTENCE}\n"));
    }
}

#[test]
fn a_hundred_thousand_short_sibling_divs_beside_the_article_stay_linear() {
    // Sibling admission once scanned every block per sibling: quadratic here.
    let siblings: String = (0..100_000).map(|i| format!("<div>Short line {i}.</div>")).collect();
    let page = format!("<div class=main><div class=article><p>{}</p></div>{siblings}</div>", format!("{SENTENCE} ").repeat(5));
    assert!(cleaned(&[], page.as_bytes()).contains("the new bridge"));
}
