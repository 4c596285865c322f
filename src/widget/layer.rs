//! The JavaScript side of the widget (`js/widget/layer.js`, shipped next to the glue as a
//! wasm-bindgen snippet): what needs many browser interfaces and no engine. It finds the texts
//! that are not form controls (editors through their adapters, `contenteditable` elements),
//! paints highlights inside textareas, inputs, `contenteditable` and editors, runs their cards
//! and keyboard, and applies suggestions through each field's own undo. The Rust side decides
//! what is found; the layer only shows it.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/widget/layer.js")]
extern "C" {
    /// One widget's layer.
    #[derive(Clone)]
    pub type Layer;

    /// `new Layer(form, highlights, editors, words, notify)`: `words` are the card's texts
    /// (three severity words, "replace with", "close", the card's name); `notify(what)` tells
    /// the widget that a text changed (0), a composition started (1) or ended (2), or that it
    /// should validate now (3).
    #[wasm_bindgen(constructor)]
    pub fn new(
        form: &web_sys::Element,
        highlights: bool,
        editors: &js_sys::Array,
        words: &js_sys::Array,
        notify: &js_sys::Function,
    ) -> Layer;

    /// The texts that are not form controls: `[path, text, element, anchor, target]` for each
    /// editor and `contenteditable` element. `mapped` is `options.fields` as `[path, element]` pairs.
    #[wasm_bindgen(method)]
    pub fn sources(this: &Layer, mapped: &js_sys::Array) -> Vec<JsValue>;

    /// Shows a report's findings in the fields given as `[path, element or adapter]` pairs.
    #[wasm_bindgen(method)]
    pub fn show(this: &Layer, report: &JsValue, fields: &js_sys::Array);

    /// Replaces `start..end` (UTF-16 units of `reported`, the text the finding was made on) with
    /// `replacement`, through the field's own undo, when those words are still there (spans are
    /// moved across edits made since). Returns whether it applied.
    #[wasm_bindgen(method)]
    pub fn apply(this: &Layer, target: &JsValue, reported: &str, start: u32, end: u32, replacement: &str) -> bool;

    /// Removes every highlight, card, listener and observer.
    #[wasm_bindgen(method)]
    pub fn destroy(this: &Layer);
}
