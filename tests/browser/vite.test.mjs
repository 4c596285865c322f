// The npm package from a bundler: a Vite build of an example ATS page (TypeScript) that imports
// `tmt-validator` as installed from node_modules, then the built page in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, symlinkSync, readdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'vite';
import { serve, launch, openPage, foreignRequests, root } from './harness.mjs';

const work = join(root, 'target', 'vite-example');
let server, browser;
before(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  cpSync(join(root, 'tests', 'browser', 'vite-app'), join(work, 'app'), { recursive: true });
  // As `npm install tmt-validator` would lay it out.
  symlinkSync(join(root, 'pkg'), join(work, 'node_modules', 'tmt-validator'), 'dir');
  // The package's TypeScript types cover attach, its options and the handle: the example
  // type-checks in strict mode against pkg/tmt_validator.d.ts.
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], skipLibCheck: false },
    files: ['app/main.ts'],
  }));
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(work, 'tsconfig.json')], { stdio: 'inherit' });
  await build({
    root: join(work, 'app'),
    logLevel: 'warn',
    build: { outDir: join(work, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  server = await serve({ '/': join(work, 'dist') });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('Vite bundles the module and its .wasm; the built page attaches and validates', async () => {
  const assets = readdirSync(join(work, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the .wasm is emitted as an asset: ${assets.join(', ')}`);
  const { page, log } = await openPage(browser.context);
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00'));
  await page.goto(`${server.url}/`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 10000 });
  const status = JSON.parse(await page.textContent('#status'));
  assert.equal(status.reports, 1, 'onReport was called once on attach');
  assert.deepEqual(status.errors, ['content.discrimination.age'], 'the complete example ad has one error: the age requirement');
  assert.ok(status.direct.includes('content.discrimination.age'), `validate() works from the same import: ${status.direct.join()}`);
  const marks = await page.$$eval('#description + .tmt-messages mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('20–30-vuotiasta'), marks.join());
  // The highlight layer (a snippet of the glue) and the editor adapter came through the bundler too.
  await page.waitForFunction(() => document.querySelector('.tmt-mirror .tmt-hl-error')?.textContent === '20–30-vuotiasta');
  const marketing = await page.evaluate(() => window.handle.report().diagnostics.filter((d) => d.field === 'position.marketingDescription.fi'));
  assert.deepEqual(marketing, [], 'the editor text is read (and clean)');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(foreignRequests(log, server.url), []);
});
