//! Pass 4, **evidence**: a first verdict from the block alone and its place.
//! In order: a chaff region's hint outside the article (a menu, a comment
//! thread); a text pattern of `patterns` (captions, related markers, prices,
//! share bars, date lines); any other markup hint (a byline's class, a
//! `<figcaption>`); no words; outside the container; links; inside the
//! container. On a text page, which has no container, the prose class
//! decides: good prose is body, bad prose is dropped, and short or near-good
//! blocks are left for their neighbours (the context pass).
//!
//! Reads `features`, `quality`, `hints`, `region`; fills `verdicts` and
//! `Scoring::matched_pattern`.

use rustc_hash::FxHashMap;

use crate::blocks::{Block, BlockKind, Label};
use crate::model::{Rule, Switches, Verdict};
use crate::patterns::{Languages, TextRule, DATE, DATE_STAMP, DATE_WORDS, TEXT_RULES, TIME_RANGE};

use super::context::HEADING_MAX_WORDS;
use super::features::Features;
use super::hints::MarkupHints;
use super::quality::{Quality, MAX_LINK_DENSITY};
use super::Scoring;

/// Gives every block its first verdict, or leaves it to its neighbours.
pub(super) fn decide(s: &mut Scoring) {
    // Menus and footers repeat their lines: each distinct text meets the rules once.
    let mut rule_memo: FxHashMap<&str, Option<(Label, Rule)>> = FxHashMap::default();
    let mut matched_pattern = Vec::with_capacity(s.page.blocks.len());
    let text_page = s.page.elements.is_empty();
    let table_rows = if text_page && s.switches.on(Rule::PipedTable) { piped_table_rows(&s.page.blocks) } else { Vec::new() };
    for (index, block) in s.page.blocks.iter().enumerate() {
        let in_article = s.region.contains(index, block);
        let place = Place { in_article, in_listing: in_article && s.region.listing };
        let f = &s.features[index];
        // A table's row is no breadcrumb (see `piped_table_rows`).
        let in_table = table_rows.get(index).copied().unwrap_or(false);
        let applies = |&(_, rule): &(Label, Rule)| !(in_table && rule == Rule::PatternNavigation);
        let mut pattern = || rule_memo.entry(&block.text).or_insert_with(|| text_rule(&block.text, f, text_page, s.switches, s.languages)).filter(applies);
        s.verdicts[index] = first_verdict(block, f, s.quality[index], place, &s.hints, &mut pattern, s.switches);
        matched_pattern.push(rule_memo.get(block.text.as_str()).copied().flatten().is_some_and(|rule| applies(&rule)));
    }
    s.matched_pattern = matched_pattern;
}

/// A table printed as text holds at least this many rows: a header and a
/// row. (Measured with three: a third less of the gain below.)
const TABLE_MIN_ROWS: usize = 2;

/// Which lines of a text page are a table's rows, printed with their cells
/// parted by pipes, as dechaff's own text and a Markdown table print them
/// (`Tier | Card | Note`): a run of lines one under another, no blank
/// between, each with as many pipes (one or more), [`TABLE_MIN_ROWS`] lines
/// or more. A row reads as a breadcrumb (short parts parted by pipes),
/// which it is not; it is left to its neighbours, as any short line is.
/// (Text cleaned again, tune / check: dechaff's own Markdown of wcxb's
/// pages F1 0.857 -> 0.861 / 0.847 -> 0.850, its own text 0.856 -> 0.859 /
/// 0.844 -> 0.847, the gold texts 0.923 -> 0.924 / 0.933 -> 0.934; no
/// page of the text track, of aeb-dev or of a rendering moves: html-text
/// parts no cells with pipes.)
fn piped_table_rows(blocks: &[Block]) -> Vec<bool> {
    let pipes = |block: &Block| block.text.matches('|').count();
    let mut rows = vec![false; blocks.len()];
    let mut start = 0;
    for end in 1..=blocks.len() {
        let continues = end < blocks.len() && !blocks[end].gap_before && pipes(&blocks[end]) == pipes(&blocks[start]);
        if continues {
            continue;
        }
        if pipes(&blocks[start]) > 0 && end - start >= TABLE_MIN_ROWS {
            rows[start..end].fill(true);
        }
        start = end;
    }
    rows
}

/// Where a block is: in the article's region, and whether that region is a listing.
#[derive(Clone, Copy)]
struct Place {
    in_article: bool,
    in_listing: bool,
}

/// A date line carries at most this many words besides the date itself.
const DATE_LINE_MAX_OTHER_WORDS: usize = 3;

/// Byline and caption hints from markup are trusted on blocks up to this many
/// words (an author's box on any: `evidence/author-box-hint`).
const SHORT_HINT_MAX_WORDS: usize = 30;

/// A script's or a page's data as text: a block of `SCRIPT_MIN_CHARS` or
/// more where code's marks ([`is_code_mark`]) make `SCRIPT_MIN_MARK_SHARE`
/// of what is not space, and JSON's quoted keys (`":`) come once in
/// `SCRIPT_CHARS_PER_KEY` characters or its escapes (`\u00`, `\"`, `\/`)
/// once in `SCRIPT_CHARS_PER_ESCAPE`. A scraper that writes a page's text
/// with a browser's `textContent` or cheerio's `text()` writes its scripts
/// too: an analytics snippet, a framework's state, JSON-LD. (A program's
/// code in a manual has the marks but not the keys or escapes, and its
/// JSON examples are set out on short lines. On wcxb's pages written so,
/// F1 tune +0.019, check +0.022; of their text as `html-text` renders it, no
/// tune page and two check pages change, one up and one down.)
const SCRIPT_MIN_CHARS: usize = 500;
const SCRIPT_MIN_MARK_SHARE: f32 = 0.05;
const SCRIPT_CHARS_PER_KEY: usize = 100;
const SCRIPT_CHARS_PER_ESCAPE: usize = 500;

/// The marks code and data are written with.
fn is_code_mark(c: char) -> bool {
    matches!(c, '{' | '}' | '[' | ']' | ';' | '=' | '"' | '<' | '>' | '|' | '&' | '\\')
}

/// Whether `text` is a script's or a page's data (see [`SCRIPT_MIN_CHARS`]).
fn is_script_text(text: &str) -> bool {
    if text.len() < SCRIPT_MIN_CHARS {
        return false;
    }
    let (mut shown, mut marks) = (0usize, 0usize);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        shown += 1;
        marks += usize::from(is_code_mark(c));
    }
    let keys = text.matches("\":").count();
    let escapes = ["\\u00", "\\\"", "\\/"].iter().map(|escape| text.matches(escape).count()).sum::<usize>();
    marks as f32 >= SCRIPT_MIN_MARK_SHARE * shown as f32 && (keys * SCRIPT_CHARS_PER_KEY >= text.len() || escapes * SCRIPT_CHARS_PER_ESCAPE >= text.len())
}

/// The first text rule that labels a block of this text, read in `languages`,
/// if any (some rules read text pages only).
fn text_rule(text: &str, f: &Features, text_page: bool, switches: Switches, languages: Languages) -> Option<(Label, Rule)> {
    if text_page && switches.on(Rule::ScriptText) && is_script_text(text) {
        return Some((Label::Boilerplate, Rule::ScriptText));
    }
    // A byline's date and what follows it ("Posted by Jane on Friday December
    // 19, 2025 @08:00PM from the roads dept.") are no part of its length.
    // (Looked for only past the rule's length, on a line that opens as a byline does.)
    let words_before_date = || DATE.find(text).map_or(f.words, |date| text[..date.start()].split_whitespace().count());
    for rule in &TEXT_RULES {
        if !(rule.on_html || text_page) || !switches.on(rule.rule) {
            continue;
        }
        let short = f.words <= rule.max_words;
        let counted_to_date = rule.rule == Rule::PatternByline && switches.on(Rule::BylineBeforeDate);
        if (short || counted_to_date) && rule.matches(text, languages) && (short || words_before_date() <= rule.max_words) {
            return Some((rule.label, rule.rule));
        }
        let date_first_short = f.words <= rule.max_words + DATE_MAX_WORDS;
        if rule.rule == Rule::PatternByline && switches.on(Rule::DateBeforeByline) && date_first_short && is_byline_after_date(text, rule, languages) {
            return Some((rule.label, Rule::DateBeforeByline));
        }
    }
    let date_line = switches.on(Rule::PatternDateLine) && is_date_line(text, f);
    let hours = || switches.on(Rule::OpeningHours) && is_opening_hours(text);
    (date_line && !hours()).then_some((Label::Date, Rule::PatternDateLine))
}

/// A date takes at most this many words ("Friday, December 19, 2025 at 8:00 PM").
const DATE_MAX_WORDS: usize = 8;

/// Whether `text` opens with a date and goes on as a byline, the date's
/// length aside: "03/01/2017 by Jane Doe, Candidate Representative to the
/// Liaison Committee", and "March 1, 2017 by Jane Doe", which was a date
/// line before (the metadata reads a byline's date as it read the line's name).
fn is_byline_after_date(text: &str, byline: &TextRule, languages: Languages) -> bool {
    // (Every date form has a digit: most lines have none and skip the regex.)
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let Some(date) = DATE.find(text).filter(|date| !text[..date.start()].contains(char::is_alphanumeric)) else { return false };
    let rest = &text[date.end()..];
    rest.split_whitespace().count() <= byline.max_words && byline.matches(rest, languages)
}

/// Whether the only dates of a line are times in ranges: a shop's or an
/// office's opening hours ("Mon-Fri: 8:00am - 5:00pm", "Sat 9am–1pm"), not
/// when a page was published. (Left a date line, the hours made the lines
/// beside them bylines: "Sun: Closed".)
fn is_opening_hours(text: &str) -> bool {
    TIME_RANGE.is_match(text) && !DATE.is_match(&TIME_RANGE.replace_all(text, " "))
}

/// A date with at most a few other words beside it ("Last Updated : Nov 16 2015 | 9:42 AM IST").
pub(super) fn is_date_line(text: &str, f: &Features) -> bool {
    // Every date form has a digit; most blocks have none and skip the regex.
    if f.words > 16 || !text.bytes().any(|b| b.is_ascii_digit()) || !DATE.is_match(text) {
        return false;
    }
    if DATE_STAMP.is_match(text) {
        return true;
    }
    let without_dates = DATE.replace_all(text, " ");
    let without_words = DATE_WORDS.replace_all(&without_dates, " ");
    let others = without_words.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 1).count();
    others <= DATE_LINE_MAX_OTHER_WORDS
}

/// The verdict from the block alone and its place in the container, or
/// `None` when its neighbours must decide. `pattern` runs the text patterns,
/// only when the block's region has not already decided it.
fn first_verdict(
    block: &Block,
    f: &Features,
    quality: Quality,
    place: Place,
    hints: &MarkupHints,
    pattern: &mut dyn FnMut() -> Option<(Label, Rule)>,
    switches: Switches,
) -> Option<Verdict> {
    let hint = hints.for_block(block);
    // In a listing every card is a link to its item, and its date and byline are the card's.
    let is_card_detail = |label: Label| place.in_listing && matches!(label, Label::Date | Label::Byline);
    // A shop's cards call their text a caption ("product-caption"): in a listing that is the card.
    let is_card_caption = |rule: Rule| place.in_listing && rule == Rule::HintCaption && switches.on(Rule::CardCaption);
    // Outside the article, a block in a menu, share bar, related list, comment
    // thread, ad slot, subscription box or legal footer takes that region's
    // label: it is dropped either way, and the text rules need not run.
    let hinted = |label: Label, rule: Rule, tag: &str| Verdict::new(label, rule, format!("inside <{tag}> marked {}", label.as_str()));
    if let Some((hint, tag)) = hint {
        if hint.label.is_chaff_region() && !place.in_article {
            return Some(hinted(hint.label, hint.rule, tag));
        }
    }
    if let Some((label, rule)) = pattern() {
        if !is_card_detail(label) {
            // A pattern's reason is what its rule catches.
            return Some(Verdict::new(label, rule, rule.what()));
        }
    }
    if let Some((hint, tag)) = hint.filter(|(hint, _)| !is_card_detail(hint.label) && !is_card_caption(hint.rule)) {
        let describes_short_text = matches!(hint.label, Label::Byline | Label::Caption);
        // An author's box holds a bio of any length; a caption hint on a long block is a wrapper's.
        let author_box = hint.rule == Rule::HintByline && switches.on(Rule::AuthorBoxHint);
        if !describes_short_text || f.words <= SHORT_HINT_MAX_WORDS || tag == "figcaption" || author_box {
            return Some(hinted(hint.label, hint.rule, tag));
        }
    }
    if !f.has_alphanumeric && switches.on(Rule::NoWords) {
        return Some(Verdict::new(Label::Boilerplate, Rule::NoWords, "no words"));
    }
    if !place.in_article && switches.on(Rule::OutsideContainer) {
        return Some(Verdict::new(Label::Boilerplate, Rule::OutsideContainer, "outside the article container"));
    }
    if f.link_density > MAX_LINK_DENSITY && !place.in_listing && switches.on(Rule::LinkDensity) {
        let label = if f.words <= HEADING_MAX_WORDS { Label::Navigation } else { Label::Related };
        return Some(Verdict::new(label, Rule::LinkDensity, format!("link density {:.2}", f.link_density)));
    }
    if switches.on(Rule::InContainer) {
        match block.kind {
            // A line of text, of a text's list, a Markdown heading or block of code: no container to vouch for it.
            BlockKind::Text | BlockKind::ListItem { .. } | BlockKind::Heading(_) | BlockKind::Preformatted if block.container.is_none() => {}
            BlockKind::Heading(_) => return Some(Verdict::new(Label::Heading, Rule::InContainer, "heading inside the article")),
            _ => return Some(Verdict::new(Label::Body, Rule::InContainer, "inside the article container")),
        }
    }
    if !switches.on(Rule::ProseClass) {
        return None;
    }
    // Plain text: no container to vouch for the block, so its prose quality decides.
    match quality {
        Quality::Good => Some(Verdict::new(
            Label::Body,
            Rule::ProseClass,
            format!("good prose ({} chars, stopwords {:.2})", f.chars, f.stopword_density),
        )),
        Quality::Bad => Some(Verdict::new(
            Label::Boilerplate,
            Rule::ProseClass,
            format!("not prose ({} chars, stopwords {:.2})", f.chars, f.stopword_density),
        )),
        Quality::NearGood | Quality::Short => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;
    use crate::model::Switches;
    use crate::score::{classify, Declared};
    use crate::{html, text};

    #[test]
    fn a_page_that_reads_as_english_is_read_in_english_alone_and_others_in_every_language() {
        let marker = "Lesen Sie auch: Neue Buslinie";
        let story = format!("{PARAGRAPH}\n\n{marker}\n\n{PARAGRAPH} Again.\n");
        let german = "Der Rat hat am Dienstag nach einer langen Debatte beschlossen, dass die neue Brücke noch in diesem Jahr gebaut wird und die alte bis dahin offen bleibt.";
        let german_story = format!("{german}\n\n{marker}\n\n{german} Noch einmal.\n");
        let label = |input: &str, language: Option<&str>, switches: Switches| {
            label_in(&text::segment(input).unwrap(), Declared { language, ..Declared::default() }, switches, marker)
        };
        // An English story, declared so or not: the German marker is a line of its text.
        assert_ne!(label(&story, Some("en-US"), Switches::default()), Label::Related);
        assert_ne!(label(&story, None, Switches::default()), Label::Related);
        // The same story on a page that declares German, or with the rule off.
        assert_eq!(label(&story, Some("de"), Switches::default()), Label::Related);
        assert_eq!(label(&story, Some("en"), switches_without(&["evidence/english-tables"])), Label::Related);
        // A German story, declared English by its template or not declared, is read in every language.
        assert_eq!(label(&german_story, Some("en"), Switches::default()), Label::Related);
        assert_eq!(label(&german_story, None, Switches::default()), Label::Related);
        // English markers are read on every page.
        let english_marker = story.replace(marker, "ALSO READ: A new bus line");
        let english_label = label_in(&text::segment(&english_marker).unwrap(), Declared { language: Some("en"), ..Declared::default() }, Switches::default(), "ALSO READ: A new bus line");
        assert_eq!(english_label, Label::Related);
    }

    /// Once, a page written with `textContent` kept its framework's state
    /// (`{"props":{"pageProps":...`) and its consent script as the article.
    #[test]
    fn a_scripts_or_a_pages_data_on_a_text_page_is_dropped() {
        let state = format!(r#"{{"props":{{"pageProps":{{"title":"Bridge opens","body":"{}","tags":["news","town"]}}}},"page":"/[slug]","query":{{}}}}"#, "The bridge \\u0026 the ferry. ".repeat(20));
        let category = r#"{"id":"necessary","enabled":true,"text":"Allow selection of cookies"},"#;
        let script = format!(r#"window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}};var c=[{}];"#, category.repeat(8));
        let input = format!("A Headline Here\n\n{PARAGRAPH}\n\n{state}\n\n{PARAGRAPH} Again.\n\n{script}\n");
        let page = crate::text::segment(&input).unwrap();
        assert_eq!(label_of(&labels_of_text(&input), &state), Label::Boilerplate);
        assert_eq!(label_of(&labels_of_text(&input), &script), Label::Boilerplate);
        assert_eq!(label_without(&page, &state, "evidence/script-text"), Label::Body);
        // Near misses: a manual's code on one line (marks, no quoted keys or
        // escapes), a paragraph that quotes speech, and data too short to tell.
        let code = "async function post(request) { try { const response = await fetch(request); const result = await response.json(); console.log(result); } catch (error) { console.error(error); } } ".repeat(4);
        let speech = format!("\"I never thought I would see it,\" she said. \"We waited so long.\" {PARAGRAPH} \"It was worth it,\" he said. ").repeat(2);
        let short = r#"{"title":"Bridge opens","tags":["news"]}"#;
        for block in [code.trim_end(), speech.trim_end(), short] {
            let input = format!("A Headline Here\n\n{PARAGRAPH}\n\n{block}\n\n{PARAGRAPH} Again.\n");
            assert_ne!(crate::text::segment(&input).map(|page| label_in(&page, Declared::default(), Switches::default(), block)).unwrap(), Label::Boilerplate, "{block}");
        }
    }

    #[test]
    fn text_page_keeps_paragraphs_and_drops_title_and_chaff() {
        let input = format!("A Headline Here\n\n{PARAGRAPH}\n\nALSO READ: Another story\n\n{PARAGRAPH} Again.\n\nNext Story\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "A Headline Here"), Label::Title);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        assert_eq!(label_of(&labels, "ALSO READ: Another story"), Label::Related);
        assert_eq!(label_of(&labels, "Next Story"), Label::Navigation);
    }

    #[test]
    fn a_comment_heading_in_an_html_thread_leaves_the_replies_to_the_markup() {
        // A thread the page does not declare: its replies follow a "Replies" heading.
        let reply = format!("{PARAGRAPH} A reply.");
        let html = format!("<html><body><article><p>{PARAGRAPH}</p><h3>12 Replies</h3><div class=post><p>{reply}</p></div></article></body></html>");
        assert_ne!(html_label(&html, "12 Replies"), Label::Comments);
        assert_eq!(html_label(&html, &reply), Label::Body);
        // On a text page the heading's words are all there is to go by.
        let labels = labels_of_text(&format!("{PARAGRAPH}\n\n12 Replies\n\n{reply}\n"));
        assert_eq!(label_of(&labels, "12 Replies"), Label::Comments);
    }

    /// Once, a table's rows in dechaff's own text (`Card | Price`), cleaned
    /// again, were breadcrumbs, and the paragraph under them fell outside the
    /// main run.
    #[test]
    fn a_tables_rows_parted_by_pipes_are_no_breadcrumbs() {
        let table = "Tier | Card | Note\nMid-range | RTX 4070 | Sweet spot for 1440p\nHigh end | RTX 4080 | For 4K";
        // As text, and as Markdown (its rows read as their cells).
        let markdown = "| Tier | Card | Note |\n| --- | --- | --- |\n| Mid-range | RTX 4070 | Sweet spot |";
        for (head, rows) in [("", table), ("# ", markdown)] {
            let labels = labels_of_text(&format!("{head}A Headline Here\n\n{PARAGRAPH}\n\n{rows}\n\n{PARAGRAPH} Again.\n"));
            let first_row = "Tier | Card | Note";
            assert_eq!(label_of(&labels, first_row), Label::Body, "{rows}");
            assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Again.")), Label::Body, "{rows}");
        }
        // Near misses: a breadcrumb alone, and two lines whose parts differ in number.
        let labels = labels_of_text(&format!("A Headline Here\n\nHome | SEO | Guides\n\n{PARAGRAPH}\n\nAbout | Careers\nPrivacy | Terms | Cookies\n"));
        assert_eq!(label_of(&labels, "Home | SEO | Guides"), Label::Navigation);
        assert_eq!(label_of(&labels, "Privacy | Terms | Cookies"), Label::Navigation);
    }

    #[test]
    fn a_byline_with_its_section_and_reading_time_is_a_byline_not_a_breadcrumb() {
        let input = format!("A Headline Here\n\nby Jason Rostar | SEO | 8 min Read\n\n{PARAGRAPH}\n\nHome | SEO | Guides\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "by Jason Rostar | SEO | 8 min Read"), Label::Byline);
        // A near miss: a breadcrumb's segments name no one.
        assert_eq!(label_of(&labels, "Home | SEO | Guides"), Label::Navigation);
    }

    #[test]
    fn a_byline_with_a_long_tail_after_its_date_is_a_byline() {
        let byline = "Posted by Jane Doe on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.";
        let input = format!("A Headline Here\n\n{byline}\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n");
        assert_eq!(label_of(&labels_of_text(&input), byline), Label::Byline);
        let page = crate::text::segment(&input).unwrap();
        assert_ne!(label_without(&page, byline, "evidence/byline-before-date"), Label::Byline);
        // A near miss: a sentence that opens like a byline and runs long before any date.
        let sentence = "By the time the council met on Tuesday to vote on the bridge, most residents had already left town for the holiday on December 19, 2025.";
        let input = format!("A Headline Here\n\n{PARAGRAPH}\n\n{sentence}\n\n{PARAGRAPH} Again.\n");
        assert_ne!(label_of(&labels_of_text(&input), sentence), Label::Byline);
    }

    #[test]
    fn a_byline_after_its_date_is_a_byline_however_long_its_role() {
        for byline in ["03/01/2017 by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee", "May 3, 2017 By Erin Spain 4 Comments"] {
            let input = format!("A Headline Here\n\n{byline}\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n");
            assert_eq!(label_of(&labels_of_text(&input), byline), Label::Byline, "{byline}");
            let page = crate::text::segment(&input).unwrap();
            assert_ne!(label_without(&page, byline, "evidence/date-before-byline"), Label::Byline, "{byline}");
        }
        // Near misses: a sentence after a date, a byline after words that are no date, a byline too long.
        for line in [
            "March 1, 2017 by the time the council met, most residents had already left town for the holiday",
            "Last week by Agatha Caleo, Candidate Representative to the Candidate Liaison Committee",
            "March 1, 2017 By Agatha Caleo, who represents the candidates on the liaison committee of the society",
        ] {
            let input = format!("A Headline Here\n\n{PARAGRAPH}\n\n{line}\n\n{PARAGRAPH} Again.\n");
            assert_ne!(label_of(&labels_of_text(&input), line), Label::Byline, "{line}");
        }
    }

    #[test]
    fn opening_hours_are_no_date_line() {
        for hours in ["Mon-Fri: 8:00am - 5:00pm", "Sat 9am–1pm", "Sun 8:00 AM to 10:00 PM EST", "Weekdays 10:00 to 18:00"] {
            assert!(is_opening_hours(hours), "{hours}");
        }
        // Near misses: a timestamp, a date beside a time range, a range of figures.
        for date in ["Last Updated : Nov 16 2015 | 9:42 AM IST", "Nov 16 2015, 6:15 PM - 8:15 PM", "Pages 2-3"] {
            assert!(!is_opening_hours(date), "{date}");
        }
        // On a page, the day beside the hours was the byline ("Sun: Closed").
        let input = format!("Acme Plumbing\n\n{PARAGRAPH}\n\nMon-Fri: 8:00am - 5:00pm\nSun: Closed\n\n{PARAGRAPH} Again.\n");
        assert_ne!(label_of(&labels_of_text(&input), "Mon-Fri: 8:00am - 5:00pm"), Label::Date);
        assert_ne!(label_of(&labels_of_text(&input), "Sun: Closed"), Label::Byline);
        let page = crate::text::segment(&input).unwrap();
        assert_eq!(label_without(&page, "Mon-Fri: 8:00am - 5:00pm", "evidence/opening-hours"), Label::Date);
    }

    #[test]
    fn a_date_inside_a_sentence_is_not_a_date_line() {
        let f = Features { words: 12, ..Default::default() };
        assert!(is_date_line("Last Updated : Nov 16 2015 | 9:42 AM IST", &f));
        assert!(!is_date_line("On Nov 16 2015 the police arrested six people in the northern suburbs.", &f));
        assert!(is_date_line("New Delhi, News Bureau | Updated : 19 November 2019, 09:01 AM", &f));
        assert!(!is_date_line("The report, published on Nov 18, 2019, showed a rise in cases.", &f));
    }

    #[test]
    fn a_long_figcaption_is_still_a_caption() {
        let caption = "Once a dream of science fiction, long sleep for crews on the way to Mars is now studied by engineers, who say it would let ships carry less food, less water and smaller living quarters for the crew.";
        let html = format!("<html><body><article><p>{PARAGRAPH}</p><figure><img src=x><figcaption>{caption}</figcaption></figure><p>{PARAGRAPH} Two.</p></article></body></html>");
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        let verdicts = classify(&page, Declared::default(), Switches::default()).verdicts;
        let index = page.blocks.iter().position(|b| b.text == caption).unwrap();
        assert_eq!(verdicts[index].label, Label::Caption);
    }

    #[test]
    fn a_long_bio_in_an_author_box_is_the_authors_not_the_article() {
        let bio = "Jane Doe is a freelance writer and researcher who covers schools, housing and local politics for several regional papers, and she has taught journalism at the city's college for ten years.";
        assert_box_under_article_is(("author-box", bio), Label::Byline, "evidence/author-box-hint");
    }

    /// A box of class `class` holding `text` under an article's two paragraphs
    /// gets `label`, and is body with `rule` off.
    fn assert_box_under_article_is((class, text): (&str, &str), label: Label, rule: &str) {
        let html = format!("<html><body><article><p>{PARAGRAPH}</p><p>{PARAGRAPH} Two.</p><div class={class}><p>{text}</p></div></article></body></html>");
        assert_eq!(html_label(&html, text), label);
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_without(&page, text, rule), Label::Body);
    }

    #[test]
    fn a_forum_posts_signature_is_its_authors_sign_off_not_the_post() {
        let signature = "Acer XC-895, Core i5, 32GB RAM, Windows 11 Home; Affinity Photo 2";
        let html = format!("<html><body><article><div class=post><p>{PARAGRAPH}</p><div class=signature><p>{signature}</p></div></div><div class=post><p>{PARAGRAPH} Two.</p></div></article></body></html>");
        assert_eq!(html_label(&html, signature), Label::Byline);
        assert_eq!(html_label(&html, &format!("{PARAGRAPH} Two.")), Label::Body);
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_without(&page, signature, "hints/class-byline"), Label::Body);
    }

    #[test]
    fn a_products_disclaimer_box_is_a_legal_notice() {
        let disclaimer = "Results may vary from person to person. These statements have not been evaluated by any health authority, and the product is not meant to diagnose or treat any disease.";
        assert_box_under_article_is(("product-disclaimer", disclaimer), Label::Legal, "hints/class-legal");
    }

    #[test]
    fn a_sidebar_inside_the_article_container_is_chaff_but_a_layout_with_a_sidebar_is_not() {
        let review = "We rented the family camping set in October, and it worked out great: the tent was clean, the stove was easy to use and the staff were friendly and helpful on the phone.";
        assert_box_under_article_is(("sidebar", review), Label::Boilerplate, "hints/class-sidebar");
        // A class naming the layout that holds a sidebar says nothing of what the element holds.
        let html = format!("<html><body><article><p>{PARAGRAPH}</p><div class=c-layout-sidebar-bottom><p>{review}</p></div><p>{PARAGRAPH} Two.</p></article></body></html>");
        assert_eq!(html_label(&html, review), Label::Body);
    }

    /// Once, a manual's "DISCUSSION" section (Asciidoctor's `id="_discussion"`)
    /// was read as a comment thread and cut, and a guide's heading "The child
    /// tax credit" (`id="the-child-tax-credit"`) as a photo credit.
    #[test]
    fn a_headings_anchor_spelled_from_its_words_is_no_hint() {
        let section = |id: &str, heading: &str| format!("<html><body><article><p>{PARAGRAPH}</p><h2 id=\"{id}\">{heading}</h2><p>{PARAGRAPH} Two.</p><p>{PARAGRAPH} Three.</p></article></body></html>");
        for (id, heading) in [("_discussion", "DISCUSSION"), ("the-child-tax-credit", "The child tax credit"), ("which-newsletter-subscription-is-best", "Which newsletter subscription is best?")] {
            let html = section(id, heading);
            assert_eq!(html_label(&html, heading), Label::Heading, "{heading}");
            assert_eq!(html_label(&html, &format!("{PARAGRAPH} Three.")), Label::Body, "{heading}");
            let page = html::segment(&html, &crate::Options::default()).unwrap();
            assert_ne!(label_without(&page, heading, "hints/heading-anchors"), Label::Heading, "{heading}");
        }
        // Near misses: a short name may be the box's (`related-posts`), and a
        // class that does not spell the heading says what the box is.
        assert_eq!(html_label(&section("related-posts", "Related posts"), "Related posts"), Label::Related);
        assert_eq!(html_label(&section("comments-title", "Discussion of the plan"), "Discussion of the plan"), Label::Comments);
    }

    #[test]
    fn a_table_inside_a_figure_is_content_but_its_figcaption_is_a_caption() {
        // A block editor wraps every table in a <figure>.
        let html = format!(
            "<html><body><article><p>{PARAGRAPH}</p><figure class=wp-block-table><table><tr><th>City</th><th>Median price change</th></tr><tr><td>Austin</td><td>-4.1%</td></tr></table><figcaption>Source: county records</figcaption></figure><p>{PARAGRAPH} Two.</p></article></body></html>"
        );
        assert_eq!(html_label(&html, "Median price change"), Label::Body);
        assert_eq!(html_label(&html, "Source: county records"), Label::Caption);
        let page = html::segment(&html, &crate::Options::default()).unwrap();
        assert_eq!(label_without(&page, "Median price change", "hints/figure-content"), Label::Caption);
    }

    #[test]
    fn a_shops_card_text_that_its_class_calls_a_caption_is_kept_in_a_listing() {
        let cards: String = ["Gear Bag Large", "Gear Bag Small", "Cutlery Roll", "Camp Kettle", "Fire Grill", "Water Bottle"]
            .iter()
            .map(|name| format!("<li class=product><a href=/p><img src=x></a><div class=product-caption><h3>{name}</h3><div class=short-description>Made for the bush, and built to last.</div><p>$21.00</p></div></li>"))
            .collect();
        let shop = format!("<html><body><main><h1>Outdoor Gear</h1><ul class=products>{cards}</ul></main><footer><p>{PARAGRAPH}</p></footer></body></html>");
        assert_eq!(html_label(&shop, "Cutlery Roll"), Label::Heading);
        let page = html::segment(&shop, &crate::Options::default()).unwrap();
        // (With the captions dropped the shop keeps a sliver, which the text passes would read again.)
        let switches = switches_without(&["evidence/card-caption", "fallback/text-passes"]);
        assert_eq!(label_in(&page, Declared::default(), switches, "Cutlery Roll"), Label::Caption);
        // In an article, a credit's class still makes it a caption.
        let story = format!("<html><body><article><p>{PARAGRAPH}</p><div class=photo-credit>Photo by Ann Lee</div><p>{PARAGRAPH} Two.</p></article></body></html>");
        assert_eq!(html_label(&story, "Photo by Ann Lee"), Label::Caption);
    }
}
