// The facet sidebar (the facets /api/facets lists: persons, places,
// organisations, languages, sources, years and months, with counts), the
// AND/OR switch for entity filters, and the active filters as removable
// chips. A facet is drawn by its kind, never by its name: entities and names
// can be expanded and filtered, codes (languages) are shown by their name in
// the interface language, dates are the year and month lists.
// A long list shows its first values and a "plus…" button; expanded, it asks
// GET /api/facet/{name} for more values and offers a filter box that sends
// what is typed as `prefix` with the current query and filters.

import { h, fill, show, debounce } from './dom.js';
import { fetchFacet } from './api.js';
import { t, formatDate, formatMonthShort, formatNumber, languageName, facetLabel } from './i18n.js';
import { ENTITY_FACETS, VALUE_FACETS, DATE_FACETS, facetKind, withChanges, toggleValue } from './state.js';

const COLLAPSED_SIZE = 6;
const EXPANDED_LIMIT = 100;
const PREFIX_LIMIT = 50;
const FILTER_DELAY_MS = 200;

// Per facet: whether it is expanded, the filter box's text, values fetched for it.
const locals = new Map();
function own(name) {
  if (!locals.has(name)) {
    locals.set(name, { expanded: false, typed: '', prefix: '', fetched: null, pending: null,
      refreshSoon: debounce(() => refresh(name), FILTER_DELAY_MS) });
  }
  return locals.get(name);
}

/** Codes (languages) are few and shown by name: no filter box, no fetching. */
const searchable = (name) => facetKind(name) !== 'code';
const valueLabel = (name, value) => (facetKind(name) === 'code' ? languageName(value) : value);
let lastCtx = null;
let lastFacets = {};

/** ctx: { state, link(state) → href, go(state, event) } */
export function renderFacets(facets, ctx) {
  lastCtx = ctx;
  lastFacets = facets || {};
  const root = document.getElementById('facet-lists');
  for (const name of VALUE_FACETS) {
    own(name).fetched = null;
    if (own(name).expanded && searchable(name)) refresh(name);
  }
  fill(root, VALUE_FACETS.map((name) => h('section', { class: 'facet', id: `facet-${name}`, 'aria-labelledby': `facet-${name}-heading` })),
    DATE_FACETS.length ? h('section', { class: 'facet', id: 'facet-date', 'aria-labelledby': `facet-${DATE_FACETS[0]}-heading` }) : null);
  for (const name of VALUE_FACETS) renderValueFacet(name);
  if (DATE_FACETS.length) renderDateFacet();
  renderOpSwitch(ctx.state);
}

/** The values a facet lists now: fetched ones when expanded, else the search's; chosen ones first. */
function listedValues(name) {
  const values = own(name).fetched ?? lastFacets[name] ?? [];
  const listed = new Set(values.map((v) => v.value));
  // A chosen value stays listed even when it is not among the top counts.
  const missing = own(name).prefix ? [] : lastCtx.state[name].filter((v) => !listed.has(v)).map((v) => ({ value: v, count: null }));
  return [...missing, ...values];
}

function renderValueFacet(name) {
  const ctx = lastCtx;
  const section = document.getElementById(`facet-${name}`);
  if (!section || !ctx) return;
  const local = own(name);
  const values = listedValues(name);
  const canExpand = local.expanded || values.length > COLLAPSED_SIZE || (searchable(name) && (lastFacets[name] || []).length >= 10);
  if (!local.expanded && values.length === 0) {
    fill(section);
    show(section, false);
    return;
  }
  show(section, true);
  const title = facetLabel(name);
  const filterBox = local.expanded && searchable(name) ? h('div', { class: 'facet-filter' },
    h('label', { class: 'visually-hidden', for: `facet-${name}-filter`, text: t('facetFilter', { facet: title }) }),
    h('input', {
      type: 'search', id: `facet-${name}-filter`, class: 'facet-filter-input', value: local.typed,
      placeholder: t('facetFilterPlaceholder'), autocomplete: 'off', spellcheck: 'false',
      oninput: (e) => { local.typed = e.target.value; local.prefix = local.typed.trim(); local.refreshSoon(); },
    })) : null;
  fill(section,
    h('h3', { class: 'facet-heading', id: `facet-${name}-heading`, text: title }),
    filterBox,
    h('ul', { class: 'facet-values', id: `facet-${name}-values`, 'aria-labelledby': `facet-${name}-heading` }),
    canExpand ? h('button', {
      type: 'button', class: 'facet-more', 'aria-expanded': String(local.expanded), 'aria-controls': `facet-${name}-values`,
      dataset: { focusKey: `more:${name}` },
      onclick: () => toggleExpanded(name),
      text: local.expanded ? t('facetLess') : t('facetMore'),
    }) : null);
  renderValueList(name);
}

/** Refills only the list, so the filter box keeps its focus and text while values arrive. */
function renderValueList(name) {
  const ctx = lastCtx;
  const list = document.getElementById(`facet-${name}-values`);
  if (!list) return;
  const local = own(name);
  const values = listedValues(name);
  const visible = local.expanded ? values : values.slice(0, COLLAPSED_SIZE);
  const selected = ctx.state[name];
  fill(list, visible.length === 0
    ? h('li', { class: 'facet-empty', text: local.pending ? t('facetLoading') : t('facetNone') })
    : visible.map((v) => facetItem(name, v.value, valueLabel(name, v.value), v.count,
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
    count === null || count === undefined ? null : h('span', { class: 'facet-count', text: formatNumber(count) })));
}

function toggleExpanded(name) {
  const local = own(name);
  local.expanded = !local.expanded;
  if (!local.expanded) {
    local.prefix = '';
    local.typed = '';
    local.fetched = null;
  } else if (searchable(name)) {
    refresh(name);
  }
  renderValueFacet(name);
  const more = document.querySelector(`#facet-${name} .facet-more`);
  if (more) more.focus();
}

/** Asks the API for this facet's values under the current query, filters and prefix. */
async function refresh(name) {
  const local = own(name);
  if (local.pending) local.pending.abort();
  const controller = new AbortController();
  local.pending = controller;
  try {
    const data = await fetchFacet(name, lastCtx.state, local.prefix, local.prefix ? PREFIX_LIMIT : EXPANDED_LIMIT, controller.signal);
    if (local.pending !== controller) return;
    local.fetched = data.values || [];
  } catch (e) {
    if (e.name === 'AbortError') return;
    local.fetched = null; // keep the search's own values
  } finally {
    if (local.pending === controller) local.pending = null;
  }
  renderValueList(name);
}

/** Years, and the months of the year chosen (the first two date facets); a click sets the from/to range. */
function renderDateFacet() {
  const ctx = lastCtx;
  const [yearFacet, monthFacet] = DATE_FACETS;
  const section = document.getElementById('facet-date');
  const { from, to } = ctx.state;
  const years = lastFacets[yearFacet] || [];
  const oneYear = from && to && from.slice(0, 4) === to.slice(0, 4) ? from.slice(0, 4) : '';
  const months = oneYear && monthFacet ? (lastFacets[monthFacet] || []).filter((m) => m.value.startsWith(`${oneYear}-`)) : [];
  show(section, years.length > 0);
  const yearItems = years.map((y) => {
    if (!/^\d{4}$/.test(y.value)) {
      return h('li', {}, h('span', { class: 'facet-item facet-static' },
        h('span', { class: 'facet-check', 'aria-hidden': 'true' }),
        h('span', { class: 'facet-name', text: t('undated') }),
        h('span', { class: 'facet-count', text: formatNumber(y.count) })));
    }
    const selected = from === y.value && to === y.value;
    return facetItem(yearFacet, y.value, y.value, y.count, selected,
      () => ctx.go(withChanges(ctx.state, selected ? { from: '', to: '', doc: '' } : { from: y.value, to: y.value, doc: '' })));
  });
  const monthItems = months.map((m) => {
    const selected = from === m.value && to === m.value;
    const label = `${formatMonthShort(m.value.slice(5, 7))} ${m.value.slice(0, 4)}`;
    return facetItem(monthFacet, m.value, label, m.count, selected,
      () => ctx.go(withChanges(ctx.state, selected ? { from: oneYear, to: oneYear, doc: '' } : { from: m.value, to: m.value, doc: '' })));
  });
  fill(section,
    h('h3', { class: 'facet-heading', id: `facet-${yearFacet}-heading`, text: facetLabel(yearFacet) }),
    h('ul', { class: 'facet-values' }, yearItems),
    monthItems.length ? [h('h3', { class: 'facet-heading facet-subheading', id: `facet-${monthFacet}-heading`, text: facetLabel(monthFacet) }),
      h('ul', { class: 'facet-values', 'aria-labelledby': `facet-${monthFacet}-heading` }, monthItems)] : null);
}

function renderOpSwitch(state) {
  for (const radio of document.querySelectorAll('#op-switch input[name="op"]')) radio.checked = radio.value === state.op;
  document.getElementById('op-active').textContent = t(state.op === 'or' ? 'opActiveOr' : 'opActiveAnd');
  const entityCount = ENTITY_FACETS.reduce((n, name) => n + state[name].length, 0);
  const box = document.getElementById('op-switch');
  box.hidden = entityCount === 0; // nothing to combine yet
  box.classList.toggle('op-relevant', entityCount >= 2);
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
      const label = valueLabel(name, value);
      chips.push(removableChip(`${facetLabel(name)} : ${label}`, label, name, withChanges(state, { [name]: state[name].filter((v) => v !== value), doc: '' }), ctx, `chip:${name}:${value}`));
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
