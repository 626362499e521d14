//! Properties that hold for any input: no panic, the same bytes every time,
//! and the cleaner only removes text, never invents or reorders it.

use dechaff::{InputKind, Options};
use proptest::prelude::*;

/// Bytes shaped like a scraped page: tags, words, punctuation and noise.
fn page_like() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("</div>".to_string()),
        Just("<a href=x>".to_string()),
        Just("</a>".to_string()),
        Just("\n\n".to_string()),
        Just("Photo: ".to_string()),
        Just("ALSO READ: ".to_string()),
        "[a-zA-Z]{1,9}( [a-z]{1,7}){0,12}[.,]? ",
        any::<u8>().prop_map(|b| char::from(b).to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat().into_bytes())
}

/// The letters and digits of `text`, nothing else: what a cleaner may keep of a line, in order.
fn letters_and_digits(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The page with its tags (`<p>`, `</a>`, `<div class="x">`) and comments
/// (`<!-- x -->`, and the bogus `<!x>`, which a parser reads as one) cut
/// out: the text a reader sees, joined.
fn without_tags(html: &str) -> String {
    static TAG: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"<!--[\s\S]*?-->|<![^>]*>|</?[A-Za-z][^>]*>").unwrap());
    TAG.replace_all(html, "").into_owned()
}

/// Each reading of `bytes` that cleans, as HTML and as text: the kind, the
/// article and the decoded page (decoding may repair double-encoded UTF-8,
/// "â€™" to "’", which its own test covers).
fn cleaned(bytes: &[u8]) -> Vec<(InputKind, dechaff::Article, String)> {
    let read = |input: InputKind| {
        let options = Options { input, ..Options::default() };
        let article = dechaff::clean(bytes, &options).ok()?;
        let source = dechaff::input::decode(bytes, &options).expect("a page that was cleaned decodes").text.into_owned();
        Some((input, article, source))
    };
    [InputKind::Html, InputKind::Text].into_iter().filter_map(read).collect()
}

/// The first line of the article's text that does not stand in `source`
/// (letters and digits compared) after the lines before it, if one does not.
fn line_out_of_order(article: &dechaff::Article, source: &str) -> Option<String> {
    let source = letters_and_digits(source);
    let mut from = 0;
    for line in dechaff::output::text(article, Default::default()).lines() {
        let line = letters_and_digits(line);
        match source[from..].find(&line) {
            Some(found) => from += found + line.len(),
            None => return Some(format!("{line:?} after byte {from}")),
        }
    }
    None
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for input in [InputKind::Auto, InputKind::Html, InputKind::Text] {
            if let Ok(article) = dechaff::clean(&bytes, &Options { input, ..Options::default() }) {
                let _ = dechaff::output::json(&article, Default::default());
            }
        }
    }

    #[test]
    fn output_is_deterministic(bytes in page_like()) {
        let first = dechaff::clean(&bytes, &Options::default()).map(|a| dechaff::output::json(&a, Default::default())).map_err(|e| e.to_string());
        let second = dechaff::clean(&bytes, &Options::default()).map(|a| dechaff::output::json(&a, Default::default())).map_err(|e| e.to_string());
        prop_assert_eq!(first, second);
    }

    #[test]
    fn every_output_line_stands_in_the_input_in_order(bytes in page_like()) {
        for (input, article, source) in cleaned(&bytes) {
            let source = if input == InputKind::Html { without_tags(&source) } else { source };
            let out_of_order = line_out_of_order(&article, &source);
            prop_assert!(out_of_order.is_none(), "{} does not stand in the input ({input:?})", out_of_order.unwrap_or_default());
        }
    }
}

/// A page's text on one line, as scrapers write it with nothing or a space
/// between its text nodes: words, capitalised words glued to the last
/// ("NewsSport") or, `spaced`, parted from it, sentence ends, quotes,
/// braces and noise, and no line break.
fn one_line_like(spaced: bool) -> impl Strategy<Value = String> {
    let capitalised = if spaced { "[A-Z][a-z]{1,8} " } else { "[A-Z][a-z]{1,8}" };
    let piece = prop_oneof![
        "[a-z]{1,9} ",
        capitalised,
        Just(". ".to_string()),
        Just("? \u{201c}".to_string()),
        Just("{\"k\":\"v\"}".to_string()),
        any::<char>().prop_filter("no line break", |c| *c != '\n' && *c != '\r').prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 300..1500).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The cuts of `context/run-together-text` and `context/one-line-text`
    /// part a line; they never repeat or reorder its text, nor invent any.
    #[test]
    fn a_line_cut_where_its_blocks_met_keeps_its_text_in_order(text in prop_oneof![one_line_like(false), one_line_like(true)]) {
        let options = Options { input: InputKind::Text, ..Options::default() };
        if let Ok(article) = dechaff::clean(text.as_bytes(), &options) {
            // (Decoding repairs C1 controls read as windows-1252, "\u{8a}" to "Š".)
            let source = dechaff::input::decode(text.as_bytes(), &options).expect("a page that was cleaned decodes").text;
            let out_of_order = line_out_of_order(&article, &source);
            prop_assert!(out_of_order.is_none(), "{} does not stand in the input", out_of_order.unwrap_or_default());
        }
    }
}

/// A page's `<title>` and body shaped like a header and its comments:
/// headlines, bylines in their many forms, dates, a comments section and
/// noise. (The title holds text only: markup inside a `<title>` is text.)
fn header_like() -> impl Strategy<Value = Vec<u8>> {
    let phrase = prop::sample::select(vec![
        " | ",
        "Posted by ",
        "By ",
        "Written by ",
        " on Friday December 19, 2025 @08:00PM ",
        " is the founder of ",
        "Joined: ",
        "Author ",
        "&amp;",
    ]);
    let text = prop_oneof![
        phrase.prop_map(str::to_string),
        "[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}",
        "[a-zA-Z]{1,9}( [a-z]{1,7}){0,12}[.,]? ",
    ];
    let tag = prop::sample::select(vec!["<h1>", "</h1>", "<p>", "</p>", "<div class=\"comments\">", "</div>", "\n\n"]);
    let markup = prop_oneof![tag.prop_map(str::to_string), any::<u8>().prop_map(|b| char::from(b).to_string())];
    let title = prop::collection::vec(text.clone(), 0..6).prop_map(|pieces| pieces.concat());
    let body = prop::collection::vec(prop_oneof![text, markup], 0..40).prop_map(|pieces| pieces.concat());
    (title, body).prop_map(|(title, body)| format!("<title>{title}</title>{body}").into_bytes())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The metadata names only what the page prints: every word of the
    /// title, the byline and each author stands in the decoded page
    /// (as printed, or with its entities decoded). And each of the title,
    /// the byline and the date has a source exactly when it has a value.
    #[test]
    fn the_title_and_byline_use_only_words_the_page_prints(bytes in header_like()) {
        for (input, article, source) in cleaned(&bytes) {
            // Tags part no words ("Aa</title>Aa" reads "AaAa"), nor do
            // control characters and soft hyphens, which no one sees. (A text
            // page's line that holds entities is read as markup too, as text
            // extracted with its markup left in is.)
            let visible = |c: &char| (!c.is_control() || c.is_whitespace()) && !matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}');
            let source: String = source.chars().filter(visible).collect();
            let untagged = without_tags(&source);
            // The metadata decodes entities twice over, as sites that encode
            // their `<meta>` content twice need ("&amp;#038;"): "&amp;Euml" reads "Ë".
            let decoded_twice: String = scraper::Html::parse_fragment(&source.replace("&amp;", "&")).root_element().text().collect();
            let readings = [source.replace("&amp;", "&"), untagged.replace("&amp;", "&"), decoded_twice, source, untagged];
            let meta = &article.meta;
            // Each field says where it came from, and only a field that is there.
            let sourced = [(&meta.title, &meta.sources.title), (&meta.byline, &meta.sources.byline), (&meta.date, &meta.sources.date)];
            for (value, source) in sourced {
                prop_assert_eq!(value.is_some(), source.is_some(), "{:?} from {:?} ({:?})", value, source, input);
            }
            let fields = meta.title.iter().chain(&meta.byline).chain(&meta.authors);
            for field in fields {
                // (A word may be cut from a longer one: a role glued to a name, "HabernyFounder".)
                for word in words(field) {
                    prop_assert!(readings.iter().any(|text| text.contains(&word)), "{word:?} of {field:?} is not in the page ({input:?})");
                }
            }
        }
    }
}

/// An article-like text page: prose paragraphs with chaff lines between them.
fn article_like() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec!["the", "council", "said", "that", "a", "bridge", "would", "be", "built", "over", "river", "and", "of", "in", "to", "road", "town", "year", "for", "with"]);
    let sentence = prop::collection::vec(word, 8..20).prop_map(|words| {
        let mut sentence = words.join(" ");
        sentence[..1].make_ascii_uppercase();
        sentence + "."
    });
    let paragraph = prop::collection::vec(sentence, 2..5).prop_map(|sentences| sentences.join(" "));
    let chaff = prop::sample::select(vec!["Share this article", "ALSO READ: Other news", "Advertisement", "Photo: Agency", "Next Story", "Home"]);
    let piece = prop_oneof![3 => paragraph, 1 => chaff.prop_map(str::to_string)];
    prop::collection::vec(piece, 3..12).prop_map(|pieces| format!("A Headline for the Page\n\n{}\n", pieces.join("\n\n")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn cleaning_the_output_again_changes_little(page in article_like()) {
        let text = Options { input: InputKind::Text, ..Options::default() };
        let once = dechaff::output::text(&dechaff::clean(page.as_bytes(), &text).unwrap(), Default::default());
        let twice = dechaff::output::text(&dechaff::clean(once.as_bytes(), &text).unwrap(), Default::default());
        let (once_words, twice_words) = (words(&once).len(), words(&twice).len());
        prop_assert!(twice_words * 10 >= once_words * 9, "{once_words} words became {twice_words}");
    }
}
