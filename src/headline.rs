//! A page's title against the lines it prints: the separators that set a
//! site's name or a tagline apart from the headline, and how many words two
//! titles share. The classifier reads a text page's headline with them (it
//! is the title, not the text), and the metadata chooses the title.

use std::collections::BTreeSet;

/// An `<h1>` is the title when at least this share of the words in it and a
/// declared title together are in both. Below it the `<h1>` is something
/// else: the site's logo ("Playful Tones" against "Reflections on Building a
/// Pixel-Perfect UI Pipeline in JUCE | Playful Tones" shares 2 of 11 words),
/// a section's name. (On the tune half, 0.2 to 0.3 score within 0.5 points.)
const H1_AGREEMENT_MIN: f32 = 0.25;

/// Separators between a headline and the site's name.
pub(crate) const TITLE_SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " • "];

/// A headline before a pipe and its tagline has at least this many words;
/// before a hyphen, which headlines use more ("Tutorial: Sweep - Part 2"),
/// at least `HYPHEN_HEAD_MIN_WORDS`. (On the tune half, cutting at the first
/// hyphen instead of the last, or after two words, gained less.)
const PIPE_HEAD_MIN_WORDS: usize = 2;
const HYPHEN_HEAD_MIN_WORDS: usize = 3;

/// No title or headline runs longer than this many bytes (the longest of
/// wcxb's 1,497 gold titles is 257 bytes); a longer line is body, or a page run
/// together on one line, and is not read for its words: a line of megabytes
/// took seconds to read so.
const LONGEST_HEADLINE_BYTES: usize = 1_000;

/// The headline (an `<h1>`, a text page's line) that agrees best with any
/// declared title (the first of equals), when it agrees well enough ([`H1_AGREEMENT_MIN`]).
pub(crate) fn agreeing_headline<'a>(headlines: impl Iterator<Item = &'a str>, declared: &[String]) -> Option<&'a str> {
    let declared: Vec<BTreeSet<String>> = declared.iter().map(|title| words(title)).collect();
    let mut best: Option<(f32, &str)> = None;
    for headline in headlines {
        let headline_words = words(headline);
        let agreement = declared.iter().map(|title| word_jaccard(&headline_words, title)).fold(0.0, f32::max);
        if agreement >= H1_AGREEMENT_MIN && best.is_none_or(|(top, _)| agreement > top) {
            best = Some((agreement, headline));
        }
    }
    best.map(|(_, headline)| headline)
}

/// A title's part before its first separator ("Sudo" of "Sudo - ArchWiki"),
/// or the whole title when it has none.
pub(crate) fn first_part(title: &str) -> &str {
    TITLE_SEPARATORS.iter().filter_map(|sep| title.find(sep)).min().map_or(title, |at| title[..at].trim())
}

/// A text page's headline: the line of its header that agrees best with its
/// first line, which is the page's `<title>` ("Headline | Site"), its
/// tagline cut off, as an `<h1>` must agree with a declared title. Not a
/// line that shares no word with the title's part before its first
/// separator: that names the site ("ArchWiki" under "Sudo - ArchWiki") or a
/// section ("JavaScript" under "Promise - JavaScript | MDN").
pub(crate) fn text_headline<'a>(first_line: &str, header: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if first_line.len() > LONGEST_HEADLINE_BYTES {
        return None;
    }
    let first_part_words = words(first_part(first_line));
    let declared = [strip_tagline(first_line).to_string()];
    agreeing_headline(header.filter(|line| line.len() <= LONGEST_HEADLINE_BYTES && !words(line).is_disjoint(&first_part_words)), &declared)
}

/// "Headline | Top 19 Companies | Site" to "Headline", and "Headline -
/// Site" to "Headline": a pipe separates the headline from a tagline or the
/// site's name, and so does a hyphen after a headline of a few words (the
/// last one: a headline may hold one, "Electrical - Overview"). What stands
/// before must be a headline, not one word ("Home | Acme"). A hyphen between
/// figures is a range ("Squad 2024 - 2025"), not a separator.
pub(crate) fn strip_tagline(title: &str) -> &str {
    let title = match title.split_once(" | ") {
        Some((head, _)) if head.split_whitespace().count() >= PIPE_HEAD_MIN_WORDS => head.trim(),
        _ => title,
    };
    let is_figure = |word: Option<&str>| word.is_some_and(|word| word.bytes().all(|b| b.is_ascii_digit()));
    let is_range = |head: &str, tail: &str| is_figure(head.split_whitespace().last()) && is_figure(tail.split_whitespace().next());
    match title.rsplit_once(" - ") {
        Some((head, tail)) if head.split_whitespace().count() >= HYPHEN_HEAD_MIN_WORDS && !is_range(head, tail) => head.trim(),
        _ => title,
    }
}

/// The distinct lower-cased words of a text.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// Words in both over words in either.
fn word_jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f32 / union as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tagline_goes_after_a_pipe_or_the_last_hyphen_but_a_range_of_figures_stays() {
        assert_eq!(strip_tagline("Bridge vote: what it means | The Gazette"), "Bridge vote: what it means");
        assert_eq!(strip_tagline("Tutorial: Sweep, Loft - Part 2 - Onshape"), "Tutorial: Sweep, Loft - Part 2");
        assert_eq!(strip_tagline("Player Squad 2024 - 2025"), "Player Squad 2024 - 2025");
        // Near misses: one word before a pipe is no headline, a figure before a site's name is no range.
        assert_eq!(strip_tagline("Home | Acme"), "Home | Acme");
        assert_eq!(strip_tagline("Best Laptops of 2025 - Tech Weekly"), "Best Laptops of 2025");
        assert_eq!(strip_tagline("Resume Writing Service 4.9/5 - 2000+ Reviews"), "Resume Writing Service 4.9/5");
    }

    #[test]
    fn the_h1_that_agrees_with_a_declared_title_is_the_title_and_a_logo_h1_is_not() {
        let declared = ["Reflections on Building a Pixel-Perfect UI Pipeline in JUCE | Playful Tones".to_string()];
        assert_eq!(agreeing_headline(["Playful Tones"].into_iter(), &declared), None);
        let declared = ["Wikimedia list article".to_string(), "List of Nobel laureates - Wikipedia".to_string()];
        let headlines = ["Contents", "List of Nobel laureates"];
        assert_eq!(agreeing_headline(headlines.into_iter(), &declared), Some("List of Nobel laureates"));
    }

    #[test]
    fn a_text_pages_headline_agrees_with_its_first_line_and_is_not_the_sites_name() {
        let header = ["Home", "ArchWiki", "Sudo", "Related articles"];
        assert_eq!(text_headline("Sudo - ArchWiki", header.into_iter()), Some("Sudo"));
        let header = ["Services", "Hire Movers in Jackson, NJ", "Book now"];
        assert_eq!(text_headline("Hire Local Movers – Moving Help in Jackson, NJ | HireAHelper", header.into_iter()), Some("Hire Movers in Jackson, NJ"));
        // Near misses: the site's name or a section's, alone or with a word
        // the headline has after the first separator; no line agreeing.
        assert_eq!(text_headline("Promise - JavaScript | MDN", ["JavaScript", "MDN Web Docs"].into_iter()), None);
        assert_eq!(text_headline("Bridge opens to traffic | The Gazette", ["Subscribe", "Sign in"].into_iter()), None);
    }

    /// Once, a text page of one line of 15 MB took 4 seconds, most of them
    /// reading that line's words as a title's and a headline's.
    #[test]
    fn a_line_longer_than_any_title_is_read_as_no_title_or_headline() {
        let long = "Bridge opens to traffic ".repeat(50);
        assert_eq!(text_headline(&long, ["Bridge opens to traffic"].into_iter()), None);
        assert_eq!(text_headline("Bridge opens to traffic | The Gazette", [long.as_str()].into_iter()), None);
        // Near miss: the same line within the limit agrees.
        assert_eq!(text_headline("Bridge opens to traffic | The Gazette", ["Bridge opens to traffic"].into_iter()), Some("Bridge opens to traffic"));
    }
}
