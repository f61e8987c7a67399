// The article view: title, date, language, source, the full text by blocks
// (paragraphs, headings, captions), photo credits apart, and the persons,
// places and organisations highlighted where they are mentioned. A mention
// (or an entity of the list) offers to search for that entity alone or to
// add it to the current filters (entity-menu.js).
// The query's words are marked (<mark class="query-match">) in the title and
// text, from the ranges /api/doc answers for the search's q. The dates the
// text mentions are marked too, each a link to the articles that mention it.
// Offsets are UTF-16 code units in `text` (the blocks joined by "\n\n"),
// which is how JavaScript strings index, so slicing is direct.

import { h, fill, safeUrl } from './dom.js';
import { t, formatDate, languageName, formatNumber, facetLabel } from './i18n.js';
import { ENTITY_FACETS, emptyState, withChanges } from './state.js';
import { openEntityMenu, searchThis, closeEntityMenu } from './entity-menu.js';
import { renderArticleTools } from './article-tools.js';
import { renderSimilar } from './similar.js';

const BLOCK_TAGS = { p: 'p', h: 'h3', c: 'p' };

/** ctx: { state, link(state) → href, go(state, event) } */
export function renderArticle(doc, ctx) {
  closeEntityMenu();
  const root = document.getElementById('article');
  const mentions = flattenMentions(doc.entities || [], doc.dates || []);
  const matches = validRanges(doc.matches);
  const blocks = placeBlocks(doc);

  const meta = h('p', { class: 'article-meta' },
    h('span', { class: 'result-date', text: formatDate(doc.date) }),
    doc.lang ? h('span', { class: 'result-lang', lang: doc.lang, text: languageName(doc.lang) }) : null,
    doc.source ? h('span', { class: 'article-source', text: doc.source }) : null,
    safeUrl(doc.url) ? h('a', { href: safeUrl(doc.url), rel: 'noopener noreferrer', target: '_blank', text: t('openOriginal') }) : null);

  const body = h('div', { class: 'article-body', lang: doc.lang || null },
    blocks.map((b) => h(BLOCK_TAGS[b.kind] || 'p', { class: `block block-${b.kind}` },
      b.start < 0 ? b.text : highlighted(doc.text, b.start, b.end, mentions, matches, ctx))));

  const credits = (doc.credits || []).filter(Boolean);
  fill(root,
    h('header', { class: 'article-header' },
      h('h2', { id: 'article-title', class: 'article-title', lang: doc.lang || null },
        doc.title ? marked(doc.title, 0, doc.title.length, validRanges(doc.title_matches)) : doc.id),
      meta),
    entityLegend(),
    body,
    credits.length ? h('section', { class: 'article-credits', 'aria-labelledby': 'article-credits-heading' },
      h('h3', { id: 'article-credits-heading', text: t('credits') }),
      h('ul', {}, credits.map((c) => h('li', { text: c })))) : null,
    entityList(doc.entities || [], ctx),
    dateList(doc.dates || [], ctx),
    h('section', { class: 'article-similar', id: 'article-similar', 'aria-labelledby': 'article-similar-heading' }));
  renderArticleTools(doc, ctx);
  renderSimilar(doc.id, ctx);
}

export function renderArticleMessage(message, detail) {
  fill(document.getElementById('article-tools'));
  fill(document.getElementById('article'),
    h('header', { class: 'article-header' }, h('h2', { id: 'article-title', class: 'article-title', text: message })),
    detail ? h('p', { class: 'article-error', text: detail }) : null);
}

/** Each block with its [start, end) in `text`; found by position, else by search. */
function placeBlocks(doc) {
  const text = doc.text || '';
  const blocks = doc.blocks && doc.blocks.length ? doc.blocks : text.split('\n\n').map((s) => ({ kind: 'p', text: s }));
  let offset = 0;
  return blocks.map((b) => {
    let start = offset;
    if (text.slice(start, start + b.text.length) !== b.text) {
      const found = text.indexOf(b.text, offset);
      start = found >= 0 ? found : -1;
    }
    if (start < 0) return { kind: b.kind, start: -1, end: -1, text: b.text };
    offset = start + b.text.length + 2;
    return { kind: b.kind, start, end: start + b.text.length, text: b.text };
  });
}

/** All mentions of entities and dates, in text order, without overlaps (the first, then the longest, wins). */
function flattenMentions(entities, dates) {
  const all = [];
  for (const e of entities) {
    if (!ENTITY_FACETS.includes(e.type)) continue;
    for (const [start, end] of e.mentions || []) {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) all.push({ start, end, type: e.type, name: e.name });
    }
  }
  for (const d of dates) {
    if (Number.isInteger(d.start) && Number.isInteger(d.end) && d.end > d.start && typeof d.value === 'string') {
      all.push({ start: d.start, end: d.end, type: 'date', name: d.value });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let covered = -1;
  for (const m of all) {
    if (m.start >= covered) {
      out.push(m);
      covered = m.end;
    }
  }
  return out;
}

/** [[start, end], …] from the API, well formed, in text order. */
function validRanges(ranges) {
  return (Array.isArray(ranges) ? ranges : [])
    .filter((r) => Array.isArray(r) && Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[1] > r[0])
    .map(([start, end]) => ({ start, end }))
    .sort((a, b) => a.start - b.start);
}

/** The text of [start, end) as text nodes, with the query's matches in <mark>. */
function marked(text, start, end, matches) {
  const parts = [];
  let at = start;
  for (const m of matches) {
    if (m.end <= at || m.start >= end) continue;
    const s = Math.max(m.start, at);
    const e = Math.min(m.end, end);
    if (s > at) parts.push(text.slice(at, s));
    parts.push(h('mark', { class: 'query-match' }, text.slice(s, e)));
    at = e;
  }
  if (at < end) parts.push(text.slice(at, end));
  return parts;
}

/** The text of [start, end) as text nodes and mention links, query matches marked in both. */
function highlighted(text, start, end, mentions, matches, ctx) {
  const parts = [];
  let at = start;
  for (const m of mentions) {
    if (m.end <= start || m.start >= end) continue;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > at) parts.push(marked(text, at, s, matches));
    if (m.type === 'date') {
      const target = searchDate(m.name);
      parts.push(h('a', {
        class: 'mention mention-date', href: ctx.link(target), title: t('dateLink', { value: m.name }),
        onclick: (ev) => ctx.go(target, ev),
      }, marked(text, s, e, matches)));
      at = e;
      continue;
    }
    parts.push(h('a', {
      class: `mention mention-${m.type}`, href: ctx.link(searchThis(m.type, m.name)),
      title: t('entityLink', { type: t(`entity_${m.type}`), name: m.name }),
      'aria-haspopup': 'true',
      dataset: { type: m.type, name: m.name },
      onclick: (ev) => openEntityMenu(ev.currentTarget, m.type, m.name, ctx, ev),
    }, marked(text, s, e, matches)));
    at = e;
  }
  if (at < end) parts.push(marked(text, at, end, matches));
  return parts;
}

/** The articles that mention this date (a day, month, year or range). */
function searchDate(value) {
  return withChanges(emptyState(), { mentioned: [value] });
}

/** The dates the article mentions, once each, in order, as links to the articles that mention them. */
function dateList(dates, ctx) {
  const values = [...new Set(dates.map((d) => d.value).filter((v) => typeof v === 'string'))];
  if (!values.length) return null;
  return h('section', { class: 'article-dates', 'aria-labelledby': 'article-dates-heading' },
    h('h3', { id: 'article-dates-heading', text: t('datesTitle') }),
    h('ul', { class: 'chips' }, values.map((v) => {
      const target = searchDate(v);
      return h('li', {}, h('a', {
        class: 'chip mention-date', href: ctx.link(target), title: t('dateLink', { value: v }),
        onclick: (ev) => ctx.go(target, ev), text: v,
      }));
    })));
}

function entityLegend() {
  return h('p', { class: 'entity-legend', 'aria-hidden': 'true' },
    ENTITY_FACETS.map((type) => h('span', { class: `legend-item mention-${type}`, text: t(`entity_${type}`) })));
}

/** The entities, by type and count, as links that search for them. */
function entityList(entities, ctx) {
  const groups = ENTITY_FACETS.map((type) => ({
    type, items: entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((g) => g.items.length);
  if (!groups.length) return null;
  return h('section', { class: 'article-entities', 'aria-labelledby': 'article-entities-heading' },
    h('h3', { id: 'article-entities-heading', text: t('entitiesTitle') }),
    groups.map((g) => h('div', { class: 'entity-group' },
      h('h4', { text: facetLabel(g.type) }),
      h('ul', { class: 'chips' }, g.items.map((e) => {
        return h('li', {}, h('a', {
          class: `chip chip-entity mention-${e.type}`, href: ctx.link(searchThis(e.type, e.name)),
          title: t('entityLink', { type: t(`entity_${e.type}`), name: e.name }),
          'aria-haspopup': 'true',
          dataset: { type: e.type, name: e.name },
          onclick: (ev) => openEntityMenu(ev.currentTarget, e.type, e.name, ctx, ev),
        }, e.name, h('span', { class: 'chip-count', text: ` ${formatNumber(e.count)}` })));
      })))));
}
