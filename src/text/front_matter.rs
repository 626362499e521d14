//! A text's front matter: the block of `key: value` lines between two `---`
//! lines that opens a page written by Hugo or Jekyll, a note in Markdown, or
//! a cleaner that prints its metadata before its text (trafilatura's
//! `--with-metadata`, dechaff's own). It is the page's head, not its text:
//! its title, author, dates, address, description and site are read as an
//! HTML page's `<head>` gives them, and its lines are no blocks.
//! (`context/front-matter`)

use super::WrittenHead;

/// Front matter runs at most this many lines, its `---` lines with them: a
/// page's metadata, not a document in YAML.
const FRONT_MATTER_MAX_LINES: usize = 60;

/// The front matter `text` opens with, if it does: a `---` line, then lines
/// of `key: value` (or a list's items and a value's continuation, indented
/// or after `- `), then a `---` or `...` line. A text that opens with a rule
/// (`---`) and goes on with prose has none. Its lines are counted as
/// [`super::lines`] cuts them, so that the page's text starts after them.
pub(super) fn front_matter(text: &str) -> Option<WrittenHead> {
    let mut lines = super::lines(text).take(FRONT_MATTER_MAX_LINES).enumerate();
    if lines.next()?.1.trim_end() != "---" {
        return None;
    }
    let mut front = WrittenHead::default();
    for (index, line) in lines {
        if matches!(line.trim_end(), "---" | "...") {
            front.lines = index + 1;
            let says_anything = front.title.is_some() || front.author.is_some() || front.published.is_some() || front.url.is_some();
            return says_anything.then_some(front);
        }
        if line.trim().is_empty() || line.starts_with([' ', '\t', '-']) {
            continue;
        }
        let (key, value) = line.split_once(':')?;
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            return None;
        }
        let field = match key.to_ascii_lowercase().as_str() {
            "title" => &mut front.title,
            // (dechaff writes the byline as the page prints it, and its names as a list.)
            "author" | "byline" => &mut front.author,
            "date" | "published" => &mut front.published,
            "modified" => &mut front.modified,
            "url" => &mut front.url,
            "description" => &mut front.description,
            "site" | "sitename" => &mut front.site,
            "lang" => &mut front.lang,
            _ => continue,
        };
        if field.is_none() {
            *field = scalar(value);
        }
    }
    None
}

/// A YAML scalar's text: unquoted, or in double quotes with JSON's escapes
/// (as dechaff writes it), or in single quotes (`''` for a quote); none for
/// an empty value, a null, or a list (`["Ann Lee"]`, `[a, b]`).
fn scalar(value: &str) -> Option<String> {
    let value = value.trim();
    let text = if value.starts_with('"') {
        serde_json::from_str::<String>(value).ok()?
    } else if let Some(quoted) = value.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')) {
        quoted.replace("''", "'")
    } else if matches!(value, "" | "~" | "null") || value.starts_with(['[', '{', '|', '>']) {
        return None;
    } else {
        value.to_string()
    };
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_gives_the_pages_head_and_its_length() {
        let text = "---\ntitle: \"Bridge opens \\\"at last\\\"\"\nbyline: \"Martha Quill\"\nauthors: [\"Martha Quill\"]\ntags:\n  - bridges\n- roads\ndate: 2024-05-02\nmodified: 2024-05-03\nsitename: 'The Valley''s Gazette'\nurl: https://example.com/bridge\nlang: en\n---\n\nThe council met.\n";
        let front = front_matter(text).unwrap();
        assert_eq!(front.title.as_deref(), Some("Bridge opens \"at last\""));
        assert_eq!(front.author.as_deref(), Some("Martha Quill"));
        assert_eq!(front.published.as_deref(), Some("2024-05-02"));
        assert_eq!(front.modified.as_deref(), Some("2024-05-03"));
        assert_eq!(front.site.as_deref(), Some("The Valley's Gazette"));
        assert_eq!(front.url.as_deref(), Some("https://example.com/bridge"));
        assert_eq!(front.lang.as_deref(), Some("en"));
        assert_eq!(front.lines, 13);
        // With Windows's line ends, and closed by `...`.
        assert_eq!(front_matter("---\r\ntitle: Bridge\r\n...\r\nText\r\n").map(|f| (f.title, f.lines)), Some((Some("Bridge".to_string()), 3)));
    }

    #[test]
    fn a_rule_prose_or_an_unclosed_block_is_no_front_matter() {
        // A rule, then prose with a colon in it.
        assert_eq!(front_matter("---\nThe council met: it agreed.\n---\n"), None);
        // Never closed.
        assert_eq!(front_matter("---\ntitle: Bridge\n\nThe council met.\n"), None);
        // Closed, but saying nothing of the page.
        assert_eq!(front_matter("---\nlayout: post\n---\n"), None);
        // Not at the top.
        assert_eq!(front_matter("Bridge\n---\ntitle: Bridge\n---\n"), None);
        // Longer than any page's metadata.
        let long = format!("---\ntitle: Bridge\n{}---\n", "tag: x\n".repeat(FRONT_MATTER_MAX_LINES));
        assert_eq!(front_matter(&long), None);
    }
}
