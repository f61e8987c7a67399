// Kiosque's page in a real browser against the real `kiosque serve` over an
// index of sample_corpus/: the article view and its entities, escaping of
// article text, keyboard use, a phone-width screen, and text contrast.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lowContrastText } from './contrast.mjs';
import { api, param, screenshot, settle, shownTotal, useKiosque } from './harness.mjs';

const XSS_ID = 'articles/fr/014-faille-xss.txt';
const PHONE = { width: 360, height: 740 };

const k = useKiosque();

describe('article view', () => {
  it('opens from a result, shows blocks with entities; an entity offers to add it to the filters', async () => {
    const p = await k.open('/?q=Choigou');
    const { page } = p;
    const link = page.locator('#results .result-title-link').first();
    const id = await link.getAttribute('data-doc');
    await link.click();
    await page.waitForURL((u) => new URL(u).searchParams.get('doc') === id);
    const dialog = page.locator('#article-view');
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    assert.ok(await dialog.evaluate((d) => d.open));
    const doc = (await api(k.baseUrl(), `/api/doc/${encodeURIComponent(id)}`)).body;
    assert.equal(await page.locator('#article-title').textContent(), doc.title);
    assert.equal(await page.locator('#article .block').count(), doc.blocks.length);
    const mention = page.locator('#article .article-body a.mention-person').first();
    const name = await mention.getAttribute('data-name');
    const person = doc.entities.find((e) => e.type === 'person' && e.name === name);
    const [start, end] = person.mentions[0];
    const mentionTexts = await page.locator(`#article .article-body a.mention-person[data-name="${name}"]`).allTextContents();
    assert.ok(mentionTexts.includes(doc.text.slice(start, end)), 'the highlight is the mention at its offsets');
    await screenshot(page, 'desktop-article');

    await mention.click();
    await page.locator('#entity-menu .entity-add-filter').click();
    await settle(page, (u) => u.searchParams.getAll('person').includes(name) && !u.searchParams.has('doc'));
    assert.equal(param('q')(new URL(page.url())), 'Choigou', 'the search is kept');
    assert.equal(await dialog.evaluate((d) => d.open), false);
    const { body } = await api(k.baseUrl(), `/api/search?q=Choigou&person=${encodeURIComponent(name)}`);
    assert.equal(await shownTotal(page), body.total);
    await k.close(p);
  });

  it('an entity offers to search for it alone: every article about it, not the current search narrowed', async () => {
    const p = await k.open('/?q=Choigou');
    const { page } = p;
    await page.locator('#results .result-title-link').first().click();
    await page.waitForFunction(() => document.getElementById('article-view').dataset.doc);
    const mention = page.locator('#article .article-body a.mention-place').first();
    const name = await mention.getAttribute('data-name');
    await mention.click();
    const menu = page.locator('#entity-menu');
    assert.ok(await menu.isVisible(), 'a click opens the menu, it does not filter at once');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'entity-search-this', 'focus goes into the menu');
    assert.ok(new URL(page.url()).searchParams.has('doc'), 'still reading');
    await page.keyboard.press('Escape');
    assert.equal(await menu.count(), 0, 'Escape closes the menu');
    assert.ok(await page.locator('#article-view').evaluate((d) => d.open), '... and not the article');
    await mention.click();
    await page.keyboard.press('Enter');
    await settle(page, (u) => u.searchParams.getAll('place').includes(name) && !u.searchParams.has('q'));
    const { body } = await api(k.baseUrl(), `/api/search?place=${encodeURIComponent(name)}`);
    assert.equal(await shownTotal(page), body.total);
    await k.close(p);
  });

  it('marks the dates the text mentions; a date leads to the articles that mention it, in French and English', async () => {
    const { body: found } = await api(k.baseUrl(), '/api/search?mentioned=2019..2030&size=1');
    assert.ok(found.total > 0, 'the sample corpus mentions dates');
    const id = found.results[0].id;
    const doc = (await api(k.baseUrl(), `/api/doc/${encodeURIComponent(id)}`)).body;
    const date = doc.dates.find((d) => Number.isInteger(d.start));
    const p = await k.open(`/?doc=${encodeURIComponent(id)}&ui=en`);
    const { page } = p;
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    const marks = page.locator('#article .article-body a.mention-date');
    assert.ok((await marks.allTextContents()).includes(doc.text.slice(date.start, date.end)), 'the mark is the date at its offsets');
    assert.equal(await page.locator('#article-dates-heading').textContent(), 'Dates mentioned');
    await marks.first().click();
    await settle(page, (u) => u.searchParams.has('mentioned') && !u.searchParams.has('doc'));
    const value = new URL(page.url()).searchParams.get('mentioned');
    const { body } = await api(k.baseUrl(), `/api/search?mentioned=${encodeURIComponent(value)}`);
    assert.ok(body.results.some((r) => r.id === id), 'the article is among those that mention its date');
    assert.equal(await shownTotal(page), body.total);
    assert.ok(await page.locator('#facet-mentioned').isVisible(), 'the mentioned years are a facet');

    // The histogram switches to the years the results mention; a bar filters on its year.
    await page.locator('#histogram a.histogram-mode', { hasText: 'dates mentioned' }).click();
    await settle(page, (u) => u.searchParams.get('hist') === 'mentioned');
    await page.waitForSelector('#histogram .bar[data-value]');
    const bar = page.locator('#histogram .bar[data-value]').last();
    const year = await bar.getAttribute('data-value');
    await bar.click();
    await settle(page, (u) => u.searchParams.getAll('mentioned').includes(year));
    const narrowed = await api(k.baseUrl(), `/api/search?mentioned=${encodeURIComponent(value)}&mentioned=${encodeURIComponent(year)}`);
    assert.equal(await shownTotal(page), narrowed.body.total);
    await k.close(p);
  });

  it('shows headings and captions as such, and photo credits apart from the text', async () => {
    const id = 'articles/fr/001-kim-train-russie.txt';
    const p = await k.open(`/?doc=${encodeURIComponent(id)}`);
    const { page } = p;
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    const doc = (await api(k.baseUrl(), `/api/doc/${encodeURIComponent(id)}`)).body;
    assert.deepEqual(await page.locator('#article .block').evaluateAll((els) => els.map((e) => e.tagName)),
      doc.blocks.map((b) => (b.kind === 'h' ? 'H3' : 'P')));
    assert.equal(await page.locator('#article .block-c').count(), doc.blocks.filter((b) => b.kind === 'c').length);
    assert.ok(doc.credits.length > 0);
    assert.deepEqual(await page.locator('#article .article-credits li').allTextContents(), doc.credits);
    for (const credit of doc.credits) assert.ok(!(await page.locator('#article .article-body').textContent()).includes(credit));
    await page.locator('#article .article-credits').scrollIntoViewIfNeeded();
    await screenshot(page, 'desktop-article-credits');
    await k.close(p);
  });

  it('Escape closes the article view', async () => {
    const p = await k.open(`/?q=faille&doc=${encodeURIComponent(XSS_ID)}`);
    const { page } = p;
    await page.waitForFunction((id) => document.getElementById('article-view').dataset.doc === id, XSS_ID);
    await page.keyboard.press('Escape');
    await page.waitForURL((u) => !new URL(u).searchParams.has('doc'));
    assert.equal(await page.locator('#article-view').evaluate((d) => d.open), false);
    await k.close(p);
  });

  it('shows <script> in an article and a snippet as text, and runs nothing', async () => {
    const p = await k.open('/?q=alert');
    const { page } = p;
    const snippets = await page.locator('#results .result-snippet').allTextContents();
    assert.ok(snippets.some((s) => s.includes('<script>alert(1)</script>')), `snippet shows the tag as text: ${snippets}`);
    assert.equal(await page.locator('#results script').count(), 0);
    await page.goto(`/?doc=${encodeURIComponent(XSS_ID)}`);
    await page.waitForFunction((id) => document.getElementById('article-view').dataset.doc === id, XSS_ID);
    assert.ok((await page.locator('#article .article-body').textContent()).includes('<script>alert(1)</script>'));
    assert.equal(await page.locator('#article script').count(), 0);
    await page.waitForTimeout(300);
    await k.close(p); // fails on any dialog
  });
});

describe('keyboard', () => {
  it('Tab reaches the search box and a facet item; Enter selects it and keeps focus', async () => {
    const p = await k.open('/?q=Ukraine');
    const { page } = p;
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      return { id: el.id, cls: el.className, value: el.dataset ? el.dataset.value : undefined, facet: el.dataset ? el.dataset.facet : undefined };
    });
    let reachedBox = false;
    for (let i = 0; i < 10 && !reachedBox; i++) {
      await page.keyboard.press('Tab');
      reachedBox = (await focused()).id === 'q';
    }
    assert.ok(reachedBox, 'Tab reaches the search box');
    let item = null;
    for (let i = 0; i < 150 && !item; i++) { // the facets follow the results
      await page.keyboard.press('Tab');
      const f = await focused();
      if (f.cls.includes('facet-item') && f.facet === 'person') item = f;
    }
    assert.ok(item, 'Tab reaches a person facet item');
    const visible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(visible, 'none', 'the focused facet shows a focus ring');
    await page.keyboard.press('Enter');
    await settle(page, (u) => u.searchParams.getAll('person').includes(item.value));
    const after = await focused();
    assert.equal(after.value, item.value, 'focus stays on the facet item after the list is redrawn');
    assert.equal(await page.locator(':focus').getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('Space');
    await settle(page, (u) => !u.searchParams.has('person'));
    await k.close(p);
  });
});

describe('phone width', () => {
  it('shows a facet toggle, hides the facets until it is pressed, and does not overflow', async () => {
    const p = await k.open('/?q=Ukraine', { viewport: PHONE });
    const { page } = p;
    const toggle = page.locator('#facet-toggle');
    assert.ok(await toggle.isVisible());
    assert.equal(await page.locator('#facets').isVisible(), false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);
    await screenshot(page, 'phone-results');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('#facets').isVisible());
    await screenshot(page, 'phone-facets');
    const link = page.locator('#results .result-title-link').first();
    const id = await link.getAttribute('data-doc');
    await link.click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    const width = await page.locator('#article-view').evaluate((d) => d.getBoundingClientRect().width);
    assert.ok(width <= 360, `the article view fits (${width}px)`);
    await screenshot(page, 'phone-article');
    await k.close(p);
  });
});

describe('contrast', () => {
  it('text is at least 4.5:1 against its background, in results and in the article view', async () => {
    const p = await k.open('/?q=Ukraine&person=Vladimir+Poutine&from=2022&to=2023');
    const { page } = p;
    await page.locator('.syntax-help summary').click();
    assert.deepEqual(await page.evaluate(lowContrastText, 'body'), []);
    const link = page.locator('#results .result-title-link').first();
    const id = await link.getAttribute('data-doc');
    await link.click();
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    assert.deepEqual(await page.evaluate(lowContrastText, '#article-view'), []);
    await k.close(p);
  });
});
