//! Where emphasis markers may stand in CommonMark. The walk writes a
//! paragraph's Markdown as it goes, before it sees what follows a marker;
//! these checks move or settle the markers that a reader would print as
//! text instead of reading as bold or italics, and, once the run is
//! written, escape a "!" left before a link and give code spans that hold
//! backticks a delimiter longer than any run of them.

use super::LINE_BREAK;

/// An end marker right after punctuation and right before a letter ends
/// nothing in CommonMark ("**Licensed there?**The"): it goes before the
/// punctuation that ends the word ("**Licensed there**?The"). Markdown's
/// own is not punctuation to move over: another marker (`_**Guide**_s`, not
/// `_**Guide_**s`), a code span's backtick, the end of a link.
pub(super) fn move_end_marker_before_punctuation(markdown: &mut String) {
    let Some(marker) = ["**", "_"].into_iter().find(|marker| markdown.ends_with(marker)) else { return };
    let inside = &markdown[..markdown.len() - marker.len()];
    // (A `<br>` not yet written out moves too: `**Faster builds<br>&zwj;**Tools`.)
    let ends_word = |c: char| !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, '*' | '_' | '`' | ')' | ']');
    let word_end = inside.trim_end_matches(ends_word).len();
    if word_end == inside.len() || !inside[..word_end].ends_with(char::is_alphanumeric) {
        return;
    }
    let punctuation = inside[word_end..].to_string();
    markdown.truncate(word_end);
    markdown.push_str(marker);
    markdown.push_str(&punctuation);
}

/// Settles the emphasis markers of a run's Markdown, which the walk wrote
/// without seeing what follows them. CommonMark reads an underscore beside a
/// letter or a digit as text (`S_amurai_`, `_G-SYNC_NVIDIA`), an asterisk
/// there as a marker: such a pair of italics markers becomes `*…*`. A pair
/// that cannot open and close where it stands (`real**: cups**`), or one
/// around no letter or digit (`Showgirl_,_`, `Combo**®**`), is left out: a
/// stray marker would be printed, and the emphasis would show nothing.
/// A pair left out may leave another pair beside a letter: bold, then
/// italics, are settled again until none is left out, a few rounds at most.
pub(super) fn settle_emphasis(mut markdown: String) -> String {
    for _ in 0..SETTLE_ROUNDS {
        let length = markdown.len();
        markdown = settle_markers(settle_markers(markdown, "**"), "_");
        if markdown.len() == length {
            break;
        }
    }
    escape_bangs_before_links(join_code_spans(markdown))
}

/// Rounds of [`settle_emphasis`]: each one that leaves a pair out may
/// unsettle a pair beside it, and a chain of them is rare; the bound keeps
/// a pathological paragraph linear.
const SETTLE_ROUNDS: usize = 4;

/// [`settle_emphasis`] for one marker, `**` or `_`.
fn settle_markers(markdown: String, marker: &str) -> String {
    if !markdown.contains(marker) {
        return markdown;
    }
    // The markers: every one not escaped, not in inline code, and not in a link's destination.
    let bytes = markdown.as_bytes();
    let mut markers = Vec::new();
    let (mut at, mut in_code) = (0, false);
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if !in_code => at += 1,
            b'`' => in_code = !in_code,
            b']' if !in_code && bytes.get(at + 1) == Some(&b'(') => {
                at += bytes[at..].iter().position(|&b| b == b')').unwrap_or(bytes.len() - at);
            }
            _ if !in_code && bytes[at..].starts_with(marker.as_bytes()) => {
                markers.push(at);
                at += marker.len() - 1;
            }
            _ => {}
        }
        at += 1;
    }
    // An end marker that the same marker follows (`**a****b**`, the parser
    // re-created an element) joins the two pairs into one; as two, a reader
    // takes the four for another delimiter.
    let mut changes: Vec<(usize, &str)> = Vec::new();
    let mut pairs = Vec::new();
    let mut open = None;
    let mut markers = markers.into_iter().peekable();
    while let Some(at) = markers.next() {
        match open {
            None => open = Some(at),
            Some(_) if markers.next_if_eq(&(at + marker.len())).is_some() => changes.extend([(at, ""), (at + marker.len(), "")]),
            Some(opened) => {
                pairs.push((opened, at));
                open = None;
            }
        }
    }
    for (open, close) in pairs {
        let (ahead, inside, behind) = (&markdown[..open], &markdown[open + marker.len()..close], &markdown[close + marker.len()..]);
        let holds = |asterisk: bool| {
            can_open(ahead.chars().next_back(), inside.chars().next(), asterisk)
                && can_close(inside.chars().next_back(), behind.chars().next(), asterisk)
        };
        // An asterisk beside bold's would join its run (`***Guide***s`), whose reading CommonMark leaves to rules of three.
        let beside_asterisks = ahead.ends_with('*') || inside.starts_with('*') || inside.ends_with('*') || behind.starts_with('*');
        let replacement = if !inside.contains(char::is_alphanumeric) {
            ""
        } else if holds(marker == "**") {
            continue;
        } else if marker == "_" && !beside_asterisks && holds(true) {
            "*"
        } else {
            ""
        };
        changes.extend([(open, replacement), (close, replacement)]);
    }
    if changes.is_empty() {
        return markdown;
    }
    changes.sort_unstable();
    let mut settled = String::with_capacity(markdown.len());
    let mut copied = 0;
    for (at, replacement) in changes {
        settled.push_str(&markdown[copied..at]);
        settled.push_str(replacement);
        copied = at + marker.len();
    }
    settled.push_str(&markdown[copied..]);
    settled
}

/// Two code spans with nothing between them (`` `a``b` ``, where markup
/// left out or an element the parser re-created parted one) are one: a
/// reader takes the double backtick for another delimiter and prints them.
fn join_code_spans(markdown: String) -> String {
    if !markdown.contains("``") {
        return markdown;
    }
    let mut joined = String::with_capacity(markdown.len());
    let mut skip = false;
    for (at, c, in_code, escaped) in read_code_and_escapes(&markdown) {
        if std::mem::take(&mut skip) {
            continue;
        }
        if c == '`' && !escaped && in_code && markdown[at + 1..].starts_with('`') {
            skip = true;
        } else {
            joined.push(c);
        }
    }
    joined
}

/// Each character of a run's Markdown with where it stands: whether it is
/// inside inline code (a backtick that opens or closes a span counts as
/// outside or inside, as before it) and whether a backslash escapes it.
/// Inside code a backslash is itself, and escapes nothing.
fn read_code_and_escapes(markdown: &str) -> impl Iterator<Item = (usize, char, bool, bool)> + '_ {
    let (mut in_code, mut escaped) = (false, false);
    markdown.char_indices().map(move |(at, c)| {
        let read = (at, c, in_code, escaped);
        if c == '`' && !escaped {
            in_code = !in_code;
        }
        escaped = c == '\\' && !escaped && !in_code;
        read
    })
}

/// A "!" right before a link makes the link an image (`Sign up now![here](/x)`):
/// it is escaped, wherever it comes from (the text before the link, or the
/// text left there when settling took out the markers between them: `_!_[here]`).
fn escape_bangs_before_links(markdown: String) -> String {
    if !markdown.contains("![") {
        return markdown;
    }
    let mut escaped_bangs = String::with_capacity(markdown.len() + 2);
    for (at, c, in_code, escaped) in read_code_and_escapes(&markdown) {
        if c == '!' && !in_code && !escaped && markdown[at + 1..].starts_with('[') {
            escaped_bangs.push('\\');
        }
        escaped_bangs.push(c);
    }
    escaped_bangs
}

/// Stands for a backtick inside inline code while a run's Markdown is
/// written, settled and its whitespace collapsed: a noncharacter, which the
/// walk drops from code's text (it is no text), so the spans' delimiters are
/// the only backticks until [`delimit_code_spans`] writes these out. (Not a
/// control character: collapsing the whitespace drops those, and the
/// padding a span's delimiter may need must come after it.)
pub(super) const CODE_BACKTICK: char = '\u{FFFF}';

/// Code spans whose text holds backticks (`` `a`b` ``): each gets a
/// delimiter one backtick longer than the longest run of them inside it, and
/// a space inside each end when its text starts or ends with one, as
/// CommonMark reads such spans (it strips one space at each end).
pub(super) fn delimit_code_spans(markdown: String) -> String {
    if !markdown.contains(CODE_BACKTICK) {
        return markdown;
    }
    let mut delimited = String::with_capacity(markdown.len() + 8);
    let mut code: Option<String> = None;
    for (_, c, _, escaped) in read_code_and_escapes(&markdown) {
        match (&mut code, c) {
            (Some(text), '`') => {
                delimited.push_str(&code_span(text));
                code = None;
            }
            (Some(text), _) => text.push(c),
            (None, '`') if !escaped => code = Some(String::new()),
            (None, _) => delimited.push(c),
        }
    }
    // (A span the walk left open, which it never does, stays as written.)
    if let Some(text) = code {
        delimited.push('`');
        delimited.push_str(&text.replace(CODE_BACKTICK, "`"));
    }
    delimited
}

/// One code span of `text`, its backticks written as [`CODE_BACKTICK`].
fn code_span(text: &str) -> String {
    let longest_run = text.split(|c| c != CODE_BACKTICK).map(|run| run.chars().count()).max().unwrap_or(0);
    let fence = "`".repeat(longest_run + 1);
    let pad = if text.starts_with(CODE_BACKTICK) || text.ends_with(CODE_BACKTICK) { " " } else { "" };
    format!("{fence}{pad}{}{pad}{fence}", text.replace(CODE_BACKTICK, "`"))
}

/// CommonMark's "left-flanking" test, which decides whether a marker between
/// `before` and `next` can open emphasis; an underscore also must not follow
/// a letter or a digit.
fn can_open(before: Option<char>, next: Option<char>, asterisk: bool) -> bool {
    let space_or_punctuation = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let left_flanking = next.is_some_and(|c| !is_space(c)) && (!next.is_some_and(is_punctuation) || space_or_punctuation(before));
    left_flanking && (asterisk || space_or_punctuation(before))
}

/// CommonMark's "right-flanking" test, which decides whether a marker between
/// `previous` and `after` can close emphasis; an underscore also must not come
/// before a letter or a digit.
fn can_close(previous: Option<char>, after: Option<char>, asterisk: bool) -> bool {
    let space_or_punctuation = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let right_flanking = previous.is_some_and(|c| !is_space(c)) && (!previous.is_some_and(is_punctuation) || space_or_punctuation(after));
    right_flanking && (asterisk || space_or_punctuation(after))
}

/// Whether `text` ends with a backslash that escapes what follows it: an odd run of them.
pub(super) fn escapes_next(text: &str) -> bool {
    (text.len() - text.trim_end_matches('\\').len()) % 2 == 1
}

/// Whitespace, as CommonMark counts it, and a `<br>` not yet written out.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == LINE_BREAK
}

/// Punctuation, as CommonMark counts it (symbols too): what is neither a letter, a digit nor a space.
fn is_punctuation(c: char) -> bool {
    !c.is_alphanumeric() && !is_space(c)
}
