//! Pass 7, **main run** (text): a text page has no container, so the article
//! is the run of blocks where body outweighs what was dropped (the
//! maximum-sum run): body blocks weigh their length, dropped blocks a
//! penalty. Other runs of comparable weight (a thread's posts, a grid's
//! cards) are kept too; teasers, comment threads and "most popular" lists
//! outside them are dropped. On a thread, a long stretch of dropped blocks
//! costs more per block than a short one, so that the menus after the posts
//! part them from the footer.
//!
//! Reads `features`; refines `verdicts`.

use crate::blocks::Label;
use crate::model::{Rule, Verdict};
use crate::patterns::is_thread_furniture;

use super::quality::LONG_CHARS;
use super::{has_label, is_kept, Scoring};

/// In the main run, the page's title line, a byline, date or caption costs this many
/// characters of body (little: they head an article, but a list of teasers repeats them)...
const RUN_PENALTY_HEAD: f32 = 5.0;

/// ...an unlabelled dropped block this many characters of body...
const RUN_PENALTY_UNLABELLED: f32 = 10.0;

/// ...and a block labelled chaff (related, share, subscription...) this many.
const RUN_PENALTY_LABELLED: f32 = 40.0;

/// Another run is content too when it weighs at least this share of the best
/// run and holds at least `OTHER_RUN_MIN_BLOCKS` body blocks (a single long
/// block far from the article is a footer's blurb, not a post). Measured on
/// wcxb's text track: 0.2 gained over 0.3 on both halves (tune +0.0009, check
/// +0.0012; aeb-dev -0.001), 0.1 and 0.15 no more, 0.45 lost on both.
const OTHER_RUN_MIN_SHARE: f32 = 0.2;
const OTHER_RUN_MIN_BLOCKS: usize = 2;

/// A text page that prints this many short lines of a thread's furniture
/// ("Reply", "Quote", "Joined: Mar 2019") is a thread: its posts are parted by
/// member cards and buttons, and the page's menus and related threads come
/// after them in long stretches. On such a page the k-th dropped block in a row
/// costs (1 + `THREAD_GAP_GROWTH` x (k - 1)) penalties, so a long stretch
/// parts runs where a short one does not.
const THREAD_MIN_FURNITURE: usize = 3;
const THREAD_GAP_GROWTH: f32 = 0.25;

/// The article starts under its headline: on a text page the headline
/// weighs as much as a long paragraph in the run, so a short story under it
/// outweighs a longer blurb in the footer.
const RUN_HEADLINE_WEIGHT: f32 = LONG_CHARS as f32;

/// Text pages have no container, so the article is the run of blocks where
/// body text outweighs what was dropped (the maximum-sum run): body blocks
/// weigh their length, dropped blocks a penalty. Teasers, comment threads and
/// "most popular" lists outside that run are dropped.
pub(super) fn keep(s: &mut Scoring) {
    if !s.on(Rule::MainRun) {
        return;
    }
    let headline_weight = if s.on(Rule::HeadlineWeight) { RUN_HEADLINE_WEIGHT } else { -RUN_PENALTY_HEAD };
    let furniture = s.page.blocks.iter().filter(|b| is_thread_furniture(&b.text)).count();
    let gap_growth = if furniture >= THREAD_MIN_FURNITURE && s.on(Rule::ThreadGaps) { THREAD_GAP_GROWTH } else { 0.0 };
    let (features, verdicts) = (&s.features, &mut s.verdicts);
    let weight = |i: usize| -> f32 {
        match verdicts[i].as_ref().map(|v| v.label) {
            Some(Label::Body | Label::Heading) => features[i].chars as f32,
            // These sit inside or at the head of an article.
            // The headline printed over the article (the first line is the page's title).
            Some(Label::Title) if i > 0 => headline_weight,
            Some(Label::Title | Label::Byline | Label::Date | Label::Caption) => -RUN_PENALTY_HEAD,
            Some(Label::Boilerplate) | None => -RUN_PENALTY_UNLABELLED,
            Some(_) => -RUN_PENALTY_LABELLED,
        }
    };
    // Each stretch between the points where the running sum falls to zero
    // has its own best run; the page's best run is the best of those.
    let mut runs: Vec<(f32, std::ops::RangeInclusive<usize>)> = Vec::new();
    let (mut sum, mut start) = (0.0f32, 0);
    let (mut stretch_best, mut stretch_range) = (0.0f32, None);
    // Dropped blocks in a row so far (the title, first line of the page, is not counted).
    let mut dropped_in_row = 0.0f32;
    for (i, verdict) in verdicts.iter().enumerate() {
        if sum <= 0.0 {
            runs.extend(stretch_range.take().map(|r| (stretch_best, r)));
            stretch_best = 0.0;
            sum = 0.0;
            start = i;
        }
        let w = weight(i);
        if w > 0.0 {
            dropped_in_row = 0.0;
        } else if !has_label(verdict, Label::Title) {
            dropped_in_row += 1.0;
        }
        sum += if w < 0.0 { w * (1.0 + gap_growth * (dropped_in_row - 1.0).max(0.0)) } else { w };
        if sum > stretch_best {
            stretch_best = sum;
            stretch_range = Some(start..=i);
        }
    }
    runs.extend(stretch_range.map(|r| (stretch_best, r)));
    let best = runs.iter().map(|(w, _)| *w).fold(0.0f32, f32::max);
    // A thread's posts and a grid's cards are runs of their own, apart from
    // the best one but of its weight: they are the page's too.
    let other_runs = s.switches.on(Rule::OtherRuns);
    let is_content = |weight: f32, run: &std::ops::RangeInclusive<usize>| {
        let blocks = run.clone().filter(|&i| is_kept(&verdicts[i])).count();
        weight >= best || (other_runs && weight >= OTHER_RUN_MIN_SHARE * best && blocks >= OTHER_RUN_MIN_BLOCKS)
    };
    let kept_runs: Vec<_> = runs.into_iter().filter(|(weight, run)| is_content(*weight, run)).map(|(_, run)| run).collect();
    for (i, slot) in verdicts.iter_mut().enumerate() {
        if !kept_runs.iter().any(|r| r.contains(&i)) && is_kept(slot) {
            *slot = Some(Verdict::new(Label::Boilerplate, Rule::MainRun, "outside the main run of body text"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;
    use crate::score::Declared;
    use crate::model::Switches;
    use crate::text;

    #[test]
    fn a_short_story_under_its_headline_outweighs_a_longer_footer_blurb() {
        let labels = labels_of_text(&story_under_headline("Bridge opens over the river"));
        assert_eq!(label_of(&labels, STORY), Label::Body);
        assert!(!label_of(&labels, &format!("{PARAGRAPH} {PARAGRAPH}")).is_kept());
    }

    #[test]
    fn the_posts_of_a_thread_are_runs_of_their_own_and_all_kept() {
        let post = |n: u32| format!("{PARAGRAPH} Post {n}.\n\nAnd I agree with what was said above, for the most part, though not about the costs.");
        // Between posts, a row of buttons: chaff that parts the runs.
        let card: String = (1..=15).map(|_| "Share this post\n\n").collect();
        // The question is longer than either answer: the answers are runs of their own, lighter than the best.
        let input = format!("A question about the bridge\n\n{PARAGRAPH}\n\n{}\n\n{card}\n{}\n\n{card}\n{}\n", post(1), post(2), post(3));
        let labels = labels_of_text(&input);
        for n in 1..=3 {
            assert_eq!(label_of(&labels, &format!("{PARAGRAPH} Post {n}.")), Label::Body, "post {n}");
        }
    }

    #[test]
    fn on_a_thread_a_long_stretch_of_menus_parts_the_posts_from_the_footer() {
        let post = |n: u32| format!("{PARAGRAPH} {PARAGRAPH} Post {n}.");
        let card = |n: u32| format!("member{n}\nJoined: Mar 2019\nPosts: 1,204");
        // Rows of a menu: too few stopwords to be prose, and no pattern's.
        let menus: String = (1..=25).map(|n| format!("Forums Members Latest Activity Trending Threads Popular Tags Categories Groups Events Marketplace Section {n}\n\n")).collect();
        // The site's blurb: outweighs the stretch of menus before it, not the thread.
        let footer = format!("{PARAGRAPH} {PARAGRAPH} The forum.");
        let thread = format!("A question about the bridge\n\n{}\n\n{}\n\nReply\n\nQuote\n\n{}\n\n{}\n\nReply\n\nQuote\n\n{menus}{footer}\n", card(1), post(1), card(2), post(2));
        let page = text::segment(&thread).unwrap();
        assert_eq!(label_in(&page, Declared::default(), Switches::default(), &post(2)), Label::Body);
        assert!(!label_in(&page, Declared::default(), Switches::default(), &footer).is_kept());
        assert_eq!(label_without(&page, &footer, "main-run/thread-gaps"), Label::Body);
        // Near miss: the same page with no thread's furniture is no thread, and its run goes on.
        let article = thread.replace("Reply", "Share").replace("Quote", "Print").replace("Joined: Mar 2019", "London").replace("Posts: 1,204", "Writer");
        assert_eq!(label_of(&labels_of_text(&article), &footer), Label::Body);
    }
}
