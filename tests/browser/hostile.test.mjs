// Hostile input never runs in the page: articles whose title, text, source
// and url carry <script>, event-handler attributes ("onerror=) and
// javascript: or data: URLs, and queries that carry them too. Each must show
// as text; the page must hold no event-handler attribute, no javascript:
// link, no element built from that input, and raise no dialog, script error
// or CSP violation (useKiosque's close() checks those).

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { useKiosque } from './harness.mjs';

const HOSTILE = [
  {
    id: 'piege-1"><img src=x onerror=alert(1)>',
    title: '<img src=x onerror=alert(2)> Titre piégé',
    text: 'Un piège "onerror=alert(3) x=" dans le texte, <svg onload=alert(4)>, et <a href="javascript:alert(5)">un lien</a>.\n\n'
      + 'Second paragraphe piégé <iframe src="javascript:alert(6)"></iframe> <script>alert(7)</script> fin.',
    url: 'javascript:alert(8)',
    source: '<script>alert(9)</script>',
    lang: 'fr',
    date: '2023-01-01',
  },
  { id: 'piege-2', title: 'Deuxième piège', text: 'Encore un piège, avec une adresse en majuscules.', url: ' JaVaScRiPt:alert(10)', lang: 'fr' },
  { id: 'piege-3', title: 'Troisième piège', text: 'Un piège de plus, par une adresse data.', url: 'data:text/html,<script>alert(11)</script>', lang: 'fr' },
];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-hostile-'));
const corpus = path.join(tmp, 'hostile.jsonl');
fs.writeFileSync(corpus, HOSTILE.map((a) => JSON.stringify(a)).join('\n') + '\n');
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const k = useKiosque([corpus]);

/** What in the page could run: on* attributes, script-like URLs, elements made from input. */
async function activeContent(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}="${a.value}"`);
        if (/^(href|src|action|formaction|xlink:href|data)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) {
          found.push(`${el.tagName} ${a.name}="${a.value}"`);
        }
      }
    }
    for (const el of document.querySelectorAll('#results *, #article *, #search-error *, #status *, #suggestion *')) {
      if (['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'svg'].includes(el.tagName)) found.push(`<${el.tagName}> element`);
    }
    return found;
  });
}

describe('hostile input', () => {
  it('results show hostile titles, snippets and urls as text, and no link runs script', async () => {
    const p = await k.open('/?q=pi%C3%A8ge');
    const { page } = p;
    assert.equal(await page.locator('#results > li').count(), 3);
    const titles = await page.locator('#results .result-title-link').allTextContents();
    assert.ok(titles.some((t) => t.includes('<img src=x onerror=alert(2)>')), `title shown as text: ${titles}`);
    assert.equal(await page.locator('#results a.result-source').count(), 0, 'no link for javascript: or data: urls');
    assert.deepEqual(await activeContent(page), []);
    await page.waitForTimeout(300);
    await k.close(p);
  });

  it('the article view shows every hostile part as text', async () => {
    const id = HOSTILE[0].id;
    const p = await k.open(`/?doc=${encodeURIComponent(id)}`);
    const { page } = p;
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    const body = await page.locator('#article .article-body').textContent();
    for (const part of ['"onerror=alert(3) x="', '<svg onload=alert(4)>', '<script>alert(7)</script>']) {
      assert.ok(body.includes(part), `article shows ${part} as text`);
    }
    assert.ok((await page.locator('#article').textContent()).includes('<script>alert(9)</script>'), 'source as text');
    assert.deepEqual(await activeContent(page), []);
    await page.waitForTimeout(300);
    await k.close(p);
  });

  it('a hostile query is shown as text, in the box, the error and the status', async () => {
    for (const q of ['"onerror=alert(12) <script>alert(13)</script>', 'piège <img src=x onerror=alert(14)> javascript:alert(15)']) {
      const p = await k.open(`/?q=${encodeURIComponent(q)}`, { allowConsole: [/status of 400/] });
      const { page } = p;
      assert.equal(await page.locator('#q').inputValue(), q);
      assert.deepEqual(await activeContent(page), []);
      await page.waitForTimeout(300);
      await k.close(p);
    }
  });
});
