// What a click on a person, place or organisation in the article view
// offers: a small menu with "search this" (every article about it, a new
// search) and "add to filters" (narrow the current search). The mention
// stays a link to the first, so a middle click opens it in a new tab.
// Escape or a click elsewhere closes the menu and gives focus back.

import { h } from './dom.js';
import { t } from './i18n.js';
import { addValue, emptyState, withChanges } from './state.js';

let open = null; // { menu, anchor }

/** The state that searches every article about this entity, whatever the current search. */
export function searchThis(type, name) {
  return withChanges(emptyState(), { [type]: [name] });
}

export function closeEntityMenu({ refocus = false } = {}) {
  if (!open) return;
  const { menu, anchor } = open;
  open = null;
  menu.remove();
  if (refocus && anchor.isConnected) anchor.focus();
}

/** Opens the menu under `anchor` (a mention or chip); ctx: { state, link, go }. */
export function openEntityMenu(anchor, type, name, ctx, event) {
  if (event) {
    if (event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
  }
  const again = open && open.anchor === anchor;
  closeEntityMenu();
  if (again) return;
  const choice = (key, target, cls) => h('li', {}, h('a', {
    class: cls, href: ctx.link(target),
    onclick: (e) => { closeEntityMenu(); ctx.go(target, e); },
    text: t(key, { name }),
  }));
  const menu = h('div', { class: 'entity-menu', id: 'entity-menu', role: 'group', 'aria-label': name },
    h('ul', {},
      choice('searchThis', searchThis(type, name), 'entity-search-this'),
      choice('addFilter', addValue(ctx.state, type, name), 'entity-add-filter')));
  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault(); // the dialog stays open: Escape closes the menu only
    e.stopPropagation();
    closeEntityMenu({ refocus: true });
  });
  menu.addEventListener('focusout', (e) => {
    if (!menu.contains(e.relatedTarget) && e.relatedTarget !== anchor) closeEntityMenu();
  });
  const box = anchor.closest('dialog') || document.body;
  box.append(menu);
  const a = anchor.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  menu.style.top = `${a.bottom - b.top + box.scrollTop + 4}px`;
  menu.style.left = `${Math.max(8, Math.min(a.left - b.left, b.width - menu.offsetWidth - 8))}px`;
  open = { menu, anchor };
  menu.querySelector('a').focus();
}

/** Closes the menu on a click outside it. */
document.addEventListener('click', (e) => {
  if (open && !open.menu.contains(e.target) && !open.anchor.contains(e.target)) closeEntityMenu();
});
