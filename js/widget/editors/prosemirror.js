// tmt-validator editor adapter: ProseMirror and TipTap. Maps the document (text blocks, text
// nodes, hard breaks) to the text the engine sees, and paints with inline decorations through
// the view's `decorations` prop (never in the document: `view.state.doc` and the history are
// untouched). Between validations the decorations are moved across each edit. *apply* is one
// transaction (`tr.insertText`): the history plugin undoes it. Imports nothing of ProseMirror:
// it takes the view (or a TipTap editor) and your `Decoration` / `DecorationSet` classes.
//
//   import { Decoration, DecorationSet } from 'prosemirror-view';   // TipTap: '@tiptap/pm/view'
//   import { prosemirror } from 'tmt-validator/widget/editors/prosemirror.js';
//   attach(form, { editors: [prosemirror(view, { field: 'position.jobDescription.fi', Decoration, DecorationSet })] });

/**
 * @param {object} view a ProseMirror EditorView, or a TipTap Editor (its `view` is used)
 * @param {{ field?: string, anchor?: Element, Decoration: object, DecorationSet: object }} options
 */
export function prosemirror(view, options = {}) {
  if (view?.view?.dispatch && !view.dispatch) view = view.view; // a TipTap editor
  if (!view?.state?.doc || typeof view.dispatch !== 'function') throw new TypeError('prosemirror(view): view must be a ProseMirror EditorView or a TipTap Editor');
  const { Decoration, DecorationSet } = options;
  if (typeof Decoration?.inline !== 'function' || typeof DecorationSet?.create !== 'function') {
    throw new TypeError('prosemirror(view, options): options.Decoration and options.DecorationSet are needed (from prosemirror-view, or @tiptap/pm/view)');
  }
  let host = null;
  let findings = [];   // offsets into `painted`
  let painted = '';
  let built = null;    // { doc, set }
  let seen = view.state.doc;
  let prior;           // the view's own `decorations` prop

  const cache = new WeakMap();
  function mapping(doc) {
    let m = cache.get(doc);
    if (m) return m;
    const runs = [];
    let text = '';
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (text) text += '\n';
      node.forEach((child, offset) => {
        const at = pos + 1 + offset;
        if (child.isText) { runs.push({ start: text.length, len: child.text.length, pos: at }); text += child.text; }
        else if (/break/i.test(child.type.name)) text += '\n';
        else { runs.push({ start: text.length, len: 1, pos: at }); text += '\ufffc'; }
      });
      return false;
    });
    m = { text, runs };
    cache.set(doc, m);
    return m;
  }
  function posAt(runs, t, edge) {
    let run = null;
    for (const r of runs) {
      if (r.start <= t && t <= r.start + r.len) { run = r; if (!(edge === 'start' && t === r.start + r.len)) break; }
      if (r.start > t) { if (edge === 'start' && !run) return r.pos; break; }
    }
    return run ? run.pos + (t - run.start) : null;
  }
  function decorations(state) {
    if (state.doc !== seen) {
      seen = state.doc;
      queueMicrotask(() => host?.changed());
    }
    let set = null;
    if (findings.length) {
      if (built?.doc !== state.doc) {
        const { text, runs } = mapping(state.doc);
        const moved = host ? host.remap(findings, painted, text) : [];
        const decos = [];
        for (const f of moved) {
          const from = posAt(runs, f.start, 'start');
          const to = posAt(runs, f.end, 'end');
          if (from != null && to != null && to > from) decos.push(Decoration.inline(from, to, { class: `tmt-hl tmt-hl-${f.severity}` }));
        }
        built = { doc: state.doc, set: DecorationSet.create(state.doc, decos) };
      }
      set = built.set;
    }
    const own = prior ? prior.call(this, state) : null;
    if (own && set && typeof own.find === 'function') return DecorationSet.create(state.doc, [...own.find(), ...set.find()]);
    return set ?? own ?? null;
  }
  function domRange(start, end) {
    const { runs } = mapping(view.state.doc);
    const from = posAt(runs, start, 'start');
    const to = posAt(runs, end, 'end');
    if (from == null || to == null) return null;
    const a = view.domAtPos(from);
    const b = view.domAtPos(to);
    const r = view.dom.ownerDocument.createRange();
    try { r.setStart(a.node, a.offset); r.setEnd(b.node, b.offset); } catch { return null; }
    return r;
  }

  return {
    kind: 'model',
    field: options.field ?? view.dom.closest('[data-tmt-field]')?.getAttribute('data-tmt-field') ?? null,
    element: view.dom,
    anchor: options.anchor ?? (view.dom.parentElement?.classList.contains('ProseMirror-menubar-wrapper') ? view.dom.parentElement : view.dom),
    connect(h) {
      host = h;
      prior = view.props.decorations;
      view.setProps({ decorations });
    },
    disconnect() {
      findings = [];
      built = null;
      if (host) view.setProps({ decorations: prior });
      host = null;
    },
    text() { return mapping(view.state.doc).text; },
    paint(list, text) {
      if (!list.length && !findings.length) return;
      findings = list;
      painted = text;
      built = null;
      // The view writes its selection back to the DOM when it updates: let it read a selection
      // made a moment ago first (it does so on the next selectionchange otherwise).
      view.domObserver?.flush?.();
      if (host && !view.isDestroyed) view.setProps({ decorations });
    },
    rects(start, end) {
      const r = domRange(start, end);
      return r ? [...r.getClientRects()].filter((c) => c.width > 0) : [];
    },
    caret() {
      if (!view.hasFocus()) return null;
      const { runs } = mapping(view.state.doc);
      const offset = (pos) => {
        for (const r of runs) if (pos >= r.pos && pos <= r.pos + r.len) return r.start + pos - r.pos;
        return null;
      };
      // The DOM selection is newer than the state's (the view reads it back a moment later).
      let { from, to } = view.state.selection;
      const sel = view.dom.ownerDocument.getSelection();
      if (sel?.rangeCount && view.dom.contains(sel.anchorNode)) {
        const r = sel.getRangeAt(0);
        try { from = view.posAtDOM(r.startContainer, r.startOffset); to = view.posAtDOM(r.endContainer, r.endOffset); } catch { /* the state's */ }
      }
      const start = offset(from);
      const end = offset(to);
      return start == null || end == null ? null : { start, end };
    },
    select(start, end) {
      // Through the DOM selection, which the view reads back: no Selection class needed.
      const r = domRange(start, end);
      if (!r) return;
      view.focus();
      const sel = view.dom.ownerDocument.getSelection();
      sel.removeAllRanges();
      sel.addRange(r);
      view.domObserver?.flush?.();
    },
    replace(start, end, text) {
      const { runs } = mapping(view.state.doc);
      const from = posAt(runs, start, 'start');
      const to = posAt(runs, end, 'end');
      if (from == null || to == null) return false;
      view.dispatch(view.state.tr.insertText(text, from, to).scrollIntoView());
      view.focus();
      return true;
    },
    focus() { view.focus(); },
  };
}
