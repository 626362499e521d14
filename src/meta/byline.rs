//! Authors: names only. A byline as pages write it carries more than names:
//! a label ("Written by", "Authors:"), a date glued on ("Jeffrey
//! ZeldmanNovember 20, 2007", "Jayesh Shinde | Updated on 19-Dec-2025"), a
//! role or a desk after a dash, entities the markup left encoded. Some are a
//! label with no name at all ("Written By"). And a page often gives its own
//! site as the author, which names no one.

use std::sync::LazyLock;

use fake::locales::{Data, CY_GB, DE_DE, EN, FR_FR, IT_IT, PT_BR, PT_PT};
use regex::Regex;
use rustc_hash::FxHashSet;

use crate::blocks::collapse_whitespace;
use crate::model::{Rule, Switches};
use crate::patterns::{is_name_word, is_thread_furniture, written_month, AUTHOR_WORDS, DATE, MONTH_LETTER, WRITTEN_BY_WORDS, WRITTEN_DATE};

use super::date::month_number;
use super::decode_entities;

/// Given names as the `fake` crate's tables write them ("Rachel", "Josef",
/// "Adèle", "Owain"): English (from United States records), French, German,
/// Italian, Portuguese (Brazil's and Portugal's) and Welsh, 4,198 names as
/// written. Its Arabic, Chinese and Japanese tables are left out:
/// [`after_given_name`] tells a name's words by their capitals, which those
/// scripts do not have.
static GIVEN_NAMES: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [EN::NAME_FIRST_NAME, FR_FR::NAME_FIRST_NAME, DE_DE::NAME_FIRST_NAME, IT_IT::NAME_FIRST_NAME, PT_BR::NAME_FIRST_NAME, PT_PT::NAME_FIRST_NAME, CY_GB::NAME_FIRST_NAME]
        .into_iter()
        .flatten()
        .copied()
        .collect()
});

/// Titles a printed name may open with ("Dr. Andrew Huberman"), with or without their full stop.
const HONORIFICS: [&str; 5] = ["Dr", "Prof", "Mr", "Mrs", "Ms"];

/// A person's name printed alone, after its title: two to four words.
const PERSON_NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Where `line` reads as a person's name, its words after the given name
/// (the surname: "Nick van Mead" gives "van", "Mead"): two to four words,
/// after a title ("Dr."), each a name's word (a capital, or a particle:
/// "van", "de"), no figure and no mark but a name's ("O'Brien",
/// "Jean-Luc", "J."), and the first a given name ([`GIVEN_NAMES`];
/// "Jean-Luc" by "Jean").
pub(super) fn after_given_name(line: &str) -> Option<Vec<&str>> {
    let mut words: Vec<&str> = line.split_whitespace().collect();
    if words.first().is_some_and(|first| HONORIFICS.contains(&first.trim_end_matches('.'))) {
        words.remove(0);
    }
    let plain = |word: &&str| word.chars().all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
    let given = words.first()?.split('-').next().unwrap_or_default();
    let person = PERSON_NAME_WORDS.contains(&words.len()) && words.iter().all(|w| plain(w) && is_name_word(w)) && GIVEN_NAMES.contains(given);
    person.then(|| words.split_off(1))
}

/// A label before the names: "By", "Written by:", "This post was written by",
/// "Authors:", "About the author", the same word in other languages, and a
/// forum's "Thread starter" and "Started by".
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            r"(?i-u)^(?:(?:this|the)\s+(?:post|article|story|piece)\s+(?:was\s+)?)?",
            r"(?:(?:written|posted|published|authored|reported|words|story|text|compiled)\s+)?",
            // A kind of writing before the "by" ("Recipe by PJ Hamel", "Review by Ann Lee").
            r"(?:(?:recipe|guide|article|review|essay|column|interview|tutorial)\s+)?",
            r"(?:by|von|par|por|di|door|av)\b\s*:?\s*",
            r"|(?i-u)^(?:about\s+the\s+)?(?:authors?|writers?|posted|written)\s*(?::\s*|$)",
            r"|(?i-u)^about\s+",
            r"|(?i-u)^(?:thread\s+starter|topic\s+starter|started\s+by|original\s+poster)\b\s*:?\s*",
            &format!(r"|(?iu)^(?:{AUTHOR_WORDS})(?:\s*[:：]\s*|\s+)"),
            &format!(r"|(?iu)^(?:{WRITTEN_BY_WORDS})\b\s*:?\s*"),
        ]
        .concat(),
    )
    .expect("the byline label pattern is valid")
});

/// A line of its own that names a thread's starter after one of the labels
/// [`LABEL`] strips, in four words at most: "Thread starter ann_lee",
/// "Started by: Ann Lee" (not "Started by the town council in 1990...").
static STARTER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:thread\s+starter|topic\s+starter|started\s+by|original\s+poster)(?:\s*:\s*|\s+)\S+(?:\s+\S+){0,3}$")
        .expect("the thread starter pattern is valid")
});

/// A starter's line is a label and a name: six words at most.
const STARTER_LINE_MAX_WORDS: usize = 6;

/// Whether `text` is a line that names a thread's starter ([`STARTER_LINE`]).
pub(super) fn names_thread_starter(text: &str) -> bool {
    text.split_whitespace().nth(STARTER_LINE_MAX_WORDS).is_none() && STARTER_LINE.is_match(text.trim())
}

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

/// A numeric date glued to the name before it ("Yucy3/4/2025"), which
/// `DATE`, bound to word edges, does not see.
static GLUED_NUMERIC_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}\s*$").expect("the glued numeric date pattern is valid"));

/// A month and a day with no year ("Jun 2"), or a weekday alone (what is
/// left of "Sat, 20 Dec, 2025" once the date goes): a date's words, not a name.
static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?",
        r"|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?)$",
    ))
    .expect("the date words pattern is valid")
});

/// A reading time after the name with no separator before it ("Kyle
/// Howells 15 min read", "Jacob Trussell —10 min read"), or where the name
/// should be ("5 min read"): what follows the name, not part of it.
static READING_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)[0-9]{1,3}\+?\s*(?:min|mins|minutes)\b\.?(?:\s+read)?").expect("the reading time pattern is valid"));

/// A count of the story's comments after the name ("Erin Spain 4
/// Comments", "Jo Park No Comments"): what follows the name, not part of it.
static COMMENT_COUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+(?:[0-9]{1,6}|no|one)\s+(?:comments?|responses?|replies)(?-u:\b).*$").expect("the comment count pattern is valid"));

/// A job title glued to the name ("Mateusz HabernyFounder at Oakywood"),
/// or a section after "in" ("MixmasterFred in Woodworking"), or the "In"
/// that led a section extracted text set on the next line ("Sara Lee In").
static ROLE_AFTER_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\B)(?:Founder|Co-founder|CEO|Editor|Writer|Reporter|Author|Director|Manager)\b.*$|\s+in\s+\p{Lu}.*$|\s+In$")
        .expect("the role pattern is valid")
});

/// The verb after the name that opens a writer's bio ("Dennis Moons is the
/// founder of...", "Jane Doe has been writing..."): the bio, not the name,
/// follows it.
static BIO_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(?:is|was|has been|has|writes|covers|lives|works)\s").expect("the bio verb pattern is valid"));

/// What a menu sorts or filters by, after a "By" that reads as a byline's:
/// a business's menu ("By Industry", "By Company Size", "By Use Case"), a
/// shop's or a directory's ("By Category", "By Manufacturer", "By State"),
/// a list's order ("Sort by Date").
const FACETS: [&str; 48] = [
    "industry", "industries", "sector", "sectors", "domain", "domains", "category", "categories", "topic", "topics", "type",
    "event type", "product", "products", "use case", "use cases", "company size", "team size", "business size", "role", "roles",
    "department", "function", "need", "needs", "goal", "solution", "solutions", "service", "services", "manufacturer", "brand",
    "brands", "style", "size", "color", "colour", "price", "state", "country", "region", "location", "city", "date", "name",
    "popularity", "relevance", "rating",
];

/// Whether a byline's name is what a menu sorts or filters by ([`FACETS`]).
pub(super) fn is_facet(name: &str) -> bool {
    FACETS.iter().any(|facet| facet.eq_ignore_ascii_case(name))
}

/// A newsroom's role: the last word of what follows a byline's last comma
/// ("Jessica Elliott, Contributor", "Audrey Huang, Print Managing Editor").
/// (A credential stays: "Tracy Parker, Dietitian".)
const NEWSROOM_ROLES: [&str; 9] = ["Editor", "Writer", "Reporter", "Contributor", "Correspondent", "Columnist", "Producer", "Journalist", "Intern"];

/// A role after a comma has at most this many words.
const ROLE_MAX_WORDS: usize = 4;

/// `name` without a newsroom's role after its last comma ([`NEWSROOM_ROLES`]).
fn without_newsroom_role(name: &str) -> &str {
    let Some((before, role)) = name.rsplit_once(',') else { return name };
    let words = role.split_whitespace().count();
    let last = role.split_whitespace().last().unwrap_or_default().trim_end_matches('s');
    if (1..=ROLE_MAX_WORDS).contains(&words) && NEWSROOM_ROLES.contains(&last) {
        before.trim_end()
    } else {
        name
    }
}

/// A founder's or a chief's title, which can also end the byline ("Rasmus
/// Barslund Founder") or stand where the name should be.
const CHIEF_TITLES: &str = "Co-?[Ff]ounder|Founder|CEO|CTO|COO|CFO|CMO|VP";

/// The first word of a job title after a name ("Keith Barry Senior Autos
/// Reporter", "Mateusz Haberny Founder at Oakywood"), where a name of two
/// words or more stands before it.
static TITLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\s(?:Senior|Staff|Contributing|Associate|Chief|Managing|Executive|Deputy|Lead)\s|\s(?:{CHIEF_TITLES})(?:\s|$)"))
        .expect("the title word pattern is valid")
});

/// A job title where the name should be ("Co-Founder & Marketing
/// Director", "VP"): no one's name starts with one.
static ROLE_FIRST: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^(?:{CHIEF_TITLES})\b")).expect("the role-first pattern is valid"));

/// A name before a bio's verb ([`BIO_VERB`]) has at most this many words.
const BIO_NAME_MAX_WORDS: usize = 4;

/// Words a name has at least, before a title word cuts the rest.
const NAME_MIN_WORDS: usize = 2;

/// What separates a name from a role, a desk, a date or a reading time after
/// it (a bullet needs no spaces: "Workzone Team• 4 mins read").
const ROLE_SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " · ", "•", "⋅", "●"];

/// Marks around a name that are not part of it: a footnote's asterisk, a separator left at either end.
fn is_stray_mark(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ':' | '|' | '-' | '·' | '•' | '⋅' | '●' | '*' | '~' | '–' | '—')
}

/// Words left dangling where a date was cut off ("on", "Updated on", "Last
/// Updated:", "Reviewed" on a review's card, "on Friday"), and the same in
/// the other languages of the month table ("publié le", "veröffentlicht am").
const DANGLING_WORDS: [&str; 33] = [
    "on", "at", "in", "updated", "published", "posted", "modified", "edited", "revised", "reviewed", "le", "last", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "publié", "publiée", "am", "um", "veröffentlicht", "aktualisiert", "el",
    "publicado", "actualizado", "il", "pubblicato", "aggiornato", "op", "gepubliceerd",
];

/// More words than this is a sentence, not a byline.
const MAX_WORDS: usize = 12;

/// What separates authors in a byline: a comma, "&", and "and" in the
/// languages of the month table that the byline's labels read ("Door Jan
/// de Vries en Piet Jansen", "Av Anna Svensson och Erik Berg").
const AUTHOR_SEPARATORS: [&str; 10] = [", ", " and ", " & ", " und ", " et ", " y ", " e ", " en ", " och ", " i "];

/// Whether `text` is a byline's label and nothing more ("Written by",
/// "By", "Author:"): extracted text puts the name on the next line.
pub(super) fn is_label_alone(text: &str) -> bool {
    let text = text.trim();
    LABEL.find(text).is_some_and(|label| label.end() == text.len())
}

/// A byline reduced to its names, or `None` when no name is left.
pub(super) fn clean(raw: &str) -> Option<String> {
    let decoded = decode_entities(raw);
    let mut text = collapse_whitespace(&decoded);
    // (A mark before the label is no part of it: "*By Ann Lee*", a plain
    // text's emphasis, "· By Ann Lee".)
    text = without_date(&text).trim_start_matches(is_stray_mark).to_string();
    if let Some(label) = LABEL.find(&text) {
        text = text[label.end()..].to_string();
    } else if let Some(name) = glued_to_by(&text) {
        text = name.to_string();
    }
    let name = text.trim_start_matches(is_stray_mark);
    let name = ROLE_SEPARATORS.iter().filter_map(|sep| name.find(sep)).filter(|&at| at > 0).min().map_or(name, |at| &name[..at]);
    let name = GLUED_NUMERIC_DATE.find(name).map_or(name, |date| &name[..date.start()]);
    let name = READING_TIME.find(name).map_or(name, |time| &name[..time.start()]);
    let name = COMMENT_COUNT.find(name).map_or(name, |count| &name[..count.start()]);
    let name = ROLE_AFTER_NAME.find(name).map_or(name, |role| &name[..role.start()]);
    let name = without_newsroom_role(name);
    // (No word of a sentence before it: "Joe is the co-founder and CEO" names no one and a title.)
    let name_before = |title: &regex::Match| {
        let before = &name[..title.start()];
        before.split_whitespace().count() >= NAME_MIN_WORDS && before.split_whitespace().all(is_name_word)
    };
    let name = TITLE_WORD.find(name).filter(name_before).map_or(name, |title| &name[..title.start()]);
    // A bio's opening sentence: the name before its verb. (Of two words at
    // least: "Python is a language" opens a paragraph, not a bio.)
    let opens_bio = |verb: &regex::Match| {
        let before = &name[..verb.start()];
        (NAME_MIN_WORDS..=BIO_NAME_MAX_WORDS).contains(&before.split_whitespace().count()) && before.split_whitespace().all(is_name_word)
    };
    let name = BIO_VERB.find(name).filter(opens_bio).map_or(name, |verb| &name[..verb.start()]);
    let name = name.trim_matches(is_stray_mark);
    let words = name.split_whitespace().count();
    let is_name = words > 0
        && words <= MAX_WORDS
        && name.chars().any(char::is_alphabetic)
        && !DATE_WORDS.is_match(name)
        && !ROLE_FIRST.is_match(name)
        && !AUTHOR_SECTION.is_match(name)
        && !is_thread_furniture(name)
        && !is_placeholder(name);
    is_name.then(|| printed_once(name))
}

/// Values a script prints where it had nothing to print.
const SCRIPT_VALUES: [&str; 5] = ["undefined", "null", "none", "nan", "[object object]"];

/// Whether `name` is what a script or a template printed where it had no
/// author to fill in: a JavaScript value ("undefined", "null", "[object
/// Object]") or a template's unfilled field ("{{author}}", "${author}",
/// "%author%"). No name is one.
fn is_placeholder(name: &str) -> bool {
    let unfilled = name.contains("{{") || name.contains("${") || (name.len() > 2 && name.starts_with('%') && name.ends_with('%'));
    unfilled || SCRIPT_VALUES.iter().any(|value| value.eq_ignore_ascii_case(name)) || is_template_path(name)
}

/// Fields in a template's path to the author ("page.head.extra.author").
const AUTHOR_FIELDS: [&str; 3] = ["author", "byline", "name"];

/// Whether `name` is a template's path to a field, printed where its value
/// should be: three or more identifiers joined by dots, one of them an
/// author's field. (A username with dots, "sara.r.peter", names no field.)
fn is_template_path(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    let identifier = |part: &&str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    parts.len() >= 3 && parts.iter().all(identifier) && parts.iter().any(|part| AUTHOR_FIELDS.contains(part))
}

/// A section's heading that opens with the word "Author" ("Author
/// Spotlight", "Author Information", "Author Website"): a label and a noun, no name.
static AUTHOR_SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?i:authors?)\s+\p{Lu}\p{Ll}+$").expect("the author section pattern is valid"));

/// A name printed twice in a row is one name: "Colin Gray Colin Gray", an
/// avatar's text and the name beside it, extracted as one line; "Laubrani
/// (Laubrani)", a forum's display name and the member's handle in brackets.
fn printed_once(name: &str) -> String {
    if let Some((before, inside)) = name.strip_suffix(')').and_then(|name| name.rsplit_once(" (")) {
        if before.eq_ignore_ascii_case(inside) {
            return before.to_string();
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let half = words.len() / 2;
    if half > 0 && words.len().is_multiple_of(2) && words[..half] == words[half..] {
        words[..half].join(" ")
    } else {
        name.to_string()
    }
}

/// Whether every word of `name` but a joining "and" or "&" starts with a
/// capital and it holds no digit, bracket, slash or @: a person's or a
/// team's name, not what a byline's cleaning left of a reading time ("mins
/// read"), a link or a reviewer's note.
pub(super) fn is_capitalised_name(name: &str) -> bool {
    let plain = !name.contains(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']' | '/' | '@'));
    let joins = |word: &str| word == "&" || AUTHOR_SEPARATORS.iter().any(|sep| sep.trim() == word);
    plain && name.split_whitespace().all(|word| word.starts_with(char::is_uppercase) || joins(word))
}

/// The name after a "By" glued to it ("ByTrevor Jones"): a capital right after the label.
fn glued_to_by(text: &str) -> Option<&str> {
    ["By", "by"].iter().find_map(|label| text.strip_prefix(label)).filter(|name| name.starts_with(char::is_uppercase))
}

/// The byline without the date in it: what stands before the date, or after
/// it when the date comes first ("Dec. 19, 2025 · Niko Matsakis"; after each
/// date when up to `LEADING_DATES_MAX` come first, "September 1, 2016
/// September 8, 2016 Autumn Adams").
fn without_date(mut text: &str) -> &str {
    for _ in 0..LEADING_DATES_MAX {
        let date = [&*DATE, &*GLUED_DATE, &*DASHED_DATE]
            .iter()
            .filter_map(|regex| regex.find(text))
            .map(|m| (m.start(), m.end()))
            .chain(written_date(text))
            .min();
        let Some((start, end)) = date else { return text };
        let before = trim_dangling(&text[..start]);
        if before.chars().any(char::is_alphabetic) {
            return before;
        }
        text = text[end..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '·' | '•' | '–' | '—'));
    }
    text
}

/// A byline opens with at most this many dates before the name: the day it
/// was published and the day it was updated. (A bound, so that a hostile
/// author's name of a thousand dates costs no more than a real one.)
const LEADING_DATES_MAX: usize = 2;

/// Where a date written in words stands ("16. März 2015"), when its month
/// word is a month: the pattern takes any word there ("ZeldmanNovember").
fn written_date(text: &str) -> Option<(usize, usize)> {
    WRITTEN_DATE
        .captures_iter(text)
        .find(|caps| written_month(caps).is_none_or(|month| month_number(month.as_str()).is_some()))
        .and_then(|caps| caps.get(0))
        .map(|m| (m.start(), m.end()))
}

/// "Jane Doe - Updated on" to "Jane Doe".
fn trim_dangling(mut text: &str) -> &str {
    loop {
        // (A slash too: "Ann Lee / 2016.12.01".)
        let trimmed = text.trim_end_matches(|c: char| is_stray_mark(c) || matches!(c, '/' | '／'));
        let last_word = trimmed.rsplit(char::is_whitespace).next().unwrap_or_default();
        if !last_word.is_empty() && DANGLING_WORDS.contains(&last_word.to_lowercase().as_str()) {
            text = &trimmed[..trimmed.len() - last_word.len()];
        } else {
            return trimmed;
        }
    }
}

/// "Jane Doe and John Roe" to ["Jane Doe", "John Roe"]: the names alone.
/// Semicolons, where a byline has them, are what parts its names
/// ("Kaufman, Jeff T.; Lee, Ann" writes each name surname first). What a
/// comma parts from a capitalised name and is no name is left out: a
/// credential ("Jillian Kubala, MS, RD"), or a role, an affiliation or a bio
/// in sentence case ("Danielle Padula, Head of Marketing", "..., 4+ years
/// covering hardware"), whose words no name has (lower-case, and no
/// particle such as "van"). (The byline keeps them, as the page prints it.)
/// (Part of `meta/byline-cleaning`: with it off, every part is a name.)
pub(super) fn split(byline: &str, switches: Switches) -> Vec<String> {
    let list_separator = if byline.contains(';') { ";" } else { ", " };
    let mut parts = byline.split(list_separator).map(without_join).filter(|part| !part.is_empty());
    let Some(first) = parts.next() else { return Vec::new() };
    let capitalised = first.split_whitespace().all(is_name_word);
    let names_someone = |part: &String| {
        // (After a capitalised name, a part with a word no name has is a role.)
        let role = capitalised && !part.split_whitespace().all(is_name_word);
        !switches.on(Rule::BylineCleaning) || !(is_credential(part) || role)
    };
    let parts: Vec<String> = std::iter::once(first).chain(parts.filter(names_someone)).collect();
    if list_separator == ";" {
        return parts;
    }
    // Within each part, "and" and "&" (and their other languages' words) part names.
    let mut names = parts;
    for separator in AUTHOR_SEPARATORS.iter().filter(|sep| **sep != list_separator) {
        names = names.iter().flat_map(|name| name.split(separator).map(without_join).collect::<Vec<_>>()).collect();
    }
    names.into_iter().filter(|name| !name.is_empty()).collect()
}

/// A name without the join word a serial comma leaves it ("and Jo Roe" in
/// "Ann Lee, Bo Li, and Jo Roe").
fn without_join(name: &str) -> String {
    let name = name.trim();
    AUTHOR_SEPARATORS.iter().find_map(|sep| name.strip_prefix(sep.trim_start())).unwrap_or(name).trim().to_string()
}

/// A credential's word has at most this many letters ("FACLM", "CEPF").
const CREDENTIAL_MAX_LETTERS: usize = 5;

/// Suffixes of a name that a comma may part from it.
const NAME_SUFFIXES: [&str; 3] = ["Jr", "Sr", "Esq"];

/// A degree, a credential or a suffix after a name ("MS", "Ph.D.", "CEPF®",
/// "E-RYT 200", "Jr."): short words of capitals, or a degree written with a
/// small letter or two ("PhD", "MSc", "DrPH").
fn is_credential(part: &str) -> bool {
    let is_credential_word = |word: &str| {
        let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
        let capitals = letters.iter().filter(|c| c.is_uppercase()).count();
        let lower_run = letters.split(|c| !c.is_lowercase()).map(<[char]>::len).max().unwrap_or(0);
        let initials = (2..=CREDENTIAL_MAX_LETTERS).contains(&letters.len()) && capitals >= 2 && lower_run <= 2;
        let suffix = NAME_SUFFIXES.contains(&word.trim_end_matches('.'));
        initials || suffix || (letters.is_empty() && word.chars().any(|c| c.is_ascii_digit()))
    };
    let words: Vec<&str> = part.split_whitespace().collect();
    words.iter().any(|w| w.chars().any(char::is_alphabetic)) && words.iter().all(|w| is_credential_word(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_opens_with_a_given_name_reads_as_a_persons_name() {
        assert_eq!(after_given_name("Rachel MacDonald"), Some(vec!["MacDonald"]));
        assert_eq!(after_given_name("Nick van Mead"), Some(vec!["van", "Mead"]));
        assert_eq!(after_given_name("Dr. Andrew Huberman"), Some(vec!["Huberman"]));
        assert_eq!(after_given_name("Jean-Luc O'Brien"), Some(vec!["O'Brien"]));
        assert_eq!(after_given_name("Josef Průša"), Some(vec!["Průša"]));
        // Near misses: no given name first, one word or five, a figure, a small
        // word, a mark, a title over one word.
        for line in ["Key Features", "Rachel", "Anna Maria Louisa Rose Smith", "Emily Parker 42", "Grant funding", "Mark | Editor", "Dr. Who"] {
            assert_eq!(after_given_name(line), None, "{line}");
        }
    }

    #[test]
    fn labels_dates_roles_and_entities_go_and_names_stay() {
        let cases = [
            ("By Jane Doe", Some("Jane Doe")),
            ("Maria &amp; Katerina", Some("Maria & Katerina")),
            ("Published by Damien Walter", Some("Damien Walter")),
            ("This post was written by Danielle Padula", Some("Danielle Padula")),
            ("Authors:Aniruddha Roy, Jyoti Patel", Some("Aniruddha Roy, Jyoti Patel")),
            ("by Jeff Foust — November 18, 2019", Some("Jeff Foust")),
            ("by Ann Lee / 2016.12.01", Some("Ann Lee")),
            ("Autor: Ana Ruiz", Some("Ana Ruiz")),
            ("Par Claire Dubois, publié le 3 mars 2024 à 14h30", Some("Claire Dubois")),
            ("Von Max Mustermann, veröffentlicht am 3. März 2024", Some("Max Mustermann")),
            ("Автор: Иван Петров", Some("Иван Петров")),
            ("Publié par Claire Dubois", Some("Claire Dubois")),
            ("Escrito por Ana Pérez", Some("Ana Pérez")),
            ("Geschrieben von Anna Müller", Some("Anna Müller")),
            ("Autorin: Anna Müller", Some("Anna Müller")),
            ("作者：王小明", Some("王小明")),
            ("بقلم أحمد علي", Some("أحمد علي")),
            ("Jeffrey ZeldmanNovember 20, 2007", Some("Jeffrey Zeldman")),
            ("Jayesh Shinde | Updated on 19-Dec-2025", Some("Jayesh Shinde")),
            ("Dr. Vahid Osman - Mar 27, 2024", Some("Dr. Vahid Osman")),
            ("Recipe by PJ Hamel", Some("PJ Hamel")),
            ("Review by Ann Lee", Some("Ann Lee")),
            ("Dec. 19, 2025 · Niko Matsakis", Some("Niko Matsakis")),
            ("September 1, 2016 September 8, 2016 Autumn Adams", Some("Autumn Adams")),
            ("David Jackson - FullStack Editorial Team", Some("David Jackson")),
            ("Workzone Team• 4 mins read", Some("Workzone Team")),
            ("Payam Montie March 5, 2024 in General Discussions", Some("Payam Montie")),
            ("FlowGuard EMEA on 04-ago-2021 5:11:10", Some("FlowGuard EMEA")),
            ("Von Anna Schmidt, 16. März 2015", Some("Anna Schmidt")),
            ("About ASU Online", Some("ASU Online")),
            ("Matthew Richardson ⋅ Review Editor ⋅", Some("Matthew Richardson")),
            // A bio's opening sentence, of any length, for a byline: its name.
            ("Dennis Moons is the founder and lead instructor at Store Growers.", Some("Dennis Moons")),
            ("Posted by BeauHD on Friday December 19, 2025 @08:00PM from the roads dept.", Some("BeauHD")),
            ("Scott Davenport is a landscape photographer and photo educator who has taught night photography for years.", Some("Scott Davenport")),
            ("by Meaghan Weeden ● December 23, 2025 ● 6 min read", Some("Meaghan Weeden")),
            ("Angela Holliday-Bell, MD*", Some("Angela Holliday-Bell, MD")),
            ("Yucy3/4/2025", Some("Yucy")),
            ("undefined", None),
            ("By {{ post.author }}", None),
            ("[object Object]", None),
            ("page.head.extra.author", None),
            ("Author Spotlight", None),
            // A thread's furniture: what a member's join date leaves, a post count.
            ("Joined: Sun Dec 17, 2023 11:18 am", None),
            ("Posts: 9179", None),
            ("Mateusz HabernyFounder at Oakywood", Some("Mateusz Haberny")),
            ("Keith Barry Senior Autos Reporter", Some("Keith Barry")),
            ("Mateusz Haberny Founder at Oakywood", Some("Mateusz Haberny")),
            ("Rasmus Barslund Founder &", Some("Rasmus Barslund")),
            ("Co-Founder & Marketing Director", None),
            ("VP", None),
            ("Mayank Gupta, CEO of CaseBasix", Some("Mayank Gupta")),
            ("By MixmasterFred in Woodworking", Some("MixmasterFred")),
            // The "In" of a section set on the next line, and a count of comments.
            ("By Sara Harberson In", Some("Sara Harberson")),
            ("May 3, 2017 By Erin Spain 4 Comments", Some("Erin Spain")),
            ("By Jo Park No Comments", Some("Jo Park")),
            ("~ Rachel M.", Some("Rachel M.")),
            ("ByTrevor Jones", Some("Trevor Jones")),
            ("By Bhaval Patel Last Updated: December 6, 2024", Some("Bhaval Patel")),
            ("Raimond Iz Reviewed 12/08/2024", Some("Raimond Iz")),
            ("Ann Lee, edited March 3, 2025", Some("Ann Lee")),
            ("By: Jessica Elliott , Contributor", Some("Jessica Elliott")),
            ("Audrey Huang, Print Managing Editor", Some("Audrey Huang")),
            ("Ann Lee, Bob Smith, Editors", Some("Ann Lee, Bob Smith")),
            // A reading time, and a name printed twice.
            ("By Kyle Howells 15 min read", Some("Kyle Howells")),
            ("Jacob Trussell —10 min read", Some("Jacob Trussell")),
            ("5 min read", None),
            ("Written by: Colin Gray Colin Gray", Some("Colin Gray")),
            // A member's display name and handle alike; a name and its team are two things.
            ("Laubrani (Laubrani)", Some("Laubrani")),
            ("Catherine (GiveWell)", Some("Catherine (GiveWell)")),
            // A forum's labels for the thread's first poster.
            ("Thread starter SamuelMIz", Some("SamuelMIz")),
            ("Started by Perseus Legend", Some("Perseus Legend")),
            ("Topic starter ann_lee", Some("ann_lee")),
            ("Original poster: Ann Lee", Some("Ann Lee")),
            ("Jun 2", None),
            ("Sat, 20 Dec, 2025 - 06:36", None),
            ("Written By", None),
            ("About the Author:", None),
            ("By", None),
            ("Thread starter", None),
        ];
        for (raw, clean_name) in cases {
            assert_eq!(clean(raw).as_deref(), clean_name, "{raw}");
        }
    }

    #[test]
    fn a_byline_of_a_thousand_dates_is_read_past_two_only() {
        // A hostile JSON-LD author: cleaning it must not recurse, nor rescan, once per date.
        let dates = "January 2, 2020 ".repeat(1000);
        assert_eq!(without_date(&dates).matches("2020").count(), 998);
        assert_eq!(without_date("January 2, 2020 January 3, 2020 Ann Lee"), "Ann Lee");
    }

    /// Once, "*By Ann Lee*" (a plain text's emphasis) kept its label: the
    /// label was looked for at the line's first character, the asterisk.
    #[test]
    fn a_label_behind_a_mark_goes_too() {
        assert_eq!(clean("*By Ann Lee*").as_deref(), Some("Ann Lee"));
        assert_eq!(clean("· By Ann Lee · March 4, 2025").as_deref(), Some("Ann Lee"));
        // Near miss: a name behind a mark keeps its first word.
        assert_eq!(clean("* Byron Katie").as_deref(), Some("Byron Katie"));
    }

    #[test]
    fn names_that_look_like_labels_are_left_alone() {
        // Near misses: a name starting with "By", a title after a comma.
        assert_eq!(clean("Byron Katie").as_deref(), Some("Byron Katie"));
        assert_eq!(clean("Threadstarter Mods").as_deref(), Some("Threadstarter Mods"));
        assert_eq!(clean("Tracy Parker, Dietitian").as_deref(), Some("Tracy Parker, Dietitian"));
        // A role word inside a name of one word, or a name that is a team's.
        assert_eq!(clean("Senior Living Staff").as_deref(), Some("Senior Living Staff"));
        assert_eq!(clean("Founders Fund").as_deref(), Some("Founders Fund"));
        // A founder named in a sentence is no role after a name.
        assert_eq!(clean("Joe is the co-founder and CEO of Acme").as_deref(), Some("Joe is the co-founder and CEO of Acme"));
        // Nor does a paragraph naming a thing of one word open a bio.
        assert_eq!(clean("Python is a programming language").as_deref(), Some("Python is a programming language"));
        assert_eq!(clean("Great Day Editorial Team").as_deref(), Some("Great Day Editorial Team"));
        assert_eq!(clean("Jan Novak").as_deref(), Some("Jan Novak"));
        assert_eq!(clean("BYU News").as_deref(), Some("BYU News"));
        // A name with "in" inside it, and a team named after a number of things.
        assert_eq!(clean("Ingrid Insley").as_deref(), Some("Ingrid Insley"));
        assert_eq!(clean("Ten Replies Studio").as_deref(), Some("Ten Replies Studio"));
        // Two names are no role.
        assert_eq!(clean("Ann Lee, Bob Editorson").as_deref(), Some("Ann Lee, Bob Editorson"));
        // A figure that is no reading time, and a name whose halves differ.
        assert_eq!(clean("Team 10 Minute Meals").as_deref(), Some("Team 10 Minute Meals"));
        assert_eq!(clean("Gray Colin Colin Gray").as_deref(), Some("Gray Colin Colin Gray"));
        // A username with dots, and a name that opens like "Author".
        assert_eq!(clean("sara.r.peter").as_deref(), Some("sara.r.peter"));
        assert_eq!(clean("Authority Magazine").as_deref(), Some("Authority Magazine"));
        // Names holding a script's word are names: "Nan Goldin", "Null Island Press".
        assert_eq!(clean("Nan Goldin").as_deref(), Some("Nan Goldin"));
        assert_eq!(clean("Null Island Press").as_deref(), Some("Null Island Press"));
    }

    #[test]
    fn bylines_split_into_authors() {
        assert_eq!(split("Jane Doe and John Roe, Ann Lee", Switches::default()), ["Jane Doe", "John Roe", "Ann Lee"]);
        assert_eq!(split("Kaufman, Jeff T.; Lee, Ann", Switches::default()), ["Kaufman, Jeff T.", "Lee, Ann"]);
        assert_eq!(split("Ann Lee, Bo Li, and Jo Roe", Switches::default()), ["Ann Lee", "Bo Li", "Jo Roe"]);
        assert_eq!(split("Jan de Vries en Piet Jansen", Switches::default()), ["Jan de Vries", "Piet Jansen"]);
        assert_eq!(split("Anna Svensson och Erik Berg", Switches::default()), ["Anna Svensson", "Erik Berg"]);
        // Near miss: a capitalised "En" is a name's word, not a join.
        assert_eq!(split("Chen En Lee", Switches::default()), ["Chen En Lee"]);
    }

    /// Once, "Jillian Kubala, MS, RD" gave three authors: "Jillian Kubala", "MS"
    /// and "RD"; and "Danielle Padula, Head of Marketing and Community
    /// Development" three: "Danielle Padula", "Head of Marketing" and "Community Development".
    #[test]
    fn credentials_and_roles_after_a_name_are_no_authors() {
        assert_eq!(split("Danielle Padula, Head of Marketing and Community Development", Switches::default()), ["Danielle Padula"]);
        assert_eq!(split("Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators", Switches::default()), ["Julie Weisenhorn", "Natalie Hoidal"]);
        assert_eq!(split("Adrien Ramirez, 4+ years covering computer hardware", Switches::default()), ["Adrien Ramirez"]);
        assert_eq!(split("Jillian Kubala, MS, RD", Switches::default()), ["Jillian Kubala"]);
        assert_eq!(split("Genevieve Carlton, Ph.D.", Switches::default()), ["Genevieve Carlton"]);
        assert_eq!(split("Rebecca Lake, CEPF®, and Ann Lee, PhD", Switches::default()), ["Rebecca Lake", "Ann Lee"]);
        assert_eq!(split("Holly Wilgus, E-RYT 200", Switches::default()), ["Holly Wilgus"]);
        assert_eq!(split("John Roe, Jr.", Switches::default()), ["John Roe"]);
        // Near misses: names (short ones, with a particle, in capitals, in
        // lower case), and an organisation in capitals as the only author.
        assert_eq!(split("Ann Lee, Bob Stone", Switches::default()), ["Ann Lee", "Bob Stone"]);
        assert_eq!(split("Ann Lee, Bo Li", Switches::default()), ["Ann Lee", "Bo Li"]);
        assert_eq!(split("CNN", Switches::default()), ["CNN"]);
        assert_eq!(split("Ann Lee, LEONARDO GARCIA", Switches::default()), ["Ann Lee", "LEONARDO GARCIA"]);
        assert_eq!(split("Ann Lee, Ludwig van Beethoven", Switches::default()), ["Ann Lee", "Ludwig van Beethoven"]);
        assert_eq!(split("kirstin, mary", Switches::default()), ["kirstin", "mary"]);
        let off = Switches::default().with_off(&[Rule::BylineCleaning]);
        assert_eq!(split("Jillian Kubala, MS, RD", off), ["Jillian Kubala", "MS", "RD"]);
    }
}
