import type { EditorAdapter } from '../tmt_validator.js';
/** CKEditor 5 (an editor instance, `element.ckeditorInstance`). */
export function ckeditor5(editor: object, options?: { field?: string }): EditorAdapter;
