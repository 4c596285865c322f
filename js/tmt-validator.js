/*!
 * tmt-validator — script include (classic script, no bundler, no inline code needed):
 *
 *   <script src="/tmt-validator/tmt-validator.js" data-form="#ad-form" data-lang="fi" defer></script>
 *
 * Loads the widget's ES module and .wasm from widget/ next to this file (relative to its own URL), then attaches
 * live validation to the form. Works under `Content-Security-Policy: script-src 'self'
 * 'wasm-unsafe-eval'`. Data attributes: data-form (a selector, default
 * "form[data-tmt-validator]"), data-lang (fi, sv, en), data-summary (a selector),
 * data-debounce (ms), data-styles="false", data-highlights="false", data-editors="false".
 * The handles are in `window.tmtValidator.ready` (a Promise of { module, handles }) and each
 * form gets a `tmt-validator:ready` event.
 *
 * Rich-text editors inside a form are picked up where they can be found from the page, also
 * when they are created later: CKEditor 5 (`element.ckeditorInstance`), TinyMCE
 * (`tinymce.get()`), Quill (`Quill.find(container)`), Lexical (its root's `__lexicalEditor`) and
 * Summernote (the `.note-editable` after its textarea). Each editor's adapter (widget/editors/*.js) is loaded only when such an editor
 * is there. Their model path is the name of the textarea they replaced (or `data-tmt-field`).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var data = script.dataset;

  function options() {
    var o = {};
    if (data.lang) o.lang = data.lang;
    if (data.summary) o.summary = data.summary;
    if (data.debounce) o.debounce = Number(data.debounce);
    if (data.styles === 'false') o.styles = false;
    if (data.highlights === 'false') o.highlights = false;
    return o;
  }

  // Editors by kind: [the adapter module, the editors (instances or elements) found in a form].
  var KINDS = {
    ckeditor5: function (form) {
      var out = [];
      var els = form.querySelectorAll('.ck-editor__editable');
      for (var i = 0; i < els.length; i++) if (els[i].ckeditorInstance && out.indexOf(els[i].ckeditorInstance) < 0) out.push(els[i].ckeditorInstance);
      return out;
    },
    tinymce: function (form) {
      var all = window.tinymce && typeof window.tinymce.get === 'function' ? window.tinymce.get() : [];
      var out = [];
      for (var i = 0; i < (all || []).length; i++) {
        var ed = all[i];
        var el = ed.initialized && ed.getContainer && ed.getContainer();
        if (el && form.contains(el)) out.push(ed);
      }
      return out;
    },
    quill: function (form) {
      var out = [];
      var els = form.querySelectorAll('.ql-container');
      for (var i = 0; i < els.length; i++) {
        var q = window.Quill && typeof window.Quill.find === 'function' ? window.Quill.find(els[i]) : null;
        if (q && q.root) out.push(q);
      }
      return out;
    },
    lexical: function (form) {
      var out = [];
      var els = form.querySelectorAll('[contenteditable]');
      for (var i = 0; i < els.length; i++) if (els[i].__lexicalEditor) out.push(els[i].__lexicalEditor);
      return out;
    },
    summernote: function (form) {
      var out = [];
      var els = form.querySelectorAll('.note-editor');
      for (var i = 0; i < els.length; i++) {
        var ta = els[i].previousElementSibling;
        if (ta && ta.tagName === 'TEXTAREA' && els[i].querySelector('.note-editable')) out.push(ta);
      }
      return out;
    },
  };
  var adapters = {}; // kind → Promise of its module
  var made = typeof WeakMap === 'function' ? new WeakMap() : null; // editor → adapter

  /** The adapters of the editors in a form now (loading each kind's module once, when needed). */
  function discover(form) {
    var found = [];
    if (data.editors === 'false') return Promise.resolve(found);
    Object.keys(KINDS).forEach(function (kind) {
      KINDS[kind](form).forEach(function (editor) { found.push([kind, editor]); });
    });
    return Promise.all(found.map(function (f) {
      var kind = f[0];
      var editor = f[1];
      if (made && made.has(editor)) return made.get(editor);
      adapters[kind] = adapters[kind] || import(new URL('widget/editors/' + (kind === 'summernote' ? 'contenteditable' : kind) + '.js', base).href);
      return adapters[kind].then(function (mod) {
        var adapter = mod[kind](editor);
        if (made) made.set(editor, adapter);
        return adapter;
      });
    }));
  }

  /** Attaches to a form with its editors, and follows editors created or removed later. */
  function attachTo(mod, form) {
    return discover(form).then(function (editors) {
      var o = options();
      o.editors = editors;
      var handle = mod.attach(form, o);
      if (data.editors !== 'false' && typeof MutationObserver === 'function') {
        var timer = 0;
        var observer = new MutationObserver(function () {
          clearTimeout(timer);
          timer = setTimeout(function () {
            discover(form).then(function (now) {
              var same = now.length === editors.length && now.every(function (a, i) { return a === editors[i]; });
              if (same) return;
              editors = now;
              try { handle.setOptions({ editors: now }); } catch (e) { observer.disconnect(); }
            });
          }, 200);
        });
        observer.observe(form, { childList: true, subtree: true });
      }
      return handle;
    });
  }

  function domReady() {
    return new Promise(function (resolve) {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
      else resolve();
    });
  }

  // The build with the widget (pkg/widget/): the engine alone has no attach().
  var ready = import(new URL('widget/tmt_validator.js', base).href)
    .then(function (mod) {
      return mod.default({ module_or_path: new URL('widget/tmt_validator_bg.wasm', base) }).then(function () { return mod; });
    })
    .then(function (mod) {
      return domReady().then(function () {
        var forms = Array.prototype.slice.call(document.querySelectorAll(data.form || 'form[data-tmt-validator]'));
        if (!forms.length) console.warn('tmt-validator: no form matches ' + (data.form || 'form[data-tmt-validator]'));
        return Promise.all(forms.map(function (form) {
          return attachTo(mod, form).then(function (handle) {
            form.dispatchEvent(new CustomEvent('tmt-validator:ready', { detail: { handle: handle } }));
            return handle;
          });
        })).then(function (handles) { return { module: mod, handles: handles }; });
      });
    });
  ready.catch(function (err) { console.error('tmt-validator:', err); });
  window.tmtValidator = { ready: ready };
})();
