// The npm package as users get it: the Report contract, bad input, offsets, packaging.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate, validateText, rules, version, pkgDir } from './load.mjs';

const NOW = '2026-11-25T12:00:00';
const goodAd = () => ({
  languages: ['fi'],
  owner: { businessId: '2947513-0' },
  position: {
    title: { fi: 'Myyjä' },
    jobDescription: { fi: 'Myyt vaatteita liikkeessämme Helsingissä. Kokemus myyntityöstä on eduksi.' },
    workTime: '01',
    continuityOfWork: ['01'],
  },
  location: { municipalities: ['91'] },
  application: { expires: '2027-01-31T16:00:00', url: { fi: 'https://rekry.esimerkki.example/myyja' } },
});

/** Checks every invariant of the Report contract; returns the report. */
function assertReport(report) {
  assert.equal(Object.getPrototypeOf(report), Object.prototype, 'a plain object, not a wasm class');
  assert.deepEqual(Object.keys(report).sort(), ['counts', 'diagnostics', 'ok']);
  assert.ok(Array.isArray(report.diagnostics));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of report.diagnostics) {
    assert.deepEqual(Object.keys(d).sort(), ['field', 'message', 'reference', 'rule', 'severity', 'span', 'suggestion']);
    assert.match(d.rule, /^(field|content|format)\.[a-z_.]+$/);
    assert.ok(['error', 'warning', 'info'].includes(d.severity));
    counts[d.severity]++;
    assert.ok(d.field === null || typeof d.field === 'string');
    assert.ok(typeof d.message === 'string' && d.message.length > 0);
    assert.ok(d.suggestion === null || typeof d.suggestion === 'string');
    assert.ok(d.reference === null || typeof d.reference === 'string');
    if (d.span !== null) {
      assert.deepEqual(Object.keys(d.span).sort(), ['end', 'start']);
      assert.ok(Number.isInteger(d.span.start) && d.span.start <= d.span.end);
    }
  }
  assert.deepEqual(report.counts, counts);
  assert.equal(report.ok, counts.error === 0);
  return report;
}

test('a good ad gives an ok report', () => {
  const r = assertReport(validate(goodAd(), { now: NOW }));
  assert.equal(r.ok, true, JSON.stringify(r.diagnostics));
  assert.equal(r.counts.error, 0);
});

test('a bad ad reports the missing and discriminatory parts, with UTF-16 spans', () => {
  const ad = goodAd();
  ad.languages = ['fi', 'sv'];
  ad.position.jobDescription.fi = '😀 Haemme 20–30-vuotiasta myyjää.';
  const r = assertReport(validate(ad, { now: NOW }));
  assert.equal(r.ok, false);
  const fields = r.diagnostics.map((d) => `${d.rule}@${d.field}`);
  assert.ok(fields.includes('field.required@position.title.sv'), fields.join());
  assert.ok(fields.includes('field.required@position.jobDescription.sv'), fields.join());
  const age = r.diagnostics.find((d) => d.rule === 'content.discrimination.age');
  const text = ad.position.jobDescription.fi;
  assert.equal(text.slice(age.span.start, age.span.end), '20–30-vuotiasta');
  assert.equal(age.field, 'position.jobDescription.fi');
  assert.match(age.reference, /1325\/2014/);
});

test('diagnostics are sorted by field, then span', () => {
  const r = validate({ position: { title: { fi: 7 } }, contacts: [{ email: 1 }] }, { now: NOW });
  const keys = r.diagnostics.map((d) => d.field ?? '');
  const sorted = [...keys].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  assert.deepEqual(keys, sorted);
});

test('messages follow options.lang', () => {
  const msg = (lang) => validate({}, { lang, now: NOW }).diagnostics.find((d) => d.field === 'languages').message;
  const [fi, sv, en] = ['fi', 'sv', 'en'].map(msg);
  assert.notEqual(fi, sv);
  assert.notEqual(sv, en);
  assert.equal(validate({}, { now: NOW }).diagnostics.find((d) => d.field === 'languages').message, fi, 'fi is the default');
});

test('non-objects throw a TypeError with a clear message', () => {
  for (const bad of [null, 42, 'x', [], undefined, true, () => ({})]) {
    assert.throws(() => validate(bad), (e) => e instanceof TypeError && /job ad object/.test(e.message), String(bad));
  }
  const cyclic = {};
  cyclic.self = cyclic;
  assert.throws(() => validate(cyclic), TypeError);
  assert.throws(() => validate({}, 'fi'), TypeError);
  assert.throws(() => validate({}, { lang: 'de' }), TypeError);
  assert.throws(() => validateText(42), TypeError);
  assert.throws(() => rules('xx'), TypeError);
});

test('wrong types inside the ad are diagnostics, and the rest is still validated', () => {
  const ad = goodAd();
  ad.position.title = { fi: 42 };
  ad.application = { openPositions: 'many' };
  ad.position.jobDescription.fi = 'Ikä 20–40 v.';
  const r = assertReport(validate(ad, { now: NOW }));
  const types = r.diagnostics.filter((d) => d.rule === 'field.type').map((d) => d.field);
  assert.deepEqual(types.sort(), ['application.openPositions', 'position.title.fi']);
  assert.ok(r.diagnostics.some((d) => d.rule === 'content.discrimination.age'));
});

test('odd text never crashes: lone surrogates, NUL, 1 MB, deep nesting', () => {
  const lone = 'x\uD800 ikä 20–40 v \uDC00';
  const r = assertReport(validateText(lone, { field: 'position.title.fi' }));
  const age = r.diagnostics.find((d) => d.rule === 'content.discrimination.age');
  assert.equal(lone.slice(age.span.start, age.span.end), 'ikä 20–40 v');
  assertReport(validate({ position: { title: { fi: lone } } }, { now: NOW }));
  assertReport(validate({ position: { title: { fi: 'a\u0000b' } }, languages: ['\u0000'] }, { now: NOW }));
  const big = 'Myyjä '.repeat(200_000) + 'ikä 20–40 v';
  const rb = assertReport(validateText(big));
  assert.equal(rb.diagnostics.filter((d) => d.rule === 'content.discrimination.age').at(-1).span.end, big.length);
  let deep = {};
  for (let i = 0, cur = deep; i < 10_000; i++, cur = cur.a) cur.a = {};
  assert.throws(() => validate(deep), TypeError);
  let nested = { position: {} };
  for (let i = 0, cur = nested.position; i < 100; i++, cur = cur.x) cur.x = {};
  assertReport(validate(nested, { now: NOW }));
});

test('validateText echoes the field and honours disable and allow', () => {
  const text = 'Haemme alle 30-vuotiasta myyjää.';
  // The age finding (other rules may have their own say about the text).
  const age = (options) => validateText(text, options).diagnostics.filter((d) => d.rule === 'content.discrimination.age');
  assert.deepEqual(age({ field: 'position.jobDescription.fi' }).map((d) => d.field), ['position.jobDescription.fi']);
  assert.deepEqual(age({}).map((d) => d.field), [null]);
  assert.deepEqual(age({ disable: ['content.discrimination.age'] }), []);
  assert.deepEqual(age({ allow: ['ALLE 30-vuotiasta'] }), []);
  assert.deepEqual(age({ severity: { 'content.discrimination.age': 'warning' } }).map((d) => d.severity), ['warning']);
});

test('rules(lang) lists the catalogue in each language; version() matches the package', () => {
  const [fi, sv, en] = ['fi', 'sv', 'en'].map((l) => rules(l));
  assert.ok(fi.length >= 3);
  assert.deepEqual(fi.map((r) => r.id), en.map((r) => r.id));
  for (const r of en) {
    assert.deepEqual(Object.keys(r).sort(), ['description', 'id', 'reference', 'scope', 'severity', 'title']);
  }
  assert.notEqual(fi[0].title, sv[0].title);
  assert.deepEqual(rules(), fi);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(version(), manifest.version);
});

test('pkg/ is a real npm package with types', () => {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  for (const key of ['name', 'version', 'description', 'license', 'types', 'exports', 'files']) assert.ok(manifest[key], key);
  assert.equal(manifest.name, 'tmt-validator');
  assert.equal(Object.keys(manifest.exports['.'])[0], 'types', 'types come first in the exports map');
  for (const f of ['README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'tmt_validator_bg.wasm', 'tmt_validator.js', 'tmt_validator.d.ts']) {
    assert.ok(manifest.files.includes(f), f);
    readFileSync(join(pkgDir, f));
  }
  const dts = readFileSync(join(pkgDir, 'tmt_validator.d.ts'), 'utf8');
  for (const name of ['JobAd', 'Options', 'Report', 'Diagnostic', 'RuleInfo']) assert.match(dts, new RegExp(`export (interface|type) ${name}\\b`));
  assert.match(dts, /export function validate\(ad: JobAd, options\?: Options\): Report;/);
  assert.match(dts, /export function validateText\(text: string, options\?: TextOptions\): Report;/);
  assert.match(dts, /export function rules\(lang\?: Lang\): RuleInfo\[\];/);
  assert.doesNotMatch(dts, /export function (validate|validateText|rules)\([^)]*\bany\b/);
  assert.match(dts, /export default function __wbg_init/);
  // The engine's module has no DOM code: attach() is in the widget entry only.
  assert.doesNotMatch(dts, /export function attach\b/);
});

test('the widget entry (tmt-validator/widget) is the engine plus attach(), with its own types', async () => {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.deepEqual(manifest.exports['./widget'], { types: './widget/tmt_validator.d.ts', default: './widget/tmt_validator.js' });
  for (const f of ['widget/tmt_validator.js', 'widget/tmt_validator_bg.wasm', 'widget/tmt_validator.d.ts']) {
    assert.ok(manifest.files.includes(f), f);
  }
  const dts = readFileSync(join(pkgDir, 'widget', 'tmt_validator.d.ts'), 'utf8');
  for (const re of [/export function attach\(/, /export interface AttachOptions\b/, /export function validate\(ad: JobAd/]) assert.match(dts, re);
  const widget = await import(new URL('../../pkg/widget/tmt_validator.js', import.meta.url));
  widget.initSync({ module: readFileSync(join(pkgDir, 'widget', 'tmt_validator_bg.wasm')) });
  assert.equal(typeof widget.attach, 'function');
  // Both builds are the same engine: the same findings for the same ad.
  const ad = { languages: ['fi'], position: { title: { fi: 'Myyjä' }, jobDescription: { fi: 'Haemme alle 30-vuotiasta myyjää.' } } };
  const options = { lang: 'en', now: '2026-11-25T12:00:00' };
  assert.deepEqual(widget.validate(ad, options), validate(ad, options));
  assert.deepEqual(widget.rules('sv'), rules('sv'));
});
