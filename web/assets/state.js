// The page's whole state lives in the URL's query string, so reload,
// back/forward and a shared link all show the same page:
//   ?q=…&person=…&place=…&org=…&lang=…&source=…&op=or&from=2023&to=2023-06&sort=date&page=2&size=20&doc=ID&hist=mentioned&ui=en
// Lists (the value facets: person, place, org, lang, source) repeat their parameter. Defaults are left
// out (op=and, page=1, size=10, and no sort: the server's, relevance with
// words and newest first without), so equal states give equal URLs.
// correct=false searches the query as typed, without automatic correction;
// a new query turns correction back on.

// The facets, learnt from GET /api/facets (the server's kFacetTable) before
// the URL is first read: setFacets() fills these lists in place.
export const FACETS = [];         // every listed facet: { name, kind, field }, in display order
export const VALUE_FACETS = [];   // chosen by value (kinds entity, code, name, mentioned): URL and API parameters
export const ENTITY_FACETS = [];  // persons, places, organisations: combined by AND/OR
export const DATE_FACETS = [];    // chosen by the from/to range: coarsest first (years, months)

export function setFacets(list) {
  const byKind = (...kinds) => list.filter((f) => kinds.includes(f.kind)).map((f) => f.name);
  FACETS.splice(0, Infinity, ...list);
  VALUE_FACETS.splice(0, Infinity, ...byKind('entity', 'code', 'name', 'mentioned'));
  ENTITY_FACETS.splice(0, Infinity, ...byKind('entity'));
  DATE_FACETS.splice(0, Infinity, ...byKind('date'));
}

/** A facet's kind ('entity', 'code', 'name', 'date', 'mentioned'), or ''. */
export function facetKind(name) {
  const f = FACETS.find((x) => x.name === name);
  return f ? f.kind : '';
}
export const PAGE_SIZES = [10, 20, 50];

export function emptyState() {
  return { q: '', ...Object.fromEntries(VALUE_FACETS.map((name) => [name, []])), op: 'and', from: '', to: '', sort: '', page: 1, size: PAGE_SIZES[0], doc: '', hist: '', correct: true };
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseState(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.q = p.get('q') ?? '';
  for (const name of VALUE_FACETS) s[name] = unique(p.getAll(name).filter(Boolean));
  s.op = p.get('op') === 'or' ? 'or' : 'and';
  s.from = DATE.test(p.get('from') ?? '') ? p.get('from') : '';
  s.to = DATE.test(p.get('to') ?? '') ? p.get('to') : '';
  s.sort = ['date', 'relevance'].includes(p.get('sort')) ? p.get('sort') : '';
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  s.page = Number.isFinite(page) && page > 0 ? page : 1;
  const size = Number.parseInt(p.get('size') ?? '', 10);
  s.size = PAGE_SIZES.includes(size) ? size : PAGE_SIZES[0];
  s.doc = p.get('doc') ?? '';
  s.correct = p.get('correct') !== 'false';
  s.hist = p.get('hist') === 'mentioned' ? 'mentioned' : '';  // the histogram shows mentioned dates
  return s;
}

/** The search's own parameters (no doc, no ui): what /api/search and /api/facet take. */
export function searchParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const name of VALUE_FACETS) for (const v of s[name]) p.append(name, v);
  if (s.op === 'or') p.set('op', 'or');
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.correct === false) p.set('correct', 'false');
  return p;
}

/** The page's URL for a state ("?…", or "/" for the empty state). */
export function stateUrl(s, ui) {
  const p = searchParams(s);
  if (s.sort) p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== PAGE_SIZES[0]) p.set('size', String(s.size));
  if (s.doc) p.set('doc', s.doc);
  if (s.hist) p.set('hist', s.hist);
  if (ui && ui !== 'fr') p.set('ui', ui);
  const query = p.toString();
  return query ? `?${query}` : location.pathname;
}

/** A copy of the state with some fields changed; any change but page and doc goes back to page 1. */
export function withChanges(s, changes) {
  const next = { ...s, ...changes };
  if ('q' in changes && !('correct' in changes)) next.correct = true;
  for (const name of VALUE_FACETS) next[name] = [...next[name]];
  if (!('page' in changes) && Object.keys(changes).some((k) => k !== 'doc')) next.page = 1;
  return next;
}

export function toggleValue(s, facet, value) {
  const has = s[facet].includes(value);
  return withChanges(s, { [facet]: has ? s[facet].filter((v) => v !== value) : [...s[facet], value], doc: '' });
}

export function addValue(s, facet, value) {
  if (s[facet].includes(value)) return withChanges(s, { doc: '' });
  return withChanges(s, { [facet]: [...s[facet], value], doc: '' });
}

export function activeFilterCount(s) {
  return VALUE_FACETS.reduce((n, name) => n + s[name].length, 0) + (s.from || s.to ? 1 : 0);
}

function unique(values) {
  return [...new Set(values)];
}
