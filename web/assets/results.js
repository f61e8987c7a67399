// The result list, its count and timing, the suggestion, and pagination.
// The snippet is the one field inserted as HTML: the API escapes the
// article's text and adds only <mark>. Everything else goes in as text.

import { h, fill, show, safeUrl } from './dom.js';
import { t, formatDate, formatNumber, languageName } from './i18n.js';
import { withChanges, addValue } from './state.js';
import { entityPageLink } from './entity-link.js';

const MAX_PERSON_CHIPS = 4;

/**
 * ctx: { state, link(state) → href, go(state, event), openDoc(id, event) }
 */
export function renderResults(data, ctx) {
  const { state } = ctx;
  const status = document.getElementById('status');
  const count = t(data.total_exact === false ? 'countApprox' : 'count', { n: data.total });
  const parts = [count];
  if (typeof data.timing_ms === 'number') parts.push(t('timing', { ms: formatNumber(Math.round(data.timing_ms)) }));
  const pages = servedPages(data, state.size);
  if (pages > 1) parts.push(t('pageOf', { page: state.page, pages }));
  // Sorted by date, weak matches are not listed (the facets still count them).
  if (data.below_floor > 0) parts.push(t('belowFloor', { n: data.below_floor }));
  // Without words the server lists the newest first: say why it is not by relevance.
  if (!state.sort && data.sort === 'date' && data.total > 0) parts.push(t('newestFirst'));
  // Stopwords only rank nothing: the server lists their matches newest first too.
  if (data.newest_first && data.total > 0) parts.push(t('commonWordsNewest'));
  status.textContent = parts.join(' · ');

  const list = document.getElementById('results');
  fill(list, data.results.map((r, i) => resultItem(r, (state.page - 1) * state.size + i + 1, ctx)));

  const empty = document.getElementById('empty');
  show(empty, data.results.length === 0);
  fill(empty, h('p', { class: 'no-results-title', text: t('noResults') }), h('p', { text: t('noResultsHint') }));

  renderSuggestion(data.suggestion, ctx);
  renderCorrection(data, ctx);
  renderOptionalWords(data.optional_words);
  renderPagination(data, ctx);
}

function resultItem(r, rank, ctx) {
  const title = r.title || r.id;
  const titleLink = h('a', {
    href: ctx.link(withChanges(ctx.state, { doc: r.id })),
    class: 'result-title-link',
    dataset: { focusKey: `doc:${r.id}`, doc: r.id },
    onclick: (e) => ctx.openDoc(r.id, e),
    text: title,
  });

  const meta = h('div', { class: 'result-meta' },
    h('span', { class: 'result-date', text: formatDate(r.date) }),
    r.lang ? h('span', { class: 'result-lang', lang: r.lang, text: languageName(r.lang) }) : null,
    r.source ? h('span', { class: 'result-publication', text: r.source }) : null,
    duplicatesNote(r, ctx),
    safeUrl(r.url) ? h('a', { class: 'result-source', href: safeUrl(r.url), rel: 'noopener noreferrer', target: '_blank', text: t('original') }) : null);

  const snippet = h('p', { class: 'result-snippet', lang: r.lang || null });
  snippet.innerHTML = r.snippet || ''; // escaped by the API, with <mark> only

  const persons = (r.entities || []).filter((e) => e.type === 'person')
    .sort((a, b) => b.count - a.count).slice(0, MAX_PERSON_CHIPS);
  const personList = persons.length === 0 ? null : h('div', { class: 'result-persons' },
    h('span', { class: 'visually-hidden', text: t('personsOf') }),
    h('ul', { class: 'chips' }, persons.map((p) => h('li', {},
      h('a', {
        class: 'chip chip-person',
        href: ctx.link(addValue(ctx.state, 'person', p.name)),
        title: t('filterBy', { name: p.name }),
        onclick: (e) => ctx.go(addValue(ctx.state, 'person', p.name), e),
        text: p.name,
      }), entityPageLink('person', p.name)))));

  return h('li', { class: 'result', value: String(rank) },
    h('article', { 'aria-labelledby': `result-${rank}` },
      h('h3', { class: 'result-title', id: `result-${rank}` }, titleLink),
      meta, snippet, personList));
}

/** "2 autres versions": the near-duplicates collapsed into this result, each with its title, date and publication, opening in the article view. */
function duplicatesNote(r, ctx) {
  const versions = Array.isArray(r.versions) ? r.versions : [];
  const n = Number(r.duplicates) || versions.length;
  if (n <= 0) return null;
  if (versions.length === 0) return h('span', { class: 'result-duplicates', text: t('duplicates', { n }) });
  return h('details', { class: 'result-duplicates' },
    h('summary', { text: t('duplicates', { n }) }),
    h('ul', {}, versions.map((v) => h('li', { class: 'version' },
      h('a', {
        href: ctx.link(withChanges(ctx.state, { doc: v.id })),
        class: 'version-title',
        dataset: { focusKey: `doc:${v.id}`, doc: v.id },
        onclick: (e) => ctx.openDoc(v.id, e),
        text: v.title || v.id,
      }),
      h('span', { class: 'version-meta', text: [formatDate(v.date), v.source].filter(Boolean).join(' · ') })))));
}

function renderSuggestion(suggestion, ctx) {
  const el = document.getElementById('suggestion');
  show(el, Boolean(suggestion));
  if (!suggestion) return fill(el);
  const next = withChanges(ctx.state, { q: suggestion, doc: '' });
  fill(el, t('suggestion'),
    h('a', { href: ctx.link(next), class: 'suggestion-link', onclick: (e) => ctx.go(next, e), text: suggestion }),
    ' ?');
}

/** "Résultats pour Mélenchon — rechercher plutôt Mélanchon": the query was corrected; the link searches it as typed. */
function renderCorrection(data, ctx) {
  const el = document.getElementById('corrected');
  const from = typeof data.corrected_from === 'string' ? data.corrected_from : '';
  show(el, Boolean(from));
  if (!from) return fill(el);
  const typed = withChanges(ctx.state, { q: from, correct: false, doc: '' });
  fill(el, t('correctedTo'), h('strong', { text: data.searched_query || '' }), t('searchInstead'),
    h('a', { href: ctx.link(typed), class: 'suggestion-link', onclick: (e) => ctx.go(typed, e), text: from }));
}

/** The words the search stopped requiring because few articles have them all. */
function renderOptionalWords(words) {
  const el = document.getElementById('optional-words');
  const list = Array.isArray(words) ? words : [];
  show(el, list.length > 0);
  fill(el, list.length ? t('optionalWords', { n: list.length, words: list.map((w) => t('quoted', { w })).join(', ') }) : null);
}

/** Pages the server serves for this answer: up to `max_page`, it refuses deeper ones. */
function servedPages(data, size) {
  const all = Math.max(1, Math.ceil(data.total / size));
  return Number.isInteger(data.max_page) ? Math.min(all, data.max_page) : all;
}

/**
 * Page links: first, last, and two either side of the current page. The last
 * is the last page the server serves (`max_page`: it refuses deeper ones);
 * past it, a note says how to reach the rest.
 */
function renderPagination(data, ctx) {
  const nav = document.getElementById('pagination');
  const all = Math.ceil(data.total / ctx.state.size);
  const pages = servedPages(data, ctx.state.size);
  const current = ctx.state.page;
  show(nav, pages > 1);
  if (pages <= 1) return fill(nav);
  const wanted = new Set([1, pages]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= pages) wanted.add(p);
  const numbers = [...wanted].sort((a, b) => a - b);
  const items = [];
  const pageLink = (p, label, cls, rel) => {
    const target = withChanges(ctx.state, { page: p, doc: '' });
    return h('a', {
      href: ctx.link(target), class: cls, rel,
      'aria-label': label === String(p) ? t('pageN', { n: p }) : null,
      'aria-current': p === current && label === String(p) ? 'page' : null,
      dataset: { focusKey: `page:${label}` },
      onclick: (e) => ctx.go(target, e, { scroll: true }),
      text: label,
    });
  };
  items.push(h('li', {}, current > 1 ? pageLink(current - 1, t('previous'), 'page-prev', 'prev')
    : h('span', { class: 'page-prev disabled', 'aria-disabled': 'true', text: t('previous') })));
  let last = 0;
  for (const p of numbers) {
    if (p - last > 1) items.push(h('li', { class: 'page-gap', 'aria-hidden': 'true', text: '…' }));
    items.push(h('li', {}, pageLink(p, String(p), p === current ? 'page-number current' : 'page-number')));
    last = p;
  }
  items.push(h('li', {}, current < pages ? pageLink(current + 1, t('next'), 'page-next', 'next')
    : h('span', { class: 'page-next disabled', 'aria-disabled': 'true', text: t('next') })));
  fill(nav, h('ul', {}, items),
    pages < all ? h('p', { class: 'page-limit', id: 'page-limit', text: t('pageLimit', { n: pages * ctx.state.size }) }) : null);
}
