//! Binding tests through JS values (wasm-bindgen-test, run in Node by `wasm-pack test --node`).
#![cfg(target_arch = "wasm32")]

use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

use tmt_validator::wire;

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON")
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn report_is_a_plain_object_with_utf16_spans() {
    let ad = js(r#"{"languages":["fi"],"position":{"title":{"fi":"Myyjä"},"jobDescription":{"fi":"😀 ikä 20–40 v"}}}"#);
    // The field rules (required data...) would report this half-filled ad too: this test is about the text span.
    let report = tmt_validator::wasm::validate(ad, js(r#"{"disable":["field.*"]}"#)).unwrap();
    assert_eq!(get(&report, "ok"), JsValue::FALSE);
    let diags: js_sys::Array = get(&report, "diagnostics").dyn_into().unwrap();
    assert_eq!(diags.length(), 1);
    let d = diags.get(0);
    assert_eq!(get(&d, "rule").as_string().unwrap(), "content.discrimination.age");
    let span = get(&d, "span");
    // "😀 " is 3 UTF-16 units; the Rust byte offset would be 5.
    assert_eq!(get(&span, "start").as_f64(), Some(3.0));
    assert_eq!(get(&span, "end").as_f64(), Some(wire::utf16_len("😀 ikä 20–40 v") as f64));
    assert!(get(&d, "suggestion").is_null());
}

#[wasm_bindgen_test]
fn bad_input_throws_type_errors() {
    for bad in [JsValue::NULL, JsValue::from(42), JsValue::from("x"), js_sys::Array::new().into(), JsValue::UNDEFINED] {
        let err = tmt_validator::wasm::validate(bad, JsValue::UNDEFINED).unwrap_err();
        assert!(err.is_instance_of::<js_sys::TypeError>());
    }
    let err = tmt_validator::wasm::validate_text(JsValue::from(1), JsValue::UNDEFINED).unwrap_err();
    assert!(err.is_instance_of::<js_sys::TypeError>());
}

#[wasm_bindgen_test]
fn wrong_types_inside_are_diagnostics() {
    let ad = js(r#"{"position":{"title":{"fi":42}},"application":{"openPositions":"many"}}"#);
    let report = tmt_validator::wasm::validate(ad, JsValue::UNDEFINED).unwrap();
    let diags: js_sys::Array = get(&report, "diagnostics").dyn_into().unwrap();
    let type_fields: Vec<String> = diags
        .iter()
        .filter(|d| get(d, "rule").as_string().as_deref() == Some("field.type"))
        .map(|d| get(&d, "field").as_string().unwrap())
        .collect();
    assert_eq!(type_fields, ["application.openPositions", "position.title.fi"]);
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_their_index() {
    let text: JsValue = js_sys::JsString::from_char_code(&[0xD800, 0x20]).concat(&"alle 30-vuotias".into()).into();
    let options = js(r#"{"lang":"en"}"#);
    let report = tmt_validator::wasm::validate_text(text, options).unwrap();
    let d = js_sys::Array::from(&get(&report, "diagnostics")).get(0);
    assert_eq!(get(&get(&d, "span"), "start").as_f64(), Some(2.0));
    assert!(get(&d, "message").as_string().unwrap().starts_with("The age"));
}
