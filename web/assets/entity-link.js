// Links to an entity's page (/entity/TYPE/NAME): from the facet lists, the
// result chips and the article view, each entity leads to its profile.

import './entity-strings.js';
import { h } from './dom.js';
import { t, language } from './i18n.js';

/** The page of an entity, with the search's parameters (a URLSearchParams) as its scope. */
export function entityHref(type, name, params) {
  const p = new URLSearchParams(params || '');
  if (language() !== 'fr') p.set('ui', language());
  const query = p.toString();
  return `/entity/${encodeURIComponent(type)}/${encodeURIComponent(name)}${query ? `?${query}` : ''}`;
}

/** A small link to the entity's page over the whole archive, labelled for screen readers. */
export function entityPageLink(type, name) {
  const label = t('entityPageOf', { name });
  return h('a', { class: 'entity-page-link', href: entityHref(type, name), title: label, 'aria-label': label, dataset: { entityType: type, entityName: name } },
    h('span', { 'aria-hidden': 'true', text: '›' }));
}
