// tmt-validator editor adapter: TinyMCE (5 to 8). Its content lives in an iframe: the widget
// maps the iframe body's DOM text and paints in the iframe's own highlight registry; *apply* is
// one `editor.undoManager.transact()` (Ctrl+Z undoes it). Imports nothing of TinyMCE: it takes
// the editor instance, after its init.
//
//   import { tinymce } from 'tmt-validator/widget/editors/tinymce.js';
//   const [editor] = await window.tinymce.init({ selector: '#description', license_key: 'gpl' });
//   attach(form, { editors: [tinymce(editor)] });   // field: the textarea's name

/**
 * @param {object} editor a TinyMCE editor (`tinymce.get(id)`), initialised
 * @param {{ field?: string }} [options] `field`: the model path (default: the source element's `data-tmt-field` or `name`)
 */
export function tinymce(editor, options = {}) {
  if (!editor || typeof editor.getBody !== 'function') throw new TypeError('tinymce(editor): editor must be a TinyMCE editor');
  const source = editor.getElement?.();
  let listening = null;
  return {
    kind: 'dom',
    field: options.field ?? source?.getAttribute?.('data-tmt-field') ?? source?.getAttribute?.('name') ?? null,
    get element() { return editor.getBody(); },
    get anchor() { return editor.getContainer?.() ?? source ?? editor.getBody(); },
    connect(host) {
      // Undo, redo and commands change the text without an input event in the page.
      listening = () => host.changed();
      editor.on('input change undo redo SetContent ExecCommand', listening);
    },
    disconnect() {
      if (listening) editor.off('input change undo redo SetContent ExecCommand', listening);
      listening = null;
    },
    focus() { editor.focus(); },
    /** One undo level: the span's text nodes replaced by one text node (never HTML). */
    replace(range, text) {
      const doc = editor.getDoc();
      let node = null;
      editor.undoManager.transact(() => {
        range.deleteContents();
        if (text) {
          node = doc.createTextNode(text);
          range.insertNode(node);
        }
      });
      if (node) editor.selection.setCursorLocation(node, text.length);
      editor.nodeChanged();
      return true;
    },
  };
}
