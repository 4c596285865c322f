// Real Työmarkkinatori postings through the wasm package (tests/real/README.md): an ad the
// service accepted and publishes gets no finding. The same checks run natively in tests/real.rs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validate } from './load.mjs';

/** Inside every real posting's application period (the HUS posting runs 2026-09-07 – 2026-09-21). */
const NOW = '2026-09-08T12:00:00';
const real = (file) => JSON.parse(readFileSync(new URL(`../real/${file}`, import.meta.url), 'utf8'));
const found = (r) => r.diagnostics.map((d) => `${d.rule} ${d.severity} ${d.field}`);

/** The real posting with `patch` merged into it (objects merge; `null` removes the key). */
function postingWith(patch) {
  const merge = (a, b) => {
    for (const [k, v] of Object.entries(b)) {
      if (v === null) delete a[k];
      else if (v && typeof v === 'object' && !Array.isArray(v) && a[k] && typeof a[k] === 'object') merge(a[k], v);
      else a[k] = v;
    }
    return a;
  };
  return merge(real('tyomarkkinatori_detail.json'), patch);
}

test('the real posting gives no finding, in every language', () => {
  const ad = real('tyomarkkinatori_detail.json');
  assert.equal(ad.application.expires, '2026-09-21T20:59:59Z', 'the posting as served');
  for (const lang of ['fi', 'sv', 'en']) {
    const r = validate(ad, { now: NOW, lang });
    assert.deepEqual(found(r), [], lang);
    assert.equal(r.ok, true);
  }
  // The deadline is read, not skipped.
  assert.deepEqual(found(validate(ad, { now: '2026-09-22T12:00:00' })), ['field.date_past error application.expires']);
});

test('variants of the real posting', () => {
  const pay = { fi: 'Peruspalkka 2 000 €/kk ja provisio 5 % myynnistä.' };
  const cases = [
    ['an unknown wage-principle code', { position: { wagePrinciple: '0102' } }, ['field.code warning position.wagePrinciple']],
    ['an unknown employment-relationship code', { position: { employmentRelationship: '0102' } }, ['field.code warning position.employmentRelationship']],
    ['an International employer', { owner: { employerType: 'International', businessId: 'DK000138608' } }, []],
    ['an ISCO group', { position: { occupations: [{ uri: 'http://data.europa.eu/esco/isco/C2512' }] } }, []],
    ['the service\'s extension', { position: { occupations: [{ uri: 'http://data.tyomarkkinatori.fi/esco/occupation/finnish-extension-1' }] } }, []],
    ['wagePrincipleInfo', { position: { wagePrinciple: '03', wagePrincipleInfo: pay } }, []],
    ['wagePrincipalInfo, the other spelling', { position: { wagePrinciple: '03', wagePrincipleInfo: null, wagePrincipalInfo: pay } }, []],
    ['commission with the text left empty', { position: { wagePrinciple: '03' } }, ['field.wage_info warning position.wagePrincipleInfo']],
    ['a photo request in the help text', { application: { helpText: { fi: 'Liitä hakemukseen valokuva.' } } }, ['content.photo_request error application.helpText.fi']],
  ];
  for (const [name, patch, want] of cases) {
    assert.deepEqual(found(validate(postingWith(patch), { now: NOW })), want, name);
  }
});

/** A search result mapped onto the ad model, field by field (as in tests/real.rs). */
function searchResultAsAd(hit) {
  const ad = { languages: Object.keys(hit.title) };
  const put = (path, value) => {
    if (value === undefined || value === null) return;
    const [parent, key] = path.split('.');
    (ad[parent] ??= {})[key] = value;
  };
  const values = (list) => list.map((c) => c.value);
  put('owner.employerType', hit.employerType);
  put('owner.businessId', hit.employer.businessId[0]);
  put('owner.company', hit.employer.ownerName);
  put('owner.officeName', hit.employer.ownerOfficeName);
  put('owner.reference', hit.employer.reference);
  put('position.title', hit.title);
  put('position.continuityOfWork', hit.continuityOfWork);
  put('position.employmentRelationship', hit.employmentRelationships);
  put('position.workTime', hit.workTime);
  put('location.countries', values(hit.location.countries));
  put('location.regions', values(hit.location.regions));
  put('location.municipalities', values(hit.location.municipalities));
  put('location.workplaceAddress', hit.location.address.streetAddress);
  put('location.workplacePostalCode', hit.location.address.postalCode);
  put('location.workplacePostOffice', hit.location.address.postOffice);
  put('application.published', hit.publishDate);
  put('application.expires', hit.applicationPeriodEndDate);
  put('application.url', hit.applicationUrl.values);
  put('metadata.externalId', hit.id);
  put('metadata.created', hit.created);
  put('metadata.createdSource', hit.createdSource);
  put('metadata.lastModified', hit.lastModified);
  put('metadata.lastModifiedSource', hit.lastModifiedSource);
  return ad;
}

test('the real search results give no finding on any value they carry', () => {
  const hits = real('tyomarkkinatori.json').content;
  assert.equal(hits.length, 4);
  assert.equal(hits[3].id, '', 'the fourth entry is empty: not a posting');
  const required = (f) => `field.required error ${f}`;
  const tip = 'field.fixed_term_duration info position.fixedTerm.duration';
  // Left: only data a summary does not carry (description, contacts, part-time details), and a tip.
  const expected = [
    [required('position.jobDescription.fi')],
    [required('application.url'), tip, required('position.jobDescription.en')],
    [tip, required('position.jobDescription.en'), required('position.jobDescription.fi'), required('position.jobDescription.sv'),
      'field.part_time_hours warning position.partTimeInfo'],
  ];
  hits.slice(0, 3).forEach((hit, i) => {
    assert.deepEqual(found(validate(searchResultAsAd(hit), { now: NOW, lang: 'en' })), expected[i], hit.id);
  });
});
