import type { EditorAdapter } from '../tmt_validator.js';
/** ProseMirror (an EditorView) or TipTap (an Editor), with the Decoration classes of your own prosemirror-view (TipTap: `@tiptap/pm/view`). */
export function prosemirror(view: object, options: { field?: string; anchor?: Element; Decoration: object; DecorationSet: object }): EditorAdapter;
