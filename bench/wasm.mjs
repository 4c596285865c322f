// WebAssembly benchmark: runs the built package (pkg/) in Node and, with --browser, in headless
// Chromium (playwright-core driving /usr/bin/chromium), and prints medians against the targets.
//
//   node bench/wasm.mjs              Node
//   node bench/wasm.mjs --browser    Node, then Chromium
//   node bench/wasm.mjs --quick      fewer rounds
//
// Build first: scripts/build.sh (scripts/bench.sh does both).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, extname } from 'node:path';
import { runBench, formatRows } from './core.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const ads = JSON.parse(readFileSync(join(root, 'bench/ads.json'), 'utf8'));
const wasmPath = join(root, 'pkg/tmt_validator_bg.wasm');
if (!existsSync(wasmPath)) {
  console.error('bench/wasm.mjs: pkg/ is missing: run scripts/build.sh first');
  process.exit(1);
}

const glue = new URL('../pkg/tmt_validator.js', import.meta.url);
const nodeRows = await runBench({
  loadModule: (i) => import(`${glue.href}?fresh=${i}`),
  wasmBytes: readFileSync(wasmPath),
  ads,
  quick,
});
console.log(formatRows(`WebAssembly in Node ${process.version} (medians)`, nodeRows));

if (args.has('--browser')) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.html': 'text/html' };
    // Files are served from the repository by request interception: no server, no network.
    await page.route('http://bench.invalid/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' });
      const file = join(root, path);
      if (!file.startsWith(root) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto('http://bench.invalid/');
    const { rows, ua } = await page.evaluate(async (quick) => {
      const { runBench } = await import('/bench/core.mjs');
      const ads = await (await fetch('/bench/ads.json')).json();
      const wasmBytes = await (await fetch('/pkg/tmt_validator_bg.wasm')).arrayBuffer();
      const rows = await runBench({ loadModule: (i) => import(`/pkg/tmt_validator.js?fresh=${i}`), wasmBytes, ads, quick });
      return { rows, ua: navigator.userAgent };
    }, quick);
    const version = /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? ua;
    console.log(formatRows(`WebAssembly in headless Chromium ${version} (medians)`, rows));
  } finally {
    await browser.close();
  }
}
