//! The options of `attach(form, options)` and `setOptions(options)`, checked once and kept as
//! [`Settings`]. A bad option is a `TypeError` at once, not on the first keystroke.

use js_sys::{Function, Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::{element_of, get, present, type_error};
use crate::Lang;

const DEFAULT_DEBOUNCE_MS: u32 = 150;

/// The options in force, parsed from the JS object.
pub(super) struct Settings {
    /// The options object as given (merged by `setOptions`).
    pub raw: Object,
    pub lang: Lang,
    pub debounce: u32,
    pub summary: Option<Element>,
    /// `options.fields`: model path → element or selector.
    pub fields: Vec<(String, JsValue)>,
    pub on_report: Option<Function>,
    pub check: Option<Function>,
    pub styles: bool,
    pub announce: bool,
    /// Highlights in the text (`options.highlights`, default `true`).
    pub highlights: bool,
    /// `options.editors`: editor adapters (JS objects), as given.
    pub editors: js_sys::Array,
    /// The engine's options (`disable`, `severity`, `allow`, `now`, `maxLengths`, `explain`), as the JS binding reads them.
    pub engine: JsValue,
}

impl Settings {
    pub fn parse(raw: Object, doc: &Document) -> Result<Settings, JsValue> {
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
        let editors = match present(get(&raw, "editors")) {
            Some(list) => {
                list.dyn_into::<js_sys::Array>().map_err(|_| type_error("attach: options.editors must be an array of editor adapters"))?
            }
            None => js_sys::Array::new(),
        };
        let engine = Object::new();
        for key in ["disable", "severity", "allow", "now", "maxLengths", "explain"] {
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
            highlights: get(&raw, "highlights") != JsValue::FALSE,
            editors,
            engine: engine.into(),
            raw,
        })
    }
}
