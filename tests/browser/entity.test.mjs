// The entity page (/entity/TYPE/NAME) in a real browser against the real
// `kiosque serve` over sample_corpus/, in French and English: its figures
// are the API's, the timeline is the search page's histogram and a click on
// a bar narrows the period, the network reads as a list of links by
// keyboard, and the facet lists, result chips and article view lead to it.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, screenshot, settle, shownTotal, useKiosque } from './harness.mjs';

const NAME = 'Vladimir Poutine';
const PATH = `/entity/person/${encodeURIComponent(NAME)}`;

const k = useKiosque();

async function profile(query = '') {
  const { status, body } = await api(k.baseUrl(), `/api/entity/person/${encodeURIComponent(NAME)}${query}`);
  assert.equal(status, 200);
  return body;
}

describe('entity page', () => {
  it('shows the figures, associations, network and articles in French', async () => {
    const p = await k.open(PATH);
    const { page } = p;
    const data = await profile();
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    assert.equal(await page.locator('#entity-name').textContent(), NAME);
    assert.equal(await page.locator('#entity-type').textContent(), 'Personne');
    assert.equal(await shownTotal(page), data.articles);
    assert.match(await page.locator('#entity-figures').textContent(), /Premier article/);
    assert.equal(await page.locator('#histogram-heading').textContent(), 'Articles par année');
    assert.ok(await page.locator('#histogram .bar').count() >= 2);
    for (const facet of ['person', 'place', 'org']) {
      const names = await page.locator(`#assoc-${facet} + ol .association-name`).allTextContents();
      assert.deepEqual(names, data.associations[facet].map((a) => a.name), facet);
    }
    assert.match(await page.locator('.association-figures').first().textContent(), /articles? en commun/);
    assert.equal(await page.locator('#network svg circle').count(), data.network.nodes.length + 1);
    assert.equal(await page.locator('#network svg').getAttribute('aria-hidden'), 'true');
    assert.deepEqual(await page.locator('.network-list a').allTextContents(), data.network.nodes.map((n) => n.name));
    assert.deepEqual(await page.locator('#main-articles .entity-article-title').allTextContents(),
      data.main_articles.results.map((a) => a.title));
    assert.match(await page.locator('#names').textContent(), /Putin/);
    await screenshot(page, 'desktop-entity-fr');
    await k.close(p);
  });

  it('narrows the period with a click on the timeline', async () => {
    const p = await k.open(PATH);
    const { page } = p;
    const bar = page.locator('#histogram .bar:not(.bar-empty)').first();
    const year = await bar.getAttribute('data-from');
    await bar.click();
    await settle(page, (u) => u.searchParams.get('from') === year && u.searchParams.get('to') === year);
    assert.equal(new URL(page.url()).pathname, PATH);
    const data = await profile(`?from=${year}&to=${year}`);
    assert.equal(await shownTotal(page), data.articles);
    assert.match(await page.locator('#entity-scope').textContent(), new RegExp(year));
    await page.goBack();
    await settle(page, (u) => !u.searchParams.has('from'));
    assert.equal(await shownTotal(page), (await profile()).articles);
    await k.close(p);
  });

  it('is in English with ?ui=en, and its network list works by keyboard', async () => {
    const p = await k.open(`${PATH}?ui=en`);
    const { page } = p;
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#entity-type').textContent(), 'Person');
    assert.equal(await page.locator('#associations-heading').textContent(), 'Associated');
    assert.match(await page.locator('.association-figures').first().textContent(), /shared articles?/);
    assert.equal(await page.locator('#histogram-heading').textContent(), 'Articles per year');
    await screenshot(page, 'desktop-entity-en');
    const first = page.locator('.network-list a').first();
    const target = await first.textContent();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => decodeURIComponent(new URL(u).pathname).endsWith(`/${target}`));
    await page.waitForFunction(() => document.body.dataset.search === 'done');
    assert.equal(await page.locator('#entity-name').textContent(), target);
    assert.equal(await page.locator('#associations-heading').textContent(), 'Associated', 'still in English');
    await k.close(p);
  });

  it('is reached from a facet list, a result chip and the article view', async () => {
    const p = await k.open('/?q=Poutine');
    const { page } = p;
    const facetLink = page.locator(`#facet-person .entity-page-link[data-entity-name="${NAME}"]`);
    assert.equal(await facetLink.getAttribute('href'), PATH);
    assert.ok(await page.locator('#results .result-persons .entity-page-link').count() > 0);
    const id = await page.locator('#results .result-title-link').first().getAttribute('data-doc');
    await page.locator('#results .result-title-link').first().click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    assert.ok(await page.locator('#article .article-entities .entity-page-link').count() > 0);
    await page.keyboard.press('Escape');
    await facetLink.click();
    await page.waitForURL((u) => new URL(u).pathname === PATH);
    await page.waitForFunction(() => document.body.dataset.search === 'done');
    assert.equal(await page.locator('#entity-name').textContent(), NAME);
    await k.close(p);
  });

  it('says so for a name the index does not know', async () => {
    const p = await k.open('/entity/person/Personne%20Inconnue', { allowConsole: [/404/] });
    const { page } = p;
    assert.ok(await page.locator('#entity-error').isVisible());
    assert.match(await page.locator('#entity-error').textContent(), /Impossible d'afficher cette fiche/);
    await k.close(p);
  });
});
