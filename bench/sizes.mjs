// What the highlight layer and each editor adapter add to a page, in bytes: as shipped (gzip -9
// of the source file) and minified by a bundler (oxc's minifier through rolldown, then gzip -9),
// and the .wasm files of both builds. Build first: scripts/build.sh.
//
//   node bench/sizes.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { minifySync } from 'rolldown/experimental';

const root = fileURLToPath(new URL('..', import.meta.url));
const gz = (b) => gzipSync(b, { level: 9 }).length;
const rows = [];
const js = (label, file) => {
  const src = readFileSync(file, 'utf8');
  const min = minifySync(file, src).code;
  rows.push([label, Buffer.byteLength(src), gz(src), gz(min)]);
};
js('widget/…/layer.js (highlights, cards, sources, apply)', join(root, 'js/widget/layer.js'));
for (const f of readdirSync(join(root, 'js/widget/editors')).filter((f) => f.endsWith('.js')).sort()) js(`widget/editors/${f}`, join(root, 'js/widget/editors', f));
js('tmt-validator.js (script include, editor discovery)', join(root, 'js/tmt-validator.js'));
console.log('file                                                    raw B   gzip B   min+gzip B');
for (const [l, raw, g, m] of rows) console.log(`${l.padEnd(54)} ${String(raw).padStart(7)} ${String(g).padStart(8)} ${String(m).padStart(11)}`);
for (const f of ['pkg/tmt_validator_bg.wasm', 'pkg/widget/tmt_validator_bg.wasm', 'pkg/widget/tmt_validator.js']) {
  const b = readFileSync(join(root, f));
  console.log(`${f.padEnd(54)} ${String(b.length).padStart(7)} ${String(gz(b)).padStart(8)}`);
}
