// The page on a server that requires a token (kiosque serve --auth-file):
// without credentials the browser gets 401 and nothing of the archive; with
// HTTP Basic credentials (any user name, the token as password: what a
// browser's login prompt sends) the page and its API requests all work.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, openPage, settle, shownTotal, startServer } from './harness.mjs';

const TOKEN = 'browser-test-token-0123456789abcdef';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-auth-'));
const tokenFile = path.join(tmp, 'token');
fs.writeFileSync(tokenFile, `${TOKEN}\n`);

let server;
let browser;
before(async () => {
  server = await startServer(undefined, {
    serveArgs: ['--auth-file', tokenFile],
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  browser = await launchBrowser();
});
after(async () => {
  if (browser) await browser.close();
  if (server) await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a server with a token', () => {
  it('refuses a browser without credentials', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    const response = await context.request.get(`${server.baseUrl}/api/search?q=Ukraine`);
    assert.equal(response.status(), 401);
    assert.match(response.headers()['www-authenticate'], /^Basic /);
    assert.ok(!(await response.text()).includes('Ukraine'));
    // A 401 asking for Basic credentials: a headed browser shows its login
    // prompt; headless Chromium, which cannot, fails the navigation.
    await assert.rejects(page.goto('/?q=Ukraine'), /ERR_INVALID_AUTH_CREDENTIALS/);
    await context.close();
  });

  it('works with the token as the Basic password, API requests included', async () => {
    const p = await openPage(browser, server.baseUrl, {
      contextOptions: { httpCredentials: { username: 'anyone', password: TOKEN } },
    });
    const { page } = p;
    const response = await page.goto('/?q=Ukraine');
    assert.equal(response.status(), 200);
    await settle(page);
    assert.ok((await shownTotal(page)) > 0, 'the search ran through the API');
    assert.ok((await page.locator('#results > li').count()) > 0);
    await p.context.close();
    assert.deepEqual(p.problems, []);
  });
});
