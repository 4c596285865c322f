// Highlights inside the text being written (issue 14), in headless Chromium, for a <textarea>, a
// plain contenteditable element and the real editors from npm (CKEditor 5, TinyMCE, Quill,
// ProseMirror, Lexical; dev dependencies pinned in package-lock.json, served from node_modules/): the
// highlight sits exactly on the words, follows scrolling and resizing, clears with clean text;
// the card opens by mouse and by keyboard; *apply* replaces exactly the span and Ctrl+Z
// restores it; a composition holds re-rendering; detach() leaves the content and the DOM as
// they were; no console errors; axe finds nothing serious with a card open.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { serve, launch, openPage, defaultMounts, foreignRequests, root } from './harness.mjs';

const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
let server, browser;
before(async () => {
  // Lexical's packages import many subpaths and read process.env: bundled once for the page.
  await build({
    configFile: false, logLevel: 'warn', root, define: { 'process.env.NODE_ENV': '"development"' },
    build: { lib: { entry: join(root, 'tests/browser/fixtures/lexical-entry.js'), formats: ['es'], fileName: () => 'lexical.js' }, outDir: join(root, 'target/lexical'), emptyOutDir: true, minify: false },
  });
  server = await serve({ ...defaultMounts(), '/node_modules/': join(root, 'node_modules'), '/lexical/': join(root, 'target/lexical') });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const AGE = '20–30-vuotiasta';
const TEXT = `Haemme Kampin myymäläämme ${AGE} myyjää!! Tervetuloa.`;
const CLEAN = 'Haemme Kampin myymäläämme myyjää, joka palvelee asiakkaita.';

/** A page with one kind of field set up and the widget attached; `window.ctx`, `window.h`, `window.reports`. */
async function setUp(kind) {
  const { page, log } = await openPage(browser.context, { viewport: { width: 1000, height: 700 } });
  await page.goto(`${server.url}/fixtures/highlights.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.evaluate(async (kind) => {
    window.ctx = await window.tmt.setups[kind]();
    window.reports = 0;
    window.h = window.tmt.attach(window.ctx.form, { lang: 'en', debounce: 40, editors: window.ctx.editors, onReport: () => { window.reports++; } });
  }, kind);
  return { page, log };
}

const painted = (page, severity) => page.evaluate((s) => window.tmt.paintedRects(window.ctx.doc, s, window.ctx.frame), severity);
const phrase = (page, text) => page.evaluate((t) => window.tmt.phraseRects(window.ctx.root, t, window.ctx.frame), text);
const card = (page) => page.evaluate(() => {
  const c = document.querySelector('.tmt-card');
  return c ? { text: c.textContent, role: c.getAttribute('role'), apply: c.querySelector('.tmt-card-apply')?.textContent ?? null } : null;
});

/** Every painted rectangle is one of the text's own rectangles (within a pixel), and there are as many. */
function assertAligned(paintedRects, textRects, what) {
  assert.ok(textRects.length > 0, `${what}: the text is on screen`);
  assert.equal(paintedRects.length, textRects.length, `${what}: ${JSON.stringify(paintedRects)} vs ${JSON.stringify(textRects)}`);
  const key = (r) => [Math.round(r.top), Math.round(r.left)];
  const a = [...paintedRects].sort((x, y) => x.top - y.top || x.left - y.left);
  const b = [...textRects].sort((x, y) => x.top - y.top || x.left - y.left);
  a.forEach((r, i) => {
    for (const k of ['left', 'top', 'width', 'height']) {
      assert.ok(Math.abs(r[k] - b[i][k]) <= 1.01, `${what}: ${k} ${r[k]} vs ${b[i][k]} (${key(r)} / ${key(b[i])})`);
    }
  });
}

/** For a textarea the text has no Range: its mirror must lay the text out exactly like the field. */
async function textareaRects(page) {
  return page.evaluate((age) => {
    const ta = window.ctx.root;
    const mirror = document.querySelector('.tmt-mirror');
    const span = [...mirror.querySelectorAll('.tmt-hl-error')].find((s) => s.textContent === age);
    const m = mirror.getBoundingClientRect();
    const t = ta.getBoundingClientRect();
    return { same: [m.left - t.left, m.top - t.top, m.width - t.width, m.height - t.height], scroll: [mirror.scrollHeight, ta.scrollHeight, mirror.scrollTop, ta.scrollTop, mirror.clientWidth, ta.clientWidth], span: span ? [...span.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height })) : null };
  }, AGE);
}

async function type(page, kind, text, end = true) {
  await page.evaluate(([kind, end]) => window.tmt.caretAt(kind, window.ctx, end), [kind, end]);
  await page.keyboard.type(text);
}

const KINDS = ['textarea', 'contenteditable', 'ckeditor5', 'tinymce', 'quill', 'prosemirror', 'lexical'];

for (const kind of KINDS) {
  test(`${kind}: highlights on the words, aligned after scrolling and resizing; card by mouse and keyboard; apply and undo; composition; detach`, async () => {
    const { page, log } = await setUp(kind);

    // Typing an age requirement: a highlight exactly on its characters.
    await type(page, kind, TEXT);
    await page.waitForFunction(() => window.tmt.paintedRects(window.ctx.doc, 'error', window.ctx.frame).length > 0, null, { timeout: 3000 });
    const check = async (what) => {
      if (kind === 'textarea') {
        const r = await textareaRects(page);
        assert.ok(r.span, `${what}: a mirror span holds the words`);
        assert.deepEqual(r.same.map(Math.round), [0, 0, 0, 0], `${what}: the mirror covers the field`);
        assert.equal(r.scroll[0], r.scroll[1], `${what}: the mirror wraps the text like the field (same scroll height)`);
        assert.equal(r.scroll[2], r.scroll[3], `${what}: and is scrolled like it`);
        assert.equal(r.scroll[4], r.scroll[5], `${what}: same text width`);
        assertAligned(await painted(page, 'error'), r.span, what);
      } else {
        assertAligned(await painted(page, 'error'), await phrase(page, AGE), what);
      }
    };
    await check('typed');
    const report = await page.evaluate(() => window.h.report());
    const age = report.diagnostics.find((d) => d.rule === 'content.discrimination.age');
    assert.ok(age, JSON.stringify(report.diagnostics));
    assert.equal((await page.evaluate(() => window.ctx.text())).includes(AGE), true);
    // The messages under the field stay the accessible source of truth (also after the editor re-renders on blur).
    await page.evaluate(() => { document.activeElement?.blur?.(); window.ctx.doc.activeElement?.blur?.(); });
    await page.waitForTimeout(60);
    const described = await page.evaluate(() => (window.ctx.root.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    assert.ok(described.includes(age.message), `the field is described by its messages: ${described}`);
    assert.equal(await page.evaluate(() => window.ctx.root.getAttribute('aria-invalid')), 'true');

    // Scrolling the page, scrolling the field and resizing it keep the highlight on the words.
    await page.evaluate(() => window.scrollBy(0, 60));
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await check('page scrolled');
    await page.evaluate(() => {
      const el = window.ctx.frame ?? window.ctx.root.closest('.ck-editor') ?? window.ctx.root;
      el.style.width = '15rem';
    });
    await page.waitForTimeout(120);
    await check('resized');
    if (kind === 'textarea') {
      await page.evaluate(() => { const ta = window.ctx.root; ta.rows = 2; ta.scrollTop = 20; });
      await page.waitForTimeout(120);
      const r = await textareaRects(page);
      assert.equal(r.scroll[2], r.scroll[3], 'the field scrolled: the mirror follows');
      await check('field scrolled');
      await page.evaluate(() => { const ta = window.ctx.root; ta.rows = 4; ta.scrollTop = 0; });
      await page.waitForTimeout(120);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(60);

    // The card by mouse: hovering the words.
    const [box] = kind === 'textarea' ? (await textareaRects(page)).span : await phrase(page, AGE);
    await page.mouse.move(box.left + box.width / 2, box.top + box.height / 2);
    await page.waitForSelector('.tmt-card', { timeout: 2000 });
    const hovered = await card(page);
    assert.equal(hovered.role, 'dialog');
    assert.ok(hovered.text.includes(age.message), hovered.text);
    // axe: nothing serious or critical with the card open.
    await page.addScriptTag({ content: AXE });
    // (TinyMCE's own iframe has no title: that is the editor's markup, not the widget's.)
    const axe = await page.evaluate(() => window.axe.run({ include: [['.tmt-card'], ['#f']], exclude: [['iframe.tox-edit-area__iframe']] }, { resultTypes: ['violations'] }));
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], 'axe with the card open');
    await page.mouse.move(5, 650);
    await page.waitForFunction(() => !document.querySelector('.tmt-card'), null, { timeout: 2000 });

    // The card by keyboard: F8 from the start selects the first finding and opens its card,
    // F8 again the next one, Shift+F8 back, Escape closes it.
    await page.evaluate((kind) => window.tmt.caretAt(kind, window.ctx, false), kind);
    await page.keyboard.press('F8');
    await page.waitForSelector('.tmt-card');
    assert.ok((await card(page)).text.includes(age.message));
    assert.equal(await page.evaluate(() => window.tmt.selected(window.ctx)), AGE, 'F8 selects the words');
    await page.keyboard.press('F8');
    await page.waitForFunction(() => document.querySelector('.tmt-card')?.querySelector('.tmt-card-apply'));
    assert.equal(await page.evaluate(() => window.tmt.selected(window.ctx)), '!!');
    assert.match((await card(page)).apply, /“!”/);
    await page.keyboard.press('Shift+F8');
    await page.waitForFunction((m) => document.querySelector('.tmt-card')?.textContent.includes(m), age.message);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.tmt-card'));

    // Apply from the card (Tab moves into it) replaces exactly the span; Ctrl+Z restores it.
    const before = await page.evaluate(() => window.ctx.text());
    await page.evaluate((kind) => window.tmt.caretAt(kind, window.ctx, false), kind);
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    await page.waitForFunction(() => document.querySelector('.tmt-card .tmt-card-apply'));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'tmt-card-apply', 'Tab moves into the card');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => window.ctx.text() !== b, before, { timeout: 2000 });
    const applied = await page.evaluate(() => window.ctx.text());
    assert.equal(applied, before.replace('myyjää!!', 'myyjää!'), 'exactly the span was replaced');
    await page.waitForFunction(() => !window.h.report().diagnostics.some((d) => d.rule === 'format.repeated_punctuation'), null, { timeout: 2000 });
    await page.keyboard.press('Control+z');
    await page.waitForFunction((b) => window.ctx.text() === b, before, { timeout: 2000 });
    await page.waitForFunction(() => window.h.report().diagnostics.some((d) => d.rule === 'format.repeated_punctuation'), null, { timeout: 2000 });

    // Clean text clears the highlights.
    await page.evaluate((kind) => window.tmt.caretAt(kind, window.ctx, true), kind);
    await page.keyboard.press('Control+a');
    await page.keyboard.type(CLEAN);
    await page.waitForFunction(() => !window.tmt.paintedRects(window.ctx.doc, 'error', window.ctx.frame).length && !window.tmt.paintedRects(window.ctx.doc, 'warning', window.ctx.frame).length, null, { timeout: 3000 });
    await page.waitForFunction(() => !window.h.report().diagnostics.some((d) => d.field === window.tmt.FIELD), null, { timeout: 2000 });
    await page.waitForTimeout(50);
    assert.equal((await painted(page, 'error')).length + (await painted(page, 'warning')).length, 0, 'nothing painted for a clean text');

    // A composition (an input method) holds validation and painting until it ends. (Lexical
    // acts on synthetic composition events itself, dropping the text typed between them: they
    // go to the element around its root there.)
    const runs = await page.evaluate(() => { window.ctx.imeTarget = window.ctx.composition ?? window.ctx.root; window.ctx.imeTarget.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' })); return window.reports; });
    await type(page, kind, ` Ikä ${AGE.replace('20', '21')}.`);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.reports), runs, 'no validation during the composition');
    assert.equal((await painted(page, 'error')).length, 0, 'no painting during the composition');
    await page.evaluate(() => window.ctx.imeTarget.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' })));
    await page.waitForFunction(() => window.tmt.paintedRects(window.ctx.doc, 'error', window.ctx.frame).length > 0, null, { timeout: 3000 });
    assert.ok((await page.evaluate(() => window.reports)) > runs);

    // detach(): the content, the editor's DOM and the page are as they were.
    await page.evaluate(() => { document.activeElement?.blur?.(); window.ctx.doc.activeElement?.blur?.(); });
    await page.waitForTimeout(100);
    const snapshot = () => page.evaluate(() => ({
      content: window.ctx.content(),
      editable: window.ctx.root.outerHTML,
      attributes: [...window.ctx.root.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      page: document.body.outerHTML,
      inner: window.ctx.doc === document ? null : window.ctx.doc.documentElement.outerHTML,
      highlights: [...(window.ctx.doc.defaultView.CSS?.highlights?.keys() ?? [])],
    }));
    await page.evaluate(() => window.h.detach());
    await page.waitForTimeout(50);
    const bare = await snapshot();
    await page.evaluate(() => { window.h = window.tmt.attach(window.ctx.form, { lang: 'en', editors: window.ctx.editors }); });
    await page.waitForFunction(() => window.tmt.paintedRects(window.ctx.doc, 'error', window.ctx.frame).length > 0, null, { timeout: 3000 });
    await page.evaluate(() => window.h.detach());
    await page.waitForTimeout(50);
    const after = await snapshot();
    assert.deepEqual(after, bare, 'detach() leaves the content and the DOM as they were');
    assert.deepEqual(after.highlights, []);
    assert.equal((await painted(page, 'error')).length, 0);

    assert.deepEqual(log.errors, [], 'no console.error, page error or failed request');
    assert.deepEqual(foreignRequests(log, server.url), [], 'no request leaves the page');
  });
}

test('without the CSS Custom Highlight API: an overlay of boxes on the text, aligned, following scrolling; removed by detach()', async () => {
  const { page, log } = await openPage(browser.context, { viewport: { width: 1000, height: 700 } });
  await page.addInitScript(() => { delete CSS.highlights; delete window.Highlight; });
  await page.goto(`${server.url}/fixtures/highlights.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.evaluate(async (text) => {
    window.ctx = await window.tmt.setups.contenteditable();
    window.ctx.root.textContent = text;
    window.h = window.tmt.attach(window.ctx.form, { lang: 'en' });
  }, TEXT);
  await page.waitForSelector('.tmt-box.tmt-hl-error');
  assertAligned(await painted(page, 'error'), await phrase(page, AGE), 'overlay');
  await page.evaluate(() => window.scrollBy(0, 40));
  await page.waitForTimeout(80);
  assertAligned(await painted(page, 'error'), await phrase(page, AGE), 'overlay, page scrolled');
  await page.evaluate(() => window.h.detach());
  assert.equal(await page.locator('.tmt-box, .tmt-hl-layer').count(), 0);
  assert.deepEqual(log.errors, []);
});

test('options: highlights: false and data-tmt-highlights="false" paint nothing (the messages stay); setOptions and detach() clean up', async () => {
  const { page, log } = await openPage(browser.context);
  await page.goto(`${server.url}/fixtures/highlights.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const result = await page.evaluate(async (text) => {
    const ctx = await window.tmt.setups.textarea();
    ctx.root.value = text;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const h = window.tmt.attach(ctx.form, { lang: 'en', highlights: false });
    await frame();
    const off = { mirrors: document.querySelectorAll('.tmt-mirror').length, messages: document.querySelectorAll('.tmt-messages .tmt-item').length };
    h.setOptions({ highlights: true });
    await frame();
    const on = document.querySelectorAll('.tmt-mirror .tmt-hl-error').length;
    ctx.root.setAttribute('data-tmt-highlights', 'false');
    h.validate();
    await frame();
    const optedOut = document.querySelectorAll('.tmt-mirror').length;
    ctx.root.removeAttribute('data-tmt-highlights');
    h.validate();
    await frame();
    const back = document.querySelectorAll('.tmt-mirror').length;
    h.detach();
    return { off, on, optedOut, back, left: document.querySelectorAll('.tmt-mirror, .tmt-hl-layer, .tmt-card, #tmt-validator-highlights').length };
  }, TEXT);
  assert.equal(result.off.mirrors, 0);
  assert.ok(result.off.messages > 0, 'the messages are still there');
  assert.equal(result.on, 1);
  assert.equal(result.optedOut, 0, 'a field with data-tmt-highlights="false" is not highlighted');
  assert.equal(result.back, 1);
  assert.equal(result.left, 0, 'detach() removes mirrors, layer, card and styles');
  assert.deepEqual(log.errors, []);
});

test('a single-page app: fields and editors mounted after attach() are picked up by themselves, unmounted ones let go', async () => {
  const { page, log } = await openPage(browser.context);
  await page.goto(`${server.url}/fixtures/highlights.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.evaluate(() => {
    document.getElementById('stage').innerHTML = '<form id="f"><label for="t">Title</label><input id="t" name="position.title.fi" value="Myyjä"></form>';
    window.reports = 0;
    window.h = window.tmt.attach('#f', { lang: 'en', debounce: 30, onReport: () => { window.reports++; } });
  });
  // The app mounts a description (a contenteditable), with an age requirement in it: no validate() call.
  await page.evaluate((text) => {
    const div = document.createElement('div');
    div.contentEditable = 'true';
    div.setAttribute('role', 'textbox');
    div.setAttribute('aria-label', 'Description');
    div.dataset.tmtField = 'position.jobDescription.fi';
    div.textContent = text;
    document.getElementById('f').append(div);
  }, TEXT);
  await page.waitForFunction(() => window.h.report().diagnostics.some((d) => d.rule === 'content.discrimination.age'), null, { timeout: 2000 });
  await page.waitForFunction(() => CSS.highlights.get('tmt-error')?.size > 0);
  // ...and unmounts it: its findings and highlights go.
  await page.evaluate(() => document.querySelector('[contenteditable]').remove());
  await page.waitForFunction(() => !window.h.report().diagnostics.some((d) => d.field === 'position.jobDescription.fi'), null, { timeout: 2000 });
  await page.waitForFunction(() => !(CSS.highlights.get('tmt-error')?.size > 0));
  // The widget's own elements (messages, live region) never count as a mount: no endless re-validation.
  const settled = await page.evaluate(async () => { const n = window.reports; await new Promise((r) => setTimeout(r, 300)); return window.reports - n; });
  assert.equal(settled, 0);
  await page.evaluate(() => window.h.detach());
  assert.deepEqual(log.errors, []);
});
