// The date histogram of the results, drawn as a row of buttons (plain DOM:
// each bar is focusable and labelled). Per year; per month when one year is
// chosen, when the chosen range is two years or less, or when all dated
// results fall in one year.
// Click a bar (or Enter/Space on it) to filter to its year or month; drag
// across bars to filter to their range. Arrow keys move between bars.
// A switch shows instead the years the results mention (the "mentioned"
// facet, ?hist=mentioned): per year, per decade over long spans; a bar
// filters to the articles that mention it.

import { h, fill, show } from './dom.js';
import { t, formatMonthShort, formatNumber } from './i18n.js';
import { withChanges, DATE_FACETS } from './state.js';
import { fetchFacet } from './api.js';

const MAX_MONTH_BARS = 36;
const ALL_LABELS_UP_TO = 16;
const COUNTS_UP_TO = 24;

let brush = null; // { bars, start, end } while dragging
let suppressClick = false;

const MENTIONED = 'mentioned';
const MAX_YEAR_BARS = 60;
let drawing = 0; // the latest render: an older answer of /api/facet is dropped

/** ctx: { state, link(state) → href, go(state, event) } */
export function renderHistogram(facets, ctx) {
  const token = ++drawing;
  if (ctx.state.hist === MENTIONED && Object.keys(facets).length) {
    fetchFacet(MENTIONED, ctx.state, '', 1000)
      .then((data) => { if (token === drawing) renderMentioned(data.values || [], ctx); })
      .catch(() => { if (token === drawing) renderMentioned([], ctx); });
    return;
  }
  const section = document.getElementById('histogram');
  const [yearFacet, monthFacet] = DATE_FACETS; // coarsest first
  const years = (facets[yearFacet] || []).filter((y) => /^\d{4}$/.test(y.value));
  const undated = (facets[yearFacet] || []).filter((y) => !/^\d{4}$/.test(y.value)).reduce((n, y) => n + y.count, 0);
  const buckets = bucketsFor(years, facets[monthFacet] || [], ctx.state);
  show(section, buckets.length > 0);
  if (buckets.length === 0) return fill(section);

  const monthly = buckets[0].from.length === 7;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const { from, to } = ctx.state;
  const every = buckets.length <= ALL_LABELS_UP_TO ? 1 : Math.ceil(buckets.length / ALL_LABELS_UP_TO);
  // Bars inside the chosen range stand out, unless the range covers every bar drawn.
  const chosen = buckets.map((b) => Boolean(from || to) && inRange(b, from, to));
  if (chosen.every(Boolean)) chosen.fill(false);
  const focusIndex = Math.max(0, chosen.indexOf(true));

  const bars = buckets.map((b, i) => {
    const label = monthly ? `${formatMonthShort(b.from.slice(5))} ${b.from.slice(0, 4)}` : b.from;
    const selected = chosen[i];
    const fillEl = h('span', { class: 'bar-fill' });
    fillEl.style.height = `${b.count === 0 ? 0 : Math.max(3, (100 * b.count) / max)}%`;
    const shortLabel = monthly ? (b.from.endsWith('-01') || i === 0 ? [formatMonthShort(b.from.slice(5)), h('span', { class: 'bar-year', text: b.from.slice(0, 4) })] : formatMonthShort(b.from.slice(5))) : b.from;
    return h('button', {
      type: 'button', class: `bar${selected ? ' selected' : ''}${b.count === 0 ? ' bar-empty' : ''}`,
      'aria-pressed': String(selected),
      'aria-label': t('histogramBar', { label, count: t('count', { n: b.count }) }),
      title: t('histogramBar', { label, count: t('count', { n: b.count }) }),
      tabindex: i === focusIndex ? '0' : '-1',
      dataset: { index: String(i), from: b.from, to: b.to, focusKey: `bar:${b.from}` },
      onclick: () => {
        if (suppressClick) return;
        const exact = from === b.from && to === b.to;
        ctx.go(withChanges(ctx.state, exact ? { from: '', to: '', doc: '' } : { from: b.from, to: b.to, doc: '' }));
      },
    },
    h('span', { class: 'bar-count', 'aria-hidden': 'true', text: buckets.length <= COUNTS_UP_TO && b.count > 0 ? formatNumber(b.count) : '' }),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fillEl),
    h('span', { class: `bar-label${i % every === 0 ? '' : ' bar-label-skip'}`, 'aria-hidden': 'true' }, shortLabel));
  });

  const row = h('div', { class: `bars${monthly ? ' bars-monthly' : ''}`, role: 'group', 'aria-labelledby': 'histogram-heading', 'aria-describedby': 'histogram-hint' }, bars);
  row.addEventListener('pointerdown', (e) => startBrush(e, row, ctx));
  row.addEventListener('keydown', (e) => moveFocus(e, row));

  const cleared = withChanges(ctx.state, { from: '', to: '', doc: '' });
  const foot = [];
  if (undated > 0) foot.push(h('span', { text: t('histogramUndated', { n: undated }) }));
  if (from || to) foot.push(h('a', { href: ctx.link(cleared), class: 'histogram-all', dataset: { focusKey: 'hist:all' }, onclick: (e) => ctx.go(cleared, e), text: t('histogramAll') }));

  fill(section,
    h('div', { class: 'histogram-head' },
      h('h2', { class: 'histogram-title', id: 'histogram-heading', text: t(monthly ? 'histogramTitleMonth' : 'histogramTitleYear') }),
      modeSwitch(ctx),
      h('p', { class: 'histogram-hint', id: 'histogram-hint', text: t('histogramHint') })),
    row,
    foot.length ? h('p', { class: 'histogram-foot' }, foot) : null);
}

/** Publication dates or mentioned dates: two links, the current one pressed. */
function modeSwitch(ctx) {
  const mode = (hist, label) => {
    const target = withChanges(ctx.state, { hist, doc: '' });
    const current = (ctx.state.hist || '') === hist;
    return h('a', {
      href: ctx.link(target), class: `histogram-mode${current ? ' current' : ''}`, 'aria-current': current ? 'true' : null,
      dataset: { focusKey: `hist-mode:${hist}` }, onclick: (e) => ctx.go(target, e), text: t(label),
    });
  };
  return h('p', { class: 'histogram-modes' }, mode('', 'histogramPublished'), ' · ', mode(MENTIONED, 'histogramMentioned'));
}

/** A year's bar counts articles; a decade's or century's adds its years' counts (year mentions). */
function barText(b) {
  return b.value.includes('..') ? t('histogramMentionedSpan', { label: b.label, n: b.count })
    : t('histogramMentionedBar', { label: b.label, count: t('count', { n: b.count }) });
}

/** The years the results mention, as bars that filter on them. */
function renderMentioned(values, ctx) {
  const section = document.getElementById('histogram');
  const years = values.filter((v) => /^\d{4}$/.test(v.value)).map((v) => ({ year: Number(v.value), count: v.count }));
  show(section, true);
  const buckets = [];
  if (years.length) {
    const first = Math.min(...years.map((y) => y.year));
    const last = Math.max(...years.map((y) => y.year));
    // Years, decades or centuries: at most MAX_YEAR_BARS bars.
    let step = 1;
    while (Math.floor(last / step) - Math.floor(first / step) + 1 > MAX_YEAR_BARS) step *= 10;
    for (let y = first - (first % step); y <= last; y += step) {
      const to = y + step - 1;
      // (A decade's count adds its years: an article mentioning two of them counts twice.)
      const count = years.filter((x) => x.year >= y && x.year <= to).reduce((n, x) => n + x.count, 0);
      buckets.push({ value: step === 1 ? String(y) : `${y}..${to}`, label: step === 1 ? String(y) : `${y}–${to}`, short: String(y), count });
    }
  }
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const chosen = ctx.state[MENTIONED] || [];
  const every = buckets.length <= ALL_LABELS_UP_TO ? 1 : Math.ceil(buckets.length / ALL_LABELS_UP_TO);
  const bars = buckets.map((b, i) => {
    const selected = chosen.includes(b.value);
    const fillEl = h('span', { class: 'bar-fill' });
    fillEl.style.height = `${b.count === 0 ? 0 : Math.max(3, (100 * b.count) / max)}%`;
    const target = withChanges(ctx.state, { [MENTIONED]: selected ? chosen.filter((v) => v !== b.value) : [...chosen, b.value], doc: '' });
    return h('button', {
      type: 'button', class: `bar${selected ? ' selected' : ''}${b.count === 0 ? ' bar-empty' : ''}`,
      'aria-pressed': String(selected),
      'aria-label': barText(b),
      title: barText(b),
      tabindex: i === 0 ? '0' : '-1',
      dataset: { index: String(i), value: b.value, focusKey: `mbar:${b.value}` },
      onclick: () => ctx.go(target),
    },
    h('span', { class: 'bar-count', 'aria-hidden': 'true', text: buckets.length <= COUNTS_UP_TO && b.count > 0 ? formatNumber(b.count) : '' }),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, fillEl),
    h('span', { class: `bar-label${i % every === 0 ? '' : ' bar-label-skip'}`, 'aria-hidden': 'true', text: b.short }));
  });
  const row = h('div', { class: 'bars', role: 'group', 'aria-labelledby': 'histogram-heading' }, bars);
  row.addEventListener('keydown', (e) => moveFocus(e, row));
  fill(section,
    h('div', { class: 'histogram-head' },
      h('h2', { class: 'histogram-title', id: 'histogram-heading', text: t('histogramTitleMentioned') }),
      modeSwitch(ctx),
      h('p', { class: 'histogram-hint', text: t(buckets.length ? 'histogramMentionedHint' : 'histogramMentionedNone') })),
    buckets.length ? row : null);
}

/** The bars to draw: [{from, to, count}], from and to as the API's from/to take them. */
export function bucketsFor(years, months, state) {
  const { from, to } = state;
  const yearCounts = new Map(years.map((y) => [y.value, y.count]));
  const monthCounts = new Map(months.filter((m) => /^\d{4}-\d{2}$/.test(m.value)).map((m) => [m.value, m.count]));
  const dataYears = [...yearCounts.keys()].map(Number).sort((a, b) => a - b);
  if (dataYears.length === 0) return [];

  let first = null;
  let last = null;
  if (from && to && monthsBetween(startMonth(from), endMonth(to)) <= 24) {
    [first, last] = [startMonth(from), endMonth(to)];
  } else if (dataYears.length === 1 || (from && to && from.slice(0, 4) === to.slice(0, 4))) {
    const y = dataYears.length === 1 ? dataYears[0] : Number(from.slice(0, 4));
    [first, last] = [`${y}-01`, `${y}-12`];
  }
  if (first && monthsBetween(first, last) <= MAX_MONTH_BARS) {
    const out = [];
    for (let m = first; m <= last; m = nextMonth(m)) out.push({ from: m, to: m, count: monthCounts.get(m) || 0 });
    return out;
  }
  const out = [];
  for (let y = dataYears[0]; y <= dataYears[dataYears.length - 1]; y++) {
    out.push({ from: String(y), to: String(y), count: yearCounts.get(String(y)) || 0 });
  }
  return out;
}

function startMonth(date) { return date.length === 4 ? `${date}-01` : date.slice(0, 7); }
function endMonth(date) { return date.length === 4 ? `${date}-12` : date.slice(0, 7); }
function nextMonth(m) {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
}
function monthsBetween(a, b) {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma) + 1;
}

/** Whether a bar lies inside the chosen from/to range (an open end is unbounded). */
function inRange(bucket, from, to) {
  const lo = from ? startMonth(from) : '0000-00';
  const hi = to ? endMonth(to) : '9999-99';
  return startMonth(bucket.from) >= lo && endMonth(bucket.to) <= hi;
}

function barAt(x, y) {
  const el = document.elementFromPoint(x, y);
  return el ? el.closest('.bar') : null;
}

function startBrush(e, row, ctx) {
  if (e.button !== 0) return;
  const bar = e.target.closest('.bar');
  if (!bar) return;
  const bars = [...row.querySelectorAll('.bar')];
  brush = { bars, start: Number(bar.dataset.index), end: Number(bar.dataset.index) };
  const move = (ev) => {
    const over = barAt(ev.clientX, ev.clientY);
    if (!over || !row.contains(over)) return;
    brush.end = Number(over.dataset.index);
    const [lo, hi] = [Math.min(brush.start, brush.end), Math.max(brush.start, brush.end)];
    bars.forEach((b, i) => b.classList.toggle('brushing', brush.start !== brush.end && i >= lo && i <= hi));
  };
  const up = () => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', up);
    const { start, end } = brush;
    brush = null;
    if (start === end) return; // a plain click: the bar's own click handler runs
    suppressClick = true;
    setTimeout(() => { suppressClick = false; }, 0);
    const [lo, hi] = [Math.min(start, end), Math.max(start, end)];
    ctx.go(withChanges(ctx.state, { from: bars[lo].dataset.from, to: bars[hi].dataset.to, doc: '' }));
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);
}

/** Arrow keys, Home and End move between bars (one Tab stop for the whole histogram). */
function moveFocus(e, row) {
  const bars = [...row.querySelectorAll('.bar')];
  const i = bars.indexOf(document.activeElement);
  if (i < 0) return;
  const next = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: bars.length - 1 }[e.key];
  if (next === undefined || next < 0 || next >= bars.length) return;
  e.preventDefault();
  bars[i].tabIndex = -1;
  bars[next].tabIndex = 0;
  bars[next].focus();
}
