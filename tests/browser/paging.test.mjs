// Paging and ordering on the page: the pager stops at the last page the
// server serves and says how to reach the rest; the page size (10, 20, 50)
// is in the URL; with no words the newest articles come first, and the page
// says so; the AND/OR box only shows once an entity is chosen; the keyboard
// reaches the sort menu and the first result in few steps, before the filters.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, param, settle, shownTotal, useKiosque } from './harness.mjs';

const k = useKiosque();

describe('pager', () => {
  // The sample has a few dozen articles: the server's answer is given a
  // total past its paging limit (10000 results), as a 34k archive has.
  it('offers no page past the last the server serves, and says how to narrow', async () => {
    const p = await k.open('/');
    const { page } = p;
    await page.route('**/api/search?*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.total = 33760;
      await route.fulfill({ response, body: JSON.stringify(body) });
    });
    await page.locator('#q').fill('la');
    await page.locator('#q').press('Enter');
    await settle(page, (u) => param('q')(u) === 'la');
    const { body } = await api(k.baseUrl(), '/api/search?q=la');
    assert.equal(body.max_page, 1000, 'the API says its last page at size 10');
    const numbers = (await page.locator('#pagination a.page-number').allTextContents()).map(Number);
    assert.equal(Math.max(...numbers), body.max_page);
    assert.match(await page.locator('#page-limit').textContent(), /10\s?000 premiers résultats.*affinez/);
    assert.match(await page.locator('#status').textContent(), /page 1 sur 1\s?000\b/, 'the status counts the pages served');
    const refused = await api(k.baseUrl(), `/api/search?q=la&page=${body.max_page + 1}`);
    assert.equal(refused.status, 400, 'the next page is refused');
    assert.equal(refused.body.error.reason, 'page_too_deep');
    assert.equal(refused.body.error.params.max_page, body.max_page);
    await k.close(p);
  });

  it('has a page size of 10, 20 or 50 kept in the URL', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const total = await shownTotal(page);
    assert.ok(total > 10, `more than one page of 'Ukraine' in the sample (${total})`);
    assert.equal(await page.locator('#results > li').count(), 10);
    await page.locator('#size').selectOption('20');
    await settle(page, (u) => param('size')(u) === '20');
    const { body } = await api(k.baseUrl(), '/api/search?q=Ukraine&size=20');
    assert.equal(await page.locator('#results > li').count(), body.results.length);
    assert.ok(body.results.length > 10);
    await page.reload();
    await settle(page);
    assert.equal(await page.locator('#size').inputValue(), '20', 'the size survives a reload');
    await k.close(p);
  });
});

describe('order', () => {
  it('lists the newest articles first when there are no words, and says so', async () => {
    const p = await k.open('/');
    const { page } = p;
    const { body } = await api(k.baseUrl(), '/api/search?size=50');
    assert.equal(body.sort, 'date');
    const dates = body.results.map((r) => r.date).filter(Boolean);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    const newest = (await api(k.baseUrl(), '/api/facet/year?limit=100')).body.values.map((v) => v.value).filter((y) => /^\d{4}$/.test(y)).sort().pop();
    assert.ok(body.results[0].date.startsWith(newest), `the first result is from the last year (${newest})`);
    assert.match(await page.locator('#status').textContent(), /plus récents d'abord/);
    assert.equal(await page.locator('#sort').inputValue(), 'date');
    await page.locator('#q').fill('Ukraine');
    await page.locator('#q').press('Enter');
    await settle(page, (u) => param('q')(u) === 'Ukraine');
    assert.equal(await page.locator('#sort').inputValue(), 'relevance', 'words: by relevance');
    assert.doesNotMatch(await page.locator('#status').textContent(), /plus récents/);
    await k.close(p);
  });
});

describe('filters box', () => {
  it('hides the AND/OR choice until a person, place or organisation is chosen', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    assert.equal(await page.locator('#op-switch').isVisible(), false);
    const item = page.locator('#facet-person .facet-item').first();
    const name = await item.getAttribute('data-value');
    await item.click();
    await settle(page, (u) => u.searchParams.getAll('person').includes(name));
    assert.ok(await page.locator('#op-switch').isVisible());
    await k.close(p);
  });
});

describe('tab order', () => {
  it('reaches the sort menu, then the first result, in a dozen steps and before any filter', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const seen = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        return { id: el.id, cls: String(el.className) };
      });
      seen.push(f.id || f.cls);
      if (f.cls.includes('result-title-link')) break;
    }
    const first = seen.findIndex((s) => s.includes('result-title-link'));
    assert.ok(first >= 0 && first < 14, `the first result is tab stop ${first + 1}: ${seen.join(', ')}`);
    assert.ok(seen.indexOf('sort') >= 0, 'the sort menu is on the way');
    assert.ok(!seen.some((s) => s.includes('facet-item')), 'no filter comes before the first result');
    await k.close(p);
  });
});
