// Kiosque's page in a real browser against the real `kiosque serve` over an
// index of sample_corpus/: searching, paging and sorting, facets and AND/OR,
// the date histogram, URL state (reload, back/forward), the English
// interface, API errors and suggestions. Counts shown by the page are
// checked against the API's own answers.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { api, param, screenshot, settle, shownTotal, useKiosque } from './harness.mjs';

const k = useKiosque();

describe('search', () => {
  it('runs from the box on Enter and shows the API total, timing, results and marked snippets', async () => {
    const p = await k.open('/');
    const { page } = p;
    await page.locator('#q').fill('Poutine');
    await page.locator('#q').press('Enter');
    await settle(page, (u) => param('q')(u) === 'Poutine');
    const { body } = await api(k.baseUrl(), '/api/search?q=Poutine&size=10');
    assert.ok(body.total > 0);
    assert.equal(await shownTotal(page), body.total);
    assert.match(await page.locator('#status').textContent(), /articles? · en \d[\d\s\u202f]* ms/);
    assert.equal(await page.locator('#results > li').count(), Math.min(10, body.total));
    assert.equal(await page.locator('#results .result-title').first().textContent(), body.results[0].title);
    assert.ok(await page.locator('#results .result-snippet mark').count() > 0, 'matched words are marked');
    await screenshot(page, 'desktop-results');
    await k.close(p);
  });

  it('pages through results and sorts by date', async () => {
    const p = await k.open('/?q=russie');
    const { page } = p;
    const total = await shownTotal(page);
    assert.ok(total > 10, `the sample has more than one page for 'russie' (${total})`);
    const firstTitle = await page.locator('#results .result-title').first().textContent();
    await page.locator('#pagination a', { hasText: /^2$/ }).click();
    await settle(page, (u) => param('page')(u) === '2');
    assert.notEqual(await page.locator('#results .result-title').first().textContent(), firstTitle);
    assert.equal(await page.locator('#pagination [aria-current="page"]').textContent(), '2');

    await page.locator('#sort').selectOption('date');
    await settle(page, (u) => param('sort')(u) === 'date' && !u.searchParams.has('page'));
    const { body } = await api(k.baseUrl(), '/api/search?q=russie&sort=date&size=10');
    const shown = await page.locator('#results .result-title').allTextContents();
    assert.deepEqual(shown, body.results.map((r) => r.title));
    // Weak matches are left out of the date order, and the status says how many.
    assert.ok(body.below_floor > 0, `'russie' by date leaves weak matches out (${body.below_floor})`);
    assert.match(await page.locator('#status').textContent(),
      new RegExp(`· ${body.below_floor} articles? peu pertinents? écartés? du tri par date`));
    await k.close(p);
  });
});

describe('relaxed and corrected queries', () => {
  it('says which words were not required, in French and English', async () => {
    const question = 'quelles négociations avec Poutine';
    const { body } = await api(k.baseUrl(), `/api/search?q=${encodeURIComponent(question)}&size=10`);
    assert.deepEqual(body.optional_words, ['quelles', 'négociations']);
    const p = await k.open(`/?q=${encodeURIComponent(question)}`);
    const note = p.page.locator('#optional-words');
    await assert.doesNotReject(note.waitFor());
    assert.match(await note.textContent(), /tous les mots : « quelles », « négociations » ne sont pas requis/);
    assert.equal(await shownTotal(p.page), body.total);
    await k.close(p);
    const en = await k.open(`/?ui=en&q=${encodeURIComponent(question)}`);
    await assert.doesNotReject(en.page.locator('#optional-words').waitFor());
    assert.match(await en.page.locator('#optional-words').textContent(), /“quelles”, “négociations” are not required/);
    await k.close(en);
  });

  it('searches a confident correction, says so, and links to the query as typed', async () => {
    const p = await k.open('/?q=zelenskyy%20kremln');
    const { page } = p;
    const note = page.locator('#corrected');
    await assert.doesNotReject(note.waitFor());
    assert.match(await note.textContent(), /^Résultats pour zelensky kremlin — rechercher plutôt zelenskyy kremln$/);
    assert.ok(await shownTotal(page) > 0);
    await note.locator('a').click();
    await settle(page, (u) => param('correct')(u) === 'false');
    assert.equal(await shownTotal(page), 0);
    assert.ok(await note.isHidden(), 'no correction when asked for the query as typed');
    assert.match(await page.locator('#suggestion').textContent(), /zelensky kremlin/);
    await k.close(p);
  });
});

describe('facets', () => {
  it('lists the sources with counts, filters by one, and shows each result\'s publication', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const item = page.locator('#facet-source .facet-item[data-value="Kiosque sample"]');
    await assert.doesNotReject(item.waitFor());
    const count = Number((await item.locator('.facet-count').textContent()).replace(/\D/g, ''));
    assert.ok(count > 0);
    await item.click();
    await settle(page, (u) => u.searchParams.getAll('source').includes('Kiosque sample'));
    assert.equal(await shownTotal(page), count, 'the total is the facet count');
    const shown = await page.locator('#results .result-publication').allTextContents();
    assert.ok(shown.length > 0 && shown.every((s) => s === 'Kiosque sample'), shown.join(', '));
    await k.close(p);
  });

  it('a person facet filters (counts and results change) and its chip removes the filter', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const before = await shownTotal(page);
    const item = page.locator('#facet-person .facet-item').first();
    const name = await item.getAttribute('data-value');
    const count = Number((await item.locator('.facet-count').textContent()).replace(/\D/g, ''));
    assert.ok(count < before, 'the first person is not in every result (pick a broader query)');
    await item.click();
    await settle(page, (u) => u.searchParams.getAll('person').includes(name));
    assert.equal(await shownTotal(page), count, 'the total is the facet count');
    assert.equal(await page.locator(`#facet-person .facet-item[data-value="${name}"]`).getAttribute('aria-pressed'), 'true');
    assert.ok(await page.locator('#facet-lang .facet-count').count() > 0, 'other facets recounted');
    const { body } = await api(k.baseUrl(), `/api/search?q=Ukraine&person=${encodeURIComponent(name)}&size=10`);
    assert.deepEqual(await page.locator('#results .result-title').allTextContents(), body.results.map((r) => r.title));
    const chip = page.locator('#active-chips .chip-removable', { hasText: name });
    await assert.doesNotReject(chip.waitFor());

    await chip.click();
    await settle(page, (u) => !u.searchParams.has('person'));
    assert.equal(await shownTotal(page), before);
    assert.equal(await page.locator('#active-chips .chip-removable').count(), 0);
    await k.close(p);
  });

  it('two persons combine with AND, or with OR when switched, and say which is active', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const names = [await page.locator('#facet-person .facet-item').first().getAttribute('data-value')];
    await page.locator(`#facet-person .facet-item[data-value="${names[0]}"]`).click();
    await settle(page, (u) => u.searchParams.getAll('person').length === 1);
    // A second person named with the first one, so that AND matches something.
    names.push(await page.locator('#facet-person .facet-item[aria-pressed="false"]').first().getAttribute('data-value'));
    await page.locator(`#facet-person .facet-item[data-value="${names[1]}"]`).click();
    await settle(page, (u) => u.searchParams.getAll('person').length === 2);
    const query = `q=Ukraine&person=${encodeURIComponent(names[0])}&person=${encodeURIComponent(names[1])}`;
    const both = (await api(k.baseUrl(), `/api/search?${query}&op=and`)).body.total;
    const either = (await api(k.baseUrl(), `/api/search?${query}&op=or`)).body.total;
    assert.ok(both > 0);
    assert.equal(await shownTotal(page), both);
    assert.match(await page.locator('#op-active').textContent(), /ET/);
    await page.locator('#op-switch input[value="or"]').check();
    await settle(page, (u) => param('op')(u) === 'or');
    assert.equal(await shownTotal(page), either);
    assert.ok(either >= both);
    assert.match(await page.locator('#op-active').textContent(), /OU/);
    await k.close(p);
  });

  it('"plus…" lists more values and its filter box asks the API for a prefix', async () => {
    const p = await k.open('/?q=russie');
    const { page } = p;
    const more = page.locator('#facet-place .facet-more');
    await more.click();
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    const filter = page.locator('#facet-place-filter');
    const response = page.waitForResponse((r) => r.url().includes('/api/facet/place') && r.url().includes('prefix=Mo'));
    await filter.fill('Mo');
    const body = await (await response).json();
    const expected = body.values.map((v) => v.value);
    assert.ok(expected.includes('Moscou'), `Moscou is among ${expected}`);
    await page.waitForFunction((want) => [...document.querySelectorAll('#facet-place .facet-item')]
      .map((e) => e.dataset.value).join('|') === want, expected.join('|'));
    assert.equal(await filter.inputValue(), 'Mo', 'the filter box keeps what was typed');
    await k.close(p);
  });
});

describe('date histogram', () => {
  it('a bar filters to its year, then the histogram shows months', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const bars = page.locator('#histogram .bar');
    assert.ok(await bars.count() >= 2, 'several years');
    const bar = page.locator('#histogram .bar:not(.bar-empty)').first();
    const year = await bar.getAttribute('data-from');
    assert.match(year, /^\d{4}$/);
    await bar.click();
    await settle(page, (u) => param('from')(u) === year && param('to')(u) === year);
    const { body } = await api(k.baseUrl(), `/api/search?q=Ukraine&from=${year}&to=${year}`);
    assert.equal(await shownTotal(page), body.total);
    assert.match(await page.locator('#histogram-heading').textContent(), /mois/);
    assert.equal(await page.locator('#histogram .bar').count(), 12);
    await k.close(p);
  });

  it('dragging across bars filters to their range', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const bars = page.locator('#histogram .bar');
    const n = await bars.count();
    const first = await bars.nth(0).boundingBox();
    const last = await bars.nth(n - 1).boundingBox();
    const from = await bars.nth(0).getAttribute('data-from');
    const to = await bars.nth(n - 1).getAttribute('data-to');
    await page.mouse.move(first.x + first.width / 2, first.y + first.height / 2);
    await page.mouse.down();
    await page.mouse.move(last.x + last.width / 2, last.y + last.height / 2, { steps: 8 });
    await page.mouse.up();
    await settle(page, (u) => param('from')(u) === from && param('to')(u) === to);
    await assert.doesNotReject(page.locator('#active-chips .chip-date').waitFor());
    await k.close(p);
  });
});

describe('URL state', () => {
  it('reload shows the same page; back and forward walk the history', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const total = await shownTotal(page);
    const item = page.locator('#facet-person .facet-item').first();
    const name = await item.getAttribute('data-value');
    await item.click();
    await settle(page, (u) => u.searchParams.getAll('person').includes(name));
    const filtered = await shownTotal(page);
    const link = page.locator('#results .result-title-link').first();
    const id = await link.getAttribute('data-doc');
    await link.click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    const url = page.url();

    await page.reload();
    await settle(page);
    assert.equal(page.url(), url);
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    assert.equal(await shownTotal(page), filtered);
    assert.equal(await page.locator('#q').inputValue(), 'Ukraine');
    assert.equal(await page.locator('#active-chips .chip-removable').count(), 1);

    await page.goBack();
    await settle(page, (u) => !u.searchParams.has('doc'));
    assert.equal(await page.locator('#article-view').evaluate((d) => d.open), false);
    await page.goBack();
    await settle(page, (u) => !u.searchParams.has('person'));
    assert.equal(await shownTotal(page), total);
    await page.goForward();
    await settle(page, (u) => u.searchParams.getAll('person').includes(name));
    assert.equal(await shownTotal(page), filtered);
    await k.close(p);
  });
});

describe('interface language', () => {
  it('switches to English, remembers it, and ?ui= picks it', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
    await page.locator('.ui-lang[data-ui="en"]').click();
    await page.waitForURL((u) => new URL(u).searchParams.get('ui') === 'en');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('#facets-heading').textContent(), 'Refine');
    assert.match(await page.locator('#status').textContent(), /articles? · in \d[\d,\s]* ms/);
    assert.equal(await page.locator('label[for="q"]').textContent(), 'Search the archive');
    await page.goto('/?q=Ukraine'); // no ui=: the remembered choice
    await settle(page);
    assert.equal(await page.locator('#facets-heading').textContent(), 'Refine');
    await page.goto('/?q=Ukraine&ui=fr');
    await settle(page);
    assert.equal(await page.locator('#facets-heading').textContent(), 'Affiner');
    await k.close(p);

    const q = await k.open('/?ui=en&q=Ukraine');
    assert.equal(await q.page.locator('.ui-lang[data-ui="en"]').getAttribute('aria-pressed'), 'true');
    await screenshot(q.page, 'desktop-results-en');
    await k.close(q);
  });
});

describe('errors and suggestions', () => {
  it('an API error is shown beside the search box, and the page stays usable', async () => {
    const p = await k.open('/?q=Ukraine', { allowConsole: [/status of 400/] });
    const { page } = p;
    const refused = await api(k.baseUrl(), `/api/search?q=${encodeURIComponent('"Ukraine')}`);
    assert.equal(refused.status, 400, 'the server refuses an unbalanced quote');
    await page.locator('#q').fill('"Ukraine');
    await page.locator('#q').press('Enter');
    await settle(page, (u) => param('q')(u) === '"Ukraine');
    const error = page.locator('#search-error');
    assert.ok(await error.isVisible());
    assert.equal(await error.getAttribute('role'), 'alert');
    const text = await error.textContent();
    assert.ok(text.startsWith('La recherche a échoué'), text);
    // Said in the page's language from the error's reason and parameters, not the server's English.
    assert.equal(refused.body.error.reason, 'unbalanced_quote');
    assert.equal(refused.body.error.params.position, 1);
    assert.match(text, /Guillemet ouvert au caractère 1/);
    assert.ok(!text.includes(refused.body.error.message) && !text.includes('bad_query'), text);
    assert.equal(await page.locator('#downloads').isVisible(), false, 'no export of a refused search');
    await page.locator('.ui-lang[data-ui="en"]').click();
    assert.match(await error.textContent(), /^The search failed: Quote opened at character 1/);
    await page.locator('.ui-lang[data-ui="fr"]').click();
    assert.equal(await page.locator('#results > li').count(), 0);
    await page.goBack();
    await settle(page, (u) => param('q')(u) === 'Ukraine');
    assert.equal(await error.isVisible(), false);
    assert.ok(await shownTotal(page) > 0);
    await k.close(p);
  });

  // The sample index may have no misspelling the server corrects: the
  // suggestion is added to the server's real answer.
  it("a suggestion is a link that runs it", async () => {
    const p = await k.open('/');
    const { page } = p;
    await page.route('**/api/search?*', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      if (new URL(route.request().url()).searchParams.get('q') === 'Ukrane') body.suggestion = 'Ukraine';
      await route.fulfill({ response, body: JSON.stringify(body) });
    });
    await page.locator('#q').fill('Ukrane');
    await page.locator('#q').press('Enter');
    await settle(page, (u) => param('q')(u) === 'Ukrane');
    const link = page.locator('#suggestion a');
    assert.match(await page.locator('#suggestion').textContent(), /Vouliez-vous dire : Ukraine/);
    await link.click();
    await settle(page, (u) => param('q')(u) === 'Ukraine');
    assert.equal(await page.locator('#q').inputValue(), 'Ukraine');
    assert.ok(await shownTotal(page) > 0);
    await k.close(p);
  });
});
