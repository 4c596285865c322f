// Browser-test harness: a static server on 127.0.0.1 (free port) over www/, pkg/ and the test
// fixtures, and Debian's Chromium driven by playwright-core, with every console error, page
// error and request recorded so that tests can assert there are none (or only the page's own).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.ts': 'text/plain; charset=utf-8',
};

/**
 * Serves `mounts` ({ '/pkg/': absDir, '/': absDir }, longest prefix wins). `headers(path)` may
 * add response headers (e.g. a CSP). Returns { url, close }.
 */
export async function serve(mounts, headers = () => ({})) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    try {
      let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/favicon.ico') { res.writeHead(204); res.end(); return; } // the browser's own request
      if (path.endsWith('/')) path += 'index.html';
      const prefix = prefixes.find((p) => path.startsWith(p));
      const base = mounts[prefix];
      const file = normalize(join(base, path.slice(prefix.length)));
      if (!file.startsWith(normalize(base))) throw new Error('outside');
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers(path) });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }) };
}

export const defaultMounts = () => ({
  '/': join(root, 'www'),
  '/pkg/': join(root, 'pkg'),
  '/fixtures/': join(root, 'tests', 'browser', 'fixtures'),
  // The demo's rich-text editor, as scripts/site.sh lays it out (www/vendor/quill/).
  '/vendor/quill/': join(root, 'node_modules', 'quill', 'dist'),
});

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Launches headless Chromium with a fresh profile and no background networking. */
export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run scripts/setup.sh --browser`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'tmt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return {
    context,
    close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); },
  };
}

/** A new page that records console errors, page errors and every request URL. */
export async function openPage(context, { viewport } = {}) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const log = { errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(`console.error: ${m.text()}`); });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => log.errors.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  return { page, log };
}

/** Requests that did not go to `origin` (data: and blob: URLs are the page's own). */
export function foreignRequests(log, origin) {
  return log.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
}
