// The entity page, /entity/TYPE/NAME?…: who a person, place or organisation
// is in the archive, from GET /api/entity/TYPE/NAME. Its query string is the
// search's (q, filters, from, to, op), which scopes every figure; the
// timeline is the search page's histogram, and a click on it narrows the
// period here. Every other entity named links to its own page.

import { fetchEntity, fetchFacetList } from './api.js';
import { h, fill, show } from './dom.js';
import { entityHref } from './entity-link.js';
import { renderNetwork } from './entity-network.js';
import { renderHistogram } from './histogram.js';
import { initLanguage, setLanguage, language, t, translateStatic, formatNumber, formatDate } from './i18n.js';
import { parseState, searchParams, addValue, stateUrl, ENTITY_FACETS, setFacets } from './state.js';
import { dateRangeLabel } from './facets.js';

const $ = (id) => document.getElementById(id);
const [type, name] = (() => {
  const parts = location.pathname.split('/').slice(2);
  return [decodeURIComponent(parts[0] || ''), decodeURIComponent(parts.slice(1).join('/'))];
})();

let state = parseState(location.search); // read again once the facets are known (start())
let data = null;
let controller = null;

const ctx = { get state() { return state; }, link, go };

function link(s) {
  return stateUrl(s, language());
}

/** The search page for a state, where the article view and the full result list are. */
function searchHref(s) {
  const url = stateUrl(s, language());
  return url.startsWith('?') ? `/${url}` : '/';
}

function go(next, event) {
  if (event) {
    if (event.defaultPrevented || event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
  }
  state = next;
  history.pushState(null, '', link(state));
  load();
}

async function load() {
  if (controller) controller.abort();
  const mine = new AbortController();
  controller = mine;
  document.body.dataset.search = 'loading';
  $('status').textContent = t('entityLoading');
  try {
    const body = await fetchEntity(type, name, state, mine.signal);
    if (controller !== mine) return;
    data = body;
    render();
    document.body.dataset.search = 'done';
  } catch (e) {
    if (e.name === 'AbortError') return;
    data = null;
    fill($('entity-error'), h('strong', { text: t('entityError') }), ' ', e.status === 0 ? t('errorNetwork') : e.message);
    show($('entity-error'), true);
    show($('entity-body'), false);
    $('status').textContent = '';
    fill($('entity-name'), name);
    document.body.dataset.search = 'error';
  }
}

function render() {
  show($('entity-error'), false);
  show($('entity-body'), true);
  $('entity-type').textContent = t(`entity_${data.type}`);
  $('entity-name').textContent = data.name;
  document.title = t('entityPageTitle', { name: data.name });
  $('status').textContent = t('count', { n: data.articles }) + (typeof data.timing_ms === 'number' ? ` · ${t('timing', { ms: formatNumber(Math.round(data.timing_ms)) })}` : '');
  $('entity-back').href = searchHref(state);
  renderScope();
  renderFigures();
  renderHistogram(timelineFacets(data.timeline), ctx, { modes: false });
  renderAssociations();
  renderNetwork($('network'), data, (a) => entityHref(a.type, a.name, searchParams(state)));
  renderArticles('main-articles', data.main_articles);
  renderArticles('other-articles', data.other_articles);
  renderNames();
}

/** The scope: the search's words and filters, with a way back to the whole archive. */
function renderScope() {
  const el = $('entity-scope');
  const parts = [];
  if (state.q) parts.push(`« ${state.q} »`);
  for (const facet of ['person', 'place', 'org', 'lang', 'source']) parts.push(...state[facet]);
  if (state.from || state.to) parts.push(dateRangeLabel(state.from, state.to));
  show(el, parts.length > 0);
  if (!parts.length) return fill(el);
  const whole = entityHref(type, name);
  fill(el, t('entityScope', { scope: parts.join(', ') }), ' · ',
    h('a', { href: whole, onclick: (e) => go(parseState(''), e), text: t('entityWholeArchive') }));
}

function renderFigures() {
  const withEntity = addValue(state, data.type, data.name);
  const figure = (label, value) => h('div', { class: 'entity-figure' }, h('dt', { text: label }), h('dd', {}, value));
  fill($('entity-figures'),
    figure(t('entityArticles'), [formatNumber(data.articles), ' · ',
      h('a', { href: searchHref(withEntity), text: t('entitySearchAll', { n: data.articles }) })]),
    figure(t('entityMain'), formatNumber(data.main_articles.total)),
    data.first ? figure(t('entityFirst'), formatDate(data.first)) : null,
    data.last ? figure(t('entityLast'), formatDate(data.last)) : null);
}

/** The API's timeline as the year and month facets the search page's histogram draws. */
function timelineFacets(timeline) {
  const years = new Map();
  const months = [];
  for (const p of timeline.periods) {
    const year = p.period.slice(0, 4);
    years.set(year, (years.get(year) || 0) + p.count);
    if (timeline.unit === 'month') months.push({ value: p.period, count: p.count });
  }
  const year = [...years].map(([value, count]) => ({ value, count }));
  if (timeline.undated) year.push({ value: 'undated', count: timeline.undated });
  return { year, month: months };
}

function renderAssociations() {
  fill($('association-lists'), ENTITY_FACETS.map((facet) => {
    const list = data.associations[facet] || [];
    return h('section', { class: 'association-list', 'aria-labelledby': `assoc-${facet}` },
      h('h3', { id: `assoc-${facet}`, text: t(`facet_${facet}`) }),
      list.length === 0 ? h('p', { class: 'entity-none', text: t('entityNone') })
        : h('ol', {}, list.map((a) => {
          const both = addValue(addValue(state, data.type, data.name), a.type, a.name);
          return h('li', { class: 'association' },
            h('a', { class: `association-name mention-${a.type}`, href: entityHref(a.type, a.name, searchParams(state)), text: a.name }),
            h('span', { class: 'association-figures' },
              h('a', { href: searchHref(both), title: t('entitySearchBoth'), text: t('entityShared', { n: a.shared }) }),
              h('span', { class: 'association-score', text: ` · G² ${formatNumber(Math.round(a.score))} · ${t('entityLift', { lift: formatNumber(Math.round(a.lift * 10) / 10) })}` })));
        })));
  }));
}

function renderArticles(id, list) {
  const withEntity = addValue(state, data.type, data.name);
  const items = list.results.map((a) => h('li', {},
    h('a', { class: 'entity-article-title', href: searchHref({ ...withEntity, doc: a.id }), dataset: { doc: a.id }, text: a.title || a.id }),
    h('span', { class: 'entity-article-meta' },
      [formatDate(a.date), a.source, t('entityMentions', { n: a.mentions }), a.in_title ? t('entityInTitle') : null, a.in_lead ? t('entityInLead') : null]
        .filter(Boolean).join(' · '))));
  const more = list.total - list.results.length;
  if (more > 0) items.push(h('li', { class: 'entity-more' }, h('a', { href: searchHref(withEntity), text: t('entityMoreArticles', { n: more }) })));
  if (!items.length) items.push(h('li', { class: 'entity-none', text: t('entityNone') }));
  fill($(id), items);
}

function renderNames() {
  const names = data.names;
  const row = (label, values) => (values.length ? [h('dt', { text: label }), h('dd', { text: values.join(' · ') })] : null);
  fill($('names'),
    row(t('entityForms'), names.forms.map((f) => `${f.text} (${formatNumber(f.mentions)})`)),
    row(t('entityAliases'), [...names.surnames, ...names.aliases]));
}

function switchLanguage(lang) {
  setLanguage(lang);
  translateStatic();
  history.replaceState(null, '', link(state));
  for (const b of document.querySelectorAll('.ui-lang')) b.setAttribute('aria-pressed', String(b.dataset.ui === language()));
  if (data) render();
}

/** Learns the facets from the server (the URL's filters are read by them), then loads the entity. */
async function start() {
  initLanguage(location.search);
  translateStatic();
  for (const b of document.querySelectorAll('.ui-lang')) {
    b.setAttribute('aria-pressed', String(b.dataset.ui === language()));
    b.addEventListener('click', () => switchLanguage(b.dataset.ui));
  }
  try {
    setFacets(await fetchFacetList());
  } catch (e) {
    setFacets([]); // the profile still loads, for the whole archive
  }
  state = parseState(location.search);
  window.addEventListener('popstate', () => {
    state = parseState(location.search);
    load();
  });
  load();
}

start();
