import type { EditorAdapter } from '../tmt_validator.js';
/** A plain contenteditable element (Summernote's `.note-editable` too). */
export function contenteditable(element: HTMLElement, options?: { field?: string; anchor?: Element }): EditorAdapter;
/** Summernote, from the textarea it was created on (its `name` is the model path). */
export function summernote(textarea: HTMLTextAreaElement, options?: { field?: string }): EditorAdapter;
