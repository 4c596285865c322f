// tmt-validator widget, the JavaScript layer (src/widget/layer.rs declares what Rust calls).
//
// Highlights inside the text being written, their cards and keyboard, the text of editors, and
// "apply" through each field's own undo. One Layer per attached form; the Rust side reads the
// form, validates and renders the messages, and calls `sources()`, `show()` and `apply()`.
//
// - <textarea> and text <input>: a mirror <div> over the field with its computed styles, its
//   size and its scroll position; the findings are tinted, underlined <span>s in it. The
//   field's value and DOM are never touched.
// - contenteditable elements and "dom" editor adapters (TinyMCE, Quill, Summernote): the CSS
//   Custom Highlight API in the element's own document (an iframe has its own registry), with
//   an overlay of Range.getClientRects() boxes where the API is missing. Nothing is written
//   into the edited content.
// - "model" editor adapters (CKEditor 5, ProseMirror): the adapter paints with the editor's own
//   means (markers, decorations) from UTF-16 offsets into its text().
//
// Between validations the findings are moved across each edit (the text before and after are
// compared: common prefix and suffix), so highlights, cards and apply stay on their words; a
// finding whose words were edited disappears until the next report. Painting happens once per
// animation frame, never during an IME composition. User text is only ever written with
// createTextNode / textContent.

const SEVERITIES = ['error', 'warning', 'info'];
const STYLE_ID = 'tmt-validator-highlights';
/** The highlight styles: in every document the layer paints in (an editor's iframe too). */
const CSS = `
::highlight(tmt-error) { background-color: rgb(179 38 30 / .16); text-decoration: underline wavy var(--tmt-error, #b3261e); text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }
::highlight(tmt-warning) { background-color: rgb(138 83 0 / .16); text-decoration: underline dashed var(--tmt-warning, #8a5300); text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }
::highlight(tmt-info) { background-color: rgb(29 95 168 / .12); text-decoration: underline dotted var(--tmt-info, #1d5fa8); text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
.tmt-hl-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; overflow: visible; pointer-events: none; z-index: 2147483000; }
.tmt-mirror { position: absolute; overflow: hidden; color: transparent !important; background: transparent !important; border-color: transparent !important; pointer-events: none; margin: 0 !important; box-shadow: none !important; outline: none !important; }
.tmt-mirror span { color: transparent; }
.tmt-hl-error { background-color: rgb(179 38 30 / .16); text-decoration: underline wavy var(--tmt-error, #b3261e); text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }
.tmt-hl-warning { background-color: rgb(138 83 0 / .16); text-decoration: underline dashed var(--tmt-warning, #8a5300); text-decoration-thickness: 1.5px; text-decoration-skip-ink: none; }
.tmt-hl-info { background-color: rgb(29 95 168 / .12); text-decoration: underline dotted var(--tmt-info, #1d5fa8); text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
.tmt-box { position: absolute; box-sizing: border-box; border-bottom: 2px solid var(--tmt-info, #1d5fa8); background-color: rgb(29 95 168 / .12); }
.tmt-box.tmt-hl-error { border-bottom: 2px dashed var(--tmt-error, #b3261e); background-color: rgb(179 38 30 / .16); text-decoration: none; }
.tmt-box.tmt-hl-warning { border-bottom: 2px dotted var(--tmt-warning, #8a5300); background-color: rgb(138 83 0 / .16); text-decoration: none; }
.tmt-box.tmt-hl-info { text-decoration: none; }
.tmt-card { position: absolute; z-index: 2147483001; max-width: min(26rem, calc(100vw - 1rem)); box-sizing: border-box; padding: .6rem .75rem; border-radius: var(--tmt-radius, .4rem); border: 1px solid #6b6b6b; border-left: .3rem solid var(--tmt-info, #1d5fa8); background: #fff; color: #1a1a1a; font: 14px/1.45 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / .18); overflow-wrap: anywhere; }
.tmt-card.tmt-error { border-left-color: var(--tmt-error, #b3261e); }
.tmt-card.tmt-warning { border-left-color: var(--tmt-warning, #8a5300); }
.tmt-card p { margin: 0 0 .4rem; }
.tmt-card .tmt-card-severity { font-weight: 700; margin-right: .35rem; }
.tmt-card .tmt-card-ref { font-size: .85em; color: #444; }
.tmt-card a { color: #0b4f9c; }
.tmt-card-actions { display: flex; gap: .4rem; justify-content: flex-end; margin-top: .3rem; }
.tmt-card button { font: inherit; cursor: pointer; border-radius: var(--tmt-radius, .4rem); padding: .15rem .55rem; border: 1px solid currentColor; background: #fff; }
.tmt-card .tmt-card-apply { color: #1b4d2e; font-weight: 600; }
.tmt-card .tmt-card-close { color: #333; }
.tmt-card button:focus-visible, .tmt-card a:focus-visible { outline: 2px solid var(--tmt-info, #1d5fa8); outline-offset: 2px; }
`;

/** Elements whose start and end are line breaks in the text the engine sees. */
const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TFOOT', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Text inputs that get a mirror (other input types hold codes, dates, numbers). */
const TEXT_INPUTS = new Set(['text', 'search', '']);

let nextLayer = 1;

/**
 * Moves findings made on `from` to `to`: the edit is the part between their common prefix and
 * suffix. Findings before it stay, findings after it shift, findings it touched are dropped.
 */
export function remap(findings, from, to) {
  if (from === to) return findings;
  const max = Math.min(from.length, to.length);
  let p = 0;
  while (p < max && from.charCodeAt(p) === to.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && from.charCodeAt(from.length - 1 - s) === to.charCodeAt(to.length - 1 - s)) s++;
  const oldEnd = from.length - s;
  const delta = to.length - from.length;
  // An edit that touches a finding with a letter or digit changed its word ("ninja" → "ninjat").
  const word = (i) => i >= 0 && i < to.length && WORD.test(to[i]);
  const out = [];
  for (const f of findings) {
    if (f.end < p || (f.end === p && !word(p))) out.push(f);
    else if (f.start > oldEnd || (f.start === oldEnd && !word(f.start + delta - 1))) out.push({ ...f, start: f.start + delta, end: f.end + delta });
  }
  return out;
}
const WORD = /[\p{L}\p{N}]/u;

/** The per-document highlight registry entries and stylesheet, shared by every layer. */
const documents = new Map();
function useDocument(doc) {
  let entry = documents.get(doc);
  if (!entry) {
    const win = doc.defaultView;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
    const registry = win?.CSS?.highlights && typeof win.Highlight === 'function' ? win.CSS.highlights : null;
    const highlights = {};
    if (registry) {
      for (const s of SEVERITIES) {
        highlights[s] = registry.get(`tmt-${s}`) ?? new win.Highlight();
        registry.set(`tmt-${s}`, highlights[s]);
      }
    }
    entry = { users: 0, style, registry, highlights };
    documents.set(doc, entry);
  }
  entry.users++;
  return entry;
}
function releaseDocument(doc) {
  const entry = documents.get(doc);
  if (!entry || --entry.users > 0) return;
  documents.delete(doc);
  entry.style.remove();
  if (entry.registry) for (const s of SEVERITIES) if (entry.registry.get(`tmt-${s}`) === entry.highlights[s]) entry.registry.delete(`tmt-${s}`);
}

/** The offset of an iframe's viewport in the top document's viewport (0, 0 for the top document). */
function frameOffset(doc, top) {
  let x = 0;
  let y = 0;
  for (let win = doc.defaultView; win && win.document !== top && win.frameElement; win = win.parent) {
    const frame = win.frameElement;
    const r = frame.getBoundingClientRect();
    x += r.left + frame.clientLeft;
    y += r.top + frame.clientTop;
  }
  return { x, y };
}

/** Whether the highlights are switched off for this element (`data-tmt-highlights="false"` on it or an ancestor). */
function optedOut(el) {
  return !!el.closest?.('[data-tmt-highlights="false"]');
}

// ---------------------------------------------------------------------------------------------
// Targets: one per highlighted field. Each knows its text, paints its findings, gives their
// rectangles (top-document viewport coordinates), its caret, selects a span and applies a change.

class Target {
  constructor(layer) {
    this.layer = layer;
    this.findings = [];   // as reported: { start, end, severity, index, d }
    this.reported = '';   // the text they were found in
    this.shown = [];      // moved to the current text
    this.dirty = true;
  }
  set(findings, text) {
    this.findings = findings;
    this.reported = text;
    this.dirty = true;
  }
  /** The findings moved to the current text. */
  current() {
    const text = this.text();
    if (text !== this.shownText || this.shownFrom !== this.findings) {
      this.shown = remap(this.findings, this.reported, text);
      this.shownText = text;
      this.shownFrom = this.findings;
    }
    return this.shown;
  }
  /** The finding (moved to the current text) under a point of the top document's viewport. */
  at(x, y) {
    for (const f of this.current()) {
      for (const r of this.rects(f)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return f;
    }
    return null;
  }
  /** Applies `replacement` to a finding's words, found again in the current text. */
  applyFinding(reported, start, end, replacement) {
    const words = reported.slice(start, end);
    const text = this.text();
    const [moved] = remap([{ start, end }], reported, text);
    if (!moved || text.slice(moved.start, moved.end) !== words) return false;
    return this.replace(moved.start, moved.end, replacement);
  }
  destroy() {}
}

/** A <textarea> or text <input>: a mirror over it. */
class ControlTarget extends Target {
  constructor(layer, el) {
    super(layer);
    this.el = el;
    this.doc = el.ownerDocument;
    this.input = el.tagName === 'INPUT';
    this.mirror = null;
    this.spans = new Map();
    this.styled = false;
    this.onScroll = () => { if (this.mirror) { this.mirror.scrollTop = this.el.scrollTop; this.mirror.scrollLeft = this.el.scrollLeft; } };
    el.addEventListener('scroll', this.onScroll, { passive: true });
    this.resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => { this.styled = false; this.dirty = true; layer.frame(); }) : null;
    this.resize?.observe(el);
  }
  text() { return this.el.value; }
  focus() { this.el.focus({ preventScroll: true }); }
  contains(node) { return node === this.el; }
  get focusEl() { return this.el; }
  measure() {
    if (!this.shown.length || !this.el.isConnected) return null;
    const r = this.el.getBoundingClientRect();
    const win = this.doc.defaultView;
    return { left: r.left + win.scrollX, top: r.top + win.scrollY, width: r.width, height: r.height, style: this.styled ? null : win.getComputedStyle(this.el), scrollTop: this.el.scrollTop, scrollLeft: this.el.scrollLeft, clientWidth: this.el.clientWidth, offsetWidth: this.el.offsetWidth };
  }
  paint(m) {
    const findings = this.shown;
    if (!m || !findings.length) {
      this.mirror?.remove();
      this.mirror = null;
      this.spans.clear();
      return;
    }
    if (!this.mirror) {
      this.mirror = this.doc.createElement('div');
      this.mirror.className = 'tmt-mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
      this.styled = false;
    }
    if (!this.mirror.isConnected) this.layer.container().append(this.mirror);
    const ms = this.mirror.style;
    if (m.style) {
      const cs = m.style;
      ms.boxSizing = 'border-box'; // its size is the field's border box
      for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning', 'fontFeatureSettings',
        'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize', 'overflowWrap', 'wordBreak',
        'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
        'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'textRendering', 'hyphens']) ms[p] = cs[p];
      ms.whiteSpace = this.input ? 'pre' : 'pre-wrap';
      if (this.input) { ms.overflowWrap = 'normal'; ms.wordBreak = 'normal'; }
      // The field's scroll bar narrows its text box: the mirror gets the same width for its text.
      const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
      const bar = Math.max(0, m.offsetWidth - m.clientWidth - borders);
      ms.paddingRight = `${parseFloat(cs.paddingRight) + bar}px`;
      if (this.input) {
        // An input centres its one line vertically: the mirror does the same with its line height.
        ms.lineHeight = `${m.height - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - parseFloat(cs.borderTopWidth) - parseFloat(cs.borderBottomWidth)}px`;
      }
      this.styled = true;
    }
    ms.left = `${m.left}px`;
    ms.top = `${m.top}px`;
    ms.width = `${m.width}px`;
    ms.height = `${m.height}px`;
    const text = this.text();
    if (this.paintedText !== text || this.paintedFindings !== findings) {
      const nodes = [];
      this.spans.clear();
      let at = 0;
      for (const f of [...findings].sort((a, b) => a.start - b.start)) {
        if (f.start < at || f.end <= f.start) continue;
        if (f.start > at) nodes.push(this.doc.createTextNode(text.slice(at, f.start)));
        const span = this.doc.createElement('span');
        span.className = `tmt-hl tmt-hl-${f.severity}`;
        span.textContent = text.slice(f.start, f.end);
        this.spans.set(f, span);
        nodes.push(span);
        at = f.end;
      }
      // A last line break needs a character after it to take up its line.
      nodes.push(this.doc.createTextNode(`${text.slice(at)}\u200b`));
      this.mirror.replaceChildren(...nodes);
      this.paintedText = text;
      this.paintedFindings = findings;
    }
    this.mirror.scrollTop = m.scrollTop;
    this.mirror.scrollLeft = m.scrollLeft;
  }
  rects(f) {
    const span = this.spans.get(f) ?? [...this.spans].find(([k]) => k.index === f.index && k.start === f.start)?.[1];
    if (!span) return [];
    const box = this.el.getBoundingClientRect();
    return [...span.getClientRects()].filter((r) => r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right);
  }
  caret() {
    if (this.doc.activeElement !== this.el) return null;
    return { start: this.el.selectionStart ?? 0, end: this.el.selectionEnd ?? 0 };
  }
  select(f) {
    this.el.focus();
    this.el.setSelectionRange(f.start, f.end);
  }
  /** Through the field's own undo: execCommand('insertText'), else setRangeText and an input event. */
  replace(start, end, replacement) {
    const el = this.el;
    const before = el.value;
    const expected = before.slice(0, start) + replacement + before.slice(end);
    el.focus();
    el.setSelectionRange(start, end);
    let done = false;
    try {
      done = replacement ? this.doc.execCommand('insertText', false, replacement) : this.doc.execCommand('delete', false);
    } catch { done = false; }
    if (!done || el.value !== expected) {
      if (el.value !== before) return el.value === expected;
      el.setRangeText(replacement, start, end, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    el.setSelectionRange(start + replacement.length, start + replacement.length);
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return el.value === expected;
  }
  destroy() {
    this.el.removeEventListener('scroll', this.onScroll);
    this.resize?.disconnect();
    this.mirror?.remove();
    this.mirror = null;
  }
}

/**
 * Text and positions of a DOM subtree: the text the engine sees (blocks and <br> are line
 * breaks, other embedded elements one U+FFFC) and the text nodes it came from.
 */
export function domText(root) {
  const runs = [];
  let text = '';
  const breakLine = () => { if (text && !text.endsWith('\n')) text += '\n'; };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = child.data;
        // Whitespace between blocks in the markup (indentation) is not text.
        if (!data.trim() && data.includes('\n') && (BLOCKS.has(child.parentNode?.nodeName) || child.parentNode === root)) continue;
        runs.push({ node: child, start: text.length, len: data.length });
        text += data;
      } else if (child.nodeType === 1) {
        const name = child.nodeName;
        if (SKIP.has(name) || child.getAttribute('data-mce-bogus') === 'all') continue;
        if (name === 'BR') {
          // A <br> that ends its block only keeps the empty line open.
          if (child.nextSibling || !BLOCKS.has(node.nodeName) && node !== root) text += '\n';
          else if (!text || text.endsWith('\n')) { /* an empty block */ }
          continue;
        }
        const fixed = child.getAttribute('contenteditable') === 'false';
        // Editors' own empty decorations (Quill's list markers) are no text.
        if (fixed && !child.textContent && name !== 'IMG') continue;
        if (name === 'IMG' || fixed) {
          runs.push({ node: child, start: text.length, len: 1, embed: true });
          text += '\ufffc';
          continue;
        }
        const block = BLOCKS.has(name);
        if (block) breakLine();
        walk(child);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return { text, runs };
}

/** The DOM position of a text offset: `edge` "start" prefers the next run, "end" the previous. */
function position(runs, offset, edge) {
  let lo = 0;
  let hi = runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const run = runs[found];
  if (run && offset <= run.start + run.len && !(edge === 'start' && offset === run.start + run.len && runs[found + 1]?.start === offset)) {
    if (run.embed) {
      const parent = run.node.parentNode;
      const i = Array.prototype.indexOf.call(parent.childNodes, run.node);
      return { node: parent, offset: offset > run.start ? i + 1 : i };
    }
    return { node: run.node, offset: offset - run.start };
  }
  const next = edge === 'start' ? runs[found + 1] : run;
  if (!next) return null;
  return edge === 'start' ? { node: next.node, offset: 0 } : { node: run.node, offset: run.len };
}

/** A contenteditable element, or a "dom" editor adapter: the CSS Custom Highlight API. */
class DomTarget extends Target {
  constructor(layer, root, adapter = null) {
    super(layer);
    this.root = root;
    this.adapter = adapter;
    this.doc = root.ownerDocument;
    this.entry = useDocument(this.doc);
    this.ranges = [];
    this.boxes = [];
    this.map = null;
    if (this.doc !== layer.doc) layer.listen(this.doc);
    // Every change of the text (typing, undo, the editor's own commands): map again, validate again.
    this.observer = new MutationObserver(() => { this.map = null; layer.changed(this); });
    this.observer.observe(root, { childList: true, characterData: true, subtree: true });
  }
  mapping() {
    // DOM changes whose records are still queued (an editor normalising on blur, a moment ago).
    if (this.observer.takeRecords().length) {
      this.map = null;
      this.dirty = true;
      this.layer.frame();
      // Not from inside the widget's own run (this may be its reading of the text): after it.
      queueMicrotask(() => { if (!this.layer.destroyed) this.layer.notify(0); });
    }
    if (!this.map) this.map = this.adapter?.mapping?.() ?? domText(this.root);
    return this.map;
  }
  text() { return this.mapping().text; }
  focus() { if (this.adapter?.focus) this.adapter.focus(); else this.root.focus({ preventScroll: true }); }
  contains(node) { return node === this.root || this.root.contains(node); }
  get focusEl() { return this.root; }
  range(start, end) {
    const { runs } = this.mapping();
    const a = position(runs, start, 'start');
    const b = position(runs, end, 'end');
    if (!a || !b) return null;
    const r = this.doc.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch { return null; }
    return r;
  }
  measure() { return this.root.isConnected; }
  /** With the highlight registry the browser keeps the ranges on the text: no work on scroll. */
  get live() { return !!this.entry.registry; }
  paint(connected) {
    const { registry, highlights } = this.entry;
    for (const [s, r] of this.ranges) highlights[s]?.delete(r);
    this.ranges = [];
    for (const b of this.boxes) b.remove();
    this.boxes = [];
    if (!connected) return;
    for (const f of this.shown) {
      const r = f.end > f.start ? this.range(f.start, f.end) : null;
      if (!r) continue;
      this.ranges.push([f.severity, r]);
      f.range = r;
      if (registry) highlights[f.severity].add(r);
    }
    if (!registry) {
      // No CSS Custom Highlight API: boxes over the text, only those on screen.
      const top = this.layer.doc;
      const win = top.defaultView;
      const container = this.layer.container();
      for (const f of this.shown) {
        for (const r of this.rects(f)) {
          if (r.bottom < 0 || r.top > win.innerHeight || r.width === 0) continue;
          const box = top.createElement('div');
          box.className = `tmt-box tmt-hl-${f.severity}`;
          Object.assign(box.style, { left: `${r.left + win.scrollX}px`, top: `${r.top + win.scrollY}px`, width: `${r.width}px`, height: `${r.height}px` });
          container.append(box);
          this.boxes.push(box);
        }
      }
    }
  }
  rects(f) {
    const r = f.range?.startContainer?.isConnected ? f.range : this.range(f.start, f.end);
    if (!r) return [];
    const { x, y } = frameOffset(this.doc, this.layer.doc);
    const box = this.root.getBoundingClientRect();
    return [...r.getClientRects()]
      .filter((c) => c.width > 0 && c.bottom > box.top && c.top < box.bottom)
      .map((c) => new DOMRect(c.left + x, c.top + y, c.width, c.height));
  }
  caret() {
    const sel = this.doc.getSelection();
    if (!sel || !sel.rangeCount || !this.contains(sel.anchorNode)) return null;
    const r = sel.getRangeAt(0);
    return { start: this.offsetOf(r.startContainer, r.startOffset), end: this.offsetOf(r.endContainer, r.endOffset) };
  }
  offsetOf(node, offset) {
    const { runs, text } = this.mapping();
    if (node.nodeType === 3) {
      const run = runs.find((x) => x.node === node);
      if (run) return run.start + Math.min(offset, run.len);
    }
    const child = node.childNodes?.[offset];
    const after = child ? runs.find((x) => x.node === child || child.contains?.(x.node) || (child.compareDocumentPosition(x.node) & 4)) : null;
    if (after) return after.start;
    const before = [...runs].reverse().find((x) => node.contains(x.node) || (node.compareDocumentPosition(x.node) & 2));
    return before ? before.start + before.len : text.length;
  }
  select(f) {
    const r = this.range(f.start, f.end);
    if (!r) return;
    // Focus only when elsewhere: an editor's focus() may put its own selection back (Lexical).
    const active = this.doc.activeElement;
    if (!(active === this.root || this.root.contains(active)) || !this.doc.hasFocus()) this.focus();
    const sel = this.doc.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    (r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement)?.scrollIntoView?.({ block: 'nearest' });
  }
  replace(start, end, replacement) {
    const r = this.range(start, end);
    if (!r) return false;
    if (this.adapter?.replace) {
      const done = this.adapter.replace(r, replacement, start, end);
      this.map = null;
      return done !== false;
    }
    // A plain contenteditable: the browser's own editing command, so its undo has it.
    this.root.focus({ preventScroll: true });
    const sel = this.doc.getSelection();
    sel.removeAllRanges();
    sel.addRange(r);
    const done = replacement ? this.doc.execCommand('insertText', false, replacement) : this.doc.execCommand('delete', false);
    this.map = null;
    return done;
  }
  destroy() {
    this.paint(false);
    this.observer.disconnect();
    releaseDocument(this.doc);
    if (this.doc !== this.layer.doc) this.layer.unlisten(this.doc);
  }
}

/** A "model" editor adapter (CKEditor 5, ProseMirror): the adapter maps and paints. */
class ModelTarget extends Target {
  constructor(layer, adapter) {
    super(layer);
    this.adapter = adapter;
    this.doc = adapter.element.ownerDocument;
    this.entry = useDocument(this.doc);
    if (this.doc !== layer.doc) layer.listen(this.doc);
  }
  get live() { return true; }
  text() { return this.adapter.text(); }
  focus() { if (this.adapter.focus) this.adapter.focus(); else this.adapter.element.focus({ preventScroll: true }); }
  contains(node) { return this.adapter.element.contains(node); }
  get focusEl() { return this.adapter.element; }
  measure() { return this.adapter.element.isConnected; }
  paint(connected) { this.adapter.paint(connected ? this.shown.map((f) => ({ start: f.start, end: f.end, severity: f.severity, index: f.index })) : [], this.text()); }
  rects(f) {
    const { x, y } = frameOffset(this.doc, this.layer.doc);
    return this.adapter.rects(f.start, f.end).map((c) => new DOMRect(c.left + x, c.top + y, c.width, c.height));
  }
  caret() { return this.adapter.caret(); }
  select(f) { this.adapter.select(f.start, f.end); }
  replace(start, end, replacement) { return this.adapter.replace(start, end, replacement) !== false; }
  destroy() {
    this.adapter.paint([], '');
    releaseDocument(this.doc);
    if (this.doc !== this.layer.doc) this.layer.unlisten(this.doc);
  }
}

// ---------------------------------------------------------------------------------------------

export class Layer {
  constructor(form, highlights, editors, words, notify) {
    this.id = nextLayer++;
    this.form = form;
    this.doc = form.ownerDocument;
    this.highlights = highlights;
    this.editors = [...editors];
    this.words = [...words];
    this.notify = notify;
    this.targets = new Map(); // element or adapter → Target
    this.connected = new Set();
    this.docs = new Map();    // document → [listeners]
    this.composing = false;
    this.raf = 0;
    this.card = null;
    this.hover = null;
    this.layerEl = null;
    this.entry = null;
    this.destroyed = false;
    this.listen(this.doc);
    // Fields and editors a single-page app mounts or unmounts later: validate again (which
    // reads the form anew). Changes inside editable text, and the widget's own elements, are not that.
    this.observer = new MutationObserver((records) => {
      for (const m of records) {
        if (m.target.isContentEditable || m.target.closest?.('.tmt-messages,.tmt-summary')) continue;
        for (const n of [...m.addedNodes, ...m.removedNodes]) {
          if (n.nodeType === 1 && !n.classList.contains('tmt-messages') && (n.matches('input,select,textarea,[contenteditable],[data-tmt-field]') || n.querySelector('input,select,textarea,[contenteditable],[data-tmt-field]'))) {
            this.notify(0);
            return;
          }
        }
      }
    });
    this.observer.observe(form, { childList: true, subtree: true });
  }

  /** The container of mirrors and boxes, created on first use at the end of <body>. */
  container() {
    if (!this.layerEl) {
      this.entry ??= useDocument(this.doc);
      this.layerEl = this.doc.createElement('div');
      this.layerEl.className = 'tmt-hl-layer';
      this.layerEl.setAttribute('aria-hidden', 'true');
    }
    if (!this.layerEl.isConnected) this.doc.body.append(this.layerEl);
    return this.layerEl;
  }

  /** The document-level listeners (capture) of the top document and of each editor's iframe. */
  listen(doc) {
    const known = this.docs.get(doc);
    if (known) { known.users++; return; }
    const on = [];
    const add = (target, type, fn, opts = true) => { target.addEventListener(type, fn, opts); on.push([target, type, fn, opts]); };
    add(doc, 'input', (e) => this.onInput(e));
    add(doc, 'compositionstart', (e) => this.onComposition(e, true));
    add(doc, 'compositionend', (e) => this.onComposition(e, false));
    add(doc, 'keydown', (e) => this.onKey(e));
    add(doc, 'selectionchange', () => this.onCaret());
    add(doc, 'mouseup', () => this.onCaret());
    add(doc, 'keyup', () => this.onCaret());
    add(doc, 'mousemove', (e) => this.onMove(e), { capture: true, passive: true });
    add(doc, 'focusout', (e) => this.onFocusOut(e));
    add(doc, 'scroll', () => this.frame(), { capture: true, passive: true });
    if (doc.defaultView) add(doc.defaultView, 'resize', () => this.frame(), { passive: true });
    this.docs.set(doc, { users: 1, on });
  }
  unlisten(doc) {
    const known = this.docs.get(doc);
    if (!known || --known.users > 0) return;
    for (const [t, type, fn, opts] of known.on) t.removeEventListener(type, fn, opts);
    this.docs.delete(doc);
  }

  /** The target for an element or adapter (made on first use). */
  targetFor(key) {
    let t = this.targets.get(key);
    if (t) return t;
    if (key instanceof Element || key?.nodeType === 1) {
      if (key.tagName === 'TEXTAREA' || (key.tagName === 'INPUT' && TEXT_INPUTS.has(key.getAttribute('type')?.toLowerCase() ?? ''))) t = new ControlTarget(this, key);
      else if (key.isContentEditable) t = new DomTarget(this, key);
      else return null;
    } else if (key?.kind === 'dom') {
      t = new DomTarget(this, key.element, key);
    } else if (key?.kind === 'model') {
      t = new ModelTarget(this, key);
    } else return null;
    this.targets.set(key, t);
    return t;
  }
  forget(key) {
    const t = this.targets.get(key);
    if (!t) return;
    this.targets.delete(key);
    if (this.card?.target === t) this.closeCard();
    t.destroy();
  }

  /** [path, text, element, anchor, target] for each editor and contenteditable element. */
  sources(mapped) {
    const out = [];
    const claimed = new Set();
    for (const adapter of this.editors) {
      const el = adapter?.element;
      if (!el?.isConnected || !adapter.field) {
        if (this.connected.has(adapter)) { this.connected.delete(adapter); adapter.disconnect?.(); this.forget(adapter); }
        continue;
      }
      // In a disabled <fieldset> an editor is left out of the ad, like a disabled control.
      if (el.closest?.('fieldset:disabled')) continue;
      if (!this.connected.has(adapter)) {
        this.connected.add(adapter);
        adapter.connect?.({ changed: () => this.changed(this.targets.get(adapter)), composing: (on) => this.setComposing(on), remap });
      }
      const t = this.targetFor(adapter);
      out.push(adapter.field, t.text(), el, adapter.anchor ?? el, adapter);
      claimed.add(el);
    }
    const editable = [];
    for (let i = 0; i + 1 < mapped.length; i += 2) if (mapped[i + 1].isContentEditable) editable.push([mapped[i], mapped[i + 1]]);
    for (const el of this.form.querySelectorAll('[data-tmt-field][contenteditable]:not([contenteditable="false"])')) {
      if (el.isContentEditable) editable.push([el.getAttribute('data-tmt-field'), el]);
    }
    for (const [path, el] of editable) {
      if (claimed.has(el) || [...claimed].some((c) => c.contains(el)) || el.closest('fieldset:disabled')) continue;
      claimed.add(el);
      const t = this.targetFor(el);
      out.push(path, t.text(), el, el, el);
    }
    return out;
  }

  /** Shows a report in the fields given as [path, element or adapter] pairs. */
  show(report, fields) {
    if (this.destroyed) return;
    const keep = new Set();
    if (this.highlights) {
      const byField = new Map();
      report.diagnostics.forEach((d, index) => {
        if (!d.span || !d.field || d.span.end <= d.span.start) return;
        const list = byField.get(d.field) ?? [];
        list.push({ start: d.span.start, end: d.span.end, severity: d.severity, index, d });
        byField.set(d.field, list);
      });
      for (let i = 0; i + 1 < fields.length; i += 2) {
        const [path, key] = [fields[i], fields[i + 1]];
        const el = key?.nodeType === 1 ? key : key?.element;
        if (!el || optedOut(el)) continue;
        const findings = byField.get(path);
        const t = findings || this.targets.has(key) ? this.targetFor(key) : null;
        if (!t) continue;
        keep.add(key);
        t.set(findings ?? [], t.text());
      }
    }
    for (const key of [...this.targets.keys()]) {
      if (keep.has(key)) continue;
      // An editor keeps its target (its listeners) while it is connected; its highlights go.
      if (this.connected.has(key)) { this.targets.get(key).set([], ''); continue; }
      this.forget(key);
    }
    if (this.card) {
      const t = this.card.target;
      const f = t.current().find((x) => x.d.rule === this.card.f.d.rule && x.d.message === this.card.f.d.message && x.start === this.card.f.start);
      if (f) this.openCard(t, f, this.card.via); else this.closeCard();
    }
    this.frame();
  }

  /** A text changed: move the highlights now (next frame), validate after the debounce. */
  changed(t) {
    if (!t) return;
    t.dirty = true;
    if (t.map !== undefined) t.map = null;
    this.frame();
    this.notify(0);
  }
  onInput(e) {
    for (const t of this.targets.values()) if (t.contains(e.target)) { t.dirty = true; if (t.map !== undefined) t.map = null; }
    this.frame();
  }
  onComposition(e, on) {
    if (!this.owns(e.target) && !this.form.contains(e.target)) return;
    this.setComposing(on);
  }
  setComposing(on) {
    if (this.composing === on) return;
    this.composing = on;
    this.notify(on ? 1 : 2);
    if (!on) { for (const t of this.targets.values()) t.dirty = true; this.frame(); }
  }
  owns(node) {
    for (const t of this.targets.values()) if (t.contains(node)) return t;
    return null;
  }

  /** Paints once per animation frame: every measurement first, then every write. */
  frame() {
    if (this.raf || this.destroyed) return;
    const win = this.doc.defaultView;
    this.raf = win.requestAnimationFrame(() => this.flush());
  }
  flush() {
    this.raf = 0;
    if (this.destroyed || this.composing) return;
    // Mirrors and overlay boxes follow scrolling and resizing; highlights the browser or the
    // editor keeps on the text are painted again only when the text or the findings changed.
    const targets = [];
    for (const t of this.targets.values()) {
      const shown = t.shown;
      t.current();
      if (!t.live || t.dirty || shown !== t.shown || t.paintedConnected === undefined) targets.push(t);
    }
    const measured = targets.map((t) => t.measure());
    targets.forEach((t, i) => { t.paint(measured[i]); t.paintedConnected = !!measured[i]; t.dirty = false; });
    if (this.card) this.placeCard();
  }

  // --- the card --------------------------------------------------------------------------------

  openCard(t, f, via) {
    const doc = this.doc;
    if (via !== 'caret') this.dismissed = null;
    // The same finding again (a new report): keep the card as it is, and the focus in it.
    const shown = this.card?.f.d;
    if (shown && this.cardEl?.isConnected && this.card.target === t && shown.message === f.d.message && shown.suggestion === f.d.suggestion
      && shown.reference === f.d.reference && shown.severity === f.d.severity) {
      this.card = { target: t, f, f0: t.findings.find((x) => x.index === f.index) ?? f, via: this.card.via === 'hover' ? via : this.card.via };
      this.placeCard();
      return;
    }
    if (!this.cardEl) {
      this.entry ??= useDocument(doc);
      const card = doc.createElement('div');
      card.className = 'tmt-card';
      card.setAttribute('role', 'dialog');
      card.setAttribute('aria-label', this.words[5]);
      card.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          const back = this.card;
          this.closeCard();
          if (back) { this.dismissed = { t: back.target, index: back.f.index }; back.target.select(back.f); }
        }
      });
      card.addEventListener('mouseleave', () => { if (this.card?.via === 'hover') this.hoverClose(); });
      card.addEventListener('mouseenter', () => clearTimeout(this.hoverTimer));
      this.cardEl = card;
    }
    const card = this.cardEl;
    const d = f.d;
    card.className = `tmt-card tmt-${d.severity}`;
    const head = doc.createElement('p');
    const sev = doc.createElement('span');
    sev.className = 'tmt-card-severity';
    sev.textContent = `${this.words[SEVERITIES.indexOf(d.severity)]}:`;
    head.append(sev, doc.createTextNode(d.message));
    const parts = [head];
    if (d.reference) {
      const ref = doc.createElement('p');
      ref.className = 'tmt-card-ref';
      const at = d.reference.indexOf('https://');
      if (at >= 0) {
        const a = doc.createElement('a');
        a.href = d.reference.slice(at).split(/\s/)[0];
        a.textContent = d.reference.slice(0, at).replace(/[\s—-]+$/, '') || a.href;
        a.target = '_blank';
        a.rel = 'noreferrer noopener';
        ref.append(a);
      } else ref.textContent = d.reference;
      parts.push(ref);
    }
    const actions = doc.createElement('div');
    actions.className = 'tmt-card-actions';
    if (d.suggestion != null) {
      const apply = doc.createElement('button');
      apply.type = 'button';
      apply.className = 'tmt-card-apply';
      apply.textContent = `${this.words[3]} “${d.suggestion}”`;
      apply.addEventListener('click', () => {
        const card = this.card;
        this.closeCard();
        if (!card) return;
        const done = card.target.applyFinding(card.target.reported, card.f0.start, card.f0.end, d.suggestion);
        card.target.focus();
        if (done) this.notify(3);
      });
      actions.append(apply);
    }
    const close = doc.createElement('button');
    close.type = 'button';
    close.className = 'tmt-card-close';
    close.textContent = this.words[4];
    close.addEventListener('click', () => { const back = this.card; this.closeCard(); back?.target.focus(); });
    actions.append(close);
    parts.push(actions);
    card.replaceChildren(...parts);
    // The finding as reported (for apply) and as it is now (for the position).
    const f0 = t.findings.find((x) => x.index === f.index) ?? f;
    this.card = { target: t, f, f0, via };
    if (!card.isConnected) doc.body.append(card);
    this.placeCard();
  }
  placeCard() {
    const { target, f } = this.card;
    const rects = target.rects(f);
    const win = this.doc.defaultView;
    const r = rects[0] ?? target.focusEl.getBoundingClientRect();
    const card = this.cardEl;
    const width = card.offsetWidth;
    const left = Math.max(4, Math.min(r.left, win.innerWidth - width - 8));
    const last = rects[rects.length - 1] ?? r;
    card.style.left = `${left + win.scrollX}px`;
    card.style.top = `${last.bottom + 6 + win.scrollY}px`;
  }
  closeCard() {
    clearTimeout(this.hoverTimer);
    this.card = null;
    this.cardEl?.remove();
  }
  hoverClose() {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => { if (this.card?.via === 'hover') this.closeCard(); }, 300);
  }

  onMove(e) {
    if (!this.highlights || this.moving) return;
    const doc = e.target?.ownerDocument ?? this.doc;
    const { x, y } = frameOffset(doc, this.doc);
    const [px, py] = [e.clientX + x, e.clientY + y];
    if (this.cardEl?.contains(e.target)) return;
    this.moving = true;
    this.doc.defaultView.requestAnimationFrame(() => {
      this.moving = false;
      if (this.destroyed) return;
      const t = this.owns(e.target);
      const f = t?.at(px, py);
      if (f) {
        clearTimeout(this.hoverTimer);
        if (!this.card || this.card.f.index !== f.index || this.card.target !== t) this.openCard(t, f, 'hover');
      } else if (this.card?.via === 'hover') this.hoverClose();
    });
  }
  onCaret() {
    if (!this.highlights || this.destroyed) return;
    const active = this.doc.activeElement;
    let t = null;
    for (const x of this.targets.values()) {
      const el = x.focusEl;
      if (el === active || el.contains?.(active) || (active?.tagName === 'IFRAME' && x.doc !== this.doc && x.doc.hasFocus?.())) { t = x; break; }
    }
    const c = t?.caret();
    const f = c && t.current().find((x) => c.start >= x.start && c.end <= x.end);
    // A card closed with Escape stays closed while the caret stays in its finding.
    if (this.dismissed && (this.dismissed.t !== t || this.dismissed.index !== f?.index)) this.dismissed = null;
    if (f && this.dismissed) return;
    if (f) {
      if (!this.card || this.card.f.index !== f.index || this.card.target !== t) this.openCard(t, f, 'caret');
    } else if (this.card && this.card.via !== 'hover' && !this.cardEl?.contains(this.doc.activeElement)) {
      if (this.card.via === 'key' && c && c.start === this.card.f.start && c.end === this.card.f.end) return;
      this.closeCard();
    }
  }
  onFocusOut(e) {
    if (!this.card) return;
    const to = e.relatedTarget;
    if (to && (this.cardEl?.contains(to) || this.card.target.contains(to))) return;
    // Focus left both the field and the card (not for a moment into an editor's iframe).
    setTimeout(() => {
      const active = this.doc.activeElement;
      if (!this.card || this.cardEl?.contains(active) || this.card.target.contains(active) || active?.tagName === 'IFRAME') return;
      this.closeCard();
    }, 0);
  }
  onKey(e) {
    if (!this.highlights) return;
    const t = this.owns(e.target) ?? ([...this.targets.values()].find((x) => x.doc === e.target.ownerDocument && x.doc !== this.doc) ?? null);
    if (!t) return;
    if (e.key === 'F8' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const list = [...t.current()].sort((a, b) => a.start - b.start || a.end - b.end);
      if (!list.length) return;
      e.preventDefault();
      e.stopPropagation();
      const c = t.caret() ?? { start: 0, end: 0 };
      let f;
      if (e.shiftKey) f = [...list].reverse().find((x) => x.start < c.start) ?? list[list.length - 1];
      else f = list.find((x) => x.start > c.start || (x.start === c.start && c.start === c.end)) ?? list[0];
      t.select(f);
      this.openCard(t, f, 'key');
    } else if (e.key === 'Escape' && this.card?.target === t) {
      e.preventDefault();
      e.stopPropagation();
      this.dismissed = { t, index: this.card.f.index };
      this.closeCard();
    } else if (e.key === 'Tab' && !e.shiftKey && this.card?.target === t && this.card.via !== 'hover') {
      const first = this.cardEl.querySelector('.tmt-card-apply') ?? this.cardEl.querySelector('button, a');
      if (first) { e.preventDefault(); e.stopPropagation(); first.focus(); }
    }
  }

  /** Applies a suggestion to `target` (an element or an adapter): see src/widget/layer.rs. */
  apply(key, reported, start, end, replacement) {
    const t = this.targets.get(key) ?? this.targetFor(key);
    if (!t) return false;
    const done = t.applyFinding(reported, start, end, replacement);
    if (!this.highlights && !this.connected.has(key) && this.targets.get(key) === t && !t.findings.length) this.forget(key);
    return done;
  }

  destroy() {
    if (this.destroyed) return;
    this.closeCard();
    for (const key of [...this.targets.keys()]) this.forget(key);
    for (const adapter of this.connected) adapter.disconnect?.();
    this.connected.clear();
    this.observer.disconnect();
    if (this.raf) this.doc.defaultView.cancelAnimationFrame(this.raf);
    this.destroyed = true;
    for (const doc of [...this.docs.keys()]) { const k = this.docs.get(doc); k.users = 1; this.unlisten(doc); }
    this.layerEl?.remove();
    this.cardEl?.remove();
    if (this.entry) releaseDocument(this.doc);
    this.entry = null;
  }
}
