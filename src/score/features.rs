//! Pass 1, **features**: what each block looks like, before anything about
//! its neighbours is known: length, words, link density, stopword density
//! (text pages only: on HTML the container decides), commas, whether it ends
//! like a sentence, its script, whether it reads like code.
//!
//! Fills `Scoring::features`.

use rustc_hash::FxHashSet;

use crate::blocks::{is_cjk, Block, Page};
use crate::model::{Rule, Switches};
use crate::patterns::{Languages, STOPWORDS, STOPWORD_LANGUAGES};

use super::quality::{SHORT_CHARS, STOPWORDS_LOW};
use super::Scoring;

/// Measures every block of the page; on a text page, with the stopwords of
/// its language. Tells from the same sample of its text the languages its
/// text patterns are read in.
pub(super) fn measure(s: &mut Scoring) {
    let text_page = s.page.elements.is_empty();
    let sample = language_sample(s.page);
    s.languages = table_languages(&sample, s.declared.language, s.switches);
    let stopwords = text_page.then(|| Stopwords::for_page(&sample, s.on(Rule::PageLanguageStopwords)));
    s.features = s.page.blocks.iter().map(|block| features(block, stopwords.as_ref())).collect();
}

/// The page's language is told from up to this many bytes of its longer
/// lines (a paragraph, not a menu's words)...
const LANGUAGE_SAMPLE_BYTES: usize = 2_000;

/// ...and from its shorter lines too when the longer ones hold fewer than this.
const LANGUAGE_SAMPLE_MIN_BYTES: usize = 200;

/// The stopwords a text page's blocks are counted against: the merged lists
/// of [`STOPWORDS`], and the list of the page's own language when it is none
/// of those (Polish, Czech, Greek, Ukrainian, Vietnamese, Arabic, Hindi...):
/// without it, a page's paragraphs in such a language read as no prose.
/// Such a list catches fewer of its prose's words than the merged lists
/// catch of English (Arabic and Hebrew join their articles and conjunctions
/// to the next word; Ukrainian's list is short), so on such a page a shorter
/// sentence with few stopwords may be prose too ([`Features::sparse_stoplist`]).
pub(super) struct Stopwords {
    page_language: FxHashSet<&'static str>,
}

impl Stopwords {
    /// The merged lists alone.
    pub(super) fn merged() -> Stopwords {
        Stopwords { page_language: FxHashSet::default() }
    }

    /// The merged lists, and those of the language of a page's `sample`
    /// when it can be told and `by_language` (the rule is on).
    fn for_page(sample: &str, by_language: bool) -> Stopwords {
        let list = by_language.then(|| page_language(sample)).flatten().and_then(|code| {
            let merged = STOPWORD_LANGUAGES.contains(&code.as_str());
            (!merged).then(|| stop_words::lookup(&code)).flatten()
        });
        Stopwords { page_language: list.into_iter().flatten().copied().collect() }
    }

    fn contains(&self, word: &str) -> bool {
        STOPWORDS.contains(word) || self.page_language.contains(word)
    }
}

/// Up to `LANGUAGE_SAMPLE_BYTES` of `page`'s longer lines, or of all its
/// lines where the longer ones hold fewer than `LANGUAGE_SAMPLE_MIN_BYTES`:
/// what its language is told from.
fn language_sample(page: &Page) -> String {
    let mut sample = String::new();
    for long_lines_only in [true, false] {
        sample.clear();
        for block in page.blocks.iter().filter(|b| !long_lines_only || b.text.len() >= SHORT_CHARS) {
            if sample.len() >= LANGUAGE_SAMPLE_BYTES {
                break;
            }
            crate::meta::language::add_to_sample(&mut sample, &block.text, LANGUAGE_SAMPLE_BYTES);
        }
        if sample.len() >= LANGUAGE_SAMPLE_MIN_BYTES {
            break;
        }
    }
    sample
}

/// The languages a page's text patterns are read in: English alone where its
/// text (its `sample`) reads as English and it declares no other language (`declared`: its
/// markup's tag, or its transport's; a German site's footer says
/// "Impressum" under a story in English); every language the tables know
/// otherwise, a German story under a template's `lang="en"` included
/// (`evidence/english-tables`).
fn table_languages(sample: &str, declared: Option<&str>, switches: Switches) -> Languages {
    let declares_other = declared.and_then(crate::meta::language::declared).is_some_and(|tag| tag != "en" && !tag.starts_with("en-"));
    if switches.on(Rule::EnglishTables) && !declares_other && crate::meta::language::reads_as(sample, "en") {
        Languages::English
    } else {
        Languages::All
    }
}

/// The language a page is written in, as an ISO 639-1 code where it has one,
/// when its `sample` tells it reliably and the merged lists do not already
/// read its longer lines as prose (as they do on nine pages in ten of wcxb:
/// the language is told only where it matters).
fn page_language(sample: &str) -> Option<String> {
    let merged = Stopwords::merged();
    let (words, stopwords) = count_stopwords(sample, |word| merged.contains(word));
    if stopwords as f32 >= STOPWORDS_LOW * words as f32 {
        return None;
    }
    crate::meta::language::told_by_text(sample)
}

/// The words of `text`: runs of letters, digits and apostrophes.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty())
}

/// How many words `text` has, and how many of them `is_stopword` accepts,
/// each asked in lower case.
pub(crate) fn count_stopwords(text: &str, mut is_stopword: impl FnMut(&str) -> bool) -> (usize, usize) {
    let (mut total, mut stopwords) = (0, 0);
    let mut lower = String::new();
    for word in words(text) {
        total += 1;
        let stopword = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            is_stopword(lower.as_str())
        } else {
            is_stopword(word)
        };
        stopwords += usize::from(stopword);
    }
    (total, stopwords)
}

/// What ends a sentence: Latin and CJK stops, and those of Devanagari,
/// Arabic and Urdu, Armenian, Ethiopic and Burmese.
pub(crate) const FULL_STOPS: [char; 16] = ['.', '!', '?', '…', '。', '！', '？', ':', ';', '।', '॥', '؟', '۔', '։', '።', '။'];

/// A block of at least this many characters with this share of brackets, operators
/// and underscores is code.
const CODE_MIN_CHARS: usize = 20;

const CODE_MIN_SYMBOL_SHARE: f32 = 0.04;

/// What a block looks like, before anything about its neighbours is known.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Features {
    pub(super) chars: usize,
    pub(super) words: usize,
    pub(super) link_density: f32,
    pub(super) stopword_density: f32,
    pub(super) commas: usize,
    /// Ends with one of `FULL_STOPS`, a closing quote after one, or a credit in brackets after one.
    pub(super) sentence_end: bool,
    /// Written in a script without spaces between words.
    pub(super) cjk: bool,
    /// Its stopwords were counted with its page's own language's list, which
    /// catches fewer of a sentence's words (see [`Stopwords`]).
    pub(super) sparse_stoplist: bool,
    pub(super) has_alphanumeric: bool,
    /// Reads like source code: brackets, operators and underscores well above prose's share.
    pub(super) code: bool,
}

/// What `block` looks like; its stopword share only when given a `stoplist`.
pub(super) fn features(block: &Block, stoplist: Option<&Stopwords>) -> Features {
    let text = &block.text;
    let chars = text.chars().count();
    let (words, stopwords) = match stoplist {
        Some(stoplist) => count_stopwords(text, |word| stoplist.contains(word)),
        None => (words(text).count(), 0),
    };
    let cjk_chars = if text.is_ascii() { 0 } else { text.chars().filter(|&c| is_cjk(c)).count() };
    let trimmed = text.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    let ends_sentence = |t: &str| t.ends_with(FULL_STOPS);
    // "... by the end of the year. (Reuters)": a credit in brackets after the last full stop.
    let credit_after_stop = text.ends_with(')') && trimmed.rfind('(').is_some_and(|open| ends_sentence(trimmed[..open].trim_end()));
    Features {
        chars,
        words,
        link_density: if chars == 0 { 0.0 } else { block.link_chars as f32 / chars as f32 },
        stopword_density: if words == 0 { 0.0 } else { stopwords as f32 / words as f32 },
        commas: text.chars().filter(|&c| matches!(c, ',' | '，' | '、')).count(),
        sentence_end: ends_sentence(trimmed) || credit_after_stop,
        cjk: cjk_chars * 3 > chars,
        sparse_stoplist: stoplist.is_some_and(|stoplist| !stoplist.page_language.is_empty()),
        has_alphanumeric: text.chars().any(char::is_alphanumeric),
        code: looks_like_code(text, chars),
    }
}

/// Whether `text` reads like source code: prose uses brackets sparingly and
/// `=`, `;`, `{}` and underscores hardly ever; code uses them on every line.
/// (Brackets alone are a table of figures, angle brackets Korean title quotes.)
pub(crate) fn looks_like_code(text: &str, chars: usize) -> bool {
    // The symbols are ASCII, so their bytes are counted: no UTF-8 byte but an ASCII one is below 0x80.
    let is_operator = |b: &u8| matches!(b, b'{' | b'}' | b'=' | b';' | b'_');
    let has_operator = || text.bytes().any(|b| is_operator(&b));
    let symbols = || text.bytes().filter(|b| is_operator(b) || matches!(b, b'(' | b')' | b'[' | b']')).count();
    chars >= CODE_MIN_CHARS && has_operator() && symbols() as f32 >= CODE_MIN_SYMBOL_SHARE * chars as f32
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Switches;
    use crate::score::test_support::*;
    use crate::score::Declared;

    #[test]
    fn sentences_end_in_the_stops_of_other_scripts_and_before_a_credit() {
        let block = |text: &str| Block::text_line(text.into(), 1, true);
        for sentence in ["The bridge will open next spring. (Reuters)", "पुल अगले साल खुलेगा।", "سيفتتح الجسر في الربيع؟", "He said it was \"done.\""] {
            assert!(features(&block(sentence), Some(&Stopwords::merged())).sentence_end, "{sentence}");
        }
        for line in ["Bridge opening (photos)", "The bridge (and the road", "Save this event: Tech Talk Replay"] {
            assert!(!features(&block(line), Some(&Stopwords::merged())).sentence_end, "{line}");
        }
    }

    /// Three paragraphs of a Greek story, written for this test.
    const GREEK: [&str; 3] = [
        "Το δημοτικό συμβούλιο διαφωνούσε για το κόστος επί πολλούς μήνες, αλλά την Τρίτη το πρωί τα πρώτα λεωφορεία πέρασαν από τη νέα γέφυρα πριν από τις εννέα.",
        "Οι κάτοικοι περίμεναν αυτή τη στιγμή για πολύ καιρό, γιατί η παλιά γέφυρα ήταν κλειστή για τα φορτηγά και κάθε παράκαμψη μάκραινε τον δρόμο προς το κέντρο.",
        "Ο δήμαρχος είπε ότι αυτή είναι μόνο η αρχή και ότι του χρόνου η πόλη θέλει να φτιάξει και τους δρόμους που οδηγούν στη γέφυρα.",
    ];

    /// Once, a text page in a language that the merged stoplists leave out
    /// (Greek, Polish, Vietnamese, Arabic) read as no prose, and its article was lost.
    #[test]
    fn a_text_page_in_a_language_outside_the_merged_lists_counts_its_own_stopwords() {
        let input = format!("Γέφυρα | Εφημερίδα\n\nΑρχική\nΕιδήσεις\n\n{}\n\nΚαιρός\nΑθλητικά\n", GREEK.join("\n\n"));
        let page = crate::text::segment(&input).unwrap();
        assert!(Stopwords::for_page(&language_sample(&page), true).contains("και"));
        assert!(!Stopwords::for_page(&language_sample(&page), false).contains("και"));
        for paragraph in GREEK {
            assert_eq!(label_in(&page, Declared::default(), Switches::default(), paragraph), Label::Body, "{paragraph}");
            assert!(!label_without(&page, paragraph, "features/page-language-stopwords").is_kept(), "{paragraph}");
        }
    }

    /// Hebrew joins its articles and conjunctions to the next word: its
    /// list catches a fifth of a sentence's words, and a short paragraph
    /// read as no prose until its page's list made it sparse prose.
    #[test]
    fn a_text_page_in_hebrew_keeps_its_shorter_paragraphs() {
        let hebrew = [
            "מועצת העיר התווכחה על העלויות במשך חודשים רבים, אבל ביום שלישי בבוקר האוטובוסים הראשונים חצו את הגשר החדש עוד לפני השעה תשע.",
            "התושבים חיכו לרגע הזה זמן רב, כי הגשר הישן היה סגור למשאיות וכל עקיפה האריכה את הדרך אל מרכז העיר ברבע שעה.",
            "ראש העיר אמר שזו רק ההתחלה ושבשנה הבאה העירייה רוצה לתקן גם את הרחובות שמובילים אל הגשר.",
        ];
        let page = crate::text::segment(&format!("גשר | עיתון\n\nראשי\nחדשות\n\n{}\n\nמזג האוויר\n", hebrew.join("\n\n"))).unwrap();
        for paragraph in hebrew {
            assert_eq!(label_in(&page, Declared::default(), Switches::default(), paragraph), Label::Body, "{paragraph}");
            assert!(!label_without(&page, paragraph, "features/page-language-stopwords").is_kept(), "{paragraph}");
        }
    }

    #[test]
    fn a_page_the_merged_lists_read_as_prose_takes_no_other_list() {
        // Czech's list holds "design"; an English page's "design" is no stopword.
        let english = crate::text::segment(&format!("{PARAGRAPH}\n\nOur design team\n")).unwrap();
        assert!(!Stopwords::for_page(&language_sample(&english), true).contains("design"));
        let german = crate::text::segment("Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke über den Fluss noch vor dem Ende des Jahres gebaut wird und die alte bis dahin offen bleibt.\n").unwrap();
        assert!(Stopwords::for_page(&language_sample(&german), true).page_language.is_empty());
    }

    #[test]
    fn code_is_told_from_prose_tables_and_title_quotes() {
        let code = |text: &str| looks_like_code(text, text.chars().count());
        assert!(code("from pydantic import BaseModel, Field class Model (BaseModel): name: str = Field (frozen = True)"));
        assert!(code("const response = await fetch(url); if (!response.ok) { throw new Error(response.status); }"));
        assert!(!code(PARAGRAPH));
        assert!(!code("Travel delay $300 (per insured) $800 (per insured) $1,600 (per insured)"));
        assert!(!code("주말 밤 9시 MBC는 이유리 주연의 <숨바꼭질>로 승부를 보고 있다."));
    }
}
