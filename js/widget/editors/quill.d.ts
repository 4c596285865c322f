import type { EditorAdapter } from '../tmt_validator.js';
/** Quill 1.3 or 2 (`Quill.find(container)`). */
export function quill(q: object, options?: { field?: string; anchor?: Element }): EditorAdapter;
