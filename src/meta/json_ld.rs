//! Walking a page's JSON-LD: the first object of a type or with a property,
//! inside arrays, `@graph` and `mainEntity`; the object an `@id` refers to;
//! a value as text, and the names in an `author` or a `publisher`.

use serde_json::{Map, Value};

use crate::blocks::collapse_whitespace;

/// The first object of one of `types` in a JSON-LD script, looking inside
/// arrays and the properties named in `inside` (`@graph`, `mainEntity`).
pub(super) fn first_object_of<'a>(script: &'a Value, types: &[&str], inside: &[&str]) -> Option<&'a Map<String, Value>> {
    first_object_where(script, inside, |object| match object.get("@type") {
        Some(Value::String(kind)) => types.contains(&kind.as_str()),
        Some(Value::Array(kinds)) => kinds.iter().any(|k| k.as_str().is_some_and(|k| types.contains(&k))),
        _ => false,
    })
}

/// The first object in a JSON-LD script that `is_wanted`, looking inside
/// arrays and the properties named in `inside`.
pub(super) fn first_object_where<'a>(script: &'a Value, inside: &[&str], is_wanted: impl Fn(&Map<String, Value>) -> bool) -> Option<&'a Map<String, Value>> {
    let mut pending = vec![script];
    while let Some(value) = pending.pop() {
        match value {
            Value::Array(items) => pending.extend(items.iter().rev()),
            Value::Object(object) => {
                if is_wanted(object) {
                    return Some(object);
                }
                pending.extend(inside.iter().rev().filter_map(|key| object.get(*key)));
            }
            _ => {}
        }
    }
    None
}

/// A JSON-LD value as text: a string, or a number.
pub(super) fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(collapse_whitespace(text)).filter(|t| !t.is_empty()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Names in a JSON-LD `author` or `publisher`: a string, an object with `name`, or a list of either.
pub(super) fn names_of(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items.iter().flat_map(names_of).collect(),
        Value::Object(object) => object.get("name").and_then(text_of).into_iter().collect(),
        other => text_of(other).into_iter().collect(),
    }
}

/// The JSON-LD object whose `@id` is `id`, in any script, array or `@graph`.
pub(super) fn object_with_id<'a>(scripts: &'a [Value], id: &str) -> Option<&'a Map<String, Value>> {
    let mut pending: Vec<&Value> = scripts.iter().collect();
    while let Some(value) = pending.pop() {
        match value {
            Value::Array(items) => pending.extend(items),
            Value::Object(object) => {
                if object.get("@id").and_then(Value::as_str) == Some(id) && object.contains_key("name") {
                    return Some(object);
                }
                pending.extend(object.get("@graph"));
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_object_of_a_type_is_found_inside_arrays_and_graphs() {
        let script: Value = serde_json::from_str(
            r#"[{"@type": "WebSite", "name": "Site"}, {"@graph": [{"@type": ["Thing", "NewsArticle"], "headline": "Found"}]}]"#,
        )
        .unwrap();
        let article = first_object_of(&script, &["NewsArticle"], &["@graph"]).unwrap();
        assert_eq!(article.get("headline").and_then(text_of).as_deref(), Some("Found"));
        // Near miss: not looked for inside a property that is not named.
        let nested: Value = serde_json::from_str(r#"{"@type": "WebPage", "about": {"@type": "NewsArticle"}}"#).unwrap();
        assert!(first_object_of(&nested, &["NewsArticle"], &["@graph"]).is_none());
    }

    #[test]
    fn an_id_reference_finds_the_named_object_in_any_script() {
        let scripts: Vec<Value> = [r##"{"@type": "Article", "author": {"@id": "#ann"}}"##, r##"{"@graph": [{"@id": "#ann", "name": "Ann Lee"}]}"##]
            .iter()
            .map(|s| serde_json::from_str(s).unwrap())
            .collect();
        let person = object_with_id(&scripts, "#ann").unwrap();
        assert_eq!(names_of(&Value::Object(person.clone())), ["Ann Lee"]);
        // The reference itself has an @id but no name: it is not the object.
        assert!(object_with_id(&scripts[..1], "#ann").is_none());
    }

    #[test]
    fn values_read_as_text_and_names_from_strings_objects_and_lists() {
        assert_eq!(text_of(&Value::from("  two\n words ")).as_deref(), Some("two words"));
        assert_eq!(text_of(&Value::from(2024)).as_deref(), Some("2024"));
        assert_eq!(text_of(&Value::from(" ")), None);
        let authors: Value = serde_json::from_str(r#"["Ann Lee", {"name": "Bo Chan"}, {"url": "x"}]"#).unwrap();
        assert_eq!(names_of(&authors), ["Ann Lee", "Bo Chan"]);
    }
}
