// Minimal demo: builds the ad from the form, validates on input, renders the Report.
// User text is only ever written with textContent, never as HTML.
import init, { validate } from './pkg/tmt_validator.js';

await init();
const form = document.getElementById('ad-form');
const summary = document.getElementById('summary');
const list = document.getElementById('findings');

function adFromForm() {
  const ad = { languages: ['fi'] };
  for (const el of form.elements) {
    if (!el.name) continue;
    const parts = el.name.split('.');
    let node = ad;
    for (const part of parts.slice(0, -1)) node = node[part] ??= {};
    node[parts.at(-1)] = el.value;
  }
  return ad;
}

function textOf(ad, path) {
  return path.split('.').reduce((node, part) => node?.[part], ad);
}

function render() {
  const ad = adFromForm();
  const report = validate(ad);
  summary.textContent = `${report.counts.error} virhettä, ${report.counts.warning} varoitusta, ${report.counts.info} vinkkiä`;
  list.replaceChildren(...report.diagnostics.map((d) => {
    const li = document.createElement('li');
    li.className = d.severity;
    const field = document.createElement('div');
    field.className = 'field';
    field.textContent = `${d.rule} · ${d.field ?? ''}`;
    li.append(field);
    const text = d.field && d.span ? textOf(ad, d.field) : null;
    if (typeof text === 'string') {
      const mark = document.createElement('mark');
      mark.textContent = text.slice(d.span.start, d.span.end);
      li.append(mark, ' ');
    }
    li.append(d.message);
    return li;
  }));
}

let timer;
form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(render, 150);
});
render();
