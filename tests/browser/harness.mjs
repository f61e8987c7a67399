// Shared set-up for the browser tests: index sample_corpus/ with the real
// `kiosque index`, start the real `kiosque serve` on a free port, wait for
// /healthz, and drive Debian's Chromium (/usr/bin/chromium) with
// playwright-core. No browser is ever downloaded.
//
// Environment:
//   KIOSQUE_BIN            the kiosque binary (default: build/cli/kiosque)
//   KIOSQUE_SOURCE_DIR     the repository (default: two folders up)
//   KIOSQUE_ARTIFACTS_DIR  where screenshots go (default: build/browser-artifacts)
//   CHROMIUM_BIN           the browser (default: /usr/bin/chromium)
//   KIOSQUE_BROWSER_BASE_URL  development only: test a server already running there

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SOURCE_DIR = process.env.KIOSQUE_SOURCE_DIR || path.resolve(here, '..', '..');
export const KIOSQUE = process.env.KIOSQUE_BIN || path.join(SOURCE_DIR, 'build', 'cli', 'kiosque');
export const ARTIFACTS = process.env.KIOSQUE_ARTIFACTS_DIR || path.join(SOURCE_DIR, 'build', 'browser-artifacts');
export const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const SAMPLE_CORPUS = path.join(SOURCE_DIR, 'sample_corpus');
const HEALTH_TIMEOUT_MS = 20000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Indexes `inputs` (default: sample_corpus/ and its dispatches), starts
 * `kiosque serve`, and resolves once /healthz answers 200. Throws with the
 * server's output if it exits or does not answer in time.
 */
export async function startServer(inputs = [SAMPLE_CORPUS, path.join(SAMPLE_CORPUS, 'dispatches.jsonl')],
  { serveArgs = [], headers = {} } = {}) {
  if (process.env.KIOSQUE_BROWSER_BASE_URL) {
    return { baseUrl: process.env.KIOSQUE_BROWSER_BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  }
  if (!fs.existsSync(KIOSQUE)) throw new Error(`${KIOSQUE}: no kiosque binary; build first or set KIOSQUE_BIN`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosque-browser-'));
  const db = path.join(tmp, 'db');
  const index = spawnSync(KIOSQUE, ['index', '--db', db, '--quiet', ...inputs], { encoding: 'utf-8' });
  if (index.status !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`kiosque index exited ${index.status}:\n${index.stderr}`);
  }

  const port = await freePort();
  const server = spawn(KIOSQUE, ['serve', '--db', db, '--port', String(port), ...serveArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => { output += d; });
  server.stderr.on('data', (d) => { output += d; });
  let exited = null;
  const exit = new Promise((resolve) => server.once('exit', (code, signal) => { exited = { code, signal }; resolve(); }));

  const stop = async () => {
    if (!exited) {
      server.kill('SIGTERM');
      await Promise.race([exit, sleep(5000)]);
      if (!exited) {
        server.kill('SIGKILL');
        await exit;
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`kiosque serve exited (${exited.code ?? exited.signal}) before answering /healthz:\n${output}`);
    }
    try {
      const r = await fetch(`${baseUrl}/healthz`, { headers });
      if (r.status === 200) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`kiosque serve did not answer ${baseUrl}/healthz within ${HEALTH_TIMEOUT_MS} ms:\n${output}`);
    }
    await sleep(100);
  }
  return { baseUrl, stop, output: () => output };
}

/**
 * Headless Chromium from Debian. Playwright gives every launch a fresh
 * temporary profile (its own --user-data-dir; it refuses one in `args`).
 */
export async function launchBrowser() {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM}: not found; apt-get install chromium (scripts/install-deps does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A new page in its own context (own localStorage and history). `problems`
 * collects what must not happen: script errors, console errors (CSP
 * violations among them) and JavaScript dialogs (alert/confirm/prompt).
 */
export async function openPage(browser, baseUrl, { viewport = { width: 1280, height: 900 }, allowConsole = [], contextOptions = {} } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (!allowConsole.some((re) => re.test(text))) problems.push(`console error: ${text}`);
  });
  page.on('dialog', async (d) => {
    problems.push(`dialog ${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  return { page, context, problems };
}

/** Waits until no search is in flight and the URL satisfies `urlTest` (a function of URL). */
export async function settle(page, urlTest = () => true) {
  await page.waitForURL((u) => urlTest(new URL(u)));
  await page.waitForFunction(() => document.body.dataset.search && document.body.dataset.search !== 'loading');
}

/** The article count at the start of the status line ("1 234 articles · en 3 ms" → 1234). */
export async function shownTotal(page) {
  const text = await page.locator('#status').textContent();
  const m = /^\D*?([\d\s\u00a0\u202f,.]+)/.exec(text || '');
  if (!m) throw new Error(`no count in status line '${text}'`);
  return Number(m[1].replace(/[^\d]/g, ''));
}

/** GET an API path from the test itself, to compare the page with the server. */
export async function api(baseUrl, pathAndQuery) {
  const r = await fetch(baseUrl + pathAndQuery);
  return { status: r.status, body: await r.json() };
}

export async function screenshot(page, name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * For a test file: before its tests, index and start the server and the
 * browser; after them, stop both, always. Returns
 *   open(url, options) → {page, context, problems}: a fresh context at url, settled;
 *   close(p): closes it and asserts nothing went wrong in it;
 *   baseUrl(): the server's address.
 */
/** `inputs`: what to index (default: the sample corpus), see startServer(). */
export function useKiosque(inputs) {
  let server;
  let browser;
  const opened = [];
  before(async () => {
    server = await startServer(inputs);
    browser = await launchBrowser();
  });
  after(async () => {
    for (const { context } of opened) await context.close().catch(() => {});
    if (browser) await browser.close();
    if (server) await server.stop();
  });
  return {
    baseUrl: () => server.baseUrl,
    async open(url, options) {
      const p = await openPage(browser, server.baseUrl, options);
      opened.push(p);
      await p.page.goto(url);
      await settle(p.page);
      return p;
    },
    async close(p) {
      await p.context.close();
      assert.deepEqual(p.problems, [], 'no script error, console error or JavaScript dialog');
    },
  };
}

/** A URL test for settle(): the value of one query parameter. */
export const param = (name) => (u) => u.searchParams.get(name);
