//! Rendering a report into the page: the messages after each field (linked with
//! `aria-describedby`, `aria-invalid` and custom validity for errors), findings about the
//! whole ad, the summary and the polite live region. User text is only ever written with
//! `textContent`.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::form::Group;
use super::{get, i18n, next_id, present, utf16_slice, Inner, Run};
use crate::{wire, Severity};

/// What the widget added around one field.
pub(super) struct FieldUi {
    /// The controls (several for a radio or checkbox group); the first is the key.
    pub controls: Vec<Element>,
    /// The message element after the field.
    pub message: Element,
    /// `aria-describedby` and `aria-invalid` of each control before the widget touched them.
    pub prior: Vec<(Option<String>, Option<String>)>,
}

impl FieldUi {
    pub fn restore(self) {
        for (el, (described, invalid)) in self.controls.iter().zip(&self.prior) {
            restore_attr(el, "aria-describedby", described);
            restore_attr(el, "aria-invalid", invalid);
            set_validity(el, "");
        }
        self.message.remove();
    }
}

pub(super) fn restore_attr(el: &Element, name: &str, prior: &Option<String>) {
    let _ = match prior {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// `setCustomValidity` on an input, select or textarea (any element that has it).
pub(super) fn set_validity(el: &Element, message: &str) {
    if let Ok(f) = get(el, "setCustomValidity").dyn_into::<js_sys::Function>() {
        let _ = f.call1(el, &JsValue::from_str(message));
    }
}

pub(super) fn severity_rank(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The group a diagnostic belongs to: its exact path; else the first field under it
/// (`contacts` → `contacts.0.email`); else the nearest field above it.
pub(super) fn place(groups: &[Group], field: &str) -> Option<usize> {
    let (mut under, mut above): (Option<usize>, Option<usize>) = (None, None);
    for (i, g) in groups.iter().enumerate() {
        if g.path == field {
            return Some(i);
        }
        if under.is_none() && g.path.starts_with(field) && g.path.as_bytes().get(field.len()) == Some(&b'.') {
            under = Some(i);
        }
        // The longest path above; the last of equally long ones.
        if field.starts_with(&g.path)
            && field.as_bytes().get(g.path.len()) == Some(&b'.')
            && above.is_none_or(|a| g.path.len() >= groups[a].path.len())
        {
            above = Some(i);
        }
    }
    under.or(above)
}

/// Where a field's message element goes: after `anchor` when the field has one (an editor's
/// outer element); else after the control (after its `<label>` when the control sits inside
/// one); for a group, at the end of their common `<fieldset>`, else after the last control.
fn insert_message(controls: &[Element], anchor: Option<&Element>, message: &Element) -> Result<(), JsValue> {
    if let Some(anchor) = anchor {
        return anchor.after_with_node_1(message);
    }
    let Some(last) = controls.last() else { return Ok(()) };
    if controls.len() > 1 {
        if let Ok(Some(fieldset)) = last.closest("fieldset") {
            if controls.iter().all(|c| fieldset.contains(Some(c.as_ref()))) {
                fieldset.append_child(message)?;
                return Ok(());
            }
        }
    }
    let anchor = match last.parent_element() {
        Some(p) if p.tag_name().eq_ignore_ascii_case("label") => p,
        _ => last.clone(),
    };
    anchor.after_with_node_1(message)
}

/// A label for a field in the summary: its `<label>`, `aria-label`, `legend`, else its path.
fn label_of(group: &Group) -> String {
    let Some(first) = group.controls.first() else { return group.path.clone() };
    if group.controls.len() > 1 {
        if let Ok(Some(legend)) = first.closest("fieldset").map(|f| f.and_then(|f| f.query_selector("legend").ok().flatten())) {
            if let Some(t) = legend.text_content().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()) {
                return t;
            }
        }
    }
    if let Some(label) = first.get_attribute("aria-label").filter(|l| !l.trim().is_empty()) {
        return label.trim().to_owned();
    }
    // An editor's editable element is often named by another element (`aria-labelledby`).
    if let (Some(ids), Some(doc)) = (first.get_attribute("aria-labelledby"), first.owner_document()) {
        let mut out = String::new();
        for id in ids.split_whitespace() {
            if let Some(t) = doc.get_element_by_id(id).and_then(|e| e.text_content()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(t.trim());
            }
        }
        if !out.is_empty() {
            return out;
        }
    }
    let labels = get(first, "labels");
    if let Some(label) = present(get(&labels, "0")).and_then(|l| l.dyn_into::<Element>().ok()) {
        let text = label.text_content().map(|t| {
            let mut out = String::new();
            for word in t.split_whitespace() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word);
            }
            out
        });
        if let Some(t) = text.filter(|t| !t.is_empty()) {
            return t;
        }
    }
    group.path.clone()
}

impl Inner {
    /// Renders `report` (made from `run`): keeps the UI of fields that still have findings,
    /// drops the rest, then the whole-ad findings, the summary and the announcement.
    #[inline(never)]
    pub(super) fn render(&mut self, run: &Run, report: &wire::Report) -> Result<(), JsValue> {
        let doc = self.doc.clone();
        let ui = i18n::ui(self.settings.lang);
        let groups = &run.groups;
        let diags = &report.diagnostics;
        let mine_of = |group: usize| -> Vec<usize> {
            let mut mine = Vec::new();
            for (i, g) in run.placement.iter().enumerate() {
                if *g == Some(group) {
                    mine.push(i);
                }
            }
            mine
        };

        // Per-field messages. Restore every field UI that is not kept *before* new ones record
        // the controls' prior attributes, so that a prior value is never one the widget set itself.
        let mut keep: Vec<FieldUi> = Vec::new();
        let mut old = std::mem::take(&mut self.fields);
        let mut reused: Vec<Option<FieldUi>> = Vec::with_capacity(groups.len());
        for (gi, group) in groups.iter().enumerate() {
            let wanted = run.placement.contains(&Some(gi));
            let at = if wanted { old.iter().position(|u| u.controls == group.controls) } else { None };
            reused.push(at.map(|i| old.swap_remove(i)));
        }
        for ui in old {
            ui.restore();
        }
        for (gi, group) in groups.iter().enumerate() {
            let mine = mine_of(gi);
            if mine.is_empty() {
                continue;
            }
            let field_ui = match reused[gi].take() {
                Some(ui) => ui,
                None => {
                    let message = el(&doc, "div", "tmt-messages", None)?;
                    let n = next_id();
                    message.set_id(&format!("tmt-msg-{}-{n}", self.id));
                    let mut prior = Vec::with_capacity(group.controls.len());
                    for c in &group.controls {
                        let described = c.get_attribute("aria-describedby");
                        let mut ids = described.as_deref().unwrap_or_default().trim().to_owned();
                        if !ids.is_empty() {
                            ids.push(' ');
                        }
                        ids.push_str(&message.id());
                        c.set_attribute("aria-describedby", &ids)?;
                        prior.push((described, c.get_attribute("aria-invalid")));
                    }
                    let anchor = run.source_of(&group.path).map(|s| &s.anchor);
                    insert_message(&group.controls, anchor, &message)?;
                    FieldUi { controls: group.controls.clone(), message, prior }
                }
            };
            field_ui.message.set_text_content(None);
            let list = el(&doc, "ul", "tmt-list", None)?;
            for &i in &mine {
                let item = self.item(&doc, &ui, run, &diags[i], i, true)?;
                list.append_child(&item)?;
            }
            field_ui.message.append_child(&list)?;
            let first_error = mine.iter().map(|&i| &diags[i]).find(|d| d.severity == Severity::Error);
            for (c, (_, invalid)) in field_ui.controls.iter().zip(&field_ui.prior) {
                match first_error {
                    Some(d) => {
                        c.set_attribute("aria-invalid", "true")?;
                        set_validity(c, d.message);
                    }
                    None => {
                        restore_attr(c, "aria-invalid", invalid);
                        set_validity(c, "");
                    }
                }
            }
            keep.push(field_ui);
        }
        self.fields = keep;

        // Findings with no field in the form: in the summary when there is one, else at the top of the form.
        let unplaced: Vec<usize> = (0..diags.len()).filter(|&i| run.placement[i].is_none()).collect();
        if self.summary.is_none() && !unplaced.is_empty() {
            let box_el = match self.form_level.take() {
                Some(el) => el,
                None => {
                    let level = el(&doc, "div", "tmt-messages tmt-form-level", None)?;
                    self.form.prepend_with_node_1(&level)?;
                    level
                }
            };
            box_el.set_text_content(None);
            let list = el(&doc, "ul", "tmt-list", None)?;
            for &i in &unplaced {
                let item = self.item(&doc, &ui, run, &diags[i], i, false)?;
                list.append_child(&item)?;
            }
            box_el.append_child(&list)?;
            self.form_level = Some(box_el);
        } else if let Some(el) = self.form_level.take() {
            el.remove();
        }

        // Summary: counts, then every finding with a button that focuses its field.
        let counts_text = i18n::counts(self.settings.lang, report.counts.error, report.counts.warning, report.counts.info);
        if let Some((container, _)) = &self.summary {
            container.set_text_content(None);
            let p = el(&doc, "p", "tmt-counts", Some(if diags.is_empty() { ui.no_findings } else { &counts_text }))?;
            container.append_child(&p)?;
            if !diags.is_empty() {
                let list = el(&doc, "ul", "tmt-list", None)?;
                for (i, d) in diags.iter().enumerate() {
                    let li = el(&doc, "li", item_class(d.severity), None)?;
                    let icon_el = icon(&doc, &ui, d.severity)?;
                    li.append_child(&icon_el)?;
                    match run.placement[i] {
                        Some(group) => {
                            let b = button(&doc, "tmt-goto", "data-tmt-goto", &format!("{}:{i}", self.id), &label_of(&groups[group]))?;
                            li.append_child(&b)?;
                        }
                        None => {
                            let s = el(&doc, "strong", "tmt-whole", Some(ui.whole_ad))?;
                            li.append_child(&s)?;
                        }
                    }
                    li.append_with_str_1(" ")?;
                    let text = el(&doc, "span", "tmt-text", Some(d.message))?;
                    li.append_child(&text)?;
                    list.append_child(&li)?;
                }
                container.append_child(&list)?;
            }
        }

        // A polite announcement when the set of findings changes (not on the first run, not per keystroke).
        let mut signature = String::new();
        for d in diags {
            for part in [d.severity.as_str(), "|", d.field.unwrap_or(""), "|", d.message, "\n"] {
                signature.push_str(part);
            }
        }
        if let Some(live) = &self.live {
            if self.signature.as_ref().is_some_and(|s| *s != signature) {
                live.set_text_content(Some(if diags.is_empty() { ui.no_findings } else { &counts_text }));
            }
        }
        self.signature = Some(signature);
        Ok(())
    }

    /// One finding: icon, severity for screen readers, the excerpt in `<mark>`, the message, and
    /// an apply button when it has a suggestion for this very field.
    fn item(
        &self,
        doc: &Document,
        ui: &i18n::Ui,
        run: &Run,
        d: &wire::Diagnostic,
        index: usize,
        with_apply: bool,
    ) -> Result<Element, JsValue> {
        let li = el(doc, "li", item_class(d.severity), None)?;
        let icon_el = icon(doc, ui, d.severity)?;
        li.append_child(&icon_el)?;
        let text = d.field.and_then(|f| wire::text_at(&run.findings.value, f));
        if let Some(excerpt) = d.span.zip(text).and_then(|(span, text)| utf16_slice(text, span.start, span.end)).filter(|e| !e.is_empty()) {
            let mark = el(doc, "mark", "tmt-excerpt", Some(excerpt))?;
            li.append_child(&mark)?;
            li.append_with_str_1(" ")?;
        }
        let msg = el(doc, "span", "tmt-text", Some(d.message))?;
        li.append_child(&msg)?;
        if let (Some(suggestion), true) = (d.suggestion, with_apply && run.applicable(d, index)) {
            li.append_with_str_1(" ")?;
            let b = button(
                doc,
                "tmt-apply",
                "data-tmt-apply",
                &format!("{}:{index}", self.id),
                &format!("{} “{suggestion}”", ui.replace_with),
            )?;
            li.append_child(&b)?;
        }
        Ok(li)
    }
}

/// The severity icon (hidden from screen readers) and the severity word (only for them).
fn icon(doc: &Document, ui: &i18n::Ui, severity: Severity) -> Result<Element, JsValue> {
    let glyph = match severity {
        Severity::Error => "✖",
        Severity::Warning => "⚠",
        Severity::Info => "ℹ",
    };
    let wrap = el(doc, "span", "tmt-icon", None)?;
    let g = el(doc, "span", "tmt-glyph", Some(glyph))?;
    g.set_attribute("aria-hidden", "true")?;
    wrap.append_child(&g)?;
    let word = el(doc, "span", "tmt-sr-only", Some(&format!("{}: ", ui.severity[severity_rank(severity)])))?;
    wrap.append_child(&word)?;
    Ok(wrap)
}

fn item_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "tmt-item tmt-error",
        Severity::Warning => "tmt-item tmt-warning",
        Severity::Info => "tmt-item tmt-info",
    }
}

/// A new element with a class and, optionally, a text (always as text, never as HTML).
#[inline(never)]
pub(super) fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    e.set_attribute("class", class)?;
    if text.is_some() {
        e.set_text_content(text);
    }
    Ok(e)
}

/// A `type="button"` button carrying a reference to a finding (`data-tmt-apply` / `data-tmt-goto`).
#[inline(never)]
fn button(doc: &Document, class: &str, attr: &str, reference: &str, text: &str) -> Result<Element, JsValue> {
    let b = el(doc, "button", class, Some(text))?;
    b.set_attribute("type", "button")?;
    b.set_attribute(attr, reference)?;
    Ok(b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn findings_are_placed_on_their_field_else_below_else_the_nearest_above() {
        let paths = ["position", "contacts.0.email", "contacts.1.email", "position.title", "position.title.fi", "location", "location.x"];
        let groups: Vec<Group> = paths.iter().map(|p| Group { path: (*p).to_owned(), controls: Vec::new() }).collect();
        let cases = [
            ("position.title.fi", Some("position.title.fi")),
            ("contacts", Some("contacts.0.email")),
            ("contacts.1", Some("contacts.1.email")),
            ("position.title.sv", Some("position.title")),
            ("position.jobDescription.fi", Some("position")),
            ("location", Some("location")),
            ("location.x.y.z", Some("location.x")),
            ("positionx", None),
            ("contacts.2.email", None),
            ("", None),
        ];
        for (field, expected) in cases {
            assert_eq!(place(&groups, field).map(|g| groups[g].path.as_str()), expected, "{field}");
        }
        // Equally long paths above: the last one wins.
        let twins: Vec<Group> = ["a.b", "a.b"].iter().map(|p| Group { path: (*p).to_owned(), controls: Vec::new() }).collect();
        assert_eq!(place(&twins, "a.b.c"), Some(1));
    }
}
