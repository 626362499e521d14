//! Pass 1, **features**: what each block looks like, before anything about
//! its neighbours is known: length, words, link density, stopword density
//! (text pages only: on HTML the container decides), commas, whether it ends
//! like a sentence, its script, whether it reads like code.
//!
//! Fills `Scoring::features`.

use crate::blocks::{is_cjk, Block};
use crate::patterns::STOPWORDS;

use super::Scoring;

/// Measures every block of the page.
pub(super) fn measure(s: &mut Scoring) {
    let text_page = s.page.elements.is_empty();
    s.features = s.page.blocks.iter().map(|block| features(block, text_page)).collect();
}

/// What ends a sentence: Latin and CJK stops, and those of Devanagari,
/// Arabic and Urdu, Armenian, Ethiopic and Burmese.
const FULL_STOPS: [char; 16] = ['.', '!', '?', '…', '。', '！', '？', ':', ';', '।', '॥', '؟', '۔', '։', '።', '။'];

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
    pub(super) has_alphanumeric: bool,
    /// Reads like source code: brackets, operators and underscores well above prose's share.
    pub(super) code: bool,
}

/// What `block` looks like; its stopword share only when `with_stopwords`.
pub(super) fn features(block: &Block, with_stopwords: bool) -> Features {
    let text = &block.text;
    let chars = text.chars().count();
    let mut words = 0;
    let mut stopwords = 0;
    let mut lower = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').filter(|w| !w.is_empty()) {
        words += 1;
        if !with_stopwords {
            continue;
        }
        let is_stopword = if word.chars().any(char::is_uppercase) {
            lower.clear();
            lower.extend(word.chars().flat_map(char::to_lowercase));
            STOPWORDS.contains(lower.as_str())
        } else {
            STOPWORDS.contains(word)
        };
        stopwords += usize::from(is_stopword);
    }
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
    use crate::score::test_support::*;

    #[test]
    fn sentences_end_in_the_stops_of_other_scripts_and_before_a_credit() {
        let block = |text: &str| Block::text_line(text.into(), 1, true);
        for sentence in ["The bridge will open next spring. (Reuters)", "पुल अगले साल खुलेगा।", "سيفتتح الجسر في الربيع؟", "He said it was \"done.\""] {
            assert!(features(&block(sentence), true).sentence_end, "{sentence}");
        }
        for line in ["Bridge opening (photos)", "The bridge (and the road", "Save this event: Tech Talk Replay"] {
            assert!(!features(&block(line), true).sentence_end, "{line}");
        }
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
