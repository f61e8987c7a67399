// The network of an entity's strongest associations (the API's "network"):
// the entity in the middle, the associated entities on a circle around it,
// a line between two when articles name both, thicker with more articles.
// Drawn as SVG by the page itself. The picture is for the eye; the same
// network follows it as a list of links (each entity, its shared articles,
// the other entities it appears with), which keyboards and screen readers use.

import { h, fill } from './dom.js';
import { t, formatNumber } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 420;
const RADIUS = 150;
const LIST_NEIGHBOURS = 3;

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** root: the container; data: the API's answer; href(association) → its page. */
export function renderNetwork(root, data, href) {
  const nodes = data.network.nodes;
  if (!nodes.length) return fill(root, h('p', { class: 'entity-none', text: t('entityNone') }));
  const center = SIZE / 2;
  const points = [{ x: center, y: center }, ...nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return { x: center + RADIUS * Math.cos(angle), y: center + RADIUS * Math.sin(angle) };
  })];
  const maxShared = Math.max(1, ...data.network.links.map((l) => l.shared));
  const lines = data.network.links.map((l) => svg('line', {
    x1: points[l.from].x, y1: points[l.from].y, x2: points[l.to].x, y2: points[l.to].y,
    class: l.from === 0 ? 'network-link network-link-main' : 'network-link',
    'stroke-width': (0.5 + (5 * l.shared) / maxShared).toFixed(2),
    'stroke-opacity': (0.25 + (0.75 * l.shared) / maxShared).toFixed(2),
  }));
  const maxNode = Math.max(1, ...nodes.map((n) => n.shared));
  const circles = nodes.map((n, i) => {
    const p = points[i + 1];
    const r = 5 + (10 * Math.sqrt(n.shared)) / Math.sqrt(maxNode);
    const anchor = p.x < center - 1 ? 'end' : p.x > center + 1 ? 'start' : 'middle';
    const dx = anchor === 'end' ? -r - 4 : anchor === 'start' ? r + 4 : 0;
    const dy = anchor === 'middle' ? (p.y < center ? -r - 4 : r + 14) : 4;
    const a = svg('a', { href: href(n), class: `network-node network-${n.type}` },
      svg('title', {}, `${n.name} — ${t('entityShared', { n: n.shared })}`),
      svg('circle', { cx: p.x, cy: p.y, r: r.toFixed(1) }),
      svg('text', { x: p.x + dx, y: p.y + dy, 'text-anchor': anchor }, n.name));
    a.setAttribute('tabindex', '-1'); // the list below is the keyboard's way
    return a;
  });
  const picture = svg('svg', { viewBox: `-140 -10 ${SIZE + 280} ${SIZE + 20}`, class: 'network-svg', 'aria-hidden': 'true', focusable: 'false' },
    ...lines, ...circles,
    svg('circle', { cx: center, cy: center, r: 16, class: `network-center network-${data.type}` }),
    svg('text', { x: center, y: center + 32, 'text-anchor': 'middle', class: 'network-center-label' }, data.name));

  // The other nodes an entity shares most articles with, for the list.
  const others = (i) => data.network.links.filter((l) => l.from !== 0 && (l.from === i + 1 || l.to === i + 1))
    .sort((a, b) => b.shared - a.shared).slice(0, LIST_NEIGHBOURS)
    .map((l) => `${nodes[(l.from === i + 1 ? l.to : l.from) - 1].name} (${formatNumber(l.shared)})`);
  const list = h('ul', { class: 'network-list', 'aria-labelledby': 'network-list-heading' }, nodes.map((n, i) => h('li', {},
    h('a', { href: href(n), class: `mention-${n.type}`, text: n.name }),
    ` — ${t('entityShared', { n: n.shared })}`,
    others(i).length ? h('span', { class: 'network-also', text: ` ; ${t('entityLinkedTo', { names: others(i).join(', ') })}` }) : null)));
  fill(root, picture, h('h3', { id: 'network-list-heading', class: 'network-list-heading', text: t('entityNetworkList') }), list);
}
