// The field rules through the wasm package: the clean sample ads the demo loads, and one
// broken ad per field rule (the same files as the native tests/ads.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { validate, rules } from './load.mjs';

const NOW = '2026-11-25T12:00:00';
const root = new URL('../../', import.meta.url);
const read = (rel) => JSON.parse(readFileSync(new URL(rel, root), 'utf8'));
const describe = (r) => r.diagnostics.map((d) => `${d.rule} ${d.severity} ${d.field}: ${d.message}`).join('\n');

test('the sample ads are clean through the wasm package', () => {
  // The clean samples only: www/samples/ also holds the demo's deliberately broken ads.
  const names = readdirSync(new URL('www/samples/', root)).filter((f) => f.startsWith('clean-') && f.endsWith('.json')).sort();
  for (const want of ['clean-en.json', 'clean-fi-sv.json', 'clean-fi.json', 'clean-sv.json']) assert.ok(names.includes(want), want);
  for (const name of names) {
    for (const lang of ['fi', 'sv', 'en']) {
      const r = validate(read(`www/samples/${name}`), { now: NOW, lang });
      assert.equal(r.diagnostics.length, 0, `${name} (${lang}):\n${describe(r)}`);
      assert.equal(r.ok, true);
    }
  }
});

test('each broken ad gives exactly its rule, with a field path and a message in each language', () => {
  const files = readdirSync(new URL('tests/ads/broken/', root)).filter((f) => f.endsWith('.json')).sort();
  const fieldRules = rules('en').filter((r) => r.scope === 'ad').map((r) => r.id);
  assert.deepEqual(files.map((f) => f.slice(0, -5)).sort(), [...fieldRules].sort(), 'one broken ad per field rule');
  for (const file of files) {
    const rule = file.slice(0, -5);
    const ad = read(`tests/ads/broken/${file}`);
    const messages = [];
    for (const lang of ['fi', 'sv', 'en']) {
      const r = validate(ad, { now: NOW, lang });
      assert.deepEqual([...new Set(r.diagnostics.map((d) => d.rule))], [rule], `${file} (${lang}):\n${describe(r)}`);
      for (const d of r.diagnostics) {
        assert.equal(typeof d.field, 'string', `${file}: a field path`);
        assert.ok(d.reference, `${file}: a reference`);
      }
      messages.push(r.diagnostics[0].message);
    }
    assert.equal(new Set(messages).size, 3, `${file}: fi, sv and en messages differ: ${messages.join(' | ')}`);
  }
});

test('spans are UTF-16 indexes into the field text', () => {
  const ad = read('www/samples/clean-fi.json');
  ad.position.title.fi = 'Myyjä 😀 (продавец)';
  const r = validate(ad, { now: NOW });
  const d = r.diagnostics.find((x) => x.rule === 'field.charset');
  assert.equal(d.field, 'position.title.fi');
  assert.equal(ad.position.title.fi.slice(d.span.start, d.span.end), 'продавец');
  const long = read('www/samples/clean-fi.json');
  long.owner.officeName = '😀'.repeat(79) + 'ää';
  const t = validate(long, { now: NOW, disable: ['format.*', 'content.*'] }).diagnostics.find((x) => x.rule === 'field.too_long');
  assert.equal(long.owner.officeName.slice(t.span.start, t.span.end), 'ä', 'the 81st character, counted in characters');
});

test('maxLengths through the options, and dates in UTC as the service writes them', () => {
  const ad = read('www/samples/clean-fi.json');
  let r = validate(ad, { now: NOW, maxLengths: { 'position.title': 5 } });
  assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.field]), [['field.too_long', 'position.title.fi']]);
  ad.application.expires = '2027-01-31T21:59:59.5Z';
  r = validate(ad, { now: NOW });
  assert.deepEqual(r.diagnostics, [], 'a trailing Z and fractions are valid');
  ad.application.expires = '2027-01-31Z';
  r = validate(ad, { now: NOW });
  assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.severity]), [['field.date', 'error']], 'a Z after a date alone is not');
});
