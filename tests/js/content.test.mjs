// The content rules end to end through the npm package: validateText and validate, with
// UTF-16 spans on texts with ä/ö and emoji, suggestions, references, options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, validateText } from './load.mjs';

const NOW = '2026-11-25T12:00:00';
const of = (report, rule) => report.diagnostics.filter((d) => d.rule === rule);
const marked = (text, d) => text.slice(d.span.start, d.span.end);

test('validateText marks the exact words, in UTF-16 units, after ä/ö and emoji', () => {
  const cases = [
    ['😀😀 Hakijan tulee olla mies. Ikä 20–40 v.', 'content.discrimination.gender', 'mies'],
    ['😀😀 Hakijan tulee olla mies. Ikä 20–40 v.', 'content.discrimination.age', 'Ikä 20–40 v'],
    ['Työ on Hämeenlinnassa 🚒 Haemme palomiestä!', 'content.discrimination.gender', 'palomiestä'],
    ['Vi söker en kvinnlig säljare 👩‍💼 till butiken.', 'content.discrimination.gender', 'kvinnlig'],
    ['🇫🇮 Suomi äidinkielenä, liitä hakemukseen valokuva.', 'content.discrimination.language', 'Suomi äidinkielenä'],
    ['🇫🇮 Suomi äidinkielenä, liitä hakemukseen valokuva.', 'content.photo_request', 'valokuva'],
    ['Välitysmaksu 150 € 💶 maksetaan etukäteen.', 'content.fee_from_applicant', 'Välitysmaksu'],
  ];
  for (const [text, rule, expected] of cases) {
    const r = validateText(text, { field: 'position.jobDescription.fi', now: NOW });
    const found = of(r, rule);
    assert.equal(found.length, 1, `${rule} in ${text}: ${JSON.stringify(r.diagnostics)}`);
    assert.equal(marked(text, found[0]), expected);
    assert.ok(found[0].reference && /https:\/\//.test(found[0].reference), found[0].reference);
  }
});

test('gendered titles get a neutral suggestion, capitalised like the original: explicit ones a warning, generic masculine ones a tip', () => {
  // DOMAIN.md's severity policy: "myyjätär" → warning; "palomies" (in common use) → info.
  for (const [text, word, suggestion, severity] of [
    ['🔥 Palomies vuorotyöhön', 'Palomies', 'Pelastaja', 'info'],
    ['🛍️ Myyjätär Helsingin myymälään', 'Myyjätär', 'Myyjä', 'warning'],
  ]) {
    const [d, ...rest] = of(validateText(text, { now: NOW }), 'content.discrimination.gender');
    assert.deepEqual(rest, [], text);
    assert.equal(d.severity, severity, text);
    assert.equal(marked(text, d), word);
    assert.equal(d.suggestion, suggestion);
  }
});

test('the must-not-fire neighbours stay silent', () => {
  for (const text of [
    'Toivomme hakijoiksi myös naisia.',
    'We encourage women to apply.',
    'Vi välkomnar sökande oavsett kön.',
    'Ikä ei ratkaise.',
    'Naistenvaateliike hakee myyjää 🛍️',
    'Seniorikehittäjä, nuorisotyöntekijä ja äidinkielen opettaja.',
    'Hyvä suomen kielen taito, B-ajokortti.',
    'Palvelu on hakijalle maksuton. Työnantaja maksaa rekrytointipalkkion.',
  ]) {
    const r = validateText(text, { now: NOW });
    const content = r.diagnostics.filter((d) => d.rule.startsWith('content.'));
    assert.deepEqual(content, [], text);
  }
});

test('messages follow options.lang; severity, disable and allow work on content rules', () => {
  const text = 'Olet alle 30-vuotias ja nuorekas.';
  const fi = of(validateText(text, { now: NOW }), 'content.discrimination.age');
  const sv = of(validateText(text, { lang: 'sv', now: NOW }), 'content.discrimination.age');
  assert.equal(fi.length, 2);
  assert.notEqual(fi[0].message, sv[0].message);
  assert.match(sv[0].message, /Ålderskravet|ålder/);
  const warn = validateText(text, { now: NOW, severity: { 'content.discrimination.age': 'warning' } });
  assert.ok(of(warn, 'content.discrimination.age').every((d) => d.severity === 'warning'));
  assert.equal(of(validateText(text, { now: NOW, disable: ['content.discrimination.*'] }), 'content.discrimination.age').length, 0);
  const allowed = of(validateText(text, { now: NOW, allow: ['alle 30-vuotias'] }), 'content.discrimination.age');
  assert.deepEqual(allowed.map((d) => marked(text, d)), ['nuorekas']);
});

test('validate runs the content rules on every free text of the ad', () => {
  const ad = {
    languages: ['fi', 'sv', 'en'],
    position: {
      title: { fi: 'Myyjätär', sv: 'Säljare', en: 'Salesman' },
      jobDescription: {
        fi: 'Haemme 😀 20–30-vuotiasta myyjää.',
        sv: 'Finskt medborgarskap krävs.',
        en: 'Please attach a photo. Registration fee 50 EUR.',
      },
      wagePrincipalInfo: { fi: 'Palkkaus on provisiopohjainen.' },
    },
  };
  const r = validate(ad, { now: NOW });
  const got = r.diagnostics.filter((d) => d.rule.startsWith('content.')).map((d) => `${d.rule}@${d.field}`).sort();
  assert.deepEqual(got, [
    'content.commission_only@position.wagePrincipalInfo.fi',
    'content.discrimination.age@position.jobDescription.fi',
    'content.discrimination.gender@position.title.en',
    'content.discrimination.gender@position.title.fi',
    'content.discrimination.origin@position.jobDescription.sv',
    'content.fee_from_applicant@position.jobDescription.en',
    'content.photo_request@position.jobDescription.en',
  ]);
  const age = of(r, 'content.discrimination.age')[0];
  assert.equal(marked(ad.position.jobDescription.fi, age), '20–30-vuotiasta');
});

test('options.explain adds the mention and the stance behind each content finding', () => {
  const text = 'Hakijalla ei saa olla pieniä lapsia.';
  const [d] = of(validateText(text, { explain: true }), 'content.discrimination.family');
  assert.match(d.explain, /^mention family “lapsia” \(attr\); stance excludes “ei saa”/);
  const [plain] = of(validateText(text), 'content.discrimination.family');
  assert.equal(plain.explain, undefined);
  assert.throws(() => validateText(text, { explain: 'yes' }), TypeError);
});
