// The demo page: a Työmarkkinatori ad form with the widget attached (live feedback under each
// field, the summary, the Report as JSON), sample ads, the rule catalogue and a UI-language
// switch. User text is only ever written with textContent / value, never as HTML.
import init, { attach, rules, version } from './pkg/widget/tmt_validator.js';
import { quill } from './pkg/widget/editors/quill.js';

const T = {
  skip: ['Siirry lomakkeeseen', 'Gå till formuläret', 'Skip to the form'],
  tagline: ['Tarkistaa ilmoituksen kirjoittaessasi — teksti ei lähde selaimesta.', 'Granskar platsannonsen medan du skriver — texten lämnar inte webbläsaren.', 'Checks a job ad while you write it — the text never leaves the browser.'],
  uiLang: ['Kieli', 'Språk', 'Language'],
  sample: ['Esimerkki-ilmoitus', 'Exempelannons', 'Sample ad'],
  sCleanFi: ['Kunnossa (suomi)', 'Felfri annons (finska)', 'Clean (Finnish)'],
  sCleanSv: ['Kunnossa (ruotsi)', 'Felfri annons (svenska)', 'Clean (Swedish)'],
  sCleanEn: ['Kunnossa (englanti)', 'Felfri annons (engelska)', 'Clean (English)'],
  sCleanFiSv: ['Kunnossa (suomi + ruotsi)', 'Felfri annons (finska + svenska)', 'Clean (Finnish + Swedish)'],
  sDiscriminatory: ['Syrjivä', 'Diskriminerande', 'Discriminatory'],
  sFee: ['Maksu hakijalta', 'Avgift av sökande', 'Charges applicants a fee'],
  sMissing: ['Puuttuvia tietoja', 'Uppgifter saknas', 'Missing fields'],
  sBroken: ['Virheellisiä muotoja', 'Felaktiga format', 'Broken formats'],
  load: ['Lataa', 'Ladda in', 'Load'],
  clear: ['Tyhjennä', 'Töm', 'Clear'],
  formTitle: ['Työpaikkailmoitus', 'Platsannons', 'Job ad'],
  languages: ['Ilmoituksen kielet', 'Annonsens språk', 'Languages of the ad'],
  lFi: ['suomi', 'finska', 'Finnish'],
  lSv: ['ruotsi', 'svenska', 'Swedish'],
  lEn: ['englanti', 'engelska', 'English'],
  inFi: ['Suomeksi', 'På finska', 'In Finnish'],
  inSv: ['Ruotsiksi', 'På svenska', 'In Swedish'],
  inEn: ['Englanniksi', 'På engelska', 'In English'],
  title: ['Otsikko', 'Rubrik', 'Title'],
  description: ['Työn kuvaus', 'Arbetsbeskrivning', 'Job description'],
  marketing: ['Markkinointiteksti (muotoiltu teksti)', 'Marknadsföringstext (formaterad text)', 'Marketing text (rich text)'],
  bold: ['Lihavointi', 'Fetstil', 'Bold'],
  italic: ['Kursiivi', 'Kursiv', 'Italic'],
  bullets: ['Luettelo', 'Punktlista', 'Bulleted list'],
  wageInfo: ['Palkkatiedot', 'Löneuppgifter', 'Pay details'],
  partTimeInfo: ['Osa-aikatyön tunnit', 'Timmar för deltidsarbete', 'Part-time hours'],
  url: ['Hakulinkki', 'Ansökningslänk', 'Application link'],
  employer: ['Työnantaja', 'Arbetsgivare', 'Employer'],
  employerName: ['Työnantajan nimi', 'Arbetsgivarens namn', 'Employer name'],
  employerType: ['Työnantajatyyppi', 'Arbetsgivartyp', 'Employer type'],
  eOrganization: ['Suomalainen organisaatio', 'Finländsk organisation', 'Finnish organisation'],
  eInternational: ['Ulkomainen työnantaja', 'Utländsk arbetsgivare', 'Foreign employer'],
  eHousehold: ['Kotitalous', 'Hushåll', 'Household'],
  businessId: ['Y-tunnus', 'FO-nummer', 'Business ID'],
  job: ['Työ', 'Arbetet', 'The job'],
  occupation: ['Ammatti (ESCO-URI)', 'Yrke (ESCO-URI)', 'Occupation (ESCO URI)'],
  continuity: ['Työn jatkuvuus', 'Arbetets varaktighet', 'Continuity'],
  choose: ['— valitse —', '— välj —', '— choose —'],
  c01: ['Vakituinen', 'Tillsvidare', 'Permanent'],
  c02: ['Määräaikainen', 'Visstid', 'Fixed-term'],
  c0201: ['Kausityö', 'Säsongsarbete', 'Seasonal'],
  c0202: ['Kesätyö', 'Sommarjobb', 'Summer job'],
  workTime: ['Työaika', 'Arbetstid', 'Working time'],
  fullTime: ['Kokoaikatyö', 'Heltid', 'Full-time'],
  partTime: ['Osa-aikatyö', 'Deltid', 'Part-time'],
  workTimeDetails: ['Työaikamuoto', 'Arbetstidsform', 'Working-time details'],
  d01: ['päivätyö', 'dagarbete', 'day work'],
  d02: ['iltatyö', 'kvällsarbete', 'evening work'],
  d03: ['yötyö', 'nattarbete', 'night work'],
  d05: ['joustava työaika', 'flexibel arbetstid', 'flexible hours'],
  d06: ['arkipäivisin', 'vardagar', 'weekdays'],
  d07: ['viikonloppuisin', 'veckoslut', 'weekends'],
  d0801: ['kaksivuorotyö', 'tvåskiftsarbete', 'two shifts'],
  wage: ['Palkkausperuste', 'Lönegrund', 'Wage basis'],
  w01: ['Aikapalkka', 'Tidlön', 'Time-based'],
  w02: ['Kiinteä palkka', 'Fast lön', 'Fixed'],
  w03: ['Suoritusperusteinen (provisio)', 'Prestationsbaserad (provision)', 'Performance-based (commission)'],
  w04: ['Kiinteä + suoritusosa', 'Fast + prestationsdel', 'Fixed + performance part'],
  w05: ['Aikapalkka + suoritusosa', 'Tidlön + prestationsdel', 'Time-based + performance part'],
  w06: ['Urakkapalkka', 'Ackordlön', 'Piece rate'],
  w07: ['Muu', 'Annan', 'Other'],
  location: ['Sijainti', 'Plats', 'Location'],
  address: ['Työpaikan osoite', 'Arbetsplatsens adress', 'Workplace address'],
  postalCode: ['Postinumero', 'Postnummer', 'Postal code'],
  postOffice: ['Postitoimipaikka', 'Postanstalt', 'Post office'],
  municipality: ['Kuntakoodit (pilkulla erotettuina)', 'Kommunkoder (med kommatecken)', 'Municipality codes (comma-separated)'],
  travel: ['Työ edellyttää matkustamista', 'Arbetet kräver resor', 'The work requires travelling'],
  application: ['Haku', 'Ansökan', 'Application'],
  published: ['Julkaisupäivä', 'Publiceringsdatum', 'Publication date'],
  expires: ['Haku päättyy', 'Sista ansökningsdag', 'Applications close'],
  openPositions: ['Avoimia paikkoja', 'Lediga platser', 'Open positions'],
  contacts: ['Yhteyshenkilöt', 'Kontaktpersoner', 'Contact persons'],
  contactN: ['Yhteyshenkilö', 'Kontaktperson', 'Contact person'],
  addContact: ['+ Lisää yhteyshenkilö', '+ Lägg till kontaktperson', '+ Add a contact person'],
  removeContact: ['Poista yhteyshenkilö', 'Ta bort kontaktperson', 'Remove contact person'],
  firstName: ['Etunimi', 'Förnamn', 'First name'],
  lastName: ['Sukunimi', 'Efternamn', 'Last name'],
  email: ['Sähköposti', 'E-post', 'Email'],
  telephone: ['Puhelin', 'Telefon', 'Telephone'],
  feedback: ['Palaute', 'Respons', 'Feedback'],
  reportJson: ['Raportti JSON-muodossa', 'Rapporten som JSON', 'Report as JSON'],
  catalogue: ['Sääntöluettelo', 'Regelkatalog', 'Rule catalogue'],
  catalogueIntro: ['Jokainen sääntö, sen vakavuus ja lähde.', 'Varje regel, dess allvarlighetsgrad och källa.', 'Every rule, its severity and its source.'],
  sevError: ['virhe', 'fel', 'error'],
  sevWarning: ['varoitus', 'varning', 'warning'],
  sevInfo: ['vinkki', 'tips', 'tip'],
  footer: ['Tarkistus tehdään selaimessa WebAssemblyllä.', 'Granskningen görs i webbläsaren med WebAssembly.', 'The checks run in your browser, in WebAssembly.'],
};
const LANGS = ['fi', 'sv', 'en'];
let ui = 'fi';
const t = (key) => (T[key] ?? [key])[LANGS.indexOf(ui)] ?? key;

await init();

const form = document.getElementById('ad-form');
const texts = document.getElementById('texts');
const contactList = document.getElementById('contact-list');
const reportJson = document.getElementById('report-json');

// One block of texts per ad language, shown (and enabled) only when that language is ticked.
const editors = {};
for (const lang of LANGS) {
  const block = document.getElementById('lang-texts').content.firstElementChild.cloneNode(true);
  block.id = `texts-${lang}`;
  block.lang = lang;
  block.querySelector('legend').dataset.i18n = `in${lang[0].toUpperCase()}${lang[1]}`;
  for (const control of block.querySelectorAll('[data-part]')) {
    const part = control.dataset.part;
    control.id = `${part}-${lang}`;
    if (part.startsWith('marketing')) continue;
    // Each text at its path in the ad model, per language.
    const field = { url: 'application.url', company: 'owner.company' }[part] ?? `position.${part}`;
    control.name = `${field}.${lang}`;
    control.previousElementSibling.htmlFor = control.id;
  }
  texts.append(block);
  // The marketing text in a rich-text editor (Quill), checked live like the plain fields: the
  // widget reads its text and highlights inside it through the Quill adapter.
  const q = new window.Quill(block.querySelector('[data-part="marketingDescription"]'), {
    theme: 'snow',
    modules: { toolbar: block.querySelector('[data-part="marketingToolbar"]') },
  });
  q.root.setAttribute('role', 'textbox');
  q.root.setAttribute('aria-multiline', 'true');
  q.root.setAttribute('aria-labelledby', `marketingLabel-${lang}`);
  editors[lang] = q;
}
function syncLanguages() {
  for (const box of form.querySelectorAll('input[name="languages"]')) {
    const block = document.getElementById(`texts-${box.value}`);
    block.hidden = !box.checked;
    block.disabled = !box.checked;
  }
}

function addContact() {
  const block = document.getElementById('contact').content.firstElementChild.cloneNode(true);
  contactList.append(block);
  renumberContacts();
  return block;
}
function renumberContacts() {
  [...contactList.children].forEach((block, i) => {
    block.setAttribute('aria-label', `${t('contactN')} ${i + 1}`);
    for (const control of block.querySelectorAll('[data-part]')) {
      control.id = `contact-${i}-${control.dataset.part}`;
      control.name = `contacts.${i}.${control.dataset.part}`;
      control.previousElementSibling.htmlFor = control.id;
    }
    block.querySelector('.remove-contact').hidden = contactList.children.length === 1;
  });
}

function translate() {
  document.documentElement.lang = ui;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  document.title = `tmt-validator — ${t('formTitle')}`;
  renumberContacts();
  renderRules();
}

function renderRules() {
  const list = document.getElementById('rules');
  list.replaceChildren(...rules(ui).map((rule) => {
    const li = document.createElement('li');
    li.className = `rule ${rule.severity}`;
    const head = document.createElement('div');
    head.className = 'rule-head';
    const badge = document.createElement('span');
    badge.className = `badge ${rule.severity}`;
    badge.textContent = t(`sev${rule.severity[0].toUpperCase()}${rule.severity.slice(1)}`);
    const title = document.createElement('strong');
    title.textContent = rule.title;
    const id = document.createElement('code');
    id.textContent = rule.id;
    head.append(badge, ' ', title, ' ', id);
    const desc = document.createElement('p');
    desc.textContent = rule.description;
    li.append(head, desc);
    if (rule.reference) {
      const ref = document.createElement('p');
      ref.className = 'ref';
      const at = rule.reference.indexOf('https://');
      if (at >= 0) {
        ref.append(rule.reference.slice(0, at).replace(/[\s—-]+$/, ''), ' ');
        const a = document.createElement('a');
        a.href = rule.reference.slice(at).split(/\s/)[0];
        a.textContent = a.href;
        a.rel = 'noreferrer';
        ref.append(a);
      } else {
        ref.textContent = rule.reference;
      }
      li.append(ref);
    }
    return li;
  }));
}

/** Fills the form from an ad object (values only; the widget validates afterwards). */
function fill(ad) {
  const at = (path) => path.split('.').reduce((node, part) => (node == null ? undefined : node[part]), ad);
  for (const box of form.querySelectorAll('input[name="languages"]')) box.checked = (ad.languages ?? []).includes(box.value);
  syncLanguages();
  const wanted = Math.max(1, Array.isArray(ad.contacts) ? ad.contacts.length : 0);
  while (contactList.children.length > wanted) contactList.lastElementChild.remove();
  while (contactList.children.length < wanted) addContact();
  renumberContacts();
  for (const lang of LANGS) editors[lang].setText(at(`position.marketingDescription.${lang}`) ?? '', 'api');
  for (const el of form.elements) {
    if (!el.name || el.name === 'languages') continue;
    let v = at(el.name);
    if (el.type === 'checkbox') { el.checked = Array.isArray(v) ? v.includes(el.value) : v === true; continue; }
    if (Array.isArray(v)) v = el.tagName === 'SELECT' ? v[0] : v.join(', ');
    if (el.type === 'date' && typeof v === 'string') v = v.slice(0, 10);
    el.value = v == null ? '' : String(v);
  }
}

// The samples were written on 2026-11-25. Their dates move forward by the days since then, so a
// clean sample stays clean (and a broken one stays broken in the same way) on any later day.
const SAMPLES_WRITTEN = Date.UTC(2026, 10, 25);
const DAY = 86_400_000;

function moveDates(value, days) {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
    if (!m) return value;
    const moved = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]) + days * DAY);
    return moved.toISOString().slice(0, 10) + (m[4] ?? '');
  }
  if (Array.isArray(value)) return value.map((v) => moveDates(v, days));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, moveDates(v, days)]));
  }
  return value;
}

async function loadSample(name) {
  const response = await fetch(`samples/${name}.json`);
  const days = Math.max(0, Math.floor((Date.now() - SAMPLES_WRITTEN) / DAY));
  fill(moveDates(await response.json(), days));
  handle.validate();
}

syncLanguages();
addContact();
const handle = attach(form, {
  lang: ui,
  summary: '#summary',
  editors: LANGS.map((lang) => quill(editors[lang], { field: `position.marketingDescription.${lang}` })),
  onReport: (report) => { reportJson.textContent = JSON.stringify(report, null, 2); },
});
window.tmtDemo = { handle };
translate();
document.getElementById('version').textContent = `v${version()}`;

form.addEventListener('change', (e) => {
  if (e.target.name === 'languages') { syncLanguages(); handle.validate(); }
});
document.getElementById('add-contact').addEventListener('click', () => {
  addContact().querySelector('input').focus();
  handle.validate();
});
contactList.addEventListener('click', (e) => {
  const button = e.target.closest('.remove-contact');
  if (!button) return;
  button.closest('.contact').remove();
  renumberContacts();
  handle.validate();
  document.getElementById('add-contact').focus();
});
document.getElementById('ui-lang').addEventListener('change', (e) => {
  ui = e.target.value;
  translate();
  handle.setOptions({ lang: ui });
});
document.getElementById('load-sample').addEventListener('click', () => loadSample(document.getElementById('sample').value));
document.getElementById('clear-form').addEventListener('click', () => { fill({ languages: ['fi'] }); handle.validate(); });
await loadSample('clean-fi');
document.documentElement.dataset.ready = 'true';
