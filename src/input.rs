//! Stage 1: raw bytes in; decoded text, the encoding used, and whether it is HTML out.
//!
//! The encoding is chosen in this order: `--encoding`, a byte-order mark,
//! UTF-16 recognised by its NUL pattern, valid UTF-8, the charset the
//! transport declared (HTTP, in a WARC), the page's own `<meta charset>`,
//! then `chardetng`'s guess. Valid UTF-8 beats a declared
//! legacy charset because pages that lie about their charset almost always
//! lie that way, and non-ASCII UTF-8 is vanishingly rare by accident; a
//! declared UTF-8 that the bytes mostly break is the other lie, and set aside.
//! Undecodable bytes become U+FFFD; decoding never fails. UTF-8 that was
//! once read as Windows-1252 and saved again ("donâ€™t"), or mixed into a
//! page read as Windows-1252, is decoded once more when it shows the marks of it. A gzip-compressed
//! page (a saved `page.html.gz`, a body piped from `curl` without
//! `--compressed`) is inflated first.

use std::borrow::Cow;
use std::io::Read;
use std::sync::LazyLock;

use encoding_rs::{Encoding, REPLACEMENT, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use regex::bytes::Regex;

use crate::{Error, Options};

/// How many leading bytes are searched for a `<meta charset>` and for HTML markers.
const PRESCAN_BYTES: usize = 4096;
/// Share of NUL bytes at odd (or even) offsets that marks BOM-less UTF-16.
const UTF16_NUL_SHARE: f32 = 0.3;
/// Share of control bytes (other than tab, newlines, form feed and escape)
/// that marks binary data. Pages hold next to none (none of the 3,000
/// corpus pages, HTML or text, has one in its first 4 KiB); data with no
/// structure (encrypted, or compressed in a format with no known
/// signature) holds about 27 in 256, so a tenth let half of it through.
const BINARY_CONTROL_SHARE: f32 = 0.02;

/// The two bytes that open gzip data.
pub(crate) const GZIP_MAGIC: &[u8] = b"\x1f\x8b";
/// A gzip page may inflate to this many bytes (the error says 256 MiB); more is a decompression bomb, not a page.
pub(crate) const MAX_INFLATED_BYTES: u64 = 256 << 20;

/// Compressions that dechaff does not inflate (it reads gzip), by their
/// leading bytes: crawl datasets come as `.jsonl.zst` or `.warc.xz` too.
/// A `?` in a signature stands for a digit: bzip2's "BZh" is followed by
/// the block size's digit, then its first block's magic.
const UNREAD_COMPRESSIONS: [(&[u8], &str); 3] = [
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data, which dechaff does not inflate (only gzip): decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data, which dechaff does not inflate (only gzip): decompress it first"),
    (b"BZh?1AY&SY", "bzip2-compressed data, which dechaff does not inflate (only gzip): decompress it first"),
];

/// The compression `bytes` start with, if dechaff does not inflate it, as an error's words.
pub(crate) fn unread_compression(bytes: &[u8]) -> Option<&'static str> {
    let starts_with = |signature: &[u8]| {
        bytes.len() >= signature.len() && signature.iter().zip(bytes).all(|(&s, &b)| s == b || (s == b'?' && b.is_ascii_digit()))
    };
    UNREAD_COMPRESSIONS.iter().find(|(signature, _)| starts_with(signature)).map(|&(_, what)| what)
}

/// Leading bytes of common binary formats that are never pages, with their names.
const BINARY_SIGNATURES: [(&[u8], &str); 9] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (GZIP_MAGIC, "gzip-compressed data twice over"),
    (b"RIFF", "a RIFF (WebP, WAV or AVI) file"),
    (b"\x7fELF", "an executable"),
    (b"\x00\x00\x01\x00", "an icon"),
];

/// `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`.
static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)<meta[^>]{0,512}?charset\s*=\s*["']?\s*([a-z0-9_:.+-]{1,40})"#).unwrap()
});

/// Tags that, near the start of a document, mark it as HTML rather than text.
static HTML_MARKER: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|div[\s>]|p>|article[\s>])")
        .unwrap()
});

/// Any tag, comment or declaration: what markup is made of.
static ANY_TAG: LazyLock<regex::Regex> = LazyLock::new(|| regex::Regex::new(r"<[!/?]?[A-Za-z][^<>]{0,300}>").unwrap());

/// A document that does not open with a tag is HTML only when tags make up
/// at least this share of its start: a page behind a line of junk is mostly
/// markup, while extracted text that quotes `<div>` or a template in its prose is not.
const HTML_MIN_MARKUP_SHARE: f32 = 0.25;

/// Which parser a page goes to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    /// Decide from the content.
    #[default]
    Auto,
    /// Parse as HTML.
    Html,
    /// Read as extracted text: one block per paragraph or line.
    Text,
}

/// A page decoded to text.
#[derive(Debug)]
pub struct Decoded<'a> {
    /// The page as text: the input itself when it was UTF-8 to begin with.
    pub text: Cow<'a, str>,
    /// The encoding it was decoded with.
    pub encoding: &'static Encoding,
    /// Whether it goes to the HTML parser.
    pub is_html: bool,
}

/// Resolves a WHATWG encoding label such as `latin1` or `shift_jis`.
pub fn encoding_for_label(label: &str) -> Result<&'static Encoding, Error> {
    match Encoding::for_label(label.trim().as_bytes()) {
        None => Err(Error::UnknownEncoding(label.to_string())),
        Some(encoding) if !decodes_text(encoding) => Err(Error::ReplacementEncoding(label.to_string())),
        Some(encoding) => Ok(encoding),
    }
}

/// Whether `encoding` decodes text: not the replacement encoding, which the
/// WHATWG standard gives the labels of encodings browsers no longer read
/// (`iso-2022-kr`, `hz-gb-2312`) and which decodes a whole page to one
/// U+FFFD. A page declaring one is read as if it declared nothing.
fn decodes_text(encoding: &'static Encoding) -> bool {
    encoding != REPLACEMENT
}

/// Decodes `bytes`, inflating gzip first, and decides whether they are HTML.
/// Binary data (an image, an archive, or bytes that are mostly control codes)
/// and corrupt gzip data are refused.
pub fn decode<'a>(bytes: &'a [u8], options: &Options) -> Result<Decoded<'a>, Error> {
    if bytes.starts_with(GZIP_MAGIC) {
        let inflated = gunzip(bytes, MAX_INFLATED_BYTES)?;
        let Decoded { text, encoding, is_html } = decode_inflated(&inflated, options)?;
        return Ok(Decoded { text: Cow::Owned(text.into_owned()), encoding, is_html });
    }
    decode_inflated(bytes, options)
}

/// [`decode`] for bytes that are not gzip data.
fn decode_inflated<'a>(bytes: &'a [u8], options: &Options) -> Result<Decoded<'a>, Error> {
    let (encoding, bom_len) = match options.encoding {
        Some(encoding) => (encoding, 0),
        None => choose_encoding(bytes, options.declared_encoding),
    };
    if !is_utf16(encoding) {
        if let Some(what) = binary_kind(bytes) {
            return Err(Error::Binary(what));
        }
    }
    let (text, _had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
    // An encoding the user forced is taken at its word, mojibake and all.
    // (A page read as Windows-1252 shows the same marks where it mixes in
    // UTF-8: a template's dashes and quotes around text saved in Latin-1.)
    let repairable = encoding == UTF_8 || encoding == WINDOWS_1252;
    let text = if repairable && options.encoding.is_none() { repair_double_encoding(text) } else { text };
    let is_html = match options.input {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Auto => {
            if let Some(what) = xml_document_kind(&text) {
                return Err(Error::XmlDocument(what));
            }
            looks_like_html(&text)
        }
    };
    Ok(Decoded { text, encoding, is_html })
}

/// XML documents that a crawl fetches beside its pages, by their root
/// element: each lists pages (a feed's items, a sitemap's addresses) and is
/// none. Read as HTML, a feed came out as one run of its items' titles,
/// links and escaped markup glued together.
const XML_DOCUMENTS: [(&str, &str); 5] = [
    ("rss", "an RSS feed"),
    ("rdf:RDF", "an RSS feed"),
    ("feed", "an Atom feed"),
    ("urlset", "a sitemap"),
    ("sitemapindex", "a sitemap index"),
];

/// What XML document `text` is ([`XML_DOCUMENTS`]), by its first element
/// after the prolog (the XML declaration, comments, a doctype).
fn xml_document_kind(text: &str) -> Option<&'static str> {
    let mut rest = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    // The prolog: the declaration, processing instructions, comments, a doctype.
    loop {
        let close = if rest.starts_with("<!--") {
            "-->"
        } else if rest.starts_with("<?") {
            "?>"
        } else if rest.starts_with("<!") {
            ">"
        } else {
            break;
        };
        rest = rest[rest.find(close)? + close.len()..].trim_start();
    }
    let name = rest.strip_prefix('<')?;
    let name = &name[..name.find(|c: char| c.is_whitespace() || c == '>' || c == '/')?];
    XML_DOCUMENTS.iter().find(|(root, _)| *root == name).map(|&(_, what)| what)
}

/// Marks of UTF-8 that was once read as Latin-1 or Windows-1252 and written
/// out as UTF-8 again: a C1 control (`\u{80}` to `\u{9f}`, the middle bytes
/// of "’" read as Latin-1: "donâ\u{80}\u{99}t"), or "â€", how Windows-1252
/// reads the first two bytes of every curly quote, dash and ellipsis
/// ("donâ€™t"). Real text has neither; a crawl stores about one page in fifty
/// this way (41 of the 1,497 WCXB pages carry these marks).
fn has_double_encoding(text: &str) -> bool {
    // A C1 control is C2 80..=9F in UTF-8, and "â€" is C3 A2 E2 82 AC: one
    // scan for both lead bytes.
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xc2, 0xc3, bytes).any(|at| {
        let rest = &bytes[at + 1..];
        match bytes[at] {
            0xc2 => rest.first().is_some_and(|next| (0x80..=0x9f).contains(next)),
            _ => rest.starts_with(&"â€".as_bytes()[1..]),
        }
    })
}

/// The mark of double encoding, "â€", written with entities (named, decimal
/// or hexadecimal: "&acirc;&euro;", "&#226;&#8364;"), as a CMS that escapes
/// what it stores writes its mojibake. Only the HTML parser decodes them.
pub(crate) fn has_escaped_double_encoding(html: &str) -> bool {
    static ESCAPED_MARK: LazyLock<Regex> =
        LazyLock::new(|| Regex::new("&(?:acirc|#226|#[xX][eE]2);&(?:euro|#8364|#[xX]20[aA][cC]);").expect("the escaped mark pattern is valid"));
    ESCAPED_MARK.is_match(html.as_bytes())
}

/// The byte each character stood for when UTF-8 was read as Windows-1252
/// (or Latin-1, whose C1 controls it keeps): `None` for any other character.
fn as_single_byte(c: char) -> Option<u8> {
    static WINDOWS_1252_HIGH: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
        (0x80..=0x9fu8).filter_map(|b| WINDOWS_1252.decode_without_bom_handling(&[b]).0.chars().next().map(|c| (c, b))).collect()
    });
    match u32::from(c) {
        code @ 0x80..=0xff => u8::try_from(code).ok(),
        _ => WINDOWS_1252_HIGH.iter().find(|&&(high, _)| high == c).map(|&(_, b)| b),
    }
}

/// The first byte of a no-break space in UTF-8, "Â" when read as Windows-1252.
const NBSP_LEAD_BYTE: u8 = 0xc2;

/// `text` with its double-encoded characters decoded once more, when it
/// shows the marks of double encoding ([`has_double_encoding`]): each run of
/// characters that stood for single bytes, read as UTF-8 where its bytes make
/// a character ("â€™" to "’", "Ã©" to "é"), and left as it is where they do
/// not, but for a lone C1 control: Windows-1252 text read as Latin-1
/// ("shouldn\u{92}t"), whose byte is read as Windows-1252 ("’").
pub(crate) fn repair_double_encoding(text: Cow<'_, str>) -> Cow<'_, str> {
    if !has_double_encoding(&text) {
        return text;
    }
    let mut repaired = String::with_capacity(text.len());
    let mut run: Vec<(char, u8)> = Vec::new();
    for c in text.chars() {
        match as_single_byte(c) {
            Some(b) => run.push((c, b)),
            None => {
                // "Â" before a space or a line's end: a no-break space (C2 A0)
                // whose second half the tool that extracted the text made a
                // space, or trimmed away ("impactsÂ - what", "for cats.Â\n").
                if c.is_whitespace() && run.last().is_some_and(|&(_, b)| b == NBSP_LEAD_BYTE) {
                    run.pop();
                }
                push_run_decoded(&run, &mut repaired);
                run.clear();
                repaired.push(c);
            }
        }
    }
    push_run_decoded(&run, &mut repaired);
    Cow::Owned(repaired)
}

/// Pushes a run of characters that stood for single bytes: each stretch of
/// their bytes that makes one UTF-8 character as that character, the others
/// as they are, but for C1 controls, which no text holds.
fn push_run_decoded(run: &[(char, u8)], out: &mut String) {
    let bytes: Vec<u8> = run.iter().map(|&(_, b)| b).collect();
    let mut at = 0;
    while at < run.len() {
        let width = match bytes[at] {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 1,
        };
        match bytes.get(at..at + width).filter(|_| width > 1).and_then(|sequence| std::str::from_utf8(sequence).ok()) {
            Some(decoded) => {
                out.push_str(decoded);
                at += width;
            }
            // A C1 control alone is a Windows-1252 byte read as Latin-1 ("shouldn\u{92}t"): its Windows-1252 character.
            None if (0x80..=0x9f).contains(&u32::from(run[at].0)) => {
                out.push_str(&WINDOWS_1252.decode_without_bom_handling(&bytes[at..=at]).0);
                at += 1;
            }
            None => {
                out.push(run[at].0);
                at += 1;
            }
        }
    }
}

/// HTML inflates to 4 to 10 times its gzip size; a trailer claiming more
/// than this many times is not trusted for the buffer's first size (the
/// buffer grows as the data comes).
const MAX_RESERVED_RATIO: u64 = 16;

/// Inflates gzip data (all its members, as `gzip -d` does), up to `limit` bytes.
fn gunzip(bytes: &[u8], limit: u64) -> Result<Vec<u8>, Error> {
    let mut inflated = Vec::with_capacity(inflated_size_claimed(bytes, limit) + 1);
    flate2::read::MultiGzDecoder::new(bytes)
        .take(limit + 1)
        .read_to_end(&mut inflated)
        .map_err(|_| Error::Binary("corrupt or truncated gzip-compressed data"))?;
    if inflated.len() as u64 > limit {
        return Err(Error::Binary("gzip-compressed data that inflates past 256 MiB"));
    }
    Ok(inflated)
}

/// The inflated size gzip data's trailer gives (its last four bytes: the
/// last member's size, modulo 4 GiB), up to `limit`: room for it up front
/// saves copying the page as the buffer grows. A lying trailer reserves no
/// more than `MAX_RESERVED_RATIO` times the gzip size.
fn inflated_size_claimed(bytes: &[u8], limit: u64) -> usize {
    let Some(trailer) = bytes.last_chunk::<4>() else { return 0 };
    let claimed = u64::from(u32::from_le_bytes(*trailer));
    claimed.min(limit).min(bytes.len() as u64 * MAX_RESERVED_RATIO) as usize
}

/// How many first bytes of a page `head_is_binary` needs.
pub const HEAD_BYTES: usize = PRESCAN_BYTES;

/// Whether `head`, a page's first `HEAD_BYTES` (or all of a shorter one),
/// already shows binary data that `decode` will refuse, so that the rest
/// need not be read. Gzip is inflated first, and UTF-16's NUL bytes are not
/// controls, so neither is judged from its head.
pub fn head_is_binary(head: &[u8], options: &Options) -> bool {
    let utf16 = options.encoding.or(options.declared_encoding).is_some_and(is_utf16)
        || Encoding::for_bom(head).is_some_and(|(encoding, _)| is_utf16(encoding))
        || bomless_utf16(head).is_some();
    !head.starts_with(GZIP_MAGIC) && !utf16 && binary_kind(head).is_some()
}

/// UTF-16 in either byte order.
fn is_utf16(encoding: &'static Encoding) -> bool {
    encoding == UTF_16LE || encoding == UTF_16BE
}

/// What binary data `bytes` hold, if they are not text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some(&(_, name)) = BINARY_SIGNATURES.iter().find(|(signature, _)| bytes.starts_with(signature)) {
        return Some(name);
    }
    if let Some(what) = unread_compression(bytes) {
        return Some(what);
    }
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let control = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)).count();
    (!head.is_empty() && control as f32 > head.len() as f32 * BINARY_CONTROL_SHARE).then_some("binary data")
}

/// Picks an encoding from the bytes and what the transport declared; returns it and the length of any BOM.
fn choose_encoding(bytes: &[u8], declared: Option<&'static Encoding>) -> (&'static Encoding, usize) {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return (encoding, bom_len);
    }
    if let Some(encoding) = bomless_utf16(bytes) {
        return (encoding, 0);
    }
    if std::str::from_utf8(bytes).is_ok() {
        return (UTF_8, 0);
    }
    // (A declared UTF-8 that the bytes break more often than they keep is
    // a template's boilerplate over text saved in a legacy charset.)
    let believable = |e: &&'static Encoding| decodes_text(e) && (*e != UTF_8 || mostly_utf8(bytes));
    if let Some(encoding) = declared.filter(believable).or_else(|| declared_charset(bytes).filter(believable)) {
        return (encoding, 0);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    (detector.guess(None, chardetng::Utf8Detection::Allow), 0)
}

/// Whether bytes that are not all valid UTF-8 still read as UTF-8 with a
/// few bad bytes (a page cut short, one stray byte): their non-ASCII
/// characters outnumber the sequences that break. Latin-1 text declared
/// UTF-8 ("caf\xe9") makes no non-ASCII character at all.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut characters, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        characters += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    characters > broken
}

/// The charset a page declares in a `<meta>` near its start. UTF-16 labels are
/// read as UTF-8, as browsers do: a page that reached a `<meta>` in ASCII is not UTF-16.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let encoding = Encoding::for_label(label)?;
    Some(if is_utf16(encoding) { UTF_8 } else { encoding })
}

/// UTF-16 without a BOM shows as NUL high bytes on ASCII characters.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES) & !1];
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let even_nuls = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let share = |n: usize| n as f32 / pairs as f32;
    if share(odd_nuls) >= UTF16_NUL_SHARE && share(even_nuls) < 0.05 {
        Some(UTF_16LE)
    } else if share(even_nuls) >= UTF16_NUL_SHARE && share(odd_nuls) < 0.05 {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// A document is HTML when it opens with a tag, or when near its start it
/// shows a document-level tag and is mostly markup.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if start.starts_with('<') {
        return true;
    }
    let mut end = start.len().min(PRESCAN_BYTES);
    while !start.is_char_boundary(end) {
        end -= 1;
    }
    let head = &start[..end];
    // (The marker first: most text shows none, and `ANY_TAG`, whose
    // repetition is counted, takes a millisecond to compile.)
    HTML_MARKER.is_match(head) && {
        let markup: usize = ANY_TAG.find_iter(head).map(|tag| tag.len()).sum();
        markup as f32 >= HTML_MIN_MARKUP_SHARE * head.len() as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(encoding: Option<&'static Encoding>, input: InputKind) -> Options {
        Options { input, encoding, ..Options::default() }
    }

    #[test]
    fn feeds_and_sitemaps_are_told_by_their_root_element_past_the_prolog() {
        let prolog = "\u{feff}<?xml version=\"1.0\"?>\n<?xml-stylesheet href=\"feed.xsl\"?>\n<!-- <html> -->\n<!DOCTYPE rss>\n";
        assert_eq!(xml_document_kind(&format!("{prolog}<rss version=\"2.0\"><channel/></rss>")), Some("an RSS feed"));
        assert_eq!(xml_document_kind("<rdf:RDF xmlns:rdf=\"...\">"), Some("an RSS feed"));
        assert_eq!(xml_document_kind("  <feed>"), Some("an Atom feed"));
        assert_eq!(xml_document_kind("<sitemapindex xmlns=\"...\">"), Some("a sitemap index"));
        // Near misses: XHTML declares itself XML; a page's text may name a feed; a comment never ends.
        assert_eq!(xml_document_kind(&format!("{prolog}<html xmlns=\"http://www.w3.org/1999/xhtml\">")), None);
        assert_eq!(xml_document_kind("Subscribe to our <rss> feed for the news."), None);
        assert_eq!(xml_document_kind("<!-- <rss>"), None);
        assert_eq!(xml_document_kind("<feedback>"), None);
    }

    #[test]
    fn a_declared_transport_charset_ranks_with_meta() {
        let latin = b"caf\xe9 au lait";
        let declared = Options { declared_encoding: Some(WINDOWS_1252), ..options(None, InputKind::Text) };
        assert_eq!(decode(latin, &declared).unwrap().text, "café au lait");
        // Valid UTF-8 still wins over a declaration.
        assert_eq!(decode("café".as_bytes(), &declared).unwrap().text, "café");
    }

    #[test]
    fn sniffs_html_by_leading_tag_or_marker() {
        assert!(looks_like_html("  <!DOCTYPE html><p>x"));
        assert!(looks_like_html("garbage before <html><body>x"));
        assert!(!looks_like_html("A plain line of text.\n\nAnother one with 3 < 4."));
    }

    #[test]
    fn extracted_text_that_quotes_tags_is_not_taken_for_html() {
        let docs = "Quick Start\n\nA component returns markup: return <div><p>Hello</p></div>; and the page template starts with <!doctype html> and <html>.\n\nEach component is a function.\n";
        assert!(!looks_like_html(docs));
        assert!(looks_like_html("HTTP junk\r\n<html><head><title>T</title></head><body><div><p>Text</p></div></body></html>"));
    }

    #[test]
    fn bom_decides_the_encoding_and_is_stripped() {
        let decoded = decode(b"\xEF\xBB\xBFhello", &options(None, InputKind::Auto)).unwrap();
        assert_eq!(decoded.text, "hello");
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("hé".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let decoded = decode(&utf16, &options(None, InputKind::Auto)).unwrap();
        assert_eq!((decoded.encoding, &*decoded.text), (UTF_16LE, "hé"));
    }

    #[test]
    fn bomless_utf16_is_recognised() {
        let bytes: Vec<u8> = "<p>Hello, world, again</p>".encode_utf16().flat_map(u16::to_be_bytes).collect();
        let decoded = decode(&bytes, &options(None, InputKind::Auto)).unwrap();
        assert_eq!(decoded.encoding, UTF_16BE);
        assert!(decoded.is_html);
    }

    #[test]
    fn a_head_is_judged_binary_only_where_decoding_would_refuse_it() {
        let options = options(None, InputKind::Auto);
        assert!(head_is_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", &options));
        assert!(!head_is_binary(b"<p>Hello, world</p>", &options));
        // UTF-16's NUL bytes are no controls; gzip is judged once inflated.
        let utf16: Vec<u8> = "<p>Hello, world, again</p>".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert!(!head_is_binary(&utf16, &options));
        assert!(!head_is_binary(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", &options));
    }

    #[test]
    fn meta_charset_is_used_for_legacy_bytes() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xE9</body></html>";
        let decoded = decode(page, &options(None, InputKind::Auto)).unwrap();
        assert_eq!(decoded.encoding.name(), "windows-1252");
        assert!(decoded.text.contains("café"));
    }

    #[test]
    fn valid_utf8_beats_a_lying_meta_charset() {
        let page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>café</p>";
        let decoded = decode(page.as_bytes(), &options(None, InputKind::Auto)).unwrap();
        assert_eq!(decoded.encoding, UTF_8);
        assert!(decoded.text.contains("café"));
    }

    /// German with its umlauts and sharp s, for the tests of legacy bytes.
    const GERMAN: &str = "Der Bürgermeister äußerte sich über die Straße und die Brücke. Größere Änderungen folgen.";

    /// Asserts that [`GERMAN`] in Windows-1252 is detected under a page's
    /// `<meta charset>` of `label`, and as a text page under a transport's `declared` charset.
    fn assert_detected_under(label: &str, declared: &'static Encoding) {
        let (latin, _, _) = WINDOWS_1252.encode(GERMAN);
        let page = [format!("<meta charset=\"{label}\"><p>").as_bytes(), &latin].concat();
        assert!(decode(&page, &options(None, InputKind::Html)).unwrap().text.ends_with(GERMAN));
        let declared = Options { declared_encoding: Some(declared), ..options(None, InputKind::Text) };
        assert_eq!(decode(&latin, &declared).unwrap().text, GERMAN);
    }

    #[test]
    fn legacy_bytes_under_a_lying_utf8_charset_are_detected() {
        assert_detected_under("utf-8", UTF_8);
        // A near miss: UTF-8 text with one stray byte stays UTF-8, the byte a U+FFFD.
        let stray = [b"<meta charset=\"utf-8\"><p>".as_slice(), GERMAN.as_bytes(), b"\xff"].concat();
        assert!(decode(&stray, &options(None, InputKind::Html)).unwrap().text.ends_with(&format!("{GERMAN}\u{FFFD}")));
    }

    #[test]
    fn utf8_mixed_into_a_windows_1252_page_is_read_as_utf8() {
        // A template's dash and quotes in UTF-8 around an article saved in Latin-1.
        let page = b"<meta charset=\"windows-1252\"><p>Caf\xe9 news \xe2\x80\x94 \xe2\x80\x9cnobody\xe2\x80\x9d left.</p>";
        assert!(decode(page, &options(None, InputKind::Html)).unwrap().text.ends_with("<p>Café news — “nobody” left.</p>"));
        // A near miss: Windows-1252 text alone, with its own dash and quotes, is left as it is.
        let page = b"<meta charset=\"windows-1252\"><p>Caf\xe9 news \x97 \x93nobody\x94 left.</p>";
        assert!(decode(page, &options(None, InputKind::Html)).unwrap().text.ends_with("<p>Café news — “nobody” left.</p>"));
    }

    #[test]
    fn a_page_declaring_an_encoding_no_browser_reads_is_detected_not_blanked() {
        assert_detected_under("iso-2022-kr", REPLACEMENT);
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let (bytes, _, _) = WINDOWS_1252.encode(GERMAN);
        let decoded = decode(&bytes, &options(None, InputKind::Text)).unwrap();
        assert_eq!(decoded.text, GERMAN);
    }

    #[test]
    fn forced_encoding_wins_and_unknown_labels_are_errors() {
        let forced = encoding_for_label("latin1").unwrap();
        let decoded = decode("é".as_bytes(), &options(Some(forced), InputKind::Text)).unwrap();
        assert_eq!(decoded.text, "Ã©");
        assert!(matches!(encoding_for_label("klingon-8"), Err(Error::UnknownEncoding(_))));
        assert!(matches!(encoding_for_label("iso-2022-kr"), Err(Error::ReplacementEncoding(_))));
    }

    #[test]
    fn binary_data_is_refused_but_nul_bytes_in_a_page_are_not() {
        let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
        assert!(matches!(decode(png, &options(None, InputKind::Auto)), Err(Error::Binary("a PNG image"))));
        let noise: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 32) as u8).collect();
        assert!(matches!(decode(&noise, &options(None, InputKind::Auto)), Err(Error::Binary("binary data"))));
        let page = b"<p>Some text\x00 with a NUL byte, and more text around it to read.</p>";
        assert!(decode(page, &options(None, InputKind::Auto)).is_ok());
    }

    #[test]
    fn gzip_pages_are_inflated_and_corrupt_or_oversized_gzip_is_refused() {
        let page = "<html><body><p>café</p></body></html>";
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gzip, page.as_bytes()).unwrap();
        let gzip = gzip.finish().unwrap();
        let decoded = decode(&gzip, &options(None, InputKind::Auto)).unwrap();
        assert_eq!((&*decoded.text, decoded.is_html), (page, true));
        let truncated = &gzip[..gzip.len() / 2];
        assert!(matches!(decode(truncated, &options(None, InputKind::Auto)), Err(Error::Binary(what)) if what.starts_with("corrupt")));
        assert_eq!(gunzip(&gzip, page.len() as u64).unwrap(), page.as_bytes());
        assert!(gunzip(&gzip, page.len() as u64 - 1).is_err());
    }

    #[test]
    fn the_gzip_trailer_sizes_the_buffer_and_a_lying_one_reserves_little() {
        let page: String = (0..400).map(|n| format!("<p>Paragraph {n} of {}.</p>", n * 7919 % 1000)).collect();
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut gzip, page.as_bytes()).unwrap();
        let mut gzip = gzip.finish().unwrap();
        assert_eq!(inflated_size_claimed(&gzip, 1 << 20), page.len());
        let inflated = gunzip(&gzip, 1 << 20).unwrap();
        assert_eq!((inflated.len(), inflated.capacity()), (page.len(), page.len() + 1));
        assert_eq!(inflated_size_claimed(&gzip, 100), 100);
        // A trailer that claims 4 GiB, and data too short to have one.
        let at = gzip.len() - 4;
        gzip[at..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(inflated_size_claimed(&gzip, 1 << 30), gzip.len() * MAX_RESERVED_RATIO as usize);
        assert!(gunzip(&gzip, 1 << 30).is_err());
        assert_eq!(inflated_size_claimed(b"\x1f\x8b", 1 << 30), 0);
    }

    #[test]
    fn double_encoded_utf8_is_decoded_once_more_but_real_latin_text_is_left_alone() {
        let decoded = |text: &str, options: &Options| decode(text.as_bytes(), options).unwrap().text.into_owned();
        let text_options = options(None, InputKind::Text);
        // Read as Windows-1252, and as Latin-1 (C1 controls), then written out as UTF-8 again.
        assert_eq!(decoded("We donâ€™t know â€” yet. CafÃ© opens.", &text_options), "We don’t know — yet. Café opens.");
        assert_eq!(decoded("the computer\u{e2}\u{80}\u{99}s memory", &text_options), "the computer’s memory");
        // Windows-1252 read as Latin-1: a lone C1 control stands for its Windows-1252 character.
        assert_eq!(decoded("I shouldn\u{92}t \u{97} yet \u{95} list", &text_options), "I shouldn’t — yet • list");
        // A double-encoded no-break space whose second half was made a space
        // or trimmed at the line's end.
        assert_eq!(decoded("donâ€™t stop Â - the impactsÂ of cats.Â\nNext", &text_options), "don’t stop  - the impacts of cats.\nNext");
        // Near misses: French capitals before a guillemet or a no-break space
        // ("É»" would read as one UTF-8 character) with no mark of double
        // encoding; and a forced encoding, which is taken at its word.
        for real in ["«L'ÉTÉ» À\u{a0}PARIS, É\u{a0}!", "Ã©"] {
            assert_eq!(decoded(real, &text_options), real);
        }
        let forced = options(Some(UTF_8), InputKind::Text);
        assert_eq!(decoded("We donâ€™t know", &forced), "We donâ€™t know");
    }

    #[test]
    fn invalid_bytes_become_replacement_characters() {
        let decoded = decode(b"ok \xFF\xFE\xFD ok", &options(Some(UTF_8), InputKind::Text)).unwrap();
        assert!(decoded.text.starts_with("ok ") && decoded.text.contains('\u{FFFD}'));
    }
}
