// Loads the built package from pkg/ the way a Node user would: import the module, then
// initialise it with the wasm bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const pkgDir = fileURLToPath(new URL('../../pkg/', import.meta.url));
const mod = await import(new URL('../../pkg/tmt_validator.js', import.meta.url));
await mod.default({ module_or_path: readFileSync(new URL('tmt_validator_bg.wasm', `file://${pkgDir}`)) });
export const { validate, validateText, rules, version, initSync } = mod;
export const init = mod.default;
