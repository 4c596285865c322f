// The WebAssembly benchmark itself, the same in Node and in the browser (bench/wasm.mjs runs it
// in both): init time, validate() per ad, validateText() per 100 KB and 1 MB. Prints medians and
// compares them with the targets of the README ("Performance and size").

export const TARGETS = { initMs: 50, typicalAdUs: 100, text100KbMs: 3, linearFactor: 10 };
const NOW = '2026-11-25T12:00:00';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** How many calls of `fn` make a batch of at least `minBatchMs`. */
function calibrate(fn, minBatchMs) {
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - t0 >= minBatchMs || n >= 1 << 20) return n;
    n *= 2;
  }
}

/**
 * Median time of one call of each function, in ms. Batches of the functions alternate, so that
 * load from other processes affects them alike (which matters for the 1 MB / 100 KB ratio).
 */
function time(fns, { batches = 11, minBatchMs = 25 } = {}) {
  const ns = fns.map((fn) => calibrate(fn, minBatchMs));
  const per = fns.map(() => []);
  for (let b = 0; b < batches; b++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      for (let i = 0; i < ns[k]; i++) fn();
      per[k].push((performance.now() - t0) / ns[k]);
    });
  }
  return per.map(median);
}

/** The long ad's Finnish description repeated to `bytes` UTF-8 bytes (as the native benches do). */
export function textOfSize(ads, bytes) {
  const enc = new TextEncoder();
  const base = ads.long.position.jobDescription.fi + '\n\n';
  let text = base.repeat(Math.ceil(bytes / enc.encode(base).length));
  const over = enc.encode(text).length - bytes;
  if (over > 0) text = text.slice(0, text.length - over);
  while (enc.encode(text).length < bytes - 4) text += ' ';
  return text;
}

/**
 * Runs the benchmark. `loadModule(i)` imports a fresh copy of the package's JS module (so that
 * each init really instantiates); `wasmBytes` are the .wasm bytes; `ads` is bench/ads.json.
 * Returns rows `{ name, ms, target?, ok? }`.
 */
export async function runBench({ loadModule, wasmBytes, ads, quick = false }) {
  const rows = [];
  const inits = [];
  let mod;
  for (let i = 0; i < (quick ? 5 : 11); i++) {
    mod = await loadModule(i);
    const t0 = performance.now();
    await mod.default({ module_or_path: wasmBytes });
    inits.push(performance.now() - t0);
  }
  const init = median(inits);
  rows.push({ name: 'init (compile + instantiate)', ms: init, target: `≤ ${TARGETS.initMs} ms`, ok: init <= TARGETS.initMs });

  const { validate, validateText } = mod;
  const bytes = (o) => new TextEncoder().encode(JSON.stringify(o)).length;
  for (const name of ['short', 'typical', 'long']) {
    const ad = ads[name];
    validate(ad, { now: NOW });
    const [ms] = time([() => validate(ad, { now: NOW })]);
    const row = { name: `validate ${name} ad (${bytes(ad)} B JSON)`, ms };
    if (name === 'typical') Object.assign(row, { target: `≤ ${TARGETS.typicalAdUs} µs`, ok: ms * 1000 <= TARGETS.typicalAdUs });
    rows.push(row);
  }
  const t100k = textOfSize(ads, 100_000);
  const t1m = textOfSize(ads, 1_000_000);
  const [ms100k, ms1m] = time([() => validateText(t100k, { now: NOW }), () => validateText(t1m, { now: NOW })], { batches: quick ? 5 : 15 });
  rows.push({ name: 'validateText 100 KB', ms: ms100k, target: `≤ ${TARGETS.text100KbMs} ms`, ok: ms100k <= TARGETS.text100KbMs });
  const limit = TARGETS.linearFactor * ms100k;
  rows.push({ name: 'validateText 1 MB', ms: ms1m, target: `≤ 10 × 100 KB = ${limit.toFixed(2)} ms`, ok: ms1m <= limit });
  return rows;
}

export function formatRows(title, rows) {
  const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
  const lines = [title];
  for (const r of rows) {
    const mbps = r.name.startsWith('validateText') ? `  (${((r.name.includes('1 MB') ? 1 : 0.1) / (r.ms / 1000)).toFixed(0)} MB/s)` : '';
    const target = r.target ? `  target ${r.target}: ${r.ok ? 'met' : 'MISSED'}` : '';
    lines.push(`  ${r.name.padEnd(34)} ${fmt(r.ms).padStart(10)}${mbps}${target}`);
  }
  return lines.join('\n');
}
