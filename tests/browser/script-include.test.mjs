// The script include: one <script> tag, no inline code, under a CSP of
// `script-src 'self' 'wasm-unsafe-eval'`; it finds the module and the .wasm next to itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, defaultMounts, foreignRequests, root } from './harness.mjs';

const CSP = "script-src 'self' 'wasm-unsafe-eval'";
let server, browser;
before(async () => {
  server = await serve(defaultMounts(), (path) => (path.endsWith('.html') ? { 'content-security-policy': CSP } : {}));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// "Now" for the pages whose deadline is fixed in their HTML (the engine's tests use the same).
const NOW = new Date('2026-11-25T12:00:00');
const AGE_RULE = 'content.discrimination.age';

test('one tag attaches the widget under the CSP, and the browser blocks submit on the error', async () => {
  const { page, log } = await openPage(browser.context);
  await page.clock.setFixedTime(NOW);
  const response = await page.goto(`${server.url}/fixtures/include.html`);
  assert.equal(response.headers()['content-security-policy'], CSP);
  const handles = await page.evaluate(() => window.tmtValidator.ready.then((r) => r.handles.length));
  assert.equal(handles, 1);
  const read = () => page.evaluate(async () => {
    const d = document.getElementById('description');
    const summary = document.getElementById('summary');
    return {
      marks: [...document.querySelectorAll('#description + .tmt-messages mark')].map((m) => m.textContent), invalid: d.getAttribute('aria-invalid'), validation: d.validationMessage,
      counts: summary.querySelector('.tmt-counts')?.textContent, linked: [...summary.querySelectorAll('.tmt-goto')].map((b) => b.textContent),
      formValid: document.getElementById('ad-form').checkValidity(), report: (await window.tmtValidator.ready).handles[0].report(),
    };
  });
  const state = await read();
  const age = state.report.diagnostics.find((d) => d.rule === AGE_RULE && d.field === 'position.jobDescription.fi');
  assert.ok(age, JSON.stringify(state.report.diagnostics));
  assert.ok(state.marks.includes('20–30-vuotiasta'), state.marks.join());
  assert.equal(state.invalid, 'true');
  assert.equal(state.validation, age.message, 'the custom validity is the age finding, in data-lang="en"');
  assert.match(state.validation, /age/);
  // The fixture is a complete ad: the age requirement is its only error.
  assert.deepEqual(state.report.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule), [AGE_RULE], JSON.stringify(state.report.diagnostics));
  assert.match(state.counts, new RegExp(`^${state.report.counts.error} error`), 'the summary shows the counts');
  assert.ok(state.linked.includes('Job description'), `the summary links the finding to its field: ${state.linked.join()}`);
  assert.equal(state.formValid, false, 'the browser blocks submit');
  // Without the age requirement the same form may be submitted.
  await page.locator('#description').fill('Haemme Kampin myymäläämme myyjää, joka palvelee asiakkaita kodintarvikkeiden valinnassa, hoitaa kassaa ja pitää myymälän järjestyksessä.');
  await page.waitForFunction(() => !document.querySelector('#description + .tmt-messages'), null, { timeout: 1000 });
  const fixed = await read();
  assert.equal(fixed.invalid, null);
  assert.equal(fixed.validation, '');
  assert.ok(!fixed.report.diagnostics.some((d) => d.rule === AGE_RULE), JSON.stringify(fixed.report.diagnostics));
  assert.equal(fixed.formValid, true, 'no error left: submit is not blocked');
  // The page, the include, the widget's module, its JavaScript layer (a wasm-bindgen snippet) and
  // the .wasm: no editor adapter (there is no editor on this page).
  const paths = log.requests.map((u) => new URL(u).pathname.replace(/\/snippets\/[^/]+\//, '/snippets/*/'));
  assert.deepEqual(paths.sort(), ['/fixtures/include.html', '/pkg/tmt-validator.js', '/pkg/widget/tmt_validator.js', '/pkg/widget/snippets/*/js/widget/layer.js', '/pkg/widget/tmt_validator_bg.wasm'].sort());
  assert.deepEqual(log.errors, [], 'no CSP violation, console error or page error');
  assert.deepEqual(foreignRequests(log, server.url), []);
});

test('the same page without wasm-unsafe-eval in the CSP fails loudly (the CSP is really enforced)', async () => {
  const strict = await serve(defaultMounts(), (path) => (path.endsWith('.html') ? { 'content-security-policy': "script-src 'self'" } : {}));
  try {
    const { page, log } = await openPage(browser.context);
    await page.goto(`${strict.url}/fixtures/include.html`);
    const outcome = await page.evaluate(() => window.tmtValidator.ready.then(() => 'attached', (e) => `failed: ${e}`));
    assert.match(outcome, /^failed/);
    assert.ok(log.errors.length > 0);
    assert.equal(await page.locator('.tmt-messages').count(), 0);
  } finally {
    await strict.close();
  }
});

test("the README's copy-paste example works as written", async () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start: script include'));
  const html = section.match(/```html\n([\s\S]*?)```/)[1];
  const dir = join(root, 'target', 'readme-example');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  const site = await serve({ '/': dir, '/tmt-validator/': join(root, 'pkg') });
  try {
    const { page, log } = await openPage(browser.context);
    await page.clock.setFixedTime(NOW);
    await page.goto(`${site.url}/`);
    await page.evaluate(() => window.tmtValidator.ready);
    const state = () => page.evaluate(async () => ({
      errors: (await window.tmtValidator.ready).handles[0].report().diagnostics.filter((d) => d.severity === 'error'),
      valid: document.getElementById('ad-form').checkValidity(),
      invalid: document.getElementById('description').getAttribute('aria-invalid'),
      counts: document.querySelector('#feedback .tmt-counts')?.textContent,
      linked: [...document.querySelectorAll('#feedback .tmt-goto')].map((b) => b.textContent),
    }));
    // A recruiter fills in every field of the example: the ad is complete, nothing blocks submit.
    await page.fill('#title', 'Myyjä');
    await page.fill('#description', 'Haemme Kampin myymäläämme myyjää palvelemaan asiakkaita.');
    await page.selectOption('#continuity', '01');
    await page.selectOption('#worktime', '01');
    await page.selectOption('#municipality', '091');
    await page.fill('#expires', '2027-01-31');
    await page.fill('#first', 'Anna');
    await page.fill('#last', 'Virtanen');
    await page.fill('#email', 'anna.virtanen@esimerkki.example');
    await page.evaluate(async () => (await window.tmtValidator.ready).handles[0].validate());
    const complete = await state();
    assert.deepEqual(complete.errors, [], 'the example form can hold a complete ad');
    assert.equal(complete.valid, true);
    // Then an age requirement: an error on the description, in the summary, and submit is blocked.
    await page.locator('#description').pressSequentially(' Hakijan tulee olla alle 30-vuotias.', { delay: 5 });
    await page.waitForFunction(() => [...document.querySelectorAll('#description + .tmt-messages mark')].some((m) => m.textContent === 'alle 30-vuotias'), null, { timeout: 1000 });
    const flagged = await state();
    assert.deepEqual(flagged.errors.map((d) => [d.rule, d.field]), [['content.discrimination.age', 'position.jobDescription.fi']]);
    assert.equal(flagged.invalid, 'true');
    assert.equal(flagged.valid, false);
    assert.match(flagged.counts, /^1 virhe/);
    assert.ok(flagged.linked.includes('Työn kuvaus'), flagged.linked.join());
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreignRequests(log, site.url), []);
  } finally {
    await site.close();
  }
});

test('the include picks up a rich-text editor the page creates later (Quill), loads only its adapter, and highlights in it', async () => {
  const site = await serve({ ...defaultMounts(), '/node_modules/': join(root, 'node_modules') }, (path) => (path.endsWith('.html') ? { 'content-security-policy': CSP } : {}));
  try {
    const { page, log } = await openPage(browser.context);
    await page.goto(`${site.url}/fixtures/include-editor.html`);
    await page.evaluate(() => window.tmtValidator.ready);
    await page.waitForFunction(async () => (await window.tmtValidator.ready).handles[0].report()?.diagnostics.some((d) => d.rule === 'content.discrimination.age' && d.field === 'position.jobDescription.fi'), null, { timeout: 3000 });
    await page.waitForFunction(() => CSS.highlights.get('tmt-error')?.size > 0, null, { timeout: 3000 });
    const marked = await page.evaluate(() => [...CSS.highlights.get('tmt-error')].map((r) => r.toString()));
    assert.deepEqual(marked, ['20–30-vuotiasta']);
    const adapters = log.requests.map((u) => new URL(u).pathname).filter((p) => p.includes('/editors/'));
    assert.deepEqual(adapters, ['/pkg/widget/editors/quill.js'], 'only the adapter of the editor on the page');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(foreignRequests(log, site.url), []);
  } finally {
    await site.close();
  }
});
