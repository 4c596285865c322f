// tmt-validator editor adapter: CKEditor 5. Maps the editor's model (blocks, text nodes, soft
// breaks) to the text the engine sees, and paints with model markers (`affectsData: false`,
// shown by a `markerToHighlight` converter in the editing view only: `editor.getData()` never
// has them). *apply* is one `editor.model.change()`: CKEditor's undo has it. Imports nothing of
// CKEditor: it takes the editor instance (`element.ckeditorInstance`).
//
//   import { ckeditor5 } from 'tmt-validator/widget/editors/ckeditor5.js';
//   const editor = await ClassicEditor.create(document.querySelector('#description'), { licenseKey: 'GPL', ... });
//   attach(form, { editors: [ckeditor5(editor)] });   // field: the textarea's name

const SEVERITIES = ['error', 'warning', 'info'];
const converted = new WeakSet();
let groups = 0;

/**
 * @param {object} editor a CKEditor 5 editor
 * @param {{ field?: string }} [options] `field`: the model path (default: the source element's `data-tmt-field` or `name`)
 */
export function ckeditor5(editor, options = {}) {
  if (!editor?.model || !editor.editing) throw new TypeError('ckeditor5(editor): editor must be a CKEditor 5 editor');
  const model = editor.model;
  const source = editor.sourceElement;
  const group = `tmt${++groups}`;
  let names = [];
  let listening = null;
  let attributes = null;

  function sync(records) {
    if (!records.length) return;
    const dom = editor.editing.view.getDomRoot();
    const root = editor.editing.view.document.getRoot();
    editor.editing.view.change((writer) => {
      for (const name of new Set(records.map((r) => r.attributeName))) {
        const value = dom.getAttribute(name);
        if ((root.getAttribute(name) ?? null) === value) continue;
        if (value == null) writer.removeAttribute(name, root);
        else writer.setAttribute(name, value, root);
      }
    });
  }

  let cached = null; // { version, text, runs }
  /** The text and, per text node, where it starts in the text and in its parent (per document version). */
  function mapping() {
    const version = model.document.version;
    if (cached?.version === version) return cached;
    cached = { version, ...walkModel() };
    return cached;
  }
  function walkModel() {
    const runs = [];
    let text = '';
    const root = model.document.getRoot();
    const block = (el) => {
      if (text) text += '\n';
      for (const child of el.getChildren()) {
        if (child.is('$text')) {
          runs.push({ start: text.length, len: child.data.length, parent: el, offset: child.startOffset });
          text += child.data;
        } else if (child.name === 'softBreak') {
          text += '\n';
        } else {
          runs.push({ start: text.length, len: 1, parent: el, offset: child.startOffset });
          text += '\ufffc';
        }
      }
    };
    const walk = (el) => {
      for (const child of el.getChildren()) {
        if (!child.is('element')) continue;
        if (model.schema.checkChild(child, '$text')) block(child);
        else walk(child);
      }
    };
    walk(root);
    return { text, runs };
  }
  function positionAt(runs, t, edge) {
    let run = null;
    for (const r of runs) {
      if (r.start <= t && t <= r.start + r.len) { run = r; if (!(edge === 'start' && t === r.start + r.len)) break; }
      if (r.start > t) { if (edge === 'start' && !run) run = { ...r, start: t }; break; }
    }
    return run ? model.createPositionAt(run.parent, run.offset + (t - run.start)) : null;
  }
  function rangeOf(start, end) {
    const { runs } = mapping();
    const a = positionAt(runs, start, 'start');
    const b = positionAt(runs, end, 'end');
    return a && b && !b.isBefore(a) ? model.createRange(a, b) : null;
  }

  return {
    kind: 'model',
    field: options.field ?? source?.getAttribute?.('data-tmt-field') ?? source?.getAttribute?.('name') ?? null,
    get element() { return editor.editing.view.getDomRoot(); },
    get anchor() { return editor.ui?.element ?? editor.editing.view.getDomRoot(); },
    connect(host) {
      if (!converted.has(editor)) {
        converted.add(editor);
        for (const s of SEVERITIES) {
          editor.conversion.for('editingDowncast').markerToHighlight({ model: `tmt-${s}`, view: { classes: ['tmt-hl', `tmt-hl-${s}`] } });
        }
      }
      listening = () => host.changed();
      model.document.on('change:data', listening);
      // The widget sets aria-describedby and aria-invalid on the editable element; CKEditor's
      // renderer keeps only the attributes of its view, so they are copied into the view root.
      const dom = editor.editing.view.getDomRoot();
      attributes = new MutationObserver((records) => sync(records));
      attributes.observe(dom, { attributes: true, attributeFilter: ['aria-describedby', 'aria-invalid'] });
    },
    disconnect() {
      if (listening) model.document.off('change:data', listening);
      listening = null;
      if (attributes) sync(attributes.takeRecords());
      attributes?.disconnect();
      attributes = null;
    },
    text() { return mapping().text; },
    paint(findings) {
      if (!names.length && !findings.length) return;
      // CKEditor moves its markers with the text itself: when they already lie where the
      // findings are, there is nothing to do (most keystrokes).
      const ranges = findings.map((f) => rangeOf(f.start, f.end));
      const same = names.length === findings.length && findings.every((f, i) => {
        const marker = model.markers.get(names[i]);
        return marker && ranges[i] && names[i].startsWith(`tmt-${f.severity}:`) && marker.getRange().isEqual(ranges[i]);
      });
      if (same) return;
      model.change((writer) => {
        for (const name of names) if (model.markers.has(name)) writer.removeMarker(name);
        names = [];
        findings.forEach((f, i) => {
          const range = ranges[i];
          if (!range) return;
          const name = `tmt-${f.severity}:${group}:${i}`;
          writer.addMarker(name, { range, usingOperation: false, affectsData: false });
          names.push(name);
        });
      });
    },
    rects(start, end) {
      const range = rangeOf(start, end);
      if (!range) return [];
      const view = editor.editing.mapper.toViewRange(range);
      const dom = editor.editing.view.domConverter.viewRangeToDom(view);
      return dom ? [...dom.getClientRects()].filter((r) => r.width > 0) : [];
    },
    caret() {
      if (!editor.editing.view.document.isFocused) return null;
      const sel = model.document.selection;
      const { runs } = mapping();
      const offset = (pos) => {
        for (const r of runs) if (r.parent === pos.parent && pos.offset >= r.offset && pos.offset <= r.offset + r.len) return r.start + pos.offset - r.offset;
        return null;
      };
      const start = offset(sel.getFirstPosition());
      const end = offset(sel.getLastPosition());
      return start == null || end == null ? null : { start, end };
    },
    select(start, end) {
      const range = rangeOf(start, end);
      if (!range) return;
      model.change((writer) => writer.setSelection(range));
      editor.editing.view.focus();
      editor.editing.view.scrollToTheSelection();
    },
    replace(start, end, text) {
      const range = rangeOf(start, end);
      if (!range) return false;
      model.change((writer) => {
        const attributes = Object.fromEntries(range.start.textNode?.getAttributes() ?? range.start.nodeAfter?.getAttributes?.() ?? []);
        writer.remove(range);
        if (text) writer.insertText(text, attributes, range.start);
        writer.setSelection(range.start.getShiftedBy(text.length));
      });
      return true;
    },
    focus() { editor.editing.view.focus(); },
  };
}
