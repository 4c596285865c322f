//! Reading the form: which controls are ad fields (by `options.fields`, `data-tmt-field` or a
//! `name` that is a model path) and the ad they describe, as a JSON value. Read-only: nothing
//! here writes to the page.

use serde_json::{Map, Number, Value};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlFormElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use crate::model::{JobAd, Schema};

/// The model's shape at a path (`position.title.fi`, `contacts.0.email`), from the ad model's one
/// table: which values are lists, numbers and booleans is read there, not kept in a copy here.
fn schema(path: &str) -> Option<&'static Schema> {
    Schema::at(path).map(|(schema, _)| schema)
}

/// Whether a `name` starting with `root` is taken as a model path: `root` is a top-level field of the ad.
fn is_root(root: &str) -> bool {
    JobAd::FIELDS.iter().any(|f| f.name == root)
}

/// Array indexes above this in a path are ignored (a `name` must not allocate a huge list).
const MAX_INDEX: usize = 1000;

/// One ad field of the form: its model path and its controls (several for radio and checkbox groups).
pub(super) struct Group {
    pub path: String,
    pub controls: Vec<Element>,
}

/// The type a control's value gets in the ad (`data-tmt-type`, else from the model path and control).
#[derive(Clone, Copy, PartialEq)]
enum Hint {
    Auto,
    Text,
    Number,
    Boolean,
    List,
}

fn hint_of(el: &Element) -> Hint {
    match el.get_attribute("data-tmt-type").as_deref() {
        Some("number") => Hint::Number,
        Some("boolean") => Hint::Boolean,
        Some("list") => Hint::List,
        Some("text" | "string") => Hint::Text,
        _ => Hint::Auto,
    }
}

/// The model path of a control, if it is an ad field.
fn path_of(el: &Element) -> Option<String> {
    if let Some(path) = el.get_attribute("data-tmt-field").filter(|p| is_path(p)) {
        return Some(path);
    }
    let name = el.get_attribute("name")?;
    let root = name.split('.').next().unwrap_or_default();
    (is_root(root) && is_path(&name)).then_some(name)
}

fn is_path(path: &str) -> bool {
    !path.is_empty() && path.split('.').all(|part| !part.is_empty())
}

/// Whether a control takes part: an input, select or textarea that is not disabled and not a button.
fn is_data_control(el: &Element) -> bool {
    // `:disabled` also covers controls inside a disabled <fieldset>.
    if el.matches(":disabled").unwrap_or(true) {
        return false;
    }
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        return !matches!(input.type_().as_str(), "button" | "submit" | "reset" | "image" | "file");
    }
    el.has_type::<HtmlSelectElement>() || el.has_type::<HtmlTextAreaElement>()
}

/// The ad's fields in the form, in document order (explicitly mapped controls first).
/// `mapped` is `options.fields` resolved to elements.
pub(super) fn scan(form: &HtmlFormElement, mapped: &[(String, Element)]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut add = |path: String, el: Element| match groups.iter_mut().find(|g| g.path == path) {
        Some(g) => {
            if !g.controls.contains(&el) {
                g.controls.push(el)
            }
        }
        None => groups.push(Group { path, controls: vec![el] }),
    };
    for (path, el) in mapped {
        if is_path(path) && is_data_control(el) {
            add(path.clone(), el.clone());
        }
    }
    let elements = form.elements();
    for i in 0..elements.length() {
        let Some(el) = elements.item(i) else { continue };
        if mapped.iter().any(|(_, m)| *m == el) || !is_data_control(&el) {
            continue;
        }
        if let Some(path) = path_of(&el) {
            add(path, el);
        }
    }
    groups
}

/// The ad the form describes: every group's value at its path. Empty values are left out
/// (an empty field is an absent field).
pub(super) fn ad_value(groups: &[Group]) -> Value {
    let mut root = Value::Object(Map::new());
    for group in groups {
        if let Some(value) = group_value(group) {
            insert(&mut root, &group.path, value);
        }
    }
    root
}

fn group_value(group: &Group) -> Option<Value> {
    let path = group.path.as_str();
    let first = group.controls.first()?;
    let hint = hint_of(first);
    let as_list = hint == Hint::List || (hint == Hint::Auto && matches!(schema(path), Some(Schema::List(_))));
    let input_type = |el: &Element| el.dyn_ref::<HtmlInputElement>().map(|i| i.type_());
    let all_of = |t: &str| group.controls.iter().all(|el| input_type(el).as_deref() == Some(t));

    if all_of("checkbox") {
        if as_list || group.controls.len() > 1 {
            let mut checked: Vec<Value> = Vec::new();
            for el in &group.controls {
                if let Some(input) = el.dyn_ref::<HtmlInputElement>().filter(|i| i.checked()) {
                    checked.push(typed(path, hint, input.value()));
                }
            }
            return (!checked.is_empty()).then_some(Value::Array(checked));
        }
        // A single checkbox: a boolean field, or a value that is there only when checked.
        let input = first.dyn_ref::<HtmlInputElement>()?;
        let value = input.value();
        if hint == Hint::Boolean || schema(path) == Some(&Schema::Bool) || value == "on" {
            return Some(Value::Bool(input.checked()));
        }
        return input.checked().then(|| typed(path, hint, value));
    }
    if all_of("radio") {
        for el in &group.controls {
            if let Some(input) = el.dyn_ref::<HtmlInputElement>().filter(|i| i.checked()) {
                return scalar(path, hint, as_list, input.value());
            }
        }
        return None;
    }
    let mut values: Vec<Value> = Vec::new();
    for el in &group.controls {
        if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
            if select.multiple() {
                let selected = select.selected_options();
                let mut items: Vec<Value> = Vec::new();
                for i in 0..selected.length() {
                    let Some(option) = selected.item(i) else { continue };
                    match option.get_attribute("value").or_else(|| option.text_content()) {
                        Some(v) if !v.is_empty() => items.push(typed(path, hint, v)),
                        _ => {}
                    }
                }
                if !items.is_empty() {
                    return Some(Value::Array(items));
                }
                continue;
            }
            values.extend(scalar(path, hint, false, select.value()));
        } else if let Some(area) = el.dyn_ref::<HtmlTextAreaElement>() {
            values.extend(scalar(path, hint, false, area.value()));
        } else if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
            let raw = input.value();
            let value = match input.type_().as_str() {
                "date" if !raw.is_empty() => {
                    // The ad writes date-times; an expiry date means the end of that day.
                    let time = if path.ends_with("expires") { "23:59:59" } else { "00:00:00" };
                    format!("{raw}T{time}")
                }
                "datetime-local" if raw.len() == 16 => format!("{raw}:00"),
                "number" if hint == Hint::Auto => {
                    values.extend(number(&raw));
                    continue;
                }
                _ => raw,
            };
            values.extend(scalar(path, hint, false, value));
        }
    }
    if as_list {
        let mut items: Vec<Value> = Vec::new();
        for v in values {
            match v {
                // A text input for a list of codes: "091, 049".
                Value::String(s) if s.contains(',') => {
                    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                        items.push(Value::String(part.to_owned()));
                    }
                }
                other => items.push(other),
            }
        }
        return (!items.is_empty()).then_some(Value::Array(items));
    }
    match values.len() {
        0 => None,
        1 => values.pop(),
        _ => Some(Value::Array(values)),
    }
}

/// One non-empty value, typed by the path (numbers, booleans) and wrapped when the field is a list.
fn scalar(path: &str, hint: Hint, as_list: bool, value: String) -> Option<Value> {
    if value.is_empty() {
        return None;
    }
    let v = typed(path, hint, value);
    Some(if as_list { Value::Array(vec![v]) } else { v })
}

/// A number where the model wants one (text that is no number stays text, and the engine
/// reports its type), `true`/`false` for booleans, else the text as it is.
fn typed(path: &str, hint: Hint, value: String) -> Value {
    let wants_number = hint == Hint::Number || (hint == Hint::Auto && schema(path) == Some(&Schema::Number));
    let wants_bool = hint == Hint::Boolean || (hint == Hint::Auto && schema(path) == Some(&Schema::Bool));
    if wants_number {
        if let Some(n) = number(&value) {
            return n;
        }
    }
    if wants_bool {
        match value.as_str() {
            "true" => return Value::Bool(true),
            "false" => return Value::Bool(false),
            _ => {}
        }
    }
    Value::String(value)
}

/// `"12"` → 12, `"1.5"` → 1.5; `None` for empty or non-numeric text. (JavaScript's `Number()`
/// parses, which keeps Rust's float parser out of the wasm.)
fn number(text: &str) -> Option<Value> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let Ok(n) = text.parse::<js_sys::Number>().map(|n| n.value_of());
    if !n.is_finite() {
        return None;
    }
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        return Some(Value::Number((n as i64).into()));
    }
    Number::from_f64(n).map(Value::Number)
}

/// Puts `value` at a dotted path, creating objects (and arrays for numeric parts) on the way.
/// A part that conflicts with what is already there, or an index above `MAX_INDEX`, is skipped.
pub(super) fn insert(root: &mut Value, path: &str, value: Value) {
    let parts: Vec<&str> = path.split('.').collect();
    let mut node = root;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let next_is_index = parts.get(i + 1).is_some_and(|p| p.parse::<usize>().is_ok());
        let fresh = || if next_is_index { Value::Array(Vec::new()) } else { Value::Object(Map::new()) };
        node = match node {
            Value::Object(map) => {
                if last {
                    map.insert((*part).to_owned(), value);
                    return;
                }
                // `insert` and `get_mut` rather than the entry API: the deserializer already has them.
                if !map.contains_key(*part) {
                    map.insert((*part).to_owned(), fresh());
                }
                match map.get_mut(*part) {
                    Some(next) => next,
                    None => return,
                }
            }
            Value::Array(items) => {
                let Some(index) = part.parse::<usize>().ok().filter(|&n| n <= MAX_INDEX) else { return };
                while items.len() <= index {
                    items.push(Value::Null);
                }
                if last {
                    items[index] = value;
                    return;
                }
                if items[index].is_null() {
                    items[index] = fresh();
                }
                &mut items[index]
            }
            _ => return,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn insert_builds_objects_and_arrays() {
        let mut root = Value::Object(Map::new());
        insert(&mut root, "position.title.fi", "Myyjä".into());
        insert(&mut root, "contacts.1.email", "a@b.fi".into());
        insert(&mut root, "contacts.1.email.deeper", "x".into()); // conflicts: skipped
        insert(&mut root, "contacts.5000.email", "x".into()); // index too large: skipped
        assert_eq!(root, serde_json::json!({ "position": { "title": { "fi": "Myyjä" } }, "contacts": [null, { "email": "a@b.fi" }] }));
    }

    #[test]
    fn typed_values_follow_the_model() {
        let cases = [
            ("application.openPositions", "3", serde_json::json!(3)),
            ("application.openPositions", "many", serde_json::json!("many")),
            ("position.workingHours.min", "37.5", serde_json::json!(37.5)),
            ("location.remote", "true", serde_json::json!(true)),
            ("location.requiresTravelling", "false", serde_json::json!(false)),
            ("contacts.0.email", "3", serde_json::json!("3")),
            ("position.title.fi", "3", serde_json::json!("3")),
            ("position.title.fi", "true", serde_json::json!("true")),
        ];
        for (path, text, expected) in cases {
            assert_eq!(typed(path, Hint::Auto, text.to_owned()), expected, "{path} {text}");
        }
    }
}
