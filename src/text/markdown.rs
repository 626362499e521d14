//! A text page written in Markdown: a crawler's whole page rendered so
//! (html2text, a reader service, a crawler's Markdown export), menus and all.
//! Its markup is not its text: a link's address would read as words, a
//! heading's `#` and an emphasis's `**` as symbols. Each line is read as a
//! reader sees it: a link as its words, an image as nothing, a heading, a
//! quote or an item without its marker, as extracted text would have it (a
//! heading stays a heading of its level, `#` or setext; a fenced block's
//! code stands as written). (Its links are not counted as link text: the text passes never saw link
//! text, and counted so, a listing's linked titles and a manual's linked
//! names went as menus: on wcxb rendered as Markdown, listings tune -0.11,
//! check -0.04, all pages -0.012.) (`context/markdown-text`)

use std::sync::LazyLock;

use regex::Regex;

use super::WrittenHead;

/// A page is Markdown when at least `MARKDOWN_MIN_LINKS` of its lines hold a
/// Markdown link or image, and at least `MARKDOWN_MIN_LINKED_SHARE` of its
/// non-empty lines. (A whole page in Markdown links a menu, a footer and its
/// cards: of wcxb's pages rendered so, all but 5% link from 9% of their lines
/// or more. Of its 1,497 texts as html-text renders them, two quote a link
/// in Markdown, from 1.3% and 0.2% of their lines.)
const MARKDOWN_MIN_LINKS: usize = 3;
const MARKDOWN_MIN_LINKED_SHARE: f32 = 0.05;

/// A link's or an image's target after its text, `(href "title")`: an
/// address may hold parentheses in pairs (`javascript:void(0)`,
/// `/wiki/Python_(programming_language)`), stand in angle brackets, or hold
/// spaces, as html2text leaves a fragment's or a share link's unencoded
/// (`#Buddy Training`); a title is read with it.
const TARGET: &str = r#"\((?:<[^>\n]*>|(?:[^()\n]|\([^()\n]*\))*)\)"#;

/// An image, `![alt](src "title")`, or a link, `[text](href "title")`; an
/// image may stand for a link's text (`[![logo](a.png)](/)`), so images are
/// read first.
static IMAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"!\[{LINK_TEXT}\]{TARGET}")).expect("the image pattern is valid"));
static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\[({LINK_TEXT})\]{TARGET}")).expect("the link pattern is valid"));

/// A link's or an image's text, which may hold brackets in pairs (an alt
/// text's `[object Object]`, a footnote's `[1]`).
const LINK_TEXT: &str = r"(?:[^\[\]\n]|\[[^\[\]\n]*\])*";

/// Emphasis around words: `**bold**`, `__bold__`, `*italic*`, `_italic_`,
/// its markers next to the words they mark (a `snake_case` name or `2 * 3`
/// is no emphasis).
static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(^|[\s(\["'*_])(\*\*|__|\*|_)([^\s*_](?:[^*_]*[^\s*_])?)(\*\*|__|\*|_)($|[\s.,;:!?)\]"'*_])"#).expect("the emphasis pattern is valid")
});

/// A heading that is one link to the site's home page and nothing else
/// (`# [The Linux Kernel](../index.html)`, `# [Ann's Blog](https://ann.example/)`):
/// the site's name, which a template prints over every page. (A heading
/// that links to a page of its own, a question's or a post's, is its title.)
static HOME_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^\[{LINK_TEXT}\]\((?:(?:\.{{1,2}}/)*(?:/|index\.html?)?|https?://[^/\s()]+/?)\)$")).expect("the home link pattern is valid")
});

/// Strong emphasis that html2text closes after the space that follows its
/// words, `**Price range: **$12` and `**Step 3 **would`: the marker closes
/// before the next word, which it touches.
static SPACED_EMPHASIS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(^|[\s(\["'*_])(\*\*|__)([^\s*_][^*_]*?)\s+(\*\*|__)([^\s*_])"#).expect("the spaced emphasis pattern is valid"));

/// A line that is all markup: a code fence, a table's rule (`|---|:--:|`),
/// a thematic break (`***`, `---`), a link's reference definition (`[1]: https://...`).
static MARKUP_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:```.*|~~~.*|\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?|[*_-](?:\s*[*_-]){2,}|\[[^\]\n]+\]:\s+\S+.*)\s*$").expect("the markup line pattern is valid"));

/// The end of a link whose text began lines above (a card whose link wraps
/// its image and title: `[`, then the title, then `](/story)`), and the
/// start of one whose text goes on below (`[Pricing`, then `Structure](/p)`).
static LINK_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"\s*\]{TARGET}")).expect("the link end pattern is valid"));
static LINK_START: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^((?:[*+-]\s+)?)!?\[([^\]]*)$").expect("the link start pattern is valid"));

/// A table's row, `| Tier | Card |`: its cells, the pipes around them aside.
static TABLE_ROW: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\|(.*\S)\s*\|\s*$").expect("the table row pattern is valid"));

/// A heading's or a quote's marker at a line's start: `## `, `> `.
static LINE_MARKER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(?:#{1,6}\s+|(?:>\s*)+)").expect("the line marker pattern is valid"));

/// A reader service's header may run this many lines, its fields and the
/// blank lines between them, before its "Markdown Content:".
const READER_HEADER_MAX_LINES: usize = 16;

/// A reader service's header opens with `Title: ...` and ends at `Markdown
/// Content:`, with `URL Source: ...` and `Published Time: ...` between (as
/// `r.jina.ai` writes it).
///
/// The reader header `text` opens with, if it does; its lines counted as
/// [`super::lines`] cuts them, so that the page's text starts after them.
pub(super) fn reader_header(text: &str) -> Option<WrittenHead> {
    let mut header = WrittenHead::default();
    for (index, line) in super::lines(text).take(READER_HEADER_MAX_LINES).enumerate() {
        let line = line.trim();
        if line == "Markdown Content:" {
            header.lines = index + 1;
            return header.title.is_some().then_some(header);
        }
        let field = |name: &str| line.strip_prefix(name).map(|value| value.trim().to_string()).filter(|value| !value.is_empty());
        if let Some(title) = field("Title:") {
            header.title = Some(title);
        } else if let Some(url) = field("URL Source:") {
            header.url = Some(url);
        } else if let Some(time) = field("Published Time:") {
            header.published = Some(time);
        } else if !line.is_empty() && header.title.is_none() {
            return None;
        }
    }
    None
}

/// A code fence's line, opening or closing a block of code: ```` ``` ```` or `~~~`.
static FENCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s{0,3}(?:```|~~~)").expect("the fence pattern is valid"));

/// Whether a line opens or closes a fenced block of code.
pub(super) fn is_fence(line: &str) -> bool {
    FENCE.is_match(line)
}

/// The language an opening fence names (```` ```python ````, `~~~ rust`), if any.
pub(super) fn fence_language(line: &str) -> Option<String> {
    let info = line.trim().trim_start_matches(['`', '~']).trim();
    let language = info.split_whitespace().next()?;
    language.chars().all(|c| c.is_alphanumeric() || matches!(c, '+' | '-' | '#' | '.' | '_')).then(|| language.to_string())
}

/// Per line of `text` (as [`super::lines`] cuts them): whether it is code,
/// inside a fenced block, whose lines stand as written (a `# comment` is no
/// heading, `**kwargs` no emphasis). A fence that nothing closes opens no
/// block: a lone `~~~` is a rule drawn in text, not the rest of the page in code.
pub(super) fn code_lines(text: &str) -> Vec<bool> {
    let fences: Vec<usize> = super::lines(text).enumerate().filter(|(_, line)| is_fence(line)).map(|(index, _)| index).collect();
    let mut code = vec![false; super::lines(text).count()];
    for pair in fences.chunks_exact(2) {
        code[pair[0] + 1..pair[1]].fill(true);
    }
    code
}

/// A setext heading's underline: `===` under a heading of the first level, `---` of the second.
static SETEXT_UNDERLINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s{0,3}(?:=+|-+)\s*$").expect("the setext pattern is valid"));

/// The level of the heading a line underlines, if it is an underline: 1
/// for `=`, 2 for `-` (the line above is the heading).
pub(super) fn setext_level(line: &str) -> Option<u8> {
    SETEXT_UNDERLINE.is_match(line).then(|| if line.trim().starts_with('=') { 1 } else { 2 })
}

/// A heading written with `#` marks: `# Title`, `## Section`.
static ATX_HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ {0,3}(#{1,6})[ \t]+\S").expect("the heading pattern is valid"));

/// Whether `text` is a page written in Markdown: one that links in Markdown
/// (see `MARKDOWN_MIN_LINKS`), or one headed in it, that opens with a
/// `# Title` or holds a `## Section` among two headings or more (an
/// article's Markdown, as dechaff's `--format markdown`, trafilatura or a
/// CMS writes it, links little or not at all: dechaff's own Markdown of
/// wcxb's pages, cleaned again, kept its `#` marks and emphasis). One
/// heading that is not the page's first line is no sign: a shell's comment
/// in a page's code (`# install it`), as 34 of wcxb's 1,497 texts print
/// (three of them read as Markdown, one opening with such a line, two with
/// sections; none of their outputs moves by 0.001).
pub(super) fn is_markdown(text: &str) -> bool {
    let (mut lines, mut linked, mut headings, mut sections) = (0, 0, 0, 0);
    let mut opens_with_heading = false;
    for line in super::lines(text).filter(|line| !line.trim().is_empty()) {
        lines += 1;
        if line.contains("](") && (IMAGE.is_match(line) || LINK.is_match(line)) {
            linked += 1;
        }
        if let Some(marks) = line.trim_start().starts_with('#').then(|| ATX_HEADING.captures(line)).flatten() {
            headings += 1;
            sections += usize::from(marks[1].len() > 1);
            opens_with_heading |= lines == 1;
        }
    }
    let links = linked >= MARKDOWN_MIN_LINKS && linked as f32 >= MARKDOWN_MIN_LINKED_SHARE * lines as f32;
    links || opens_with_heading || (sections > 0 && headings >= 2)
}

/// A line of a Markdown page as a reader sees it.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Line {
    pub(super) text: String,
    /// Whether it is a heading of the first level (`# `), and not the site's
    /// name linking home (see `HOME_LINK`): the page's headline.
    pub(super) headline: bool,
    /// A heading's level, 1 to 6, from its `#` marks.
    pub(super) heading: Option<u8>,
}

/// A line of a Markdown page as a reader sees it. `None` for a line of markup
/// alone, or one that shows no letter or figure once read (a card's link's
/// `[`, an empty item's `*`, an icon's empty emphasis).
pub(super) fn read_line(line: &str) -> Option<Line> {
    if MARKUP_LINE.is_match(line) {
        return None;
    }
    // A table's row reads as dechaff prints one: its cells parted by pipes.
    let row = line.trim_start().starts_with('|').then(|| TABLE_ROW.captures(line)).flatten();
    let line = row.map_or(line, |row| row.get(1).map_or("", |cells| cells.as_str()));
    let marker = LINE_MARKER.find(line);
    let headline = marker.is_some_and(|m| m.as_str().trim_start().starts_with("# "));
    let heading = marker.map(|m| m.as_str().trim().bytes().take_while(|&b| b == b'#').count()).filter(|&hashes| hashes > 0).map(|hashes| hashes as u8);
    let line = marker.map_or(line, |marker| &line[marker.end()..]).trim_end();
    // A hard line break's backslash at the line's end is markup (an escaped
    // backslash, `\\`, is a backslash).
    let line = match line.strip_suffix('\\') {
        Some(before) if !before.ends_with('\\') => before.trim_end(),
        _ => line,
    };
    // A heading's closing hashes after a space: `## Setup ##`, not `## Learn C#`.
    let unclosed = line.trim_end_matches('#');
    let line = if unclosed.len() < line.len() && unclosed.ends_with(char::is_whitespace) { unclosed.trim_end() } else { line };
    let without_images = IMAGE.replace_all(line, "");
    let headline = headline && !HOME_LINK.is_match(without_images.trim());
    let linked = LINK.replace_all(&without_images, "$1");
    let ended = LINK_END.replace_all(&linked, "");
    let mut text = LINK_START.replace(ended.trim(), "$1$2").into_owned();
    if text.contains("**") || text.contains("__") {
        text = SPACED_EMPHASIS.replace_all(&text, "$1$3 $5").into_owned();
    }
    // Twice: a marker may wrap another (`**_both_**`).
    for _ in 0..2 {
        if text.contains(['*', '_']) {
            text = EMPHASIS.replace_all(&text, "$1$3$5").into_owned();
        }
    }
    // An icon's empty emphasis beside a link's words (`[__ Search](/s)`) is no word.
    if text.contains("__") || text.contains("**") {
        text = text.split(' ').filter(|word| !is_empty_emphasis(word)).collect::<Vec<_>>().join(" ");
    }
    let text = unescape(&text);
    text.contains(char::is_alphanumeric).then_some(Line { text, headline, heading })
}

/// Whether a word is emphasis around nothing, `__` or `****`, as an icon
/// renders. (A lone `**` may be code's power, `2 ** 10`.)
fn is_empty_emphasis(word: &str) -> bool {
    let underscores = word.len() >= 2 && word.chars().all(|c| c == '_');
    let stars = word.len() >= 4 && word.chars().all(|c| c == '*');
    underscores || stars
}

/// `text` with Markdown's backslash escapes (`\*`, `\_`, `\[`) read.
fn unescape(text: &str) -> String {
    if !text.contains('\\') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match chars.peek() {
            Some(&next) if c == '\\' && next.is_ascii_punctuation() => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blocks::collapse_whitespace;

    /// The text of a line read.
    fn read(line: &str) -> Option<String> {
        read_line(line).map(|line| line.text)
    }

    /// Once, dechaff's own Markdown read again kept the backslash that ends
    /// a line with a hard break (`The exhibition opens in May.\`).
    #[test]
    fn a_hard_breaks_backslash_is_markup() {
        assert_eq!(read("The exhibition opens in May.\\"), Some("The exhibition opens in May.".to_string()));
        // Near miss: an escaped backslash is one.
        assert_eq!(read("C:\\\\"), Some("C:\\".to_string()));
    }

    #[test]
    fn a_line_reads_as_its_words() {
        assert_eq!(read("[Home](/) | [News](https://e.example/news \"News\")"), Some("Home | News".to_string()));
        assert_eq!(read("## The **new** bridge _opens_ ##"), Some("The new bridge opens".to_string()));
        assert_eq!(read("## Learn C#"), Some("Learn C#".to_string()));
        assert_eq!(read("> Quoted [![logo](a.png)](/) text\\*"), Some("Quoted  text*".to_string()));
        assert_eq!(read("](/story) Bridge opens"), Some("Bridge opens".to_string()));
        for markup in ["```rust", "|---|:--:|", "***", "[1]: https://e.example/a", "[", "](/story)", "* __", "!"] {
            assert_eq!(read(markup), None, "{markup}");
        }
        // Near misses: a name in snake case, a product, a bracket that is no link.
        assert_eq!(read("Call snake_case_name with 2 * 3 [sic] (see below)"), Some("Call snake_case_name with 2 * 3 [sic] (see below)".to_string()));
        // The page's headline is its first-level heading.
        assert!(read_line("# Bridge opens").unwrap().headline);
        assert!(!read_line("## Bridge opens").unwrap().headline && !read_line("#hashtag").unwrap().headline);
        // Once, a site's name over every page, a heading that links home, was
        // taken for the page's title. A heading that links to its own page still is.
        for home in ["# [The Linux Kernel](../index.html)", "# [Ann's Blog](/)", "# [![logo](a.png) Ann's Blog](https://ann.example/)"] {
            assert!(!read_line(home).unwrap().headline, "{home}");
        }
        assert!(read_line("# [How to back up my system?](/questions/7809/how-to-back-up)").unwrap().headline);
        assert!(read_line("# [Erik Demaine](../)'s Folding").unwrap().headline);
    }

    /// Once, a link whose address held parentheses (`javascript:void(0);`,
    /// a Wikipedia page's `_(programming_language)`) read as its words with
    /// the address's tail (";)"), an image whose alt text held brackets
    /// printed its address, and a link's end whose text began lines above,
    /// or an icon's empty emphasis, stayed in the text.
    #[test]
    fn links_read_whole_whatever_their_address_or_text_holds() {
        assert_eq!(read("[__ Open menu ](javascript:void(0);)"), Some("Open menu".to_string()));
        assert_eq!(read("[Python](/wiki/Python_(programming_language)) is a language."), Some("Python is a language.".to_string()));
        assert_eq!(read("See [the plans](<plans 2025.pdf> 'Plans') now."), Some("See the plans now.".to_string()));
        assert_eq!(read("![Ann Lee, VP, [object Object]](https://e.example/a.png)"), None);
        assert_eq!(read("Solutions for retail ](https://e.example/retail)"), Some("Solutions for retail".to_string()));
        assert_eq!(read("[Pricing"), Some("Pricing".to_string()));
        assert_eq!(read("* [Pricing").map(|text| collapse_whitespace(&text)), Some("* Pricing".to_string()));
        // An address with spaces, as html2text leaves a fragment or a share link.
        assert_eq!(read("[Buddy Training](#Buddy Training) and [X](https://x.example/share?text=A plan)"), Some("Buddy Training and X".to_string()));
        assert_eq!(read("Partners __ ****"), Some("Partners".to_string()));
        assert_eq!(read("2 ** 10"), Some("2 ** 10".to_string()));
        // Emphasis as html2text writes it: closed after a space, or around another.
        assert_eq!(read("**Price range: **$12 and **Step 3 **would do"), Some("Price range: $12 and Step 3 would do".to_string()));
        assert_eq!(read("Her book, _**The Small Change Diet**._"), Some("Her book, The Small Change Diet.".to_string()));
        // Near misses: code's arguments and powers.
        assert_eq!(read("f(*args, **kwargs) and 2 ** 3 ** 4"), Some("f(*args, **kwargs) and 2 ** 3 ** 4".to_string()));
        // Near misses: brackets and parentheses that are no link, emphasis around words.
        assert_eq!(read("The mayor [sic] spoke (twice) of a_b and **the plan**."), Some("The mayor [sic] spoke (twice) of a_b and the plan.".to_string()));
    }

    #[test]
    fn a_reader_services_header_gives_the_title_address_and_time() {
        let text = "Title: Bridge opens\n\nURL Source: https://e.example/bridge\n\nPublished Time: 2025-06-12T08:00:00Z\n\nMarkdown Content:\nThe council met.\n";
        let header = WrittenHead {
            title: Some("Bridge opens".into()),
            url: Some("https://e.example/bridge".into()),
            published: Some("2025-06-12T08:00:00Z".into()),
            lines: 7,
            ..WrittenHead::default()
        };
        assert_eq!(reader_header(text), Some(header));
        // Near misses: no title first, or no end to the header.
        assert_eq!(reader_header("Bridge opens\nTitle: x\nMarkdown Content:\n"), None);
        assert_eq!(reader_header("Title: Bridge opens\n\nThe council met.\n"), None);
    }

    #[test]
    fn a_page_is_markdown_when_it_opens_with_a_heading_or_heads_a_section_with_hashes() {
        let story = "The council met on Tuesday and agreed to build the bridge.\n\nWork starts in spring.\n";
        assert!(is_markdown(&format!("# Bridge vote\n\n{story}")));
        assert!(is_markdown(&format!("Bridge vote\n\n{story}\n## What comes next\n\n{story}\n### Costs\n\n{story}")));
        // Near misses: code's comments under a title, a rating's hash, one section's hashes alone.
        assert!(!is_markdown(&format!("Install guide\n\n{story}\n# install it\npip install bridge\n# run it\nbridge serve\n")));
        assert!(!is_markdown(&format!("#1 Rated Bridge Builder\n\n{story}")));
        assert!(!is_markdown(&format!("Bridge vote\n\n{story}\n## What comes next\n\n{story}")));
    }

    #[test]
    fn a_page_is_markdown_when_many_of_its_lines_link_in_markdown() {
        let menu = "[Home](/)\n[News](/news)\n[Sport](/sport)\n";
        assert!(is_markdown(&format!("{menu}\nThe council met on Tuesday.\n")));
        // Near miss: a page that quotes one link, or a few among many lines.
        assert!(!is_markdown("See [the report](https://e.example/r).\n\nThe council met.\n"));
        let long: String = (0..100).map(|n| format!("Line {n} of the story.\n")).collect();
        assert!(!is_markdown(&format!("{menu}{long}")));
    }
}
