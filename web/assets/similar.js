// "Articles proches" under an article: the articles sharing most of its
// distinctive words and entities (GET /api/similar/ID; its near-duplicates
// are left out by the server), each opening in the article view.

import { h, fill } from './dom.js';
import { fetchSimilar } from './api.js';
import { t, formatDate } from './i18n.js';
import { withChanges } from './state.js';

const SHOWN = 5;
let pending = null;

/** Fills #article-similar for article `id`; ctx: { state, link, openDoc }. */
export async function renderSimilar(id, ctx) {
  const section = document.getElementById('article-similar');
  if (!section) return;
  if (pending) pending.abort();
  const controller = new AbortController();
  pending = controller;
  let items;
  try {
    items = (await fetchSimilar(id, SHOWN, controller.signal)).similar || [];
  } catch (e) {
    if (e.name !== 'AbortError') fill(section); // a side list: nothing rather than an error
    return;
  }
  if (pending !== controller || !section.isConnected) return;
  fill(section,
    h('h3', { id: 'article-similar-heading', text: t('similarTitle') }),
    items.length === 0 ? h('p', { text: t('similarNone') }) : h('ul', {}, items.map((s) => h('li', {},
      h('a', {
        href: ctx.link(withChanges(ctx.state, { doc: s.id })),
        class: 'similar-link', dataset: { doc: s.id },
        onclick: (e) => ctx.openDoc(s.id, e),
        text: s.title || s.id,
      }),
      ' ', h('span', { class: 'version-meta', text: [formatDate(s.date), s.source].filter(Boolean).join(' · ') })))));
}
