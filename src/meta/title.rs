//! The title: the headline a reader sees, confirmed by the metadata.
//!
//! A page declares its title up to four times (JSON-LD `headline`,
//! `og:title`, `twitter:title`, `<title>`), often with the site's name added
//! ("Flexbox - Learn web development | MDN") or in SEO wording. The headline
//! printed on the page is usually an `<h1>`, but an `<h1>` can also be the
//! site's logo or a section's name. So the `<h1>` that agrees best with one of
//! the declared titles is the title; without one, the first declared title,
//! with the site's name taken off where the page says what that name is.

use crate::blocks::{collapse_whitespace, Head};
use crate::headline::{strip_tagline, TITLE_SEPARATORS};
use crate::model::{Rule, Switches};

use super::decode_entities;

/// A word this long, found in the page's host name, names the site
/// ("Ruggable US" on ruggable.com); shorter ones ("US", "the") say nothing.
const SITE_WORD_MIN_CHARS: usize = 4;

/// Initials this long, a label of the host, name the site; two letters are too often a coincidence.
const SITE_INITIALS_MIN: usize = 3;

/// What a site calls itself: `og:site_name` (or the publisher), and the host of the page's URL.
pub(super) struct SiteNames<'a> {
    pub(super) name: Option<&'a str>,
    pub(super) host: Option<&'a str>,
}

impl<'a> SiteNames<'a> {
    /// The site's names from its declared name and the host of the page's URL.
    pub(super) fn new(name: Option<&'a str>, url: Option<&'a str>) -> SiteNames<'a> {
        SiteNames { name, host: url.and_then(host) }
    }

    /// Whether a whole name (an author's, say) is the site's: the start of
    /// its declared name, or a name whose long words are all in the host.
    pub(super) fn is_named(&self, name: &str) -> bool {
        self.named_by(name, Position::Start)
    }

    /// Whether `part` of a title names the site: it is the start of the
    /// site's name ("MDN" of "MDN Web Docs"), or the host name holds its
    /// letters ("Make More Music" on makemoremusic.uk), its initials
    /// ("National Student Support Accelerator" on nssa.stanford.edu), or its
    /// longer words: one of them where the part ends the title ("Supabase
    /// Docs" on supabase.com), every one where it starts it, which is where
    /// the headline's own topic words stand ("Top Dental Resolutions" on
    /// lakecrestdental.com is not the site).
    fn named_by(&self, part: &str, position: Position) -> bool {
        let part_letters = letters(part);
        if part_letters.is_empty() {
            return false;
        }
        if self.name.is_some_and(|name| letters(name).starts_with(&part_letters)) {
            return true;
        }
        let Some(host) = self.host.map(|host| host.to_lowercase()) else { return false };
        let host_letters = letters(&host);
        let words: Vec<String> = part.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        let long_words: Vec<&String> = words.iter().filter(|w| w.chars().count() >= SITE_WORD_MIN_CHARS).collect();
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        host_letters.contains(&part_letters)
            || match position {
                Position::End => long_words.iter().any(|w| host_letters.contains(w.as_str())),
                Position::Start => !long_words.is_empty() && long_words.iter().all(|w| host_letters.contains(w.as_str())),
            }
            || (initials.chars().count() >= SITE_INITIALS_MIN && host.split('.').any(|label| label == initials))
    }
}

/// Where in a title a part stands.
#[derive(Clone, Copy)]
enum Position {
    Start,
    End,
}

/// The titles the markup declares, most trusted first, then the one the
/// page's source gives (a JSON line's `title`), each with entities decoded
/// and the site's name taken off, and where it was declared.
pub(super) fn declared(head: &Head, ld_headline: Option<String>, given: Option<String>, site: &SiteNames, switches: Switches) -> Vec<(String, &'static str)> {
    let metas = ["og:title", "twitter:title"].into_iter().map(|name| head.meta_content(&[name]).map(|title| (title.to_string(), name)));
    let candidates = std::iter::once(ld_headline.map(|title| (title, "json-ld headline")))
        .chain(metas)
        .chain([head.title.clone().map(|title| (title, "<title>")), given.map(|title| (title, "jsonl title"))]);
    let mut titles: Vec<(String, &'static str)> = Vec::new();
    for (title, source) in candidates.flatten() {
        let title = collapse_whitespace(&decode_entities(&title));
        let title = if switches.on(Rule::SiteName) {
            // A template that printed an empty headline before its separator
            // (" | Site") names the site alone; one that printed nothing after it, the headline.
            let Some(title) = without_empty_slot(&title) else { continue };
            strip_site_name(title, site)
        } else {
            &title
        };
        let title = if switches.on(Rule::TitleTagline) { strip_tagline(title) } else { title };
        if !title.is_empty() && !titles.iter().any(|(t, _)| t == title) {
            titles.push((title.to_string(), source));
        }
    }
    titles
}

/// A title with its separator's empty side gone ("Headline |" to
/// "Headline"); `None` when the headline's side is the empty one ("| Site").
fn without_empty_slot(title: &str) -> Option<&str> {
    if TITLE_SEPARATORS.iter().any(|sep| title.starts_with(sep.trim_start())) {
        return None;
    }
    let closing = TITLE_SEPARATORS.iter().map(|sep| sep.trim_end()).find(|sep| title.ends_with(sep));
    Some(closing.map_or(title, |sep| title[..title.len() - sep.len()].trim_end()))
}

/// "Headline | Site" and "Site | Headline" to "Headline", where the part cut
/// off names the site.
pub(super) fn strip_site_name<'a>(title: &'a str, site: &SiteNames) -> &'a str {
    let last = TITLE_SEPARATORS.iter().filter_map(|sep| title.rfind(sep).map(|at| (at, sep.len()))).max();
    if let Some((at, len)) = last {
        if at > 0 && site.named_by(&title[at + len..], Position::End) {
            return title[..at].trim();
        }
    }
    let first = TITLE_SEPARATORS.iter().filter_map(|sep| title.find(sep).map(|at| (at, sep.len()))).min();
    if let Some((at, len)) = first {
        if at + len < title.len() && site.named_by(&title[..at], Position::Start) {
            return title[at + len..].trim();
        }
    }
    title
}

/// A title's lead is at most this many words before its first separator,
/// and the headline after it at least `LEAD_HEADLINE_MIN_WORDS`.
const LEAD_MAX_WORDS: usize = 2;
const LEAD_HEADLINE_MIN_WORDS: usize = 4;

/// Separators after a title's lead: a hyphen, a dash, a pipe.
const LEAD_SEPARATORS: [&str; 4] = [" - ", " – ", " — ", " | "];

/// "backup - How to back up my entire system?" to "How to back up my entire
/// system?": a tag, a section or the site's name of a word or two before a
/// dash or a pipe at the title's start, where a headline of
/// `LEAD_HEADLINE_MIN_WORDS` or more follows; and a breadcrumb's mark
/// before the headline ("» What happened...", "► How is...") goes.
pub(super) fn strip_lead(title: &str) -> &str {
    let title = title.trim_start_matches(|c: char| is_breadcrumb_mark(c) || c.is_whitespace());
    let first = LEAD_SEPARATORS.iter().filter_map(|sep| title.find(sep).map(|at| (at, sep.len()))).min();
    match first {
        Some((at, len))
            if (1..=LEAD_MAX_WORDS).contains(&title[..at].split_whitespace().count())
                && title[at + len..].split_whitespace().count() >= LEAD_HEADLINE_MIN_WORDS =>
        {
            title[at + len..].trim()
        }
        _ => title,
    }
}

/// A mark that a forum's or a shop's breadcrumb sets before the page's own
/// name, which extracted text keeps on the headline's line.
fn is_breadcrumb_mark(c: char) -> bool {
    matches!(c, '»' | '›' | '►' | '▶' | '>' | '•' | '·')
}

/// The lower-cased letters and digits of a text, nothing else.
fn letters(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The host of a URL: `https://blog.example.com/x` to `blog.example.com`.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

/// A slug spells a headline in this many words at least
/// (`fcc_chair_to_europe_if_you_restrict_us`); fewer name a section (`/products/shoes`).
const SLUG_TITLE_MIN_WORDS: usize = 3;

/// The words of the last part of a URL's path, as a title to agree with
/// ("fcc chair to europe if you restrict us"), when they are
/// [`SLUG_TITLE_MIN_WORDS`] or more. A page whose `<title>` names the site
/// alone ("Reddit - The heart of the internet") spells its headline there.
pub(crate) fn slug_title(url: &str) -> Option<String> {
    let words: Vec<&str> = super::page_type::last_path_part(url).split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    (words.len() >= SLUG_TITLE_MIN_WORDS).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    const NO_SITE: SiteNames = SiteNames { name: None, host: None };

    #[test]
    fn an_address_spells_a_title_in_its_last_path_part_of_three_words_or_more() {
        assert_eq!(slug_title("https://example.com/r/tech/comments/1x/fcc_chair_to_europe/?utm=x#top").as_deref(), Some("fcc chair to europe"));
        assert_eq!(slug_title("/2024/05/bridge-opens-over-river.html").as_deref(), Some("bridge opens over river html"));
        // Near misses: a section's two words, the site's root, no path.
        assert_eq!(slug_title("https://example.com/products/running-shoes/"), None);
        assert_eq!(slug_title("https://example.com/"), None);
        assert_eq!(slug_title("https://example.com"), None);
    }

    #[test]
    fn a_part_that_names_the_site_is_cut_and_other_parts_stay() {
        let site = SiteNames { name: None, host: Some("www.makemoremusic.uk") };
        assert_eq!(strip_site_name("Reliable Music Lesson Reviews | Make More Music", &site), "Reliable Music Lesson Reviews");
        let site = SiteNames { name: Some("Twilio"), host: None };
        assert_eq!(strip_site_name("Twilio | Business Text Messaging", &site), "Business Text Messaging");
        // A near miss: the last part is short, but nothing says it is the site.
        let site = SiteNames { name: Some("MDN Web Docs"), host: Some("nssa.stanford.edu") };
        assert_eq!(strip_site_name("WebSocket - Web APIs | MDN", &site), "WebSocket - Web APIs");
        assert_eq!(strip_site_name("News | National Student Support Accelerator", &site), "News");
        // Near misses: a short last part that nothing says is the site, a first
        // part with one of its words in the host.
        let site = SiteNames { name: Some("Supermove"), host: Some("supermove.com") };
        assert_eq!(strip_site_name("Best Movers in NYC 2025 | Top 19 Companies", &site), "Best Movers in NYC 2025 | Top 19 Companies");
        let site = SiteNames { name: None, host: Some("lakecrestdental.com") };
        assert_eq!(strip_site_name("Top Dental Resolutions for 2025 | Broken Arrow, OK", &site), "Top Dental Resolutions for 2025 | Broken Arrow, OK");
        assert_eq!(strip_site_name("Bridge opens - The Gazette", &NO_SITE), "Bridge opens - The Gazette");
    }

    #[test]
    fn hosts_come_out_of_urls() {
        assert_eq!(host("https://user@blog.example.com:8080/a?b"), Some("blog.example.com"));
        assert_eq!(host("example.org/x"), Some("example.org"));
    }
}
