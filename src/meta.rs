//! Stage 5: the page's markup and its labelled blocks in; title, byline, date, site and language out.
//!
//! Markup is trusted first (OpenGraph and `<meta>` tags, `<html lang>`), then
//! the blocks the classifier labelled `title`, `byline` and `date`, so a text
//! page still yields what its own lines say.

use serde::Serialize;

use crate::blocks::{Block, Head, Label};
use crate::score::Verdict;

/// Separators between a headline and the site name in a `<title>`.
const TITLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " » "];
/// A `<title>` part this short, after the last separator, is the site's name.
const SITE_SUFFIX_MAX_WORDS: usize = 4;

/// Facts about the article.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub site: Option<String>,
    pub lang: Option<String>,
}

/// The title the page's markup gives: `og:title`, `twitter:title`, or `<title>` without its site suffix.
pub fn markup_title(head: &Head) -> Option<String> {
    if let Some(title) = head.meta_content(&["og:title", "twitter:title"]) {
        return Some(title.to_string());
    }
    let title = crate::blocks::collapse_whitespace(head.title.as_deref()?);
    (!title.is_empty()).then(|| strip_site_suffix(&title).to_string())
}

/// "Headline - Site" to "Headline", when the part after the last separator is short.
fn strip_site_suffix(title: &str) -> &str {
    let cut = TITLE_SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|at| (at, sep.len()))).max();
    match cut {
        Some((at, len)) if at > 0 && title[at + len..].split_whitespace().count() <= SITE_SUFFIX_MAX_WORDS => &title[..at],
        _ => title,
    }
}

/// Gathers the article's metadata from the markup and the labelled blocks.
pub fn extract(head: &Head, blocks: &[Block], verdicts: &[Verdict]) -> Meta {
    let first_labelled = |label: Label| {
        blocks.iter().zip(verdicts).find(|(_, v)| v.label == label).map(|(b, _)| b.text.clone())
    };
    Meta {
        title: markup_title(head).or_else(|| first_labelled(Label::Title)),
        byline: head
            .meta_content(&["author", "article:author", "twitter:creator", "dc.creator"])
            .map(str::to_string)
            .or_else(|| first_labelled(Label::Byline).map(|b| strip_by(&b).to_string())),
        date: head
            .meta_content(&["article:published_time", "datepublished", "date", "dc.date", "pubdate"])
            .map(str::to_string)
            .or_else(|| first_labelled(Label::Date)),
        site: head.meta_content(&["og:site_name", "application-name"]).map(str::to_string),
        lang: head.lang.clone().or_else(|| head.meta_content(&["og:locale", "content-language"]).map(str::to_string)),
    }
}

/// "By Jane Doe" to "Jane Doe".
fn strip_by(byline: &str) -> &str {
    let lower = byline.to_lowercase();
    for prefix in ["by ", "by: ", "written by ", "posted by "] {
        if lower.starts_with(prefix) && byline.is_char_boundary(prefix.len()) {
            return byline[prefix.len()..].trim();
        }
    }
    byline
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffix_is_stripped_from_the_title_only_when_short() {
        assert_eq!(strip_site_suffix("Bridge opens at last - The Gazette"), "Bridge opens at last");
        assert_eq!(strip_site_suffix("Paris attacks: Iraq warned - what we know about the five days before"), "Paris attacks: Iraq warned - what we know about the five days before");
        assert_eq!(strip_site_suffix("No separator"), "No separator");
    }

    #[test]
    fn og_title_wins_over_the_title_tag() {
        let head = Head {
            title: Some("Tag title | Site".into()),
            lang: None,
            meta: vec![("og:title".into(), "Open Graph title".into())],
        };
        assert_eq!(markup_title(&head).as_deref(), Some("Open Graph title"));
    }

    #[test]
    fn byline_prefix_is_removed() {
        assert_eq!(strip_by("By Jane Doe"), "Jane Doe");
        assert_eq!(strip_by("Press Association"), "Press Association");
    }
}
