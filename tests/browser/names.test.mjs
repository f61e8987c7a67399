// Kiosque's page against the real `kiosque serve` over sample_corpus/: a
// person filter that names nobody in the index says so under the search box
// with "Vouliez-vous dire …" links, and a link replaces the filter (as a
// parameter or as person: in the query) with the name the index knows.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, screenshot, settle, shownTotal, useKiosque } from './harness.mjs';

const KNOWN = 'Sergueï Choïgou';

const k = useKiosque();

describe('unknown filter values', () => {
  it('offers the closest names for a person filter, and a click replaces the filter', async () => {
    const p = await k.open('/?person=Cho%C3%AFgo&person=Emmanuel%20Macron&op=or');
    const { page } = p;
    const box = page.locator('#filter-suggestions');
    assert.ok(await box.isVisible());
    assert.equal(await box.locator('.filter-suggestion').count(), 1);
    assert.match(await box.textContent(), /Aucune personne « Choïgo » dans l'index\. Vouliez-vous dire : Sergueï Choïgou/);
    const { body } = await api(k.baseUrl(), '/api/search?person=Cho%C3%AFgo&person=Emmanuel%20Macron&op=or');
    assert.deepEqual(body.filter_suggestions, [{ facet: 'person', value: 'Choïgo', suggestions: [KNOWN], ambiguous: false }]);
    assert.deepEqual(await box.locator('a.suggestion-link').allTextContents(), body.filter_suggestions[0].suggestions);
    await screenshot(page, 'desktop-filter-suggestion');

    await box.locator('a.suggestion-link', { hasText: KNOWN }).click();
    await settle(page, (u) => u.searchParams.getAll('person').includes(KNOWN));
    const url = new URL(page.url());
    assert.deepEqual(url.searchParams.getAll('person'), [KNOWN, 'Emmanuel Macron'], 'the typo replaced in place');
    assert.equal(await box.isVisible(), false);
    const known = await api(k.baseUrl(), `/api/search?person=${encodeURIComponent(KNOWN)}&person=Emmanuel%20Macron&op=or`);
    assert.ok(known.body.total > 0);
    assert.equal(await shownTotal(page), known.body.total);
    await k.close(p);
  });

  it('replaces a person: field of the query, in English too', async () => {
    const p = await k.open('/?ui=en&q=person%3AChoigo%20Ukraine');
    const { page } = p;
    const box = page.locator('#filter-suggestions');
    assert.match(await box.textContent(), /No person “Choigo” in the index\. Did you mean: Sergueï Choïgou/);
    await box.locator('a.suggestion-link').first().click();
    await settle(page, (u) => (u.searchParams.get('q') || '').includes(KNOWN));
    assert.equal(new URL(page.url()).searchParams.get('q'), `person:"${KNOWN}" Ukraine`);
    assert.equal(await page.locator('#q').inputValue(), `person:"${KNOWN}" Ukraine`);
    const { body } = await api(k.baseUrl(), `/api/search?q=${encodeURIComponent(`person:"${KNOWN}" Ukraine`)}`);
    assert.deepEqual(body.filter_suggestions, []);
    assert.equal(await shownTotal(page), body.total);
    assert.equal(await box.isVisible(), false);
    await k.close(p);
  });
});
