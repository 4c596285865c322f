// Per-keystroke cost of the widget with highlights on a 10,000-character job description, in
// headless Chromium (playwright-core driving /usr/bin/chromium), for a <textarea> (mirror), a
// contenteditable element (CSS Custom Highlight API) and the real editors (dev dependencies).
//
//   node bench/keystroke.mjs            every kind
//   node bench/keystroke.mjs textarea   one kind
//
// Build first: scripts/build.sh. Real keystrokes (page.keyboard.type) go into the field; per
// keystroke it records
//   - frame: the layer's animation-frame work (moving the findings across the edit, painting),
//     with the style and layout it causes (forced inside the measurement), in ms;
//   - run: one validation after the debounce (read the form and editors, the engine, the
//     messages, show the highlights): `handle.validate()` on the same text, in ms.
// Medians and 95th percentiles. The machine is shared: compare runs made one after another.
import { join } from 'node:path';
import { build } from 'vite';
import { serve, launch, openPage, defaultMounts, root } from '../tests/browser/harness.mjs';

const KINDS = process.argv.slice(2).length ? process.argv.slice(2) : ['textarea', 'contenteditable', 'ckeditor5', 'tinymce', 'quill', 'prosemirror', 'lexical'];
const KEYS = 60;

// ~10,000 characters: a realistic description in paragraphs with a few findings in it.
const PARAGRAPH = 'Haemme Kampin myymäläämme myyjää, joka palvelee asiakkaita kodintarvikkeiden valinnassa, hoitaa kassaa ja pitää myymälän järjestyksessä. '
  + 'Työ on vaihtelevaa ja itsenäistä, ja perehdytämme sinut tehtävään huolellisesti. Tarjoamme kilpailukykyisen palkan ja hyvät työsuhde-edut. ';
const FINDINGS = ['Toivomme hakijan olevan 20–30-vuotias.', 'Tervetuloa töihin!!', 'Hakijalla ei saa olla pieniä lapsia.'];
let text = '';
for (let i = 0; text.length < 10_000; i++) text += `${PARAGRAPH}${i % 4 === 0 ? FINDINGS[(i / 4) % 3] : ''}\n\n`;
text = text.slice(0, 10_000);

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

// Lexical's packages for the page, bundled as tests/browser/highlights.test.mjs does.
await build({
  configFile: false, logLevel: 'warn', root, define: { 'process.env.NODE_ENV': '"development"' },
  build: { lib: { entry: join(root, 'tests/browser/fixtures/lexical-entry.js'), formats: ['es'], fileName: () => 'lexical.js' }, outDir: join(root, 'target/lexical'), emptyOutDir: true, minify: false },
});
const server = await serve({ ...defaultMounts(), '/node_modules/': join(root, 'node_modules'), '/lexical/': join(root, 'target/lexical') });
const browser = await launch();
const rows = [];
try {
  for (const kind of KINDS) {
    const { page } = await openPage(browser.context, { viewport: { width: 1200, height: 900 } });
    // Time every animation-frame callback (the layer paints in them), with the layout it causes.
    await page.addInitScript(() => {
      const raf = window.requestAnimationFrame.bind(window);
      window.frames_ = [];
      window.requestAnimationFrame = (cb) => raf((t) => {
        const s = performance.now();
        cb(t);
        void document.body.offsetHeight;
        window.frames_.push(performance.now() - s);
      });
    });
    await page.goto(`${server.url}/fixtures/highlights.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const setup = await page.evaluate(async ([kind, text]) => {
      window.ctx = await window.tmt.setups[kind]();
      const e = window.editor;
      const paragraphs = text.split('\n\n');
      switch (kind) {
        case 'textarea': window.ctx.root.rows = 20; window.ctx.root.value = text; break;
        case 'contenteditable': case 'prosemirror': case 'tinymce': case 'ckeditor5': {
          const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
          if (kind === 'ckeditor5') e.setData(html);
          else if (kind === 'tinymce') e.setContent(html);
          else if (kind === 'contenteditable') window.ctx.root.innerHTML = html;
          else {
            const { DOMParser } = await import('prosemirror-model');
            const div = document.createElement('div');
            div.innerHTML = html;
            const doc = DOMParser.fromSchema(e.state.schema).parse(div);
            e.dispatch(e.state.tr.replaceWith(0, e.state.doc.content.size, doc.content));
          }
          break;
        }
        case 'quill': e.setText(paragraphs.join('\n')); break;
        case 'lexical': {
          const L = await import('/lexical/lexical.js');
          e.update(() => {
            const r = L.$getRoot();
            r.clear();
            for (const p of paragraphs) r.append(L.$createParagraphNode().append(L.$createTextNode(p)));
          }, { discrete: true });
          break;
        }
      }
      window.h = window.tmt.attach(window.ctx.form, { lang: 'en', editors: window.ctx.editors });
      const times = [];
      for (let i = 0; i < 15; i++) { const s = performance.now(); window.h.validate(); times.push(performance.now() - s); }
      const field = window.h.report().diagnostics.filter((d) => d.field === window.tmt.FIELD);
      return { times, length: window.ctx.text().length, findings: field.length };
    }, [kind, text]);
    // Real keystrokes in the middle of the text.
    await page.evaluate((kind) => window.tmt.caretAt(kind, window.ctx, false), kind);
    for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(300);
    await page.evaluate(() => { window.frames_.length = 0; });
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.type(i % 8 === 7 ? ' ' : 'a');
      await page.waitForTimeout(25);
    }
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => window.frames_.filter((t) => t > 0));
    rows.push({ kind, length: setup.length, findings: setup.findings, frame50: pct(frames, 0.5), frame95: pct(frames, 0.95), frames: frames.length, run50: pct(setup.times, 0.5), run95: pct(setup.times, 0.95) });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const f = (n) => n.toFixed(2).padStart(6);
console.log(`Per keystroke, ~10,000-character description, headless Chromium (${KEYS} keystrokes; ms, median / p95)`);
console.log('kind             chars  findings   frame (layer)      validation run');
for (const r of rows) console.log(`${r.kind.padEnd(15)} ${String(r.length).padStart(6)} ${String(r.findings).padStart(9)}   ${f(r.frame50)} / ${f(r.frame95)}    ${f(r.run50)} / ${f(r.run95)}`);
