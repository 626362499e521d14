//! Pass 6, **context**: what a block's neighbours say of it. On a text page
//! first: a name beside a date line is a byline, so is a byline's label alone
//! on its line ("By") with the name under it, a short line in a caption's
//! group is the caption's, a body line ending in a colon introduces the list
//! under it, and a line set under a body line continues it. Then, on every
//! page, each block still undecided takes its neighbours' side: a short line
//! between body paragraphs is a crosshead, a near-good sentence beside the
//! body is body, a line alone before it is the standfirst, and the rest is
//! dropped; before that (HTML), a linked sentence beside the body is body.
//! Last (text), headlines under a related-stories header are the list's.
//!
//! Reads `features`, `quality`; refines `verdicts`.

use crate::blocks::{Block, BlockKind, Label, Page};
use crate::model::{Rule, Switches, Verdict};
use crate::patterns::{is_byline_label_alone, is_name_word, Languages, RELATED_SECTION};

use super::quality::{Quality, STOPWORDS_SPARSE};
use super::tail::ends_article;
use super::{has_label, Scoring};

// Context.
/// A crosshead between body paragraphs has at most this many words.
pub(super) const HEADING_MAX_WORDS: usize = 14;

/// A byline beside a date line has at most this many words.
pub(super) const BYLINE_MAX_WORDS: usize = 5;

/// A line in a caption's group with at most this many words is part of the caption.
const CAPTION_GROUP_MAX_WORDS: usize = 25;

/// A line standing alone right after the title, with at least this many words, is its standfirst.
const STANDFIRST_MIN_WORDS: usize = 6;

/// In a numbered list, the next number is looked for this many lines ahead.
const LIST_NUMBER_LOOKAHEAD: usize = 3;

/// A related-stories box inside an article holds at most this many blocks.
pub(super) const RELATED_BOX_MAX_BLOCKS: usize = 8;

/// Lines with no blank line between them form a group; `i` and `j` must be adjacent blocks.
fn same_group(page: &Page, i: usize, j: usize) -> bool {
    let later = i.max(j);
    !page.blocks[later].gap_before
}

/// A short name next to a date line, in the same group, is the byline ("AP Baghdad" above "Last Updated ...").
pub(super) fn mark_bylines_beside_dates(s: &mut Scoring) {
    if !s.on(Rule::BylineBesideDate) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    for i in 0..page.blocks.len() {
        let f = &features[i];
        let name_like = f.words <= BYLINE_MAX_WORDS && !f.sentence_end && starts_upper(&page.blocks[i].text);
        if !name_like || verdicts[i].as_ref().is_some_and(|v| v.label != Label::Boilerplate) {
            continue;
        }
        let beside_date = [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|j| {
            j < page.blocks.len() && same_group(page, i, j) && matches!(&verdicts[j], Some(v) if v.label == Label::Date)
        });
        if beside_date {
            verdicts[i] = Some(Verdict::new(Label::Byline, Rule::BylineBesideDate, "name beside a date line"));
        }
    }
}

/// A byline's label alone has at most this many words ("Ein Beitrag von").
const SPLIT_BYLINE_LABEL_MAX_WORDS: usize = 3;

/// A name under a byline's label alone has at most this many words ("Mary
/// Marlowe Leverette", "The Investopedia Team").
const SPLIT_BYLINE_NAME_MAX_WORDS: usize = 5;

/// A page that prints more label-and-name pairs than this is a grid of
/// cards (a book list's "by" over each author, a programme's speakers):
/// its pairs are the cards', not the page's byline.
const SPLIT_BYLINES_MAX: usize = 2;

/// A byline's label alone on its line ("By", "Written by:", "Author") and a
/// name on the next line, as extracted text prints a byline whose parts the
/// page set in elements of their own: both lines are the byline.
pub(super) fn mark_split_bylines(s: &mut Scoring) {
    if !s.on(Rule::SplitByline) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let undecided = |v: &Option<Verdict>| v.as_ref().is_none_or(|v| matches!(v.label, Label::Boilerplate | Label::Body));
    let pairs: Vec<usize> = (0..page.blocks.len().saturating_sub(1))
        .filter(|&i| {
            let label = features[i].words <= SPLIT_BYLINE_LABEL_MAX_WORDS && is_byline_label_alone(&page.blocks[i].text);
            let name = || features[i + 1].words <= SPLIT_BYLINE_NAME_MAX_WORDS && !features[i + 1].sentence_end && reads_as_name(&page.blocks[i + 1].text);
            label && undecided(&verdicts[i]) && undecided(&verdicts[i + 1]) && name()
        })
        .collect();
    if pairs.len() > SPLIT_BYLINES_MAX {
        return;
    }
    for i in pairs {
        for at in [i, i + 1] {
            verdicts[at] = Some(Verdict::new(Label::Byline, Rule::SplitByline, "a byline's label and the name under it"));
        }
    }
}

/// Whether `text` reads as a name: no figure, and every word one that can
/// stand in a name ("Nick van Mead", "王小明"; not "the end of the month").
fn reads_as_name(text: &str) -> bool {
    !text.contains(|c: char| c.is_ascii_digit()) && text.split_whitespace().all(is_name_word)
}

/// Whether the first letter or digit of `text` is a capital.
pub(super) fn starts_upper(text: &str) -> bool {
    text.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase)
}

/// Short lines grouped with a caption line (no blank line between) belong to the caption.
pub(super) fn mark_caption_groups(s: &mut Scoring) {
    if !s.on(Rule::CaptionGroup) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let is_caption = |v: &Option<Verdict>| matches!(v, Some(v) if v.label == Label::Caption);
    let joins = |i: usize, verdicts: &[Option<Verdict>]| {
        features[i].words <= CAPTION_GROUP_MAX_WORDS && verdicts[i].is_none()
    };
    let n = page.blocks.len();
    // Forward, then backward, so a caption spreads along its whole group.
    for i in 1..n {
        if is_caption(&verdicts[i - 1]) && same_group(page, i - 1, i) && joins(i, verdicts) {
            verdicts[i] = Some(Verdict::new(Label::Caption, Rule::CaptionGroup, "grouped with a caption"));
        }
    }
    for i in (0..n.saturating_sub(1)).rev() {
        if is_caption(&verdicts[i + 1]) && same_group(page, i, i + 1) && joins(i, verdicts) {
            verdicts[i] = Some(Verdict::new(Label::Caption, Rule::CaptionGroup, "grouped with a caption"));
        }
    }
}

/// Labels of blocks that interrupt an article without ending it (an "ALSO
/// READ" link, an ad slot, a photo caption, a video's or an update's
/// timestamp): neighbours look past them.
fn interrupts_body(block: &Block, verdict: &Verdict, switches: Switches, languages: Languages) -> bool {
    matches!(verdict.label, Label::Related | Label::Ad | Label::Caption | Label::Date) && !ends_article(block, verdict, switches, languages)
}

/// A line of the body ending in a colon ("Tour dates:") introduces the list
/// printed under it, line after line with no blank between (after at most
/// one blank under the colon; in a numbered list, before each next number):
/// the lines are the body's, however short.
pub(super) fn keep_introduced_lists(s: &mut Scoring) {
    if !s.on(Rule::IntroducedList) {
        return;
    }
    let (blocks, verdicts) = (&s.page.blocks, &mut s.verdicts);
    // Items are short and seldom prose; a line with a label of its own (a date, a share bar) ends the list.
    let item = |v: &Option<Verdict>| v.as_ref().is_none_or(|v| matches!(v.label, Label::Body | Label::Boilerplate));
    let mut last_decided_is_body = false;
    let mut i = 0;
    while i < blocks.len() {
        let is_body = matches!(&verdicts[i], Some(v) if v.label == Label::Body);
        let list_follows = blocks.get(i + 1).is_some_and(|next| !next.gap_before)
            || blocks.get(i + 2).is_some_and(|second| !second.gap_before && item(&verdicts[i + 1]));
        let introduces = (is_body || (verdicts[i].is_none() && last_decided_is_body))
            && blocks[i].text.ends_with(':')
            && list_follows;
        if !introduces {
            if let Some(v) = &verdicts[i] {
                last_decided_is_body = v.label == Label::Body;
            }
            i += 1;
            continue;
        }
        if verdicts[i].is_none() {
            verdicts[i] = Some(Verdict::new(Label::Body, Rule::IntroducedList, "introduces a list"));
        }
        let first = i + 1;
        i = first;
        // A numbered list may set blank lines between and inside items: the
        // next number, on this line or one of the next two, carries it on.
        let mut number = None;
        while i < blocks.len() && item(&verdicts[i]) {
            let item_number = list_number(&blocks[i].text);
            let next_number_near = number.is_some_and(|n| {
                blocks[i..].iter().take(LIST_NUMBER_LOOKAHEAD).any(|b| list_number(&b.text) == Some(n + 1))
            });
            let continues = i == first || !blocks[i].gap_before || next_number_near;
            if !continues {
                break;
            }
            number = item_number.or(number);
            verdicts[i] = Some(Verdict::new(Label::Body, Rule::IntroducedList, "item of a list the body introduces"));
            i += 1;
        }
        last_decided_is_body = true;
    }
}

/// The number that starts an item of a numbered list: `12) ...`, `12. ...`.
fn list_number(text: &str) -> Option<u32> {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &text[digits..];
    let numbered = (1..=3).contains(&digits) && (rest.starts_with(") ") || rest.starts_with(". "));
    numbered.then(|| text[..digits].parse().ok()).flatten()
}

/// Extracted text breaks a paragraph where the page had a `<br>`: an
/// undecided line set directly under a body line, with no blank between,
/// continues it.
pub(super) fn keep_broken_lines(s: &mut Scoring) {
    if !s.on(Rule::BrokenLine) {
        return;
    }
    let (page, verdicts) = (s.page, &mut s.verdicts);
    for i in 1..verdicts.len() {
        let above_is_body = matches!(&verdicts[i - 1], Some(v) if v.label == Label::Body);
        if verdicts[i].is_none() && above_is_body && !page.blocks[i].gap_before {
            verdicts[i] = Some(Verdict::new(Label::Body, Rule::BrokenLine, "continues the line above"));
        }
    }
}

/// A linked sentence is a paragraph or a list item of at least this many
/// words: a menu's items and a teaser's headline are shorter, or end in no
/// full stop.
const LINKED_SENTENCE_MIN_WORDS: usize = 8;

/// A linked sentence's section: its element's grandparent (an item's list's
/// parent, a paragraph's parent's parent).
const SECTION_LEVELS_UP: usize = 2;

/// A paragraph or list item that the link density dropped, but that reads as
/// a sentence of the body beside it ("See: Why Mirroring is Not a Backup
/// Solution for a hard-earned lesson.", a course's linked description in a
/// list) is body: menus and teaser lists are link-dense too, but their items
/// end in no full stop. (Measured on wcxb HTML: tune +0.0008, check +0.0003,
/// aeb-dev +0.001; without the full stop, tune +0.0006 and check +0.0005 but
/// aeb-dev -0.001, its "Read more: ..." lines kept.)
pub(super) fn keep_linked_sentences(s: &mut Scoring) {
    if !s.on(Rule::LinkedSentence) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let is_body = |v: &Option<Verdict>| has_label(v, Label::Body);
    let is_linked_sentence = |i: usize| {
        let f = &features[i];
        matches!(&verdicts[i], Some(v) if v.decided_by == Rule::LinkDensity)
            && matches!(page.blocks[i].kind, BlockKind::Paragraph | BlockKind::ListItem { .. })
            && f.words >= LINKED_SENTENCE_MIN_WORDS
            && f.sentence_end
    };
    // Beside the body in the page's structure too: the body block lies in
    // the element two levels up (a list item's list's parent, a paragraph's
    // section), not in another column that a menu of linked sentences fills.
    let in_same_section = |i: usize, j: usize| {
        let section = page.blocks[i].ancestors(&page.elements).nth(SECTION_LEVELS_UP);
        section.is_some_and(|section| page.blocks[j].ancestors(&page.elements).any(|id| id == section))
    };
    let beside_body = |i: usize, j: usize| is_body(&verdicts[j]) && in_same_section(i, j);
    // Decided on the verdicts as the evidence left them: a block kept here
    // does not vouch for the next one.
    let linked: Vec<usize> =
        (1..verdicts.len().saturating_sub(1)).filter(|&i| is_linked_sentence(i) && (beside_body(i, i - 1) || beside_body(i, i + 1))).collect();
    for i in linked {
        verdicts[i] = Some(Verdict::new(Label::Body, Rule::LinkedSentence, "a linked sentence beside the body"));
    }
}

/// Short and near-good blocks take the side of the nearest decided blocks around them.
pub(super) fn resolve_by_neighbours(s: &mut Scoring) {
    let (page, features, quality, switches, languages) = (s.page, &s.features, &s.quality, s.switches, s.languages);
    let verdicts = &mut s.verdicts;
    let n = page.blocks.len();
    let kept = |v: &Option<Verdict>| matches!(v, Some(v) if v.label == Label::Body);
    // Whether the nearest deciding block before (after) each block is body:
    // undecided blocks and interruptions are looked past.
    let deciding = |i: usize, v: &Option<Verdict>| v.as_ref().is_some_and(|v| !interrupts_body(&page.blocks[i], v, switches, languages));
    let mut before = vec![false; n];
    let mut seen_body_before = vec![false; n];
    let mut last = false;
    let mut any_body = false;
    for i in 0..n {
        before[i] = last;
        seen_body_before[i] = any_body;
        if deciding(i, &verdicts[i]) {
            last = kept(&verdicts[i]);
            any_body |= last;
        }
    }
    let mut after = vec![false; n];
    let mut next = false;
    for i in (0..n).rev() {
        after[i] = next;
        if deciding(i, &verdicts[i]) {
            next = kept(&verdicts[i]);
        }
    }
    let first_body = (0..n).find(|&i| kept(&verdicts[i]));
    for i in 0..n {
        if verdicts[i].is_some() {
            continue;
        }
        let f = &features[i];
        let block = &page.blocks[i];
        let gap_after = page.blocks.get(i + 1).is_none_or(|b| b.gap_before);
        let stands_alone = block.gap_before && gap_after;
        // A standfirst stands under the title; on a text page whose first line
        // ends a sentence (no title, see `title`: cleaned text, say), it is that line.
        let heads_the_page = (i > 0 && has_label(&verdicts[i - 1], Label::Title)) || (i == 0 && f.sentence_end && page.elements.is_empty());
        // A standfirst is a sentence; on a text page, a line under the title
        // with fewer stopwords than sparse prose is a writer's name and
        // title, or a row of links.
        let reads_as_prose = !page.elements.is_empty() || f.stopword_density >= STOPWORDS_SPARSE;
        let on = |rule: Rule| switches.on(rule);
        let between = before[i] && after[i];
        // (A block of code is no crosshead, however short.)
        let is_code = block.kind == BlockKind::Preformatted;
        let verdict = if between && on(Rule::Crosshead) && stands_alone && f.words <= HEADING_MAX_WORDS && !f.sentence_end && !is_code {
            Verdict::new(Label::Heading, Rule::Crosshead, "crosshead between body paragraphs")
        } else if on(Rule::BesideBody) && quality[i] == Quality::NearGood && (before[i] || after[i]) && f.sentence_end {
            Verdict::new(Label::Body, Rule::BesideBody, "prose beside the body")
        } else if on(Rule::Standfirst)
            && !seen_body_before[i]
            && first_body.is_some_and(|b| b > i)
            && stands_alone
            && (quality[i] == Quality::NearGood || (heads_the_page && f.words >= STANDFIRST_MIN_WORDS && reads_as_prose))
        {
            Verdict::new(Label::Heading, Rule::Standfirst, "standfirst before the body")
        } else {
            Verdict::new(Label::Boilerplate, Rule::AwayFromBody, format!("short text away from the body ({} words)", f.words))
        };
        verdicts[i] = Some(verdict);
    }
}

/// Under a related-stories header ("Most Popular Today") on a text page, the
/// headlines that follow are the list's, up to the first block that ends a
/// sentence: a headline does not, a paragraph does. (On HTML the list's
/// markup already says where it ends.)
pub(super) fn mark_headline_lists(s: &mut Scoring) {
    if !s.on(Rule::HeadlineList) {
        return;
    }
    let (page, features, languages, verdicts) = (s.page, &s.features, s.languages, &mut s.verdicts);
    for i in 0..verdicts.len() {
        let is_header = matches!(&verdicts[i], Some(v) if v.label == Label::Related && RELATED_SECTION.is_match_in(&page.blocks[i].text, languages));
        if !is_header {
            continue;
        }
        for j in i + 1..verdicts.len().min(i + 1 + RELATED_BOX_MAX_BLOCKS) {
            match &verdicts[j] {
                Some(v) if v.label.is_kept() && features[j].sentence_end => break,
                Some(v) if v.label.is_kept() => {
                    verdicts[j] = Some(Verdict::new(Label::Related, Rule::HeadlineList, "headline under a related-stories header"));
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;

    #[test]
    fn a_linked_sentence_beside_the_body_is_body_and_a_linked_headline_is_not() {
        let sentence = "See the council's report on the bridge for the full costs of the work.";
        let headline = "Council votes to close the old bridge over the river for good";
        let html = format!(
            "<html><body><article><h1>Bridge</h1><p>{PARAGRAPH}</p><p><a href=/report>{sentence}</a></p>\
             <p>{PARAGRAPH} Two.</p><ul><li><a href=/a>{headline}</a></li><li><a href=/b>Another story</a></li></ul>\
             <p>{PARAGRAPH} Three.</p></article></body></html>"
        );
        assert_eq!(html_label(&html, sentence), Label::Body);
        let page = crate::html::segment(&html, &crate::Options::default()).unwrap();
        assert!(!label_without(&page, sentence, "context/linked-sentence").is_kept());
        // Near misses: a teaser's headline beside the body ends in no full
        // stop, and a list of linked sentences in a column of its own is a menu.
        assert!(!html_label(&html, headline).is_kept());
        let told = "The harbour will have its new ferry by the end of the year, the council says.";
        let column = format!(
            "<html><body><article><h1>Bridge</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH} Two.</p></article>\
             <div><ul><li><a href=/x>{told}</a></li><li><a href=/y>{told} Again.</a></li></ul></div></body></html>"
        );
        assert!(!html_label(&column, told).is_kept());
    }

    #[test]
    fn a_standfirst_under_the_title_reads_as_prose() {
        let dek = "The minister said the bridge would open in the spring";
        let labels = labels_of_text(&format!("Bridge to open\n\n{dek}\n\n{PARAGRAPH}\n"));
        assert_eq!(label_of(&labels, dek), Label::Heading);
        let writer = "Jane Roe, AP National Political Writer";
        let labels = labels_of_text(&format!("Bridge to open\n\n{writer}\n\n{PARAGRAPH}\n"));
        assert!(!label_of(&labels, writer).is_kept());
    }

    #[test]
    fn a_lead_sentence_on_the_first_line_of_a_page_with_no_title_is_kept() {
        // Cleaned text cleaned again: the title is gone, and its standfirst opens the page.
        let lead = "And he said it would be done, and said so again on the day.";
        let labels = labels_of_text(&format!("{lead}\n\n{PARAGRAPH}\n"));
        assert_eq!(label_of(&labels, lead), Label::Heading);
    }

    #[test]
    fn crossheads_between_paragraphs_are_kept_as_headings() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\nWhat happens next\n\n{PARAGRAPH} More.\n");
        assert_eq!(label_of(&labels_of_text(&input), "What happens next"), Label::Heading);
    }

    #[test]
    fn a_name_beside_a_date_is_a_byline_and_a_line_beside_a_caption_is_a_caption() {
        let input = format!(
            "Title line\n\nCrowds on the square.\nPeople gather at dusk. Photo: Agency\nJane Roe London\nLast Updated : Nov 16 2015 | 9:42 AM IST\n{PARAGRAPH}\n"
        );
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "Crowds on the square."), Label::Caption);
        assert_eq!(label_of(&labels, "People gather at dusk. Photo: Agency"), Label::Caption);
        assert_eq!(label_of(&labels, "Jane Roe London"), Label::Byline);
        assert_eq!(label_of(&labels, "Last Updated : Nov 16 2015 | 9:42 AM IST"), Label::Date);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
    }

    /// Once, a text page that printed "By" and "April Fulton" on lines of
    /// their own between its paragraphs kept both as crossheads and named no
    /// author.
    #[test]
    fn a_bylines_label_alone_and_the_name_under_it_are_the_byline() {
        let page = |header: &str| format!("Title line\n\n{header}\n\n{PARAGRAPH}\n\n{PARAGRAPH} More.\n");
        for (label, name) in [("By", "April Fulton"), ("Written by:", "Mary Marlowe Leverette"), ("Author", "Shai Shmarel")] {
            let labels = labels_of_text(&page(&format!("{label}\n\n{name}")));
            assert_eq!((label_of(&labels, label), label_of(&labels, name)), (Label::Byline, Label::Byline), "{label} {name}");
        }
        let text = page("By\n\nApril Fulton");
        let without = label_without(&crate::text::segment(&text).unwrap(), "April Fulton", "context/split-byline");
        assert_ne!(without, Label::Byline);
        // Near misses: a word that is no label, a sentence after "By", and a
        // grid of cards that each print "by" over their author.
        let labels = labels_of_text(&page("Photos\n\nApril Fulton"));
        assert_ne!(label_of(&labels, "April Fulton"), Label::Byline);
        let labels = labels_of_text(&page("By\n\nThe end of the month, the council will vote on it."));
        assert_ne!(label_of(&labels, "By"), Label::Byline);
        let cards = ["Harper Lee", "George Orwell", "Jane Austen"].map(|name| format!("A Novel\nby\n{name}")).join("\n\n");
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{cards}\n\n{PARAGRAPH} More.\n"));
        assert_ne!(label_of(&labels, "George Orwell"), Label::Byline);
    }

    #[test]
    fn a_list_introduced_by_a_body_line_with_a_colon_is_kept() {
        let input = format!(
            "Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\nThe tour dates:\nJune 9 -- City Hall, Springfield\nJune 14 -- Arena Stadium Amphitheatre (formerly the Dome), Shelbyville\nJune 20 -- Town Park, Ogdenville\n\nShare\n\nHome\n"
        );
        let labels = labels_of_text(&input);
        for line in ["The tour dates:", "June 9 -- City Hall, Springfield", "June 14 -- Arena Stadium Amphitheatre (formerly the Dome), Shelbyville", "June 20 -- Town Park, Ogdenville"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert!(!label_of(&labels, "Home").is_kept());
    }

    /// Cleans two body paragraphs ending "...offers:" and then `list`, and
    /// checks that the `kept` lines are body and the `dropped` ones are not.
    fn assert_offers_list(list: &str, kept: &[&str], dropped: &[&str]) {
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Here are the best offers:\n\n{list}"));
        for line in kept {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        for line in dropped {
            assert!(!label_of(&labels, line).is_kept(), "{line}");
        }
    }

    #[test]
    fn a_list_may_start_one_blank_line_under_the_colon() {
        let list = "1) A red bicycle\nhttp://example.com/a\n2) A blue kite\nhttp://example.com/b\n\nHome\n";
        assert_offers_list(list, &["1) A red bicycle", "http://example.com/a", "2) A blue kite", "http://example.com/b"], &["Home"]);
    }

    #[test]
    fn a_numbered_list_carries_on_across_blank_lines_to_its_next_number() {
        let list = "1) A red bicycle\nhttp://example.com/a\n\n2) A blue kite\n\nhttp://example.com/b\n3) A green tent\n\nHome\n\n5) Not the list\n";
        assert_offers_list(list, &["1) A red bicycle", "2) A blue kite", "http://example.com/b", "3) A green tent"], &["Home", "5) Not the list"]);
        assert_eq!(list_number("12. Twelve"), Some(12));
        assert_eq!(list_number("2019. A year"), None);
        assert_eq!(list_number("3 Months"), None);
    }

    #[test]
    fn headlines_under_a_related_header_are_related_up_to_the_first_sentence() {
        // Long and full of stopwords, so good prose on its own: only the header says it is a list.
        let headlines = "1 Storm hits the coast and closes the harbour for a week 2 Council votes on the new bridge after a long debate 3 The school that won the science prize again this year 4 What the new budget means for the roads in the town 5 How the old mill became a museum";
        let input = format!("Title line\n\nMost Popular Today\n\n{headlines}\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n{PARAGRAPH} Three.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, headlines), Label::Related);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
    }

    #[test]
    fn a_timestamp_inside_the_article_does_not_cut_the_short_lines_after_it() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\n(Published Monday, Nov. 18, 2019)\n\nThe suspect said he needed to get dressed.\n\nPolice used a ram to force open the door.\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "(Published Monday, Nov. 18, 2019)"), Label::Date);
        assert_eq!(label_of(&labels, "The suspect said he needed to get dressed."), Label::Body);
        assert_eq!(label_of(&labels, "Police used a ram to force open the door."), Label::Body);
    }

    #[test]
    fn a_line_under_a_body_line_without_a_blank_continues_it() {
        let input = format!("Title line\n\n{PARAGRAPH}\nand so the work went on\n\nHome\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "and so the work went on"), Label::Body);
        assert!(!label_of(&labels, "Home").is_kept());
    }
}
