// The article view's reading tools, in its top bar: the previous and next
// result of the list (without closing the view), the previous and next
// match of the query's words in the article, a permalink and a "cite"
// button that copies a plain-text reference (title, publication, date,
// address) to the clipboard.

import { h, fill, safeUrl } from './dom.js';
import { t, formatDate } from './i18n.js';

let current = -1; // the query match shown, in #article mark.query-match order

/** The plain-text reference of an article. */
export function citation(doc, permalink) {
  const parts = [doc.title || doc.id, doc.source, doc.date ? formatDate(doc.date) : null].filter(Boolean);
  return `${parts.join('. ')}. ${safeUrl(doc.url) || permalink}`;
}

export function permalinkOf(id) {
  return `${location.origin}/?doc=${encodeURIComponent(id)}`;
}

/**
 * ctx: { neighbours(id) → { prev, next } ids in the result list (or null), openDoc(id, event), link(state) }.
 */
export function renderArticleTools(doc, ctx) {
  current = -1;
  const root = document.getElementById('article-tools');
  const { prev, next } = ctx.neighbours(doc.id);
  const matches = document.querySelectorAll('#article mark.query-match').length;
  const permalink = permalinkOf(doc.id);
  const status = h('span', { class: 'article-tools-status', id: 'article-tools-status', role: 'status' });
  const resultButton = (id, key, cls) => h('button', {
    type: 'button', class: `tool ${cls}`, disabled: !id, onclick: (e) => id && ctx.openDoc(id, e), text: t(key),
  });
  const counter = h('span', { class: 'match-counter', id: 'match-counter', text: matches ? t('matchCount', { n: matches }) : '' });
  fill(root,
    h('div', { class: 'tool-group', role: 'group', 'aria-label': t('resultsNav') },
      resultButton(prev, 'previousResult', 'prev-result'), resultButton(next, 'nextResult', 'next-result')),
    matches ? h('div', { class: 'tool-group', role: 'group', 'aria-label': t('matchesNav') },
      h('button', { type: 'button', class: 'tool prev-match', onclick: () => step(-1), text: t('previousMatch') }),
      counter,
      h('button', { type: 'button', class: 'tool next-match', onclick: () => step(1), text: t('nextMatch') })) : null,
    h('div', { class: 'tool-group' },
      h('a', { class: 'tool permalink', href: permalink, text: t('permalink') }),
      h('button', { type: 'button', class: 'tool cite', onclick: () => copy(citation(doc, permalink), status), text: t('cite') })),
    status);
}

/** Shows the next (+1) or previous (-1) match of the query, round the article. */
function step(direction) {
  const marks = [...document.querySelectorAll('#article mark.query-match')];
  if (!marks.length) return;
  if (marks[current]) marks[current].classList.remove('current');
  current = (current + direction + marks.length) % marks.length;
  const mark = marks[current];
  mark.classList.add('current');
  mark.scrollIntoView({ block: 'center' });
  document.getElementById('match-counter').textContent = t('matchOf', { i: current + 1, n: marks.length });
}

async function copy(text, status) {
  let done = false;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    // No clipboard API (plain http on another host): select a copy and ask the browser to copy it.
    const area = h('textarea', { class: 'visually-hidden', readonly: true });
    area.value = text;
    document.getElementById('article-view').append(area);
    area.select();
    done = document.execCommand('copy');
    area.remove();
  }
  status.textContent = done ? t('citeCopied') : t('citeFailed', { text });
}
