// 10,000 validations through the wasm package leave the wasm memory flat: nothing leaks per
// call (reports are plain JS objects; every Rust allocation of a call is freed before it returns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, validateText, init } from './load.mjs';

// `init()` resolves to the wasm exports once the module is loaded (load.mjs loaded it).
const { memory } = await init();

const NOW = '2026-11-25T12:00:00';
const ads = [
  {
    languages: ['fi', 'sv'],
    position: {
      title: { fi: 'Myyjä', sv: 42 },
      jobDescription: { fi: 'Haemme 20–30-vuotiasta myyjää 😀. '.repeat(40), sv: 'Ålder 25–35 år.' },
    },
    application: { openPositions: 'many', expires: '2026-12-31T23:59:59' },
    contacts: [{ email: ['x'] }, { firstName: 'Anna', email: 'anna@example.fi' }],
  },
  { languages: ['fi'], position: { title: { fi: 'Kokki' }, jobDescription: { fi: 'Tervetuloa töihin keittiöömme.' } } },
  {},
];
const texts = ['alle 30-vuotias \uD800 x', 'Ikä ei ratkaise.', 'ikä 20–40 v '.repeat(500)];

function once(i) {
  switch (i % 6) {
    case 0:
    case 1:
    case 2:
      return validate(ads[i % 3], { now: NOW, lang: ['fi', 'sv', 'en'][i % 3], allow: i % 2 ? ['alle 30-vuotias'] : [] });
    case 3:
    case 4:
      return validateText(texts[i % 3], { field: 'position.jobDescription.fi', severity: { 'content.discrimination.age': 'warning' } });
    default:
      // The error paths must not leak either.
      assert.throws(() => validate(i % 2 ? 'not an ad' : {}, { lang: 'de' }), TypeError);
      return null;
  }
}

test('wasm memory stays flat over 10,000 validations', (t) => {
  assert.ok(memory instanceof WebAssembly.Memory, 'init() gives the exports with their memory');
  for (let i = 0; i < 1_000; i++) once(i); // warm-up: let the allocator reach its working size
  const before = memory.buffer.byteLength;
  let findings = 0;
  for (let i = 0; i < 10_000; i++) findings += once(i)?.diagnostics.length ?? 0;
  const after = memory.buffer.byteLength;
  t.diagnostic(`wasm memory: ${before} B after warm-up, ${after} B after 10,000 more validations (${findings} findings)`);
  assert.ok(findings > 10_000, 'the validations found things (so they did real work)');
  assert.equal(after, before, 'the wasm memory grew: something leaks per call');
});
