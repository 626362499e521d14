//! Pass 8, **tail**: the article ends at a comments header, a related-stories
//! header, an author box's header, the site's copyright notice or (on a
//! text page) a prompt for the reader's feedback that follows the body (unless the body resumes after it: an inset box; a text page's
//! last copyright notice ends it even so; a comment prompt printed under
//! every post ends nothing, nor do a question-and-answer page's comments
//! under its posts); what follows
//! the last body block takes the label of the section it is in (a plan table
//! after "Subscribe"). On a text page, a name alone right after the body is
//! its sign-off (run after the grids pass, which may extend the body), and
//! an author's bio, a legal notice or a call to action among the article's closing blocks
//! closes it (run last of all).
//!
//! Reads `features`; refines `verdicts`.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::{Block, Label, Page};
use crate::model::{Rule, Switches, Verdict};
use crate::patterns::{table, Languages, AUTHOR_BOX, COPYRIGHT_NOTICE, RELATED_SECTION, REPLY_BUTTON};

use super::context::{starts_upper, BYLINE_MAX_WORDS, RELATED_BOX_MAX_BLOCKS};
use super::features::Features;
use super::quality::PROSE_RUN_BLOCKS;
use super::{has_label, is_kept, Scoring};

/// A comments header ends the article after this many characters of body.
const MIN_BODY_BEFORE_COMMENTS: usize = 250;

/// A copyright notice that ends the article is a line of at most this many
/// words, not a sentence of the body that mentions rights.
const COPYRIGHT_MAX_WORDS: usize = 20;

/// A comments header, the header of a related-stories list or of an author
/// box, the site's copyright notice, a consent manager's dialog, a text
/// page's "Was this page helpful?": the article is over. Returns the rule
/// that says so.
fn end_marker(block: &Block, verdict: &Verdict, switches: Switches, languages: Languages) -> Option<Rule> {
    let (rule, ends) = match verdict.label {
        Label::Comments => (Rule::CommentsHeader, !REPLY_BUTTON.is_match(&block.text)),
        Label::Related => (Rule::RelatedHeader, RELATED_SECTION.is_match_in(&block.text, languages)),
        Label::Byline => (Rule::AuthorBox, AUTHOR_BOX.is_match(&block.text)),
        Label::Legal if verdict.decided_by == Rule::PatternConsent => (Rule::ConsentDialog, true),
        // Under the article, before its footers (on HTML the container has
        // already left those out: tune +0.0002, check +0.0000 there).
        Label::Navigation if verdict.decided_by == Rule::PatternFeedback => (Rule::FeedbackPrompt, block.container.is_none()),
        Label::Legal => (
            Rule::CopyrightNotice,
            COPYRIGHT_NOTICE.is_match_in(&block.text, languages) && block.text.split_whitespace().count() <= COPYRIGHT_MAX_WORDS,
        ),
        _ => return None,
    };
    (ends && switches.on(rule)).then_some(rule)
}

/// Whether `block`, with this verdict, ends the article (its text read in `languages`).
pub(super) fn ends_article(block: &Block, verdict: &Verdict, switches: Switches, languages: Languages) -> bool {
    end_marker(block, verdict, switches, languages).is_some()
}

/// Whether the article goes on after the related-stories box that starts at
/// `header`: a run of body sentences follows, close enough for the box to be
/// an inset, before the next end marker. Teaser lists alternate headlines and
/// blurbs, and never make such a run.
fn body_resumes_after(page: &Page, features: &[Features], verdicts: &[Option<Verdict>], header: usize, switches: Switches, languages: Languages) -> bool {
    if has_label(&verdicts[header], Label::Comments) || !switches.on(Rule::InsetBox) {
        return false;
    }
    let mut run = 0;
    for i in header + 1..verdicts.len().min(header + 1 + RELATED_BOX_MAX_BLOCKS + PROSE_RUN_BLOCKS) {
        let Some(v) = &verdicts[i] else {
            run = 0;
            continue;
        };
        if ends_article(&page.blocks[i], v, switches, languages) {
            return false;
        }
        run = if v.label == Label::Body && features[i].sentence_end { run + 1 } else { 0 };
        if run >= PROSE_RUN_BLOCKS {
            return true;
        }
    }
    false
}

/// The comment prompts, lines labelled comments with no count in them, that
/// the page prints more than once: a Q&A site prints "Add a comment" under
/// the question and under every answer, and the answers are the page's
/// content. (A count, "1 comment", is often printed twice: over the article
/// and over its comments, which it does head.)
fn repeated_comment_prompts<'p>(page: &'p Page, verdicts: &[Option<Verdict>]) -> BTreeSet<&'p str> {
    let mut seen = BTreeSet::new();
    let mut repeated = BTreeSet::new();
    for (block, verdict) in page.blocks.iter().zip(verdicts) {
        let is_prompt = has_label(verdict, Label::Comments) && !block.text.bytes().any(|b| b.is_ascii_digit());
        if is_prompt && !seen.insert(block.text.as_str()) {
            repeated.insert(block.text.as_str());
        }
    }
    repeated
}

/// Ends the article at the first end marker that follows enough of the body,
/// and gives what comes after the body the label of its section.
pub(super) fn cut(s: &mut Scoring) {
    let (page, features, switches, languages) = (s.page, &s.features, s.switches, s.languages);
    let verdicts = &mut s.verdicts;
    let n = page.blocks.len();
    let text_page = page.elements.is_empty();
    let body_chars: usize = (0..n).filter(|&i| is_kept(&verdicts[i])).map(|i| features[i].chars).sum();
    // Kept text before the current block, and of it the body paragraphs alone:
    // a standfirst or a scholarly header (authors, "Received 2024 Mar 18") is
    // no body for a copyright line under it to end.
    let (mut seen, mut seen_body) = (0, 0);
    let repeated_prompts = if switches.on(Rule::RepeatedCommentPrompt) { repeated_comment_prompts(page, verdicts) } else { BTreeSet::new() };
    let is_copyright = |i: usize| has_label(&verdicts[i], Label::Legal) && COPYRIGHT_NOTICE.is_match_in(&page.blocks[i].text, languages);
    let last_copyright = if text_page && switches.on(Rule::CopyrightFoot) { (0..n).rev().find(|&i| is_copyright(i)) } else { None };
    // A question-and-answer page's comments sit under each post: they end nothing.
    let answers = s.declared.answers && switches.on(Rule::AnswerComments);
    let post_comment = |v: &Verdict| answers && v.decided_by == Rule::HintComments;
    let mut end = None;
    for i in 0..n {
        let marker = verdicts[i]
            .as_ref()
            .filter(|v| !post_comment(v))
            .and_then(|v| end_marker(&page.blocks[i], v, switches, languages))
            .filter(|&rule| rule != Rule::CommentsHeader || !repeated_prompts.contains(page.blocks[i].text.as_str()));
        // On a text page, a comments header or the site's copyright notice
        // (after which come only the page's pop-ups: forms, sign-in boxes)
        // ends the article once any real body precedes it; otherwise (and on
        // HTML, where the container has already left most threads out, and a
        // class name can say "comments" mid-article) only after most of the body.
        let is_foot = text_page && verdicts[i].as_ref().is_some_and(|v| matches!(v.label, Label::Comments | Label::Legal));
        let enough_before = if is_foot { seen_body >= MIN_BODY_BEFORE_COMMENTS } else { seen * 2 > body_chars };
        if let (Some(rule), true) = (marker, enough_before) {
            // A consent manager's purposes read as prose, but no article resumes among them.
            // The page's last copyright notice is its foot: on a text page,
            // what follows it is the page's pop-ups (a refund policy, a
            // privacy policy), prose that no article resumes in. (Earlier
            // notices are photo credits: "Sylt, Germany | © 2010 Jon Norris".)
            let foot = rule == Rule::CopyrightNotice && Some(i) == last_copyright;
            if rule == Rule::ConsentDialog || foot || !body_resumes_after(page, features, verdicts, i, switches, languages) {
                end = Some((i, rule));
                break;
            }
        }
        if is_kept(&verdicts[i]) {
            seen += features[i].chars;
        }
        if has_label(&verdicts[i], Label::Body) {
            seen_body += features[i].chars;
        }
    }
    if let Some((end, rule)) = end {
        for slot in verdicts.iter_mut().skip(end).filter(|slot| is_kept(slot)) {
            *slot = Some(Verdict::new(Label::Boilerplate, rule, "after the end of the article"));
        }
    }
    if !switches.on(Rule::TailSections) {
        return;
    }
    // After the last body block, unlabelled blocks belong to the section that holds them.
    let Some(last_body) = (0..n).rev().find(|&i| is_kept(&verdicts[i])) else { return };
    let mut section: Option<Label> = None;
    for slot in verdicts.iter_mut().skip(last_body + 1).flatten() {
        let opens_section = matches!(slot.label, Label::Subscription | Label::Comments | Label::Related);
        if opens_section {
            section = Some(slot.label);
        } else if let (Some(label), Label::Boilerplate) = (section, slot.label) {
            *slot = Verdict::new(label, Rule::TailSections, format!("in the {} section after the body", label.as_str()));
        }
    }
}

/// On a text page, the article's closing blocks are looked through this far
/// for an author's bio, a legal notice or a call to action (measured at 3,
/// 6, 10 and 15: from 10 on, the story's own last paragraphs start to go).
const CLOSING_BLOCKS: usize = 6;

/// A writer's bio opens with a name of up to four words (credentials after
/// it), then "is", "has been", "writes"... ("Rebecca Lake, CEPF® Rebecca
/// Lake is", "Anurag is"), and names a trade (`TRADE`) within
/// `BIO_TRADE_WITHIN_CHARS` of that: "... is a retirement ... expert", "...
/// is an experienced journalist".
static BIO_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?\p{Lu}[\w.'’-]+\)?(?:\s+\p{Lu}[\w.'’-]+){0,3},?(?:\s+\p{Lu}[\w.,®]+)*\s+(?:is|has been|was|has|writes|covers)\b")
        .expect("the bio's opening pattern is valid")
});

static TRADE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(?:writer|journalist|editor|author|reporter|contributor|columnist|correspondent|expert|specialist|freelancer|blogger",
        r"|photographer|researcher|consultant|founder|co-founder|ceo|producer|host|professor|graduate|enthusiast|strategist",
        r"|analyst|marketer|coach|dietitian|nutritionist|physician|doctor|nurse)s?\b",
    ))
    .expect("the trade pattern is valid")
});

/// How far into its line after the opening a bio names the trade. (Checked
/// here rather than as `.{0,200}` in one pattern: a bounded repetition builds
/// one copy of its class per character, and the pattern took a sixth of a
/// text page's start-up.)
const BIO_TRADE_WITHIN_CHARS: usize = 200;

fn is_author_bio(text: &str) -> bool {
    // The trade first: most closing blocks name none, and the opening's
    // pattern, with its Unicode classes, is the costlier one to compile.
    if !TRADE.is_match(text) {
        return false;
    }
    let Some(opening) = BIO_OPENING.find(text) else { return false };
    let line = text[opening.end()..].split('\n').next().unwrap_or_default();
    TRADE.find(line).is_some_and(|trade| line[..trade.start()].chars().count() <= BIO_TRADE_WITHIN_CHARS)
}

/// A legal notice written as prose: trademarks, a regulator, advice disclaimed.
static LEGAL_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:(?:registered )?trademarks? of\b|are (?:registered )?trademarks\b|authori[sz]ed and regulated by",
        r"|(?:is|are) not (?:intended (?:as|to be)|a substitute for) (?:legal|financial|medical|tax|investment|professional)",
        r"|for (?:general )?informational purposes only|does not constitute (?:legal|financial|medical|investment|tax)",
        r"|underwritten by|all rights reserved)",
    ))
    .expect("the legal prose pattern is valid")
});

/// A call to action written as prose: the page's pitch after its story
/// ("Contact us today for...", "Sign up for our...", "Fill out the form below").
static CALL_TO_ACTION_PROSE: LazyLock<Regex> = LazyLock::new(|| {
    table(&[concat!(
        r"^\W*(?:contact us|call us|get in touch|request (?:a|your) (?:free )?(?:quote|consultation|demo)",
        r"|(?:schedule|book) (?:a|your) (?:free )?(?:consultation|call|demo)|fill out the form|sign up (?:for|to)",
        r"|subscribe to (?:our|the)|join (?:our|the) (?:newsletter|mailing list|community))\b",
    )])
});

/// The label and reason of a block that closes a text article, if it is one.
fn closing_family(text: &str) -> Option<(Label, &'static str)> {
    if is_author_bio(text) {
        Some((Label::Byline, "author's bio closing the article"))
    } else if LEGAL_PROSE.is_match(text) {
        Some((Label::Legal, "legal notice closing the article"))
    } else if CALL_TO_ACTION_PROSE.is_match(text) {
        Some((Label::Boilerplate, "call to action closing the article"))
    } else {
        None
    }
}

/// On a text page, an author's bio, a legal notice or a call to action among the article's
/// last blocks closes it: it and what follows are the page's, not the
/// story's. (HTML pages set bios and notices apart in their markup.)
pub(super) fn cut_closing_prose(s: &mut Scoring) {
    if !s.on(Rule::ClosingProse) {
        return;
    }
    let (page, verdicts) = (s.page, &mut s.verdicts);
    let kept: Vec<usize> = (0..verdicts.len()).filter(|&i| is_kept(&verdicts[i])).collect();
    let closing = &kept[kept.len().saturating_sub(CLOSING_BLOCKS)..];
    let family_of = |i: usize| closing_family(&page.blocks[i].text).map(|(label, why)| (i, label, why));
    let Some((first, label, why)) = closing.iter().find_map(|&i| family_of(i)) else {
        return;
    };
    verdicts[first] = Some(Verdict::new(label, Rule::ClosingProse, why));
    for &i in closing.iter().filter(|&&i| i > first) {
        verdicts[i] = Some(Verdict::new(Label::Boilerplate, Rule::ClosingProse, "after the end of the article"));
    }
}

/// A name alone on the line right after the body is its sign-off ("Press Association").
pub(super) fn mark_sign_off(s: &mut Scoring) {
    if !s.on(Rule::SignOff) {
        return;
    }
    let (page, features, verdicts) = (s.page, &s.features, &mut s.verdicts);
    let Some(last_body) = verdicts.iter().rposition(is_kept) else { return };
    let Some(next) = page.blocks.get(last_body + 1) else { return };
    let f = &features[last_body + 1];
    let name_like = f.words <= BYLINE_MAX_WORDS
        && !f.sentence_end
        && next.text.split_whitespace().all(starts_upper);
    if name_like && has_label(&verdicts[last_body + 1], Label::Boilerplate) {
        verdicts[last_body + 1] = Some(Verdict::new(Label::Byline, Rule::SignOff, "name signing off the body"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;

    #[test]
    fn a_plan_table_after_the_body_is_labelled_subscription() {
        let input = format!("Title line\n\n{PARAGRAPH}\nSubscribe to our digital edition\n\nGold Plan\n\n$9.99/month\n\n1 Year\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, "Gold Plan"), Label::Subscription);
        assert_eq!(label_of(&labels, "$9.99/month"), Label::Subscription);
        assert_eq!(label_of(&labels, "1 Year"), Label::Subscription);
    }

    #[test]
    fn an_authors_bio_a_legal_notice_or_a_call_to_action_closes_a_text_article() {
        let bio = "Jane Roe is a freelance writer who has covered farming and rural life for the county papers since 2009.";
        let legal = "Acme Mowers Limited is authorised and regulated by the Financial Conduct Authority under firm number 123456.";
        let after = "Our editors choose every story for its interest to readers, and we never accept payment for coverage.";
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n{bio}\n\n{after}\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        assert_eq!(label_of(&labels, bio), Label::Byline);
        assert_eq!(label_of(&labels, after), Label::Boilerplate);
        let page = crate::text::segment(&input).unwrap();
        assert_eq!(label_without(&page, bio, "tail/closing-prose"), Label::Body);
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n{legal}\n"));
        assert_eq!(label_of(&labels, legal), Label::Legal);
        let pitch = "Contact us today to find out how our team can help your family plan the move, from packing to storage.";
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n{pitch}\n"));
        assert_eq!(label_of(&labels, pitch), Label::Boilerplate);
        // Near misses: a person the story introduces, well before its end; a
        // sentence that starts with a name and names no trade.
        let farmer = "John Smith is a dairy farmer and a former county councillor who has written to the minister twice.";
        let paragraphs = (0..7).map(|n| format!("{PARAGRAPH} Part {n}.")).collect::<Vec<_>>().join("\n\n");
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{farmer}\n\n{paragraphs}\n"));
        assert_eq!(label_of(&labels, farmer), Label::Body);
        let sentence = "Anna Lee is happy with the new bridge, which cuts her drive to the market by half an hour each way.";
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n{sentence}\n"));
        assert_eq!(label_of(&labels, sentence), Label::Body);
    }

    #[test]
    fn a_bio_names_its_trade_within_two_hundred_characters_of_its_opening_on_the_same_line() {
        let stretch = "a keen walker who has lived in the valley for most of her life and knows its farms, its rivers, its old mills and the people who ran them, the lanes between them and the weather that comes over the hills,";
        assert!(is_author_bio("Jane Roe, MA is a freelance writer."));
        assert!(is_author_bio(&format!("Jane Roe is {} and a writer.", &stretch[..150])));
        assert!(!is_author_bio(&format!("Jane Roe is {stretch} and a writer.")));
        assert!(!is_author_bio("Jane Roe is a keen walker.\nShe is a writer."));
        assert!(!is_author_bio("Jane Roe is a keen walker."));
        assert!(!is_author_bio("a writer, Jane Roe is here."));
    }

    #[test]
    fn comments_after_the_body_end_the_article() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n3 Comments\n\n{PARAGRAPH} From a reader.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} From a reader.")), Label::Comments);
    }

    #[test]
    fn a_consent_managers_dialog_ends_the_article_and_its_prose_goes_with_it() {
        let purpose = "Information about your activity on this service, such as the forms you submit and the content you look at, can be stored and combined with other information about you to build a profile.";
        let more = "Advertising presented to you on this service can be based on your advertising profiles, which can reflect your activity on this service or on other websites and apps, and your interests.";
        let input = format!(
            "Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\nWe and our partners process data to provide:\n\nCreate profiles for personalised advertising\n\n{purpose}\n\n{more}\n\n{more} Again.\n"
        );
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        assert_eq!(label_of(&labels, "We and our partners process data to provide:"), Label::Legal);
        assert!(!label_of(&labels, purpose).is_kept());
        let page = crate::text::segment(&input).unwrap();
        assert!(label_in(&page, Default::default(), switches_without(&["tail/consent-dialog"]), purpose).is_kept());
        // Near miss: partners named in the body's own words.
        let sentence = "The agency and its partners process the applications in the order they arrive, within a week.";
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{sentence}\n\n{PARAGRAPH} Two.\n"));
        assert_eq!(label_of(&labels, sentence), Label::Body);
    }

    #[test]
    fn a_prompt_for_feedback_ends_a_text_article_and_its_footer_goes_with_it() {
        let footer = "Our guides cover buying, selling, renting and investing in homes across the country, and our editors add new advice to them every week of the year, from the first viewing of a house to the day that the keys are handed over.";
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\nWas this article helpful?\n\n{footer}\n\n{footer} Again.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Two.")), Label::Body);
        assert_eq!(label_of(&labels, "Was this article helpful?"), Label::Navigation);
        assert!(!label_of(&labels, footer).is_kept());
        let page = crate::text::segment(&input).unwrap();
        assert!(label_in(&page, Default::default(), switches_without(&["tail/feedback-prompt"]), footer).is_kept());
        assert_ne!(label_without(&page, "Was this article helpful?", "evidence/pattern-feedback"), Label::Navigation);
        // Near miss: the article goes on after the prompt, a run of body sentences.
        let resumed = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\nWas this article helpful?\n\n{PARAGRAPH} Three.\n\n{PARAGRAPH} Four.\n\n{PARAGRAPH} Five.\n");
        assert_eq!(label_of(&labels_of_text(&resumed), &format!("{PARAGRAPH} Four.")), Label::Body);
    }

    #[test]
    fn the_sites_copyright_notice_ends_the_article_before_a_pop_up_form() {
        let form = "Please read the policy below before you sign: sessions cancelled with less than a day's notice are forfeited, the fee is due on the first of each month, and a late payment adds a fee of ten dollars to the next invoice.";
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n© 2025 Example Tutoring\n\nRegistration Agreement\n\nName *\n\n{form}\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        assert!(!label_of(&labels, form).is_kept());
        // A sentence of the body that speaks of copyright does not end it.
        let sentence = "The photographer, who holds the copyright, sold the picture in 2019 to a museum in the city.";
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{sentence}\n\n{PARAGRAPH} Two.\n"));
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Two.")), Label::Body);
    }

    #[test]
    fn the_last_copyright_notice_ends_a_text_page_before_a_pop_ups_policy_but_a_photo_credit_does_not() {
        let policy = |n: u32| format!("Items bought in the sale can be returned within {n} days of delivery, unworn and with their tags, for a refund to the card used.");
        let (first, last) = (policy(30), policy(90));
        let input = format!(
            "Title line\n\n{PARAGRAPH}\n\nSylt, Germany | © 2010 Jon Norris\n\n{PARAGRAPH} Two.\n\n{PARAGRAPH} Three.\n\n{PARAGRAPH} Four.\n\n© 2025 Example Shoes, Inc. All Rights Reserved\n\nRefund policy\n\n{first}\n\n{}\n\n{last}\n",
            policy(60)
        );
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Four.")), Label::Body);
        assert!(!label_of(&labels, &last).is_kept());
        let page = crate::text::segment(&input).unwrap();
        assert!(label_in(&page, Default::default(), switches_without(&["tail/copyright-foot"]), &last).is_kept());
    }

    #[test]
    fn a_copyright_line_in_a_papers_header_does_not_end_it_before_its_body() {
        // A paper's header: its summary in two lines (standfirsts, not body), then its copyright line.
        let summary = "Exercise lifts the mood of people with depression, and this review of recent studies sets out how it works in the brain and in the body.";
        let method = "We read the trials published since 2010 on training, inflammation and hormones, and we report what they found about mood and about sleep.";
        let input = format!("The impact of exercise on mood\n\n{summary}\n\n{method}\n\nCopyright © 2024 Society for Exercise Science\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Two.")), Label::Body);
    }

    #[test]
    fn an_inset_related_box_does_not_end_the_article_but_a_final_one_does() {
        let sentences = |tag: &str, count: usize| (1..=count).map(|n| format!("{PARAGRAPH} Part {tag}{n}.")).collect::<Vec<_>>().join("\n\n");
        let input = format!(
            "Title line\n\n{}\n\nRelated Articles\n\nStorm hits the coast\n\nTrains cancelled\n\n{}\n\nRelated Articles\n\nA bridge too far\n\nSeveral things you did not know about the weather, and why they matter for the town today.\n",
            sentences("a", 4),
            sentences("b", 3),
        );
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Part b3.")), Label::Body);
        assert!(!label_of(&labels, "Several things you did not know about the weather, and why they matter for the town today.").is_kept());
    }

    #[test]
    fn a_comment_prompt_under_every_post_of_a_question_does_not_end_it_but_a_count_printed_twice_does() {
        let input = format!(
            "Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} Question.\n\nAdd a comment\n\n2 Answers\n\n{PARAGRAPH} First answer.\n\nAdd a comment\n\n{PARAGRAPH} Second answer.\n\nAdd a comment\n"
        );
        let answer = format!("{PARAGRAPH} Second answer.");
        assert_eq!(label_of(&labels_of_text(&input), &answer), Label::Body);
        let page = crate::text::segment(&input).unwrap();
        assert!(!label_in(&page, Default::default(), switches_without(&["tail/repeated-comment-prompt"]), &answer).is_kept());
        // Near miss: a blog prints its comment count over the post and over the comments.
        let input = format!("Title line\n\n1 comment\n\n{PARAGRAPH}\n\n{PARAGRAPH} Two.\n\n1 comment\n\n{PARAGRAPH} From a reader.\n");
        assert_eq!(label_of(&labels_of_text(&input), &format!("{PARAGRAPH} From a reader.")), Label::Comments);
    }

    #[test]
    fn a_reply_button_under_the_first_post_does_not_end_the_thread() {
        let input = format!("Title line\n\n{PARAGRAPH}\n\n{PARAGRAPH} One.\n\nReply\n\n{PARAGRAPH} Two.\n\n{PARAGRAPH} Three.\n\nReply\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Three.")), Label::Body);
    }
}
