// A small element builder. Text always goes in as text nodes (strings become
// Text, never HTML): the only HTML the page inserts is the API's snippet,
// in results.js, and nowhere else.

/**
 * h('a', {href: '?q=x', class: 'link', text: 'x', onclick: f}, child, …)
 * - `text` sets textContent; `class` the class list; `dataset` data-* values;
 * - `on<event>` adds a listener; other keys are attributes (false/null: left out).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/**
 * `url` if it is an http(s) address, else null: an article's url comes from
 * the archive, and a `javascript:` or `data:` one must never become a link.
 */
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

export function show(el, visible) {
  el.hidden = !visible;
}

/**
 * Re-rendering replaces the focused element; this keeps keyboard users where they were.
 * Elements that can be re-rendered carry data-focus-key; call before rendering and
 * call the returned function after.
 */
export function keepFocus() {
  const active = document.activeElement;
  const key = active && active.dataset ? active.dataset.focusKey : undefined;
  if (!key) return () => {};
  return () => {
    if (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected) return;
    const again = [...document.querySelectorAll('[data-focus-key]')].find((el) => el.dataset.focusKey === key);
    if (again) again.focus();
  };
}

/** Runs `fn` once typing has paused for `ms`. */
export function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
