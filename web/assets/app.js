// Kiosque's page: reads the state from the URL, runs one /api/search per
// search (results, facets and suggestions come together), and draws the
// results, facets, histogram and the article view from it.
// The search runs on Enter (or the button), not while typing: one request
// per search, and each search is one history entry.
// Every change of state goes through navigate(): it pushes the new URL, so
// reload, back/forward and shared links show the same page.

import { search, searchUrl, fetchDoc, fetchFacetList } from './api.js';
import { renderResults } from './results.js';
import { renderFilterSuggestions } from './filter-suggestions.js';
import { renderFacets, renderActiveFilters } from './facets.js';
import { renderHistogram } from './histogram.js';
import { renderDownloads } from './downloads.js';
import { renderArticle, renderArticleMessage } from './article.js';
import { h, fill, show, keepFocus } from './dom.js';
import { initLanguage, setLanguage, language, t, translateStatic, errorText } from './i18n.js';
import { parseState, stateUrl, withChanges, activeFilterCount, setFacets } from './state.js';

const CACHE_SIZE = 30;
const cache = new Map(); // /api/search URL → response, so back/forward and closing an article cost nothing

let state = null; // parsed once the facets are known (start())
let lastData = null;
let renderedKey = null;
let drawnHist = null; // the histogram's mode last drawn (state.hist)
let searchController = null;
let docController = null;
let openDocId = '';
let lastDoc = null;
let returnFocusTo = '';

const $ = (id) => document.getElementById(id);

function context() {
  return { state, link, go, openDoc, neighbours };
}

/** The results before and after `id` in the list shown, for reading them in turn. */
function neighbours(id) {
  const ids = lastData ? lastData.results.map((r) => r.id) : [];
  const i = ids.indexOf(id);
  return { prev: i > 0 ? ids[i - 1] : null, next: i >= 0 && i < ids.length - 1 ? ids[i + 1] : null };
}

function link(s) {
  return stateUrl(s, language());
}

/** Follows a link in the page; modified clicks (new tab…) are left to the browser. */
function go(next, event, options = {}) {
  if (event) {
    if (event.defaultPrevented || event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
  }
  navigate(next, options);
}

function navigate(next, { replace = false, scroll = false } = {}) {
  state = next;
  const url = link(state);
  if (url !== location.pathname + location.search) history[replace ? 'replaceState' : 'pushState'](null, '', url);
  update({ scroll });
}

function openDoc(id, event) {
  returnFocusTo = `doc:${id}`;
  go(withChanges(state, { doc: id }), event);
}

async function update({ scroll = false } = {}) {
  syncControls();
  const key = searchUrl(state);
  if (key !== renderedKey) {
    await runSearch(key);
  } else if (lastData && state.hist !== drawnHist) {
    // Only the histogram's mode changed: same answer, other bars.
    const restore = keepFocus();
    renderHistogram(lastData.facets || {}, context());
    restore();
  }
  drawnHist = state.hist;
  if (scroll) {
    $('results-heading').focus({ preventScroll: true });
    $('main').scrollIntoView({ block: 'start' });
  }
  syncArticle();
}

function syncControls() {
  const input = $('q');
  if (input.value !== state.q) input.value = state.q;
  // No sort chosen: the server's (relevance with words, newest first without).
  $('sort').value = state.sort || (lastData && lastData.sort) || (state.q ? 'relevance' : 'date');
  $('size').value = String(state.size);
  const n = activeFilterCount(state);
  $('facet-toggle').textContent = n ? t('facetsToggleCount', { n }) : t('facetsToggle');
  for (const b of document.querySelectorAll('.ui-lang')) b.setAttribute('aria-pressed', String(b.dataset.ui === language()));
  renderDownloads(state);
  const restore = keepFocus();
  renderActiveFilters(context());
  restore();
  document.title = state.q ? `${state.q} — ${t('pageTitle')}` : t('pageTitle');
}

async function runSearch(key) {
  if (searchController) searchController.abort();
  const cached = cache.get(key);
  if (cached) return renderSearch(cached, key);
  const controller = new AbortController();
  searchController = controller;
  document.body.dataset.search = 'loading';
  $('main').setAttribute('aria-busy', 'true');
  $('results-area').classList.add('loading');
  try {
    const data = await search(state, controller.signal);
    cache.set(key, data);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value);
    if (searchController === controller) renderSearch(data, key);
  } catch (e) {
    if (e.name === 'AbortError') return;
    showError(e, key);
  } finally {
    if (searchController === controller) {
      searchController = null;
      $('main').removeAttribute('aria-busy');
      $('results-area').classList.remove('loading');
    }
  }
}

function renderSearch(data, key) {
  const restore = keepFocus();
  renderedKey = key;
  lastData = data;
  document.body.dataset.search = 'done';
  hideError();
  const ctx = context();
  renderResults(data, ctx);
  renderFilterSuggestions(data.filter_suggestions, ctx);
  renderFacets(data.facets || {}, ctx);
  renderHistogram(data.facets || {}, ctx);
  if (!state.sort) $('sort').value = data.sort;
  show($('downloads'), true);
  restore();
}

let lastError = null;

/** The refusal in the interface language; the server's English message stays in the title, for a bug report. */
function renderError(e) {
  const box = $('search-error');
  const message = e.status === 0 ? t('errorNetwork') : errorText(e);
  fill(box, h('strong', { text: t('errorTitle') }), ' ', h('span', { class: 'error-message', text: message, title: e.message || null }));
}

function showError(e, key) {
  renderedKey = key;
  lastData = null;
  lastError = e;
  document.body.dataset.search = 'error';
  renderError(e);
  show($('search-error'), true);
  show($('downloads'), false); // the same request would be refused
  const empty = { total: 0, results: [], facets: {}, suggestion: null };
  const ctx = context();
  renderResults(empty, ctx);
  renderFilterSuggestions([], ctx);
  renderFacets({}, ctx);
  renderHistogram({}, ctx);
  $('status').textContent = '';
  show($('empty'), false);
}

function hideError() {
  lastError = null;
  const box = $('search-error');
  show(box, false);
  fill(box);
}

async function syncArticle() {
  const dialog = $('article-view');
  if (!state.doc) {
    openDocId = '';
    if (dialog.open) dialog.close();
    return;
  }
  if (state.doc === openDocId && dialog.open) return;
  const id = state.doc;
  openDocId = id;
  // Reading result after result: the button pressed keeps the focus.
  const active = document.activeElement;
  const stepper = dialog.open && active ? ['next-result', 'prev-result'].find((c) => active.classList.contains(c)) : null;
  renderArticleMessage(t('loadingArticle'));
  delete dialog.dataset.doc;
  if (!dialog.open) dialog.showModal();
  $('article-close').focus();
  if (docController) docController.abort();
  const controller = new AbortController();
  docController = controller;
  try {
    const doc = await fetchDoc(id, state.q, controller.signal);
    if (openDocId !== id) return;
    lastDoc = doc;
    renderArticle(doc, context());
    dialog.dataset.doc = id;
    document.title = `${doc.title || doc.id} — ${t('pageTitle')}`;
    dialog.scrollTop = 0;
    const again = stepper && dialog.querySelector(`.${stepper}:not(:disabled)`);
    if (again) again.focus();
  } catch (e) {
    if (e.name === 'AbortError' || openDocId !== id) return;
    lastDoc = null;
    renderArticleMessage(t('errorDoc'), e.status === 0 ? t('errorNetwork') : errorText(e));
  }
}

function onArticleClosed() {
  const focusKey = returnFocusTo || (openDocId ? `doc:${openDocId}` : '');
  openDocId = '';
  lastDoc = null;
  returnFocusTo = '';
  if (state.doc) navigate(withChanges(state, { doc: '' }));
  const back = focusKey && [...document.querySelectorAll('[data-focus-key]')].find((el) => el.dataset.focusKey === focusKey);
  if (back) back.focus();
}

function switchLanguage(lang) {
  setLanguage(lang);
  translateStatic();
  history.replaceState(null, '', link(state));
  syncControls();
  const ctx = context();
  if (lastData) {
    const restore = keepFocus();
    renderResults(lastData, ctx);
    renderFilterSuggestions(lastData.filter_suggestions, ctx);
    renderFacets(lastData.facets || {}, ctx);
    renderHistogram(lastData.facets || {}, ctx);
    restore();
  }
  if (lastError) renderError(lastError);
  if (lastDoc && $('article-view').open) renderArticle(lastDoc, ctx);
}

function wire() {
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    navigate(withChanges(state, { q: $('q').value.trim(), doc: '' }));
  });
  $('sort').addEventListener('change', (e) => navigate(withChanges(state, { sort: e.target.value, doc: '' })));
  $('size').addEventListener('change', (e) => navigate(withChanges(state, { size: Number(e.target.value), doc: '' })));
  for (const radio of document.querySelectorAll('#op-switch input[name="op"]')) {
    radio.addEventListener('change', (e) => { if (e.target.checked) navigate(withChanges(state, { op: e.target.value, doc: '' })); });
  }
  for (const b of document.querySelectorAll('.ui-lang')) b.addEventListener('click', () => switchLanguage(b.dataset.ui));
  const toggle = $('facet-toggle');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    $('facets').classList.toggle('open', open);
  });
  const dialog = $('article-view');
  dialog.addEventListener('close', onArticleClosed);
  $('article-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); }); // the backdrop
  window.addEventListener('popstate', () => {
    const ui = new URLSearchParams(location.search).get('ui');
    state = parseState(location.search);
    if (ui && ui !== language()) switchLanguage(ui);
    update();
  });
}

/** Learns the facets from the server, then reads the URL and searches. */
async function start() {
  initLanguage(location.search);
  translateStatic();
  try {
    setFacets(await fetchFacetList());
  } catch (e) {
    setFacets([]); // the search still works, without facets; its error shows below
  }
  state = parseState(location.search);
  wire();
  update();
}

start();
