// The facet sidebar (persons, places, organisations, languages, years and
// months, with counts), the AND/OR switch for entity filters, and the active
// filters as removable chips.
// A long list shows its first values and a "plus…" button; expanded, it asks
// GET /api/facet/{name} for more values and offers a filter box that sends
// what is typed as `prefix` with the current query and filters.

import { h, fill, show, debounce } from './dom.js';
import { fetchFacet } from './api.js';
import { t, formatDate, formatMonthShort, formatNumber, languageName } from './i18n.js';
import { ENTITY_FACETS, VALUE_FACETS, withChanges, toggleValue } from './state.js';
import { entityPageLink } from './entity-link.js';

const COLLAPSED_SIZE = 6;
const EXPANDED_LIMIT = 100;
const PREFIX_LIMIT = 50;
const FILTER_DELAY_MS = 200;

// Per facet: whether it is expanded, the filter box's text, values fetched for it.
const local = Object.fromEntries(VALUE_FACETS.map((name) => [name, { expanded: false, typed: '', prefix: '', fetched: null, pending: null }]));
let lastCtx = null;
let lastFacets = {};

/** ctx: { state, link(state) → href, go(state, event) } */
export function renderFacets(facets, ctx) {
  lastCtx = ctx;
  lastFacets = facets || {};
  const root = document.getElementById('facet-lists');
  for (const name of VALUE_FACETS) {
    local[name].fetched = null;
    if (local[name].expanded && name !== 'lang') refresh(name);
  }
  fill(root, VALUE_FACETS.map((name) => h('section', { class: 'facet', id: `facet-${name}`, 'aria-labelledby': `facet-${name}-heading` })),
    h('section', { class: 'facet', id: 'facet-date', 'aria-labelledby': 'facet-year-heading' }));
  for (const name of VALUE_FACETS) renderValueFacet(name);
  renderDateFacet();
  renderOpSwitch(ctx.state);
}

/** The values a facet lists now: fetched ones when expanded, else the search's; chosen ones first. */
function listedValues(name) {
  const own = local[name];
  const values = own.fetched ?? lastFacets[name] ?? [];
  const listed = new Set(values.map((v) => v.value));
  // A chosen value stays listed even when it is not among the top counts.
  const missing = own.prefix ? [] : lastCtx.state[name].filter((v) => !listed.has(v)).map((v) => ({ value: v, count: null }));
  return [...missing, ...values];
}

function renderValueFacet(name) {
  const ctx = lastCtx;
  const section = document.getElementById(`facet-${name}`);
  if (!section || !ctx) return;
  const own = local[name];
  const values = listedValues(name);
  const canExpand = own.expanded || values.length > COLLAPSED_SIZE || (name !== 'lang' && (lastFacets[name] || []).length >= 10);
  if (!own.expanded && values.length === 0) {
    fill(section);
    show(section, false);
    return;
  }
  show(section, true);
  const title = t(`facet_${name}`);
  const filterBox = own.expanded && name !== 'lang' ? h('div', { class: 'facet-filter' },
    h('label', { class: 'visually-hidden', for: `facet-${name}-filter`, text: t('facetFilter', { facet: title }) }),
    h('input', {
      type: 'search', id: `facet-${name}-filter`, class: 'facet-filter-input', value: own.typed,
      placeholder: t('facetFilterPlaceholder'), autocomplete: 'off', spellcheck: 'false',
      oninput: (e) => { own.typed = e.target.value; own.prefix = own.typed.trim(); refreshSoon[name](); },
    })) : null;
  fill(section,
    h('h3', { class: 'facet-heading', id: `facet-${name}-heading`, text: title }),
    filterBox,
    h('ul', { class: 'facet-values', id: `facet-${name}-values`, 'aria-labelledby': `facet-${name}-heading` }),
    canExpand ? h('button', {
      type: 'button', class: 'facet-more', 'aria-expanded': String(own.expanded), 'aria-controls': `facet-${name}-values`,
      dataset: { focusKey: `more:${name}` },
      onclick: () => toggleExpanded(name),
      text: own.expanded ? t('facetLess') : t('facetMore'),
    }) : null);
  renderValueList(name);
}

/** Refills only the list, so the filter box keeps its focus and text while values arrive. */
function renderValueList(name) {
  const ctx = lastCtx;
  const list = document.getElementById(`facet-${name}-values`);
  if (!list) return;
  const own = local[name];
  const values = listedValues(name);
  const visible = own.expanded ? values : values.slice(0, COLLAPSED_SIZE);
  const selected = ctx.state[name];
  fill(list, visible.length === 0
    ? h('li', { class: 'facet-empty', text: own.pending ? t('facetLoading') : t('facetNone') })
    : visible.map((v) => facetItem(name, v.value, name === 'lang' ? languageName(v.value) : v.value, v.count,
      selected.includes(v.value), () => ctx.go(toggleValue(ctx.state, name, v.value)))));
}

function facetItem(name, value, label, count, selected, onSelect) {
  return h('li', {},
    h('button', {
      type: 'button', class: 'facet-item', 'aria-pressed': String(selected),
      dataset: { focusKey: `facet:${name}:${value}`, facet: name, value },
      onclick: onSelect,
    },
    h('span', { class: 'facet-check', 'aria-hidden': 'true' }),
    h('span', { class: 'facet-name', text: label }),
    count === null || count === undefined ? null : h('span', { class: 'facet-count', text: formatNumber(count) })),
  ENTITY_FACETS.includes(name) ? entityPageLink(name, value) : null);
}

function toggleExpanded(name) {
  const own = local[name];
  own.expanded = !own.expanded;
  if (!own.expanded) {
    own.prefix = '';
    own.typed = '';
    own.fetched = null;
  } else if (name !== 'lang') {
    refresh(name);
  }
  renderValueFacet(name);
  const more = document.querySelector(`#facet-${name} .facet-more`);
  if (more) more.focus();
}

const refreshSoon = Object.fromEntries(ENTITY_FACETS.map((name) => [name, debounce(() => refresh(name), FILTER_DELAY_MS)]));

/** Asks the API for this facet's values under the current query, filters and prefix. */
async function refresh(name) {
  const own = local[name];
  if (own.pending) own.pending.abort();
  const controller = new AbortController();
  own.pending = controller;
  try {
    const data = await fetchFacet(name, lastCtx.state, own.prefix, own.prefix ? PREFIX_LIMIT : EXPANDED_LIMIT, controller.signal);
    if (own.pending !== controller) return;
    own.fetched = data.values || [];
  } catch (e) {
    if (e.name === 'AbortError') return;
    own.fetched = null; // keep the search's own values
  } finally {
    if (own.pending === controller) own.pending = null;
  }
  renderValueList(name);
}

/** Years, and the months of the year chosen; a click sets the from/to range. */
function renderDateFacet() {
  const ctx = lastCtx;
  const section = document.getElementById('facet-date');
  const { from, to } = ctx.state;
  const years = lastFacets.year || [];
  const oneYear = from && to && from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : '';
  const months = oneYear ? (lastFacets.month || []).filter((m) => m.value.startsWith(`${oneYear}-`)) : [];
  show(section, years.length > 0);
  const yearItems = years.map((y) => {
    if (!/^\d{4}$/.test(y.value)) {
      return h('li', {}, h('span', { class: 'facet-item facet-static' },
        h('span', { class: 'facet-check', 'aria-hidden': 'true' }),
        h('span', { class: 'facet-name', text: t('undated') }),
        h('span', { class: 'facet-count', text: formatNumber(y.count) })));
    }
    const selected = from === y.value && to === y.value;
    return facetItem('year', y.value, y.value, y.count, selected,
      () => ctx.go(withChanges(ctx.state, selected ? { from: '', to: '', doc: '' } : { from: y.value, to: y.value, doc: '' })));
  });
  const monthItems = months.map((m) => {
    const selected = from === m.value && to === m.value;
    const label = `${formatMonthShort(m.value.slice(5, 7))} ${m.value.slice(0, 4)}`;
    return facetItem('month', m.value, label, m.count, selected,
      () => ctx.go(withChanges(ctx.state, selected ? { from: oneYear, to: oneYear, doc: '' } : { from: m.value, to: m.value, doc: '' })));
  });
  fill(section,
    h('h3', { class: 'facet-heading', id: 'facet-year-heading', text: t('facet_year') }),
    h('ul', { class: 'facet-values' }, yearItems),
    monthItems.length ? [h('h3', { class: 'facet-heading facet-subheading', id: 'facet-month-heading', text: t('facet_month') }),
      h('ul', { class: 'facet-values', 'aria-labelledby': 'facet-month-heading' }, monthItems)] : null);
}

function renderOpSwitch(state) {
  for (const radio of document.querySelectorAll('#op-switch input[name="op"]')) radio.checked = radio.value === state.op;
  document.getElementById('op-active').textContent = t(state.op === 'or' ? 'opActiveOr' : 'opActiveAnd');
  const entityCount = ENTITY_FACETS.reduce((n, name) => n + state[name].length, 0);
  document.getElementById('op-switch').classList.toggle('op-relevant', entityCount >= 2);
}

/** "2023", "sept. 2023 – mars 2024", "depuis 2022"… */
export function dateRangeLabel(from, to) {
  if (from && to) return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return t('since', { date: formatDate(from) });
  if (to) return t('until', { date: formatDate(to) });
  return '';
}

/** The chips of the active filters; each removes its filter. */
export function renderActiveFilters(ctx) {
  const { state } = ctx;
  const section = document.getElementById('active-filters');
  const chips = [];
  for (const name of VALUE_FACETS) {
    for (const value of state[name]) {
      const label = name === 'lang' ? languageName(value) : value;
      chips.push(removableChip(`${t(`facet_${name}`)} : ${label}`, label, name, withChanges(state, { [name]: state[name].filter((v) => v !== value), doc: '' }), ctx, `chip:${name}:${value}`));
    }
  }
  if (state.from || state.to) {
    const label = dateRangeLabel(state.from, state.to);
    chips.push(removableChip(t('period', { label }), label, 'date', withChanges(state, { from: '', to: '', doc: '' }), ctx, 'chip:date'));
  }
  show(section, chips.length > 0);
  if (chips.length > 1) {
    const cleared = withChanges(state, { ...Object.fromEntries(VALUE_FACETS.map((name) => [name, []])), from: '', to: '', doc: '' });
    chips.push(h('li', {}, h('a', { class: 'chip-clear', href: ctx.link(cleared), dataset: { focusKey: 'chip:clear' }, onclick: (e) => ctx.go(cleared, e), text: t('clearFilters') })));
  }
  fill(document.getElementById('active-chips'), chips);
}

function removableChip(fullLabel, label, kind, target, ctx, focusKey) {
  return h('li', {}, h('a', {
    class: `chip chip-removable chip-${kind}`, href: ctx.link(target),
    'aria-label': t('removeFilter', { label: fullLabel }),
    dataset: { focusKey },
    onclick: (e) => ctx.go(target, e),
  }, h('span', { class: 'chip-label', text: label }), h('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' })));
}
