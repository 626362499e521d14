//! Pass 5, **title**: the block that repeats the page's title (its
//! `<title>` or `og:title`; on a text page, its first short line) is the
//! title, and so is the article's first `<h1>`. Late on a text page, and on
//! an HTML page read whole, what was kept before the headline is dropped as
//! the page's header; last on a text page, the line of its header that
//! agrees with its first line is the headline, and so the title.
//!
//! Reads `features`, `title` (and on HTML, late, `region`); refines `verdicts`.

use crate::blocks::{BlockKind, Label, Page};
use crate::headline::text_headline;
use crate::model::{Rule, Verdict};

use super::{has_label, is_kept, Scoring};

/// Bytes of markup-free slack allowed between a block and the title it repeats.
const TITLE_SLACK_BYTES: usize = 16;

/// A text page's first line is its title if it has at most this many words.
const TITLE_MAX_WORDS: usize = 30;

/// Blocks that repeat the page's title, and a text page's first line, are the title.
pub(super) fn mark(s: &mut Scoring) {
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let text_page = page.elements.is_empty();
    let title = match s.declared.title {
        Some(title) => title.to_string(),
        None if text_page && s.switches.on(Rule::TitleFirstLine) => match page.blocks.first() {
            Some(first) if features[0].words <= TITLE_MAX_WORDS && !first.text.ends_with('.') => {
                verdicts[0] = Some(Verdict::new(Label::Title, Rule::TitleFirstLine, "first line of the page"));
                first.text.clone()
            }
            _ => return,
        },
        None => return,
    };
    let title = normalise(&title);
    for (i, block) in page.blocks.iter().enumerate() {
        // A block much longer cannot repeat the title; skip the comparison.
        let too_long = block.text.len() > title.len() * 2 + TITLE_SLACK_BYTES;
        if matches!(&verdicts[i], Some(v) if v.label == Label::Title) || features[i].words < 3 || too_long {
            continue;
        }
        let is_heading_or_kept = matches!(block.kind, BlockKind::Heading(_)) || verdicts[i].is_none() || matches!(&verdicts[i], Some(v) if v.label.is_kept() || v.label == Label::Boilerplate);
        if !is_heading_or_kept {
            continue;
        }
        let text = normalise(&block.text);
        // "Headline - Site" titles contain the headline the page repeats.
        let repeats_title = text == title || (text.len() * 2 > title.len() && title.contains(&text));
        if repeats_title && s.switches.on(Rule::TitleRepeat) {
            verdicts[i] = Some(Verdict::new(Label::Title, Rule::TitleRepeat, "repeats the page title"));
        } else if text_page && is_title_start(&title, &text) && s.switches.on(Rule::TitleStart) {
            verdicts[i] = Some(Verdict::new(Label::Title, Rule::TitleStart, "the first words of the page title"));
        }
    }
    if !text_page && s.switches.on(Rule::TitleH1) {
        // The article's first `<h1>` is its title even when the `<title>` says
        // otherwise. On wcxb it costs a little (session 18: tune +0.0015 and
        // check +0.0004 without it, for WCXB's gold keeps the headline); it
        // stays because it keeps the title out of the text, as the README
        // promises, and aeb-dev's gold leaves it out too (+0.0002).
        if let Some(i) = first_h1(page) {
            if matches!(&verdicts[i], Some(v) if v.label.is_kept()) {
                verdicts[i] = Some(Verdict::new(Label::Title, Rule::TitleH1, "the page's <h1>"));
            }
        }
    }
}

/// Late pass (text): a text page's first line is its `<title>`, and the next
/// line that repeats it, or its first part ("Headline | Site", not the site's
/// name alone), is the headline printed above the article. Blocks kept before
/// the headline are the page's header: a promotion banner, a menu of
/// categories kept as a list of titles, an alert. Only when the headline
/// stands in the page's first half and something is kept after it: a title
/// repeated at the foot (a share box's) starts nothing.
pub(super) fn drop_header(s: &mut Scoring) {
    if !s.on(Rule::BeforeHeadline) {
        return;
    }
    let blocks = &s.page.blocks;
    let Some(first_line) = blocks.first().map(|b| normalise(&b.text)) else { return };
    let is_headline = |i: usize| has_label(&s.verdicts[i], Label::Title) && first_line.starts_with(&normalise(&blocks[i].text));
    let Some(headline) = (1..blocks.len() / 2).find(|&i| is_headline(i)) else { return };
    drop_kept_before(s, headline, Rule::BeforeHeadline);
}

/// Late pass (text): the line of the header, before the first block of
/// body, that agrees with the first line (the page's `<title>`) is the
/// headline the metadata takes for the title; kept as a standfirst, a
/// `--with-title` reader got it twice. (Read as [`crate::meta`] reads it,
/// on the verdicts as they stand at the end.)
pub(super) fn mark_headline_line(s: &mut Scoring) {
    if !s.on(Rule::HeadlineLine) {
        return;
    }
    let blocks = &s.page.blocks;
    let Some(first_line) = blocks.first() else { return };
    let header_end = s.verdicts.iter().position(|v| has_label(v, Label::Body)).unwrap_or(blocks.len()).max(1);
    let header: Vec<usize> = (1..header_end).filter(|&i| blocks[i].kind == BlockKind::Text).collect();
    let Some(headline) = text_headline(&first_line.text, header.iter().map(|&i| blocks[i].text.as_str())) else { return };
    // (Of lines printed alike, the headline is the first, as `text_headline` takes it.)
    let Some(&i) = header.iter().find(|&&i| blocks[i].text == headline) else { return };
    if is_kept(&s.verdicts[i]) {
        s.verdicts[i] = Some(Verdict::new(Label::Title, Rule::HeadlineLine, "the headline: agrees with the page's first line"));
    }
}

/// Late pass (HTML): on a page read whole, whose article is its main region
/// or its body (a listing, a page in sections, a guess: see `container`),
/// what is kept before its first `<h1>` is the page's header: a cart's and a
/// region picker's lines, a shop's menu of categories, an announcement bar.
/// Only when the `<h1>` stands in the page's first half and something is kept
/// after it. (A narrower container already leaves the header out.)
pub(super) fn drop_page_header(s: &mut Scoring) {
    if !s.on(Rule::PageHeader) {
        return;
    }
    let Some(top) = s.region.top.map(|top| &s.page.elements[top as usize]) else { return };
    if !(top.main || top.tag == "body") {
        return;
    }
    if let Some(headline) = first_h1(s.page).filter(|&i| i < s.page.blocks.len() / 2) {
        drop_kept_before(s, headline, Rule::PageHeader);
    }
}

/// The index of the page's first `<h1>` block, if it has one.
fn first_h1(page: &Page) -> Option<usize> {
    page.blocks.iter().position(|b| b.kind == BlockKind::Heading(1))
}

/// Drops what was kept before the headline at `headline`, as the page's
/// header, if anything is kept after it.
fn drop_kept_before(s: &mut Scoring, headline: usize, rule: Rule) {
    if !s.verdicts[headline + 1..].iter().any(is_kept) {
        return;
    }
    for verdict in &mut s.verdicts[..headline] {
        if is_kept(verdict) {
            *verdict = Some(Verdict::new(Label::Boilerplate, rule, "kept before the headline: the page's header"));
        }
    }
}

/// Whether `text` is the title's first words, whole words, and not all of
/// it: "Free Online Data Science Courses" under "Free Online Data Science
/// Courses | Virginia Institute of Marine Science", too short a part of it
/// to repeat it whole. (Both normalised. On the text track, cutting at a
/// separator instead kept the tune half's gain and lost the check half's.)
fn is_title_start(title: &str, text: &str) -> bool {
    title.strip_prefix(text).is_some_and(|rest| rest.starts_with(' '))
}

/// Lower-case words with single spaces between, nothing else: text compared as a reader would.
pub(super) fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
        } else if c.is_alphanumeric() {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::score::test_support::*;

    #[test]
    fn a_text_pages_blocks_kept_before_its_headline_are_its_header() {
        let banner = "Save up to an extra $20 in-store and online this week, with the code SPRING at the checkout, some exclusions apply.";
        let closing = (0..4).map(|n| format!("{PARAGRAPH} Part {n}.")).collect::<Vec<_>>().join("\n\n");
        let input = format!("Council votes to build the new bridge | The Gazette\n\n{banner}\n\nCouncil votes to build the new bridge\n\n{PARAGRAPH}\n\n{closing}\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, banner), Label::Boilerplate);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        let page = crate::text::segment(&input).unwrap();
        assert!(label_without(&page, banner, "title/before-headline").is_kept());
        // Near misses: the site's name alone repeated is no headline, nor is
        // the title printed again at the foot of the page.
        let site_only = format!("Bridge news | Springfield County Gazette\n\n{banner}\n\nSpringfield County Gazette\n\n{PARAGRAPH}\n\n{closing}\n");
        assert!(label_of(&labels_of_text(&site_only), banner).is_kept());
        let at_foot = format!("Council votes to build the new bridge | The Gazette\n\n{banner}\n\n{PARAGRAPH}\n\n{closing}\n\nCouncil votes to build the new bridge\n\n{PARAGRAPH} Last.\n");
        assert!(label_of(&labels_of_text(&at_foot), banner).is_kept());
    }

    #[test]
    fn a_text_pages_headline_agreeing_with_its_first_line_is_its_title() {
        // The `<title>` and the printed headline word it differently: neither repeats the other.
        let headline = "Why the Council Voted, After a Long Debate About the Budget and the Roads, to Build the New Bridge Over the River";
        let closing = (0..3).map(|n| format!("{PARAGRAPH} Part {n}.")).collect::<Vec<_>>().join("\n\n");
        let input = format!("Why the council voted to build the new bridge over the river | The Gazette\n\nHome\n\n{headline}\n\n{PARAGRAPH}\n\n{closing}\n");
        assert_eq!(label_of(&labels_of_text(&input), headline), Label::Title);
        let page = crate::text::segment(&input).unwrap();
        assert!(label_without(&page, headline, "title/headline-line").is_kept());
        // A near miss: the same line after the body has begun heads no page.
        let late = format!("Why the council voted to build the new bridge over the river | The Gazette\n\n{PARAGRAPH}\n\n{headline}\n\n{closing}\n");
        assert_ne!(label_of(&labels_of_text(&late), headline), Label::Title);
    }

    #[test]
    fn an_html_page_read_whole_drops_what_it_kept_above_its_headline() {
        // A shop's page of short lines, read whole (its best container is a
        // guess): the announcement bar above the `<h1>` is the page's header.
        let bar = "Free delivery on every order over fifty pounds this week";
        let items = "<li>Stainless steel border spade with an ash handle</li><li>Four-prong digging fork with a treaded step</li>\
                     <li>Dutch hoe with a long handle for weeding rows</li>";
        let page_with = |headline: &str, foot: &str| {
            format!(
                "<html><body><div class=bar><p>{bar}</p></div><div class=wrap>{headline}<p>Spades and forks and hoes for every kind of garden you keep.</p>\
                 <ul>{items}</ul>{foot}</div></body></html>"
            )
        };
        let html = page_with("<h1>Garden Tools</h1>", "");
        assert_eq!(html_label(&html, bar), Label::Boilerplate);
        let page = crate::html::segment(&html, &crate::Options::default()).unwrap();
        assert!(label_without(&page, bar, "title/page-header").is_kept());
        // A near miss: an `<h1>` low on the page heads its foot, not the page.
        let low = page_with("", &format!("<h1>Our stores</h1><ul>{items}</ul>"));
        assert!(html_label(&low, bar).is_kept());
    }

    #[test]
    fn a_headline_printed_as_the_first_words_of_a_long_title_anchors_the_story() {
        // The headline is under half the title, so it does not repeat it whole.
        let title = "Bridge opens over the river | The Springfield County Gazette and Evening Post";
        let input = story_under_headline(title);
        let footer = format!("{PARAGRAPH} {PARAGRAPH}");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "Bridge opens over the river"), Label::Title);
        assert_eq!(label_of(&labels, STORY), Label::Body);
        // The story under its headline outweighs the longer blurb in the footer.
        assert!(!label_of(&labels, &footer).is_kept());
        let page = crate::text::segment(&input).unwrap();
        assert!(label_without(&page, &footer, "title/title-start").is_kept());
        // Near miss: the title's words from its middle (the site's name) are no headline.
        let logo = format!("{title}\n\nThe Springfield County Gazette\n\n{STORY}\n");
        assert_ne!(label_of(&labels_of_text(&logo), "The Springfield County Gazette"), Label::Title);
    }
}
