import type { EditorAdapter } from '../tmt_validator.js';
/** TinyMCE (an initialised editor, `tinymce.get(id)`). */
export function tinymce(editor: object, options?: { field?: string }): EditorAdapter;
