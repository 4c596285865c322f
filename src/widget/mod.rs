//! The form widget (wasm32 only): `attach(form, options)` gives live feedback inside an existing
//! ad form. One way data flow: form → ad (JSON) → [`crate::validate`] → wire report (UTF-16
//! spans) → DOM. The engine knows nothing of this module.
//!
//! Everything the widget adds to the page is recorded here and removed by `detach()`: event
//! listeners ([`gloo_events::EventListener`], removed on drop), the debounce timer
//! ([`gloo_timers::callback::Timeout`], cancelled on drop), message elements, the summary, the
//! live region, the stylesheet, and the attributes it set (`aria-describedby` and `aria-invalid`
//! are restored to their prior values, custom validity is cleared). User text is only ever
//! written with `textContent`. The only writes to form values are the "apply suggestion" button.

mod form;
mod i18n;

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use js_sys::{Function, Object, Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Event, EventInit, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlTextAreaElement};

use crate::wire::Utf16Span;
use crate::{wire, Counts, JobAd, Lang, Severity};
use form::Group;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** Options for `attach`. Every key is optional. */
export interface AttachOptions extends Options {
  /** UI and message language (default: the page's `<html lang>` when fi/sv/en, else `"fi"`). */
  lang?: Lang;
  /** Milliseconds of quiet after typing before re-validating (default 150). */
  debounce?: number;
  /** An element (or a selector) to render the summary into: counts and a list of findings that focus their field. */
  summary?: Element | string | null;
  /** Explicit mapping of model paths to controls (an element or a selector), for forms whose names are not model paths. */
  fields?: Record<string, Element | string>;
  /** Called with every new Report (also after `validate()`), for frontends that render their own UI. */
  onReport?: (report: Report) => void;
  /** Your own checks: called with the ad read from the form; the diagnostics it returns (UTF-16 spans) are shown and reported like the engine's. */
  check?: (ad: JobAd) => Array<Partial<Diagnostic> & { message: string; severity: Severity }>;
  /** `false`: do not add the default stylesheet (style the `.tmt-*` classes yourself). Default `true`. A page's own `<style id="tmt-validator-style">` replaces it. */
  styles?: boolean;
  /** `false`: no polite screen-reader announcement of the counts when the findings change. Default `true`. */
  announce?: boolean;
}
/** The live widget on one form. */
export class WidgetHandle {
  private constructor();
  /** Re-reads the form (fields added since are picked up), validates now, renders, and returns the Report. */
  validate(): Report;
  /** The last Report (`null` after `detach()`). */
  report(): Report | null;
  /** Merges new options into the current ones and re-validates. */
  setOptions(options: AttachOptions): void;
  /** Removes every listener, element and attribute the widget added: the form is as it was. */
  detach(): void;
  /** Same as `detach()`, and frees the handle. */
  free(): void;
}
/** Attaches live validation to a `<form>` (an element or a selector). Validates once right away. Throws a `TypeError` when there is no such form or the options are invalid. */
export function attach(form: HTMLFormElement | string, options?: AttachOptions): WidgetHandle;
"#;

const STYLE: &str = include_str!("style.css");
const STYLE_ID: &str = "tmt-validator-style";
const DEFAULT_DEBOUNCE_MS: u32 = 150;

// Page-wide counters. The wasm build has one thread, so relaxed atomics are plain loads and
// stores (and, unlike `thread_local!`, bring no access-error path into the build).
/// Ids for widgets and message elements.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);
/// How many attached widgets use the shared default stylesheet (removed when none does).
static STYLE_USERS: AtomicU32 = AtomicU32::new(0);
/// Whether the widget added that stylesheet (a page may bring its own with the same id).
static STYLE_OWNED: AtomicBool = AtomicBool::new(false);

/// A fresh id.
fn next_id() -> u32 {
    NEXT_ID.fetch_add(1, Relaxed)
}

fn type_error(message: impl AsRef<str>) -> JsValue {
    js_sys::TypeError::new(message.as_ref()).into()
}

fn document() -> Result<Document, JsValue> {
    web_sys::window().and_then(|w| w.document()).ok_or_else(|| type_error("attach: there is no document"))
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn present(v: JsValue) -> Option<JsValue> {
    (!v.is_undefined() && !v.is_null()).then_some(v)
}

/// An element given as an element or a selector (looked up in `scope` first, then the document).
fn element_of(value: &JsValue, scope: Option<&Element>, doc: &Document) -> Option<Element> {
    if let Some(el) = value.dyn_ref::<Element>() {
        return Some(el.clone());
    }
    let selector = value.as_string()?;
    scope.and_then(|s| s.query_selector(&selector).ok().flatten()).or_else(|| doc.query_selector(&selector).ok().flatten())
}

/// A finding as the widget renders and reports it: the wire form, owned (the engine's findings
/// and those of `options.check`).
#[derive(Debug, Clone)]
struct Diag {
    rule: String,
    severity: Severity,
    field: Option<String>,
    span: Option<Utf16Span>,
    message: String,
    suggestion: Option<String>,
    reference: Option<String>,
}

fn severity_rank(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// The options in force, parsed from the JS object.
struct Settings {
    raw: Object,
    lang: Lang,
    debounce: u32,
    summary: Option<Element>,
    fields: Vec<(String, JsValue)>,
    on_report: Option<Function>,
    check: Option<Function>,
    styles: bool,
    announce: bool,
    /// The engine's options (`disable`, `severity`, `allow`, `now`, `maxLengths`), as the JS binding reads them.
    engine: JsValue,
}

impl Settings {
    fn parse(raw: Object, doc: &Document) -> Result<Settings, JsValue> {
        let lang = match present(get(&raw, "lang")) {
            Some(l) => l
                .as_string()
                .and_then(|l| Lang::parse(&l))
                .ok_or_else(|| type_error("attach: options.lang must be \"fi\", \"sv\" or \"en\""))?,
            None => doc
                .document_element()
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|l| Lang::parse(l.get(..2).unwrap_or_default()))
                .unwrap_or_default(),
        };
        let debounce = match present(get(&raw, "debounce")) {
            Some(v) => v
                .as_f64()
                .filter(|n| n.is_finite() && *n >= 0.0)
                .map(|n| n.min(60_000.0) as u32)
                .ok_or_else(|| type_error("attach: options.debounce must be a number of milliseconds"))?,
            None => DEFAULT_DEBOUNCE_MS,
        };
        let summary = match present(get(&raw, "summary")) {
            Some(v) => Some(
                element_of(&v, None, doc).ok_or_else(|| type_error("attach: options.summary is not an element or a selector of one"))?,
            ),
            None => None,
        };
        let mut fields = Vec::new();
        if let Some(map) = present(get(&raw, "fields")) {
            let map: Object = map.dyn_into().map_err(|_| type_error("attach: options.fields must be an object"))?;
            for entry in Object::entries(&map).iter() {
                let pair: js_sys::Array = entry.unchecked_into();
                if let Some(path) = pair.get(0).as_string() {
                    fields.push((path, pair.get(1)));
                }
            }
        }
        let function = |key: &str| -> Result<Option<Function>, JsValue> {
            match present(get(&raw, key)) {
                Some(f) => f.dyn_into::<Function>().map(Some).map_err(|_| type_error(format!("attach: options.{key} must be a function"))),
                None => Ok(None),
            }
        };
        let on_report = function("onReport")?;
        let check = function("check")?;
        let engine = Object::new();
        for key in ["disable", "severity", "allow", "now", "maxLengths"] {
            if let Some(v) = present(get(&raw, key)) {
                Reflect::set(&engine, &key.into(), &v)?;
            }
        }
        Reflect::set(&engine, &"lang".into(), &lang.code().into())?;
        // Fail now, not on the first keystroke, when the engine options are invalid.
        crate::wasm::options_from(&engine, "attach(form, options)")?;
        Ok(Settings {
            lang,
            debounce,
            summary,
            fields,
            on_report,
            check,
            styles: get(&raw, "styles") != JsValue::FALSE,
            announce: get(&raw, "announce") != JsValue::FALSE,
            engine: engine.into(),
            raw,
        })
    }
}

/// What the widget added around one field.
struct FieldUi {
    /// The controls (several for a radio or checkbox group); the first is the key.
    controls: Vec<Element>,
    /// The message element after the field.
    message: Element,
    /// `aria-describedby` and `aria-invalid` of each control before the widget touched them.
    prior: Vec<(Option<String>, Option<String>)>,
}

struct Inner {
    id: u32,
    doc: Document,
    form: HtmlFormElement,
    settings: Settings,
    listeners: Vec<EventListener>,
    timer: Option<Timeout>,
    fields: Vec<FieldUi>,
    form_level: Option<Element>,
    summary: Option<(Element, EventListener)>,
    live: Option<Element>,
    /// Whether this widget counts as a user of the shared default stylesheet.
    style: bool,
    /// The last report (a plain JS object), and what was rendered from it.
    report: JsValue,
    diags: Vec<Diag>,
    /// Per diagnostic: the controls it was rendered on (empty = whole ad) and the text its span points into.
    placed: Vec<(Vec<Element>, Option<String>)>,
    signature: Option<String>,
    attached: bool,
}

/// The live widget on one form (see the TypeScript declaration above).
#[wasm_bindgen(skip_typescript)]
pub struct WidgetHandle {
    inner: Rc<RefCell<Inner>>,
}

/// `attach(form, options?)`.
#[wasm_bindgen(js_name = attach, skip_typescript)]
pub fn attach(form: JsValue, options: JsValue) -> Result<WidgetHandle, JsValue> {
    let doc = document()?;
    let form: HtmlFormElement = element_of(&form, None, &doc)
        .and_then(|e| e.dyn_into().ok())
        .ok_or_else(|| type_error("attach(form): form must be a <form> element or a selector of one"))?;
    let raw = match present(options) {
        None => Object::new(),
        Some(o) if o.is_object() && !js_sys::Array::is_array(&o) => Object::assign(&Object::new(), o.unchecked_ref()),
        Some(_) => return Err(type_error("attach(form, options): options must be an object")),
    };
    let settings = Settings::parse(raw, &doc)?;
    let id = next_id();
    let inner = Rc::new(RefCell::new(Inner {
        id,
        doc,
        form,
        settings,
        listeners: Vec::new(),
        timer: None,
        fields: Vec::new(),
        form_level: None,
        summary: None,
        live: None,
        style: false,
        report: JsValue::NULL,
        diags: Vec::new(),
        placed: Vec::new(),
        signature: None,
        attached: true,
    }));
    install(&inner)?;
    run(&inner)?;
    Ok(WidgetHandle { inner })
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Validates now (re-reading the form) and returns the Report.
    #[wasm_bindgen(skip_typescript)]
    pub fn validate(&self) -> Result<JsValue, JsValue> {
        if !self.inner.try_borrow().map(|i| i.attached).unwrap_or(false) {
            return Err(js_sys::Error::new("WidgetHandle.validate(): the widget is detached (or busy)").into());
        }
        run(&self.inner)?;
        Ok(self.inner.try_borrow().map(|i| i.report.clone()).unwrap_or(JsValue::NULL))
    }

    /// The last Report.
    #[wasm_bindgen(skip_typescript)]
    pub fn report(&self) -> JsValue {
        self.inner.try_borrow().map(|i| i.report.clone()).unwrap_or(JsValue::NULL)
    }

    /// Merges options and re-validates.
    #[wasm_bindgen(js_name = setOptions, skip_typescript)]
    pub fn set_options(&self, options: JsValue) -> Result<(), JsValue> {
        {
            let mut inner = self.inner.try_borrow_mut().map_err(|_| js_sys::Error::new("WidgetHandle.setOptions(): busy"))?;
            if !inner.attached {
                return Err(js_sys::Error::new("WidgetHandle.setOptions(): the widget is detached").into());
            }
            let patch = present(options).filter(|o| o.is_object() && !js_sys::Array::is_array(o));
            let patch = patch.ok_or_else(|| type_error("WidgetHandle.setOptions(options): options must be an object"))?;
            let raw = Object::assign(&Object::assign(&Object::new(), &inner.settings.raw), patch.unchecked_ref());
            let settings = Settings::parse(raw, &inner.doc)?;
            // The UI is rebuilt from scratch in the new settings (language, summary, styles).
            inner.clear_ui();
            inner.settings = settings;
            inner.signature = None;
        }
        install_extras(&self.inner)?;
        run(&self.inner)
    }

    /// Removes everything the widget added.
    #[wasm_bindgen(skip_typescript)]
    pub fn detach(&self) {
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.teardown();
        }
    }
}

impl Drop for Inner {
    fn drop(&mut self) {
        self.teardown();
    }
}

impl Inner {
    /// Removes the UI (messages, summary, live region, stylesheet) and restores attributes.
    fn clear_ui(&mut self) {
        for ui in self.fields.drain(..) {
            ui.restore();
        }
        if let Some(el) = self.form_level.take() {
            el.remove();
        }
        if let Some((el, _listener)) = self.summary.take() {
            el.remove();
        }
        if let Some(el) = self.live.take() {
            el.remove();
        }
        if std::mem::take(&mut self.style) {
            let users = STYLE_USERS.load(Relaxed).saturating_sub(1);
            STYLE_USERS.store(users, Relaxed);
            if users == 0 && STYLE_OWNED.swap(false, Relaxed) {
                if let Some(el) = self.doc.get_element_by_id(STYLE_ID) {
                    el.remove();
                }
            }
        }
        self.diags.clear();
        self.placed.clear();
    }

    fn teardown(&mut self) {
        if !self.attached {
            return;
        }
        self.attached = false;
        self.timer = None;
        self.listeners.clear();
        self.clear_ui();
        self.report = JsValue::NULL;
    }
}

impl FieldUi {
    fn restore(self) {
        for (el, (described, invalid)) in self.controls.iter().zip(&self.prior) {
            restore_attr(el, "aria-describedby", described);
            restore_attr(el, "aria-invalid", invalid);
            set_validity(el, "");
        }
        self.message.remove();
    }
}

fn restore_attr(el: &Element, name: &str, prior: &Option<String>) {
    let _ = match prior {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// `setCustomValidity` on an input, select or textarea (any element that has it).
fn set_validity(el: &Element, message: &str) {
    if let Ok(f) = get(el, "setCustomValidity").dyn_into::<Function>() {
        let _ = f.call1(el, &JsValue::from_str(message));
    }
}

/// The form's listeners (input/change: debounced validation; click: apply and summary buttons).
fn install(rc: &Rc<RefCell<Inner>>) -> Result<(), JsValue> {
    let weak = Rc::downgrade(rc);
    let form = rc.borrow().form.clone();
    let mut listeners = Vec::new();
    for kind in ["input", "change"] {
        let weak = weak.clone();
        listeners.push(EventListener::new(&form, kind, move |_| schedule(&weak)));
    }
    {
        let weak = weak.clone();
        listeners.push(click_listener(&form, weak));
    }
    rc.borrow_mut().listeners = listeners;
    install_extras(rc)
}

/// The stylesheet, live region and summary container (they depend on the settings).
fn install_extras(rc: &Rc<RefCell<Inner>>) -> Result<(), JsValue> {
    let weak = Rc::downgrade(rc);
    let mut inner = rc.borrow_mut();
    let doc = inner.doc.clone();
    if inner.settings.styles {
        // One stylesheet for every widget on the page; a page's own element with that id is left alone.
        if doc.get_element_by_id(STYLE_ID).is_none() {
            let style = doc.create_element("style")?;
            style.set_id(STYLE_ID);
            style.set_text_content(Some(STYLE));
            doc.query_selector("head")?.ok_or_else(|| type_error("attach: the document has no <head>"))?.append_child(&style)?;
            STYLE_OWNED.store(true, Relaxed);
        }
        STYLE_USERS.fetch_add(1, Relaxed);
        inner.style = true;
    }
    if inner.settings.announce {
        let live = el(&doc, "div", "tmt-sr-only", None)?;
        live.set_attribute("role", "status")?;
        live.set_attribute("aria-live", "polite")?;
        inner.form.append_child(&live)?;
        inner.live = Some(live);
    }
    if let Some(target) = inner.settings.summary.clone() {
        let container = el(&doc, "div", "tmt-summary", None)?;
        target.append_child(&container)?;
        let listener = click_listener(&container, weak);
        inner.summary = Some((container, listener));
    }
    Ok(())
}

/// The click listener of the form and of the summary (one closure type for both).
fn click_listener(target: &web_sys::EventTarget, weak: Weak<RefCell<Inner>>) -> EventListener {
    EventListener::new(target, "click", move |event| on_click(&weak, event))
}

/// Input or change: validate after `debounce` ms of quiet (a new event cancels the pending run).
fn schedule(weak: &Weak<RefCell<Inner>>) {
    let Some(rc) = weak.upgrade() else { return };
    let Ok(mut inner) = rc.try_borrow_mut() else { return };
    if !inner.attached {
        return;
    }
    let weak = weak.clone();
    // Replacing the Timeout drops (cancels) the pending one.
    inner.timer = Some(Timeout::new(inner.settings.debounce, move || {
        if let Some(rc) = weak.upgrade() {
            if let Err(e) = run(&rc) {
                console_error(&e);
            }
        }
    }));
}

/// A click inside the form or the summary: an apply button or a link to a field.
fn on_click(weak: &Weak<RefCell<Inner>>, event: &Event) {
    let Some(rc) = weak.upgrade() else { return };
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Ok(Some(button)) = target.closest("[data-tmt-apply],[data-tmt-goto]") else { return };
    let Some((widget, index)) =
        button.get_attribute("data-tmt-apply").or_else(|| button.get_attribute("data-tmt-goto")).and_then(|v| parse_ref(&v))
    else {
        return;
    };
    let is_apply = button.has_attribute("data-tmt-apply");
    // Read what is needed, then let go of the state before touching the page (events re-enter).
    let (suggestion, span, controls, text) = {
        let Ok(inner) = rc.try_borrow() else { return };
        if widget != inner.id || !inner.attached {
            return;
        }
        let (Some(diag), Some((controls, text))) = (inner.diags.get(index), inner.placed.get(index)) else { return };
        (diag.suggestion.clone(), diag.span, controls.clone(), text.clone())
    };
    let Some(first) = controls.first() else { return };
    if !is_apply {
        if let Some(el) = first.dyn_ref::<HtmlElement>() {
            let _ = el.focus();
        }
        return;
    }
    if let (Some(suggestion), Some(span), Some(text)) = (suggestion.as_deref(), span, text.as_deref()) {
        // Applied, or the text changed since the report (then nothing is replaced): validate again.
        let _ = apply(first, text, span, suggestion);
        if let Err(e) = run(&rc) {
            console_error(&e);
        }
    }
}

/// A failure in a run no caller waits for (e.g. `options.check` threw during typing) goes to the console.
fn console_error(error: &JsValue) {
    let console = get(&js_sys::global(), "console");
    if let Ok(f) = get(&console, "error").dyn_into::<Function>() {
        let _ = f.call2(&console, &JsValue::from_str("tmt-validator:"), error);
    }
}

fn parse_ref(v: &str) -> Option<(u32, usize)> {
    let (w, i) = v.split_once(':')?;
    Some((w.parse().ok()?, i.parse().ok()?))
}

/// Replaces exactly `span` (UTF-16 units) of the control's value with `suggestion`, when the
/// value is still the text the report was made from. Uses the native value setter (so that
/// frameworks' controlled inputs notice), puts the caret after the replacement, and dispatches
/// `input` and `change`. Returns whether it applied.
fn apply(control: &Element, reported: &str, span: Utf16Span, suggestion: &str) -> bool {
    let (current, proto) = if let Some(i) = control.dyn_ref::<HtmlInputElement>() {
        (i.value(), "HTMLInputElement")
    } else if let Some(t) = control.dyn_ref::<HtmlTextAreaElement>() {
        (t.value(), "HTMLTextAreaElement")
    } else {
        return false;
    };
    if current != reported {
        return false;
    }
    let (Some(start), Some(end)) = (byte_of_unit(&current, span.start), byte_of_unit(&current, span.end)) else { return false };
    let (Some(head), Some(tail)) = (current.get(..start), current.get(end..)) else { return false };
    if start > end {
        return false;
    }
    let mut next = String::with_capacity(current.len() + suggestion.len());
    next.push_str(head);
    next.push_str(suggestion);
    let caret = wire::utf16_len(&next);
    next.push_str(tail);
    let next = JsValue::from_str(&next);
    // HTMLInputElement.prototype's own `value` setter: React's controlled inputs track the
    // instance property, and only see a change made through the prototype's setter.
    let setter = Reflect::get(&js_sys::global(), &proto.into())
        .and_then(|ctor| Reflect::get(&ctor, &"prototype".into()))
        .ok()
        .and_then(|p| {
            Object::get_own_property_descriptor(p.unchecked_ref::<Object>(), &JsValue::from_str("value")).dyn_into::<Object>().ok()
        })
        .and_then(|d| get(&d, "set").dyn_into::<Function>().ok());
    let Some(setter) = setter else { return false };
    if setter.call1(control, &next).is_err() {
        return false;
    }
    if let Some(el) = control.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
    let caret = caret as u32;
    if let Some(i) = control.dyn_ref::<HtmlInputElement>() {
        let _ = i.set_selection_range(caret, caret);
    } else if let Some(t) = control.dyn_ref::<HtmlTextAreaElement>() {
        let _ = t.set_selection_range(caret, caret);
    }
    for kind in ["input", "change"] {
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
            let _ = control.dispatch_event(&event);
        }
    }
    true
}

/// The byte offset of the UTF-16 offset `unit` in `text`; `None` past the end or inside a
/// surrogate pair (such a span is neither shown nor applied).
fn byte_of_unit(text: &str, unit: usize) -> Option<usize> {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= unit {
            return (units == unit).then_some(i);
        }
        units += c.len_utf16();
    }
    (units == unit).then_some(text.len())
}

/// Reads the form, validates, renders, then calls `onReport`. The state is borrowed only while
/// reading and rendering, never while user callbacks run.
fn run(rc: &Rc<RefCell<Inner>>) -> Result<(), JsValue> {
    let (groups, value, engine, check, on_report) = {
        let inner = rc.try_borrow().map_err(|_| js_sys::Error::new("tmt-validator: validation re-entered"))?;
        if !inner.attached {
            return Ok(());
        }
        let mut mapped: Vec<(String, Element)> = Vec::new();
        for (path, target) in &inner.settings.fields {
            if let Some(el) = element_of(target, Some(&inner.form), &inner.doc) {
                mapped.push((path.clone(), el));
            }
        }
        let groups = form::scan(&inner.form, &mapped);
        let value = form::ad_value(&groups);
        (groups, value, inner.settings.engine.clone(), inner.settings.check.clone(), inner.settings.on_report.clone())
    };
    let options = crate::wasm::options_from(&engine, "attach(form, options)")?;
    let ad = JobAd::from_json_value(&value).map_err(|e| type_error(e.to_string()))?;
    let report = crate::validate(&ad, &options);
    let wire = wire::report(&report, |f| wire::text_at(&value, f?));
    let mut diags: Vec<Diag> = Vec::with_capacity(wire.diagnostics.len());
    for d in &wire.diagnostics {
        diags.push(Diag {
            rule: d.rule.to_owned(),
            severity: d.severity,
            field: d.field.map(str::to_owned),
            span: d.span,
            message: d.message.to_owned(),
            suggestion: d.suggestion.map(str::to_owned),
            reference: d.reference.map(str::to_owned),
        });
    }
    if let Some(check) = check {
        let mut ad_json = wire::JsonWriter::new();
        ad_json.value(&value);
        let ad_js = JSON::parse(&ad_json.finish())?;
        let extra = check.call1(&JsValue::NULL, &ad_js)?;
        merge_extra(&mut diags, &extra)?;
    }
    let mut counts = Counts::default();
    for d in &diags {
        match d.severity {
            Severity::Error => counts.error += 1,
            Severity::Warning => counts.warning += 1,
            Severity::Info => counts.info += 1,
        }
    }
    // The Report as JavaScript gets it (the same shape as `validate()`'s).
    let mut json = wire::JsonWriter::new();
    json.open().key("ok").bool(counts.error == 0).key("counts").counts(&counts).key("diagnostics").open_list();
    for d in &diags {
        json.diagnostic(&d.rule, d.severity, d.field.as_deref(), d.span, &d.message, d.suggestion.as_deref(), d.reference.as_deref());
    }
    json.close_list().close();
    let report_js = JSON::parse(&json.finish())?;
    {
        let Ok(mut inner) = rc.try_borrow_mut() else { return Ok(()) };
        if !inner.attached {
            return Ok(());
        }
        inner.render(&groups, &value, diags)?;
        inner.report = report_js.clone();
    }
    if let Some(f) = on_report {
        f.call1(&JsValue::NULL, &report_js)?;
    }
    Ok(())
}

/// Adds the diagnostics `options.check` returned (checked, in the wire shape) and keeps the
/// report's order: by field (indexes as numbers), then span start; ties keep their order.
fn merge_extra(diags: &mut Vec<Diag>, extra: &JsValue) -> Result<(), JsValue> {
    if extra.is_undefined() || extra.is_null() {
        return Ok(());
    }
    let items = extra.dyn_ref::<js_sys::Array>().ok_or_else(|| type_error("options.check must return an array of diagnostics"))?;
    if items.length() == 0 {
        return Ok(());
    }
    for item in items.iter() {
        let s = |k: &str| get(&item, k).as_string();
        let severity = match s("severity").as_deref() {
            Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some("info") => Severity::Info,
            _ => return Err(type_error("options.check: every diagnostic needs a severity: \"error\", \"warning\" or \"info\"")),
        };
        let message = s("message").ok_or_else(|| type_error("options.check: every diagnostic needs a message"))?;
        let span = match present(get(&item, "span")) {
            None => None,
            Some(span) => {
                let unit = |k: &str| get(&span, k).as_f64().filter(|n| n.fract() == 0.0 && *n >= 0.0 && *n < 1.0e9).map(|n| n as usize);
                match (unit("start"), unit("end")) {
                    (Some(start), Some(end)) if start <= end => Some(Utf16Span { start, end }),
                    _ => return Err(type_error("options.check: span must be { start, end } in UTF-16 units, start <= end")),
                }
            }
        };
        diags.push(Diag {
            rule: s("rule").unwrap_or_else(|| "custom".to_owned()),
            severity,
            field: s("field"),
            span,
            message,
            suggestion: s("suggestion"),
            reference: s("reference"),
        });
    }
    *diags = sorted(std::mem::take(diags));
    Ok(())
}

/// Whether `a` comes before `b` in the report's order: by field (as [`crate::report`] orders
/// paths: the whole ad first, indexes as numbers), then by span start (none = 0).
fn before(a: &Diag, b: &Diag) -> bool {
    let start = |d: &Diag| d.span.map_or(0, |s| s.start);
    crate::report::compare_paths(a.field.as_deref(), b.field.as_deref()).then(start(a).cmp(&start(b))).is_lt()
}

/// A stable merge sort by [`before`] (bottom-up, O(n log n)): a few lines instead of an
/// instance of the standard library's sort for this type.
fn sorted(diags: Vec<Diag>) -> Vec<Diag> {
    let mut runs: Vec<Vec<Diag>> = Vec::with_capacity(diags.len());
    for d in diags {
        runs.push(vec![d]);
    }
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len() / 2 + 1);
        let mut pairs = runs.into_iter();
        while let Some(first) = pairs.next() {
            let Some(second) = pairs.next() else {
                merged.push(first);
                break;
            };
            let mut out = Vec::with_capacity(first.len() + second.len());
            let mut second = second.into_iter().peekable();
            for d in first {
                while let Some(earlier) = second.next_if(|e| before(e, &d)) {
                    out.push(earlier);
                }
                out.push(d);
            }
            out.extend(second);
            merged.push(out);
        }
        runs = merged;
    }
    runs.pop().unwrap_or_default()
}

/// The group a diagnostic belongs to: its exact path; else the first field under it
/// (`contacts` → `contacts.0.email`); else the nearest field above it.
fn place<'g>(groups: &'g [Group], field: &str) -> Option<&'g Group> {
    let (mut under, mut above): (Option<&Group>, Option<&Group>) = (None, None);
    for g in groups {
        if g.path == field {
            return Some(g);
        }
        if under.is_none() && g.path.starts_with(field) && g.path.as_bytes().get(field.len()) == Some(&b'.') {
            under = Some(g);
        }
        // The longest path above; the last of equally long ones.
        if field.starts_with(&g.path)
            && field.as_bytes().get(g.path.len()) == Some(&b'.')
            && above.is_none_or(|a| g.path.len() >= a.path.len())
        {
            above = Some(g);
        }
    }
    under.or(above)
}

/// Where a field's message element goes: after the control (after its `<label>` when the
/// control sits inside one); for a group, at the end of their common `<fieldset>`, else after
/// the last control.
fn insert_message(controls: &[Element], message: &Element) -> Result<(), JsValue> {
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
    #[inline(never)]
    fn render(&mut self, groups: &[Group], value: &Value, diags: Vec<Diag>) -> Result<(), JsValue> {
        let doc = self.doc.clone();
        let ui = i18n::ui(self.settings.lang);
        // Which group each diagnostic goes to, and (for `apply`) its controls and, when the
        // group is its very field, the text its span points into.
        let mut placement: Vec<Option<&Group>> = Vec::with_capacity(diags.len());
        self.placed.clear();
        for d in &diags {
            let group = d.field.as_deref().and_then(|f| place(groups, f));
            // A suggestion can be applied only to the very field it was found in.
            let text = match group {
                Some(g) if Some(g.path.as_str()) == d.field.as_deref() => wire::text_at(value, &g.path).map(str::to_owned),
                _ => None,
            };
            self.placed.push((group.map(|g| g.controls.clone()).unwrap_or_default(), text));
            placement.push(group);
        }
        let mine_of = |group: &Group| -> Vec<usize> {
            let mut mine = Vec::new();
            for (i, g) in placement.iter().enumerate() {
                if g.is_some_and(|g| std::ptr::eq(g, group)) {
                    mine.push(i);
                }
            }
            mine
        };

        // Per-field messages: keep the UI of fields that still have findings, drop the rest.
        // Restore every field UI that is not kept *before* new ones record the controls' prior
        // attributes, so that a prior value is never one the widget set itself.
        let mut keep: Vec<FieldUi> = Vec::new();
        let mut old = std::mem::take(&mut self.fields);
        let mut reused: Vec<Option<FieldUi>> = Vec::with_capacity(groups.len());
        for group in groups {
            let wanted = placement.iter().any(|g| g.is_some_and(|g| std::ptr::eq(g, group)));
            let at = if wanted { old.iter().position(|u| u.controls == group.controls) } else { None };
            reused.push(at.map(|i| old.swap_remove(i)));
        }
        for ui in old {
            ui.restore();
        }
        for (gi, group) in groups.iter().enumerate() {
            let mine = mine_of(group);
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
                    insert_message(&group.controls, &message)?;
                    FieldUi { controls: group.controls.clone(), message, prior }
                }
            };
            field_ui.message.set_text_content(None);
            let list = el(&doc, "ul", "tmt-list", None)?;
            for &i in &mine {
                let item = self.item(&doc, &ui, &diags[i], i, value, true)?;
                list.append_child(&item)?;
            }
            field_ui.message.append_child(&list)?;
            let mut first_error = None;
            for &i in &mine {
                if first_error.is_none() && diags[i].severity == Severity::Error {
                    first_error = Some(&diags[i]);
                }
            }
            for (c, (_, invalid)) in field_ui.controls.iter().zip(&field_ui.prior) {
                match first_error {
                    Some(d) => {
                        c.set_attribute("aria-invalid", "true")?;
                        set_validity(c, &d.message);
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
        let mut unplaced: Vec<usize> = Vec::new();
        for (i, g) in placement.iter().enumerate() {
            if g.is_none() {
                unplaced.push(i);
            }
        }
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
                let item = self.item(&doc, &ui, &diags[i], i, value, false)?;
                list.append_child(&item)?;
            }
            box_el.append_child(&list)?;
            self.form_level = Some(box_el);
        } else if let Some(el) = self.form_level.take() {
            el.remove();
        }

        // Summary: counts, then every finding with a button that focuses its field.
        let mut counts = [0; 3];
        for d in &diags {
            counts[severity_rank(d.severity)] += 1;
        }
        let counts_text = i18n::counts(self.settings.lang, counts[0], counts[1], counts[2]);
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
                    match placement[i] {
                        Some(group) => {
                            let b = button(&doc, "tmt-goto", "data-tmt-goto", &format!("{}:{i}", self.id), &label_of(group))?;
                            li.append_child(&b)?;
                        }
                        None => {
                            let s = el(&doc, "strong", "tmt-whole", Some(ui.whole_ad))?;
                            li.append_child(&s)?;
                        }
                    }
                    li.append_with_str_1(" ")?;
                    let text = el(&doc, "span", "tmt-text", Some(&d.message))?;
                    li.append_child(&text)?;
                    list.append_child(&li)?;
                }
                container.append_child(&list)?;
            }
        }

        // A polite announcement when the set of findings changes (not on the first run, not per keystroke).
        let mut signature = String::new();
        for d in &diags {
            for part in [d.severity.as_str(), "|", d.field.as_deref().unwrap_or(""), "|", &d.message, "\n"] {
                signature.push_str(part);
            }
        }
        if let Some(live) = &self.live {
            if self.signature.as_ref().is_some_and(|s| *s != signature) {
                live.set_text_content(Some(if diags.is_empty() { ui.no_findings } else { &counts_text }));
            }
        }
        self.signature = Some(signature);
        self.diags = diags;
        Ok(())
    }

    /// One finding: icon, severity for screen readers, the excerpt in `<mark>`, the message, and
    /// an apply button when it has a suggestion for this very field.
    fn item(&self, doc: &Document, ui: &i18n::Ui, d: &Diag, index: usize, value: &Value, with_apply: bool) -> Result<Element, JsValue> {
        let li = el(doc, "li", item_class(d.severity), None)?;
        let icon_el = icon(doc, ui, d.severity)?;
        li.append_child(&icon_el)?;
        let text = self
            .placed
            .get(index)
            .and_then(|(_, t)| t.clone())
            .or_else(|| d.field.as_deref().and_then(|f| wire::text_at(value, f)).map(str::to_owned));
        if let (Some(span), Some(text)) = (d.span, text.as_deref()) {
            let excerpt = match (byte_of_unit(text, span.start), byte_of_unit(text, span.end)) {
                (Some(start), Some(end)) if start < end => text.get(start..end),
                _ => None,
            };
            if let Some(excerpt) = excerpt {
                let mark = el(doc, "mark", "tmt-excerpt", Some(excerpt))?;
                li.append_child(&mark)?;
                li.append_with_str_1(" ")?;
            }
        }
        let msg = el(doc, "span", "tmt-text", Some(&d.message))?;
        li.append_child(&msg)?;
        let applicable = with_apply && d.span.is_some() && self.placed.get(index).is_some_and(|(_, t)| t.is_some());
        if let (Some(suggestion), true) = (d.suggestion.as_deref(), applicable) {
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
fn el(doc: &Document, tag: &str, class: &str, text: Option<&str>) -> Result<Element, JsValue> {
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

    fn diag(n: usize, field: Option<&str>, start: Option<usize>) -> Diag {
        Diag {
            rule: format!("r{n}"),
            severity: Severity::Info,
            field: field.map(str::to_owned),
            span: start.map(|start| Utf16Span { start, end: start + 1 }),
            message: String::new(),
            suggestion: None,
            reference: None,
        }
    }

    #[test]
    fn utf16_offsets_become_byte_offsets() {
        // "ä" is 2 bytes / 1 unit; "😀" is 4 bytes / 2 units.
        let text = "aä😀b";
        for unit in 0..=6 {
            // What JavaScript's text.slice(0, unit) would be, when it ends on a character boundary.
            let prefix: Vec<u16> = text.encode_utf16().take(unit).collect();
            let expected = String::from_utf16(&prefix).ok().filter(|_| unit <= 5).map(|p| p.len());
            assert_eq!(byte_of_unit(text, unit), expected, "unit {unit}");
        }
        assert_eq!(byte_of_unit("", 0), Some(0));
        assert_eq!(byte_of_unit("", 1), None);
    }

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
            assert_eq!(place(&groups, field).map(|g| g.path.as_str()), expected, "{field}");
        }
        // Equally long paths above: the last one wins.
        let twins: Vec<Group> = ["a.b", "a.b"].iter().map(|p| Group { path: (*p).to_owned(), controls: Vec::new() }).collect();
        assert!(std::ptr::eq(place(&twins, "a.b.c").unwrap(), &twins[1]));
    }

    #[test]
    fn merged_findings_are_sorted_stably_like_a_stable_sort() {
        let fields = [None, Some("contacts.10.email"), Some("contacts.2.email"), Some("position.title.fi"), Some("position")];
        let starts = [None, Some(0), Some(3), Some(12)];
        // Lists of every length up to 40 from a small generator, with many ties.
        let mut seed = 7u32;
        for len in 0..40 {
            let list: Vec<Diag> = (0..len)
                .map(|n| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    let r = (seed >> 16) as usize;
                    diag(n, fields[r % fields.len()], starts[(r / 7) % starts.len()])
                })
                .collect();
            let mut expected = list.clone();
            expected.sort_by(|a, b| {
                let start = |d: &Diag| d.span.map_or(0, |s| s.start);
                crate::report::compare_paths(a.field.as_deref(), b.field.as_deref()).then(start(a).cmp(&start(b)))
            });
            let got: Vec<String> = sorted(list).into_iter().map(|d| d.rule).collect();
            assert_eq!(got, expected.into_iter().map(|d| d.rule).collect::<Vec<_>>(), "length {len}");
        }
    }
}
