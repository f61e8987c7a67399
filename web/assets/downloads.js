// The current search's links that leave the page: "Exporter" (every
// matching article as CSV or JSON Lines, GET /api/export) and its Atom feed
// (GET /feed.atom, also the head's rel="alternate" link, so a browser or a
// feed reader finds it).

import { searchParams } from './state.js';

/** Points the export and feed links at the search of `state`. */
export function renderDownloads(state) {
  const p = searchParams(state);
  p.set('op', state.op);
  if (state.sort) p.set('sort', state.sort);
  for (const format of ['csv', 'jsonl']) {
    const q = new URLSearchParams(p);
    q.set('format', format);
    document.getElementById(`export-${format}`).href = `/api/export?${q}`;
  }
  const feed = searchParams(state);
  if (state.op === 'or') feed.set('op', 'or');
  const href = `/feed.atom${feed.toString() ? `?${feed}` : ''}`;
  document.getElementById('feed-link').href = href;
  document.getElementById('feed-anchor').href = href;
}
