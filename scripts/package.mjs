// Writes the manifest of the npm package that scripts/build.sh built into pkg/: the fields
// wasm-pack wrote (name, description, version, licence, keywords from Cargo.toml's [package]),
// an `exports` map (types first), the files list, README and licences.
import { readFileSync, writeFileSync, copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = join(root, 'pkg');
const manifestPath = join(pkgDir, 'package.json');
// Cargo.toml's [package] keys are one line each: a string, or (keywords) an array of strings.
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8').split(/^\[/m).find((s) => s.startsWith('package]'));
const field = (key) => {
  const m = cargo.match(new RegExp(`^${key} = (.*)$`, 'm'));
  if (!m) throw new Error(`package: no ${key} in Cargo.toml's [package]`);
  return JSON.parse(m[1]);
};
const pkg = {
  name: field('name'),
  type: 'module',
  description: field('description'),
  version: field('version'),
  license: field('license'),
  files: ['tmt_validator_bg.wasm', 'tmt_validator.js', 'tmt_validator.d.ts'],
  main: 'tmt_validator.js',
  types: 'tmt_validator.d.ts',
  sideEffects: ['./snippets/*'],
  keywords: field('keywords'),
};

const extras = ['README.md', 'LICENSE-MIT', 'LICENSE-APACHE'];
for (const file of extras) copyFileSync(join(root, file), join(pkgDir, file));
// Files other issues add to the package (e.g. the script-include loader) are listed here.
const added = ['tmt-validator.js'].filter((f) => existsSync(join(pkgDir, f)));
// The engine with the form widget (scripts/build.sh): its own entry, `tmt-validator/widget`.
const widget = ['widget/tmt_validator.js', 'widget/tmt_validator_bg.wasm', 'widget/tmt_validator.d.ts', 'widget/tmt_validator_bg.wasm.d.ts'];
for (const f of widget) if (!existsSync(join(pkgDir, f))) throw new Error(`package: pkg/${f} is missing (scripts/build.sh builds it)`);
// The widget's JavaScript layer (a wasm-bindgen snippet the glue imports) and the editor
// adapters (`tmt-validator/widget/editors/<name>.js`, each with its .d.ts).
const under = (dir) => readdirSync(join(pkgDir, dir), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(pkgDir.length + 1).split('\\').join('/'));
widget.push(...under('widget/snippets'), ...under('widget/editors'));

pkg.files = [...new Set([...pkg.files, ...added, ...widget, ...extras])];
pkg.module = pkg.main;
pkg.exports = {
  '.': { types: './tmt_validator.d.ts', default: './tmt_validator.js' },
  './widget': { types: './widget/tmt_validator.d.ts', default: './widget/tmt_validator.js' },
  './tmt_validator_bg.wasm': './tmt_validator_bg.wasm',
  './widget/tmt_validator_bg.wasm': './widget/tmt_validator_bg.wasm',
  './widget/editors/*.js': { types: './widget/editors/*.d.ts', default: './widget/editors/*.js' },
  ...Object.fromEntries(added.map((f) => [`./${f}`, `./${f}`])),
  './package.json': './package.json',
};
pkg.engines = { node: '>=18' };
writeFileSync(manifestPath, JSON.stringify(pkg, null, 2) + '\n');
console.error(`package: ${pkg.name}@${pkg.version} in pkg/ (${pkg.files.length} files)`);
