// tmt-validator editor adapter: a plain contenteditable element (and editors that are one, such
// as Summernote's `.note-editable`). The widget maps its DOM text and paints with the CSS Custom
// Highlight API; *apply* uses the browser's own editing command, so the browser's undo has it.
// Imports nothing.
//
//   import { contenteditable } from 'tmt-validator/widget/editors/contenteditable.js';
//   attach(form, { editors: [contenteditable(document.querySelector('.note-editable'), { field: 'position.jobDescription.fi' })] });

/**
 * @param {HTMLElement} element the contenteditable element
 * @param {{ field?: string, anchor?: Element }} [options] `field`: the model path (default: the
 *   element's `data-tmt-field`); `anchor`: the element the messages go after (default: the element).
 */
export function contenteditable(element, options = {}) {
  if (!element || element.nodeType !== 1) throw new TypeError('contenteditable(element): element must be an element');
  return {
    kind: 'dom',
    field: options.field ?? element.getAttribute('data-tmt-field') ?? element.closest('[data-tmt-field]')?.getAttribute('data-tmt-field') ?? null,
    element,
    anchor: options.anchor ?? element,
  };
}

/**
 * Summernote: the textarea it was created on (its `name` is the model path); the editable is
 * the `.note-editable` of the `.note-editor` Summernote puts after it.
 * @param {HTMLTextAreaElement} textarea
 * @param {{ field?: string }} [options]
 */
export function summernote(textarea, options = {}) {
  const editor = textarea?.nextElementSibling;
  const element = editor?.querySelector('.note-editable');
  if (!element) throw new TypeError('summernote(textarea): no Summernote editor after this textarea');
  return contenteditable(element, { field: options.field ?? textarea.getAttribute('data-tmt-field') ?? textarea.name, anchor: editor });
}
