//! The form widget (wasm32 only): `attach(form, options)` gives live feedback inside an existing
//! ad form. One way data flow: form and editors → ad (JSON) → [`crate::validate`] → wire report
//! (UTF-16 spans) → DOM. The engine knows nothing of this module.
//!
//! The work is split by job:
//! - [`settings`]: the options, checked once;
//! - [`form`]: reading the form's controls into the ad (read-only);
//! - [`findings`]: the engine's report and `options.check`'s diagnostics, as the library's wire
//!   report and JSON;
//! - [`render`]: messages, summary, live region, ARIA and custom validity;
//! - [`layer`]: the JavaScript side (`js/widget/layer.js`): highlights inside textareas, inputs,
//!   `contenteditable` and editors (through adapters), their cards and keyboard, the text of
//!   editors, and *apply* through each field's own undo. DOM work that needs many browser
//!   interfaces is cheaper in JS than in the `.wasm` (measured: README, "Highlights").
//!
//! Everything the widget adds to the page is recorded and removed by `detach()`: event
//! listeners ([`gloo_events::EventListener`], removed on drop), the debounce timer
//! ([`gloo_timers::callback::Timeout`], cancelled on drop), message elements, the summary, the
//! live region, the stylesheet, the highlight layer, and the attributes it set
//! (`aria-describedby` and `aria-invalid` are restored to their prior values, custom validity is
//! cleared). User text is only ever written with `textContent`. The only writes to form values
//! and editors are the "apply suggestion" buttons.

mod findings;
mod form;
mod i18n;
mod layer;
mod render;
mod settings;

use std::cell::RefCell;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use js_sys::{Function, Object, Reflect, JSON};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Event, HtmlElement, HtmlFormElement};

use crate::{wire, JobAd};
use findings::Findings;
use form::Group;
use layer::Layer;
use render::{el, FieldUi};
use settings::Settings;

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
  /** Explicit mapping of model paths to controls (an element or a selector), for forms whose names are not model paths. A `contenteditable` element is read as its text. */
  fields?: Record<string, Element | string>;
  /** Called with every new Report (also after `validate()`), for frontends that render their own UI. */
  onReport?: (report: Report) => void;
  /** Your own checks: called with the ad read from the form; the diagnostics it returns (UTF-16 spans) are shown and reported like the engine's. */
  check?: (ad: JobAd) => Array<Partial<Diagnostic> & { message: string; severity: Severity }>;
  /** `false`: do not add the default stylesheet (style the `.tmt-*` classes yourself). Default `true`. A page's own `<style id="tmt-validator-style">` replaces it. */
  styles?: boolean;
  /** `false`: no polite screen-reader announcement of the counts when the findings change. Default `true`. */
  announce?: boolean;
  /**
   * `false`: no highlights inside the fields (the messages under each field stay). Default `true`:
   * findings are underlined and tinted by severity inside textareas, text inputs, `contenteditable`
   * elements and editors; hovering, clicking or putting the caret in one opens its card (message,
   * reference, *apply*); F8 / Shift+F8 move to the next / previous finding, Escape closes the card.
   * A field with `data-tmt-highlights="false"` (or inside an element with it) is never highlighted.
   */
  highlights?: boolean;
  /** Rich-text editors whose text belongs to the ad: adapters from `tmt-validator/widget/editors/*.js`, e.g. `[ckeditor5(editor)]`. */
  editors?: EditorAdapter[];
}
/** A finding as an editor adapter paints it: UTF-16 offsets into the adapter's `text()`. */
export interface PaintedFinding { start: number; end: number; severity: Severity; index: number }
/**
 * An editor as the widget sees it: made by the adapter modules in `tmt-validator/widget/editors/`
 * (`ckeditor5`, `tinymce`, `prosemirror`, `quill`, `contenteditable`), each taking the editor
 * instance. Adapters import nothing of the editor. Two kinds: `"dom"` adapters name an editable
 * DOM root and let the widget map and paint it (CSS Custom Highlight API); `"model"` adapters map
 * the editor's own model and paint with its own means (markers, decorations).
 */
export interface EditorAdapter {
  readonly kind: "dom" | "model";
  /** The model path of the text, e.g. `"position.jobDescription.fi"` (default: the editor's source element's `name` or `data-tmt-field`). */
  readonly field: string | null;
  /** The editable root (focus, `aria-describedby`, `aria-invalid`). */
  readonly element: HTMLElement;
  /** The editor's outermost element in the page: the messages go after it. */
  readonly anchor: Element;
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
  /** Removes every listener, element, highlight and attribute the widget added: the form and its editors are as they were. */
  detach(): void;
  /** Same as `detach()`, and frees the handle. */
  free(): void;
}
/** Attaches live validation to a `<form>` (an element or a selector). Validates once right away. Throws a `TypeError` when there is no such form or the options are invalid. */
export function attach(form: HTMLFormElement | string, options?: AttachOptions): WidgetHandle;
"#;

const STYLE: &str = include_str!("style.css");
const STYLE_ID: &str = "tmt-validator-style";

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

/// `text.slice(start, end)` in UTF-16 units, when both ends are on character boundaries.
fn utf16_slice(text: &str, start: usize, end: usize) -> Option<&str> {
    let (start, end) = (byte_of_unit(text, start)?, byte_of_unit(text, end)?);
    text.get(start..end)
}

/// A text that is not a form control: an editor (through its adapter) or a `contenteditable`
/// element, as the layer found it.
struct Source {
    path: String,
    /// The editable root: gets `aria-describedby` and `aria-invalid`.
    element: Element,
    /// Where the messages go after.
    anchor: Element,
    /// What `layer.apply` takes: the adapter, or the element.
    target: JsValue,
}

/// One run: the fields read, the findings, and where each finding was placed.
struct Run {
    groups: Vec<Group>,
    sources: Vec<Source>,
    findings: Findings,
    /// Per diagnostic of `findings.wire()`: the index of its group, `None` = the whole ad.
    placement: Vec<Option<usize>>,
}

impl Run {
    fn source_of(&self, path: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.path == path)
    }

    /// What *apply* writes into for a diagnostic: its very field's control or editor, when the
    /// finding has a span and a suggestion and the text it was made on is known.
    fn target(&self, d: &wire::Diagnostic, index: usize) -> Option<(JsValue, &str)> {
        let group = &self.groups[self.placement.get(index).copied().flatten()?];
        if Some(group.path.as_str()) != d.field || d.span.is_none() || d.suggestion.is_none() {
            return None;
        }
        let text = wire::text_at(&self.findings.value, &group.path)?;
        let target = match self.source_of(&group.path) {
            Some(s) => s.target.clone(),
            None => {
                let control = group.controls.first()?;
                let tag = control.tag_name();
                if !tag.eq_ignore_ascii_case("input") && !tag.eq_ignore_ascii_case("textarea") {
                    return None;
                }
                control.clone().into()
            }
        };
        Some((target, text))
    }

    fn applicable(&self, d: &wire::Diagnostic, index: usize) -> bool {
        self.target(d, index).is_some()
    }
}

struct Inner {
    id: u32,
    doc: Document,
    form: HtmlFormElement,
    settings: Settings,
    listeners: Vec<EventListener>,
    timer: Option<Timeout>,
    /// The JS side: sources, highlights, cards, apply. Rebuilt with the settings.
    layer: Option<Layer>,
    /// What the layer calls back with (see [`on_layer`]); dropped after the layer is destroyed.
    /// `Fn`, not `FnMut`: a call may come while another one runs (a run reads an editor).
    notify: Option<Closure<dyn Fn(u32)>>,
    /// Between `compositionstart` and `compositionend` nothing is re-validated.
    composing: bool,
    fields: Vec<FieldUi>,
    form_level: Option<Element>,
    summary: Option<(Element, EventListener)>,
    live: Option<Element>,
    /// Whether this widget counts as a user of the shared default stylesheet.
    style: bool,
    /// The last report (a plain JS object), and the run it was made in.
    report: JsValue,
    run: Option<Run>,
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
        layer: None,
        notify: None,
        composing: false,
        fields: Vec::new(),
        form_level: None,
        summary: None,
        live: None,
        style: false,
        report: JsValue::NULL,
        run: None,
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
            // The UI is rebuilt from scratch in the new settings (language, summary, styles, highlights, editors).
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
    /// Removes the UI (messages, summary, live region, stylesheet, layer) and restores attributes.
    fn clear_ui(&mut self) {
        // The attributes first: an editor adapter passes their restoring on to its editor.
        for ui in self.fields.drain(..) {
            ui.restore();
        }
        if let Some(layer) = self.layer.take() {
            layer.destroy();
        }
        self.notify = None;
        self.composing = false;
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
        self.run = None;
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

/// The stylesheet, live region, summary container and layer (they depend on the settings).
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
        let listener = click_listener(&container, weak.clone());
        inner.summary = Some((container, listener));
    }
    let notify = Closure::<dyn Fn(u32)>::new(move |what| on_layer(&weak, what));
    let ui = i18n::ui(inner.settings.lang);
    let words = js_sys::Array::new();
    for word in ui.severity.into_iter().chain([ui.replace_with, ui.close, ui.finding]) {
        words.push(&word.into());
    }
    let layer = Layer::new(&inner.form, inner.settings.highlights, &inner.settings.editors, &words, notify.as_ref().unchecked_ref());
    inner.layer = Some(layer);
    inner.notify = Some(notify);
    Ok(())
}

/// What the layer reports: 0 a text changed (validate after the debounce), 1 a composition
/// started (nothing is validated until it ends), 2 it ended, 3 validate now (after *apply*).
fn on_layer(weak: &Weak<RefCell<Inner>>, what: u32) {
    let Some(rc) = weak.upgrade() else { return };
    match what {
        1 | 2 => {
            let Ok(mut inner) = rc.try_borrow_mut() else { return };
            inner.composing = what == 1;
            if inner.composing {
                inner.timer = None;
                return;
            }
        }
        3 => {
            if let Err(e) = run(&rc) {
                console_error(&e);
            }
            return;
        }
        _ => {}
    }
    schedule(weak);
}

/// The click listener of the form and of the summary (one closure type for both).
fn click_listener(target: &web_sys::EventTarget, weak: Weak<RefCell<Inner>>) -> EventListener {
    EventListener::new(target, "click", move |event| on_click(&weak, event))
}

/// Input or change: validate after `debounce` ms of quiet (a new event cancels the pending run).
/// Nothing is scheduled while an input method is composing.
fn schedule(weak: &Weak<RefCell<Inner>>) {
    let Some(rc) = weak.upgrade() else { return };
    let Ok(mut inner) = rc.try_borrow_mut() else { return };
    if !inner.attached || inner.composing {
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
    let (focus, edit) = {
        let Ok(inner) = rc.try_borrow() else { return };
        if widget != inner.id || !inner.attached {
            return;
        }
        let Some(run) = inner.run.as_ref() else { return };
        let report = run.findings.wire();
        let Some(d) = report.diagnostics.get(index) else { return };
        let group = run.placement.get(index).copied().flatten().map(|g| &run.groups[g]);
        let focus = group.and_then(|g| run.source_of(&g.path).map(|s| s.element.clone()).or_else(|| g.controls.first().cloned()));
        let edit = match (is_apply, run.target(d, index), d.span, d.suggestion) {
            (true, Some((target, text)), Some(span), Some(suggestion)) => {
                Some((target, text.to_owned(), span, suggestion.to_owned(), inner.layer.clone()))
            }
            _ => None,
        };
        (focus, edit)
    };
    if !is_apply {
        // (`unchecked_ref`: an editor's element may be of its iframe's realm; every element has `focus`.)
        if let Some(el) = focus.as_ref().filter(|f| get(f, "focus").is_function()) {
            let _ = el.unchecked_ref::<HtmlElement>().focus();
        }
        return;
    }
    if let Some((target, text, span, suggestion, Some(layer))) = edit {
        // Applied (through the field's own undo), or the finding's words changed since the
        // report (then nothing is replaced): validate again.
        layer.apply(&target, &text, span.start as u32, span.end as u32, &suggestion);
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

/// Reads the form and the editors, validates, renders, shows the highlights, then calls
/// `onReport`. The state is borrowed only while reading and rendering, never while user
/// callbacks run.
fn run(rc: &Rc<RefCell<Inner>>) -> Result<(), JsValue> {
    let (mut groups, mut value, sources, engine, check, on_report) = {
        let inner = rc.try_borrow().map_err(|_| js_sys::Error::new("tmt-validator: validation re-entered"))?;
        if !inner.attached {
            return Ok(());
        }
        let mut mapped: Vec<(String, Element)> = Vec::new();
        let given = js_sys::Array::new();
        for (path, target) in &inner.settings.fields {
            if let Some(el) = element_of(target, Some(&inner.form), &inner.doc) {
                given.push(&path.into());
                given.push(&el);
                mapped.push((path.clone(), el));
            }
        }
        let groups = form::scan(&inner.form, &mapped);
        let value = form::ad_value(&groups);
        // Editors and contenteditable elements: [path, text, element, anchor, target] each.
        let found = inner.layer.as_ref().map(|l| l.sources(&given)).unwrap_or_default();
        (groups, value, found, inner.settings.engine.clone(), inner.settings.check.clone(), inner.settings.on_report.clone())
    };
    // A source's text replaces whatever a control of the same path (an editor's hidden source
    // textarea) holds.
    let mut found = Vec::new();
    for entry in sources.chunks_exact(5) {
        // Elements, but maybe of an editor's iframe (another realm: `instanceof Element` is false there).
        let (Some(path), Some(text), true, true) = (entry[0].as_string(), entry[1].as_string(), entry[2].is_object(), entry[3].is_object())
        else {
            continue;
        };
        let (element, anchor) = (entry[2].clone().unchecked_into::<Element>(), entry[3].clone().unchecked_into::<Element>());
        groups.retain(|g| g.path != path);
        groups.push(Group { path: path.clone(), controls: vec![element.clone()] });
        if !text.is_empty() {
            form::insert(&mut value, &path, text.into());
        }
        found.push(Source { path, element, anchor, target: entry[4].clone() });
    }
    let options = crate::wasm::options_from(&engine, "attach(form, options)")?;
    let ad = JobAd::from_json_value(&value).map_err(|e| type_error(e.to_string()))?;
    let report = crate::validate(&ad, &options);
    let mut findings = Findings::new(value, report);
    if let Some(check) = check {
        let ad_js = plain(&findings.value)?;
        let extra = check.call1(&JsValue::NULL, &ad_js)?;
        findings.add_checked(&extra)?;
    }
    let report_js = {
        let report = findings.wire();
        JSON::parse(&report.to_json())?
    };
    let mut run = Run { groups, sources: found, findings, placement: Vec::new() };
    {
        let Ok(mut inner) = rc.try_borrow_mut() else { return Ok(()) };
        if !inner.attached {
            return Ok(());
        }
        let report = run.findings.wire();
        run.placement = report.diagnostics.iter().map(|d| d.field.and_then(|f| render::place(&run.groups, f))).collect();
        inner.render(&run, &report)?;
        // The fields that can show highlights: [path, element or adapter] each.
        let fields = js_sys::Array::new();
        for g in &run.groups {
            let target = match run.source_of(&g.path) {
                Some(s) => s.target.clone(),
                None if g.controls.len() == 1 => g.controls[0].clone().into(),
                None => continue,
            };
            fields.push(&JsValue::from_str(&g.path));
            fields.push(&target);
        }
        drop(report);
        inner.report = report_js.clone();
        inner.run = Some(run);
        if let Some(layer) = inner.layer.clone() {
            drop(inner);
            layer.show(&report_js, &fields);
        }
    }
    if let Some(f) = on_report {
        f.call1(&JsValue::NULL, &report_js)?;
    }
    Ok(())
}

/// A JSON value as the plain JS value `JSON.parse` makes of its text: own data properties in the
/// map's order (`Object.fromEntries`, so a `__proto__` key is a key), numbers as `f64`. Built
/// directly, which keeps a JSON number writer out of the widget's wasm.
fn plain(value: &serde_json::Value) -> Result<JsValue, JsValue> {
    use serde_json::Value;
    Ok(match value {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(n.as_f64().unwrap_or_default()),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => {
            let out = js_sys::Array::new();
            for item in items {
                out.push(&plain(item)?);
            }
            out.into()
        }
        Value::Object(map) => {
            let entries = js_sys::Array::new();
            for (key, item) in map {
                entries.push(&js_sys::Array::of2(&JsValue::from_str(key), &plain(item)?));
            }
            Object::from_entries(&entries)?.into()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test as test;

    #[test]
    fn plain_values_are_what_json_parse_makes_of_their_text() {
        let value = serde_json::json!({
            "a": [1, -2, 2.5, 1e300, 9007199254740993u64, null, true, "x\"é😀\n"],
            "__proto__": {"b": {}},
            "10": "ten",
            "2": [],
        });
        let mut text = wire::JsonWriter::new();
        text.value(&value);
        let want = JSON::parse(&text.finish()).unwrap();
        let got = plain(&value).unwrap();
        assert_eq!(JSON::stringify(&got).unwrap(), JSON::stringify(&want).unwrap());
        assert!(Object::get_prototype_of(&got) == Object::get_prototype_of(&want));
        assert!(Reflect::has(&got, &"__proto__".into()).unwrap() && Object::keys(got.unchecked_ref::<Object>()).length() == 4);
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
        assert_eq!(utf16_slice(text, 1, 4), Some("ä😀"));
        assert_eq!(utf16_slice(text, 1, 3), None);
    }
}
