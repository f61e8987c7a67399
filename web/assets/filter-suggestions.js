// "Vouliez-vous dire …" for a person, place or organisation filter that names
// nothing in the index (the API's filter_suggestions), and the persons a
// surname several of them share may name ("Le Pen"): under the search box,
// one line per value, each name a link that replaces that value, in the
// filters or in the query's person:/place:/org: field.

import { h, fill, show } from './dom.js';
import { t } from './i18n.js';
import { withChanges, ENTITY_FACETS } from './state.js';

/** `q` with the field `facet:value` (quoted or not) replaced by `facet:"name"`; null if absent. */
export function replaceField(q, facet, value, name) {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const field = new RegExp(`(^|[\\s(-])${facet}:(?:"${escaped}"|«\\s*${escaped}\\s*»|“${escaped}”|${escaped}(?=$|[\\s)]))`, 'i');
  if (!field.test(q)) return null;
  return q.replace(field, (m, before) => `${before}${facet}:"${name.replace(/"/g, '')}"`);
}

/** The state with `value` of `facet` replaced by `name`. */
export function replacingState(state, facet, value, name) {
  if (state[facet].includes(value)) {
    const values = state[facet].map((v) => (v === value ? name : v));
    return withChanges(state, { [facet]: [...new Set(values)], doc: '' });
  }
  const q = replaceField(state.q, facet, value, name);
  if (q !== null) return withChanges(state, { q, doc: '' });
  return withChanges(state, { [facet]: [...state[facet], name], doc: '' });
}

export function renderFilterSuggestions(items, ctx) {
  const el = document.getElementById('filter-suggestions');
  const known = (Array.isArray(items) ? items : []).filter((s) => ENTITY_FACETS.includes(s.facet));
  show(el, known.length > 0);
  fill(el, known.map((s) => {
    const names = Array.isArray(s.suggestions) ? s.suggestions : [];
    const links = names.map((name, i) => {
      const next = replacingState(ctx.state, s.facet, s.value, name);
      return [i ? ', ' : '', h('a', {
        href: ctx.link(next),
        class: 'suggestion-link',
        dataset: { facet: s.facet, value: s.value },
        onclick: (e) => ctx.go(next, e),
        text: name,
      })];
    });
    if (s.ambiguous) {
      return h('p', { class: 'filter-suggestion' }, t(`ambiguous_${s.facet}`, { value: s.value }), ' ', links, '.');
    }
    return h('p', { class: 'filter-suggestion' },
      t(`unknown_${s.facet}`, { value: s.value }),
      names.length ? [' ', t('suggestion'), links, ' ?'] : null);
  }));
}
