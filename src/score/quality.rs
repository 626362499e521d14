//! Pass 3, **quality**: jusText's classes of prose, from a block's length
//! and stopword share: good, near-good, short or bad. On a text page they
//! decide what the evidence leaves open; on HTML the container does.
//!
//! Reads `features`; fills `Scoring::quality`.

use crate::model::{Rule, Switches};

use super::features::Features;
use super::Scoring;

/// Below this many characters a block is short: its neighbours decide it.
pub(super) const SHORT_CHARS: usize = 70;

/// From this many characters, prose with enough stopwords is good on its own.
pub(super) const LONG_CHARS: usize = 200;

/// Stopword share of running prose; near-good from `STOPWORDS_LOW`, good from `STOPWORDS_HIGH`.
pub(super) const STOPWORDS_LOW: f32 = 0.30;
const STOPWORDS_HIGH: f32 = 0.32;

/// A long block of sentences is near-good down to this stopword share.
pub(super) const STOPWORDS_SPARSE: f32 = 0.15;

/// Scripts with no spaces between words count characters; this many make a long block...
const CJK_LONG_CHARS: usize = 40;

/// ...and a sentence of this many is near-good, as a Latin-script sentence
/// of `SHORT_CHARS` with its stopwords is: a word of Chinese or Japanese
/// takes two or three characters, one of English six with its space.
const CJK_SHORT_CHARS: usize = 20;

/// Near-good blocks ending a sentence, this many in a row, are good.
pub(super) const PROSE_RUN_BLOCKS: usize = 3;

/// Blocks with more of their text in links than this are link lists.
pub(super) const MAX_LINK_DENSITY: f32 = 0.5;

/// Grades every block. A short article may have no paragraph long enough to
/// be good on its own; then its best prose, the near-good blocks, stands in
/// (as in jusText).
pub(super) fn grade(s: &mut Scoring) {
    let mut quality: Vec<Quality> = s.features.iter().map(|f| quality_of(f, s.switches)).collect();
    if !quality.contains(&Quality::Good) && s.on(Rule::NearGoodStandIn) {
        for q in quality.iter_mut().filter(|q| **q == Quality::NearGood) {
            *q = Quality::Good;
        }
    }
    if s.on(Rule::ProseRuns) {
        promote_prose_runs(&s.features, &mut quality);
    }
    s.quality = quality;
}

/// jusText's classes of prose quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Quality {
    Good,
    NearGood,
    Short,
    Bad,
}

pub(super) fn quality_of(f: &Features, switches: Switches) -> Quality {
    if f.link_density > MAX_LINK_DENSITY {
        return Quality::Bad;
    }
    if f.code && switches.on(Rule::CodeSample) {
        // A code sample: not prose, but its neighbours say whether it is the article's.
        return Quality::Short;
    }
    if f.cjk {
        return match (f.chars >= CJK_LONG_CHARS, f.sentence_end) {
            (true, true) => Quality::Good,
            (true, false) => Quality::NearGood,
            (false, true) if f.chars >= CJK_SHORT_CHARS => Quality::NearGood,
            _ => Quality::Short,
        };
    }
    if f.chars < SHORT_CHARS {
        Quality::Short
    } else if f.chars >= LONG_CHARS && f.stopword_density >= STOPWORDS_HIGH {
        Quality::Good
    } else if f.stopword_density >= STOPWORDS_LOW {
        Quality::NearGood
    } else if (f.chars >= LONG_CHARS || f.sparse_stoplist) && f.sentence_end && f.stopword_density >= STOPWORDS_SPARSE && switches.on(Rule::SparseProse) {
        // Long sentences in a language whose stoplist catches fewer words (Russian, Finnish),
        // or any in a language with a list of its own (Arabic, Hebrew, Ukrainian):
        // not prose on their own, but their neighbours may vouch for them.
        Quality::NearGood
    } else {
        Quality::Bad
    }
}

/// News sites write in short paragraphs: no single one is long enough to be
/// good, but several sentences in a row are. Near-good blocks that end a
/// sentence, in a run of at least `PROSE_RUN_BLOCKS`, are good.
fn promote_prose_runs(features: &[Features], quality: &mut [Quality]) {
    let prose: Vec<bool> =
        quality.iter().zip(features).map(|(q, f)| matches!(q, Quality::NearGood | Quality::Good) && f.sentence_end).collect();
    let mut start = 0;
    for end in 0..=prose.len() {
        if end < prose.len() && prose[end] {
            continue;
        }
        if end - start >= PROSE_RUN_BLOCKS {
            for q in &mut quality[start..end] {
                *q = Quality::Good;
            }
        }
        start = end + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::features::{features, Stopwords};
    use crate::score::test_support::*;

    #[test]
    fn quality_follows_length_and_stopwords() {
        let block = |text: &str| Block::text_line(text.into(), 1, true);
        assert_eq!(quality_of(&features(&block(PARAGRAPH), Some(&Stopwords::merged())), Switches::default()), Quality::Good);
        assert_eq!(quality_of(&features(&block("Home News Sport"), Some(&Stopwords::merged())), Switches::default()), Quality::Short);
        assert_eq!(quality_of(&features(&block("Tags: Bridge Council Budget Roads River Transport Infrastructure Planning Elections Votes"), Some(&Stopwords::merged())), Switches::default()), Quality::Bad);
        // Long sentences with few stopwords: context decides.
        let sparse = "The Atkins diet has two phases. In the first phase, carbohydrate intake stays under twenty grams daily: leafy vegetables, cheese, eggs, fish, poultry, seafood. The second phase brings gradual carbohydrate increases, weekly weight checks, careful portion control, regular exercise.";
        assert_eq!(quality_of(&features(&block(sparse), Some(&Stopwords::merged())), Switches::default()), Quality::NearGood);
        assert_eq!(quality_of(&features(&block(sparse.trim_end_matches('.')), Some(&Stopwords::merged())), Switches::default()), Quality::Bad);
    }

    /// Once, a Chinese text page's closing sentence of 26 characters, beside
    /// the body, was short text away from it: an English sentence as long in
    /// words, 80 characters, was near-good and kept.
    #[test]
    fn a_cjk_sentence_of_twenty_characters_is_near_good() {
        let grade = |text: &str| quality_of(&features(&Block::text_line(text.into(), 1, true), Some(&Stopwords::merged())), Switches::default());
        assert_eq!(grade("自行车道将于明年春天开放，工程师们目前仍在进行设计工作。"), Quality::NearGood);
        let labels = labels_of_text(
            "新大桥正式通车\n\n经过三年的建设，横跨城市河流的新大桥于周二上午正式通车，第一批公交车在九点之前驶过了大桥。\n\n\
             居民们对此表示欢迎，因为旧桥禁止货车通行，每次绕行都要多花十五分钟才能到达市中心。\n\n自行车道将于明年春天开放，工程师们目前仍在进行设计工作。\n\n相关阅读\n足球比赛结果\n",
        );
        assert_eq!(label_of(&labels, "自行车道将于明年春天开放，工程师们目前仍在进行设计工作。"), Label::Body);
        // Near misses: a shorter sentence, a headline that ends no sentence.
        assert_eq!(grade("大桥周二通车。"), Quality::Short);
        assert_eq!(grade("天气预报：周末有雨，市中心新电影院开业，足球比赛结果"), Quality::Short);
    }

    #[test]
    fn near_good_prose_stands_in_when_no_paragraph_is_long() {
        let short = "The council met on Tuesday and agreed that the new bridge would be built this year.";
        let labels = labels_of_text(&format!("Title line\n\nHome\n\n{short}\n\nAnd it will open to traffic by the end of the next year.\n"));
        assert_eq!(label_of(&labels, short), Label::Body);
        assert_eq!(label_of(&labels, "Home"), Label::Navigation);
    }

    #[test]
    fn short_paragraphs_in_a_row_are_an_article_even_beside_one_long_block() {
        let short = [
            "The council met on Tuesday and agreed that the new bridge would be built before the end of the year.",
            "The old bridge will stay open until then, and the ferry will run on weekends for those who need it.",
            "Residents said they were pleased with the decision, though some worried about the cost to the town.",
            "Work is due to start in the spring, when the river is lower and the roads are quieter than they are now.",
        ];
        let long = "Popular now: the ten best walks in the hills and the valley, the new cafe on the square and its cakes, the school that won the prize for the science fair and the team that went to the national finals with the whole town behind it";
        let input = format!("Bridge vote\n\nHome\n\nNews\n\n{long}\n\nSubmit\n\nShare\n\nEmail\n\n{}\n", short.join("\n\n"));
        let labels = labels_of_text(&input);
        for paragraph in short {
            assert_eq!(label_of(&labels, paragraph), Label::Body, "{paragraph}");
        }
    }
}
