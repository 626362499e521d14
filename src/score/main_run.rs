//! Pass 7, **main run** (text): a text page has no container, so the article
//! is the run of blocks where body outweighs what was dropped (the
//! maximum-sum run): body blocks weigh their length, dropped blocks a
//! penalty. Teasers, comment threads and "most popular" lists outside that
//! run are dropped.
//!
//! Reads `features`; refines `verdicts`.

use crate::blocks::Label;
use crate::model::{Rule, Verdict};

use super::quality::LONG_CHARS;
use super::{is_kept, Scoring};

/// In the main run, the page's title line, a byline, date or caption costs this many
/// characters of body (little: they head an article, but a list of teasers repeats them)...
const RUN_PENALTY_HEAD: f32 = 5.0;

/// ...an unlabelled dropped block this many characters of body...
const RUN_PENALTY_UNLABELLED: f32 = 10.0;

/// ...and a block labelled chaff (related, share, subscription...) this many.
const RUN_PENALTY_LABELLED: f32 = 40.0;

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
    let (mut best, mut best_range) = (0.0f32, None);
    let (mut sum, mut start) = (0.0f32, 0);
    for i in 0..verdicts.len() {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += weight(i);
        if sum > best {
            best = sum;
            best_range = Some(start..=i);
        }
    }
    let Some(range) = best_range else { return };
    for (i, slot) in verdicts.iter_mut().enumerate() {
        if !range.contains(&i) && is_kept(slot) {
            *slot = Some(Verdict::new(Label::Boilerplate, Rule::MainRun, "outside the main run of body text"));
        }
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;

    #[test]
    fn a_short_story_under_its_headline_outweighs_a_longer_footer_blurb() {
        let story = "The new bridge over the river opened on Tuesday morning, three months later than the council had promised, and the first buses crossed it before nine o'clock.";
        let second = "Cyclists will have to wait until the spring for their own lane, which the council says is still being designed by the engineers.";
        let footer = format!("{PARAGRAPH} {PARAGRAPH}");
        let links: String = (1..=70).map(|n| format!("Section {n}\n")).collect();
        let input = format!("Bridge opens over the river\n\nHome\n\nBridge opens over the river\n\n{story}\n\n{second}\n\n{links}\n{footer}\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, story), Label::Body);
        assert_eq!(label_of(&labels, second), Label::Body);
        assert!(!label_of(&labels, &footer).is_kept());
    }
}
