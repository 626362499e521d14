//! Pass 5, **title**: the block that repeats the page's title (its
//! `<title>` or `og:title`; on a text page, its first short line) is the
//! title, and so is the article's first `<h1>`.
//!
//! Reads `features`, `title`; refines `verdicts`.

use crate::blocks::{BlockKind, Label};
use crate::model::{Rule, Verdict};

use super::Scoring;

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
        // A block much longer, or under half as long, cannot repeat the title; skip the comparison.
        let length_differs = block.text.len() > title.len() * 2 + TITLE_SLACK_BYTES || block.text.len() * 2 < title.len();
        if matches!(&verdicts[i], Some(v) if v.label == Label::Title) || features[i].words < 3 || length_differs {
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
        }
    }
    if !text_page && s.switches.on(Rule::TitleH1) {
        // The article's first `<h1>` is its title even when the `<title>` says
        // otherwise. On wcxb its worth is noise (tune +0.0016 without it, check
        // +0.0001); it stays because it keeps the title out of the text, as the
        // README promises, and aeb-dev HTML pays for it (0.0011).
        if let Some(i) = page.blocks.iter().position(|b| b.kind == BlockKind::Heading(1)) {
            if matches!(&verdicts[i], Some(v) if v.label.is_kept()) {
                verdicts[i] = Some(Verdict::new(Label::Title, Rule::TitleH1, "the page's <h1>"));
            }
        }
    }
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
