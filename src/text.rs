//! Stage 2 (text): text already extracted from a page in; a [`Page`] of line blocks out.
//!
//! Every non-empty line is one block: extracted page text puts a caption,
//! a byline, a date and the first paragraph on consecutive lines, so lines,
//! not blank-separated paragraphs, are the unit a label can be given to.
//! Whether a blank line came before each block is kept, since it is the
//! only layout this input still has. `\n`, `\r\n` and a lone `\r` all end a line.
//! A line that starts with a bullet is a list's item, as an `<li>` is.
//! Text wrapped at a fixed width (`lynx -dump`, an email, a manual page)
//! breaks its paragraphs where the width ran out, not where the page did:
//! there a line that the next line's first word would not have fitted on
//! is joined with the next (`context/hard-wrapped-lines`). A terminal
//! browser's dump numbers its links (`[3]Home`) and lists their addresses
//! at its foot: the numbers and the list go (`context/link-references`). A
//! page written in Markdown is read as a reader sees it ([`markdown`]). A
//! front matter (`---`, `key: value` lines, `---`) is the page's head, not
//! its text ([`front_matter`]). A page written one text node a line (a scraper's `get_text("\n")`) cuts a
//! sentence at each link and bold word in it; there a line that continues the
//! sentence left open above it is joined to it (`context/cut-sentences`).
//! A page written with nothing between its text nodes (`textContent`) runs
//! its blocks together on a few long lines; there each line is cut where a
//! capitalised word runs on from the last (`context/run-together-text`);
//! one written on one line with spaces between its text nodes is cut into
//! its sentences (`context/one-line-text`).

mod front_matter;
mod markdown;

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{collapse_whitespace, Block, BlockKind, Page};
use crate::model::{Error, Options, Rule, Switches};
use crate::patterns::STOPWORDS;

/// What a text says of its page above its text, as an HTML page's `<head>`
/// does: a reader service's header ([`markdown::reader_header`]) or a front
/// matter ([`front_matter::front_matter`]).
#[derive(Debug, Default, PartialEq, Eq)]
struct WrittenHead {
    title: Option<String>,
    author: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    url: Option<String>,
    description: Option<String>,
    site: Option<String>,
    lang: Option<String>,
    /// How many lines it takes, its closing line with them.
    lines: usize,
}

/// A text with more lines than this is refused: each line is a block, which
/// takes a few hundred bytes to clean, so a text of one-letter lines would
/// take two hundred times its size in memory. The longest of the 1,585 texts
/// of wcxb and aeb-dev has under 3,000.
pub const MAX_LINES: usize = 1_000_000;

/// What starts a line as a list's item, before a space: ASCII's `-` and
/// `*`, and the bullets that extracted text keeps from a page's lists. (Not
/// an en dash nor a middle dot: they start a comment's signature, "– Isaac",
/// and a count after a separator, "· 76 comments"; and not a number, which
/// numbers a heading as often as an item, "5. Surfshark Alert", and is a word
/// of the text.)
const BULLETS: [char; 5] = ['-', '*', '•', '◦', '▪'];

/// A line's text after its bullet, when it starts with one.
fn after_bullet(line: &str) -> Option<&str> {
    line.strip_prefix(BULLETS)?.strip_prefix(' ')
}

/// The list of a dump's link addresses: a line "References", then addresses,
/// at least this many, to the end.
const REFERENCES_MIN_ADDRESSES: usize = 2;

/// A listed address: numbered (`  12. https://example.com/news`), or not
/// where the dump was told not to number its links (`   . https://...`),
/// perhaps in angle brackets; a scheme and its colon, then anything (a share
/// link's address holds its story's headline, spaces and all, `mailto:?subject=A
/// day out`; a phone's, `tel: (707) 665-9472`).
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\d{0,5}\.\s+<?[A-Za-z][A-Za-z0-9+.-]*:").expect("the reference pattern is valid"));

/// A link's number where a dump with references set it, before the link's words: `[12]`.
static LINK_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[\d{1,5}\]").expect("the link number pattern is valid"));

/// The line where a dump's list of link addresses starts, if `text` ends with one.
fn references_start(text: &str) -> Option<usize> {
    // Most texts hold no such list: no need to gather their lines.
    if !text.contains("References") {
        return None;
    }
    let lines: Vec<&str> = lines(text).collect();
    let start = lines.iter().rposition(|line| line.trim() == "References")?;
    // (Between them a dump may say which links the page showed: "Visible links", "Hidden links:".)
    let says_which = |line: &str| line.trim().trim_end_matches(':').ends_with("links");
    let listed = lines[start + 1..].iter().filter(|line| !line.trim().is_empty() && !says_which(line));
    let (addresses, others) = listed.fold((0, 0), |(a, o), line| if REFERENCE.is_match(line) { (a + 1, o) } else { (a, o + 1) });
    (addresses >= REFERENCES_MIN_ADDRESSES && others == 0).then_some(start)
}

/// Text is wrapped at a fixed width when its longest line has between
/// `MIN_WRAP_WIDTH` and `MAX_WRAP_WIDTH` characters...
const MIN_WRAP_WIDTH: usize = 40;
const MAX_WRAP_WIDTH: usize = 160;

/// ...and at least `WRAPPED_MIN_LINES` lines, and `WRAPPED_MIN_SHARE` of those
/// of `WRAPPED_LONG_CHARS` or more, come within `WRAP_SLACK` characters of it.
/// (Text extracted without wrapping has lines of every length, its longest a
/// paragraph of hundreds of characters; of wcxb's 1,497 texts none is taken
/// for wrapped. Wrapped at 78 columns, all but a few dozen are.)
const WRAPPED_MIN_LINES: usize = 10;
const WRAPPED_MIN_SHARE: f32 = 0.3;
const WRAPPED_LONG_CHARS: usize = 30;
const WRAP_SLACK: usize = 15;

/// Punctuation that closes or continues a sentence: no line opens with it
/// unless the line was cut just before it (`Read the` / `report` / `, or not.`).
const CLOSING_PUNCTUATION: [char; 10] = [',', ';', ':', '.', '!', '?', ')', ']', '’', '”'];

/// Whether `line` opens with [`CLOSING_PUNCTUATION`] (not an ellipsis, nor
/// a name such as `.NET` or a file's `.env`).
fn opens_with_closing_punctuation(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next().is_some_and(|c| CLOSING_PUNCTUATION.contains(&c));
    let second = chars.next();
    first && !(line.starts_with('.') && second.is_some_and(|c| c == '.' || c.is_alphanumeric()))
}

/// A text was written one text node a line when at least this many of its
/// lines open with [`CLOSING_PUNCTUATION`], a space and a word (", or not"),
/// the rest of a sentence cut after a link or a bold word. (Of wcxb's 1,497
/// texts, 14 have one such line and 2 have two; written node by node, 983 and
/// 794. One was enough to take a stray ", Global Desk" under a byline for
/// the sign, and join a page's list of tags into a line of text.)
const CUT_LINES_MIN: usize = 2;

/// Whether `text` was written one text node a line (see [`CUT_LINES_MIN`]).
fn cut_at_inline_elements(text: &str) -> bool {
    // A line's first characters are all that is read: the rest of the text
    // from each line's start, its indent left out. (The line ends found with
    // `memchr`: splitting the text into lines once more cost over twice as much.)
    let starts = line_starts(text);
    let cut = |rest: &&str| {
        let mut after = rest.chars().skip(1);
        let space = after.next().is_some_and(|c| c.is_whitespace() && c != '\n' && c != '\r');
        opens_with_closing_punctuation(rest) && space && after.next().is_some_and(char::is_alphanumeric)
    };
    starts.map(|start| text[start..].trim_start_matches([' ', '\t'])).filter(cut).nth(CUT_LINES_MIN - 1).is_some()
}

/// A line cut before its sentence's next word ends in a short stopword, in
/// lower case: "on", "of", "the", "und". (A menu's item ends in one in
/// capitals, "Contact Us", "About Us"; longer stopwords, "more", end a
/// button's label.)
const STOPWORD_MAX_CHARS: usize = 3;

/// On a page cut at its inline elements, what joins `next` to the block
/// `previous` when it continues the sentence `previous` left open: nothing
/// before [`CLOSING_PUNCTUATION`]; a space under a line of two words or more
/// that ends mid-sentence, before a word in lower case, or of three words or
/// more that ends in a stopword, before any word ("a later boat on" /
/// "Fridays"). `None`: `next` starts a line of its own (a heading, a menu's
/// item, a name in capitals under a finished phrase, which would glue chaff
/// to the text).
fn continuation(previous: &str, next: &str) -> Option<&'static str> {
    if opens_with_closing_punctuation(next) {
        return Some("");
    }
    let mut words = previous.split_whitespace().rev();
    let (Some(last), Some(_)) = (words.next(), words.next()) else { return None };
    let open = previous.ends_with(|c: char| c.is_lowercase() || c == ',');
    let lower = next.starts_with(|c: char| c.is_lowercase() || matches!(c, '(' | '“' | '‘' | '"'));
    // (Three words at least: a menu's "About us" ends in one too.)
    let stopword = words.next().is_some() && last.chars().count() <= STOPWORD_MAX_CHARS && last.chars().all(char::is_lowercase) && STOPWORDS.contains(last);
    (open && lower || stopword && next.starts_with(char::is_alphanumeric)).then_some(" ")
}

/// A page's text run together (a scraper's `textContent`, or `get_text()`
/// with no separator, of a page whose HTML has no line breaks: "My
/// BookmarksShoppingPrevention Premium...") has few lines, each of them the
/// text of many blocks, and words glued where one block ended and the next
/// began. It is taken for such when its lines hold `RUN_TOGETHER_MIN_WORDS_PER_LINE`
/// words on average and at least `RUN_TOGETHER_MIN_JOINS` joins in every
/// thousand words. (Of wcxb's and aeb-dev's 1,585 texts, none has 60 words a
/// line but one, a manual page with 0.4 joins a thousand words, from its
/// regular expressions' `[aBbCcDd]`; the median has 11 words a line. Written
/// with `get_text()`, 347 of wcxb's pages have 60 words a line, most of them
/// one line for the whole page, and the median of those 80 joins a thousand
/// words; a page of one line may have as few as 1 and still be cut right.)
const RUN_TOGETHER_MIN_WORDS_PER_LINE: usize = 60;
const RUN_TOGETHER_MIN_JOINS: usize = 1;

/// Whether the block boundary a page lost lies between `before` and the
/// capital `at`, followed by `after`: a capitalised word that runs on from a
/// small letter, a figure or a sentence's end ("BookmarksShopping",
/// "2025Tanja", "positive.Expect"). (Not before a capital that a capital or
/// a mark follows: "U.S.A", "NASA".)
fn is_join(before: char, at: char, after: char) -> bool {
    at.is_uppercase() && after.is_lowercase() && (before.is_lowercase() || before.is_ascii_digit() || matches!(before, '.' | '?' | '!' | ')'))
}

/// The places in `line` where [`is_join`] finds a lost boundary.
fn joins(line: &str) -> impl Iterator<Item = usize> + '_ {
    // The two characters before each, the second with where it stands.
    let (mut before, mut at): (Option<char>, Option<(usize, char)>) = (None, None);
    line.char_indices().filter_map(move |(index, next)| {
        let join = match (before, at) {
            (Some(before), Some((at, capital))) if is_join(before, capital, next) => Some(at),
            _ => None,
        };
        (before, at) = (at.map(|(_, c)| c), Some((index, next)));
        join
    })
}

/// A page written on one line or a few, its text nodes parted by spaces
/// (BeautifulSoup's `get_text(" ")`, a common way to feed a page to a
/// language model: "Home News Sport Bridge opens over the river By Ann Lee
/// The bridge opened..."), shows no join where its blocks met. Where its
/// lines hold `ONE_LINE_MIN_WORDS_PER_LINE` words on average, each is cut
/// into its sentences as well, so that the passes read a menu's run apart
/// from the story's sentences. (wcxb's pages written so: F1 0.625 -> 0.733;
/// no text as `html-text` renders it has 130 words a line; a manual page of
/// 126 cut into sentences lost 0.05 of its F1.) A page whose blocks plainly
/// ran together, `RUN_TOGETHER_CLEAR_JOINS` joins a thousand words or more,
/// is cut where they met alone: its sentences cut too changed its F1 by
/// nothing (tune -0.002, check +0.001) but printed each paragraph one
/// sentence a paragraph. (Of wcxb's pages written so, nine in ten have 28
/// joins a thousand words or more; parted by spaces, nine in ten have 15 or
/// fewer, from names such as "iPhone".)
const ONE_LINE_MIN_WORDS_PER_LINE: usize = 250;
const RUN_TOGETHER_CLEAR_JOINS: usize = 20;

/// Where a text's lines are cut ([`RUN_TOGETHER_MIN_WORDS_PER_LINE`],
/// [`ONE_LINE_MIN_WORDS_PER_LINE`]).
#[derive(Clone, Copy, Default)]
struct Cuts {
    /// Where a capitalised word runs on from the last ([`is_join`]).
    joins: bool,
    /// Where a sentence ends and the next begins ([`sentence_starts`]).
    sentences: bool,
}

/// How `text`'s lines are cut, under the rules `switches` leaves on.
fn cuts(text: &str, switches: Switches) -> Cuts {
    let (on_joins, on_sentences) = (switches.on(Rule::RunTogetherText), switches.on(Rule::OneLineText));
    if !on_joins && !on_sentences {
        return Cuts::default();
    }
    // Lines with more than spaces in them. (Their ends found with `memchr`,
    // and their bytes read as bytes: splitting the text into `str` lines
    // cost this check as much as the rest of reading the text.)
    let bytes = text.as_bytes();
    let starts = line_starts(text);
    let blank = |start: usize| bytes[start..].iter().take_while(|&&b| b != b'\n' && b != b'\r').all(u8::is_ascii_whitespace);
    let lines = starts.filter(|&start| !blank(start)).count().max(1);
    // A word takes two bytes at least, with its space: the lines of most
    // texts are too short to hold so many, and their words go uncounted.
    if text.len() < 2 * RUN_TOGETHER_MIN_WORDS_PER_LINE * lines {
        return Cuts::default();
    }
    let words = text.split_whitespace().count();
    let join_count = joins(text).count();
    let joins_per_thousand = join_count * 1000 / words.max(1);
    // (A text that cutting would part into more blocks than a text may have
    // lines is read as it is: one line of ten megabytes is still cleaned.)
    let joins = on_joins && words >= RUN_TOGETHER_MIN_WORDS_PER_LINE * lines && joins_per_thousand >= RUN_TOGETHER_MIN_JOINS && join_count < MAX_LINES;
    // (Where its blocks plainly ran together, a page cut where they met has
    // its paragraphs back: cut into sentences too, it would print one
    // sentence a paragraph.)
    let ran_together = joins_per_thousand >= RUN_TOGETHER_CLEAR_JOINS;
    let sentences = on_sentences && !ran_together && words >= ONE_LINE_MIN_WORDS_PER_LINE * lines;
    Cuts { joins, sentences: sentences && join_count + sentence_starts(text).count() < MAX_LINES }
}

/// Where a sentence starts in `line`: after a full stop, a question or an
/// exclamation mark and a space, at a capital or an opening quote.
fn sentence_starts(line: &str) -> impl Iterator<Item = usize> + '_ {
    let (mut end, mut space) = (' ', ' ');
    line.char_indices().filter_map(move |(at, c)| {
        let starts = matches!(end, '.' | '?' | '!') && space == ' ' && (c.is_uppercase() || matches!(c, '"' | '“'));
        (end, space) = (space, c);
        starts.then_some(at)
    })
}

/// `line` cut as `cuts` says; uncut, `line` whole.
fn line_parts(line: &str, cuts: Cuts) -> impl Iterator<Item = &str> {
    let mut at: Vec<usize> = Vec::new();
    if cuts.joins {
        at.extend(joins(line));
    }
    if cuts.sentences {
        at.extend(sentence_starts(line));
        at.sort_unstable();
        at.dedup();
    }
    // (An uncut line allocates nothing: `at` stays empty.)
    let mut start = 0;
    at.into_iter().chain(std::iter::once(line.len())).map(move |end| {
        let part = &line[start..end];
        start = end;
        part
    })
}

/// [`segment_with`] every rule on: the passes' tests read their pages so.
#[cfg(test)]
pub fn segment(text: &str) -> Result<Page, Error> {
    segment_with(text, &Options::default())
}

/// Cuts `text` into one block per non-empty line, a hard-wrapped paragraph's
/// lines joined and a page in Markdown read as a reader sees it, unless
/// `options` switch those rules off.
pub fn segment_with(text: &str, options: &Options) -> Result<Page, Error> {
    let references = if options.switched_off.on(Rule::LinkReferences) { references_start(text) } else { None };
    let wrap_width = if options.switched_off.on(Rule::HardWrappedLines) { wrap_width(text, references) } else { None };
    let cut_sentences = options.switched_off.on(Rule::CutSentences) && cut_at_inline_elements(text);
    let cuts = cuts(text, options.switched_off);
    // A reader service's header is the page's head, not its text, and says
    // its text is Markdown. So does a front matter: Hugo's and Jekyll's
    // pages are Markdown, and plain text read as Markdown reads the same (a
    // name in snake case stays whole).
    let reader_header = if options.switched_off.on(Rule::MarkdownText) { markdown::reader_header(text) } else { None };
    let written_head = reader_header.or_else(|| if options.switched_off.on(Rule::FrontMatter) { front_matter::front_matter(text) } else { None });
    let markdown = options.switched_off.on(Rule::MarkdownText) && (written_head.is_some() || markdown::is_markdown(text));
    let mut page = Page { lines_cut: cuts.joins || cuts.sentences, ..Page::default() };
    let header_lines = written_head.as_ref().map_or(0, |head| head.lines);
    if let Some(head) = written_head {
        page.head.title = head.title;
        page.head.canonical = head.url;
        page.head.lang = head.lang;
        let named = [
            ("article:published_time", head.published),
            ("article:modified_time", head.modified),
            ("author", head.author),
            ("description", head.description),
            ("og:site_name", head.site),
        ];
        page.head.meta.extend(named.into_iter().filter_map(|(name, value)| Some((name.to_string(), value?))));
    }
    // A wrapped page in Markdown is joined before it is read ([`unwrapped_lines`]), and not again after.
    let code = if markdown { markdown::code_lines(text) } else { Vec::new() };
    let unwrapped = markdown.then(|| unwrapped_lines(text, wrap_width, &code));
    let wrap_width = if unwrapped.is_some() { None } else { wrap_width };
    let source: Box<dyn Iterator<Item = (usize, &str)>> = match &unwrapped {
        Some(joined) => Box::new(joined.iter().map(|(index, line)| (*index, line.as_str()))),
        None => Box::new(lines(text).enumerate()),
    };
    let mut gap_before = true;
    // The raw line a block's text ends with, while the next line may continue it.
    let mut last_line: Option<&str> = None;
    // A fenced block of code being read: its language, from the opening
    // fence, and the blank lines met inside it since its last line.
    let (mut fence_language, mut in_code_block, mut blank_code_lines) = (None, false, 0);
    let lines = source.skip_while(|&(index, _)| index < header_lines).take_while(|&(index, _)| references.is_none_or(|start| index < start));
    // Where a text's lines are cut (it ran together, or was written on one line), each part is a line, a paragraph of its own.
    let lines = lines.flat_map(|(index, raw)| line_parts(raw, cuts).map(move |part| (index, part)));
    for (index, raw) in lines {
        gap_before |= cuts.joins || cuts.sentences;
        // A Markdown heading's level, when the line is one.
        let mut heading = None;
        // (The wrap counts a link's number: `raw` is the line as wrapped.)
        let line = match references {
            Some(_) if raw.contains('[') => LINK_NUMBER.replace_all(raw, ""),
            _ => Cow::Borrowed(raw),
        };
        // A fenced block's code is one block, its lines as written, as a
        // `<pre>` is (its fences are markup; the opening one names its language).
        let in_code = code.get(index).copied().unwrap_or(false);
        if in_code && options.switched_off.on(Rule::FencedCode) {
            if raw.trim().is_empty() {
                blank_code_lines += 1;
                continue;
            }
            match page.blocks.last_mut().filter(|_| in_code_block) {
                Some(block) => {
                    block.text.push_str(&"\n".repeat(blank_code_lines + 1));
                    block.text.push_str(raw.trim_end());
                }
                None => {
                    if page.blocks.len() == MAX_LINES {
                        return Err(Error::TooManyParts { what: "lines", limit: MAX_LINES });
                    }
                    let code_language = fence_language.take();
                    page.blocks.push(Block { kind: BlockKind::Preformatted, code_language, ..Block::text_line(raw.trim_end().to_string(), index + 1, gap_before) });
                }
            }
            (in_code_block, blank_code_lines, gap_before, last_line) = (true, 0, false, None);
            continue;
        }
        in_code_block = false;
        if markdown && markdown::is_fence(raw) {
            fence_language = markdown::fence_language(raw);
        }
        let shown = match (markdown && !in_code).then(|| markdown::read_line(&line)) {
            None => line,
            Some(Some(read)) => {
                // The page's first headline is its title, as an HTML page's `<title>`.
                if read.headline && page.head.title.is_none() {
                    page.head.title = Some(collapse_whitespace(&read.text));
                }
                heading = read.heading;
                Cow::Owned(read.text)
            }
            // A line of markup alone (a code fence, a table's rule) shows nothing;
            // one of `=` or `-` right under a line makes it a heading (a setext
            // heading, as markdownify writes by default: `Bridge opens` over `====`).
            Some(None) => {
                let level = markdown::setext_level(raw).filter(|_| last_line.is_some());
                if let (Some(level), Some(block)) = (level, page.blocks.last_mut().filter(|b| b.kind == BlockKind::Text)) {
                    block.kind = BlockKind::Heading(level);
                    if level == 1 && page.head.title.is_none() {
                        page.head.title = Some(block.text.clone());
                    }
                }
                gap_before |= raw.trim().is_empty();
                last_line = None;
                continue;
            }
        };
        let collapsed = collapse_whitespace(&shown);
        if collapsed.is_empty() {
            gap_before = true;
            last_line = None;
            continue;
        }
        if let (true, Some(_), Some(block)) = (cut_sentences, last_line, page.blocks.last_mut()) {
            if let Some(glue) = continuation(&block.text, &collapsed) {
                block.text.push_str(glue);
                block.text.push_str(&collapsed);
                last_line = Some(raw);
                continue;
            }
        }
        if let (Some(width), Some(previous), Some(block)) = (wrap_width, last_line, page.blocks.last_mut()) {
            if after_bullet(&collapsed).is_none() && wrapped_before(previous, raw, width) {
                if !is_broken_at_hyphen(&block.text) {
                    block.text.push(' ');
                }
                block.text.push_str(&collapsed);
                last_line = Some(raw);
                continue;
            }
        }
        if page.blocks.len() == MAX_LINES {
            return Err(Error::TooManyParts { what: "lines", limit: MAX_LINES });
        }
        // The bullet is the item's marker, not its text, as in HTML.
        let block = match (heading, after_bullet(&collapsed)) {
            (Some(level), _) => Block { kind: BlockKind::Heading(level), ..Block::text_line(collapsed, index + 1, gap_before) },
            (None, Some(item)) => Block { kind: BlockKind::ListItem { number: None }, ..Block::text_line(item.to_string(), index + 1, gap_before) },
            (None, None) => Block::text_line(collapsed, index + 1, gap_before),
        };
        page.blocks.push(block);
        gap_before = false;
        last_line = Some(raw);
    }
    Ok(page)
}

/// Whether `text` ends with a word broken at its hyphen by a wrap ("well-").
fn is_broken_at_hyphen(text: &str) -> bool {
    text.strip_suffix('-').is_some_and(|before| before.ends_with(char::is_alphabetic))
}

/// A link's text runs on over at most this many more lines of its paragraph.
const LINK_TEXT_MAX_LINES: usize = 4;

/// A page in Markdown, the lines of its paragraphs joined before they are
/// read where a wrap cut them or a link's text runs on: the wrap cuts links
/// (`[The bridge's` / `plans](https://...)`), and an image's alt text may
/// hold a line break (`[![Acme` / `Logo](a.png)](/acme)`); links read as
/// links only whole. Each line keeps the index of the first line it joins;
/// a heading's, an item's, a quote's or a table's line starts a line of its
/// own. (wcxb's pages as Markdown wrapped at 78 columns, as html2text writes
/// them by default: F1 0.734 -> 0.794, tune +0.060, check +0.059; a link's
/// text joined over lines, with links read whole: 0.801 -> 0.804, tune
/// +0.002, check +0.006; unwrapped, they score 0.810.)
fn unwrapped_lines(text: &str, width: Option<usize>, code: &[bool]) -> Vec<(usize, String)> {
    let mut joined: Vec<(usize, String)> = Vec::new();
    // The last line read, when it had text: the next may continue it.
    let mut previous: Option<&str> = None;
    // Lines joined to the last line because its link's text ran on.
    let mut link_lines = 0;
    for (index, raw) in lines(text).enumerate() {
        let next = raw.trim();
        // A block of code's lines, and its fences, stand as written.
        if code.get(index).copied().unwrap_or(false) || markdown::is_fence(raw) {
            joined.push((index, raw.to_string()));
            previous = None;
            continue;
        }
        let starts_block = after_bullet(next).is_some() || next.starts_with(['#', '>', '|']);
        let wrapped = |above: &str| width.is_some_and(|width| wrapped_before(above, next, width));
        match (previous, joined.last_mut()) {
            (Some(_), Some((_, line))) if !next.is_empty() && !starts_block && link_lines < LINK_TEXT_MAX_LINES && opens_link(line) => {
                line.push(' ');
                line.push_str(next);
                link_lines += 1;
            }
            (Some(above), Some((_, line))) if !next.is_empty() && !starts_block && wrapped(above) => {
                // (A word broken at its hyphen, "well-" then "known", is made whole.)
                if !is_broken_at_hyphen(line) {
                    line.push(' ');
                }
                line.push_str(next);
            }
            _ => {
                joined.push((index, raw.to_string()));
                link_lines = 0;
            }
        }
        previous = (!next.is_empty()).then_some(raw);
    }
    joined
}

/// Whether a line opens more brackets than it closes: a link's text runs on.
fn opens_link(line: &str) -> bool {
    line.matches('[').count() > line.matches(']').count()
}

/// The width `text` is wrapped at, if it is (see `MIN_WRAP_WIDTH`), read
/// above the line where a dump's list of link addresses starts, if it has
/// one: an address is as long as it is, whatever the width.
fn wrap_width(text: &str, references: Option<usize>) -> Option<usize> {
    let mut lengths = Vec::new();
    // (A word longer than the width has a line of its own, whatever the
    // width: an address in a Markdown link, `[the text](https://...)`.)
    let one_word = |line: &str| !line.trim().contains(char::is_whitespace);
    let above_references = lines(text).take(references.unwrap_or(usize::MAX));
    for line in above_references.map(str::trim_end).filter(|line| !line.is_empty() && !one_word(line)) {
        // Most text holds a paragraph longer than any wrap early on: no need to count on.
        let length = line.chars().count();
        if length > MAX_WRAP_WIDTH {
            return None;
        }
        lengths.push(length);
    }
    let width = lengths.iter().copied().max()?;
    if width < MIN_WRAP_WIDTH {
        return None;
    }
    let near = lengths.iter().filter(|&&length| length + WRAP_SLACK >= width).count();
    let long = lengths.iter().filter(|&&length| length >= WRAPPED_LONG_CHARS).count();
    (near >= WRAPPED_MIN_LINES && near as f32 >= WRAPPED_MIN_SHARE * long as f32).then_some(width)
}

/// Whether the break between the lines `previous` and `next` was the wrap's:
/// `next`'s first word would not have fitted at the end of `previous`. (Not
/// where either line sets out columns with runs of spaces, as a terminal
/// browser prints a table: its rows are as wide as the text, one per line.)
fn wrapped_before(previous: &str, next: &str, width: usize) -> bool {
    let columns = |line: &str| line.trim().contains(COLUMN_GAP);
    let first_word = next.split_whitespace().next().unwrap_or_default();
    !columns(previous) && !columns(next) && previous.trim_end().chars().count() + 1 + first_word.chars().count() > width
}

/// Spaces that set columns apart in a line of text.
const COLUMN_GAP: &str = "   ";

/// Where each line of `text` starts, a byte offset, found with `memchr`
/// (after `\r\n`, an empty line starts between the two: it reads as blank).
fn line_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    std::iter::once(0).chain(memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).map(|end| end + 1))
}

/// Lines ended by `\n`, `\r\n` or a lone `\r`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').flat_map(|line| line.strip_suffix('\r').unwrap_or(line).split('\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_non_empty_line_is_a_block_with_its_line_number() {
        let page = segment("Title\n\nFirst  line\nSecond line\n").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.line, b.text.as_str(), b.gap_before)).collect();
        assert_eq!(got, [(1, "Title", true), (3, "First line", true), (4, "Second line", false)]);
    }

    /// Once, a heading's link icon (Font Awesome's U+F0C1) ended every heading
    /// of a text page, and a line of icons was a line of text.
    #[test]
    fn icon_glyphs_of_the_private_use_area_are_dropped_and_other_symbols_kept() {
        let page = segment("Playbook syntax \u{f0c1}\n\u{f09a} \u{f232}\nUp to 50% off 🙂 中文 ✓\n").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(got, ["Playbook syntax", "Up to 50% off 🙂 中文 ✓"]);
    }

    /// A page's text written with `textContent` from HTML without line
    /// breaks: its blocks on one line, run together.
    fn run_together_page() -> String {
        let story = "The bridge opened on Monday after three years of work, and the town came out to walk across it in the rain. ";
        format!("HomeNewsSportBridge opens over the riverBy Ann LeePublished May 6, 2024{}Related storiesFerry to run on weekends", story.repeat(8).trim_end())
    }

    #[test]
    fn a_text_that_ran_together_is_cut_where_its_blocks_were() {
        let page = segment(&run_together_page()).unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.line, b.gap_before, b.text.chars().take(24).collect::<String>())).collect();
        let expected = [
            "Home", "News", "Sport", "Bridge opens over the ri", "By Ann Lee", "Published May 6, 2024", "The bridge opened on Mon",
            "Related stories", "Ferry to run on weekends",
        ];
        assert_eq!(got.iter().map(|(_, _, text)| text.as_str()).collect::<Vec<_>>(), expected);
        // Every part is a paragraph of the one line it came from.
        assert!(got.iter().all(|&(line, gap, _)| line == 1 && gap));
        // Switched off, the line is one block.
        let options = Options { switched_off: Switches::default().with_off(&[Rule::RunTogetherText]), ..Options::default() };
        assert_eq!(segment_with(&run_together_page(), &options).unwrap().blocks.len(), 1);
    }

    #[test]
    fn a_page_on_one_line_parted_by_spaces_is_cut_into_sentences() {
        let story = "The bridge opened on Monday after three years of work, and the town came out to walk across it. \"It was worth the wait,\" the mayor said. ";
        let input = format!("Home News Sport Bridge opens over the river By Ann Lee {}Related stories Ferry to run on weekends\n", story.repeat(10));
        let page = segment(&input).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[0], "Home News Sport Bridge opens over the river By Ann Lee The bridge opened on Monday after three years of work, and the town came out to walk across it.");
        assert_eq!(texts[1], "\"It was worth the wait,\" the mayor said.");
        assert_eq!(texts.len(), 21);
        assert_eq!(texts[20], "Related stories Ferry to run on weekends");
        assert!(page.blocks.iter().all(|b| b.line == 1 && b.gap_before));
        // Switched off, the line is one block.
        let options = Options { switched_off: Switches::default().with_off(&[Rule::OneLineText]), ..Options::default() };
        assert_eq!(segment_with(&input, &options).unwrap().blocks.len(), 1);
        // Near miss: the same sentences as paragraphs of their own are the paragraphs they are.
        let lines = story.repeat(10).replace("it. ", "it.\n\n").replace("said. ", "said.\n\n");
        assert_eq!(segment(&lines).unwrap().blocks.len(), 20);
    }

    #[test]
    fn text_of_short_lines_or_without_joins_is_not_cut() {
        // Near misses: lines of a few words each, with names in camel case;
        // a long line whose capitals follow capitals or spaces ("NASA", "U.S.A.").
        let short = "Watch it on YouTube\nThe iPhone and JavaScript\nMcDonald's opens\n".repeat(30);
        assert_eq!(segment(&short).unwrap().blocks.len(), 90);
        // (A hundred words: a line, not a page, as the sentences' cut needs.)
        let long = "The U.S.A. and NASA sent a probe to the Moon, and it landed in the Sea of Tranquility at noon. ".repeat(5);
        assert_eq!(segment(&long).unwrap().blocks.len(), 1);
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let page = segment("a\r\nb\rc").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.line, b.text.as_str())).collect();
        assert_eq!(got, [(1, "a"), (2, "b"), (3, "c")]);
    }

    #[test]
    fn a_line_that_starts_with_a_bullet_is_a_list_item_without_it() {
        let page = segment("- Flour\n* Two eggs\n• A pinch of salt\n").unwrap();
        let got: Vec<_> = page.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
        let item = BlockKind::ListItem { number: None };
        assert_eq!(got, [(item, "Flour"), (item, "Two eggs"), (item, "A pinch of salt")]);
        // Near misses: a signature, a count after a separator, a number, a
        // bullet with nothing after it, a minus sign.
        let page = segment("– Isaac\n· 76 comments\n5. Surfshark Alert\n-\n-5 degrees at night\n").unwrap();
        assert!(page.blocks.iter().all(|b| b.kind == BlockKind::Text), "{:?}", page.blocks);
    }

    /// A paragraph of about 250 characters, wrapped at `width` columns, as a
    /// terminal browser or a mail client writes it.
    fn wrapped(paragraph: &str, width: usize) -> String {
        let mut lines: Vec<String> = vec![String::new()];
        for word in paragraph.split(' ') {
            let line = lines.last_mut().unwrap();
            if !line.is_empty() && line.len() + 1 + word.len() > width {
                lines.push(word.to_string());
            } else {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
        }
        lines.join("\n")
    }

    const STORY: [&str; 3] = [
        "The council met on Tuesday evening and agreed, after a long debate about the budget and the roads, that the new bridge over the river would open before the end of the month, and the first buses crossed it on Friday morning.",
        "Residents had waited for this moment for a long time. The old bridge was closed to lorries three winters ago, and every detour added a quarter of an hour to the trip into town, more on market days in the well-known square.",
        "Cyclists will have to wait until the spring for their own lane, which the council says is still being designed by the engineers at the county office. A lane marked with cones will run along the north side until then.",
    ];

    /// Once, text wrapped at a fixed width made every line of a paragraph a
    /// block: the output printed each as a paragraph, and a line that began
    /// mid-sentence read as no prose.
    /// Once, a page in Markdown wrapped at 78 columns (html2text's default)
    /// printed its links cut in two, `[The bridge's` and `plans](https://...)`.
    #[test]
    fn a_wrapped_page_in_markdown_is_joined_before_its_links_are_read() {
        let paragraphs: Vec<String> = STORY.iter().map(|p| wrapped(&format!("{p} See [the bridge's plans](https://example.com/plans/bridge-over-the-river) for more."), 60)).collect();
        let menu = "* [Home](https://example.com/)\n* [News](https://example.com/news)\n* [Sport](https://example.com/sport)";
        let input = format!("{menu}\n\n# Bridge opens\n\n{}\n", paragraphs.join("\n\n"));
        let page = segment(&input).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(&texts[..4], ["Home", "News", "Sport", "Bridge opens"]);
        for (text, story) in texts[4..].iter().zip(STORY) {
            assert_eq!(*text, format!("{story} See the bridge's plans for more."));
        }
        assert_eq!(texts.len(), 4 + STORY.len());
        // With the rule off, the wrap's lines are blocks (a cut link's lines are still joined).
        let mut off = Options::default();
        off.switched_off.switch_off("context/hard-wrapped-lines").unwrap();
        assert!(segment_with(&input, &off).unwrap().blocks.len() > 4 + STORY.len());
    }

    /// Once, a Markdown page whose image's alt text held a line break
    /// (`[![Acme` / `Logo](a.png)](/acme)`) printed the image's address as
    /// words, and the card's lines went as two.
    #[test]
    fn a_links_text_that_runs_over_lines_is_read_whole() {
        let menu = "* [Home](/)\n* [News](/news)\n* [Sport](/sport)";
        let cards = "1.\n\n[![Acme\nLogo](https://e.example/acme.png)](/acme)\n\n[Acme Robotics\n](/acme) 9.1";
        let page = segment(&format!("{menu}\n\n{cards}\n")).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Home", "News", "Sport", "1.", "Acme Robotics 9.1"]);
        // Near miss: a bracket that never closes joins no more than a link's text may run over.
        let stray = format!("{menu}\n\nTotal [5\nOne\nTwo\nThree\nFour\nFive\n");
        let page = segment(&stray).unwrap();
        assert_eq!(page.blocks.last().unwrap().text, "Five");
    }

    /// Once, a Markdown page's `## What comes next` was read as a plain line,
    /// and `--format markdown` printed it as a paragraph; and a `# comment`
    /// in a fenced block of code was read as a heading (the page's title, if
    /// first), while a setext heading (`Bridge opens` over `====`) was a plain line.
    #[test]
    fn a_markdown_headings_level_is_kept() {
        let menu = "* [Home](/)\n* [News](/news)\n* [Sport](/sport)";
        let page = segment(&format!("{menu}\n\n# Bridge opens\n\nThe council met.\n\n### What comes next\n\n#hashtag\n")).unwrap();
        let kinds: Vec<BlockKind> = page.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(&kinds[3..], [BlockKind::Heading(1), BlockKind::Text, BlockKind::Heading(3), BlockKind::Text]);
        // Nor is a comment in a fenced block of code, whose lines stand as written.
        let code = "```sh\n# install the deps\npip install **extras [dev\n```";
        let page = segment(&format!("{menu}\n\n{code}\n\nThe council met.\n")).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(&texts[3..], ["# install the deps\npip install **extras [dev", "The council met."]);
        assert!(page.blocks.iter().all(|b| b.kind != BlockKind::Heading(1)) && page.head.title.is_none());
        // A setext heading, as markdownify writes it: the line over `===` or `---`.
        let page = segment(&format!("{menu}\n\nBridge opens\n============\n\nThe council met.\n\nWhat comes next\n---\n\nThe mayor spoke.\n\n---\n")).unwrap();
        let kinds: Vec<BlockKind> = page.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(&kinds[3..], [BlockKind::Heading(1), BlockKind::Text, BlockKind::Heading(2), BlockKind::Text]);
        assert_eq!(page.head.title.as_deref(), Some("Bridge opens"));
        // A fence that nothing closes opens no block: the lines after it are read.
        let page = segment(&format!("{menu}\n\n~~~\n\n## What comes next\n")).unwrap();
        assert_eq!(page.blocks.last().unwrap().kind, BlockKind::Heading(2));
        // Near miss: plain text's "# " line (a shell comment) is no heading.
        let plain = segment("Run this:\n\n# clean the build\n").unwrap();
        assert!(plain.blocks.iter().all(|b| b.kind == BlockKind::Text));
    }

    /// Once, a Markdown text's fenced block of code was a block per line,
    /// its indentation gone, and a short line of it between two paragraphs
    /// a crosshead (`--format markdown` printed `## import bridge`).
    #[test]
    fn a_fenced_block_of_code_is_one_block_of_code_as_written() {
        let code = "import bridge\n\ndef build(span):\n    return bridge.Bridge(span)";
        let text = format!("# Build it\n\nThe tool reads your config and builds the bridge in a few seconds, which is handy.\n\n```python\n{code}\n```\n\nRun it again whenever the config changes, and it rebuilds only what changed.\n");
        let page = segment(&text).unwrap();
        let block = page.blocks.iter().find(|b| b.kind == BlockKind::Preformatted).expect("a block of code");
        assert_eq!((block.text.as_str(), block.code_language.as_deref()), (code, Some("python")));
        assert_eq!(page.blocks.len(), 4);
        // With the rule off, a block per line, as before.
        let off = Options { switched_off: Switches::default().with_off(&[Rule::FencedCode]), ..Options::default() };
        let page = segment_with(&text, &off).unwrap();
        assert!(page.blocks.iter().any(|b| b.text == "return bridge.Bridge(span)") && page.blocks.iter().all(|b| b.kind != BlockKind::Preformatted));
    }

    #[test]
    fn a_paragraph_wrapped_at_a_fixed_width_is_one_block() {
        let paragraphs: Vec<String> = STORY.iter().map(|p| wrapped(p, 60)).collect();
        let input = format!("Home\nNews\nSport\n\n{}\n\nOther stories\nFloods close the valley road\n", paragraphs.join("\n\n"));
        let page = segment(&input).unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Home", "News", "Sport", STORY[0], STORY[1], STORY[2], "Other stories", "Floods close the valley road"]);
        // With the rule off, a line per block, as before.
        let mut off = Options::default();
        off.switched_off.switch_off("context/hard-wrapped-lines").unwrap();
        assert!(segment_with(&input, &off).unwrap().blocks.len() > 12);
        // Once, an address longer than any wrap (a Markdown link's end,
        // `plans](https://...)`, which a wrap leaves on a line of its own)
        // made the text read as unwrapped.
        let address = format!("{}\n\nplans](https://example.com/{})\n", paragraphs.join("\n\n"), "plans/".repeat(40));
        assert_eq!(segment(&address).unwrap().blocks.len(), 4);
        // A table printed in columns keeps a row per line.
        let table = format!("{}\n\nCrossing        Opened      Length of the span, in metres\nOld bridge        1911      140, closed to lorries in 2022\n", paragraphs.join("\n\n"));
        assert_eq!(segment(&table).unwrap().blocks.len(), 5);
        // Near misses: unwrapped text, whose longest line is a paragraph, and a
        // wrapped page's bulleted item.
        let unwrapped = format!("Home\nNews\n\n{}\nThe end of it all is near, and the council knows it well.\n", STORY.join("\n"));
        assert_eq!(segment(&unwrapped).unwrap().blocks.len(), 6);
        // A word the wrap broke at its hyphen is one word again.
        let hyphen_broken = format!("{}\n\nMarket days fill the ring road before nine, and the well-\nknown square is closed to cars.", paragraphs.join("\n\n"));
        assert_eq!(segment(&hyphen_broken).unwrap().blocks[3].text, "Market days fill the ring road before nine, and the well-known square is closed to cars.");
        let with_item = format!("{}\n- A lane marked with cones for the cyclists\n", paragraphs.join("\n\n"));
        assert_eq!(segment(&with_item).unwrap().blocks.last().unwrap().text, "A lane marked with cones for the cyclists");
    }

    /// Once, a terminal browser's dump kept its links' numbers in their words
    /// ("[2]News") and the list of their addresses at its foot as text.
    #[test]
    fn a_dumps_link_numbers_and_its_list_of_addresses_go() {
        let input = format!("[1]Home [2]News\n\n{}\n\nReferences\n\n   Visible links:\n   1. https://e.example/\n   2. https://e.example/news\n", STORY[0]);
        let texts = |page: Page| page.blocks.into_iter().map(|b| b.text).collect::<Vec<_>>();
        assert_eq!(texts(segment(&input).unwrap()), ["Home News", STORY[0]]);
        let mut off = Options::default();
        off.switched_off.switch_off("context/link-references").unwrap();
        assert_eq!(texts(segment_with(&input, &off).unwrap()).len(), 6);
        // Once, a dump that says "Visible links" without a colon, or lists
        // its addresses unnumbered or in angle brackets, kept its list as text.
        for list in ["   Visible links\n   1. https://e.example/\n   2. https://e.example/news\n", "   . https://e.example/\n   . https://e.example/news\n", "   1. <https://e.example/>\n   2. <https://e.example/news>\n"] {
            let input = format!("[1]Home [2]News\n\n{}\n\nReferences\n\n{list}", STORY[0]);
            assert_eq!(texts(segment(&input).unwrap()), ["Home News", STORY[0]], "{list}");
        }
        // Near misses: a citation's number with no list of addresses, and a list of books under "References".
        let cited = format!("{} [1]\n\nReferences\n\n1. Smith, J. Bridges. London, 1990.\n2. Jones, A. Rivers. Leeds, 2001.\n", STORY[0]);
        assert_eq!(texts(segment(&cited).unwrap()).len(), 4);
        assert!(texts(segment(&cited).unwrap())[0].ends_with("[1]"));
    }

    /// Once, a dump's list of link addresses, each as long as it is, set the
    /// width its text was taken to be wrapped at, so its paragraphs stayed a
    /// block a line; a line that opened with a link's number ("[7]the")
    /// was not joined to the line above, the number left out of the count;
    /// and an address with a space in it was no address.
    #[test]
    fn a_wrapped_dump_with_long_addresses_and_numbered_links_is_joined() {
        let mut number = 2;
        let numbered = |paragraph: &str, number: &mut usize| -> String {
            let words = paragraph.split(' ').enumerate().map(|(i, word)| {
                if i % 4 == 3 {
                    *number += 1;
                    format!("[{number}]{word}")
                } else {
                    word.to_string()
                }
            });
            wrapped(&words.collect::<Vec<_>>().join(" "), 60).lines().map(|line| format!("   {line}\n")).collect()
        };
        let paragraphs: Vec<String> = STORY.iter().map(|p| numbered(p, &mut number)).collect();
        let long_address = format!("https://e.example/share?url=https://e.example/bridge&title={}", "Bridge opens ".repeat(12));
        // (An address as the page wrote it: a phone's with a space after its scheme.)
        let address = |n: usize| if n == number { long_address.as_str() } else if n == 1 { "tel: (707) 665-9472" } else { "https://e.example/" };
        let addresses: String = (1..=number).map(|n| format!("  {n}. {}\n", address(n))).collect();
        let input = format!("   [1]Home [2]News\n\n{}\nReferences\n\n{addresses}", paragraphs.join("\n"));
        assert!(input.lines().skip(1).any(|line| line.trim_start().starts_with('[')), "a wrapped line opens with a link's number");
        let texts: Vec<String> = segment(&input).unwrap().blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(texts, ["Home News", STORY[0], STORY[1], STORY[2]]);
        // Near miss: without the list, the numbers are words, and the
        // address the longest line: no wrap is read.
        let unlisted = input.replace("References", "Addresses");
        assert!(segment(&unlisted).unwrap().blocks.len() > 10);
    }

    /// Once, a page written one text node a line (`get_text("\n")`) kept a
    /// sentence cut at its links as lines of their own ("This update has been
    /// a", "long", "time coming."): printed so, and each short piece judged
    /// as a line of chaff.
    #[test]
    fn a_sentence_cut_at_its_links_and_bold_words_is_one_block_again() {
        let input = "Home\nAbout us\nThis update has been a\nlong\ntime coming, and I have baked\nmany\nloaves\n, more than\nOMG\n. Ingredients (see below) on\nFridays\nSalt\n";
        let texts = |page: Page| page.blocks.into_iter().map(|b| b.text).collect::<Vec<_>>();
        assert_eq!(
            texts(segment(input).unwrap()),
            ["Home", "About us", "This update has been a long time coming, and I have baked many loaves, more than", "OMG. Ingredients (see below) on Fridays", "Salt"]
        );
        let mut off = Options::default();
        off.switched_off.switch_off("context/cut-sentences").unwrap();
        assert_eq!(segment_with(input, &off).unwrap().blocks.len(), 12);
        // Near misses: text with one line opening with a cut sentence's rest
        // is left as it is, lower-case menus and all; a menu's item in
        // capitals stays apart; an ellipsis, a name with a dot and a line of
        // punctuation alone are no such rest.
        let menu = "Home\nthe shop\nnew arrivals\n, Global Desk\nThe council met on Tuesday, and agreed\nto build the bridge.\n";
        assert_eq!(segment(menu).unwrap().blocks.len(), 6);
        let capitals = "We met the team\n, and then\nContact Us\nCareers\n. Then we left\n";
        assert_eq!(texts(segment(capitals).unwrap()), ["We met the team, and then", "Contact Us", "Careers. Then we left"]);
        let twice = |line: &str| format!("A line of text\n{line}\n  {line}\r\n");
        assert!(cut_at_inline_elements(&twice(", or not")));
        for line in ["... and more", ".NET 8 is out", "?", ".env files", ",\nand", "), and"] {
            assert!(!cut_at_inline_elements(&twice(line)), "{line}");
        }
    }

    /// Once, a page written in Markdown kept its links' addresses as words,
    /// and its first line, a menu's first link, was its title.
    #[test]
    fn a_page_in_markdown_is_read_as_a_reader_sees_it() {
        let input = "[Home](/)\n[News](/news)\n[Sport](/sport)\n\n# Bridge opens\n\n![Buses](a.png)\n\nThe council [met](/m) on **Tuesday**.\n";
        let page = segment(input).unwrap();
        let got: Vec<(&str, bool)> = page.blocks.iter().map(|b| (b.text.as_str(), b.gap_before)).collect();
        assert_eq!(got, [("Home", true), ("News", false), ("Sport", false), ("Bridge opens", true), ("The council met on Tuesday.", true)]);
        assert_eq!(page.head.title.as_deref(), Some("Bridge opens"));
        let mut off = Options::default();
        off.switched_off.switch_off("context/markdown-text").unwrap();
        assert_eq!(segment_with(input, &off).unwrap().blocks[0].text, "[Home](/)");
        // A reader service's header is the page's head.
        let page = segment(&format!("Title: Bridge opens | Gazette\n\nURL Source: https://e.example/b\n\nMarkdown Content:\n{input}")).unwrap();
        assert_eq!((page.head.title.as_deref(), page.head.canonical.as_deref()), (Some("Bridge opens | Gazette"), Some("https://e.example/b")));
        assert_eq!(page.blocks[0].text, "Home");
    }

    /// A reader header written with a lone `\r` ending each line: its lines
    /// are counted as the page's are, and the text starts after it.
    #[test]
    fn a_reader_header_with_lone_carriage_returns_is_skipped_whole() {
        let page = segment("Title: Bridge opens\r\rURL Source: https://e.example/b\r\rMarkdown Content:\r[Home](/)\r[News](/n)\r[Sport](/s)\r").unwrap();
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Home", "News", "Sport"]);
    }

    #[test]
    fn whitespace_only_lines_count_as_blank() {
        let page = segment("a\n   \t\nb").unwrap();
        assert!(page.blocks[1].gap_before);
    }
}
