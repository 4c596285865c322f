/*!
 * tmt-validator — script include (classic script, no bundler, no inline code needed):
 *
 *   <script src="/tmt-validator/tmt-validator.js" data-form="#ad-form" data-lang="fi" defer></script>
 *
 * Loads the widget's ES module and .wasm from widget/ next to this file (relative to its own URL), then attaches
 * live validation to the form. Works under `Content-Security-Policy: script-src 'self'
 * 'wasm-unsafe-eval'`. Data attributes: data-form (a selector, default
 * "form[data-tmt-validator]"), data-lang (fi, sv, en), data-summary (a selector),
 * data-debounce (ms), data-styles="false". The handles are in `window.tmtValidator.ready`
 * (a Promise of { module, handles }) and each form gets a `tmt-validator:ready` event.
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
    return o;
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
        var forms = document.querySelectorAll(data.form || 'form[data-tmt-validator]');
        var handles = [];
        for (var i = 0; i < forms.length; i++) {
          var handle = mod.attach(forms[i], options());
          handles.push(handle);
          forms[i].dispatchEvent(new CustomEvent('tmt-validator:ready', { detail: { handle: handle } }));
        }
        if (!forms.length) console.warn('tmt-validator: no form matches ' + (data.form || 'form[data-tmt-validator]'));
        return { module: mod, handles: handles };
      });
    });
  ready.catch(function (err) { console.error('tmt-validator:', err); });
  window.tmtValidator = { ready: ready };
})();
