// tmt-validator editor adapter: Quill (1.3 and 2). The widget maps the editor's DOM text (which
// is Quill's own text: one line break per block, one U+FFFC per embed) and paints with the CSS
// Custom Highlight API, never with a Quill format (formats would enter the document and its
// undo). *apply* is one `quill.updateContents()` with source "user": Quill's history undoes it.
// Imports nothing of Quill: it takes the instance (`Quill.find(container)`).
//
//   import { quill } from 'tmt-validator/widget/editors/quill.js';
//   attach(form, { editors: [quill(new Quill('#editor', { theme: 'snow' }), { field: 'position.jobDescription.fi' })] });

/**
 * @param {object} q a Quill instance
 * @param {{ field?: string, anchor?: Element }} [options] `field`: the model path (default: the
 *   container's or an ancestor's `data-tmt-field`); `anchor`: where the messages go after
 *   (default: the container).
 */
export function quill(q, options = {}) {
  if (!q || !q.root || typeof q.updateContents !== 'function') throw new TypeError('quill(q): q must be a Quill instance');
  return {
    kind: 'dom',
    field: options.field ?? q.container.closest('[data-tmt-field]')?.getAttribute('data-tmt-field') ?? null,
    element: q.root,
    anchor: options.anchor ?? q.container,
    focus() { q.focus(); },
    replace(range, text, start, end) {
      // The offsets are Quill's indexes; the words must be there in Quill's own text too.
      if (q.getText(start, end - start) !== range.toString()) return false;
      const attributes = q.getContents(start, end - start).ops[0]?.attributes;
      const ops = [];
      if (start) ops.push({ retain: start });
      if (end > start) ops.push({ delete: end - start });
      if (text) ops.push(attributes ? { insert: text, attributes } : { insert: text });
      q.updateContents(ops, 'user');
      q.setSelection(start + text.length, 0, 'user');
      return true;
    },
  };
}
