// tmt-validator editor adapter: Lexical. Lexical renders its state into a contenteditable root:
// the widget maps that DOM text and paints with the CSS Custom Highlight API (nothing enters
// Lexical's state or its DOM). *apply* selects the words and uses the browser's editing command,
// which Lexical takes in as a `beforeinput` like typing: one update, in its history (Ctrl+Z).
// Imports nothing of Lexical: it takes the editor (`createEditor()`, after `setRootElement`).
//
//   import { lexical } from 'tmt-validator/widget/editors/lexical.js';
//   attach(form, { editors: [lexical(editor, { field: 'position.jobDescription.fi' })] });

/**
 * @param {object} editor a Lexical editor with its root element set
 * @param {{ field?: string, anchor?: Element }} [options] `field`: the model path (default: the
 *   root's or an ancestor's `data-tmt-field`); `anchor`: where the messages go after (default: the root).
 */
export function lexical(editor, options = {}) {
  const root = editor?.getRootElement?.();
  if (!root || typeof editor.registerUpdateListener !== 'function') throw new TypeError('lexical(editor): editor must be a Lexical editor with a root element');
  let off = null;
  return {
    kind: 'dom',
    field: options.field ?? root.closest('[data-tmt-field]')?.getAttribute('data-tmt-field') ?? null,
    element: root,
    anchor: options.anchor ?? root,
    connect(host) {
      off = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size || dirtyLeaves.size) host.changed();
      });
    },
    disconnect() {
      off?.();
      off = null;
    },
    focus() { editor.focus(); },
    /**
     * The browser's editing command on the words, which Lexical takes in as typing. Lexical reads
     * the DOM selection on `selectionchange`, later than this: it is told at once.
     */
    replace(range, text) {
      const doc = root.ownerDocument;
      if (doc.activeElement !== root) root.focus({ preventScroll: true });
      const sel = doc.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      doc.dispatchEvent(new Event('selectionchange'));
      return text ? doc.execCommand('insertText', false, text) : doc.execCommand('delete', false);
    },
  };
}
