// The demo page (www/) in headless Chromium: live feedback while typing, samples, the language
// switch, no console errors, no requests beyond its own files, and axe-core's accessibility check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, openPage, defaultMounts, foreignRequests, root } from './harness.mjs';

const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
let server, browser;
before(async () => {
  server = await serve(defaultMounts());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function demo(viewport, now) {
  const { page, log } = await openPage(browser.context, { viewport });
  if (now) await page.clock.setFixedTime(now);
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 10000 });
  return { page, log };
}

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no console.error, page error or failed request');
  assert.deepEqual(foreignRequests(log, server.url), [], 'no request leaves the page origin');
}

/** axe-core's serious and critical violations on the page as it is now. */
async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  assert.ok(result.passes.length > 10, 'axe ran its checks');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('typing an age requirement into the description shows the finding under it within a second; fixing it clears it', async () => {
  const { page, log } = await demo({ width: 1280, height: 900 });
  const description = page.locator('#jobDescription-fi');
  await description.fill('');
  await description.pressSequentially('Haemme 20–30-vuotiasta myyjää', { delay: 10 });
  const typed = Date.now();
  // The age requirement's own excerpt, not just any mark (other rules may mark other words).
  await page.waitForFunction(() => [...document.querySelectorAll('#jobDescription-fi + .tmt-messages mark')].some((m) => m.textContent === '20–30-vuotiasta'), null, { timeout: 1000 });
  assert.ok(Date.now() - typed < 1000, 'within a second of the last keystroke');
  const state = await page.evaluate(() => {
    const d = document.getElementById('jobDescription-fi');
    const msg = d.nextElementSibling;
    return { invalid: d.getAttribute('aria-invalid'), validation: d.validationMessage, linked: d.getAttribute('aria-describedby').split(' ').includes(msg.id), marks: [...msg.querySelectorAll('mark')].map((m) => m.textContent), json: JSON.parse(document.getElementById('report-json').textContent) };
  });
  assert.equal(state.invalid, 'true');
  assert.ok(state.validation.length > 0);
  assert.ok(state.linked);
  assert.ok(state.marks.includes('20–30-vuotiasta'), state.marks.join());
  assert.ok(state.json.diagnostics.some((d) => d.rule === 'content.discrimination.age' && d.field === 'position.jobDescription.fi'), 'the Report panel shows the same finding');
  await description.fill('Haemme Kampin myymäläämme myyjää, joka palvelee asiakkaita ja hoitaa kassaa.');
  await page.waitForFunction(() => !document.querySelector('#jobDescription-fi + .tmt-messages'), null, { timeout: 1000 });
  const cleared = await page.evaluate(() => {
    const d = document.getElementById('jobDescription-fi');
    return { invalid: d.hasAttribute('aria-invalid'), validation: d.validationMessage };
  });
  assert.deepEqual(cleared, { invalid: false, validation: '' });
  assertClean(log);
});

test('every sample loads and validates; the discriminatory one has errors; the clean Finnish one has none', async () => {
  const { page, log } = await demo({ width: 1280, height: 900 });
  const names = await page.$$eval('#sample option', (options) => options.map((o) => o.value));
  assert.ok(names.length >= 8, names.join());
  const counts = {};
  for (const name of names) {
    await page.selectOption('#sample', name);
    await page.click('#load-sample');
    await page.waitForFunction((n) => window.tmtDemo.handle.report() && document.getElementById('sample').value === n, name);
    await page.waitForTimeout(50);
    counts[name] = await page.evaluate(() => window.tmtDemo.handle.report().counts);
  }
  assert.ok(counts.discriminatory.error > 0, JSON.stringify(counts));
  assert.equal(counts['clean-fi'].error, 0, JSON.stringify(counts));
  assertClean(log);
});

test('samples move with the calendar: on a later day the clean ones stay clean and the broken dates stay broken', async () => {
  // Half a year after the samples were written (their deadlines are in Dec 2026 – Jan 2027).
  const { page, log } = await demo({ width: 1280, height: 900 }, new Date('2027-06-15T12:00:00'));
  const rulesOf = async (name) => {
    await page.selectOption('#sample', name);
    await page.click('#load-sample');
    await page.waitForFunction((n) => window.tmtDemo.handle.report() && document.getElementById('sample').value === n, name);
    await page.waitForTimeout(50);
    return page.evaluate(() => window.tmtDemo.handle.report().diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
  };
  for (const name of ['clean-fi', 'clean-sv', 'clean-en', 'clean-fi-sv']) {
    assert.deepEqual(await rulesOf(name), [], name);
  }
  const expires = await page.inputValue('[name="application.expires"]');
  assert.ok(expires >= '2027-06-15', `the deadline moved past "today": ${expires}`);
  assert.ok((await rulesOf('broken-formats')).includes('field.date_order'), 'published after expires, still');
  assertClean(log);
});

test('adding a contact person and switching the UI language work', async () => {
  const { page, log } = await demo({ width: 1280, height: 900 });
  await page.click('#add-contact');
  assert.equal(await page.locator('[name="contacts.1.email"]').count(), 1);
  await page.selectOption('#ui-lang', 'sv');
  const sv = await page.evaluate(() => ({ lang: document.documentElement.lang, legend: document.querySelector('#contacts legend').textContent, counts: document.querySelector('.tmt-counts').textContent, rules: document.querySelectorAll('#rules li').length }));
  assert.equal(sv.lang, 'sv');
  assert.equal(sv.legend, 'Kontaktpersoner');
  assert.match(sv.counts, /fel|anmärkningar/);
  assert.ok(sv.rules > 0);
  assertClean(log);
});

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`axe-core: no serious or critical violations (${name}, with findings shown)`, async () => {
    const { page, log } = await demo(viewport);
    await page.selectOption('#sample', 'discriminatory');
    await page.click('#load-sample');
    await page.waitForSelector('.tmt-messages');
    assert.deepEqual(await axe(page), []);
    if (name === 'phone') {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling at 390 px (overflow ${overflow}px)`);
    }
    assertClean(log);
  });
}

test('the rich-text editor (Quill) beside the plain fields: live highlights on the words, the card on hover, axe with it open', async () => {
  const { page, log } = await demo({ width: 1280, height: 900 });
  const editor = page.locator('#marketingDescription-fi .ql-editor');
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Nuorekas tiimimme etsii 20–30-vuotiasta myyjää!!');
  await page.waitForFunction(() => [...(CSS.highlights.get('tmt-error') ?? [])].some((r) => r.toString() === '20–30-vuotiasta'), null, { timeout: 2000 });
  const report = await page.evaluate(() => window.tmtDemo.handle.report());
  assert.ok(report.diagnostics.some((d) => d.rule === 'content.discrimination.age' && d.field === 'position.marketingDescription.fi'), 'the editor text is validated as position.marketingDescription.fi');
  const box = await page.evaluate(() => {
    const r = [...CSS.highlights.get('tmt-error')].find((x) => x.toString() === '20–30-vuotiasta').getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('.tmt-card');
  assert.match(await page.textContent('.tmt-card'), /20–30-vuotiasta/);
  assert.deepEqual(await axe(page), []);
  assertClean(log);
});
