// The article view as a reading tool (the query's words marked in title and
// text, stepping through them, the previous and next result without closing,
// a permalink, a "cite" button), the "Articles proches" list, the export and
// feed links of a search, and facets drawn from GET /api/facets.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, param, settle, shownTotal, useKiosque } from './harness.mjs';

const k = useKiosque();

async function openFirstResult(page) {
  const link = page.locator('#results .result-title-link').first();
  const id = await link.getAttribute('data-doc');
  await link.click();
  await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
  return id;
}

describe('article view', () => {
  it('marks the query words, steps through them, and moves between results without closing', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const id = await openFirstResult(page);
    const doc = (await api(k.baseUrl(), `/api/doc/${encodeURIComponent(id)}?q=Ukraine`)).body;
    assert.ok(doc.matches.length > 0, 'the API gives the matches');
    const marks = page.locator('#article .article-body mark.query-match');
    assert.equal(await marks.count(), doc.matches.length);
    assert.match((await marks.first().textContent()), /ukrain/i);
    assert.equal(await page.locator('#article-title mark.query-match').count(), doc.title_matches.length);
    const all = doc.matches.length + doc.title_matches.length;
    await page.locator('.next-match').click();
    await page.locator('.next-match').click();
    assert.equal(await page.locator('#match-counter').textContent(), `2 sur ${all}`);
    assert.equal(await page.locator('#article mark.query-match.current').count(), 1);

    const { body } = await api(k.baseUrl(), '/api/search?q=Ukraine&size=10');
    assert.ok(await page.locator('.prev-result').isDisabled(), 'no result before the first');
    await page.locator('.next-result').click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, body.results[1].id);
    assert.ok(await page.locator('#article-view').evaluate((d) => d.open), 'still reading');
    assert.ok(await page.evaluate(() => document.activeElement.classList.contains('next-result')), 'the button keeps the focus');
    await page.locator('.prev-result').click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    await k.close(p);
  });

  it('has a permalink and copies a plain-text citation', async () => {
    const p = await k.open('/?q=Ukraine', { contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] } });
    const { page } = p;
    const id = await openFirstResult(page);
    const doc = (await api(k.baseUrl(), `/api/doc/${encodeURIComponent(id)}`)).body;
    const href = await page.locator('#article-tools .permalink').getAttribute('href');
    assert.equal(href, `${k.baseUrl()}/?doc=${encodeURIComponent(id)}`);
    await page.locator('#article-tools .cite').click();
    await page.waitForFunction(() => document.getElementById('article-tools-status').textContent !== '');
    assert.match(await page.locator('#article-tools-status').textContent(), /copiée/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(copied.startsWith(doc.title), copied);
    assert.ok(copied.endsWith(doc.url || href), copied);
    assert.ok(!/[<>]/.test(copied), 'plain text');
    await k.close(p);
  });

  it('lists related articles that open in the view', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const id = await openFirstResult(page);
    const { body } = await api(k.baseUrl(), `/api/similar/${encodeURIComponent(id)}?limit=5`);
    assert.ok(body.similar.length > 0);
    const links = page.locator('#article-similar a.similar-link');
    await links.first().waitFor();
    assert.deepEqual(await links.allTextContents(), body.similar.map((s) => s.title));
    await links.first().click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, body.similar[0].id);
    await k.close(p);
  });
});

describe('export and feed', () => {
  it('the export links give every match of the search, and the head links its feed', async () => {
    const p = await k.open('/?q=Russie');
    const { page } = p;
    const total = await shownTotal(page);
    const csvHref = await page.locator('#export-csv').getAttribute('href');
    const csv = await (await fetch(k.baseUrl() + csvHref)).text();
    assert.equal(csv.trimEnd().split('\r\n').length - 1, total, 'one row per article, the header aside');
    const jsonl = await (await fetch(k.baseUrl() + await page.locator('#export-jsonl').getAttribute('href'))).text();
    assert.equal(jsonl.trim().split('\n').length, total);
    assert.equal(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href'), '/feed.atom?q=Russie');
    const feed = await (await fetch(`${k.baseUrl()}/feed.atom?q=Russie`)).text();
    assert.match(feed, /^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    await k.close(p);
  });
});

describe('facets from the API', () => {
  it('draws the facets the server lists, and no other', async () => {
    const p = await k.open('/');
    const { page } = p;
    await page.route('**/api/facets', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.facets = body.facets.filter((f) => f.name !== 'place');
      await route.fulfill({ response, body: JSON.stringify(body) });
    });
    await page.goto('/?q=Ukraine&place=Kiev');
    await settle(page, (u) => param('q')(u) === 'Ukraine');
    assert.ok(await page.locator('#facet-person .facet-item').count() > 0);
    assert.equal(await page.locator('#facet-place').count(), 0, 'a facet the server does not list is not drawn');
    const { body } = await api(k.baseUrl(), '/api/search?q=Ukraine');
    assert.equal(await shownTotal(page), body.total, 'nor sent to the server as a filter');
    await k.close(p);
  });
});
