//! Authors: names only. A byline as pages write it carries more than names:
//! a label ("Written by", "Authors:"), a date glued on ("Jeffrey
//! ZeldmanNovember 20, 2007", "Jayesh Shinde | Updated on 19-Dec-2025"), a
//! role or a desk after a dash, entities the markup left encoded. Some are a
//! label with no name at all ("Written By"). And a page often gives its own
//! site as the author, which names no one.

use std::sync::LazyLock;

use regex::Regex;

use crate::blocks::collapse_whitespace;
use crate::patterns::{DATE, MONTH_LETTER, WRITTEN_DATE};

use super::{decode_entities, month_number};

/// A label before the names: "By", "Written by:", "This post was written by",
/// "Authors:", "About the author", and the same word in other languages.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i-u)^(?:(?:this|the)\s+(?:post|article|story|piece)\s+(?:was\s+)?)?",
        r"(?:(?:written|posted|published|authored|reported|words|story|text|compiled)\s+)?",
        r"(?:by|von|par|por|di|door|av)\b\s*:?\s*",
        r"|(?i-u)^(?:about\s+the\s+)?(?:authors?|writers?|posted|written)\s*(?::\s*|$)",
        r"|(?i-u)^about\s+",
    ))
    .expect("the byline label pattern is valid")
});

/// A month name glued to the name before it ("ZeldmanNovember 20, 2007"),
/// which `DATE`, bound to word edges, does not see.
static GLUED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}")
        .expect("the glued date pattern is valid")
});

/// A day, a month word and a year joined by dashes or dots ("19-Dec-2025", "04-ago-2021").
static DASHED_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)[0-9]{{1,2}}[-./]{MONTH_LETTER}{{3,}}\.?[-./][0-9]{{2,4}}(?-u:\b)")).expect("the dashed date pattern is valid")
});

/// What separates a name from a role, a desk, a date or a reading time after
/// it (a bullet needs no spaces: "Workzone Team• 4 mins read").
const ROLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", "•"];

/// Words left dangling where a date was cut off ("on", "Updated on").
const DANGLING_WORDS: [&str; 7] = ["on", "at", "in", "updated", "published", "posted", "le"];

/// More words than this is a sentence, not a byline.
const MAX_WORDS: usize = 12;

/// What separates authors in a byline.
const AUTHOR_SEPARATORS: [&str; 7] = [", ", " and ", " & ", " und ", " et ", " y ", " e "];

/// A byline reduced to its names, or `None` when no name is left.
pub(super) fn clean(raw: &str) -> Option<String> {
    let decoded = decode_entities(raw);
    let mut text = collapse_whitespace(&decoded);
    text = without_date(&text).to_string();
    if let Some(label) = LABEL.find(&text) {
        text = text[label.end()..].to_string();
    }
    let name = ROLE_SEPARATORS.iter().filter_map(|sep| text.find(sep)).min().map_or(text.as_str(), |at| &text[..at]);
    let name = name.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '|' | '-' | '·' | '•'));
    let words = name.split_whitespace().count();
    (words > 0 && words <= MAX_WORDS && name.chars().any(char::is_alphabetic)).then(|| name.to_string())
}

/// The byline without the date in it: what stands before the date, or after
/// it when the date comes first ("Dec. 19, 2025 · Niko Matsakis").
fn without_date(text: &str) -> &str {
    let date = [&*DATE, &*GLUED_DATE, &*DASHED_DATE]
        .iter()
        .filter_map(|regex| regex.find(text))
        .map(|m| (m.start(), m.end()))
        .chain(written_date(text))
        .min();
    let Some((start, end)) = date else { return text };
    let before = trim_dangling(&text[..start]);
    if before.chars().any(char::is_alphabetic) {
        before
    } else {
        text[end..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '·' | '•' | '–' | '—'))
    }
}

/// Where a date written in words stands ("16. März 2015"), when its month
/// word is a month: the pattern takes any word there ("ZeldmanNovember").
fn written_date(text: &str) -> Option<(usize, usize)> {
    WRITTEN_DATE
        .captures_iter(text)
        .find(|caps| caps.name("month1").or(caps.name("month2")).is_none_or(|month| month_number(month.as_str()).is_some()))
        .and_then(|caps| caps.get(0))
        .map(|m| (m.start(), m.end()))
}

/// "Jane Doe - Updated on" to "Jane Doe".
fn trim_dangling(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '·' | '•' | '–' | '—' | ':'));
        let last_word = trimmed.rsplit(char::is_whitespace).next().unwrap_or_default();
        if !last_word.is_empty() && DANGLING_WORDS.contains(&last_word.to_lowercase().as_str()) {
            text = &trimmed[..trimmed.len() - last_word.len()];
        } else {
            return trimmed;
        }
    }
}

/// "Jane Doe and John Roe" to ["Jane Doe", "John Roe"].
pub(super) fn split(byline: &str) -> Vec<String> {
    let mut names = vec![byline.to_string()];
    for separator in AUTHOR_SEPARATORS {
        names = names.iter().flat_map(|n| n.split(separator).map(str::to_string).collect::<Vec<_>>()).collect();
    }
    names.into_iter().map(|n| n.trim().to_string()).filter(|n| !n.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_dates_roles_and_entities_go_and_names_stay() {
        let cases = [
            ("By Jane Doe", Some("Jane Doe")),
            ("Maria &amp; Katerina", Some("Maria & Katerina")),
            ("Published by Damien Walter", Some("Damien Walter")),
            ("This post was written by Danielle Padula", Some("Danielle Padula")),
            ("Authors:Aniruddha Roy, Jyoti Patel", Some("Aniruddha Roy, Jyoti Patel")),
            ("by Jeff Foust — November 18, 2019", Some("Jeff Foust")),
            ("Jeffrey ZeldmanNovember 20, 2007", Some("Jeffrey Zeldman")),
            ("Jayesh Shinde | Updated on 19-Dec-2025", Some("Jayesh Shinde")),
            ("Dr. Vahid Osman - Mar 27, 2024", Some("Dr. Vahid Osman")),
            ("Dec. 19, 2025 · Niko Matsakis", Some("Niko Matsakis")),
            ("David Jackson - FullStack Editorial Team", Some("David Jackson")),
            ("Workzone Team• 4 mins read", Some("Workzone Team")),
            ("Payam Montie March 5, 2024 in General Discussions", Some("Payam Montie")),
            ("FlowGuard EMEA on 04-ago-2021 5:11:10", Some("FlowGuard EMEA")),
            ("Von Anna Schmidt, 16. März 2015", Some("Anna Schmidt")),
            ("About ASU Online", Some("ASU Online")),
            ("Written By", None),
            ("About the Author:", None),
            ("By", None),
        ];
        for (raw, clean_name) in cases {
            assert_eq!(clean(raw).as_deref(), clean_name, "{raw}");
        }
    }

    #[test]
    fn names_that_look_like_labels_are_left_alone() {
        // Near misses: a name starting with "By", a title after a comma.
        assert_eq!(clean("Byron Katie").as_deref(), Some("Byron Katie"));
        assert_eq!(clean("Tracy Parker, Dietitian").as_deref(), Some("Tracy Parker, Dietitian"));
    }

    #[test]
    fn bylines_split_into_authors() {
        assert_eq!(split("Jane Doe and John Roe, Ann Lee"), ["Jane Doe", "John Roe", "Ann Lee"]);
    }
}
