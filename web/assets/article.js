// The article view: title, date, language, source, the full text by blocks
// (paragraphs, headings, captions), photo credits apart, and the persons,
// places and organisations highlighted where they are mentioned. A mention
// is a link: following it searches for articles about that entity.
// Mention offsets are UTF-16 code units in `text` (the blocks joined by
// "\n\n"), which is how JavaScript strings index, so slicing is direct.

import { h, fill, safeUrl } from './dom.js';
import { t, formatDate, languageName, formatNumber } from './i18n.js';
import { addValue } from './state.js';
import { entityPageLink } from './entity-link.js';

const ENTITY_TYPES = ['person', 'place', 'org'];
const BLOCK_TAGS = { p: 'p', h: 'h3', c: 'p' };

/** ctx: { state, link(state) → href, go(state, event) } */
export function renderArticle(doc, ctx) {
  const root = document.getElementById('article');
  const mentions = flattenMentions(doc.entities || []);
  const blocks = placeBlocks(doc);

  const meta = h('p', { class: 'article-meta' },
    h('span', { class: 'result-date', text: formatDate(doc.date) }),
    doc.lang ? h('span', { class: 'result-lang', lang: doc.lang, text: languageName(doc.lang) }) : null,
    doc.source ? h('span', { class: 'article-source', text: doc.source }) : null,
    safeUrl(doc.url) ? h('a', { href: safeUrl(doc.url), rel: 'noopener noreferrer', target: '_blank', text: t('openOriginal') }) : null);

  const body = h('div', { class: 'article-body', lang: doc.lang || null },
    blocks.map((b) => h(BLOCK_TAGS[b.kind] || 'p', { class: `block block-${b.kind}` },
      b.start < 0 ? b.text : highlighted(doc.text, b.start, b.end, mentions, ctx))));

  const credits = (doc.credits || []).filter(Boolean);
  fill(root,
    h('header', { class: 'article-header' },
      h('h2', { id: 'article-title', class: 'article-title', lang: doc.lang || null, text: doc.title || doc.id }),
      meta),
    entityLegend(),
    body,
    credits.length ? h('section', { class: 'article-credits', 'aria-labelledby': 'article-credits-heading' },
      h('h3', { id: 'article-credits-heading', text: t('credits') }),
      h('ul', {}, credits.map((c) => h('li', { text: c })))) : null,
    entityList(doc.entities || [], ctx));
}

export function renderArticleMessage(message, detail) {
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

/** All mentions, in text order, without overlaps (the first, then the longest, wins). */
function flattenMentions(entities) {
  const all = [];
  for (const e of entities) {
    if (!ENTITY_TYPES.includes(e.type)) continue;
    for (const [start, end] of e.mentions || []) {
      if (Number.isInteger(start) && Number.isInteger(end) && end > start) all.push({ start, end, type: e.type, name: e.name });
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

/** The text of [start, end) as text nodes and mention links. */
function highlighted(text, start, end, mentions, ctx) {
  const parts = [];
  let at = start;
  for (const m of mentions) {
    if (m.end <= start || m.start >= end) continue;
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (s > at) parts.push(text.slice(at, s));
    const target = addValue(ctx.state, m.type, m.name);
    parts.push(h('a', {
      class: `mention mention-${m.type}`, href: ctx.link(target),
      title: t('entityLink', { type: t(`entity_${m.type}`), name: m.name }),
      dataset: { type: m.type, name: m.name },
      onclick: (ev) => ctx.go(target, ev),
    }, text.slice(s, e)));
    at = e;
  }
  if (at < end) parts.push(text.slice(at, end));
  return parts;
}

function entityLegend() {
  return h('p', { class: 'entity-legend', 'aria-hidden': 'true' },
    ENTITY_TYPES.map((type) => h('span', { class: `legend-item mention-${type}`, text: t(`entity_${type}`) })));
}

/** The entities, by type and count, as links that search for them. */
function entityList(entities, ctx) {
  const groups = ENTITY_TYPES.map((type) => ({
    type, items: entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  })).filter((g) => g.items.length);
  if (!groups.length) return null;
  return h('section', { class: 'article-entities', 'aria-labelledby': 'article-entities-heading' },
    h('h3', { id: 'article-entities-heading', text: t('entitiesTitle') }),
    groups.map((g) => h('div', { class: 'entity-group' },
      h('h4', { text: t(`facet_${g.type}`) }),
      h('ul', { class: 'chips' }, g.items.map((e) => {
        const target = addValue(ctx.state, e.type, e.name);
        return h('li', {}, h('a', {
          class: `chip chip-entity mention-${e.type}`, href: ctx.link(target),
          title: t('entityLink', { type: t(`entity_${e.type}`), name: e.name }),
          onclick: (ev) => ctx.go(target, ev),
        }, e.name, h('span', { class: 'chip-count', text: ` ${formatNumber(e.count)}` })), entityPageLink(e.type, e.name));
      })))));
}
