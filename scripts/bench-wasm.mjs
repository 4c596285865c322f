// Times the built package (pkg/) in Node: validateText on the clean-fi sample's description
// repeated to ~3 KB, 100 KB and 1 MB, and validate on the whole sample ad (medians).
// Usage: scripts/build.sh && node scripts/bench-wasm.mjs
import { readFileSync } from 'node:fs';

const pkg = new URL('../pkg/', import.meta.url);
const mod = await import(new URL('tmt_validator.js', pkg));
await mod.default({ module_or_path: readFileSync(new URL('tmt_validator_bg.wasm', pkg)) });
const sample = JSON.parse(readFileSync(new URL('../www/samples/clean-fi.json', import.meta.url), 'utf8'));
const desc = sample.position.jobDescription.fi;

function median(f, budgetMs) {
  f();
  const times = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < 10000)) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

const budget = Number(process.argv[2] ?? 1000);
for (const size of [3000, 20000, 100000, 1000000]) {
  let text = '';
  while (text.length < size) text += desc + '\n\n';
  const ms = median(() => mod.validateText(text, {}), budget);
  console.log(`validateText ${String(text.length).padStart(8)} chars: ${(ms * 1000).toFixed(1).padStart(10)} µs`);
}
const ms = median(() => mod.validate(sample, {}), budget);
console.log(`validate (clean-fi.json ad):   ${(ms * 1000).toFixed(1).padStart(10)} µs`);
