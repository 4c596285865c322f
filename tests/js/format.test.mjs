// Format and personal-data rules through the wasm package: exact UTF-16 spans on texts with
// emoji (surrogate pairs, ZWJ sequences) and ä, via validateText and validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, validateText, rules } from './load.mjs';

const NOW = '2026-11-25T12:00:00';
const of = (report, rule) => report.diagnostics.filter((d) => d.rule === rule);
const excerpts = (text, ds) => ds.map((d) => text.slice(d.span.start, d.span.end));

test('the format and personal-data rules are in the catalogue', () => {
  const ids = rules('en').map((r) => r.id);
  for (const id of ['format.html', 'format.all_caps', 'format.emoji', 'format.repeated_punctuation', 'content.personal_data']) {
    assert.ok(ids.includes(id), id);
  }
});

test('validateText: emoji spam, repeated punctuation and a valid henkilötunnus after surrogate pairs', () => {
  const text = 'Hyvä työ 🔥🔥 ja 👩‍💻-tiimi!!! Yhteys: 131052-308T, ei 131052-308U.';
  const r = validateText(text, { field: 'position.jobDescription.fi', lang: 'en' });
  const emoji = of(r, 'format.emoji');
  assert.deepEqual(excerpts(text, emoji), ['🔥🔥', '👩‍💻']);
  assert.equal(emoji[0].span.start, text.indexOf('🔥'));
  assert.equal(emoji[0].span.end - emoji[0].span.start, 4, 'two emoji = four UTF-16 units');
  assert.equal(emoji[1].span.end - emoji[1].span.start, '👩‍💻'.length);
  // A few emoji in a description are a tip (DOMAIN.md's severity policy); spam is a warning.
  assert.ok(emoji.every((d) => d.severity === 'info' && d.field === 'position.jobDescription.fi'));
  const spam = 'Hae nyt 🔥🔥🔥 ja 👩‍💻-tiimi!';
  assert.ok(of(validateText(spam, { field: 'position.jobDescription.fi' }), 'format.emoji').some((d) => d.severity === 'warning'));
  const punct = of(r, 'format.repeated_punctuation');
  assert.deepEqual(excerpts(text, punct), ['!!!']);
  assert.equal(punct[0].suggestion, '!');
  const hetu = of(r, 'content.personal_data');
  assert.deepEqual(excerpts(text, hetu), ['131052-308T']);
  assert.equal(hetu[0].severity, 'error');
  assert.equal(r.ok, false);
});

test('validateText: html is an error in plain text and a warning in markdown; markdown in plain text is a tip', () => {
  const text = 'Ä <b>**Myyjä**</b> ja a < b';
  const plain = of(validateText(text), 'format.html');
  assert.deepEqual(excerpts(text, plain), ['<b>', '**Myyjä**', '</b>']);
  assert.deepEqual(plain.map((d) => d.severity), ['error', 'info', 'error']);
  const md = of(validateText(text, { contentType: 'markdown' }), 'format.html');
  assert.deepEqual(excerpts(text, md), ['<b>', '</b>']);
  assert.ok(md.every((d) => d.severity === 'warning'));
});

test('validate: spans in titles and descriptions of a whole ad, with suggestions', () => {
  const ad = {
    languages: ['fi', 'sv'],
    descriptionsContentType: 'plain',
    position: {
      title: { fi: '😀 MYYJÄ HAE NYT', sv: 'Säljare' },
      jobDescription: {
        fi: 'Ääkköset 👋 ensin. Liitä terveystodistus hakemukseen.',
        sv: '✅ kassa\n✅ kundtjänst\nBifoga läkarintyg till ansökan.',
      },
    },
  };
  const r = validate(ad, { now: NOW });
  const title = ad.position.title.fi;
  const emoji = of(r, 'format.emoji').filter((d) => d.field === 'position.title.fi');
  assert.deepEqual(excerpts(title, emoji), ['😀']);
  assert.deepEqual(emoji[0].span, { start: 0, end: 2 });
  const caps = of(r, 'format.all_caps');
  assert.equal(caps.length, 1);
  assert.equal(caps[0].field, 'position.title.fi');
  assert.deepEqual(excerpts(title, caps), ['MYYJÄ HAE NYT']);
  assert.equal(caps[0].suggestion, 'Myyjä hae nyt');
  const fi = ad.position.jobDescription.fi;
  const health = of(r, 'content.personal_data');
  assert.deepEqual(health.map((d) => d.field), ['position.jobDescription.fi', 'position.jobDescription.sv']);
  assert.deepEqual(excerpts(fi, [health[0]]), ['terveystodistus']);
  assert.match(health[0].reference, /759\/2004/);
  const sv = ad.position.jobDescription.sv;
  const bullets = of(r, 'format.emoji').filter((d) => d.field === 'position.jobDescription.sv');
  assert.deepEqual(excerpts(sv, bullets), ['✅', '✅']);
  // One emoji in a description is not spam.
  assert.equal(of(r, 'format.emoji').filter((d) => d.field === 'position.jobDescription.fi').length, 0);
});

test('spans stay right after lone surrogates and NUL', () => {
  const text = '\uD83D!!! a\u0000 😀😀 \uDC00???';
  const r = validateText(text);
  assert.deepEqual(excerpts(text, of(r, 'format.repeated_punctuation')), ['!!!', '???']);
  assert.deepEqual(of(r, 'format.repeated_punctuation')[0].span, { start: 1, end: 4 });
  assert.deepEqual(excerpts(text, of(r, 'format.emoji')), ['😀😀']);
});

test('options apply to these rules in the engine: disable, severity, allow, lang', () => {
  const text = 'Hae heti!!! Hetu 131052-308T.';
  assert.equal(of(validateText(text, { disable: ['format.*'] }), 'format.repeated_punctuation').length, 0);
  assert.equal(of(validateText(text, { severity: { 'content.personal_data': 'info' } }), 'content.personal_data')[0].severity, 'info');
  assert.equal(of(validateText(text, { allow: ['hetu 131052-308t'] }), 'content.personal_data').length, 0);
  const [fi, sv, en] = ['fi', 'sv', 'en'].map((lang) => of(validateText(text, { lang }), 'content.personal_data')[0].message);
  assert.match(fi, /henkilötunnus/);
  assert.match(sv, /personbeteckning/);
  assert.match(en, /identity code/);
});

test('big adversarial texts get a report quickly', () => {
  for (const unit of ['!', '<', '😀', '131052-', '**a', 'AB ']) {
    const text = unit.repeat(Math.floor(1_000_000 / unit.length));
    const t = Date.now();
    const r = validateText(text);
    assert.ok(Date.now() - t < 20_000, `${JSON.stringify(unit)} took ${Date.now() - t} ms`);
    assert.equal(typeof r.ok, 'boolean');
  }
});
