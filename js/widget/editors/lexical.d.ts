import type { EditorAdapter } from '../tmt_validator.js';
/** Lexical (an editor with its root element set). */
export function lexical(editor: object, options?: { field?: string; anchor?: Element }): EditorAdapter;
