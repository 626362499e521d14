//! Pass 9, **gaps and grids** (text; the list of titles on HTML too): a text
//! page's article is one stretch of the page, and some pages are listings.
//! What only the prose rules dropped between body blocks is body; a grid of
//! cards under a short intro is the page's content, and on any page so is a
//! list of item titles where no more prose than an intro was kept.
//!
//! `note_prose_dropped` runs before the tail pass (whose sections relabel
//! what follows the body, so that a grid may go on past a newsletter box
//! inside it) and fills `Scoring::prose_dropped` from `verdicts` and
//! `matched_pattern`; the two others read it and `features`, and refine `verdicts`.

use rustc_hash::FxHashMap;

use crate::blocks::Label;
use crate::model::{Rule, Verdict};
use crate::patterns::heads_the_asker;

use super::no_article::SENTENCE_MIN_WORDS;
use super::{has_label, is_kept, Scoring};

/// A listing's grid on a text page: a detail line (price, rating, count) has at most
/// this many words, its shape recurs at least `CARD_MIN_DETAILS` times, and a card
/// spans at most `CARD_MAX_LINES` lines from one detail to the next. A shop's
/// card in text runs to ten lines and more (name, blurb, "Original price was:
/// $30.00. Current price is: $21.00.", "Quick view", "Qty:", "Add to cart", a
/// discount, its categories). (From 8 words and 6 lines: text track tune
/// +0.0031, check +0.0025; collections tune +0.037, check +0.019. The tune
/// half is flat from 12 to 20 lines; 30 lines gains less.)
const CARD_DETAIL_MAX_WORDS: usize = 16;

const CARD_MIN_DETAILS: usize = 4;

const CARD_MAX_LINES: usize = 20;

/// Notes the blocks that only the prose rules dropped: boilerplate that no
/// text pattern matched, with words in it.
pub(super) fn note_prose_dropped(s: &mut Scoring) {
    s.prose_dropped = (0..s.verdicts.len())
        .map(|i| has_label(&s.verdicts[i], Label::Boilerplate) && !s.matched_pattern[i] && s.features[i].has_alphanumeric)
        .collect();
}

/// A text page's article is one stretch of the page. Between two body
/// blocks, a gap that only the prose rules dropped (`prose_dropped`: no pattern
/// labelled it) is the article's own: list items, a table's rows, a code
/// sample, a crosshead too short to vouch for itself. A gap that also holds
/// labelled chaff (a related box, a byline, a caption) is an inset: of it,
/// only the blocks that end a sentence are the article's. Blocks with no
/// words (a lone bullet) take neither side.
pub(super) fn fill_body_gaps(s: &mut Scoring) {
    if !s.on(Rule::BodyGaps) {
        return;
    }
    let (features, prose_dropped, verdicts) = (&s.features, &s.prose_dropped, &mut s.verdicts);
    let mut previous_kept = None;
    for i in 0..verdicts.len() {
        if !is_kept(&verdicts[i]) {
            continue;
        }
        if let Some(start) = previous_kept {
            let gap = start + 1..i;
            let plain = gap.clone().all(|j| prose_dropped[j] || !features[j].has_alphanumeric);
            for j in gap.filter(|&j| prose_dropped[j] && (plain || features[j].sentence_end)) {
                verdicts[j] = Some(Verdict::new(Label::Body, Rule::BodyGaps, "inside the body"));
            }
        }
        previous_kept = Some(i);
    }
}

/// A card's detail line with its figures masked: "20 reviews / 5 average"
/// and "161 reviews / 4.9 average" are both "# reviews / #.# average".
fn card_shape(text: &str) -> String {
    let mut shape = String::with_capacity(text.len());
    let mut in_figure = false;
    for c in text.chars() {
        let is_digit = c.is_ascii_digit();
        if is_digit && !in_figure {
            shape.push('#');
        } else if !is_digit {
            shape.extend(c.to_lowercase());
        }
        in_figure = is_digit;
    }
    shape
}

/// A text page may be a listing: a short intro, then a grid of cards, each
/// a name and a detail line with figures (a price, "84 reviews / 5 average").
/// The details repeat one shape down the grid; no prose vouches for them, so
/// the prose rules dropped them (`prose_dropped`). When such a grid starts
/// anywhere up to right under the body's last block (above the body too: a
/// shop's grid often stands over a short text) and holds more text than the
/// body, the grid is the page's content. (Not above the body: text tune
/// -0.0027, check -0.0036, collections and listings losing most.) Dates and bylines are not details: a news story
/// followed by dated teasers is not a listing.
pub(super) fn keep_card_grid(s: &mut Scoring) {
    if !s.on(Rule::CardGrid) {
        return;
    }
    let (page, features, prose_dropped, verdicts) = (s.page, &s.features, &s.prose_dropped, &mut s.verdicts);
    // A question and its answers read as text repeat their writers' cards
    // ("14.6k 20 20 gold badges 83 83 silver badges"), figures and all, as
    // a listing's cards repeat their details: a page that prints the card
    // over its question's asker is a thread, not a listing.
    if s.switches.on(Rule::QuestionThread) && page.blocks.iter().any(|b| heads_the_asker(&b.text)) {
        return;
    }
    let Some(last_kept) = verdicts.iter().rposition(is_kept) else { return };
    let has_figure = |i: usize| page.blocks[i].text.contains(|c: char| c.is_ascii_digit());
    let shapes: Vec<Option<String>> = (0..verdicts.len())
        .map(|i| (prose_dropped[i] && features[i].words <= CARD_DETAIL_MAX_WORDS && has_figure(i)).then(|| card_shape(&page.blocks[i].text)))
        .collect();
    let mut repeats: FxHashMap<&str, usize> = FxHashMap::default();
    for shape in shapes.iter().flatten() {
        *repeats.entry(shape).or_default() += 1;
    }
    let details: Vec<usize> = (0..verdicts.len())
        .filter(|&i| shapes[i].as_deref().is_some_and(|shape| repeats[shape] >= CARD_MIN_DETAILS))
        .collect();
    let body_chars: usize = (0..verdicts.len()).filter(|&i| is_kept(&verdicts[i])).map(|i| features[i].chars).sum();
    // Grids: runs of details at most a card apart; each starts at its first card's name.
    let mut grids = Vec::new();
    let mut first = 0;
    for k in 1..=details.len() {
        if k < details.len() && details[k] - details[k - 1] <= CARD_MAX_LINES {
            continue;
        }
        if k - first >= CARD_MIN_DETAILS {
            grids.push(details[first].saturating_sub(1)..=details[k - 1]);
        }
        first = k;
    }
    for grid in grids {
        let grid_chars: usize = grid.clone().map(|i| features[i].chars).sum();
        if *grid.start() > last_kept + 1 || grid_chars <= body_chars {
            continue;
        }
        for i in grid.filter(|&i| prose_dropped[i]) {
            verdicts[i] = Some(Verdict::new(Label::Body, Rule::CardGrid, "card in a listing's grid"));
        }
    }
}

/// A listing printed as text: a page whose prose is a short intro at most,
/// and whose bulk is a list of item titles ("20 Monday Night Dinner Recipes
/// You'll Come Back to Again and Again"), with their blurbs and details
/// between them. Menus are lists of short lines too, but of one to three
/// words; titles have `LISTED_TITLE_MIN_WORDS` or more.
const LISTING_MAX_KEPT_CHARS: usize = 1000;

/// A listed item's title: at least this many words, and at most `LISTED_TITLE_MAX_WORDS`.
const LISTED_TITLE_MIN_WORDS: usize = 4;
const LISTED_TITLE_MAX_WORDS: usize = 20;

/// A list holds at least this many titles, each at most `LISTED_TITLE_GAP` blocks from the last.
const LISTING_MIN_TITLES: usize = 6;
const LISTED_TITLE_GAP: usize = 10;

/// A list with a date or a byline for every third title or more is a feed of
/// teasers or comments, not a listing.
const LISTING_MAX_STAMPED_SHARE: usize = 3;

/// On a page that kept less than `LISTING_MAX_KEPT_CHARS` of text and one
/// paragraph at most (a short story's teasers are no listing), a list of
/// item titles is the page's content, with what lies between them (blurbs,
/// prices, dates). A list ends at a block that a text pattern labelled as a
/// related, menu, subscription, legal or comments header; on HTML, a block
/// that the markup placed in a menu, a footer or a sidebar is no title. (On
/// HTML the container usually finds a listing's cards; this catches the pages
/// where it settled on a short intro beside them: a table of links, a
/// catalogue's rows.)
pub(super) fn keep_title_list(s: &mut Scoring) {
    if !s.on(Rule::TitleList) {
        return;
    }
    let (page, features, matched_pattern, verdicts) = (s.page, &s.features, &s.matched_pattern, &mut s.verdicts);
    // The page's prose: at most an intro, of one paragraph.
    let kept = || (0..verdicts.len()).filter(|&i| is_kept(&verdicts[i]));
    let kept_chars: usize = kept().map(|i| features[i].chars).sum();
    // (Scripts without spaces have few "words": a full stop marks their sentences.)
    let paragraphs = kept().filter(|&i| features[i].sentence_end && (features[i].words >= SENTENCE_MIN_WORDS || features[i].cjk)).count();
    if kept_chars >= LISTING_MAX_KEPT_CHARS || paragraphs > 1 {
        return;
    }
    let label = |i: usize| verdicts[i].as_ref().map(|v| v.label);
    let in_hinted_region = |i: usize| verdicts[i].as_ref().is_some_and(|v| v.decided_by.pass() == "hints");
    let is_title = |i: usize| {
        (LISTED_TITLE_MIN_WORDS..=LISTED_TITLE_MAX_WORDS).contains(&features[i].words) && !matched_pattern[i] && label(i) != Some(Label::Title) && !in_hinted_region(i)
    };
    let ends_list = |i: usize| {
        matched_pattern[i]
            && matches!(label(i), Some(Label::Related | Label::Navigation | Label::Subscription | Label::Legal | Label::Comments))
    };
    let mut lists = Vec::new();
    let mut i = 0;
    while i < page.blocks.len() {
        if !is_title(i) {
            i += 1;
            continue;
        }
        let (start, mut last, mut titles) = (i, i, 0);
        let mut j = i;
        while j < page.blocks.len() && j - last <= LISTED_TITLE_GAP && !ends_list(j) {
            if is_title(j) {
                titles += 1;
                last = j;
            }
            j += 1;
        }
        // Titles dated or signed are teasers of stories or comments: a
        // newsroom's feed under a short story, a blog post's replies.
        let stamped = (start..=last).filter(|&k| matches!(label(k), Some(Label::Date | Label::Byline))).count();
        if titles >= LISTING_MIN_TITLES && stamped * LISTING_MAX_STAMPED_SHARE < titles {
            lists.push(start..=last);
        }
        i = last + 1;
    }
    for i in lists.into_iter().flatten() {
        if !is_kept(&verdicts[i]) && features[i].has_alphanumeric {
            verdicts[i] = Some(Verdict::new(Label::Body, Rule::TitleList, "in a list of item titles, the page's content"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::test_support::*;

    #[test]
    fn a_grid_of_cards_under_a_short_intro_is_the_content() {
        let intro = "Our favourite recipes for the air fryer, tested in our kitchen and loved by readers.";
        let cards = recipe_cards(&["Crispy Tofu", "Honey Chicken Skewers", "Salmon Bites", "Smashed Potatoes", "Chicken Tenders"]);
        let labels = labels_of_text(&format!("Air Fryer Recipes\n\n{intro}\n\n{cards}About us\n"));
        for line in [intro, "Crispy Tofu", "10 reviews / 4.0 average", "Chicken Tenders", "14 reviews / 4.4 average"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert!(!label_of(&labels, "About us").is_kept());
    }

    /// Recipe cards: a name, then "N reviews / 4.N average".
    #[test]
    fn a_shops_grid_of_long_cards_with_long_price_lines_is_the_content() {
        let intro = "Everything you need for a weekend in the bush, from cooking sets to travel bags.";
        let card = |n: usize, name: &str| {
            format!(
                "-30%\nOn Sale / Outdoor Gear\n\n{name}\n\nA great solution for keeping your gear in one place…\n\
                 Original price was: ${0}.00. Current price is: ${1}.00. Exc. Freight & Taxes\nQuick view Compare\nQty:\nAdd to cart\n\n",
                30 + n,
                21 + n
            )
        };
        let names = ["Gear Bag Large", "Gear Bag Small", "Cutlery Roll Canvas", "Dining Set Six Place", "Camp Kettle Steel"];
        let cards: String = names.iter().enumerate().map(|(n, name)| card(n, name)).collect();
        let page = crate::text::segment(&format!("Outdoor Gear\n\n{intro}\n\n{cards}About us\n")).unwrap();
        // Without the list of titles, which keeps some such grids too.
        let switches = switches_without(&["grids/title-list"]);
        for line in ["Gear Bag Small", "Original price was: $31.00. Current price is: $22.00. Exc. Freight & Taxes", "Camp Kettle Steel"] {
            assert_eq!(label_in(&page, crate::score::Declared::default(), switches, line), Label::Body, "{line}");
        }
    }

    fn recipe_cards(names: &[&str]) -> String {
        names.iter().enumerate().map(|(n, name)| format!("{name}\n{} reviews / 4.{n} average\n\n", 10 + n)).collect()
    }

    #[test]
    fn a_grid_of_cards_goes_on_after_a_newsletter_box_inside_it() {
        let intro = "Our favourite recipes for the air fryer, tested in our kitchen and loved by readers.";
        let before = recipe_cards(&["Crispy Tofu", "Honey Chicken Skewers", "Salmon Bites", "Smashed Potatoes"]);
        let after = recipe_cards(&["Garlic Beef Skewers", "Roast Broccoli", "Buffalo Cauliflower", "Chicken Thighs"]);
        let input = format!("Air Fryer Recipes\n\n{intro}\n\n{before}Sign up for email updates\n\n{after}");
        let labels = labels_of_text(&input);
        for line in ["Crispy Tofu", "Garlic Beef Skewers", "Chicken Thighs", "13 reviews / 4.3 average"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
        assert_eq!(label_of(&labels, "Sign up for email updates"), Label::Subscription);
    }

    #[test]
    fn dated_teasers_after_a_short_story_are_not_a_grid() {
        let places = ["Dover", "Brighton", "Hastings", "Margate", "Whitstable", "Folkestone", "Eastbourne", "Worthing"];
        let teasers: String = places.iter().enumerate().map(|(n, place)| format!("11/{n}/2019 01:14 PM\n\nStorm hits the seafront at {place}\n\nBy Reuters\n\n")).collect();
        let labels = labels_of_text(&format!("Title line\n\n{PARAGRAPH}\n\n{teasers}"));
        assert_eq!(label_of(&labels, PARAGRAPH), Label::Body);
        for place in places {
            assert!(!label_of(&labels, &format!("Storm hits the seafront at {place}")).is_kept(), "{place}");
        }
    }

    #[test]
    fn a_gap_only_the_prose_rules_dropped_is_the_body() {
        let items = "Transcript analysis, course selection, test planning, activity review, college list";
        let input = format!("Title line\n\n{PARAGRAPH}\n\nWhat the package holds\n\n{items}\nTwo interview workshops\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        for line in ["What the package holds", items, "Two interview workshops"] {
            assert_eq!(label_of(&labels, line), Label::Body, "{line}");
        }
    }

    /// Once, a question and its answers read as text kept every writer's
    /// card ("1,234 5 5 silver badges 10 10 bronze badges"), vote counts and
    /// names, taken for a listing's grid.
    #[test]
    fn a_questions_writers_cards_are_no_listings_grid() {
        let answer = "Wipe on a very thin coat of shortening, wipe it off again, and bake the pan upside down at 450°F for an hour.";
        let card = |n: usize| format!("{n},234 5 5 silver badges 1{n} 1{n} bronze badges");
        let answers: String = (1..=4).map(|n| format!("{n}\n\n{answer} Tip {n}.\n\nanswered Feb 12, 2011 at 8:1{n}\nwriter_{n}\n{}\n\n", card(n))).collect();
        let page = |asked: &str| format!("Seasoning a cast iron pan\n\n{PARAGRAPH}\n\n{asked}\nann_lee\n{}\n\n4 Answers\n\n{answers}", card(9));
        let question = page("asked Feb 11, 2011 at 23:49");
        let labels = labels_of_text(&question);
        assert!(!label_of(&labels, &card(2)).is_kept());
        let all_on = crate::text::segment(&question).unwrap();
        assert_eq!(label_without(&all_on, &card(2), "grids/question-thread"), Label::Body);
        // Near miss: without the asked card the same page reads as a grid.
        let labels = labels_of_text(&page("posted Feb 11, 2011 at 23:49"));
        assert_eq!(label_of(&labels, &card(2)), Label::Body);
    }

    #[test]
    fn a_gap_with_labelled_chaff_keeps_only_its_sentences() {
        let headlines = "Mayor opens the old bridge to cyclists, walkers, buses, taxis and delivery vans";
        let sentence = "The vote was close.";
        let input = format!("Title line\n\n{PARAGRAPH}\n\nBy Jane Doe\n\n{headlines}\n\n{sentence}\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert!(!label_of(&labels, headlines).is_kept());
        assert_eq!(label_of(&labels, sentence), Label::Body);
    }

    #[test]
    fn a_code_sample_between_body_paragraphs_is_kept_on_a_text_page() {
        let sample = "let total = items.iter().map(|item| item.price).sum::<u32>(); println!(\"{total}\");";
        let input = format!("Home\n\n{PARAGRAPH}\n\n{sample}\n\nThe total is then printed, and the council can check it against the budget it agreed.\n\n{sample}\n\n{PARAGRAPH} Again.\n");
        let labels = labels_of_text(&input);
        assert_eq!(label_of(&labels, sample), Label::Body);
        assert_eq!(label_of(&labels, "The total is then printed, and the council can check it against the budget it agreed."), Label::Body);
    }

    #[test]
    fn a_list_of_item_titles_under_a_short_intro_is_the_content() {
        let intro = "What's for dinner? Take the work out of the question with these popular recipes.";
        let menu = "Home\nRecipes\nNews\nAbout Us\nMagazine\nLog In\n\n";
        let titles = ["The Five Best Easy Beef Taco Recipes", "Easy Make-Ahead Dinner Recipes for Busy Weeks", "Monday Night Dinners You Will Come Back To", "Seriously Delicious Chicken Breast Recipes", "Casseroles You Did Not Know You Could Freeze", "Sheet Pan Dinners for the Whole Family"];
        let list: String = titles.iter().map(|t| format!("{t}\n\n")).collect();
        let labels = labels_of_text(&format!("Dinner Recipes\n\n{menu}{intro}\n\n{list}"));
        for title in titles {
            assert_eq!(label_of(&labels, title), Label::Body, "{title}");
        }
        assert!(!label_of(&labels, "Magazine").is_kept());
        // Under a story of two paragraphs, the same titles are teasers.
        let story = format!("Dinner Recipes\n\n{PARAGRAPH}\n\n{PARAGRAPH} Again.\n\n{list}");
        let labels = labels_of_text(&story);
        assert!(!label_of(&labels, titles[2]).is_kept());
        let page = crate::text::segment(&format!("Dinner Recipes\n\n{menu}{intro}\n\n{list}")).unwrap();
        assert!(!label_without(&page, titles[2], "grids/title-list").is_kept());
    }

    #[test]
    fn a_table_of_linked_titles_beside_a_short_intro_is_the_content_in_html_too() {
        let titles = ["What happened when two old rivals met again", "A new server that turns a laptop into a lab", "Show us a language where the GPU is a thread", "Turning real user sessions into test cases", "How a small team rebuilt the city's bus map", "Why the old bridge took forty years to replace"];
        let rows: String = titles.iter().enumerate().map(|(n, t)| format!("<tr><td>{}.</td><td><a href=/item{n}>{t}</a> (example.com)</td></tr>", n + 1)).collect();
        let html = format!(
            "<html><body><nav><a href=/>Home</a> <a href=/new>New</a> <a href=/jobs>Jobs</a></nav>\
             <div class=intro><p>These are the newest links that readers have sent in today.</p></div><table>{rows}</table>\
             <footer><a href=/faq>Frequently asked questions about the site and its rules</a></footer></body></html>"
        );
        let row = format!("{} (example.com)", titles[3]);
        assert!(html_label(&html, &row).is_kept());
        assert!(!html_label(&html, "Frequently asked questions about the site and its rules").is_kept());
        let page = crate::html::segment(&html, &crate::Options::default()).unwrap();
        assert!(!label_without(&page, &row, "grids/title-list").is_kept());
    }
}
