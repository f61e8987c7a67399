// Near-duplicate articles (one story republished with small edits) come back
// as one result with a disclosure listing the other versions, each of which
// opens in the article view.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { api, settle, useKiosque } from './harness.mjs';

const archive = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-duplicates-'));
const story = 'Le conseil municipal a voté mardi soir un plan de rénovation des écoles primaires, d\'un montant '
  + 'de quarante millions d\'euros sur cinq ans. Les travaux commenceront à l\'automne dans les quartiers où '
  + 'les bâtiments sont les plus anciens, et les élèves ne seront pas déplacés pendant les chantiers.';
fs.writeFileSync(path.join(archive, 'v0.txt'), `date 2023-05-10 ${story}`);
fs.writeFileSync(path.join(archive, 'v1.txt'), `date 2023-05-11 ${story} Une réunion publique est prévue en juin.`);
fs.writeFileSync(path.join(archive, 'v2.txt'), `date 2023-05-12 ${story} Mise à jour : le vote a été unanime.`);
fs.writeFileSync(path.join(archive, 'other.txt'), 'date 2023-05-20 Les écoles de la région attendent toujours leur plan.');
after(() => fs.rmSync(archive, { recursive: true, force: true }));

const k = useKiosque([archive]);

describe('near-duplicates', () => {
  it('are collapsed into one result whose other versions are listed and open', async () => {
    const { body } = await api(k.baseUrl(), '/api/search?q=%C3%A9coles');
    const collapsed = body.results.find((r) => r.duplicates > 0);
    assert.ok(collapsed, 'the API collapses the three versions');
    assert.equal(collapsed.duplicate_ids.length, 2);

    const p = await k.open('/?q=%C3%A9coles');
    const { page } = p;
    assert.equal(await page.locator('#results .result').count(), body.results.length);
    const note = page.locator('#results .result-duplicates');
    assert.equal(await note.count(), 1);
    await note.locator('summary').click();
    const links = note.locator('a');
    // Each version shows its title, date and publication, not a bare id.
    assert.deepEqual(collapsed.versions.map((v) => v.id), collapsed.duplicate_ids);
    assert.deepEqual(await links.allTextContents(), collapsed.versions.map((v) => v.title));
    const metas = await note.locator('.version-meta').allTextContents();
    assert.deepEqual(metas.map((m) => /\d{1,2} mai 2023/.test(m)), collapsed.versions.map(() => true), metas.join(' | '));
    const id = collapsed.duplicate_ids[0];
    await links.first().click();
    await settle(page, (u) => u.searchParams.get('doc') === id);
    await page.waitForFunction((docId) => document.getElementById('article-view').dataset.doc === docId, id);
    assert.equal(await page.locator('#article-title').textContent(), collapsed.versions[0].title);
    await k.close(p);
  });
});
