//! Language tags from what a page's transport declared: an HTTP
//! `Content-Language`, or the languages a crawler found in a page's text
//! (Common Crawl's WET records name them in ISO 639-3: "deu,eng"), and
//! from the article's text.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::patterns::STOPWORD_LANGUAGES;
use crate::score::features::count_stopwords;

/// ISO 639-3 codes (and the ISO 639-2 bibliographic ones a few tools still
/// write, and Mandarin's `cmn`, which `whatlang` gives for Chinese) of the
/// languages that have a two-letter ISO 639-1 code, which a language tag
/// must use: "deu" is "de". Sorted, for a binary search.
/// It holds the widely written languages; one missing from it keeps its
/// three letters, which make a valid tag too.
const TWO_LETTER_CODES: [(&str, &str); 133] = [
    ("afr", "af"), ("amh", "am"), ("ara", "ar"), ("asm", "as"), ("aze", "az"), ("bel", "be"), ("ben", "bn"),
    ("bod", "bo"), ("bos", "bs"), ("bre", "br"), ("bul", "bg"), ("cat", "ca"), ("ces", "cs"), ("chi", "zh"),
    ("cmn", "zh"), ("cos", "co"), ("cym", "cy"), ("cze", "cs"), ("dan", "da"), ("deu", "de"), ("div", "dv"), ("dut", "nl"),
    ("ell", "el"), ("eng", "en"), ("epo", "eo"), ("est", "et"), ("eus", "eu"), ("fao", "fo"), ("fas", "fa"),
    ("fin", "fi"), ("fra", "fr"), ("fre", "fr"), ("fry", "fy"), ("ger", "de"), ("gla", "gd"), ("gle", "ga"),
    ("glg", "gl"), ("gre", "el"), ("grn", "gn"), ("guj", "gu"), ("hat", "ht"), ("hau", "ha"), ("heb", "he"),
    ("hin", "hi"), ("hrv", "hr"), ("hun", "hu"), ("hye", "hy"), ("ibo", "ig"), ("ind", "id"), ("isl", "is"),
    ("ita", "it"), ("jav", "jv"), ("jpn", "ja"), ("kal", "kl"), ("kan", "kn"), ("kat", "ka"), ("kaz", "kk"),
    ("khm", "km"), ("kin", "rw"), ("kir", "ky"), ("kor", "ko"), ("kur", "ku"), ("lao", "lo"), ("lat", "la"),
    ("lav", "lv"), ("lin", "ln"), ("lit", "lt"), ("ltz", "lb"), ("lug", "lg"), ("mal", "ml"), ("mar", "mr"),
    ("mkd", "mk"), ("mlg", "mg"), ("mlt", "mt"), ("mon", "mn"), ("mri", "mi"), ("msa", "ms"), ("mya", "my"),
    ("nep", "ne"), ("nld", "nl"), ("nno", "nn"), ("nob", "nb"), ("nor", "no"), ("nya", "ny"), ("oci", "oc"),
    ("ori", "or"), ("orm", "om"), ("pan", "pa"), ("per", "fa"), ("pes", "fa"), ("pol", "pl"), ("por", "pt"), ("pus", "ps"),
    ("que", "qu"), ("roh", "rm"), ("ron", "ro"), ("rum", "ro"), ("rus", "ru"), ("san", "sa"), ("sin", "si"),
    ("slk", "sk"), ("slo", "sk"), ("slv", "sl"), ("sna", "sn"), ("snd", "sd"), ("som", "so"), ("spa", "es"),
    ("sqi", "sq"), ("srp", "sr"), ("sun", "su"), ("swa", "sw"), ("swe", "sv"), ("tam", "ta"), ("tat", "tt"),
    ("tel", "te"), ("tgk", "tg"), ("tgl", "tl"), ("tha", "th"), ("tir", "ti"), ("ton", "to"), ("tuk", "tk"),
    ("tur", "tr"), ("uig", "ug"), ("ukr", "uk"), ("urd", "ur"), ("uzb", "uz"), ("vie", "vi"), ("wln", "wa"),
    ("xho", "xh"), ("yid", "yi"), ("yor", "yo"), ("zho", "zh"), ("zul", "zu"),
];

/// Texts shorter than this tell no language surely enough to name it: a
/// product's name and price, a form's labels.
const DETECTED_MIN_BYTES: usize = 200;

/// The article's text is read up to this many bytes to tell its language:
/// at 1,000, 1,443 of wcxb's 1,497 text pages are told one, and all but one
/// agree with the language that the page's HTML declares (the one is a
/// Bulgarian text on a page declared English); 2,000 and 4,000 told fewer
/// (1,432, 1,435) and took longer.
const DETECTED_SAMPLE_BYTES: usize = 1_000;

/// The language of a page whose article's text is `texts`: the `declared`
/// one (by the page or its transport), unless the text, 200 bytes of it at
/// least, shows another. A text that holds its declared language's
/// stopwords reads as that language and is looked at no further; otherwise
/// `whatlang`, where it is sure, names the language, and a language other
/// than the declared one wins (a template that declares English over a
/// German story). With nothing declared, `whatlang`'s language where it is
/// sure, or none.
pub(crate) fn of_article<'a>(declared: Option<String>, texts: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let mut sample = String::new();
    for text in texts {
        if sample.len() >= DETECTED_SAMPLE_BYTES {
            break;
        }
        add_to_sample(&mut sample, text, DETECTED_SAMPLE_BYTES);
    }
    if sample.len() < DETECTED_MIN_BYTES || declared.as_deref().is_some_and(|tag| reads_as(&sample, tag)) {
        return declared;
    }
    match told_by_text(&sample) {
        Some(told) if declared.as_deref().is_none_or(|tag| primary(tag) != primary(&told)) => Some(told),
        _ => declared,
    }
}

/// Which of the merged lists' languages (`STOPWORD_LANGUAGES`, a bit each,
/// in their order) hold each stopword, built once: a text's words are looked
/// up once for all sixteen.
static LANGUAGES_OF_STOPWORD: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut languages: FxHashMap<&'static str, u16> = FxHashMap::default();
    for (bit, code) in STOPWORD_LANGUAGES.iter().enumerate() {
        for &word in stop_words::lookup(code).unwrap_or_default() {
            *languages.entry(word).or_default() |= 1 << bit;
        }
    }
    languages
});

/// A text reads as its declared language only if at least this share of its
/// words are that language's stopwords. Half of wcxb's English pages hold
/// 50% of the English list's, 96% of them 20% (the rest are lists, tables
/// and specifications, which `whatlang` then reads as English too); a
/// Polish story holds 18%, since that list is long ("i", "a", "o", "do"),
/// though no other list at hand holds more.
const DECLARED_STOPWORDS_MIN: f32 = 0.2;

/// Whether `sample` reads as the language `tag` names: at least
/// [`DECLARED_STOPWORDS_MIN`] of its words are that language's stopwords,
/// and of the other languages whose stopwords are at hand none has more of
/// them in it. (A share alone would not do: a quarter of an Italian text's
/// words are in the English list, "il", "e", "in", "non".) False for a
/// language whose stopwords are not at hand.
pub(crate) fn reads_as(sample: &str, tag: &str) -> bool {
    let Some(declared) = STOPWORD_LANGUAGES.iter().position(|&code| code == primary(tag)) else { return false };
    let mut found = [0usize; STOPWORD_LANGUAGES.len()];
    let (words, _) = count_stopwords(sample, |word| {
        let languages = LANGUAGES_OF_STOPWORD.get(word).copied().unwrap_or_default();
        for (bit, count) in found.iter_mut().enumerate() {
            *count += usize::from(languages & (1 << bit) != 0);
        }
        languages != 0
    });
    let most = found.iter().all(|&count| count <= found[declared]);
    most && found[declared] > 0 && found[declared] as f32 >= DECLARED_STOPWORDS_MIN * words as f32
}

/// A language tag's language: `en` of `en-US`.
fn primary(tag: &str) -> &str {
    tag.split('-').next().unwrap_or(tag)
}

/// Adds `text` and a line break to `sample`, cut at a character's boundary
/// where it would take `sample` past `limit` bytes: a block of megabytes, read
/// whole, would cost `whatlang` a second.
pub(crate) fn add_to_sample(sample: &mut String, text: &str, limit: usize) {
    let mut end = limit.saturating_sub(sample.len()).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    sample.push_str(&text[..end]);
    sample.push('\n');
}

/// The language `sample` is written in, as a language tag, when `whatlang`
/// is sure of it.
pub(crate) fn told_by_text(sample: &str) -> Option<String> {
    let info = whatlang::detect(sample).filter(whatlang::Info::is_reliable)?;
    declared(info.lang().code())
}

/// The language a transport declared, as a language tag: the first of a
/// list ("de-DE, en;q=0.8", "deu,eng"), its primary subtag in two letters
/// where ISO 639-1 has them. `None` when it reads as no tag.
pub fn declared(declared: &str) -> Option<String> {
    let first = declared.split(',').next()?.split(';').next()?.trim();
    let (primary, rest) = first.split_once('-').map_or((first, None), |(primary, rest)| (primary, Some(rest)));
    let primary = primary.to_ascii_lowercase();
    let primary = match TWO_LETTER_CODES.binary_search_by(|(three, _)| three.cmp(&primary.as_str())) {
        Ok(at) => TWO_LETTER_CODES[at].1.to_string(),
        Err(_) => primary,
    };
    super::language_tag(&match rest {
        Some(rest) => format!("{primary}-{rest}"),
        None => primary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_language_is_the_first_tag_in_two_letters_where_it_has_them() {
        assert_eq!(declared("deu,eng").as_deref(), Some("de"));
        assert_eq!(declared("fr-FR").as_deref(), Some("fr-FR"));
        assert_eq!(declared("fr-fr").as_deref(), Some("fr-FR"));
        assert_eq!(declared(" en-GB, en;q=0.8").as_deref(), Some("en-GB"));
        assert_eq!(declared("ENG").as_deref(), Some("en"));
        assert_eq!(declared("nob").as_deref(), Some("nb"));
        // A language with no two-letter code keeps its three letters.
        assert_eq!(declared("fil").as_deref(), Some("fil"));
        assert_eq!(declared("").as_deref(), None);
        assert_eq!(declared("en us").as_deref(), None);
    }

    #[test]
    fn an_article_that_runs_to_200_bytes_is_given_the_language_it_is_written_in() {
        let english = ["The council met on Tuesday evening and agreed, after a long debate about the budget and the roads,", "that the new bridge would be built over the river before the end of the year.", "Work will start in the spring."];
        assert_eq!(of_article(None, english).as_deref(), Some("en"));
        let portuguese = ["O conselho reuniu-se na terça-feira à noite e decidiu, depois de um longo debate sobre o orçamento e as estradas,", "que a nova ponte será construída sobre o rio antes do fim do ano.", "As obras começam na primavera e a ponte antiga continua aberta ao trânsito."];
        assert_eq!(of_article(None, portuguese).as_deref(), Some("pt"));
        // Mandarin is `cmn` to whatlang, `zh` as a language tag.
        let chinese = ["市议会星期二晚上开会，经过关于预算和道路的长时间辩论，同意在年底之前在河上建造一座新桥。", "工程将在春天开始，旧桥将继续通车，直到新桥建成为止。"];
        assert_eq!(of_article(None, chinese).as_deref(), Some("zh"));
        // Near misses: a product's name and price tell no language, nor does no text.
        assert_eq!(of_article(None, ["Arrival T-Shirt", "$25.00", "Add to cart"]).as_deref(), None);
        assert_eq!(of_article(None, []).as_deref(), None);
    }

    #[test]
    fn a_sample_stops_at_its_limit_on_a_characters_boundary() {
        let mut sample = String::new();
        add_to_sample(&mut sample, "ab", 5);
        add_to_sample(&mut sample, "çé", 5);
        assert_eq!(sample, "ab\nç\n");
        // Near miss: text within the limit is added whole.
        let mut sample = String::new();
        add_to_sample(&mut sample, "çé", 5);
        assert_eq!(sample, "çé\n");
    }

    #[test]
    fn the_code_table_is_sorted_for_its_binary_search() {
        assert!(TWO_LETTER_CODES.windows(2).all(|pair| pair[0].0 < pair[1].0));
    }
}
