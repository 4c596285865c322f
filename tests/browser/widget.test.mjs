// The widget in a real browser (headless Chromium): reading the form into an ad, messages and
// ARIA, custom validity, suggestions, the summary, detach(). Pages use the package as a native
// ES module (tests/browser/fixtures/widget.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openPage, defaultMounts, foreignRequests } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serve(defaultMounts());
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh fixture page with `html` in #stage; returns { page, log }. */
async function fixture(html) {
  const { page, log } = await openPage(browser.context);
  await page.goto(`${server.url}/fixtures/widget.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.evaluate((h) => { document.getElementById('stage').innerHTML = h; }, html);
  return { page, log };
}

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no console.error, page error or failed request');
  assert.deepEqual(foreignRequests(log, server.url), [], 'no request leaves the page origin');
}

// A realistic description with an age requirement, and the same without it (clean: long enough
// and neutral, so that no rule but the one under test has anything to say about it).
const AGE = 'Haemme Kampin myymäläämme 20–30-vuotiasta myyjää, joka palvelee asiakkaita ja hoitaa kassaa.';
const CLEAN = 'Haemme Kampin myymäläämme myyjää, joka palvelee asiakkaita ja hoitaa kassaa.';


test('the form is read into the ad: names, data-tmt-field, options.fields, every control type', async () => {
  const { page, log } = await fixture(`
    <form id="f">
      <fieldset><legend>Languages</legend>
        <label><input type="checkbox" name="languages" value="fi" checked> fi</label>
        <label><input type="checkbox" name="languages" value="sv" checked> sv</label>
        <label><input type="checkbox" name="languages" value="en"> en</label>
      </fieldset>
      <label>Title <input name="title" data-tmt-field="position.title.fi" value="Myyjä"></label>
      <label for="company">Company</label><input id="company" name="company" value="Kauppa Oy">
      <label>Municipalities <select name="location.municipalities" multiple>
        <option value="091" selected>Helsinki</option><option value="049" selected>Espoo</option><option value="092">Vantaa</option>
      </select></label>
      <label>Continuity <select name="position.continuityOfWork"><option value="">-</option><option value="02" selected>fixed</option></select></label>
      <label>Work time <select name="position.workTime"><option value="">-</option><option value="01">full</option></select></label>
      <fieldset><legend>Start</legend>
        <label><input type="radio" name="position.workStart.code" value="01"> now</label>
        <label><input type="radio" name="position.workStart.code" value="02" checked> date</label>
      </fieldset>
      <label>Start date <input type="date" name="position.workStart.date" value="2027-01-15"></label>
      <label>Published <input type="datetime-local" name="application.published" value="2026-12-01T08:30"></label>
      <label>Expires <input type="date" name="application.expires" value="2026-12-31"></label>
      <label>Positions <input type="number" name="application.openPositions" value="3"></label>
      <label>Hours <input type="number" name="position.workingHours.min" value="37.5"></label>
      <label>Remote <input type="checkbox" name="location.remote" checked></label>
      <label>On call <input type="checkbox" name="position.onCall"></label>
      <label>Travelling <input type="checkbox" name="location.requiresTravelling"></label>
      <label>Working-time details <input name="position.workTimeDetails" value="06, 0801"></label>
      <label>Email 1 <input name="contacts.0.email" value="a@kauppa.example"></label>
      <label>Email 2 <input name="contacts.1.email" value="b@kauppa.example"></label>
      <label>Disabled <input name="position.title.sv" value="ignored" disabled></label>
      <fieldset disabled><label>In a disabled fieldset <input name="position.title.en" value="ignored"></label></fieldset>
      <input type="hidden" name="csrf" value="not an ad field">
      <label>Empty <input name="owner.businessId" value=""></label>
      <button type="submit" name="position.skills" value="button values are not data">Send</button>
    </form>`);
  const ad = await page.evaluate(() => {
    let seen = null;
    window.tmt.attach('#f', { fields: { 'owner.name': '#company' }, check: (ad) => { seen = ad; return []; } });
    return seen;
  });
  assert.deepEqual(ad, {
    languages: ['fi', 'sv'],
    position: {
      title: { fi: 'Myyjä' },
      continuityOfWork: ['02'],
      workStart: { code: '02', date: '2027-01-15T00:00:00' },
      workingHours: { min: 37.5 },
      onCall: false,
      workTimeDetails: ['06', '0801'],
    },
    owner: { name: 'Kauppa Oy' },
    location: { municipalities: ['091', '049'], remote: true, requiresTravelling: false },
    application: { published: '2026-12-01T08:30:00', expires: '2026-12-31T23:59:59', openPositions: 3 },
    contacts: [{ email: 'a@kauppa.example' }, { email: 'b@kauppa.example' }],
  });
  // A field added later is read on the next validate().
  const later = await page.evaluate(() => {
    let seen = null;
    const form = document.getElementById('f');
    const input = document.createElement('input');
    input.name = 'contacts.2.email';
    input.value = 'c@kauppa.example';
    form.append(input);
    const h = window.tmt.attach(form, { check: (ad) => { seen = ad; return []; } });
    h.validate();
    const result = seen.contacts;
    h.detach();
    return result;
  });
  assert.equal(later.length, 3);
  assert.equal(later[2].email, 'c@kauppa.example');
  assertClean(log);
});

test('an error: message after the field with the excerpt marked, aria-describedby, aria-invalid, custom validity; a fix clears it', async () => {
  const { page, log } = await fixture(`
    <form id="f"><label for="d">Description</label>
      <textarea id="d" name="position.jobDescription.fi" aria-describedby="hint"></textarea><p id="hint">Describe the job.</p></form>`);
  await page.evaluate(() => { window.h = window.tmt.attach('#f', { lang: 'en', debounce: 50 }); });
  await page.locator('#d').pressSequentially(AGE, { delay: 5 });
  const started = Date.now();
  await page.waitForFunction(() => [...document.querySelectorAll('#d + .tmt-messages mark')].some((m) => m.textContent === '20–30-vuotiasta'), null, { timeout: 1000 });
  assert.ok(Date.now() - started < 1000);
  const state = await page.evaluate(() => {
    const d = document.getElementById('d');
    const msg = d.nextElementSibling;
    return {
      describedby: d.getAttribute('aria-describedby'), msgId: msg.id, invalid: d.getAttribute('aria-invalid'),
      validation: d.validationMessage, marks: [...msg.querySelectorAll('mark')].map((m) => m.textContent), text: msg.textContent,
      report: window.h.report(),
    };
  });
  assert.equal(state.describedby, `hint ${state.msgId}`, 'the prior description is kept, the message is added');
  assert.equal(state.invalid, 'true');
  const age = state.report.diagnostics.find((d) => d.rule === 'content.discrimination.age');
  assert.ok(age, JSON.stringify(state.report));
  assert.equal(state.validation, age.message, 'the browser blocks submit with the message');
  assert.ok(state.marks.includes(AGE.slice(age.span.start, age.span.end)), `the excerpt is marked: ${state.marks.join()}`);
  assert.equal(AGE.slice(age.span.start, age.span.end), '20–30-vuotiasta');
  assert.match(state.text, /Error/);
  // Fix the text: everything the widget set goes away.
  await page.locator('#d').fill(CLEAN);
  await page.waitForFunction(() => !document.querySelector('#d + .tmt-messages'), null, { timeout: 1000 });
  const cleared = await page.evaluate(() => {
    const d = document.getElementById('d');
    return { describedby: d.getAttribute('aria-describedby'), invalid: d.hasAttribute('aria-invalid'), validation: d.validationMessage };
  });
  assert.deepEqual(cleared, { describedby: 'hint', invalid: false, validation: '' });
  assertClean(log);
});

test('warnings and tips never block submit: no aria-invalid, no custom validity', async () => {
  const { page, log } = await fixture(`<form id="f"><label>Description <textarea id="d" name="position.jobDescription.fi">${AGE}</textarea></label></form>`);
  const state = await page.evaluate(() => {
    window.tmt.attach('#f', { severity: { 'content.discrimination.age': 'warning' } });
    const d = document.getElementById('d');
    // The textarea is inside a <label>: the message goes after the label.
    const msg = d.closest('label').nextElementSibling;
    return { msg: msg?.className, items: [...(msg?.querySelectorAll('.tmt-item') ?? [])].map((i) => i.className), invalid: d.hasAttribute('aria-invalid'), validation: d.validationMessage, valid: document.getElementById('f').checkValidity() };
  });
  assert.equal(state.msg, 'tmt-messages');
  assert.ok(state.items.includes('tmt-item tmt-warning'), `the age finding is shown as a warning: ${state.items.join()}`);
  assert.ok(!state.items.includes('tmt-item tmt-error'), state.items.join());
  assert.equal(state.invalid, false);
  assert.equal(state.validation, '');
  assert.equal(state.valid, true);
  assertClean(log);
});

test("the engine's options reach the engine, maxLengths too (a tighter title limit, and the form changes nothing else)", async () => {
  const { page, log } = await fixture(`<form id="f"><label>Title <input id="t" name="position.title.fi" value="Myyjä Kampin myymälään"></label></form>`);
  const rules = await page.evaluate(() => {
    const of = (handle) => (handle.report()?.diagnostics ?? []).filter((d) => d.field === 'position.title.fi').map((d) => d.rule);
    const plain = window.tmt.attach('#f');
    const before = of(plain);
    plain.detach();
    const tight = window.tmt.attach('#f', { maxLengths: { 'position.title': 10 } });
    const after = of(tight);
    tight.setOptions({ maxLengths: {} });
    return { before, after, reset: of(tight) };
  });
  assert.ok(!rules.before.includes('field.too_long'), rules.before.join());
  assert.ok(rules.after.includes('field.too_long'), `a 22-character title over a limit of 10: ${rules.after.join()}`);
  assert.ok(!rules.reset.includes('field.too_long'), rules.reset.join());
  assertClean(log);
});

test('apply a suggestion: exactly the UTF-16 span is replaced through the field\'s own editing (not the instance setter), caret after it, input and change fire', async () => {
  const { page, log } = await fixture(`<form id="f"><label for="t">Title</label><input id="t" name="position.title.fi" value="😀 Myynnin ninja Helsinkiin"></form>`);
  const result = await page.evaluate(() => {
    const input = document.getElementById('t');
    // What React does with a controlled input: an own `value` property that tracks writes.
    // A write through it would make React miss the change; the prototype's setter does not.
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
    let tracked = input.value;
    Object.defineProperty(input, 'value', { configurable: true, get() { return native.get.call(this); }, set(v) { tracked = v; native.set.call(this, v); } });
    const events = [];
    for (const type of ['input', 'change']) input.addEventListener(type, (e) => events.push(`${type}:${e.bubbles}:${native.get.call(input)}`));
    // A house rule of the ATS: "ninja" → "osaaja", with a UTF-16 span found by indexOf.
    const check = (ad) => {
      const text = ad.position?.title?.fi ?? '';
      const at = text.indexOf('ninja');
      return at < 0 ? [] : [{ rule: 'house.ninja', severity: 'warning', field: 'position.title.fi', span: { start: at, end: at + 5 }, message: 'Say what the job is.', suggestion: 'osaaja' }];
    };
    window.h = window.tmt.attach('#f', { check, lang: 'fi' });
    const mine = window.tmt.applyButtonsOf(window.h, 'house.ninja');
    const button = mine[0];
    const label = button.textContent;
    const under = input.nextElementSibling.contains(button);
    const before = input.value;
    button.click();
    return { before, label, under, found: mine.length, after: native.get.call(input), tracked, events, caret: [input.selectionStart, input.selectionEnd], focused: document.activeElement === input, left: window.tmt.applyButtonsOf(window.h, 'house.ninja').length, report: window.h.report() };
  });
  assert.equal(result.found, 1, 'one apply button for the house rule');
  assert.ok(result.under, 'under the title field');
  assert.equal(result.label, 'Korvaa tekstillä “osaaja”');
  assert.equal(result.after, '😀 Myynnin osaaja Helsinkiin');
  assert.equal(result.tracked, result.before, 'the instance setter was bypassed (the native prototype setter was used)');
  assert.deepEqual(result.events, [`input:true:${result.after}`, `change:true:${result.after}`]);
  const caret = result.after.indexOf('osaaja') + 'osaaja'.length;
  assert.deepEqual(result.caret, [caret, caret]);
  assert.ok(result.focused);
  assert.equal(result.left, 0, 'after applying, its apply button is gone');
  assert.ok(!result.report.diagnostics.some((d) => d.rule === 'house.ninja'));
  assertClean(log);
});

test('a suggestion is applied only to the words it was made on: moved across edits before it, never applied after its words changed', async () => {
  const { page, log } = await fixture(`<form id="f"><input id="t" aria-label="Title" name="position.title.fi" value="Myynnin ninja"></form>`);
  const result = await page.evaluate(() => {
    const input = document.getElementById('t');
    const check = (ad) => {
      const text = ad.position?.title?.fi ?? '';
      const at = text.indexOf('ninja');
      return at < 0 ? [] : [{ rule: 'house.ninja', severity: 'info', field: 'position.title.fi', span: { start: at, end: at + 5 }, message: 'm', suggestion: 'osaaja' }];
    };
    const h = window.tmt.attach('#f', { check, debounce: 10000 });
    // Changed after the report, before the debounced re-validation: the words themselves.
    input.value = 'Myynnin ninjat';
    window.tmt.applyButtonsOf(h, 'house.ninja')[0]?.click();
    const inside = input.value;
    // Text added before the words: the span moves with them.
    input.value = 'Myynnin ninja';
    h.validate();
    input.value = 'XX Myynnin ninja';
    window.tmt.applyButtonsOf(h, 'house.ninja')[0]?.click();
    return { inside, before: input.value };
  });
  assert.equal(result.inside, 'Myynnin ninjat', 'the words changed: nothing is replaced');
  assert.equal(result.before, 'XX Myynnin osaaja', 'an edit before the words: they are found where they moved');
  assertClean(log);
});

test('summary: counts, findings that focus their field, whole-ad findings; live region announces changes only', async () => {
  const { page, log } = await fixture(`
    <form id="f"><label for="t">Otsikko</label><input id="t" name="position.title.fi" value="Myyjä">
      <label for="d">Kuvaus</label><textarea id="d" name="position.jobDescription.fi">${AGE}</textarea></form>
    <section id="sum"></section>`);
  const first = await page.evaluate(() => {
    window.h = window.tmt.attach('#f', { summary: '#sum', lang: 'fi' });
    const sum = document.getElementById('sum');
    return { counts: sum.querySelector('.tmt-counts').textContent, goto: [...sum.querySelectorAll('.tmt-goto')].map((b) => b.textContent), whole: sum.querySelectorAll('strong').length, live: document.querySelector('[role=status]').textContent, report: window.h.report() };
  });
  const c = first.report.counts;
  assert.match(first.counts, new RegExp(`^${c.error} virh`));
  assert.ok(first.goto.includes('Kuvaus'), first.goto.join());
  assert.equal(first.goto.length + first.whole, first.report.diagnostics.length);
  assert.equal(first.live, '', 'nothing is announced on attach');
  await page.click('#sum .tmt-goto >> text=Kuvaus');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'd');
  await page.locator('#d').fill(CLEAN);
  await page.waitForFunction(() => document.querySelector('[role=status]').textContent !== '', null, { timeout: 1000 });
  const live = await page.evaluate(() => document.querySelector('[role=status]').textContent);
  assert.match(live, /virhe|huomautettavaa/);
  assertClean(log);
});

test('detach() leaves the DOM exactly as it was, and nothing reacts afterwards', async () => {
  const { page, log } = await fixture(`
    <form id="f"><label for="t">Title</label><input id="t" name="position.title.fi" aria-invalid="false" aria-describedby="h1">
      <p id="h1">Hint</p>
      <label for="d">Description</label><textarea id="d" name="position.jobDescription.fi">${AGE}</textarea>
      <label for="e">Email</label><input id="e" name="contacts.0.email"></form>
    <div id="sum"></div>`);
  const result = await page.evaluate(async () => {
    const before = document.documentElement.outerHTML;
    const h = window.tmt.attach('#f', { summary: '#sum', debounce: 0, check: () => [{ severity: 'error', message: 'whole ad', field: null }, { severity: 'warning', field: 'position.title.fi', message: 'title' }] });
    const during = document.documentElement.outerHTML;
    h.setOptions({ lang: 'sv' });
    h.detach();
    const afterDetach = document.documentElement.outerHTML;
    const d = document.getElementById('d');
    d.value += ' Alle 30-vuotias.';
    d.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 300));
    return { before, during, afterDetach, later: document.documentElement.outerHTML, validity: [...document.querySelectorAll('input,textarea')].map((e) => e.validationMessage), report: h.report() };
  });
  assert.notEqual(result.during, result.before, 'attach changed the page');
  assert.equal(result.afterDetach, result.before);
  assert.equal(result.later, result.before);
  assert.deepEqual(result.validity, ['', '', '']);
  assert.equal(result.report, null);
  assertClean(log);
});

test('bad arguments throw TypeErrors', async () => {
  const { page, log } = await fixture(`<form id="f"></form><div id="x"></div>`);
  const errors = await page.evaluate(() => {
    const names = [];
    for (const [form, options] of [['#nope', {}], ['#x', {}], [42, {}], ['#f', { lang: 'de' }], ['#f', { debounce: -1 }], ['#f', { summary: '#missing' }], ['#f', { onReport: 'x' }], ['#f', { severity: { a: 'loud' } }], ['#f', []]]) {
      try { window.tmt.attach(form, options); names.push('no error'); } catch (e) { names.push(e.constructor.name); }
    }
    return names;
  });
  assert.deepEqual(errors, Array(9).fill('TypeError'));
  assertClean(log);
});

test('the default stylesheet uses custom properties, is shared, and can be switched off', async () => {
  const { page, log } = await fixture(`<form id="a"><textarea aria-label="d" name="position.jobDescription.fi">${AGE}</textarea></form>
    <form id="b"><textarea aria-label="d" name="position.jobDescription.fi">${AGE}</textarea></form>`);
  const result = await page.evaluate(() => {
    const count = () => document.querySelectorAll('#tmt-validator-style').length;
    const plain = window.tmt.attach('#a', { styles: false });
    const none = count();
    const unstyled = getComputedStyle(document.querySelector('#a .tmt-item')).borderLeftStyle;
    const styled = window.tmt.attach('#b');
    const one = count();
    const css = document.getElementById('tmt-validator-style').textContent;
    const border = getComputedStyle(document.querySelector('#b .tmt-item')).borderLeftStyle;
    document.documentElement.style.setProperty('--tmt-error', 'rgb(1, 2, 3)');
    const themed = getComputedStyle(document.querySelector('#b .tmt-item')).borderLeftColor;
    const third = window.tmt.attach('#b');
    styled.detach();
    const kept = count(); // the other styled widget still uses it
    third.detach();
    plain.detach();
    return { none, one, kept, after: count(), custom: /--tmt-error/.test(css), border, themed, unstyled };
  });
  assert.deepEqual(result, { none: 0, one: 1, kept: 1, after: 0, custom: true, border: 'solid', themed: 'rgb(1, 2, 3)', unstyled: 'none' });
  assertClean(log);
});

test("a page's own stylesheet with the widget's id replaces the default one and survives detach()", async () => {
  const { page, log } = await fixture(`<form id="a"><textarea aria-label="d" name="position.jobDescription.fi">${AGE}</textarea></form>`);
  const result = await page.evaluate(() => {
    const own = document.createElement('style');
    own.id = 'tmt-validator-style';
    own.textContent = '.tmt-item { outline: 1px dotted red; }';
    document.head.append(own);
    const before = document.documentElement.outerHTML;
    const h = window.tmt.attach('#a');
    const count = document.querySelectorAll('#tmt-validator-style').length;
    const text = document.getElementById('tmt-validator-style').textContent;
    h.detach();
    return { count, own: text === own.textContent, same: document.documentElement.outerHTML === before };
  });
  assert.deepEqual(result, { count: 1, own: true, same: true });
  assertClean(log);
});

test('an options.check that throws: validate() throws it, a run while typing logs it', async () => {
  const { page, log } = await fixture(`<form id="f"><input id="t" aria-label="Title" name="position.title.fi" value="ok"></form>`);
  const thrown = await page.evaluate(() => {
    const h = window.tmt.attach('#f', { debounce: 0, check: (ad) => { if (ad.position?.title?.fi === 'boom') throw new Error('house rule broke'); return []; } });
    document.getElementById('t').value = 'boom';
    try { h.validate(); return 'no error'; } catch (e) { return e.message; }
  });
  assert.equal(thrown, 'house rule broke');
  await page.locator('#t').fill('boom');
  await page.waitForTimeout(200);
  assert.equal(log.errors.length, 1, log.errors.join('\n'));
  assert.match(log.errors[0], /tmt-validator:.*house rule broke/);
});

test('free() on the handle detaches too', async () => {
  const { page, log } = await fixture(`<form id="f"><textarea aria-label="d" name="position.jobDescription.fi">${AGE}</textarea></form>`);
  const same = await page.evaluate(() => {
    const before = document.documentElement.outerHTML;
    window.tmt.attach('#f').free();
    return document.documentElement.outerHTML === before;
  });
  assert.equal(same, true);
  assertClean(log);
});

test('a group that gains a control (a field added later) still restores its prior attributes', async () => {
  const { page, log } = await fixture(`<form id="f"><fieldset><legend>Languages</legend>
      <label><input type="checkbox" name="languages" value="fi"> fi</label>
      <label><input type="checkbox" name="languages" value="sv"> sv</label></fieldset></form>`);
  const result = await page.evaluate(() => {
    const before = document.documentElement.outerHTML;
    const h = window.tmt.attach('#f');
    const flagged = !!document.querySelector('fieldset .tmt-messages');
    const label = document.createElement('label');
    label.innerHTML = '<input type="checkbox" name="languages" value="en"> en';
    document.querySelector('fieldset').append(label);
    h.validate();
    const described = [...document.querySelectorAll('input')].map((i) => i.getAttribute('aria-describedby'));
    h.detach();
    label.remove();
    return { flagged, described, same: document.documentElement.outerHTML === before };
  });
  assert.equal(result.flagged, true, 'no language ticked: a finding on the group');
  assert.equal(new Set(result.described).size, 1, 'all three share one message');
  assert.equal(result.same, true);
  assertClean(log);
});
